#!/usr/bin/env bash
# Build the Linux one-folder bundle: dist/kiosk/kiosk (+ dist/kiosk/_internal/).
# Needs: uv, and libzbar0 on the BUILD machine (it is copied into the bundle; the target
# machine does not need it). Extra arguments go to PyInstaller (e.g. --clean).
set -euo pipefail
cd "$(dirname "$0")/.."

PYINSTALLER_SPEC=${PYINSTALLER_SPEC:-"pyinstaller>=6.10"}
start=$(date +%s.%N)
uv run --with "$PYINSTALLER_SPEC" pyinstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/kiosk.spec "$@"
end=$(date +%s.%N)

test -x dist/kiosk/kiosk || { echo "build failed: dist/kiosk/kiosk missing" >&2; exit 1; }
awk -v s="$start" -v e="$end" 'BEGIN { printf "build time: %.1f s\n", e - s }'
printf 'bundle size: %s (dist/kiosk)\n' "$(du -sh dist/kiosk | cut -f1)"
printf 'libzbar in bundle: %s\n' "$(cd dist/kiosk/_internal && ls libzbar* 2>/dev/null || echo MISSING)"
