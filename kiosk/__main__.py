"""Entry point: `python -m kiosk` and the `kiosk` console script."""

import sys


def main() -> int:
    from kiosk.cli import run

    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
