"""Module and function sizes of the kiosk package, in lines, largest first.

    uv run python tools/sizes.py [--top N] [ROOT]

Modules count every line of the file; functions (and methods) count from their `def` to their
last line, decorators and docstrings included. The headline gives the medians and how many are
past the sizes the project keeps (modules rarely over 400 lines, functions rarely over 30).
"""

from __future__ import annotations

import argparse
import ast
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "kiosk"
MODULE_LIMIT = 400
FUNCTION_LIMIT = 30


def module_sizes(root: Path) -> list[tuple[int, str]]:
    """(lines, path) of every module under `root`."""
    return [(len(p.read_text(encoding="utf-8").splitlines()), _name(p, root)) for p in _files(root)]


def function_sizes(root: Path) -> list[tuple[int, str]]:
    """(lines, path:line name) of every function and method under `root`."""
    found = []
    for path in _files(root):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
                lines = (node.end_lineno or node.lineno) - first + 1
                found.append((lines, f"{_name(path, root)}:{node.lineno} {node.name}"))
    return found


def headline(modules: list[tuple[int, str]], functions: list[tuple[int, str]]) -> str:
    module_lines = [n for n, _ in modules]
    function_lines = [n for n, _ in functions]
    return (
        f"{len(modules)} modules, median {statistics.median(module_lines):.0f} lines, "
        f"{sum(n > MODULE_LIMIT for n in module_lines)} over {MODULE_LIMIT}; "
        f"{len(functions)} functions, median {statistics.median(function_lines):.0f} lines, "
        f"{sum(n > FUNCTION_LIMIT for n in function_lines)} over {FUNCTION_LIMIT}"
    )


def _files(root: Path) -> list[Path]:
    return sorted(root.rglob("*.py"))


def _name(path: Path, root: Path) -> str:
    return str(path.relative_to(root.parent))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", nargs="?", type=Path, default=ROOT, help="the package folder")
    parser.add_argument("--top", type=int, default=10, help="how many of each to list")
    args = parser.parse_args(argv)
    modules = sorted(module_sizes(args.root), reverse=True)
    functions = sorted(function_sizes(args.root), reverse=True)
    print(headline(modules, functions))
    print("\nlargest modules (lines):")
    for lines, name in modules[: args.top]:
        print(f"  {lines:5d}  {name}")
    print("\nlargest functions (lines):")
    for lines, name in functions[: args.top]:
        print(f"  {lines:5d}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
