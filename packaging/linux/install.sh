#!/usr/bin/env bash
# Install the built kiosk bundle on a Debian/Ubuntu machine:
#   /opt/kiosk/                       the program (a copy of dist/kiosk)
#   /usr/share/applications/          kiosk.desktop (menu entry, full screen)
#   /usr/share/icons/hicolor/256x256/apps/kiosk.png
#   ~USER/.config/autostart/          kiosk-autostart.desktop, with --autostart
# Usage:  sudo packaging/linux/install.sh [--bundle DIR] [--autostart [USER]] [--no-apt]
#         sudo packaging/linux/install.sh --uninstall
# libzbar is NOT needed on this machine: it ships inside the bundle. DESTDIR=/some/dir stages
# the files there instead of / (for testing or building a package).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUNDLE="$ROOT/dist/kiosk"
DESTDIR=${DESTDIR:-}
PREFIX="$DESTDIR/opt/kiosk"
APPS="$DESTDIR/usr/share/applications"
ICONS="$DESTDIR/usr/share/icons/hicolor/256x256/apps"
AUTOSTART_USER=""
USE_APT=1
UNINSTALL=0

# What Qt needs from the system (a desktop has most of these already): OpenGL/EGL, fonts,
# GLib, D-Bus, keyboard maps, PulseAudio's client library (Qt Multimedia links it; without it
# the kiosk runs silent), the xcb helpers of Qt's X11 plugin (Qt >= 6.5 needs libxcb-cursor0)
# and the Wayland client libraries.
RUNTIME_LIBS="libgl1 libegl1 libfontconfig1 libglib2.0-0 libxkbcommon0 libdbus-1-3 libpulse0
  libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0 libxcb-xinerama0
  libwayland-client0 libwayland-cursor0 libwayland-egl1"

while [ $# -gt 0 ]; do
    case "$1" in
        --bundle) BUNDLE=$(cd "$2" && pwd); shift 2 ;;
        --autostart)
            if [ $# -gt 1 ] && [ "${2#--}" = "$2" ]; then AUTOSTART_USER=$2; shift; else
                AUTOSTART_USER=${SUDO_USER:-$(id -un)}; fi
            shift ;;
        --no-apt) USE_APT=0; shift ;;
        --uninstall) UNINSTALL=1; shift ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done

if [ -z "$DESTDIR" ] && [ "$(id -u)" != 0 ]; then
    echo "run with sudo (it writes to /opt and /usr/share)" >&2; exit 2
fi

refresh_menus() {
    [ -n "$DESTDIR" ] && return 0
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database -q /usr/share/applications || true
    fi
    if command -v gtk-update-icon-cache >/dev/null; then
        gtk-update-icon-cache -q /usr/share/icons/hicolor || true
    fi
}

if [ "$UNINSTALL" = 1 ]; then
    rm -rf "$PREFIX" "$APPS/kiosk.desktop" "$ICONS/kiosk.png"
    echo "removed /opt/kiosk and the menu entry (autostart entries in ~/.config/autostart stay;"
    echo "delete kiosk-autostart.desktop there by hand). Event data in ~/.local/share is kept."
    refresh_menus
    exit 0
fi

[ -x "$BUNDLE/kiosk" ] || { echo "no bundle at $BUNDLE: run packaging/build_linux.sh first" >&2; exit 1; }

if [ "$USE_APT" = 1 ] && [ -z "$DESTDIR" ] && command -v apt-get >/dev/null; then
    echo "installing the runtime libraries (no libzbar needed):"
    # shellcheck disable=SC2086  # the list is meant to split into words
    apt-get install -y --no-install-recommends $RUNTIME_LIBS
else
    # shellcheck disable=SC2086
    echo "skipping apt; make sure these are installed:" $RUNTIME_LIBS
fi

# Copy next to the old version, then swap, so a failed copy never leaves half a program.
mkdir -p "$(dirname "$PREFIX")"
rm -rf "$PREFIX.new"
cp -a "$BUNDLE" "$PREFIX.new"
rm -rf "$PREFIX.old"
[ -e "$PREFIX" ] && mv "$PREFIX" "$PREFIX.old"
mv "$PREFIX.new" "$PREFIX"
rm -rf "$PREFIX.old"

install -D -m 0644 "$HERE/kiosk.desktop" "$APPS/kiosk.desktop"
install -D -m 0644 "$ROOT/assets/icons/kiosk.png" "$ICONS/kiosk.png"
refresh_menus

if [ -n "$AUTOSTART_USER" ]; then
    home=$(getent passwd "$AUTOSTART_USER" | cut -d: -f6)
    [ -n "$home" ] || { echo "no such user: $AUTOSTART_USER" >&2; exit 1; }
    target="$DESTDIR$home/.config/autostart/kiosk-autostart.desktop"
    install -D -m 0644 "$HERE/kiosk-autostart.desktop" "$target"
    [ -z "$DESTDIR" ] && chown -R "$AUTOSTART_USER": "$home/.config/autostart"
    echo "autostart: the kiosk opens full screen when $AUTOSTART_USER logs in"
fi

echo "installed: $PREFIX ($(du -sh "$PREFIX" | cut -f1)). Start it from the menu, or: /opt/kiosk/kiosk"
echo "check this machine with: /opt/kiosk/kiosk doctor"
