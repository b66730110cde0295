"""Operator PIN hashing cost: how long a volunteer waits after tapping OK on the PIN pad.

    uv run python benchmarks/pin_kdf.py [--rounds N]

Times kiosk.domain.pin's scrypt at the cost it stores (n=2**15, r=8, p=1) and at its neighbours,
next to PBKDF2-SHA256 at OWASP's 600,000 iterations, and prints median and max milliseconds.
The target is a PIN check well under half a second on a 2-core laptop.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import time
from collections.abc import Callable

from kiosk.domain.pin import DEFAULT_PARAMS, ScryptParams, hash_pin, verify_pin


def timed(action: Callable[[], object], rounds: int) -> tuple[float, float]:
    spent = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        spent.append((time.perf_counter() - start) * 1000)
    return statistics.median(spent), max(spent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    rounds = parser.parse_args().rounds
    for n in (2**14, DEFAULT_PARAMS.n, 2**16):
        stored = hash_pin("482913", ScryptParams(n=n))
        median, worst = timed(lambda s=stored: verify_pin("482913", s), rounds)
        mark = "  <- stored" if n == DEFAULT_PARAMS.n else ""
        name = f"scrypt n=2**{n.bit_length() - 1} r=8 p=1:"
        print(f"{name} median {median:6.1f} ms, max {worst:6.1f} ms{mark}")
    salt = b"0123456789abcdef"
    median, worst = timed(lambda: hashlib.pbkdf2_hmac("sha256", b"482913", salt, 600_000), rounds)
    print(f"pbkdf2-sha256 600k:      median {median:6.1f} ms, max {worst:6.1f} ms")


if __name__ == "__main__":
    main()
