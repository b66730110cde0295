"""Refresh and compile operator_ko: the Korean of the search, walk-in and operator screens.

    uv run python assets/translations/update_operator.py          # lupdate, then lrelease
    uv run python assets/translations/update_operator.py --check  # fail if anything is untranslated

These screens keep their own translation file beside kiosk_ko (the app loads every *_ko.qm in
this folder), so the two can be edited at the same time without clashing. Translate new entries
in operator_ko.ts (Qt Linguist or a text editor), then run this again.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

from update import operator_sources, tool, unfinished  # noqa: E402 (the sibling script)

SOURCES = operator_sources()
TS_FILE = HERE / "operator_ko.ts"


def update() -> None:
    files = [str(f.relative_to(ROOT)) for f in SOURCES]
    lupdate = [tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none"]
    subprocess.run([*lupdate, "-ts", str(TS_FILE.relative_to(ROOT))], cwd=ROOT, check=True)
    qm_file = TS_FILE.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(qm_file)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if anything is untranslated")
    update()
    missing = unfinished(TS_FILE)
    for entry in missing:
        print("untranslated:", entry)
    return 1 if parser.parse_args().check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
