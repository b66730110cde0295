"""Roster import memory: peak RSS importing the worst files the size limits admit (< 200 MB).

    uv run python -m benchmarks.roster_memory [--only NAME] [--keep DIR]

Writes each file into a temporary folder (in a child process: on Linux ru_maxrss survives fork
and exec, so a parent grown by writing a big file would inflate the figure), then imports it with
`kiosk.services.organizer.import_roster` into a new event file in a fresh Python process (reading,
matching and storing: the whole import) and reports that process's
peak resident memory (resource.getrusage ru_maxrss), its wall time and what the import said:
the number of people read, or the refusal's first problem kind. The child runs under a 3 GB
address-space limit so a blow-up ends as "MemoryError" instead of hurting the machine.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from kiosk.files.roster_model import RosterLimits

LIMITS = RosterLimits()
MB = 1024 * 1024
_CHILD = r"""
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
import tempfile
from pathlib import Path
from kiosk.files.roster import RosterError
from kiosk.services.organizer import create_event, import_roster
from kiosk.domain.sample import sample_event
import openpyxl  # counted in the base figure either way
scratch = Path(tempfile.mkdtemp())
store = create_event(scratch / "event.db", sample_event())
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
try:
    report = import_roster(store, Path(sys.argv[1]))
    outcome = f"{report.change.added:,} people imported"
except RosterError as error:
    outcome = "refused: " + error.problems[0].kind
except MemoryError:
    outcome = "MemoryError"
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"base": base / 1024, "peak": peak / 1024, "s": seconds, "outcome": outcome}))
"""

_SURNAMES = "김이박최정강조윤장임한오서신권황안송류전홍"
_GIVEN = "민서지현수영준우진하윤도성은재태승예주원"


def synthetic_person(i: int) -> list[str]:
    """A synthetic, unique row: name, affiliation, department, position, 사번, phone, e-mail."""
    name = _SURNAMES[i % 20] + _GIVEN[i // 20 % 20] + _GIVEN[i // 400 % 20]
    return [
        name,
        f"교육지원청{i % 40}",
        f"과{i % 300}",
        "주무관",
        str(3_000_000 + i),
        f"010-{i // 10_000 % 10_000:04d}-{i % 10_000:04d}",
        f"p{i}@example.kr",
    ]


HEADER = ["이름", "소속", "부서", "직위", "사번", "전화번호", "이메일"]


def write_commas(path: Path, size: int) -> None:
    """One line of commas: the file the issue found taking 430 MB at 16 MB."""
    with path.open("wb") as handle:
        for _ in range(size // MB):
            handle.write(b"," * MB)
        handle.write(b"\r\n")


def write_csv_max_rows(path: Path) -> None:
    """The longest roster the limits admit, as an office would send it (UTF-8 with BOM)."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        handle.write(",".join(HEADER) + "\r\n")
        for i in range(LIMITS.max_rows):
            handle.write(",".join(synthetic_person(i)) + "\r\n")


def _xlsx(path: Path, sheet: Iterator[bytes], strings: Iterator[bytes] | None = None) -> None:
    """A minimal workbook written part by part (openpyxl would take minutes for these sizes)."""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    types = (
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
        'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
        'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
        'worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr(
            "_rels/.rels",
            f'<?xml version="1.0"?><Relationships xmlns="{rel[:-28]}package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>",
        )
        archive.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0"?><workbook {ns} xmlns:r="{rel}"><sheets>'
            '<sheet name="명단" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        shared = (
            f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
            if strings
            else ""
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<?xml version="1.0"?><Relationships xmlns="{rel[:-28]}package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            f"{shared}</Relationships>",
        )
        for name, parts in (("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", strings)):
            if parts is None:
                continue
            with archive.open(name, "w", force_zip64=True) as handle:
                handle.write(b'<?xml version="1.0"?>')
                for part in parts:
                    handle.write(part)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


def write_xlsx_max_rows(path: Path) -> None:
    """The longest roster the limits admit, with shared strings as Excel writes them."""
    index: dict[str, int] = {}

    def ref(text: str) -> int:
        return index.setdefault(text, len(index))

    def sheet() -> Iterator[bytes]:
        yield b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        yield b"<sheetData>"
        for line, cells in enumerate([HEADER, *map(synthetic_person, range(LIMITS.max_rows))], 1):
            xml = "".join(f'<c t="s"><v>{ref(text)}</v></c>' for text in cells)
            yield f'<row r="{line}">{xml}</row>'.encode()
        yield b"</sheetData></worksheet>"

    body = list(sheet())  # fills the string index before the strings part is written

    def strings() -> Iterator[bytes]:
        ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        yield f'<sst xmlns="{ns}" uniqueCount="{len(index)}">'.encode()
        for text in index:
            yield f"<si><t>{_escape(text)}</t></si>".encode()
        yield b"</sst>"

    _xlsx(path, iter(body), strings())


