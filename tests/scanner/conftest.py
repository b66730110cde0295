"""Scanner tests must not leave threads behind: a running QThread after a test is a failure."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.fakes.camera import FakeClock
from tests.threads import no_dangling_threads

__all__ = ["no_dangling_threads"]  # autouse: no test here leaves a thread running


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def qr_real() -> Path:
    """The real photo set (../shared/qr-real, or QR_REAL_DIR); tests using it skip without it."""
    default = Path(__file__).resolve().parents[2].parent / "shared" / "qr-real"
    root = Path(os.environ.get("QR_REAL_DIR", default))
    if not root.is_dir():
        pytest.skip(f"real QR photo set not found at {root}")
    return root
