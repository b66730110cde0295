"""Frame sources: a webcam, a video file or an image folder, behind one small interface.

`open_source(spec)` takes what `kiosk run --camera` takes: a camera index ("0"), a video file or
a folder of images. Every frame leaves a source as its own copy (OpenCV reuses buffers) with the
monotonic time it was captured, which the worker uses to measure scan-to-result latency.
"""

from __future__ import annotations

import contextlib
import math
import os
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

os.environ.setdefault("OPENCV_LOG_LEVEL", "ERROR")  # no "[ WARN ] can't open camera" while retrying
import cv2

Clock = Callable[[], float]
Read = tuple[bool, np.ndarray | None, float]
_SKIPPED = np.zeros((1, 1, 3), np.uint8)
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".webp", ".tif", ".tiff"})
VIDEO_SUFFIXES = frozenset(
    {".avi", ".mp4", ".mkv", ".mov", ".webm", ".m4v", ".mpg", ".mpeg", ".wmv"}
)


class SourceError(ValueError):
    """`--camera` names nothing usable. `reason` is "not_found" or "unsupported"."""

    def __init__(self, message: str, *, spec: str, reason: str) -> None:
        super().__init__(message)
        self.spec = spec
        self.reason = reason


class FrameSource:
    """Where frames come from. `read()` gives (ok, BGR frame copy, capture time in clock seconds).

    `live` sources are cameras: they can be unplugged and come back, go dark or freeze, so the
    worker watches them. `finished` is True once a finite source (a video played once) is done.
    """

    live = False

    def open(self) -> bool:
        raise NotImplementedError

    def read(self) -> Read:
        raise NotImplementedError

    def close(self) -> None:
        """Release the device or file; `open()` may be called again afterwards."""

    def describe(self) -> str:
        return type(self).__name__

    @property
    def finished(self) -> bool:
        return False


def _quiet_opencv() -> None:
    with contextlib.suppress(AttributeError):  # a build without the logging utilities
        cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)


class CameraSource(FrameSource):
    """A webcam by index. Asks for 1280x720 MJPG at 30 fps (pixels per QR module matter most)."""

    live = True

    def __init__(
        self,
        index: int,
        *,
        width: int = 1280,
        height: int = 720,
        fps: int = 30,
        backend: int = 0,
        clock: Clock = time.monotonic,
    ) -> None:
        self.index, self.width, self.height, self.fps = index, width, height, fps
        self._backend = backend or cv2.CAP_ANY
        self._clock = clock
        self._cap: cv2.VideoCapture | None = None

    def open(self) -> bool:
        _quiet_opencv()
        cap = cv2.VideoCapture(self.index, self._backend)
        if not cap.isOpened():
            cap.release()
            return False
        cap.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter.fourcc(*"MJPG"))
        cap.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
        cap.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        cap.set(cv2.CAP_PROP_FPS, self.fps)
        cap.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # a deep driver queue would hand us old frames
        self._cap = cap
        return True

    def read(self) -> Read:
        if self._cap is None:
            return False, None, self._clock()
        self._drain_stale()
        ok, frame = self._cap.retrieve()
        now = self._clock()
        return (True, frame.copy(), now) if ok and frame is not None else (False, None, now)

    def _drain_stale(self) -> None:
        """Grab until a grab has to wait: frames that were already queued are old news."""
        assert self._cap is not None
        for _ in range(4):
            start = time.perf_counter()
            if not self._cap.grab() or time.perf_counter() - start > 0.004:
                return

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None

    def describe(self) -> str:
        if self._cap is None:
            return f"camera {self.index}"
        w, h = (
            int(self._cap.get(cv2.CAP_PROP_FRAME_WIDTH)),
            int(self._cap.get(cv2.CAP_PROP_FRAME_HEIGHT)),
        )
        code = (
            int(self._cap.get(cv2.CAP_PROP_FOURCC)).to_bytes(4, "little").decode("ascii", "replace")
        )
        fps = self._cap.get(cv2.CAP_PROP_FPS)
        return f"camera {self.index} ({w}x{h} {code.strip(chr(0))} @ {fps:.0f} fps)"


class _Paced(FrameSource):
    """Shared timing for files: frame i is due at start + i / fps, like a camera would deliver it.

    With `realtime`, a reader that fell behind gets the newest due frame (older ones are skipped,
    as a camera drops them) and a reader that is early waits; the capture time is the due time.
    Without it, every frame is returned at once, stamped with its time in the recording.
    """

    def __init__(
        self, fps: float, realtime: bool, clock: Clock, sleep: Callable[[float], None]
    ) -> None:
        self.fps = fps if fps and math.isfinite(fps) and fps > 0 else 30.0
        self.realtime = realtime
        self._clock, self._sleep = clock, sleep
        self.start_time: float | None = None
        self._next = 0  # index of the next frame not yet handed out

    def _due_index(self) -> tuple[int, float]:
        """Which frame to hand out now, and its capture time."""
        if not self.realtime:
            return self._next, self._next / self.fps
        if self.start_time is None:
            self.start_time = self._clock()
        due = self.start_time + self._next / self.fps
        now = self._clock()
        if now < due:
            self._sleep(due - now)
            return self._next, due
        index = max(self._next, int((now - self.start_time) * self.fps))
        return index, self.start_time + index / self.fps


