"""What the camera is doing, as the camera thread reports it and the camera view shows it."""

from __future__ import annotations

from enum import StrEnum


class CameraState(StrEnum):
    """Carried by ScanWorker.camera_state_changed; judged by kiosk.scanner.health."""

    STARTING = "starting"  # not opened yet
    LIVE = "live"  # frames arrive and look like a picture (also: came back after a problem)
    LOST = "lost"  # cannot open or read: unplugged, in use by another program, no such camera
    DARK = "dark"  # frames are (nearly) black for a while: lens covered, lights off
    FROZEN = "frozen"  # the very same picture for a while: the driver hangs
    ENDED = "ended"  # a video or image folder played once has nothing more
