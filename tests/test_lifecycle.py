"""An organizer's month, played by Hypothesis: every ticket ever issued admits its own person.

The organizer imports HR's sheet again and again (people added, removed, renamed, moved to
another department, namesakes re-ordered, the sheet re-sorted, the 사번 column dropped, a title
row and a 번호 column that is only a row number), issues tickets, reissues and revokes some, and
two doors check people in on copies of the file; the doors' files merge back. After every step:

- at the organizer's file each ticket ever issued admits exactly its own person, or is refused
  as `revoked` when that person left the roster, was reissued a newer ticket or revoked;
- at a door (which may hold an older copy) a ticket never admits anyone but its own person;
- a serial once given to a person is never given to anyone else;
- after the doors merge, the attendance credits exactly the people the doors admitted.
"""

from __future__ import annotations

import csv
import itertools
import shutil
from dataclasses import dataclass, replace
from datetime import UTC
from pathlib import Path
from tempfile import mkdtemp

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from kiosk.domain.clock import FixedClock
from kiosk.domain.outcome import Outcome
from kiosk.files.keys import key_path_for, read_private_key
from kiosk.services.door import Door, KioskService
from kiosk.services.end_of_day import export_data
from kiosk.services.organizer import create_event, import_roster, ticket_code
from kiosk.storage.store import EventStore
from tests.fakes import DOORS_OPEN, make_event

NAMES = ("김민수", "이서연", "박지훈", "최유진", "정하늘", "강도윤", "조은비", "윤서준", "장미래")
OFFICES = ("본청", "동부교육지원청", "해운대교육지원청")
DEPTS = ("총무과", "예산과", "교육정책과", "행정지원과")


@dataclass(frozen=True)
class Person:
    pid: int
    name: str
    affiliation: str
    department: str
    employee_no: str = ""
    phone: str = ""
    email: str = ""

    @property
    def keyed(self) -> bool:
        return bool(self.employee_no or self.phone or self.email)


@dataclass
class Ticket:
    code: str
    pid: int
    serial: int
    generation: int


