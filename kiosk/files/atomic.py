"""Writing a file whole or not at all: the one way the kiosk replaces a file it writes.

The bytes go to a temporary file beside the target (its name + PARTIAL, which Syncthing is told
to ignore), which then replaces the target in one rename: a kiosk killed at any moment leaves
the old file or the new one, never a torn one. A durable write (exports, badge sheets, a door's
file of check-ins, the pairing keys) is flushed to the disk before the rename and the folder
after it, so the rename survives a power cut too; a status file rewritten every second for
`kiosk sync status` need not be. On failure the temporary file goes. The folder must exist:
creating it could silently write to the laptop's own disk when the USB stick meant by the path
is not mounted (callers writing into their own data folder create it first).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PARTIAL = ".partial"


def write_atomically(out: Path, data: bytes, *, durable: bool = True) -> Path:
    """`data` at `out`, complete before it replaces the previous file (see the module)."""
    partial = out.with_name(out.name + PARTIAL)
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        partial.replace(out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if durable:
        _fsync_folder(out.parent)
    return out


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder; NTFS journals the rename itself
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
