"""The log keeps one text per ticket: a rejected scan stores the ticket's canonical code."""

from __future__ import annotations

from pathlib import Path

from kiosk.domain.outcome import Outcome
from tests.fakes import open_door


def test_a_rejected_ticket_in_any_case_is_logged_under_its_one_text(tmp_path: Path) -> None:
    door = open_door(tmp_path / "event.db")
    code = door.ticket(1)
    door.store.revoke_tickets([1])
    door.service.reload()
    for variant in (code, f" {code.lower()}\r\n", code[:40].lower() + code[40:]):
        assert door.service.check_in(variant).outcome is Outcome.REVOKED
    logged = [r.code for r in door.store.records() if r.outcome is Outcome.REVOKED]
    assert logged == [code, code, code]  # one ticket, one text: counted and searched as one
    door.store.close()


def test_a_malformed_code_is_logged_as_given(tmp_path: Path) -> None:
    door = open_door(tmp_path / "event.db")
    twin = door.ticket(2).lower().replace("s", "ſ", 1)
    assert "ſ" in twin
    result = door.service.check_in(twin)
    assert result.outcome is Outcome.MALFORMED
    assert door.store.records()[-1].code == twin  # not upper-cased into the real ticket
    door.store.close()
