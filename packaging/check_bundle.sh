#!/usr/bin/env bash
# Check the Linux bundle on a machine WITHOUT libzbar0: a Debian 12 minbase chroot that has only
# the graphics/runtime libraries a desktop already has. It proves that
#   (a) `kiosk decode TICKET.png --json` reads a ticket inside the chroot, and pyzbar loads the
#       libzbar that ships in the bundle (the chroot has none; `kiosk doctor` shows the path);
#   (b) the app opens the sample event offscreen (`kiosk --data-dir DIR run` stays up, no traceback).
# Usage (as root, from anywhere):  packaging/check_bundle.sh [--rebuild]
# Environment: KIOSK_CHECK_CHROOT (default /var/tmp/kiosk-check-chroot, cached between runs),
#              KIOSK_BUNDLE (default dist/kiosk: the folder to test),
#              KIOSK_CHECK_MIRROR (default http://deb.debian.org/debian), KIOSK_RUN_SECONDS (6).
set -euo pipefail
cd "$(dirname "$0")/.."
CHROOT=${KIOSK_CHECK_CHROOT:-/var/tmp/kiosk-check-chroot}
MIRROR=${KIOSK_CHECK_MIRROR:-http://deb.debian.org/debian}
RUN_SECONDS=${KIOSK_RUN_SECONDS:-6}
BUNDLE=${KIOSK_BUNDLE:-dist/kiosk}
# What a desktop already has; deliberately NOT libzbar0.
RUNTIME_LIBS="libgl1 libegl1 libfontconfig1 libglib2.0-0 libxkbcommon0 libdbus-1-3"
WORK=$(mktemp -d /tmp/kiosk-check.XXXXXX)
FAILED=0

now() { date +%s.%N; }
took() { awk -v s="$1" -v e="$(now)" 'BEGIN { printf "%.1f s", e - s }'; }
step() { printf '\n== %s\n' "$*"; }
ok() { printf 'PASS  %s\n' "$*"; }
bad() { printf 'FAIL  %s\n' "$*"; FAILED=1; }
in_chroot() { chroot "$CHROOT" /usr/bin/env -i HOME=/root LANG=C.UTF-8 PATH=/usr/bin:/bin "$@"; }

[ "$(id -u)" = 0 ] || { echo "run as root (debootstrap and chroot need it)" >&2; exit 2; }

# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
    for m in dev proc; do mountpoint -q "$CHROOT/$m" && umount "$CHROOT/$m"; done
    rm -rf "$WORK"
}
trap cleanup EXIT

step "1. bundle"
t=$(now)
if [ "${1:-}" = "--rebuild" ] || [ ! -x "$BUNDLE/kiosk" ]; then
    [ "$BUNDLE" = dist/kiosk ] || { echo "no $BUNDLE/kiosk" >&2; exit 2; }
    packaging/build_linux.sh
    echo "built in $(took "$t")"
else
    echo "reusing $BUNDLE (pass --rebuild to build again)"
fi
echo "bundle size: $(du -sh "$BUNDLE" | cut -f1)"

step "2. chroot without libzbar0: $CHROOT"
t=$(now)
if [ ! -f "$CHROOT/.kiosk-check-ready" ]; then
    command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
    rm -rf "$CHROOT"
    debootstrap --variant=minbase bookworm "$CHROOT" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
        || { tail -20 "$WORK/debootstrap.log"; exit 1; }
    # shellcheck disable=SC2086  # the list is meant to split into words
    in_chroot apt-get install -y -qq --no-install-recommends $RUNTIME_LIBS >"$WORK/apt.log" 2>&1 \
        || { tail -20 "$WORK/apt.log"; exit 1; }
    in_chroot apt-get clean
    touch "$CHROOT/.kiosk-check-ready"
    echo "created in $(took "$t")"
else
    echo "reusing the cached chroot (delete it to start over)"
fi
mount -t proc proc "$CHROOT/proc"
mount --bind /dev "$CHROOT/dev"
if in_chroot /sbin/ldconfig -p | grep -q zbar || [ -n "$(find "$CHROOT/usr/lib" -name 'libzbar*' -print -quit)" ]; then
    bad "the chroot has a system libzbar; the check would prove nothing"
else
    ok "no libzbar in the chroot's system libraries"
fi

step "3. install the bundle as /opt/kiosk"
t=$(now)
rm -rf "$CHROOT/opt/kiosk" && mkdir -p "$CHROOT/opt" && cp -a "$BUNDLE" "$CHROOT/opt/kiosk"
echo "copied in $(took "$t")"
# Which libraries the bundle expects from the system and the chroot lacks. Expected here: the
# extra xcb libraries of the X11 plugin (install.sh installs them) and GTK for the GTK theme.
# shellcheck disable=SC2016  # the inner script expands inside the chroot
in_chroot LD_LIBRARY_PATH=/opt/kiosk/_internal /bin/sh -c \
    'find /opt/kiosk/_internal -name "*.so*" -type f | while read -r f; do
         ldd "$f" 2>/dev/null | awk -v f="${f##*/}" "/not found/ { print \$1, f }"; done' \
    | sort -u | awk '{ need[$1] = need[$1] (need[$1] ? ", " : "") $2 }
                     END { for (l in need) print "  " l "  (needed by " need[l] ")" }' \
    | sort >"$WORK/ldd.txt" || true
