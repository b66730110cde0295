"""Thousands of emits (a day of camera previews) must not bring the interpreter down."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from kiosk.scanner.signals import emit


class _Emitter(QObject):
    happened = Signal(str)


def test_many_emits_leave_true_alone() -> None:
    emitter = _Emitter()
    received: list[str] = []
    emitter.happened.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(5000):  # PySide6 6.12.0 alone would drop True's count by 5000 and abort
        emit(emitter.happened, str(i))
    assert abs(sys.getrefcount(True) - before) < 100
    assert len(received) == 5000 and received[-1] == "4999"
