"""Where the kiosk looks for the organizer's key: the top folder of each removable drive."""

from __future__ import annotations

from pathlib import Path

from kiosk.files.removable import MAX_CANDIDATES, key_candidates


def test_the_events_own_key_name_comes_first_then_other_keys(tmp_path: Path) -> None:
    stick, other = tmp_path / "STICK", tmp_path / "CAMERA"
    stick.mkdir()
    other.mkdir()
    (stick / "a-old-event.key").write_text("x")
    (stick / "notes.txt").write_text("x")
    (stick / "lecture.key").mkdir()  # a folder with the name is not a key
    (other / "lecture.key").write_text("x")
    (other / "nested").mkdir()
    (other / "nested" / "lecture.key").write_text("x")  # only the top folder is searched
    found = key_candidates(Path("/data/lecture.db"), [stick, other, tmp_path / "unplugged"])
    assert found == [other / "lecture.key", stick / "a-old-event.key"]


def test_a_stick_full_of_key_files_is_looked_at_only_so_far(tmp_path: Path) -> None:
    for number in range(100):
        (tmp_path / f"{number:03}.key").write_text("x")
    assert len(key_candidates(Path("lecture.db"), [tmp_path])) == MAX_CANDIDATES
