"""Shared test set-up: Qt runs offscreen, so the suite needs no display; the `door` fixture."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENCV_LOG_LEVEL", "ERROR")

from tests.fakes import OpenDoor, open_door


@pytest.fixture
def door(tmp_path: Path) -> Iterator[OpenDoor]:
    """A real event file with five synthetic attendees, a fixed clock, and the organizer's key."""
    opened = open_door(tmp_path / "event.db")
    yield opened
    opened.store.close()
