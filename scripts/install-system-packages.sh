#!/bin/sh
# Installs what backmove needs from Debian or Ubuntu packages.
#   install-system-packages.sh run    what the app needs (Qt's X11 libraries, libXss, venv)
#   install-system-packages.sh test   that, plus the headless desktop the tests run on
# Uses sudo when not root; does nothing when every package is already there.
set -eu

mode=${1:-run}

app="python3-venv python3-pip libxss1 libx11-6 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
libxcb-xkb1 libxcb-xfixes0 libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libnotify-bin
fonts-dejavu-core libpulse0"
tests="xvfb xauth openbox trayer dunst xdotool dbus dbus-x11 x11-utils imagemagick
desktop-file-utils appstream"

case "$mode" in
  run) wanted=$app ;;
  test) wanted="$app $tests" ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

# A python3.X-venv package exists on Ubuntu for non-default Pythons; take it when it is there.
pyver=$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || true)

missing=""
for pkg in $wanted; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
    || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "backmove: these packages are missing and this is not a Debian or Ubuntu system:" >&2
  echo "  $missing" >&2
  echo "Install their equivalents with your package manager, then run this again." >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
echo "Installing system packages:$missing"
$sudo apt-get update -qq
if [ -n "$pyver" ] && apt-cache show "python$pyver-venv" >/dev/null 2>&1; then
  missing="$missing python$pyver-venv"
fi
# shellcheck disable=SC2086 # word splitting of the package list is wanted
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
