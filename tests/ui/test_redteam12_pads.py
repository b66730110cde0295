"""Red team (issue 12): every key of the operator's PIN pad is whole on the screen.

The pad is a fixed 480x720 dialog. When its digit keys became one DigitKeys widget, the column
squeezed that widget below the height its 4 rows of keys need, and the bottom row (Clear, a
digit, ⌫) was cut off under the Cancel and OK buttons: a tap on its lower part hit nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from kiosk.domain.pin import LockoutPolicy, ScryptParams
from kiosk.services.pins import PinStore
from kiosk.ui.operator.pin_dialog import PinDialog
from tests.fakes import OpenDoor


@pytest.fixture
def shown_pad(qtbot, door: OpenDoor) -> Iterator[PinDialog]:
    pins = PinStore(door.store, door.clock, LockoutPolicy(), ScryptParams(n=2**8))
    pins.set_pin("2468")
    pad = PinDialog(pins, key_roots=lambda: [])
    pad.show()
    qtbot.waitExposed(pad)
    yield pad
    pad.close()
    pad.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_every_key_of_the_pin_pad_is_whole_inside_the_pad(shown_pad: PinDialog) -> None:
    keys = [*shown_pad.digit_buttons.values(), shown_pad.clear_key, shown_pad.back_key]
    area = shown_pad.digit_keys.rect()
    for key in keys:
        assert area.contains(key.geometry()), f"key {key.text()!r} is cut off: {key.geometry()}"
    below = shown_pad.cancel_button.mapTo(shown_pad, shown_pad.cancel_button.rect().topLeft())
    bottom = shown_pad.digit_keys.mapTo(shown_pad, area.bottomLeft())
    assert bottom.y() < below.y(), "the last row of keys runs under Cancel and OK"
