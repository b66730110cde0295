"""Where the kiosk keeps its files, and every default setting in one place.

The data directory comes from `--data-dir`, else `KIOSK_DATA_DIR`, else the platform's user data
directory. It holds this machine's kiosk id, the settings file, the event files and the logs.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import tomllib
import uuid
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "kiosk"
SETTINGS_FILE = "settings.toml"
KIOSK_ID_FILE = "kiosk-id"
CURRENT_EVENT_FILE = "current-event"


@dataclass(frozen=True)
class Settings:
    """Every tunable of the kiosk, with its default. `settings.toml` overrides any of them."""

    door: str = "출입구 1"
    language: str = "ko"
    sound: bool = True
    camera: str = "0"
    camera_width: int = 1280
    camera_height: int = 720
    banner_seconds: float = 1.4  # a green result: short, so the queue flows
    problem_banner_seconds: float = 3.0  # anything else: long enough to read what to do
    repeat_suppress_seconds: float = 3.0
    idle_seconds: float = 30.0
    operator_idle_seconds: float = 60.0
    volunteer_idle_seconds: float = 90.0  # the volunteer unlock closes after this long unused
    pin_max_failures: int = 5
    pin_lockout_seconds: int = 60  # the first lockout; each next one doubles, 15 min at most
    busy_timeout_ms: int = 2000
    decode_budget_ms: float = 25.0
    search_results: int = 8
    log_max_bytes: int = 2_000_000
    log_backups: int = 5
    sync_enabled: bool = False  # live sync between the doors (kiosk.sync) inside `kiosk run`
    sync_listen: str = ""  # HOST:PORT the sync engine listens on ("": its default)
    sync_lan_discovery: bool = True  # peers find each other on the venue LAN (tests: off)

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **changes)


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data directory, created if missing."""
    chosen = override or os.environ.get("KIOSK_DATA_DIR")
    path = Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def load_settings(directory: Path) -> Settings:
    """Settings from `settings.toml`; unknown keys are ignored, a broken file gives defaults."""
    path = directory / SETTINGS_FILE
    try:
        values = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
        logging.getLogger(__name__).warning("settings file %s unreadable; using defaults", path)
        return Settings()
    defaults = Settings()
    chosen: dict[str, Any] = {}
    for key, value in values.items():
        coerced = _coerce(getattr(defaults, key, None), value)
        if coerced is not None:
            chosen[key] = coerced
    return replace(defaults, **chosen)


def _coerce(default: object, value: object) -> object | None:
    """The value in the default's type, or None when it does not fit (or the key is unknown)."""
    if default is None or isinstance(value, bool) != isinstance(default, bool):
        return None
    if isinstance(default, float) and isinstance(value, int | float):
        return float(value)
    return value if type(value) is type(default) else None


def save_settings(directory: Path, settings: Settings) -> None:
    """Write the settings that differ from the defaults (atomically)."""
    defaults = asdict(Settings())
    lines = [
        f"{key} = {_toml_value(value)}"
        for key, value in asdict(settings).items()
        if value != defaults[key]
    ]
    target = directory / SETTINGS_FILE
    temporary = target.with_suffix(".tmp")
    temporary.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.replace(temporary, target)


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def kiosk_id(directory: Path) -> str:
    """This machine's kiosk id: random, made once, kept in the data directory (never the event)."""
    path = directory / KIOSK_ID_FILE
    try:
        existing = path.read_text(encoding="ascii").strip()
    except (FileNotFoundError, UnicodeDecodeError):
        existing = ""
    if len(existing) == 16 and all(c in "0123456789abcdef" for c in existing):
        return existing
    new = uuid.uuid4().hex[:16]
    path.write_text(new + "\n", encoding="ascii")
    return new


def events_dir(directory: Path) -> Path:
    path = directory / "events"
    path.mkdir(parents=True, exist_ok=True)
    return path


def current_event_path(directory: Path) -> Path | None:
    """The event file the kiosk opens when none is named, if one was chosen before."""
    try:
        text = (directory / CURRENT_EVENT_FILE).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return Path(text) if text else None


def set_current_event(directory: Path, event_file: Path) -> None:
    (directory / CURRENT_EVENT_FILE).write_text(str(event_file.resolve()) + "\n", encoding="utf-8")


def setup_logging(directory: Path, settings: Settings, verbose: bool = False) -> Path:
    """A rotating log file in the data directory; warnings also go to stderr."""
    logs = directory / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    log_file = logs / "kiosk.log"
    root = logging.getLogger()
    if any(getattr(h, "_kiosk", False) for h in root.handlers):
        return log_file
    handler = logging.handlers.RotatingFileHandler(
        log_file,
        maxBytes=settings.log_max_bytes,
        backupCount=settings.log_backups,
        encoding="utf-8",
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._kiosk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return log_file
