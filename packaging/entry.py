"""Script entry for PyInstaller: the same as the `kiosk` console script (kiosk.__main__:main)."""

from __future__ import annotations

import multiprocessing
import sys

from kiosk.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless unless a worker process is ever used
    sys.exit(main())
