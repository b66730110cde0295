"""Frame sources: what `--camera` accepts, videos (looped, paced), image folders, media scans."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from kiosk.scanner.media import MediaError, codes_in_media
from kiosk.scanner.source import (
    CameraSource,
    ImageFolderSource,
    SourceError,
    VideoFileSource,
    open_source,
)
from tests.fakes.camera import FakeClock, scene, ticket

SIZE = (240, 320)


def write_video(path: Path, frames: list[np.ndarray], fps: float = 30.0) -> Path:
    h, w = frames[0].shape[:2]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), fps, (w, h))
    assert writer.isOpened()
    for frame in frames:
        writer.write(frame)
    writer.release()
    return path


def numbered(n: int) -> list[np.ndarray]:
    """Frames whose brightness tells which one it is (MJPG keeps a flat grey level)."""
    return [np.full((*SIZE, 3), 10 + 20 * i, np.uint8) for i in range(n)]


def level(frame: np.ndarray | None) -> int:
    assert frame is not None
    return round((float(frame.mean()) - 10) / 20)


def write_image(path: Path, frame: np.ndarray) -> Path:
    ok, data = cv2.imencode(path.suffix, frame)
    assert ok
    data.tofile(str(path))
    return path


def test_camera_option_takes_an_index_a_video_or_a_folder(tmp_path: Path) -> None:
    video = write_video(tmp_path / "tickets.avi", numbered(3))
    folder = tmp_path / "사진"
    folder.mkdir()
    write_image(folder / "a.png", scene())
    assert isinstance(open_source("0"), CameraSource)
    assert isinstance(open_source(" 2 "), CameraSource)
    assert isinstance(open_source(str(video)), VideoFileSource)
    assert isinstance(open_source(str(folder)), ImageFolderSource)
    assert isinstance(open_source(str(folder / "a.png")), ImageFolderSource)
    with pytest.raises(SourceError) as missing:
        open_source(str(tmp_path / "nothing.avi"))
    assert missing.value.reason == "not_found"
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    with pytest.raises(SourceError) as wrong:
        open_source(str(tmp_path / "notes.txt"))
    assert wrong.value.reason == "unsupported"


def test_a_video_file_plays_once_then_is_finished(tmp_path: Path) -> None:
    source = VideoFileSource(write_video(tmp_path / "v.avi", numbered(5)), realtime=False)
    assert source.open()
    levels = []
    while True:
        ok, frame, _ = source.read()
        if not ok:
            break
        levels.append(level(frame))
    assert levels == [0, 1, 2, 3, 4]
    assert source.finished
    source.close()


def test_a_looping_video_starts_again(tmp_path: Path) -> None:
    source = VideoFileSource(
        write_video(tmp_path / "v.avi", numbered(3)), loop=True, realtime=False
    )
    assert source.open()
    levels = [level(source.read()[1]) for _ in range(7)]
    assert levels == [0, 1, 2, 0, 1, 2, 0]
    assert not source.finished
    source.close()


def test_a_slow_reader_gets_the_newest_frame_not_a_backlog(tmp_path: Path) -> None:
    clock = FakeClock()
    source = VideoFileSource(
        write_video(tmp_path / "v.avi", numbered(10), fps=10), clock=clock, sleep=clock.advance
    )
    assert source.open()
    ok, first, t0 = source.read()
    assert ok and level(first) == 0
    clock.advance(0.45)  # the reader was busy for four and a half frame periods
    ok, frame, stamp = source.read()
    assert level(frame) == 4 and stamp == pytest.approx(t0 + 0.4)
    ok, frame, stamp = source.read()  # early: waits for frame 5 rather than repeating
    assert level(frame) == 5 and clock() == pytest.approx(t0 + 0.5)
    source.close()


def test_frames_are_copies(tmp_path: Path) -> None:
    folder = tmp_path / "imgs"
    folder.mkdir()
    write_image(folder / "1.png", scene())
    source = ImageFolderSource(folder, realtime=False)
    assert source.open()
    _, a, _ = source.read()
    _, b, _ = source.read()
    assert a is not None and b is not None
    a[:] = 0
    assert b.mean() > 0


def test_an_image_folder_shows_each_image_in_turn(tmp_path: Path) -> None:
    folder = tmp_path / "표"
    folder.mkdir()
    for i, frame in enumerate(numbered(3)):
        write_image(folder / f"{i}_입장권.png", frame)
    (folder / "readme.txt").write_text("not an image", encoding="utf-8")
    once = ImageFolderSource(folder, loop=False, realtime=False)
    assert once.open()
    assert [level(once.read()[1]) for _ in range(3)] == [0, 1, 2]
    assert once.read()[0] is False and once.finished
    looped = ImageFolderSource(folder, loop=True, realtime=False)
    assert looped.open()
    assert [level(looped.read()[1]) for _ in range(4)] == [0, 1, 2, 0]


def test_an_empty_folder_does_not_open(tmp_path: Path) -> None:
    assert not ImageFolderSource(tmp_path).open()


def test_a_video_code_that_stays_in_view_is_one_scan(tmp_path: Path) -> None:
    a, b = (
        scene([(ticket(1), (20, 20))], size=(480, 640)),
        scene([(ticket(2), (200, 40))], size=(480, 640)),
    )
    blank = scene(size=(480, 640))
    # A for 1 s, out of view 0.5 s, A again (same stay), gone 4 s, A again (a new scan), then B.
    frames = [a] * 30 + [blank] * 15 + [a] * 15 + [blank] * 120 + [a] * 10 + [b] * 10
    video = write_video(tmp_path / "door.avi", frames)
    scans = list(codes_in_media(video=video))
    assert [s.text for s in scans] == [ticket(1), ticket(1), ticket(2)]
    assert scans[0].frame == 0 and scans[1].at_s == pytest.approx(180 / 30, abs=0.05)


def test_consecutive_images_of_one_code_are_one_scan(tmp_path: Path) -> None:
    a = write_image(tmp_path / "a1.png", scene([(ticket(1), (10, 10))]))
    a2 = write_image(tmp_path / "a2.png", scene([(ticket(1), (60, 40))]))
    blank = write_image(tmp_path / "blank.png", scene())
    both = write_image(tmp_path / "ab.png", scene([(ticket(1), (10, 10)), (ticket(2), (300, 200))]))
    texts = [s.text for s in codes_in_media(images=[a, a2, blank, both])]
    assert texts == [ticket(1), ticket(1), ticket(2)]
    with pytest.raises(MediaError):
        list(codes_in_media(video=tmp_path / "none.avi"))
