"""The layers hold: the domain knows nothing of Qt, SQLite, the camera or QR images."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_BLOCKER = """
import importlib.abc, pkgutil, sys
FORBIDDEN = ("PySide6", "sqlite3", "_sqlite3", "cv2", "pyzbar", "zxingcpp", "qrcode")
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in FORBIDDEN:
            raise ImportError(f"the domain imported {name}")
sys.meta_path.insert(0, Block())
import kiosk.domain
for info in pkgutil.iter_modules(kiosk.domain.__path__):
    __import__(f"kiosk.domain.{info.name}")
print("ok", len(list(pkgutil.iter_modules(kiosk.domain.__path__))))
"""


def test_every_domain_module_imports_with_qt_sqlite_and_opencv_unavailable() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _BLOCKER], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def test_import_linter_contracts_are_kept() -> None:
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint, "import-linter is part of the test extra"
    result = subprocess.run([lint], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


# getattr on objects the project does not define, each for its reason:
_LOOKUPS_ALLOWED = {
    "args",  # argparse.Namespace: a bare `kiosk` (run by default) has no --camera or --door
    "path.stat()",  # os.stat_result: st_file_attributes exists on Windows only
}


def _lookups_by_name(path: Path) -> list[str]:
    """importlib, __import__, and getattr/hasattr on anything but the allowed objects."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names]
            names += [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            found += [f"{where} imports {n}" for n in names if n.split(".")[0] == "importlib"]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            target = ast.unparse(node.args[0]) if node.args else ""
            if node.func.id == "__import__" or (
                node.func.id in ("getattr", "hasattr") and target not in _LOOKUPS_ALLOWED
            ):
                found.append(f"{where} {node.func.id}({target}, ...)")
    return found


def test_the_window_builds_its_screens_and_connects_their_signals_by_name_in_code() -> None:
    """No screen is imported by a string or reached through getattr: a screen that does not
    build fails loudly in its tests instead of becoming a placeholder at the door."""
    files = [ROOT / "kiosk" / "app.py", *sorted((ROOT / "kiosk" / "ui").rglob("*.py"))]
    assert len(files) > 20
    assert [hit for path in files for hit in _lookups_by_name(path)] == []
