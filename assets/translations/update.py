"""Refresh the Korean translation from the source texts, and compile it for the app.

    uv run python assets/translations/update.py           # lupdate, then lrelease
    uv run python assets/translations/update.py --check   # also fail if any text is untranslated

One file per language holds every word the kiosk says: the GUI's (kiosk/ui, kiosk/app.py:
`self.tr(...)`, `QCoreApplication.translate(...)`) and the terminal's and the reports' (kiosk/
texts/: `QT_TRANSLATE_NOOP("Texts", ...)`), all written in English. `pyside6-lupdate` collects
them into kiosk_ko.ts, keeping the translations already made; translate the new entries (Qt
Linguist: `pyside6-linguist kiosk_ko.ts`, or any text editor), then run this again:
`pyside6-lrelease` writes kiosk_ko.qm, which the window and the command line load.
Both tools ship with PySide6.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("ko",)


def tool(name: str) -> str:
    """A PySide6 tool from the environment's scripts folder (or PATH)."""
    local = Path(sys.executable).parent / name
    for candidate in (local, local.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[Path]:
    """Every file with words: the GUI, the composition root and the catalog in kiosk/texts/."""
    kiosk = ROOT / "kiosk"
    return [
        *sorted((kiosk / "ui").rglob("*.py")),
        kiosk / "app.py",
        *sorted((kiosk / "texts").glob("*.py")),
    ]


def unfinished(ts_file: Path) -> list[str]:
    """The (context, source) of every message still waiting for a translation."""
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind == "unfinished":
                missing.append(f"{name}: {message.findtext('source', '')}")
    return missing


def update(language: str) -> Path:
    ts_file = HERE / f"kiosk_{language}.ts"
    files = [str(f.relative_to(ROOT)) for f in sources()]
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *files,
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(ts_file.relative_to(ROOT)),
        ],
        cwd=ROOT,
        check=True,
    )
    qm_file = ts_file.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)], check=True)
    return ts_file


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if anything is untranslated")
    args = parser.parse_args()
    status = 0
    for language in LANGUAGES:
        ts_file = update(language)
        missing = unfinished(ts_file)
        for entry in missing:
            print(f"untranslated ({language}): {entry}")
        if missing and args.check:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
