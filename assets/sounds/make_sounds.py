"""Generate the three outcome sounds (accepted, warning, error) as small WAV files.

Rerun with ``python assets/sounds/make_sounds.py``; the output is deterministic, so the
committed files only change when this script does. Standard library only (wave, math, struct).
Format: 16-bit mono PCM at 44.1 kHz, peak well below full scale, short fades so nothing clicks.
"""

from __future__ import annotations

import math
import struct
import wave
from collections.abc import Callable, Sequence
from pathlib import Path

RATE = 44_100
PEAK = 0.6  # fraction of full scale: loud enough in a hall, never clipped
FADE_S = 0.008

Tone = tuple[float, float, Sequence[tuple[int, float]]]  # (Hz, seconds, [(harmonic, weight)])


def _envelope(i: int, n: int, decay: float) -> float:
    """Linear fade in/out plus an optional exponential decay (a bell-like tail)."""
    fade = int(FADE_S * RATE)
    edge = min(1.0, i / fade, (n - 1 - i) / fade)
    return max(0.0, edge) * math.exp(-decay * i / RATE)


def _tone(
    freq: float, seconds: float, partials: Sequence[tuple[int, float]], decay: float
) -> list[float]:
    n = int(seconds * RATE)
    total = sum(w for _, w in partials)
    return [
        _envelope(i, n, decay)
        * sum(w * math.sin(2 * math.pi * freq * h * i / RATE) for h, w in partials)
        / total
        for i in range(n)
    ]


def _silence(seconds: float) -> list[float]:
    return [0.0] * int(seconds * RATE)


def accepted() -> list[float]:
    """A rising two-tone chime (E5 then A5), soft bell timbre, ~250 ms: 'you are in'."""
    bell = [(1, 1.0), (2, 0.25), (3, 0.08)]
    return _tone(659.25, 0.105, bell, decay=6.0) + _tone(880.0, 0.145, bell, decay=9.0)


def warning() -> list[float]:
    """A neutral double beep at one pitch (D5), ~250 ms: 'look at the screen'."""
    beep = [(1, 1.0), (3, 0.1)]
    return _tone(587.33, 0.09, beep, 0.0) + _silence(0.07) + _tone(587.33, 0.09, beep, 0.0)


def error() -> list[float]:
    """A low buzz (band-limited square at 140 Hz), ~400 ms: 'not accepted'."""
    square = [(h, 1.0 / h) for h in range(1, 16, 2)]
    return _tone(140.0, 0.40, square, decay=1.5)


SOUNDS: dict[str, Callable[[], list[float]]] = {
    "accepted": accepted,
    "warning": warning,
    "error": error,
}


def write_wav(path: Path, samples: Sequence[float]) -> None:
    """Scale to PEAK of full scale and write 16-bit mono PCM."""
    top = max(abs(s) for s in samples) or 1.0
    scale = PEAK * 32767 / top
    frames = b"".join(struct.pack("<h", round(s * scale)) for s in samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def main() -> None:
    here = Path(__file__).resolve().parent
    for name, make in SOUNDS.items():
        write_wav(here / f"{name}.wav", make())
        print(f"{name}.wav written")


if __name__ == "__main__":
    main()
