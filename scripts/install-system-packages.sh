#!/bin/sh
# Installs what backmove needs from Debian or Ubuntu packages.
#   install-system-packages.sh run    what the app needs (Qt's X11 libraries, libXss, libXext)
#   install-system-packages.sh test   that, plus the headless desktop the tests run on, the
#                                     Wayland compositors the idle-time and full-screen tests
#                                     start, and GSettings with dconf and xfconf (for GNOME's
#                                     and XFCE's do-not-disturb)
# Uses sudo when not root; does nothing when every package is already there.
#
# Python is whatever `python3` on PATH is (pyenv, a python.org build, Debian's own). Debian's
# python packages are for Debian's interpreter only: they are asked for when that is the
# python3 on PATH and it cannot make a virtual environment with pip yet, and never otherwise,
# so another interpreter never brings an upgrade of the system's Python.
set -eu

mode=${1:-run}

app="libxss1 libxext6 libx11-6 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
libxcb-xkb1 libxcb-xfixes0 libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libnotify-bin
fonts-dejavu-core libpulse0"
# kwin-wayland and mutter: the idle-time and full-screen tests start KDE's and GNOME's
# compositors headless.
tests="xvfb xauth openbox trayer dunst xdotool dbus dbus-x11 x11-utils x11-xserver-utils
imagemagick desktop-file-utils appstream kwin-wayland mutter libglib2.0-bin dconf-service
dconf-gsettings-backend gsettings-desktop-schemas xfconf syncthing faketime"

case "$mode" in
  run) wanted=$app ;;
  test) wanted="$app $tests" ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

# What python3 on PATH needs: nothing when `python3 -m venv` works with pip (venv and
# ensurepip with its bundled wheels), Debian's venv package when it is Debian's own interpreter,
# and Debian's python3 when there is none at all.
python_pkg=""
if ! command -v python3 >/dev/null 2>&1; then
  python_pkg="python3 python3-venv"
elif ! python3 -c 'import ensurepip, venv; ensurepip.version()' >/dev/null 2>&1; then
  if [ "$(python3 -c 'import sys; print(sys.base_prefix)' 2>/dev/null)" != /usr ]; then
    echo "backmove: $(command -v python3) cannot make a virtual environment with pip" >&2
    echo "(its venv or ensurepip module is missing). Install them for that Python, or put" >&2
    echo "one that has them first on PATH, then run this again." >&2
    exit 1
  fi
  python_pkg="python3-venv"
fi

# The python packages go on the list as they are: venv does not work, so something of them is
# missing even when python3-venv itself is installed (for instance the python3.X-venv of a
# python3 that is not the release's default).
missing=${python_pkg:+ $python_pkg}
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
if [ "$python_pkg" = python3-venv ]; then
  # Debian's python3 may not be the default python3.X (Ubuntu ships several); its own
  # python3.X-venv is the one that makes `python3 -m venv` work.
  pyver=$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  if apt-cache show "python$pyver-venv" >/dev/null 2>&1; then
    missing="$missing python$pyver-venv"
  fi
fi
# shellcheck disable=SC2086 # word splitting of the package list is wanted
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
