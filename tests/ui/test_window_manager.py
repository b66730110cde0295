"""Kiosk mode under a real window manager: Openbox on Xvfb, the real `kiosk run --fullscreen`.

A finger or a keyboard reached the desktop under Openbox: minimize, the desktop keys, and the
window never came back. Here xdotool minimizes and unmaps the kiosk window and presses the
window manager's keys; within 1.5 s the window must be mapped, not iconified and full screen.
Every process is started here and killed here by its handle; every wait is bounded.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

TOOLS = ("Xvfb", "openbox", "xdotool", "xprop", "xwininfo")
MISSING = [tool for tool in TOOLS if shutil.which(tool) is None]
pytestmark = pytest.mark.skipif(
    bool(MISSING) or not sys.platform.startswith("linux"),
    reason=f"needs {' '.join(MISSING) or 'Linux'} "
    "(Debian: apt-get install openbox xvfb xdotool x11-utils)",
)

# Openbox's usual desktop keys, so that pressing them would hide the kiosk if they got through.
OPENBOX_RC = """<?xml version="1.0" encoding="UTF-8"?>
<openbox_config xmlns="http://openbox.org/3.4/rc">
  <focus><focusNew>yes</focusNew></focus>
  <keyboard>
    <keybind key="W-d"><action name="ToggleShowDesktop"/></keybind>
    <keybind key="A-Tab"><action name="NextWindow"/></keybind>
    <keybind key="A-space"><action name="ShowMenu"><menu>client-menu</menu></action></keybind>
  </keyboard>
</openbox_config>
"""


def wait_for(check: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return check()


def x(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=5, check=False)
    return done.stdout


def start(args: list[str], env: dict[str, str] | None, log: Path, **kw) -> subprocess.Popen:
    with log.open("wb") as out:
        return subprocess.Popen(args, env=env, stdout=out, stderr=subprocess.STDOUT, **kw)


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[tuple[dict[str, str], list[subprocess.Popen]]]:
    """Xvfb on a display number it picks itself, Openbox with its own config (no autostart)."""
    started: list[subprocess.Popen] = []
    read, write = os.pipe()
    try:
        xvfb = start(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            None,
            tmp_path / "xvfb.log",
            pass_fds=(write,),
        )
        started.append(xvfb)
        os.close(write)
        if not wait_for(lambda: xvfb.poll() is not None or _readable(read), 10):
            pytest.fail("Xvfb did not start within 10 s")
        display = os.read(read, 16).decode().strip()
        env = {**os.environ, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb"}
        rc = tmp_path / "rc.xml"
        rc.write_text(OPENBOX_RC)
        started.append(start(["openbox", "--config-file", str(rc)], env, tmp_path / "ob.log"))
        if not wait_for(lambda: "_NET_SUPPORTING_WM_CHECK(WINDOW)" in x(env, "xprop", "-root"), 10):
            pytest.fail("Openbox did not start within 10 s")
        yield env, started
    finally:
        os.close(read)
        for process in reversed(started):
            process.kill()
            process.wait(timeout=5)


def _readable(fd: int) -> bool:
    import select

    return bool(select.select([fd], [], [], 0)[0])


def held(env: dict[str, str], window: str) -> bool:
    """Mapped, not iconified, full screen over the whole 1280x800 screen."""
    props = x(env, "xprop", "-id", window, "_NET_WM_STATE", "WM_STATE")
    info = x(env, "xwininfo", "-id", window)
    return (
        "_NET_WM_STATE_FULLSCREEN" in props
        and "_NET_WM_STATE_HIDDEN" not in props
        and "window state: Normal" in props
        and "IsViewable" in info
        and "Width: 1280" in info
        and "Height: 800" in info
    )


def test_the_kiosk_comes_back_full_screen_whatever_the_window_manager_does(
    desktop, tmp_path: Path
) -> None:
    env, started = desktop
    camera = tmp_path / "camera"  # an empty image folder: the kiosk runs without a camera
    camera.mkdir()
    args = [sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path / "data")]
    kiosk = start(
        [*args, "run", "--fullscreen", "--camera", str(camera)], env, tmp_path / "kiosk.log"
    )
    started.append(kiosk)
    windows: list[str] = []

    def shown() -> bool:
        windows[:] = x(env, "xdotool", "search", "--onlyvisible", "--class", "kiosk").split()
        return bool(windows) and held(env, windows[-1])

    assert wait_for(shown, 20), (tmp_path / "kiosk.log").read_text()[-2000:]
    window = windows[-1]
    for action in (
        ["windowminimize", window],
        ["windowunmap", window],
        ["key", "super+d"],
        ["key", "alt+Tab"],
        ["windowminimize", window],
    ):
        x(env, "xdotool", *action)
        time.sleep(0.3)
        assert wait_for(lambda: held(env, window), 1.5), f"not restored after {action}"
    assert kiosk.poll() is None  # still running: nothing closed it
