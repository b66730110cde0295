"""The layers hold: the domain knows nothing of Qt, SQLite, the camera or QR images."""

from __future__ import annotations

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
