"""Generators of broken roster files for hostile.py: each writes one file and returns its path.

The people are synthetic (kiosk.domain.sample); what is broken is the file around them.
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Callable
from pathlib import Path

FORMULAS = ("=1+2", '=HYPERLINK("http://example.invalid","x")', "=A1&B1", "=cmd|'/c calc'!A0")
HEADER = ["번호", "이름", "소속", "부서", "직위", "사번", "전화"]


def _people(rng: random.Random, count: int | None = None) -> list[list[str]]:
    from kiosk.domain.sample import generate_roster

    people = generate_roster(count or rng.randint(1, 40), seed=rng.randrange(10_000))
    return [
        [str(a.serial), a.name, a.affiliation, a.department, a.position, a.employee_no, a.phone]
        for a in people
    ]


def _csv_text(rows: list[list[str]], header: list[str] = HEADER) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def _xlsx(path: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "명단"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def random_bytes_csv(rng: random.Random, stem: Path) -> Path:
    path = stem.with_suffix(".csv")
    path.write_bytes(rng.randbytes(rng.randint(1, 4096)))
    return path


def random_bytes_xlsx(rng: random.Random, stem: Path) -> Path:
    path = stem.with_suffix(".xlsx")
    head = rng.choice([b"", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"])
    path.write_bytes(head + rng.randbytes(rng.randint(0, 4096)))
    return path


def utf16_without_bom(rng: random.Random, stem: Path) -> Path:
    path = stem.with_suffix(".csv")
    path.write_bytes(_csv_text(_people(rng)).encode(rng.choice(["utf-16-le", "utf-16-be"])))
    return path


def latin1(rng: random.Random, stem: Path) -> Path:
    """A European roster saved as Latin-1 (é, ü, ß...): bytes that CP949 may also read."""
    names = ["José Müller", "Zoë Ångström", "François Çelik", "Jürgen Weiß", "Inés Peña"]
    rows = [[str(i + 1), rng.choice(names), "Büro", "Straße", "", "", ""] for i in range(9)]
    path = stem.with_suffix(".csv")
    header = ["번호", "이름", "소속", "부서", "직위", "사번", "전화"]
    text = _csv_text(rows, ["No", "Name", "Affiliation", "Dept", "Pos", "Emp", "Tel"])
    if rng.random() < 0.5:  # Korean headers cannot be Latin-1: only the English ones can
        text = text.replace("No,Name,Affiliation", ",".join(header[:3]), 0)
    path.write_bytes(text.encode("latin-1", errors="replace"))
    return path


def shift_jis(rng: random.Random, stem: Path) -> Path:
    names = ["山田太郎", "佐藤花子", "鈴木一郎", "高橋美咲", "田中健太"]
    rows = [[str(i + 1), rng.choice(names), "本庁", "総務課", "", "", ""] for i in range(9)]
    text = _csv_text(rows, ["No", "Name", "Affiliation", "Dept", "Pos", "Emp", "Tel"])
    path = stem.with_suffix(".csv")
    path.write_bytes(text.encode("shift_jis"))
    return path


def formula_xlsx(rng: random.Random, stem: Path) -> Path:
    rows: list[list[object]] = [list(r) for r in _people(rng)]
    row = rng.randrange(len(rows))
    rows[row][rng.choice([1, 2, 3, 6])] = rng.choice(FORMULAS)
    return _xlsx(stem.with_suffix(".xlsx"), rows)


def huge_cell(rng: random.Random, stem: Path) -> Path:
    rows: list[list[object]] = [list(r) for r in _people(rng)]
    size = rng.choice([1_001, 5_000, 32_000])
    rows[rng.randrange(len(rows))][rng.choice([1, 2, 3])] = "가" * size
    if rng.random() < 0.5:
        return _xlsx(stem.with_suffix(".xlsx"), rows)
    path = stem.with_suffix(".csv")
    path.write_text(_csv_text([[str(c) for c in r] for r in rows]), encoding="utf-8")
    return path


def missing_column(rng: random.Random, stem: Path) -> Path:
    drop = rng.choice([(1,), (2,), (1, 2)])  # no name, no affiliation, or neither
    keep = [i for i in range(len(HEADER)) if i not in drop]
    header = [HEADER[i] for i in keep]
    rows = [[r[i] for i in keep] for r in _people(rng)]
    if rng.random() < 0.5:
        return _xlsx(stem.with_suffix(".xlsx"), [list(r) for r in rows], header)
    path = stem.with_suffix(".csv")
    path.write_text(_csv_text(rows, header), encoding="utf-8-sig")
    return path


def empty(rng: random.Random, stem: Path) -> Path:
    choice = rng.randrange(5)
    if choice == 4:
        return _xlsx(stem.with_suffix(".xlsx"), [], header=[])
    path = stem.with_suffix(".csv")
    path.write_bytes([b"", b"\xef\xbb\xbf", b"\r\n\r\n  \n", _csv_text([]).encode()][choice])
    return path


def truncated_xlsx(rng: random.Random, stem: Path) -> Path:
    path = _xlsx(stem.with_suffix(".xlsx"), [list(r) for r in _people(rng)])
    data = path.read_bytes()
    path.write_bytes(data[: rng.randrange(1, len(data))])
    return path


def damaged_xlsx(rng: random.Random, stem: Path) -> Path:
    """Bytes flipped inside the archive, its directory at the end left intact."""
    path = _xlsx(stem.with_suffix(".xlsx"), [list(r) for r in _people(rng)])
    data = bytearray(path.read_bytes())
    for _ in range(rng.randint(1, 8)):
        data[rng.randrange(30, int(len(data) * 0.7))] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))
    return path


def mutated_csv(rng: random.Random, stem: Path) -> Path:
    data = bytearray(_csv_text(_people(rng)).encode(rng.choice(["utf-8", "utf-8-sig", "cp949"])))
    for _ in range(rng.randint(1, 10)):
        at = rng.randrange(len(data))
        if rng.random() < 0.5:
            data[at] = rng.randrange(256)
        else:
            data.insert(at, rng.choice(b'",\r\n\x00\x1a=\t'))
    path = stem.with_suffix(".csv")
    path.write_bytes(bytes(data))
    return path


def conflicting_rows(rng: random.Random, stem: Path) -> Path:
    rows = _people(rng, rng.randint(2, 30))
    twin = list(rows[rng.randrange(len(rows))])
    twin[rng.choice([1, 2, 3])] += "이"
    rows.insert(rng.randrange(len(rows) + 1), twin)
    path = stem.with_suffix(".csv")
    path.write_text(_csv_text(rows), encoding="utf-8")
    return path


def control_characters(rng: random.Random, stem: Path) -> Path:
    rows = _people(rng)
    row = rows[rng.randrange(len(rows))]
    col = rng.choice([1, 2, 3])
    odd = rng.choice(["\x00", "\x07", "\x1b[31m", "\u202e", "\ufffe"])
    row[col] = row[col][:1] + odd + row[col][1:]
    path = stem.with_suffix(".csv")
    path.write_text(_csv_text(rows), encoding="utf-8", errors="surrogatepass")
    return path


ROSTER_KINDS: dict[str, Callable[[random.Random, Path], Path]] = {
    "random_bytes_csv": random_bytes_csv,
    "random_bytes_xlsx": random_bytes_xlsx,
    "utf16_without_bom": utf16_without_bom,
    "latin1": latin1,
    "shift_jis": shift_jis,
    "formula_xlsx": formula_xlsx,
    "huge_cell": huge_cell,
    "missing_column": missing_column,
    "empty": empty,
    "truncated_xlsx": truncated_xlsx,
    "damaged_xlsx": damaged_xlsx,
    "mutated_csv": mutated_csv,
    "conflicting_rows": conflicting_rows,
    "control_characters": control_characters,
}


def make_roster(kind: str, rng: random.Random, stem: Path) -> Path:
    return ROSTER_KINDS[kind](rng, stem)
