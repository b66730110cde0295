"""`emit(signal, *args)`: a signal emit that survives PySide6 6.12.0's reference leak on True.

PySide6 6.12.0's `SignalInstance.emit()` returns True without taking a reference to it, so each
call leaves True one reference short (measured: -100 after 100 emits; 6.11.2 and 6.10.2: 0).
On Python 3.11, where True is an ordinary object, a few thousand emits later its count reaches
zero and the interpreter aborts ("Fatal Python error: bool_dealloc"): the camera worker emits
~20 previews a second, so a kiosk on 6.12.0 would die within minutes. The leak is measured once
at import and, only where it exists, given back after every emit; elsewhere this is a plain emit.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 16


class _Probe(QObject):
    fired = Signal()


def _measure_leak() -> int:
    """References to True that one emit loses here (0 on a sound PySide6, or on Python 3.12+)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.fired.emit()
    lost = before - sys.getrefcount(True)
    leak = round(lost / _PROBES)
    _give_back(leak * _PROBES)
    return max(0, leak)


def _give_back(count: int) -> None:
    for _ in range(count):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))


LEAK_PER_EMIT = _measure_leak()


def emit(signal: SignalInstance, *args: Any) -> None:
    """signal.emit(*args), without the PySide6 6.12.0 leak (see the module docstring)."""
    signal.emit(*args)
    if LEAK_PER_EMIT:
        _give_back(LEAK_PER_EMIT)
