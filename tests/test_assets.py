"""The shipped assets: the Korean font, the outcome sounds, the icon, and the frozen-app hooks."""

from __future__ import annotations

import array
import importlib.util
import itertools
import sys
import types
import wave
from pathlib import Path

import pytest

from kiosk import resources

RARE_SYLLABLES = "똠뷁꿻햏쀍"
FIRST_SYLLABLE, LAST_SYLLABLE = 0xAC00, 0xD7A3


def test_font_exists_and_is_ofl_licensed() -> None:
    font = resources.font_path()
    assert font.is_file() and font.stat().st_size > 1_000_000
    licence = (font.parent / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Adobe" in licence


def test_font_has_every_hangul_syllable(qapp: object) -> None:
    """A name with a rare syllable (똠, 뷁, 꿻) must not render blank or as a box."""
    from PySide6.QtGui import QRawFont

    raw = QRawFont(str(resources.font_path()), 24)
    assert raw.isValid() and raw.familyName() == "Noto Sans KR"
    missing = [
        chr(c) for c in range(FIRST_SYLLABLE, LAST_SYLLABLE + 1) if not raw.supportsCharacter(c)
    ]
    assert missing == []
    # supportsCharacter only reads the cmap; also check the glyphs have outlines.
    for ch in RARE_SYLLABLES:
        (glyph,) = raw.glyphIndexesForString(ch)
        assert not raw.pathForGlyph(glyph).isEmpty(), ch


def test_app_font_renders_rare_syllables(qapp: object) -> None:
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    font_id = QFontDatabase.addApplicationFont(str(resources.font_path()))
    assert font_id >= 0
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    metrics = QFontMetrics(QFont(family, 14))
    assert all(metrics.inFontUcs4(ord(c)) for c in "출석확인홍길동님" + RARE_SYLLABLES)


def _read_wav(name: str) -> tuple[tuple[int, int, int], array.array[int]]:
    """(channels, sample width, rate) and the samples of one outcome sound."""
    with wave.open(str(resources.sound_path(name)), "rb") as wav:
        fmt = (wav.getnchannels(), wav.getsampwidth(), wav.getframerate())
        samples = array.array("h", wav.readframes(wav.getnframes()))
    return fmt, samples


def _pitch_hz(samples: array.array[int], rate: int = 44_100) -> float:
    """Rough pitch from zero crossings; enough to tell a chime from a buzz."""
    crossings = sum(1 for a, b in itertools.pairwise(samples) if (a < 0) != (b < 0))
    return crossings * rate / (2 * len(samples))


@pytest.mark.parametrize("name", resources.SOUND_NAMES)
def test_sounds_are_short_clean_wavs(name: str) -> None:
    fmt, samples = _read_wav(name)
    assert fmt == (1, 2, 44_100)
    assert 0.15 < len(samples) / 44_100 < 1.0
    peak = max(abs(s) for s in samples)
    assert 8_000 < peak < 32_000, "audible but not clipped"
    assert abs(samples[0]) < 500 and abs(samples[-1]) < 500, "fades in and out (no click)"


def test_sounds_are_told_apart_by_ear() -> None:
    """Accepted rises in pitch, warning is a double beep, error is a low, longer buzz."""
    ok, warn, err = (_read_wav(n)[1] for n in ("accepted", "warning", "error"))
    half = len(ok) // 2
    assert _pitch_hz(ok[half:]) > 1.2 * _pitch_hz(ok[:half])
    gap = warn[len(warn) * 9 // 20 : len(warn) * 11 // 20]
    assert max(abs(s) for s in gap) == 0, "silence between the two beeps"
    assert _pitch_hz(err) < 0.5 * _pitch_hz(ok)
    assert len(err) > len(ok)


def test_icon_files(qapp: object) -> None:
    from PySide6.QtGui import QIcon, QImage

    image = QImage(str(resources.icon_path()))
    assert (image.width(), image.height()) == (256, 256)
    sizes = {size.width() for size in QIcon(str(resources.icon_path("ico"))).availableSizes()}
    assert {16, 32, 48, 256} <= sizes


def test_assets_dir_prefers_bundle_when_frozen(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(resources.ASSETS_ENV, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert resources.is_frozen()
    assert resources.assets_dir() == tmp_path / "assets"
    assert resources.sound_path("error") == tmp_path / "assets" / "sounds" / "error.wav"


def test_assets_dir_from_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(resources.ASSETS_ENV, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert (resources.assets_dir() / "fonts").is_dir()
    with pytest.raises(ValueError):
        resources.sound_path("fanfare")


def _load_hook() -> types.ModuleType:
    """Import packaging/pyi_rth_zbar.py as a module; not frozen, so it installs nothing."""
    path = Path(__file__).resolve().parent.parent / "packaging" / "pyi_rth_zbar.py"
    spec = importlib.util.spec_from_file_location("pyi_rth_zbar_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_zbar_hook_hands_out_the_bundled_library(tmp_path: Path) -> None:
    """Frozen: pyzbar's find_library('zbar') gets the libzbar inside the bundle."""
    hook = _load_hook()
    (tmp_path / "libzbar.so.0").write_bytes(b"")
    asked: list[str] = []
    fake_util = types.SimpleNamespace(find_library=lambda name: asked.append(name) or None)
    fake_sys = types.SimpleNamespace(_MEIPASS=str(tmp_path), frozen=True)

    assert hook.install(fake_util, fake_sys) == str(tmp_path / "libzbar.so.0")
    assert fake_util.find_library("zbar") == str(tmp_path / "libzbar.so.0")
    assert fake_util.find_library("c") is None and asked == ["c"], "other names pass through"


def test_zbar_hook_finds_windows_dll_in_pyzbar_folder(tmp_path: Path) -> None:
    hook = _load_hook()
    (tmp_path / "pyzbar").mkdir()
    (tmp_path / "pyzbar" / "libzbar-64.dll").write_bytes(b"")
    assert hook.bundled_zbar(str(tmp_path)) == str(tmp_path / "pyzbar" / "libzbar-64.dll")


def test_zbar_hook_leaves_unfrozen_or_empty_bundles_alone(tmp_path: Path) -> None:
    import ctypes.util

    before = ctypes.util.find_library
    hook = _load_hook()
    assert ctypes.util.find_library is before, "importing the hook outside a bundle patches nothing"
    original = lambda name: f"/usr/lib/lib{name}.so"  # noqa: E731
    not_frozen = types.SimpleNamespace(find_library=original)
    assert hook.install(not_frozen, types.SimpleNamespace()) is None
    assert not_frozen.find_library is original
    empty_bundle = types.SimpleNamespace(find_library=original)
    assert hook.install(empty_bundle, types.SimpleNamespace(_MEIPASS=str(tmp_path))) is None
    assert empty_bundle.find_library("zbar") == "/usr/lib/libzbar.so"
