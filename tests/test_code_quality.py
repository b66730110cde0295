"""The linters, the formatter, the type checker and the import contracts pass.

CI runs only ``uv run pytest``, so these checks are enforced here: each tool runs as a
subprocess from the environment running the tests (the dev group that ``uv run`` installs),
and a failure shows the tool's own output.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (".",)  # kiosk, tests, benchmarks, packaging and the asset generators

CHECKS = {
    "ruff check": (("ruff", "check", *SOURCES), 60),
    "ruff format": (("ruff", "format", "--check", *SOURCES), 60),
    # mypy keeps its cache in .mypy_cache: about 1 s warm, 25 s cold on two cores.
    "mypy": (("mypy", "kiosk"), 180),
    "import contracts": (("lint-imports",), 120),
}


def _tool(name: str) -> str:
    """The tool next to this Python (the test environment), else on PATH; skip if absent."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (it comes with the dev group: `uv sync`)")
    return found


@pytest.mark.parametrize("check", CHECKS)
def test_the_code_passes(check: str) -> None:
    (name, *args), timeout = CHECKS[check]
    result = subprocess.run(
        [_tool(name), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, (
        f"`{name} {' '.join(args)}` failed:\n{result.stdout}{result.stderr}"
    )