class OrganizersMonth(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(mkdtemp(prefix="lifecycle-"))
        self.org_path = self.dir / "org.db"
        self.org = create_event(self.org_path, make_event())
        self.key = read_private_key(key_path_for(self.org_path))
        self.clock = FixedClock(DOORS_OPEN.astimezone(UTC))
        self.people: dict[int, Person] = {}
        self.sheet: list[int] = []
        self.on_roster: list[int] = []  # the sheet as last imported
        self.ids = itertools.count(1)
        self.used_name_keys: set[tuple[str, str, str]] = set()
        self.serial_of: dict[int, int] = {}
        self.owner: dict[int, int] = {}
        self.tickets: list[Ticket] = []
        self.valid: set[str] = set()  # codes that must admit at the organizer's file
        self.doors: list[KioskService] = []
        self.came: set[int] = set()
        self.imports = 0

    def teardown(self) -> None:
        for service in self.doors:
            service.store.close()
        self.org.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    # -- the world --------------------------------------------------------------------

    def _new_person(self, data: st.DataObject, namesake_of: Person | None = None) -> Person:
        pid = next(self.ids)
        has_emp = data.draw(st.booleans(), label="has 사번")
        has_email = data.draw(st.booleans(), label="has e-mail")
        phone = f"010-0{pid:03d}-{pid * 7 % 10000:04d}"
        if namesake_of is not None:  # namesakes differ by phone, as in real HR sheets
            name, aff, dept = namesake_of.name, namesake_of.affiliation, namesake_of.department
            has_phone = True
        else:
            name = data.draw(st.sampled_from(NAMES), label="name")
            aff = data.draw(st.sampled_from(OFFICES), label="affiliation")
            dept = data.draw(st.sampled_from(DEPTS), label="department")
            has_phone = data.draw(st.booleans(), label="has phone")
            if (name, aff, dept) in self.used_name_keys:
                # Only deliberate namesakes share a name tuple (they differ by phone): the
                # model tells people apart by their phone's last four digits.
                name = f"{name}{pid}"
        person = Person(
            pid,
            name,
            aff,
            dept,
            employee_no=f"{2000000 + pid}" if has_emp else "",
            phone=phone if has_phone else "",
            email=f"p{pid}@example.org" if has_email else "",
        )
        self.used_name_keys.add((person.name, person.affiliation, person.department))
        self.people[pid] = person
        return person

    def _write_sheet(self, path: Path, with_emp: bool, row_numbers: bool) -> None:
        header = ["번호"] if row_numbers else []
        header += ["이름", "소속", "부서"] + (["사번"] if with_emp else []) + ["전화", "이메일"]
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["2024 특강 참석자 명단"])
            writer.writerow(header)
            for number, pid in enumerate(self.sheet, start=1):
                p = self.people[pid]
                row = [str(number)] if row_numbers else []
                row += [p.name, p.affiliation, p.department]
                row += [p.employee_no] if with_emp else []
                row += [p.phone, p.email]
                writer.writerow(row)

    # -- the organizer ----------------------------------------------------------------

    @initialize(data=st.data(), size=st.integers(2, 7))
    def first_roster(self, data: st.DataObject, size: int) -> None:
        for _ in range(size):
            self.sheet.append(self._new_person(data).pid)
        self._import(with_emp=True, row_numbers=data.draw(st.booleans()))

    @rule(data=st.data())
    def add_people(self, data: st.DataObject) -> None:
        for _ in range(data.draw(st.integers(1, 3), label="added")):
            keyed = [self.people[p] for p in self.sheet if self.people[p].phone]
            namesake = data.draw(st.sampled_from([None, *keyed]), label="namesake of")
            person = self._new_person(data, namesake)
            self.sheet.insert(data.draw(st.integers(0, len(self.sheet))), person.pid)

    @precondition(lambda self: len(self.sheet) > 1)
    @rule(data=st.data())
    def remove_someone(self, data: st.DataObject) -> None:
        self.sheet.remove(data.draw(st.sampled_from(self.sheet), label="removed"))

    @precondition(lambda self: any(self.people[p].keyed for p in self.sheet))
    @rule(data=st.data())
    def rename_or_move_someone(self, data: st.DataObject) -> None:
        """A keyed person gets a corrected name or another department: still the same person."""
        pid = data.draw(st.sampled_from([p for p in self.sheet if self.people[p].keyed]))
        person = self.people[pid]
        if data.draw(st.booleans(), label="rename"):
            person = replace(person, name=person.name + "영")
        else:
            person = replace(person, department=data.draw(st.sampled_from(DEPTS)))
        if _namesakes(self, person) == 0:  # the test tells namesakes apart by phone only
            self.people[pid] = person

    @rule(data=st.data())
    def resort_sheet(self, data: st.DataObject) -> None:
        self.sheet = data.draw(st.permutations(self.sheet), label="re-sorted")

    @rule(data=st.data())
    def import_sheet(self, data: st.DataObject) -> None:
        with_emp = data.draw(st.booleans(), label="사번 column")
        self._import(with_emp, row_numbers=data.draw(st.booleans(), label="번호 column"))

    def _import(self, with_emp: bool, row_numbers: bool) -> None:
        if not with_emp and not all(self._findable_without_emp(p) for p in self.serial_of):
            with_emp = True
        path = self.dir / f"명단-{self.imports}.csv"
        self.imports += 1
        self._write_sheet(path, with_emp, row_numbers)
        import_roster(self.org, path, accept_changes=True)
        on_sheet = set(self.sheet)
        roster = {a.serial: a for a in self.org.attendees() if a.on_roster and not a.walk_in}
        assert len(roster) == len(self.sheet)
        self._bind(roster)
        self.on_roster = list(self.sheet)
        revoked = self.org.revoked()
        for ticket in self.tickets:
            current = roster.get(ticket.serial)
            gone = ticket.pid not in on_sheet or current is None
            if gone or (ticket.serial, ticket.generation) in revoked:
                self.valid.discard(ticket.code)

    def _findable_without_emp(self, pid: int) -> bool:
        """Without the 사번 column, a person with no other key could only be found by name: after a
        rename that would be a new person, so the model keeps the column for them."""
        p = self.people[pid]
        return bool(p.phone or p.email or not p.employee_no)

    def _bind(self, roster: dict[int, object]) -> None:
        """Which serial each person on the sheet now has; a serial never changes hands."""
        by_identity = {}
        for a in roster.values():
            by_identity.setdefault((a.name, a.affiliation, a.department), []).append(a)  # type: ignore[attr-defined]
        for pid in self.sheet:
            p = self.people[pid]
            candidates = by_identity[(p.name, p.affiliation, p.department)]
            if len(candidates) > 1:  # namesakes: the phone's last four digits tell them apart
                candidates = [a for a in candidates if a.phone == p.phone[-4:]]  # type: ignore[attr-defined]
            (attendee,) = candidates
            serial = attendee.serial  # type: ignore[attr-defined]
            assert self.owner.setdefault(serial, pid) == pid, "a serial changed hands"
            assert self.serial_of.setdefault(pid, serial) == serial, "a person changed serial"

    @rule()
    def issue_tickets(self) -> None:
        revoked = self.org.revoked()
        people = [
            a
            for a in self.org.attendees()
            if a.on_roster and not a.walk_in and (a.serial, a.generation) not in revoked
        ]
        for a in people:
            code = ticket_code(self.org, self.key, a)
            if code not in self.valid:
                self.tickets.append(Ticket(code, self.owner[a.serial], a.serial, a.generation))
                self.valid.add(code)
        self.org.mark_ticketed([a.serial for a in people])

    @precondition(lambda self: self.on_roster)
    @rule(data=st.data(), lost=st.booleans())
    def revoke(self, data: st.DataObject, lost: bool) -> None:
        serial = self.serial_of[data.draw(st.sampled_from(self.on_roster), label="revoked")]
        self.org.revoke_tickets([serial], "lost" if lost else "revoked")
        for ticket in self.tickets:
            if ticket.serial == serial:
                self.valid.discard(ticket.code)

    @precondition(lambda self: self.on_roster)
    @rule(data=st.data())
    def reissue(self, data: st.DataObject) -> None:
        pid = data.draw(st.sampled_from(self.on_roster), label="reissued")
        (person,) = self.org.reissue([self.serial_of[pid]])
        for ticket in self.tickets:
            if ticket.serial == person.serial:
                self.valid.discard(ticket.code)
        code = ticket_code(self.org, self.key, person)
        self.tickets.append(Ticket(code, pid, person.serial, person.generation))
        self.valid.add(code)
        self.org.mark_ticketed([person.serial])

    # -- the doors --------------------------------------------------------------------

    @precondition(lambda self: len(self.doors) < 2)
    @rule()
    def provision_door(self) -> None:
        number = len(self.doors) + 1
        path = self.org.backup_to(self.dir / f"door{number}.db")
        store = EventStore.open(path)
        self.doors.append(KioskService(store, self.clock, Door(f"door{number}" * 2, f"문{number}")))

    @precondition(lambda self: self.doors and self.tickets)
    @rule(data=st.data())
    def scan_at_a_door(self, data: st.DataObject) -> None:
        door = data.draw(st.sampled_from(self.doors), label="door")
        ticket = data.draw(st.sampled_from(self.tickets), label="ticket")
        self.clock.advance(1)
        result = door.check_in(ticket.code)
        if result.outcome.admits:
            assert result.attendee is not None
            assert self.owner[result.attendee.serial] == ticket.pid, "admitted someone else"
        if result.outcome is Outcome.ACCEPTED:
            self.came.add(ticket.pid)

    @precondition(lambda self: self.doors)
    @rule(data=st.data())
    def door_takes_the_organizers_file(self, data: st.DataObject) -> None:
        """Revocations reach a door with the organizer's file."""
        door = data.draw(st.sampled_from(self.doors), label="door")
        copy = self.org.backup_to(self.dir / "org-copy.db")
        from kiosk.services.end_of_day import merge

        merge(door.store, [copy])
        door.reload()
        for ticket in self.tickets:
            if ticket.code not in self.valid:
                assert door.judge(ticket.code).outcome is Outcome.REVOKED

    @precondition(lambda self: self.doors)
    @rule()
    def merge_the_doors(self) -> None:
        from kiosk.services.end_of_day import merge

        copies = [d.store.backup_to(self.dir / f"copy-{i}.db") for i, d in enumerate(self.doors)]
        merge(self.org, copies)
        entries = export_data(self.org, summary=False).entries
        credited = {self.owner[int(e.person[1:])] for e in entries}
        assert credited == self.came

    # -- what must always hold --------------------------------------------------------

    @invariant()
    def every_ticket_admits_its_own_person_or_is_revoked(self) -> None:
        organizer = KioskService(self.org, self.clock, Door("organizer0000000", "주최"))
        for ticket in self.tickets:
            judged = organizer.judge(ticket.code)
            if ticket.code in self.valid:
                assert judged.outcome is Outcome.ACCEPTED, (ticket, judged)
                assert judged.attendee is not None
                assert self.owner[judged.attendee.serial] == ticket.pid
            else:
                assert judged.outcome is Outcome.REVOKED, (ticket, judged)

    @invariant()
    def the_kiosk_file_holds_no_email_or_full_phone(self) -> None:
        for a in self.org.attendees():
            assert a.email == ""
            assert len(a.phone) <= 4


def _namesakes(machine: OrganizersMonth, person: Person) -> int:
    key = (person.name, person.affiliation, person.department)
    return sum(
        1
        for pid, p in machine.people.items()
        if pid != person.pid and (p.name, p.affiliation, p.department) == key
    )


OrganizersMonth.TestCase.settings = settings(
    max_examples=150,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_an_organizers_month = OrganizersMonth.TestCase


def test_the_same_file_twice_changes_nothing(tmp_path: Path) -> None:
    """Namesakes who differ by phone keep their serials when the same file comes again."""
    store = create_event(tmp_path / "e.db", make_event())
    sheet = tmp_path / "명단.csv"
    sheet.write_text(
        "번호,이름,소속,부서,전화\n1,김민수,본청,총무과,010-0001-1111\n2,김민수,본청,총무과,010-0002-2222\n",
        encoding="utf-8",
    )
    import_roster(store, sheet)
    first = {a.phone: a.serial for a in store.attendees()}
    again = import_roster(store, sheet)
    assert (again.change.added, again.change.updated, again.change.removed) == (0, 0, 0)
    assert {a.phone: a.serial for a in store.attendees()} == first
    store.close()
