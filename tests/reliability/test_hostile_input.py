"""A short run of the hostile-input harness: strangers' codes and broken roster files.

The full run (100,000 strings, 1,000 files) is `benchmarks/faults/hostile.py`.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.domain.outcome import Outcome
from tests.fakes import open_door
from tests.reliability.harness import load_harness


def test_generated_ticket_strings_never_crash_and_never_admit_a_forgery(tmp_path: Path) -> None:
    s = load_harness("hostile").run_tickets(1_000, tmp_path, seed=5)
    assert s.inputs == s.service_checkins == 1_000
    assert s.exceptions == s.service_exceptions == 0, s.examples[:3]
    assert s.forgeries_accepted == s.service_forgeries == 0, s.examples[:3]
    assert s.outcomes["invalid_signature"] > 0 and s.outcomes["malformed"] > 0
    assert s.genuine_accepted > 0  # the harness does feed real tickets (case, blanks)


def test_generated_roster_files_are_refused_whole_with_a_message(tmp_path: Path) -> None:
    s = load_harness("hostile").run_rosters(56, tmp_path, seed=5)  # 4 of each kind
    assert s.files == 56
    assert s.crashes == 0, s.examples[:3]
    assert s.partial_imports == s.refusals_without_message == 0, s.examples[:3]
    assert s.refused >= 40
    for kind in ("utf16_without_bom", "latin1", "shift_jis", "formula_xlsx", "huge_cell"):
        assert s.imported_kinds[kind] == 0, kind  # never guessed, never let through
    for kind in ("missing_column", "empty", "truncated_xlsx", "random_bytes_xlsx"):
        assert s.imported_kinds[kind] == 0, kind


def test_a_code_that_is_not_even_utf8_is_logged_as_malformed(tmp_path: Path) -> None:
    door = open_door(tmp_path / "event.db")
    try:
        result = door.service.check_in("QR\ud800" + door.ticket(1)[:20])
    finally:
        door.store.close()
    assert result.outcome is Outcome.MALFORMED
    assert result.record is not None and "\\ud800" in result.record.code
