"""Outcome sounds: a short tone for accepted, warning and error, so a volunteer hears the answer.

Qt Multimedia is loaded only when the first sound is wanted (it costs start-up time and, on a
machine without an audio stack, may be missing altogether); without it the kiosk stays silent
and says so once in the log. Tests pass a recording player instead of making noise.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from PySide6.QtCore import QObject, QUrl

from kiosk.resources import SOUND_NAMES, sound_path

log = logging.getLogger(__name__)


class SoundPlayer(Protocol):
    enabled: bool

    def play(self, name: str) -> None:
        """Play one of kiosk.resources.SOUND_NAMES (or nothing for "")."""
        ...

    def preload(self) -> None:
        """Get ready to play without delay (called once the window is up)."""
        ...


class SilentPlayer:
    """No sound at all; remembers what it was asked to play (tests read `played`)."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.played: list[str] = []

    def play(self, name: str) -> None:
        if self.enabled and name:
            self.played.append(name)

    def preload(self) -> None:
        """Nothing to load."""


class QtSoundPlayer(QObject):
    """QSoundEffect per sound, loaded on first use; a new sound interrupts the one playing."""

    def __init__(self, enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self._effects: dict[str, Any] | None = None
        self._broken = False

    def preload(self) -> None:
        """Load the effects now (call after the window is up, not during start-up)."""
        if self._effects is None and not self._broken:
            self._effects = self._load()

    def _load(self) -> dict[str, Any] | None:
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError as error:
            log.warning("no sound: Qt Multimedia is unavailable (%s)", error)
            self._broken = True
            return None
        effects = {}
        for name in SOUND_NAMES:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(sound_path(name))))
            effect.setVolume(0.9)
            effects[name] = effect
        return effects

    def play(self, name: str) -> None:
        if not (self.enabled and name):
            return
        self.preload()
        if not self._effects or name not in self._effects:
            return
        for effect in self._effects.values():
            effect.stop()
        self._effects[name].play()
