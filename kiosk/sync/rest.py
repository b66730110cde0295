"""A small client for the Syncthing engine's REST API: 127.0.0.1 only, every call bounded.

Only what the kiosk needs: its own device id, pairing devices, send-only and receive-only
folders, an immediate rescan after a publish, and the state of links and folders. Errors come
back as one `RestError` (the engine is down, slow, or refused the call), never as urllib's own.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

TIMEOUT_S = 5.0
LOOPBACK = "127.0.0.1"
SEND_ONLY = "sendonly"
RECEIVE_ONLY = "receiveonly"


class RestError(Exception):
    """The engine did not answer, or answered with an error."""


@dataclass(frozen=True)
class RestClient:
    port: int
    api_key: str
    timeout_s: float = TIMEOUT_S

    # -- the calls the kiosk makes ---------------------------------------------------------

    def ping(self, timeout_s: float | None = None) -> bool:
        try:
            answer = self._call("GET", "/rest/system/ping", timeout_s=timeout_s)
            return bool(answer == {"ping": "pong"})
        except RestError:
            return False

    def version(self) -> str:
        return str(self._call("GET", "/rest/system/version")["version"])

    def my_id(self) -> str:
        return str(self._call("GET", "/rest/system/status")["myID"])

    def add_device(
        self, device_id: str, name: str, addresses: Iterable[str] = ("dynamic",), **extra: Any
    ) -> None:
        """Add or replace a paired device (`addresses` such as tcp://127.0.0.1:22001)."""
        body = {"deviceID": device_id, "name": name, "addresses": list(addresses), **extra}
        self._call("PUT", f"/rest/config/devices/{_quote(device_id)}", body)

    def devices(self) -> list[dict[str, Any]]:
        return list(self._call("GET", "/rest/config/devices"))

    def modify_device(self, device_id: str, **fields: Any) -> None:
        """Change some fields of a device (e.g. name=..., introducer=True)."""
        self._call("PATCH", f"/rest/config/devices/{_quote(device_id)}", fields)

    def pending_devices(self) -> dict[str, dict[str, Any]]:
        """Devices that tried to connect and are not paired: id -> {"name", "address", "time"}."""
        return dict(self._call("GET", "/rest/cluster/pending/devices") or {})

    def pending_folders(self) -> dict[str, dict[str, Any]]:
        """Folders paired devices offer that are not set up: id -> {"offeredBy": {device: ...}}."""
        return dict(self._call("GET", "/rest/cluster/pending/folders") or {})

    def add_folder(
        self, folder_id: str, path: str, kind: str, devices: Iterable[str], **extra: Any
    ) -> None:
        """Add or replace a folder, `kind` SEND_ONLY or RECEIVE_ONLY, shared with `devices`."""
        body = {
            "id": folder_id,
            "label": folder_id,
            "path": path,
            "type": kind,
            "devices": [{"deviceID": d} for d in devices],
            "fsWatcherEnabled": True,
            "fsWatcherDelayS": 1,
            "rescanIntervalS": 60,
            "maxConflicts": 0,  # a hand-edited receive-only copy loses to its owner, no copy kept
            **extra,
        }
        self._call("PUT", f"/rest/config/folders/{_quote(folder_id)}", body)

    def modify_folder(self, folder_id: str, **fields: Any) -> None:
        """Change some fields of a folder (e.g. devices=[{"deviceID": ...}], paused=True)."""
        self._call("PATCH", f"/rest/config/folders/{_quote(folder_id)}", fields)

    def folders(self) -> list[dict[str, Any]]:
        return list(self._call("GET", "/rest/config/folders"))

    def scan(self, folder_id: str, sub: str | None = None) -> None:
        """Rescan a folder (or one path in it) now instead of waiting for the file watcher."""
        query = {"folder": folder_id} | ({"sub": sub} if sub else {})
        self._call("POST", "/rest/db/scan?" + urllib.parse.urlencode(query))

    def revert(self, folder_id: str) -> None:
        """A receive-only folder made like its owners' copy again (files changed or gone here)."""
        self._call("POST", "/rest/db/revert?" + urllib.parse.urlencode({"folder": folder_id}))

    def connections(self) -> dict[str, dict[str, Any]]:
        """Device id -> {"connected": bool, "address": ..., ...} for every paired device."""
        return dict(self._call("GET", "/rest/system/connections")["connections"])

    def discovery(self) -> dict[str, Any]:
        """Device id -> addresses of every device discovery has heard (LAN announcements)."""
        return dict(self._call("GET", "/rest/system/discovery"))

    def file(self, folder_id: str, name: str, timeout_s: float | None = None) -> dict[str, Any]:
        """The engine's index entry of one file: {"local": {"modifiedBy", "size", ...}, ...}."""
        query = urllib.parse.urlencode({"folder": folder_id, "file": name})
        return dict(self._call("GET", "/rest/db/file?" + query, timeout_s=timeout_s))

    def folder_status(self, folder_id: str) -> dict[str, Any]:
        query = urllib.parse.urlencode({"folder": folder_id})
        return dict(self._call("GET", "/rest/db/status?" + query))

    def shutdown(self) -> None:
        self._call("POST", "/rest/system/shutdown")

    # -- the one way a request is made ---------------------------------------------------------

    def _call(
        self, method: str, path: str, body: object = None, timeout_s: float | None = None
    ) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"http://{LOOPBACK}:{self.port}{path}", data=data, method=method
        )
        request.add_header("X-API-Key", self.api_key)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with _OPENER.open(request, timeout=timeout_s or self.timeout_s) as response:
                text = response.read().decode()
        except urllib.error.HTTPError as e:
            detail = e.read().decode(errors="replace").strip()[:200]
            raise RestError(f"{method} {path}: HTTP {e.code} {detail}") from e
        except (OSError, ValueError) as e:  # refused, reset, timed out
            raise RestError(f"{method} {path}: {e}") from e
        try:
            return json.loads(text) if text.strip() else None
        except json.JSONDecodeError as e:
            raise RestError(f"{method} {path}: not JSON: {text[:80]!r}") from e


def _quote(part: str) -> str:
    return urllib.parse.quote(part, safe="")


# No proxy from the environment: the engine is on the loopback interface, always.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
