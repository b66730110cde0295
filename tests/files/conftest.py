"""Fixtures that write synthetic roster files (CSV in any encoding, XLSX) into tmp_path."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

Rows = Sequence[Sequence[Any]]


@pytest.fixture
def write_bytes(tmp_path: Path) -> Callable[..., Path]:
    """Write raw bytes under a file name; returns the path."""

    def write(data: bytes, name: str = "roster.csv") -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return write


@pytest.fixture
def write_csv(write_bytes: Callable[..., Path]) -> Callable[..., Path]:
    """Write rows as CSV text, encoded as asked ("utf-8", "utf-8-sig", "cp949", "utf-16")."""

    def write(
        rows: Rows, *, encoding: str = "utf-8", delimiter: str = ",", name: str = "roster.csv"
    ) -> Path:
        buffer = io.StringIO(newline="")
        csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
        return write_bytes(buffer.getvalue().encode(encoding), name)

    return write


@pytest.fixture
def write_xlsx(tmp_path: Path) -> Callable[..., Path]:
    """Write rows into an XLSX sheet. A str starting with '=' becomes a formula (as in Excel);
    `edit(sheet)` may adjust cells (number formats, text types) before saving."""
    import openpyxl

    def write(
        rows: Rows,
        *,
        name: str = "roster.xlsx",
        sheet: str = "Sheet1",
        before: Sequence[str] = (),
        edit: Callable[[Any], None] | None = None,
    ) -> Path:
        book = openpyxl.Workbook()
        first = book.active
        for title in before:
            book.create_sheet(title, 0)["A1"] = "다른 시트"
        first.title = sheet
        for row in rows:
            first.append(list(row))
        if edit is not None:
            edit(first)
        path = tmp_path / name
        book.save(path)
        return path

    return write
