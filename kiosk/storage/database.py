"""Opening an event file durably: WAL, synchronous=FULL, explicit transactions, checks at start."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from kiosk.storage.errors import Problem, StorageError, classify
from kiosk.storage.schema import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)
SYNCHRONOUS_FULL = 2


def connect(path: Path, *, busy_timeout_ms: int = 2000, create: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode (we issue BEGIN/COMMIT ourselves), WAL and FULL sync.

    Refuses a file that is damaged, is not an event file, or comes from a newer kiosk.
    """
    if not create and not path.exists():
        raise StorageError(Problem.MISSING, str(path))
    try:
        if path.exists():
            _check_integrity(path, busy_timeout_ms)
        conn = sqlite3.connect(path, isolation_level=None, timeout=busy_timeout_ms / 1000)
        try:
            _configure(conn)
            _migrate(conn, path)
        except BaseException:
            conn.close()
            raise
    except sqlite3.Error as error:
        raise classify(error) from error
    return conn


def open_reader(path: Path, *, busy_timeout_ms: int = 2000) -> sqlite3.Connection:
    """A read-only connection (`mode=ro`): it sees every process's commits and can write none.

    Usable from any one thread at a time (`check_same_thread=False`: a watcher or a job may be
    made on one thread and used on another)."""
    if not path.exists():
        raise StorageError(Problem.MISSING, str(path))
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                               timeout=busy_timeout_ms / 1000)  # fmt: skip
    except sqlite3.Error as error:
        raise classify(error) from error


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    conn.execute("PRAGMA synchronous = FULL")
    if conn.execute("PRAGMA synchronous").fetchone()[0] != SYNCHRONOUS_FULL or mode != "wal":
        raise StorageError(Problem.OTHER, f"durability settings refused (journal_mode={mode})")


def _check_integrity(path: Path, busy_timeout_ms: int) -> None:
    """quick_check through a read-only connection, before anything may write to the file.

    A read-write connection would write to a damaged file: setting WAL mode rewrites the header,
    and closing the last connection checkpoints the -wal into the file and deletes it.
    """
    uri = path.resolve().as_uri() + "?mode=ro"
    probe = sqlite3.connect(uri, uri=True, timeout=busy_timeout_ms / 1000)
    try:
        result = probe.execute("PRAGMA quick_check").fetchall()
    finally:
        probe.close()
    if result != [("ok",)]:
        raise StorageError(Problem.CORRUPT, "; ".join(str(row[0]) for row in result[:5]))


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StorageError(Problem.TOO_NEW, f"schema {version} > {SCHEMA_VERSION}")
    if version == 0 and _has_tables(conn):
        raise StorageError(Problem.NOT_AN_EVENT, str(path))
    if version and version < SCHEMA_VERSION:
        kept = backup(conn, path.with_name(f"{path.name}.v{version}.bak"))
        if version < 2:
            _scrub_contacts(kept)
    for step in range(version + 1, SCHEMA_VERSION + 1):
        with transaction(conn):
            for statement in MIGRATIONS[step]:
                if isinstance(statement, str):
                    conn.execute(statement)
                else:
                    statement(conn)
            conn.execute(f"PRAGMA user_version = {step}")
        log.info("event file %s migrated to schema %d", path, step)
    if 0 < version < 2:  # the e-mail and phone numbers cleared must not linger in free pages
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _scrub_contacts(copy: Path) -> None:
    """The pre-migration copy keeps what a kiosk needs: no e-mail, the phone's last four digits
    (schema 2 keeps no more, and a copy must not keep what the file itself gave up)."""
    from kiosk.storage.schema import scrub_contacts

    with contextlib.closing(sqlite3.connect(copy, isolation_level=None)) as conn:
        with transaction(conn):
            scrub_contacts(conn)
        conn.execute("VACUUM")  # freed pages would still hold the old text


def _has_tables(conn: sqlite3.Connection) -> bool:
    return bool(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0)


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT; rolled back on any error, which is raised as StorageError.

    Only when this block exits normally has the change reached the disk.
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as error:
        raise classify(error) from error
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as error:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        if isinstance(error, sqlite3.Error):
            raise classify(error) from error
        raise


def backup(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy through SQLite's backup API (safe while the kiosk keeps writing)."""
    temporary = target.with_name(target.name + ".partial")
    temporary.unlink(missing_ok=True)
    try:
        with contextlib.closing(sqlite3.connect(temporary)) as copy:
            conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        temporary.replace(target)
    except (sqlite3.Error, OSError) as error:
        temporary.unlink(missing_ok=True)
        raise classify(error) from error
    return target
