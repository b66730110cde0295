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

# Door sync: the syncthing on this build machine's PATH goes beside the kiosk executable, where
# kiosk/sync/engine.py looks first (apt-get install syncthing; Debian's is MPL-2.0, a static Go
# binary). Without it the bundle still works: sync off, USB merge, and `kiosk doctor` says so.
if engine=$(command -v syncthing); then
    install -m 755 "$engine" dist/kiosk/syncthing
    for licence in /usr/share/doc/syncthing/copyright /usr/share/licenses/syncthing/LICENSE; do
        if [ -f "$licence" ]; then cp "$licence" dist/kiosk/syncthing-LICENSE.txt; break; fi
    done
    printf 'syncthing in bundle: %s\n' "$(dist/kiosk/syncthing --version | cut -d' ' -f1-2)"
else
    echo "warning: syncthing not on PATH: the bundle has no door sync (apt-get install syncthing)" >&2
fi
awk -v s="$start" -v e="$end" 'BEGIN { printf "build time: %.1f s\n", e - s }'
printf 'bundle size: %s (dist/kiosk)\n' "$(du -sh dist/kiosk | cut -f1)"
printf 'libzbar in bundle: %s\n' "$(cd dist/kiosk/_internal && ls libzbar* 2>/dev/null || echo MISSING)"
