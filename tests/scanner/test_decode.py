"""The kiosk's decoder: reads what the best library reads, several codes, nothing from noise."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

from kiosk.scanner import engines
from kiosk.scanner.decode import Decoder, decode, decoder_status
from kiosk.scanner.media import MediaError, decode_files, decode_image_file
from tests.fakes.camera import qr_image, scene, ticket

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp"}
REPO = Path(__file__).resolve().parents[2]


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").strip()


def _labels(image: Path) -> list[str]:
    txt, js = image.with_suffix(".txt"), image.with_name(image.stem + ".codes.json")
    if txt.exists():
        return [_norm(txt.read_text(encoding="utf-8"))]
    if js.exists():
        data = json.loads(js.read_text(encoding="utf-8"))
        return [_norm(t) for t in (data if isinstance(data, list) else data.get("known_codes", []))]
    return []


def _raw_zxing(gray: np.ndarray) -> set[str]:
    import zxingcpp

    return {
        _norm(r.text)
        for r in zxingcpp.read_barcodes(gray, formats=zxingcpp.BarcodeFormat.QRCodeModel2)
    }


def _raw_zbar(gray: np.ndarray) -> set[str]:
    return {_norm(c.text) for c in engines.read_zbar(gray)}


def _folders(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.is_dir())


def test_reads_at_least_as_many_real_photos_as_each_library(qr_real: Path) -> None:
    for folder in _folders(qr_real):
        ours = zxing = zbar = 0
        for image in sorted(p for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES):
            expected = _labels(image)
            frame = cv2.imdecode(np.fromfile(str(image), np.uint8), cv2.IMREAD_COLOR)
            gray = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
            got = {_norm(c.text) for c in decode(frame)}
            assert got <= set(expected), (
                f"{image.name}: read {got - set(expected)} that is not there"
            )
            ours += len(got & set(expected))
            zxing += len(_raw_zxing(gray) & set(expected))
            zbar += len(_raw_zbar(gray) & set(expected))
        assert ours >= zxing, f"{folder.name}: kiosk {ours} < zxing-cpp {zxing}"
        assert ours >= zbar, f"{folder.name}: kiosk {ours} < pyzbar {zbar}"


def test_photos_without_a_code_give_nothing(qr_real: Path) -> None:
    negatives = qr_real / "zxing-falsepositives-2"
    if not negatives.is_dir():
        pytest.skip("no negative folder")
    for image in sorted(negatives.iterdir()):
        if image.suffix.lower() in IMAGE_SUFFIXES:
            assert decode_image_file(image) == [], image.name


def test_several_codes_in_one_frame_each_with_its_position() -> None:
    places = {ticket(1): (20, 20), ticket(2): (260, 30), ticket(3): (100, 250)}
    frame = scene(list(places.items()), size=(480, 520), ppm=4)
    codes = decode(frame)
    assert sorted(c.text for c in codes) == sorted(places)
    side = qr_image(ticket(1), 4).shape[0]
    for code in codes:
        x, y = places[code.text]
        cx = sum(p[0] for p in code.corners) / 4
        cy = sum(p[1] for p in code.corners) / 4
        assert abs(cx - (x + side / 2)) < 8 and abs(cy - (y + side / 2)) < 8
        assert len(code.corners) == 4


@pytest.mark.parametrize(
    "frame",
    [
        np.zeros((720, 1280, 3), np.uint8),
        np.full((480, 640, 3), 255, np.uint8),
        np.random.default_rng(3).integers(0, 256, (480, 640, 3), dtype=np.uint8),
        np.zeros((1, 1), np.uint8),
    ],
    ids=["black-720p", "white", "noise", "one-pixel"],
)
def test_garbage_frames_give_nothing(frame: np.ndarray) -> None:
    assert decode(frame) == []


def test_gray_and_bgra_frames_work_too() -> None:
    bgr = scene([(ticket(5), (10, 10))])
    assert [c.text for c in decode(cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY))] == [ticket(5)]
    assert [c.text for c in decode(cv2.cvtColor(bgr, cv2.COLOR_BGR2BGRA))] == [ticket(5)]


def test_an_inverted_code_on_a_dark_screen_is_read() -> None:
    frame = 255 - scene([(ticket(6), (30, 30))])
    assert [c.text for c in decode(frame)] == [ticket(6)]


def test_a_blurred_code_zxing_alone_misses_is_read_by_the_retries() -> None:
    frame = cv2.GaussianBlur(scene([(ticket(7), (40, 40))], ppm=3), (0, 0), 1.5)
    primary, _ = engines.read_zxing(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY))
    assert primary == []  # the plain zxing-cpp pass gives up on this blur
    codes = decode(frame)
    assert [c.text for c in codes] == [ticket(7)]
    assert codes[0].engine.endswith("/unsharp")


def test_retries_stay_within_the_time_budget() -> None:
    """With no time left, only the first pass runs: what needs retries waits for a later frame."""
    blurred = cv2.GaussianBlur(scene([(ticket(7), (40, 40))], ppm=3), (0, 0), 1.5)
    sharp = scene([(ticket(8), (40, 40))])
    assert decode(blurred, budget_ms=0) == []
    assert [c.text for c in decode(sharp, budget_ms=0)] == [ticket(8)]
    assert [c.text for c in decode(blurred)] == [ticket(7)]


def test_works_on_zxing_alone() -> None:
    decoder = Decoder(use_zbar=False)
    assert [c.text for c in decoder.decode(scene([(ticket(8), (10, 10))]))] == [ticket(8)]


def test_without_libzbar_the_kiosk_still_decodes_and_says_so() -> None:
    """A machine without libzbar: `import pyzbar.pyzbar` raises ImportError there."""
    script = (
        "import sys; sys.modules['pyzbar.pyzbar'] = None\n"
        "from kiosk.scanner.decode import decode, decoder_status\n"
        "from tests.fakes.camera import scene, ticket\n"
        "s = decoder_status()\n"
        "codes = decode(scene([(ticket(9), (10, 10))]))\n"
        "ok = [c.text == ticket(9) for c in codes]\n"
        "print(s.zbar, s.zxing, bool(s.zbar_problem), s.engines, ok)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.split("\n")[0] == "False True True ['zxing-cpp'] [True]"


def test_status_lists_the_engines_here() -> None:
    status = decoder_status()
    assert status.zxing and status.usable
    assert "zxing-cpp" in status.engines
    assert status.zbar == engines.zbar_available()


def test_image_files_with_korean_names(tmp_path: Path) -> None:
    path = tmp_path / "입장권 김하늘.png"
    ok, data = cv2.imencode(".png", scene([(ticket(10), (10, 10))]))
    assert ok
    data.tofile(str(path))
    assert [c.text for c in decode_image_file(path)] == [ticket(10)]
    rows = decode_files([path, tmp_path / "없음.png"])
    assert rows[0]["file"] == str(path) and rows[0]["codes"] == [ticket(10)] and rows[0]["ms"] >= 0
    assert rows[1]["codes"] == [] and rows[1]["error"] == "unreadable"
    with pytest.raises(MediaError):
        decode_image_file(tmp_path / "없음.png")
