"""Hostile input: strangers' QR codes and broken roster files. No crash, no forgery accepted,
no partial import, and a message for every refusal.

Tickets: generated strings (random text, random bytes read as Latin-1, one-character and bit
mutations of genuine tickets, tickets signed with another key or for another event, over-long
and exotic Unicode input) go through TicketVerifier and then KioskService.check_in on a real
event file. A forgery is an accepted input that is not a genuine ticket's text (case and
surrounding blanks aside: those read the same ticket).

Rosters: generated files (random bytes, UTF-16 without BOM, Latin-1, Shift-JIS, formula cells,
huge cells, missing columns, empty files, truncated or damaged XLSX, conflicting rows) go
through kiosk.services.organizer.import_roster. Each is either imported whole or refused with a
RosterError that lists problems, describes them in Korean and English, and leaves the roster
exactly as it was.

    uv run python benchmarks/faults/hostile.py --tickets 100000 --rosters 1000
"""

from __future__ import annotations

import argparse
import base64
import random
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile_rosters import ROSTER_KINDS, make_roster  # noqa: E402

B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


@dataclass
class TicketSummary:
    inputs: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    exceptions: int = 0
    forgeries_accepted: int = 0
    genuine_accepted: int = 0
    worst_ms: float = 0.0
    worst_kind: str = ""
    service_checkins: int = 0
    service_exceptions: int = 0
    service_forgeries: int = 0
    service_worst_ms: float = 0.0
    examples: list[str] = field(default_factory=list)


@dataclass
class RosterSummary:
    files: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)
    refused: int = 0
    imported: int = 0
    imported_kinds: Counter[str] = field(default_factory=Counter)
    crashes: int = 0
    partial_imports: int = 0
    refusals_without_message: int = 0
    worst_ms: float = 0.0
    problems: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)


# -- tickets ---------------------------------------------------------------------------------


def _random_text(rng: random.Random, genuine: list[str]) -> str:
    alphabet = B32 + "abcdefghijklmnopqrstuvwxyz0189 =-_/+:.\t\n"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))


def _latin1_bytes(rng: random.Random, genuine: list[str]) -> str:
    return rng.randbytes(rng.randint(0, 300)).decode("latin-1")


def _one_char(rng: random.Random, genuine: list[str]) -> str:
    code = list(rng.choice(genuine))
    i = rng.randrange(len(code))
    code[i] = rng.choice([c for c in B32 if c != code[i]])
    return "".join(code)


def _edit(rng: random.Random, genuine: list[str]) -> str:
    code = rng.choice(genuine)
    i = rng.randrange(len(code))
    edits = (
        code[:i] + code[i + 1 :],  # a character lost
        code[:i] + rng.choice(B32) + code[i:],  # one too many
        code[:i] + code[i + 1 : i + 2] + code[i : i + 1] + code[i + 2 :],  # swapped
        code[: rng.randrange(len(code))],  # cut short
        code + code[: rng.randint(1, 20)],  # run on
        code.replace(code[i], "0" if code[i] == "O" else "1" if code[i] == "I" else "8"),
    )
    return rng.choice(edits)


def _raw(code: str) -> bytes:
    return base64.b32decode(code + "=" * (-len(code) % 8))


