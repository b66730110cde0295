"""The event file's schema and its migrations (`PRAGMA user_version`)."""

from __future__ import annotations

from collections.abc import Callable
from sqlite3 import Connection

SCHEMA_VERSION = 2
Step = str | Callable[[Connection], None]

# One statement per string: executed one by one inside a transaction.
SCHEMA_V1 = (
    """CREATE TABLE event (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        uid TEXT NOT NULL,
        number INTEGER NOT NULL,
        title TEXT NOT NULL,
        subtitle TEXT NOT NULL DEFAULT '',
        venue TEXT NOT NULL DEFAULT '',
        starts_at TEXT NOT NULL,
        expected INTEGER NOT NULL DEFAULT 0,
        is_sample INTEGER NOT NULL DEFAULT 0,
        opens_minutes_before INTEGER NOT NULL DEFAULT 120,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE agenda (
        position INTEGER PRIMARY KEY,
        starts TEXT NOT NULL,
        title TEXT NOT NULL
    )""",
    # ref: 'S<serial>' for a roster person, 'W<kiosk id>:<seq>' for a walk-in (the log row
    # that registered them), so walk-ins from several kiosks merge without colliding.
    """CREATE TABLE attendee (
        ref TEXT PRIMARY KEY,
        serial INTEGER NOT NULL UNIQUE,
        name TEXT NOT NULL,
        affiliation TEXT NOT NULL DEFAULT '',
        department TEXT NOT NULL DEFAULT '',
        position TEXT NOT NULL DEFAULT '',
        employee_no TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        walk_in INTEGER NOT NULL DEFAULT 0,
        on_roster INTEGER NOT NULL DEFAULT 1,
        generation INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE public_key (
        key_id INTEGER PRIMARY KEY CHECK (key_id BETWEEN 0 AND 15),
        key BLOB NOT NULL CHECK (length(key) = 32),
        added_at TEXT NOT NULL
    )""",
    """CREATE TABLE revocation (
        serial INTEGER NOT NULL,
        generation INTEGER NOT NULL,
        revoked_at TEXT NOT NULL,
        PRIMARY KEY (serial, generation)
    )""",
    """CREATE TABLE checkin (
        kiosk_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        outcome TEXT NOT NULL,
        person TEXT,
        code TEXT NOT NULL DEFAULT '',
        at_utc TEXT NOT NULL,
        mono_ns INTEGER NOT NULL,
        boot_id TEXT NOT NULL DEFAULT '',
        door TEXT NOT NULL DEFAULT '',
        undoes_kiosk TEXT,
        undoes_seq INTEGER,
        details TEXT,
        crc INTEGER NOT NULL,
        PRIMARY KEY (kiosk_id, seq)
    ) WITHOUT ROWID""",
    "CREATE INDEX checkin_person ON checkin (person, at_utc)",
    "CREATE INDEX checkin_undoes ON checkin (undoes_kiosk, undoes_seq)",
    "CREATE INDEX checkin_at ON checkin (at_utc)",
    """CREATE TRIGGER checkin_no_update BEFORE UPDATE ON checkin
       BEGIN SELECT RAISE(ABORT, 'the check-in log is append-only'); END""",
    """CREATE TRIGGER checkin_no_delete BEFORE DELETE ON checkin
       BEGIN SELECT RAISE(ABORT, 'the check-in log is append-only'); END""",
    """CREATE VIEW live_arrival AS
       SELECT c.* FROM checkin c
       WHERE c.outcome IN ('accepted', 'walk_in_registered')
         AND NOT EXISTS (SELECT 1 FROM checkin u WHERE u.outcome = 'undone'
                         AND u.undoes_kiosk = c.kiosk_id AND u.undoes_seq = c.seq)""",
    """CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
)


def last_four(phone: str) -> str:
    """What a kiosk keeps of a phone number: its last four digits (what search uses)."""
    return "".join(ch for ch in phone if ch.isascii() and ch.isdigit())[-4:]


def scrub_contacts(conn: Connection) -> None:
    """A kiosk keeps only the last four digits of a phone (what search uses), and no e-mail."""
    conn.execute("UPDATE attendee SET email = ''")
    rows = conn.execute("SELECT ref, phone FROM attendee").fetchall()
    for ref, phone in rows:
        conn.execute("UPDATE attendee SET phone = ? WHERE ref = ?", (last_four(str(phone)), ref))


# Version 2: serials are identities for ever (a high-water mark and tombstones of people who
# left), keyed digests to find people again on re-import, revocation reasons, and no e-mail
# or full phone number in the file a kiosk holds.
SCHEMA_V2: tuple[Step, ...] = (
    "ALTER TABLE attendee ADD COLUMN key_email TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE attendee ADD COLUMN key_phone TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE attendee ADD COLUMN ticketed INTEGER NOT NULL DEFAULT 0",
    scrub_contacts,
    """CREATE TABLE retired (
        serial INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        affiliation TEXT NOT NULL DEFAULT '',
        department TEXT NOT NULL DEFAULT '',
        position TEXT NOT NULL DEFAULT '',
        employee_no TEXT NOT NULL DEFAULT '',
        key_email TEXT NOT NULL DEFAULT '',
        key_phone TEXT NOT NULL DEFAULT '',
        generation INTEGER NOT NULL DEFAULT 0,
        retired_at TEXT NOT NULL
    )""",
    "ALTER TABLE revocation ADD COLUMN reason TEXT NOT NULL DEFAULT ''",
    """INSERT OR REPLACE INTO meta (key, value)
       SELECT 'serial_high_water', coalesce(max(serial), 0) FROM attendee
       WHERE walk_in = 0 AND serial < 9000000""",
)

MIGRATIONS: dict[int, tuple[Step, ...]] = {1: SCHEMA_V1, 2: SCHEMA_V2}
