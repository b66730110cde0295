"""Screenshots of the volunteer unlock and the self-service phone proof, from the real window.

    ../shared/tools/screenshot /tmp/x.png 12 -- \
        uv run python docs/screenshots/capture_volunteer.py --lang en

The real kiosk over a copy of the sample event: in a staffed event, 이름으로 찾기 opens on the
volunteer's code pad (volunteer-unlock-<lang>.png); in a self-service event, a person found by
name is asked for their phone's last four digits (self-service-proof-<lang>.png); a walk-in
that repeats a roster person is pointed out (walkin-duplicate-<lang>.png). Look at each one.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from docs.screenshots.capture_pin_lockout import shoot  # noqa: E402
from docs.screenshots.capture_states import StillCamera, settle  # noqa: E402
from kiosk.app import Kiosk, make_application  # noqa: E402
from kiosk.config import Settings  # noqa: E402
from kiosk.domain.access import NameCheckin, can_prove_by_phone  # noqa: E402
from kiosk.domain.clock import FixedClock  # noqa: E402
from kiosk.services.context import Context  # noqa: E402
from kiosk.services.demo_camera import render  # noqa: E402
from kiosk.services.organizer import copy_for_today, ensure_sample_event  # noqa: E402
from kiosk.services.volunteer_codes import VolunteerCodes  # noqa: E402
from kiosk.ui.i18n import Translations  # noqa: E402
from kiosk.ui.sound import SilentPlayer  # noqa: E402
from kiosk.ui.startup import open_event  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="ko")
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    app = make_application()
    translations = Translations(app)
    translations.switch(args.lang)
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        today = datetime.now().astimezone().date()
        event_file = data / "event.db"
        copy_for_today(ensure_sample_event(data), event_file, today).close()
        ctx = Context(data, Settings(door="정문"), "d4d4d4d4d4d4d4d4")
        opened = open_event(ctx, event_file)
        start = opened.store.event().starts_at
        doors_open = datetime.combine(today, start.timetz()) - timedelta(minutes=25)
        kiosk = Kiosk(
            ctx, opened, translations, clock=FixedClock(doors_open.astimezone(UTC)),
            sound=SilentPlayer(),
        )  # fmt: skip
        kiosk.start(source=StillCamera(render(None)))
        kiosk.window.resize(width, height)
        kiosk.window.move(0, 0)
        VolunteerCodes(opened.store).set_code("4821")

        search = kiosk.window.show_screen("search")
        for key in "48":
            search.unlock_pad.press(key)
        settle(app, 0.8)
        shoot(app, f"volunteer-unlock-{args.lang}")

        kiosk.service.set_name_checkin(NameCheckin.SELF_SERVICE)
        search = kiosk.window.show_screen("search")
        person = next(p for p in kiosk.service.store.attendees() if can_prove_by_phone(p))
        search.keypad.set_text(person.name)
        settle(app, 0.3)
        chosen = next(b for b in search.results() if b.attendee.person == person.person)
        chosen.click()
        search.phone_pad.press("1")
        settle(app, 0.8)
        shoot(app, f"self-service-proof-{args.lang}")

        search.unlock.try_code("4821")
        walk_in = kiosk.window.show_screen("walk_in")
        walk_in.keypad.set_text(person.name)
        walk_in._on_choice(person.affiliation)
        walk_in.register_button.click()
        settle(app, 0.8)
        shoot(app, f"walkin-duplicate-{args.lang}")
        kiosk.window.allow_quit()
        kiosk.window.close()
        kiosk.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
