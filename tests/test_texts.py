"""One catalog of words: every sentence of kiosk/texts/ has its Korean in kiosk_ko.ts, names
the same values in both languages, and the command line prints it in the language asked for."""

from __future__ import annotations

import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.cli import run
from kiosk.resources import translations_dir
from kiosk.texts import CONTEXT, MESSAGES, text
from tests.fakes import open_door

TS_FILE = translations_dir() / "kiosk_ko.ts"


def _messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS_FILE).getroot()
    return [(c.findtext("name", ""), m) for c in root.iter("context") for m in c.iter("message")]


def _fields(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def test_every_text_of_the_kiosk_has_a_finished_korean_translation() -> None:
    unfinished = [
        f"{context}: {m.findtext('source')}"
        for context, m in _messages()
        if (t := m.find("translation")) is None or t.get("type") or not (t.text or "").strip()
    ]
    assert unfinished == []
    catalog = {m.findtext("source") for context, m in _messages() if context == CONTEXT}
    assert sorted(set(MESSAGES.values()) - catalog) == []  # update.py was run after a change


def test_every_korean_sentence_names_the_values_its_english_names() -> None:
    korean = {
        m.findtext("source", ""): m.findtext("translation", "")
        for context, m in _messages()
        if context == CONTEXT
    }
    differ = {
        key: (_fields(source), _fields(korean[source]))
        for key, source in MESSAGES.items()
        if _fields(source) != _fields(korean[source])
    }
    assert differ == {}


def test_korean_is_read_from_the_compiled_catalog_without_an_application() -> None:
    assert text("accepted", "ko") == "입장 확인"
    assert text("accepted", "en") == "Checked in"
    assert text("first_seen", "ko", time="09:41", door="정문") == "처음 입장: 09:41 정문"


@pytest.mark.parametrize(
    ("lang", "first", "again"),
    [("ko", "입장 확인", "이미 입장함"), ("en", "Checked in", "Already checked in")],
)
def test_the_command_line_prints_the_outcome_in_the_language_asked_for(
    tmp_path: Path, capsys, monkeypatch, lang: str, first: str, again: str
) -> None:
    monkeypatch.setenv("KIOSK_LANG", "ko")  # restored afterwards: `--lang` sets it
    door = open_door(tmp_path / "event.db")
    code = door.ticket(3)
    door.store.close()
    codes = tmp_path / "codes.txt"
    codes.write_text(f"{code}\n{code}\n", encoding="utf-8")
    argv = ["--data-dir", str(tmp_path / "d"), "--event", str(tmp_path / "event.db")]
    assert run([*argv, "--lang", lang, "checkin", "--codes-from", str(codes)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(first) and lines[1].startswith(again)


def test_roster_problems_are_english_on_the_command_line_with_lang_en(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("KIOSK_LANG", "ko")
    door = open_door(tmp_path / "event.db")
    door.store.close()
    broken = tmp_path / "broken.csv"
    broken.write_text("이름,소속\n김하늘,본청\n,본청\n", encoding="utf-8")
    argv = ["--data-dir", str(tmp_path / "d"), "--event", str(tmp_path / "event.db")]
    assert run([*argv, "--lang", "en", "roster", "import", str(broken)]) == 1
    err = capsys.readouterr().err
    assert "Roster NOT imported (nothing changed):" in err
    assert "row 3: the name is empty" in err
    words = err.replace("본청", "").replace("김하늘", "")  # the file's own cells stay as they are
    assert not any("\uac00" <= ch <= "\ud7a3" for ch in words)