class VideoFileSource(_Paced):
    """A video file, optionally looped (demos) and paced at the file's frame rate."""

    def __init__(
        self,
        path: str | Path,
        *,
        loop: bool = False,
        realtime: bool = True,
        clock: Clock = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.path = Path(path)
        self.loop = loop
        self._cap: cv2.VideoCapture | None = None
        self._position = 0  # frames consumed from the file in the current pass
        self._done = False
        super().__init__(30.0, realtime, clock, sleep)

    def open(self) -> bool:
        _quiet_opencv()
        cap = cv2.VideoCapture(str(self.path))
        if not cap.isOpened():
            cap.release()
            return False
        self._cap, self._position, self._done = cap, 0, False
        fps = cap.get(cv2.CAP_PROP_FPS)
        self.fps = fps if fps and math.isfinite(fps) and 1 <= fps <= 240 else 30.0
        return True

    def read(self) -> Read:
        if self._cap is None or self._done:
            return False, None, self._clock()
        index, stamp = self._due_index()
        for _ in range(index - self._next):  # frames a camera would have dropped meanwhile
            if self._step(decode=False) is None:
                return self._end()
        frame = self._step(decode=True)
        if frame is None:
            return self._end()
        self._next = index + 1
        return True, frame.copy(), stamp

    def _step(self, *, decode: bool) -> np.ndarray | None:
        """The file's next frame (or a placeholder when only skipping); rewinds when looping."""
        for _ in range(2):
            assert self._cap is not None
            if decode:
                ok, frame = self._cap.read()
            else:
                ok, frame = self._cap.grab(), _SKIPPED
            if ok and frame is not None:
                self._position += 1
                return frame
            if not (self.loop and self._position > 0) or not self._rewind():
                return None
        return None

    def _rewind(self) -> bool:
        """Back to the first frame by reopening: seeking is unreliable in some containers."""
        self.close()
        cap = cv2.VideoCapture(str(self.path))
        self._cap, self._position = cap, 0
        return bool(cap.isOpened())

    def _end(self) -> Read:
        self._done = True
        return False, None, self._clock()

    @property
    def finished(self) -> bool:
        return self._done

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None

    def describe(self) -> str:
        return f"video file {self.path.name} ({self.fps:.0f} fps{', looping' if self.loop else ''})"


def read_image(path: str | Path) -> np.ndarray | None:
    """A BGR image from any path, Korean file names included (cv2.imread cannot on Windows)."""
    try:
        data = np.fromfile(str(path), dtype=np.uint8)
    except OSError:
        return None
    return cv2.imdecode(data, cv2.IMREAD_COLOR) if data.size else None


class ImageFolderSource(_Paced):
    """Images shown one after another, each for `seconds_per_image`, as a camera at `fps` would."""

    def __init__(
        self,
        path: str | Path,
        *,
        loop: bool = True,
        seconds_per_image: float = 2.0,
        fps: float = 15.0,
        realtime: bool = True,
        clock: Clock = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.path = Path(path)
        self.loop = loop
        self.seconds_per_image = seconds_per_image
        self._images: list[np.ndarray] = []
        super().__init__(fps, realtime, clock, sleep)

    def _files(self) -> list[Path]:
        if self.path.is_file():
            return [self.path]
        return sorted(p for p in self.path.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)

    def open(self) -> bool:
        try:
            loaded = [read_image(p) for p in self._files()]
        except OSError:
            return False
        self._images = [img for img in loaded if img is not None]
        self._next, self.start_time = 0, None
        return bool(self._images)

    @property
    def _frames_per_image(self) -> int:
        return max(1, round(self.seconds_per_image * self.fps)) if self.realtime else 1

    def read(self) -> Read:
        if not self._images or self.finished:
            return False, None, self._clock()
        index, stamp = self._due_index()
        shown = index // self._frames_per_image
        if shown >= len(self._images) and not self.loop:
            self._next = len(self._images) * self._frames_per_image
            return False, None, self._clock()
        self._next = index + 1
        return True, self._images[shown % len(self._images)].copy(), stamp

    @property
    def finished(self) -> bool:
        return (
            not self.loop
            and bool(self._images)
            and self._next >= len(self._images) * self._frames_per_image
        )

    def describe(self) -> str:
        looping = ", looping" if self.loop else ""
        return f"image folder {self.path.name} ({len(self._images)} images{looping})"


def open_source(spec: str, *, loop: bool = True, realtime: bool = True) -> FrameSource:
    """The source `--camera SPEC` names: a camera index, a video file, an image folder or file.

    The source is returned unopened: the worker opens it (and reopens a camera that comes back).
    """
    text = spec.strip()
    if text.isdigit():
        return CameraSource(int(text))
    path = Path(text).expanduser()
    if path.is_dir():
        return ImageFolderSource(path, loop=loop, realtime=realtime)
    if path.is_file():
        suffix = path.suffix.lower()
        if suffix in IMAGE_SUFFIXES:
            return ImageFolderSource(path, loop=loop, realtime=realtime)
        if suffix in VIDEO_SUFFIXES or suffix == "":
            return VideoFileSource(path, loop=loop, realtime=realtime)
        raise SourceError(f"not a video or image file: {path}", spec=spec, reason="unsupported")
    raise SourceError(
        f"no camera index, video file or image folder: {spec}", spec=spec, reason="not_found"
    )
