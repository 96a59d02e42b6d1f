"""Whether there is a desktop display to show a tray icon on, asked before Qt is.

Qt asked for a platform with no display aborts the whole process, and its last words are a hint
about libxcb-cursor that sends people looking for a missing package. So `backmove` first looks
for itself, without Qt and without libX11:

- X11: `DISPLAY` is set and its server takes a connection (the Unix socket
  /tmp/.X11-unix/X<n>, Linux's abstract socket of the same name, or TCP port 6000+n for
  `host:n`);
- Wayland: `WAYLAND_DISPLAY` names a socket that exists (an absolute path, or a name in
  `XDG_RUNTIME_DIR`), or `WAYLAND_SOCKET` hands one over.

A platform chosen in `QT_QPA_PLATFORM` that needs no display (offscreen, as the tests use, vnc,
eglfs) is taken as it is; "xcb" or "wayland" there counts only that display. Only Linux and
the BSDs are asked: Windows and macOS always have their display.
"""

from __future__ import annotations

import re
import socket
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

X11_SOCKET_DIR = "/tmp/.X11-unix"  # noqa: S108  # where every X server puts its socket
X11_TCP_BASE = 6000
CONNECT_TIMEOUT_S = 1.0

_DISPLAY = re.compile(r"^(?P<host>[^:]*):(?P<number>\d+)(?:\.\d+)?$")


@dataclass(frozen=True)
class DisplayCheck:
    """What was found: `usable` if Qt will have a display; otherwise `x11` and `wayland` say
    what is wrong with each ("unset", "unreachable", "no_socket"), for the one sentence the
    command line prints."""

    usable: bool
    x11: str = ""
    wayland: str = ""
    display: str = ""
    wayland_display: str = ""


def _plugins(platform_plugin: str) -> list[str]:
    """QT_QPA_PLATFORM's choices in order ("wayland;xcb"), without their options."""
    return [p.split(":")[0].strip().lower() for p in platform_plugin.split(";") if p.strip()]


def _is_wayland(plugin: str) -> bool:
    return plugin.startswith("wayland")


def x11_reachable(display: str, socket_dir: str = X11_SOCKET_DIR) -> bool:
    """Whether the X server of `display` (":0", "unix:1.0", "host:10") takes a connection."""
    match = _DISPLAY.match(display)
    if match is None:
        # Some other form (a launchd path on macOS, "/tmp/…/org.xquartz:0"): a path to a socket.
        path = display.rsplit(":", 1)[0]
        return _unix_connects(path) if path.startswith("/") else False
    host, number = match.group("host"), int(match.group("number"))
    if host in ("", "unix"):
        path = f"{socket_dir}/X{number}"
        if _unix_connects(path):
            return True
        # Linux servers also listen on an abstract socket of the same name (Xvfb does).
        return _unix_connects("\0" + path)
    try:
        with socket.create_connection((host, X11_TCP_BASE + number), CONNECT_TIMEOUT_S):
            return True
    except OSError:
        return False


def _unix_connects(path: str) -> bool:
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(CONNECT_TIMEOUT_S)
            sock.connect(path)
            return True
    except (OSError, ValueError):
        return False


def wayland_socket(env: Mapping[str, str]) -> str | None:
    """The Wayland socket's path if it exists; None otherwise."""
    name = env.get("WAYLAND_DISPLAY", "")
    if not name:
        return None
    if not name.startswith("/"):
        runtime = env.get("XDG_RUNTIME_DIR", "")
        if not runtime:
            return None
        name = str(Path(runtime) / name)
    try:
        return name if stat.S_ISSOCK(Path(name).stat().st_mode) else None
    except OSError:
        return None


def check_display(env: Mapping[str, str], platform: str) -> DisplayCheck:
    """Whether Qt will find a display here; the env and sys.platform given (the tests' seams)."""
    plugins = _plugins(env.get("QT_QPA_PLATFORM", ""))
    if platform in ("win32", "darwin", "cygwin"):
        return DisplayCheck(True)
    if plugins and plugins[0] != "xcb" and not _is_wayland(plugins[0]):
        return DisplayCheck(True)  # offscreen, vnc, eglfs…: no desktop display needed
    wants_x11 = not plugins or "xcb" in plugins
    wants_wayland = not plugins or any(_is_wayland(p) for p in plugins)
    display = env.get("DISPLAY", "")
    wayland_display = env.get("WAYLAND_DISPLAY", "")
    x11 = "unset" if not display else "" if x11_reachable(display) else "unreachable"
    if env.get("WAYLAND_SOCKET"):
        wayland = ""
    elif not wayland_display:
        wayland = "unset"
    else:
        wayland = "" if wayland_socket(env) else "no_socket"
    usable = (wants_x11 and not x11) or (wants_wayland and not wayland)
    return DisplayCheck(usable, x11, wayland, display, wayland_display)
