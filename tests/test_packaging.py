"""The wheel carries the assets, so an installed kiosk has its font, translations and sounds."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import kiosk
from kiosk import resources

ROOT = Path(__file__).resolve().parents[1]
BUILD_TIMEOUT_S = 120


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel `uv build` makes from this checkout (offline: hatchling comes from uv's cache)."""
    uv = os.environ.get("UV") or shutil.which("uv")
    if uv is None:
        pytest.skip("uv is not installed, so the wheel cannot be built here")
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [uv, "build", "--wheel", "--offline", "--out-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        check=False,
    )
    if result.returncode != 0 and "offline" in result.stderr.lower():
        pytest.skip(f"the build backend is not in uv's cache (offline):\n{result.stderr}")
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = out.glob("kiosk-*.whl")
    return built


def test_the_wheel_holds_the_font_translations_sounds_and_icon(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        f"kiosk/assets/fonts/{resources.FONT_FILE}",
        "kiosk/assets/fonts/OFL.txt",
        "kiosk/assets/translations/kiosk_ko.qm",
        "kiosk/assets/icons/kiosk.png",
        *(f"kiosk/assets/sounds/{name}.wav" for name in resources.SOUND_NAMES),
    }
    assert expected <= names, sorted(expected - names)
    sources = [n for n in names if n.startswith("kiosk/assets/") and n.endswith((".py", ".ts"))]
    assert sources == [], "generator scripts and translation sources stay in the repository"


def test_the_wheel_carries_the_one_version_number(wheel: Path) -> None:
    assert wheel.name.startswith(f"kiosk-{kiosk.__version__}-")


def test_an_installed_kiosk_finds_its_assets_inside_the_package(
    wheel: Path, tmp_path: Path
) -> None:
    """Unpacked as an installer would, the kiosk looks in its own folder, not a checkout's."""
    site = tmp_path / "site-packages"
    zipfile.ZipFile(wheel).extractall(site)
    probe = (
        "import kiosk.resources as r;"
        "print(r.assets_dir()); print(r.font_path().is_file());"
        "print(r.sound_path('error').is_file());"
        "print((r.translations_dir() / 'kiosk_ko.qm').is_file())"
    )
    env = {k: v for k, v in os.environ.items() if k != resources.ASSETS_ENV}
    env["PYTHONPATH"] = str(site)
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(site / "kiosk" / "assets"), "True", "True", "True"]
