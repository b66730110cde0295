"""Decoding files without a camera: `kiosk decode IMAGE...` and `kiosk checkin --image/--video`.

`codes_in_media` treats images and video frames the way the live kiosk treats camera frames:
a code that stays in view is one scan. Images count as consecutive frames one second apart (the
same ticket in two consecutive images is one scan); a video uses its own clock and the live
kiosk's repeat window and decoding settings.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.scanner.decode import LIVE_BUDGET_MS, LIVE_WHOLE_FRAME_EVERY_S, DecodedCode, Decoder
from kiosk.scanner.repeat import REPEAT_WINDOW_S, RepeatGate
from kiosk.scanner.source import VideoFileSource, read_image

WHOLE_FRAME_EVERY_S = LIVE_WHOLE_FRAME_EVERY_S  # as the live worker does


class MediaError(OSError):
    """An image or video that cannot be read. `path` says which."""

    def __init__(self, path: str | Path, what: str) -> None:
        super().__init__(f"cannot read {what}: {path}")
        self.path = str(path)


@dataclass(frozen=True)
class MediaScan:
    """One scan found in a file: the code's text, which file, and where in it."""

    text: str
    file: str
    frame: int  # image number in the list, or frame number in the video
    at_s: float  # seconds into the video (image number for images)
    code: DecodedCode


def decode_image_file(path: str | Path, *, decoder: Decoder | None = None) -> list[DecodedCode]:
    """Every code in one image file (any path, Korean names included). Raises MediaError."""
    image = read_image(path)
    if image is None:
        raise MediaError(path, "image")
    return (decoder or Decoder()).decode(image)


def decode_files(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    """`kiosk decode --json` rows: {"file", "codes", "ms"}; unreadable files add "error"."""
    decoder = Decoder()
    rows: list[dict[str, Any]] = []
    for path in paths:
        image = read_image(path)
        if image is None:
            rows.append({"file": str(path), "codes": [], "ms": 0.0, "error": "unreadable"})
            continue
        start = time.perf_counter()
        codes = decoder.decode(image)
        ms = (time.perf_counter() - start) * 1000
        rows.append({"file": str(path), "codes": [c.text for c in codes], "ms": round(ms, 2)})
    return rows


def codes_in_media(
    *,
    images: Iterable[str | Path] = (),
    video: str | Path | None = None,
    repeat_window_s: float = REPEAT_WINDOW_S,
    decoder: Decoder | None = None,
) -> Iterator[MediaScan]:
    """Each code once per stay in view, in the order the scans happen. Raises MediaError."""
    decoder = decoder or Decoder()
    if video is not None:
        yield from _video_scans(Path(video), repeat_window_s, decoder)
    images = list(images)
    if images:
        yield from _image_scans(images, decoder)


def _image_scans(paths: list[str | Path], decoder: Decoder) -> Iterator[MediaScan]:
    repeats = RepeatGate(window_s=1.0)  # images are frames one second apart
    for number, path in enumerate(paths):
        for code in decode_image_file(path, decoder=decoder):
            if repeats.new_scan(code.text, float(number)):
                yield MediaScan(code.text, str(path), number, float(number), code)


def _video_scans(path: Path, window_s: float, decoder: Decoder) -> Iterator[MediaScan]:
    source = VideoFileSource(path, loop=False, realtime=False)
    if not source.open():
        raise MediaError(path, "video")
    repeats = RepeatGate(window_s)
    last_whole = -WHOLE_FRAME_EVERY_S
    number = 0
    try:
        while True:
            ok, frame, at = source.read()
            if not ok or frame is None:
                break
            whole = at - last_whole >= WHOLE_FRAME_EVERY_S
            codes = decoder.decode(frame, budget_ms=LIVE_BUDGET_MS, whole_frame=whole)
            last_whole = at if whole else last_whole
            yield from _new_scans(codes, repeats, str(path), number, at)
            number += 1
    finally:
        source.close()


def _new_scans(
    codes: list[DecodedCode], repeats: RepeatGate, file: str, number: int, at: float
) -> Iterator[MediaScan]:
    for code in codes:
        if repeats.new_scan(code.text, at):
            yield MediaScan(code.text, file, number, at, code)
