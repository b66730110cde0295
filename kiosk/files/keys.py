"""The organizer's signing key: a PEM file beside the event file, never inside it."""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.domain.refusal import Refused

KEY_SUFFIX = ".key"
MAX_KEY_BYTES = 64 * 1024  # an Ed25519 PEM is about 120 bytes; anything huge is not a key


class KeyProblem(StrEnum):
    MISSING = "missing"
    UNREADABLE = "unreadable"
    NOT_PEM = "not_pem"
    NOT_ED25519 = "not_ed25519"
    NOT_THIS_EVENT = "not_this_event"


class KeyRefused(Refused[KeyProblem], ValueError):
    """The signing key file cannot be used; `problem` says why (the caller chooses the words)."""


def key_path_for(event_file: Path) -> Path:
    return event_file.with_suffix(KEY_SUFFIX)


def write_private_key(path: Path, key: Ed25519PrivateKey) -> None:
    """Write the key readable by its owner only (0600), refusing to overwrite one."""
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(pem)
        handle.flush()
        os.fsync(handle.fileno())


def read_private_key(path: Path) -> Ed25519PrivateKey:
    """The Ed25519 key in a PEM file; KeyRefused when it is missing, unreadable or another kind."""
    raw = _key_bytes(path)
    if b"-----BEGIN" not in raw:
        raise KeyRefused(KeyProblem.NOT_PEM, path)
    try:
        key = serialization.load_pem_private_key(raw, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm) as error:  # TypeError: encrypted
        raise KeyRefused(KeyProblem.NOT_PEM, path, str(error).splitlines()[0]) from error
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyRefused(KeyProblem.NOT_ED25519, path, type(key).__name__)
    return key


def _key_bytes(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_KEY_BYTES)
    except FileNotFoundError as error:
        raise KeyRefused(KeyProblem.MISSING, path) from error
    except OSError as error:  # a directory, no permission
        raise KeyRefused(KeyProblem.UNREADABLE, path, error.strerror or str(error)) from error


def public_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
