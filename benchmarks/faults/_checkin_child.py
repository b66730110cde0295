"""The kill -9 harness's child when it varies the durability settings: `kiosk checkin
--codes-from - --json` with synchronous and wal_autocheckpoint set on the store's connection.

    python _checkin_child.py DATA_DIR EVENT_FILE SYNC CHECKPOINT_PAGES
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main(data_dir: str, event: str, sync: str, checkpoint_pages: str) -> None:
    from kiosk.commands import result_json
    from kiosk.services.context import Context

    ctx = Context.resolve(data_dir)
    store = ctx.open_store(event)
    conn = store._conn  # a harness may turn the knobs the kiosk keeps fixed
    conn.execute(f"PRAGMA synchronous = {sync}")
    conn.execute(f"PRAGMA wal_autocheckpoint = {int(checkpoint_pages)}")
    service = ctx.service(store)
    for line in sys.stdin:
        if line.strip():
            result = service.check_in(line.strip())  # returns once committed
            print(json.dumps(result_json(result), ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:5])