def write_xlsx_wide(path: Path, columns: int = 16_384, rows: int = 200) -> None:
    """Every column Excel has (A..XFD) filled with a number, on a few hundred rows."""

    def sheet() -> Iterator[bytes]:
        yield b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        yield '<sheetData><row r="1"><c t="inlineStr"><is><t>이름</t></is></c>'.encode()
        yield '<c t="inlineStr"><is><t>소속</t></is></c></row>'.encode()
        cells = b"<c><v>7</v></c>" * (columns - 2)
        for line in range(2, rows + 2):
            name = "".join(synthetic_person(line)[:2])  # a person, then numbers to the last column
            person = f'<c t="inlineStr"><is><t>{name[:3]}</t></is></c>'
            person += f'<c t="inlineStr"><is><t>{name[3:]}</t></is></c>'
            yield f'<row r="{line}">{person}'.encode() + cells + b"</row>"
        yield b"</sheetData></worksheet>"

    _xlsx(path, sheet())


def write_xlsx_bomb(path: Path) -> None:
    """One row of tiny cells inflating to just under the unzipped-size limit."""
    budget = LIMITS.max_unzipped_bytes - MB

    def sheet() -> Iterator[bytes]:
        yield b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        yield b'<sheetData><row r="1">'
        chunk = b"<c><v>1</v></c>" * (MB // 16)
        for _ in range(budget // len(chunk)):
            yield chunk
        yield b"</row></sheetData></worksheet>"

    _xlsx(path, sheet())


def write_xlsx_strings_bomb(path: Path) -> None:
    """A shared-string table of tiny distinct strings, as large as the limits admit."""
    budget = min(LIMITS.max_unzipped_bytes, LIMITS.max_strings_bytes) - MB

    def sheet() -> Iterator[bytes]:
        yield b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        yield b'<sheetData><row r="1"><c t="s"><v>0</v></c><c t="s"><v>1</v></c></row>'
        yield b"</sheetData></worksheet>"

    def strings() -> Iterator[bytes]:
        ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        yield f'<sst xmlns="{ns}"><si><t>이름</t></si><si><t>소속</t></si>'.encode()
        written, i = 0, 0
        while written < budget:
            part = "".join(f"<si><t>{n:x}</t></si>" for n in range(i, i + 10_000)).encode()
            written, i = written + len(part), i + 10_000
            yield part
        yield b"</sst>"

    _xlsx(path, sheet(), strings())


CASES: dict[str, tuple[str, Callable[[Path], None]]] = {
    "commas-16mb": ("CSV, one 16 MB line of commas", lambda p: write_commas(p, 16 * MB)),
    "commas-limit": (
        f"CSV, one line of commas at the size limit ({LIMITS.max_bytes // MB} MB)",
        lambda p: write_commas(p, LIMITS.max_bytes - MB),
    ),
    "csv-max-rows": (f"CSV, {LIMITS.max_rows:,} people (the row limit)", write_csv_max_rows),
    "xlsx-wide": ("XLSX, 200 rows x 16,384 columns", write_xlsx_wide),
    "xlsx-max-rows": (f"XLSX, {LIMITS.max_rows:,} people, shared strings", write_xlsx_max_rows),
    "xlsx-bomb": ("XLSX zip bomb: one row of tiny cells", write_xlsx_bomb),
    "xlsx-strings-bomb": ("XLSX zip bomb: shared strings", write_xlsx_strings_bomb),
}


def measure(path: Path) -> dict[str, object]:
    """Read `path` in a fresh interpreter; its peak RSS (MB), wall seconds and outcome."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, check=False
    )
    if done.returncode:
        return {"base": 0.0, "peak": 0.0, "s": 0.0, "outcome": f"crashed: {done.stderr[-200:]}"}
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=sorted(CASES), action="append")
    parser.add_argument("--keep", type=Path, help="write the files here and keep them")
    parser.add_argument("--write", nargs=2, metavar=("NAME", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write:
        CASES[args.write[0]][1](Path(args.write[1]))
        return
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        print("| file | size on disk | peak RSS | of which Python + openpyxl | time | outcome |")
        print("|---|---|---|---|---|---|")
        for name in args.only or CASES:
            title = CASES[name][0]
            path = folder / (name + (".xlsx" if name.startswith("xlsx") else ".csv"))
            if not path.exists():  # written by a child: a big parent would inflate ru_maxrss
                command = [sys.executable, "-m", "benchmarks.roster_memory", "--write", name]
                subprocess.run([*command, str(path)], check=True)
            r = measure(path)
            size = path.stat().st_size / MB
            print(
                f"| {title} | {size:.1f} MB | {r['peak']:.0f} MB | {r['base']:.0f} MB "
                f"| {r['s']:.1f} s | {r['outcome']} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