def _bit_flip(rng: random.Random, genuine: list[str]) -> str:
    """A different 73-byte ticket, canonically encoded: only the signature can refuse it."""
    raw = bytearray(_raw(rng.choice(genuine)))
    for _ in range(rng.randint(1, 3)):
        raw[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
    return base64.b32encode(bytes(raw)).decode().rstrip("=")


def _spliced(rng: random.Random, genuine: list[str]) -> str:
    """One ticket's payload with another's signature (a replayed signature)."""
    a, b = (_raw(rng.choice(genuine)) for _ in range(2))
    return base64.b32encode(a[:9] + b[9:]).decode().rstrip("=")


def _over_long(rng: random.Random, genuine: list[str]) -> str:
    code = rng.choice(genuine)
    return (code * (1 + 100_000 // len(code)))[: rng.choice([257, 300, 4_000, 100_000])]


def _unicode(rng: random.Random, genuine: list[str]) -> str:
    pools = (
        (0xAC00, 0xD7A3),  # Hangul syllables
        (0xFF21, 0xFF3A),  # full-width A-Z, which look like a ticket
        (0x0300, 0x036F),  # combining marks
        (0x0590, 0x06FF),  # right-to-left scripts
        (0x1F300, 0x1FAFF),  # emoji
        (0x0000, 0x001F),  # control characters, NUL included
        (0x2000, 0x206F),  # spaces, joiners, direction marks
        (0xD800, 0xDFFF),  # lone surrogates: a str, but not UTF-8
    )
    low, high = rng.choice(pools)
    text = "".join(chr(rng.randint(low, high)) for _ in range(rng.randint(1, 150)))
    if rng.random() < 0.5:  # mixed into a genuine ticket
        code = rng.choice(genuine)
        i = rng.randrange(len(code))
        text = code[:i] + text[:3] + code[i:]
    return text


def _full_width(rng: random.Random, genuine: list[str]) -> str:
    """A genuine ticket in full-width letters (U+FF21...): looks the same, is not the same."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isalpha() else c for c in rng.choice(genuine))


def _case_and_blanks(rng: random.Random, genuine: list[str]) -> str:
    """A genuine ticket typed in lower case or with blanks around it: the same ticket."""
    code = rng.choice(genuine)
    return rng.choice((code.lower(), f"  {code}\n", f"\t{code} "))


TICKET_KINDS = {
    "random_text": _random_text,
    "random_bytes_latin1": _latin1_bytes,
    "one_char_mutation": _one_char,
    "edited_ticket": _edit,
    "bit_flipped_reencoded": _bit_flip,
    "spliced_signature": _spliced,
    "over_long": _over_long,
    "unicode": _unicode,
    "full_width": _full_width,
    "case_and_blanks": _case_and_blanks,
    "other_key": lambda rng, g: "",  # filled from the foreign list below
    "other_event": lambda rng, g: "",
}


def ticket_inputs(
    n: int, rng: random.Random, genuine: list[str], foreign: dict[str, list[str]]
) -> list[tuple[str, str]]:
    kinds = list(TICKET_KINDS)
    out = []
    for _ in range(n):
        kind = rng.choice(kinds)
        text = rng.choice(foreign[kind]) if kind in foreign else TICKET_KINDS[kind](rng, genuine)
        out.append((kind, text))
    return out


def _foreign_tickets(store: object, event: object) -> dict[str, list[str]]:
    """Tickets signed with a key this event does not know, and genuine-key tickets of the
    wrong event or day (made with the organizer's key: only the event check refuses them)."""
    from dataclasses import replace

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from kiosk.domain.tickets import Ticket, issue
    from kiosk.files.keys import key_path_for, read_private_key
    from kiosk.services.organizer import KEY_ID

    thief = Ed25519PrivateKey.generate()
    real = read_private_key(key_path_for(store.path))  # type: ignore[attr-defined]
    base = Ticket(KEY_ID, event.number, 1, event.day)  # type: ignore[attr-defined]
    other_key = [issue(replace(base, serial=s), thief) for s in range(1, 301)]
    other_event = [
        issue(replace(base, serial=s, event=(base.event % 65535) + 1), real) for s in range(1, 151)
    ] + [issue(replace(base, serial=s, day=base.day.replace(day=1)), real) for s in range(1, 151)]
    return {"other_key": other_key, "other_event": other_event}


def run_tickets(
    n: int, directory: Path, seed: int = 1, through_service: bool = True
) -> TicketSummary:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from kiosk.domain.clock import FixedClock
    from kiosk.domain.outcome import Outcome
    from kiosk.domain.tickets import TicketVerifier
    from kiosk.files.keys import key_path_for, read_private_key
    from kiosk.services.door import Door, KioskService
    from kiosk.services.organizer import ensure_sample_event, ticket_code
    from kiosk.storage.store import EventStore

    path = ensure_sample_event(directory)
    store = EventStore.open(path)
    key = read_private_key(key_path_for(path))
    genuine = [ticket_code(store, key, a) for a in store.attendees()]
    genuine_set = set(genuine)
    event = store.event()
    keys = {k: Ed25519PublicKey.from_public_bytes(v) for k, v in store.public_keys().items()}
    verifier = TicketVerifier(keys, event.number, event.day, store.revoked())
    rng = random.Random(seed)
    inputs = ticket_inputs(n, rng, genuine, _foreign_tickets(store, event))
    s = TicketSummary()
    for kind, text in inputs:
        s.inputs += 1
        s.by_kind[kind] += 1
        start = time.perf_counter()
        try:
            verdict = verifier.verify(text)
        except Exception as error:  # what this harness is here to find
            s.exceptions += 1
            s.examples.append(f"verify {kind} {text[:40]!r}: {error!r}")
            continue
        ms = (time.perf_counter() - start) * 1000
        if ms > s.worst_ms:
            s.worst_ms, s.worst_kind = ms, kind
        s.outcomes[verdict.outcome.value] += 1
        if verdict.outcome is Outcome.ACCEPTED:
            if text.strip().upper() in genuine_set:
                s.genuine_accepted += 1
            else:
                s.forgeries_accepted += 1
                s.examples.append(f"FORGERY accepted ({kind}): {text[:130]!r}")
    if through_service:
        service = KioskService(store, FixedClock(event.starts_at), Door("h0511e0000000001", "정문"))
        admitted = {Outcome.ACCEPTED, Outcome.ALREADY_CHECKED_IN}
        for kind, text in inputs:
            start = time.perf_counter()
            try:
                result = service.check_in(text)
            except Exception as error:
                s.service_exceptions += 1
                s.examples.append(f"check_in {kind} {text[:40]!r}: {error!r}")
                continue
            s.service_worst_ms = max(s.service_worst_ms, (time.perf_counter() - start) * 1000)
            s.service_checkins += 1
            if result.outcome in admitted and text.strip().upper() not in genuine_set:
                s.service_forgeries += 1
                s.examples.append(f"FORGERY admitted by the service ({kind}): {text[:130]!r}")
    store.close()
    return s


# -- rosters ---------------------------------------------------------------------------------


def run_rosters(n: int, directory: Path, seed: int = 1) -> RosterSummary:
    from kiosk.files.roster import RosterError
    from kiosk.services.organizer import ensure_sample_event, import_roster
    from kiosk.storage.store import EventStore
    from kiosk.texts import voice
    from kiosk.wording.roster import describe_all

    path = ensure_sample_event(directory / "event")
    store = EventStore.open(path)
    rng = random.Random(seed)
    files = directory / "rosters"
    files.mkdir(parents=True, exist_ok=True)
    kinds = list(ROSTER_KINDS)
    s = RosterSummary()
    for i in range(n):
        kind = kinds[i % len(kinds)]
        roster_file = make_roster(kind, rng, files / f"{i:04d}")
        before = store.attendees()
        s.files += 1
        s.by_kind[kind] += 1
        start = time.perf_counter()
        try:
            import_roster(store, roster_file)
        except RosterError as refusal:
            s.refused += 1
            s.problems.update(p.kind for p in refusal.problems)
            texts = [describe_all(refusal.problems, voice(lang)) for lang in ("ko", "en")]
            if not refusal.problems or not all(t.strip() for t in texts):
                s.refusals_without_message += 1
                s.examples.append(f"no message ({kind}): {refusal.problems}")
            if store.attendees() != before:
                s.partial_imports += 1
                s.examples.append(f"PARTIAL import after a refusal ({kind}) {roster_file.name}")
        except Exception as error:  # what this harness is here to find
            s.crashes += 1
            s.examples.append(f"CRASH ({kind}) {roster_file.name}: {error!r}"[:300])
            if store.attendees() != before:
                s.partial_imports += 1
        else:
            s.imported += 1
            s.imported_kinds[kind] += 1
        s.worst_ms = max(s.worst_ms, (time.perf_counter() - start) * 1000)
    store.close()
    return s


# -- the report ------------------------------------------------------------------------------


def print_tickets(s: TicketSummary) -> None:
    print("## Ticket strings")
    print(
        "| inputs | exceptions | forgeries accepted | worst verify (ms) | through check_in | "
        "check_in exceptions | forgeries admitted | worst check_in (ms) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    print(
        f"| {s.inputs:,} | {s.exceptions} | **{s.forgeries_accepted}** | "
        f"{s.worst_ms:.2f} ({s.worst_kind}) | {s.service_checkins:,} | {s.service_exceptions} | "
        f"**{s.service_forgeries}** | {s.service_worst_ms:.2f} |"
    )
    print("inputs by kind:", dict(sorted(s.by_kind.items())))
    print("verdicts:", dict(sorted(s.outcomes.items())))
    print(f"genuine tickets accepted (case or blanks changed): {s.genuine_accepted}")


def print_rosters(s: RosterSummary) -> None:
    print("## Roster files")
    print(
        "| files | refused with a message | imported whole | crashes | partial imports | "
        "refusals without a message | worst import (ms) |"
    )
    print("|---|---|---|---|---|---|---|")
    print(
        f"| {s.files:,} | {s.refused} | {s.imported} | **{s.crashes}** | **{s.partial_imports}** |"
        f" {s.refusals_without_message} | {s.worst_ms:.0f} |"
    )
    print("files by kind:", dict(sorted(s.by_kind.items())))
    print("imported whole, by kind:", dict(sorted(s.imported_kinds.items())))
    print("problems named:", dict(s.problems.most_common()))


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--rosters", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-service", action="store_true", help="verify only, no event file")
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        tickets = run_tickets(args.tickets, Path(tmp) / "t", args.seed, not args.no_service)
        rosters = run_rosters(args.rosters, Path(tmp) / "r", args.seed)
    print_tickets(tickets)
    print_rosters(rosters)
    for example in (tickets.examples + rosters.examples)[:15]:
        print("  ", example)
    print(f"time: {time.monotonic() - started:.0f} s")
    bad = (
        tickets.exceptions
        + tickets.forgeries_accepted
        + tickets.service_exceptions
        + tickets.service_forgeries
        + rosters.crashes
        + rosters.partial_imports
        + rosters.refusals_without_message
    )
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