if [ -s "$WORK/ldd.txt" ]; then
    echo "system libraries the chroot lacks (fine unless the failing checks below need them):"
    cat "$WORK/ldd.txt"
else
    ok "every bundled library resolves in the chroot (ldd)"
fi

step "4. a ticket image (the bundle's own \`kiosk tickets\`, inside the chroot; cached)"
t=$(now)
CACHE="$CHROOT/var/cache/kiosk-check"
if [ -s "$CACHE/ticket.png" ] && [ -s "$CACHE/code.txt" ]; then
    echo "reusing $CACHE/ticket.png (delete $CACHE to make a new one)"
else
    mkdir -p "$CACHE"
    rm -rf "$CHROOT/tmp/ticket-data" "$CHROOT/tmp/tickets"
    if in_chroot /opt/kiosk/kiosk --data-dir /tmp/ticket-data tickets --out /tmp/tickets \
        >"$WORK/tickets.log" 2>&1 && [ -s "$CHROOT/tmp/tickets/index.csv" ]; then
        python3 - "$CHROOT/tmp/tickets" "$CACHE" <<'PY'
import csv, shutil, sys
from pathlib import Path
out, cache = Path(sys.argv[1]), Path(sys.argv[2])
with open(out / "index.csv", encoding="utf-8-sig", newline="") as f:
    rows = list(csv.DictReader(f))
shutil.copy(out / rows[0]["png"], cache / "ticket.png")
(cache / "code.txt").write_text(rows[0]["code"])
print(f"{len(rows)} tickets and the badge sheet made by the bundle; using {rows[0]['png']}")
PY
        ok "kiosk tickets ran inside the chroot ($(took "$t"))"
    else
        bad "kiosk tickets failed inside the chroot:"; tail -5 "$WORK/tickets.log"
        echo "using a plain QR code for the decode check instead"
        printf 'KIOSK-BUNDLE-CHECK-0042' >"$CACHE/code.txt"
        uv run python -c "import qrcode, sys; qrcode.make(sys.argv[1]).save(sys.argv[2])" \
            "$(cat "$CACHE/code.txt")" "$CACHE/ticket.png"
    fi
    rm -rf "$CHROOT/tmp/ticket-data" "$CHROOT/tmp/tickets"
fi
EXPECTED=$(cat "$CACHE/code.txt")
cp "$CACHE/ticket.png" "$CHROOT/tmp/ticket.png"

step "5a. kiosk decode /tmp/ticket.png --json (inside the chroot)"
t=$(now)
if out=$(in_chroot /opt/kiosk/kiosk decode /tmp/ticket.png --json 2>"$WORK/decode.err"); then
    echo "$out"
    if printf '%s' "$out" | grep -qF "$EXPECTED"; then ok "decoded the ticket ($(took "$t"))"
    else bad "decode output lacks the ticket's code"; fi
else
    bad "kiosk decode failed:"; tail -15 "$WORK/decode.err"
fi

step "5a'. which libzbar pyzbar loaded (kiosk doctor)"
t=$(now)
in_chroot /opt/kiosk/kiosk --data-dir /tmp/doctor-data doctor >"$WORK/doctor.out" 2>&1 || true
grep -i -E 'zbar|zxing' "$WORK/doctor.out" || tail -5 "$WORK/doctor.out"
if grep -q '/opt/kiosk/_internal/libzbar' "$WORK/doctor.out"; then
    ok "pyzbar loaded the bundled /opt/kiosk/_internal/libzbar ($(took "$t"))"
else
    bad "doctor does not show the bundled libzbar path"
fi

step "5b. the app on the sample event, offscreen, for ${RUN_SECONDS}s"
t=$(now)
rm -rf "$CHROOT/tmp/kiosk-data"
set +e
launched=$(now)
in_chroot TZ=UTC QT_QPA_PLATFORM=offscreen timeout "$RUN_SECONDS" /opt/kiosk/kiosk --data-dir /tmp/kiosk-data run \
    >"$WORK/run.out" 2>&1
rc=$?
set -e
tail -5 "$WORK/run.out"
# The app's own log (UTC here): launch to "scan screen ready", and any warning (e.g. no sound).
python3 - "$CHROOT/tmp/kiosk-data/logs/kiosk.log" "$launched" <<'PY' || true
import sys
from datetime import datetime, timezone
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
ready = [line for line in lines if "ready" in line]
if ready:
    at = datetime.strptime(ready[0][:23], "%Y-%m-%d %H:%M:%S,%f").replace(tzinfo=timezone.utc)
    secs = at.timestamp() - float(sys.argv[2])
    print(f"launch to '{ready[0][24:].strip()}': {secs:.2f} s")
for line in lines:
    if " WARNING " in line or " ERROR " in line:
        print("log:", line[24:])
PY
files=$( (find "$CHROOT/tmp/kiosk-data" -type f 2>/dev/null || true) | wc -l)
if [ "$rc" = 124 ] && ! grep -q Traceback "$WORK/run.out" && [ "$files" -gt 0 ]; then
    ok "stayed up ${RUN_SECONDS}s, no traceback, data dir holds $files file(s) ($(took "$t") incl. wait)"
else
    bad "run exited with rc=$rc (124 = still running at the timeout), data files: $files"
fi

step "result"
if [ "$FAILED" = 0 ]; then echo "ALL PASS"; else echo "SOME CHECKS FAILED"; fi
exit "$FAILED"
