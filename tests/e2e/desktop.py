"""A throw-away headless desktop for end-to-end tests: Xvfb, a private D-Bus session bus, a
window manager, a tray host and a notification daemon, each a real program.

The app under test runs as its own process on that display. Tests ask the X server (not the
app) whether its tray icon is there, and ask dunst what notifications it received. A missing
program is a failure naming the Debian package, because CI installs them all.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

PACKAGES = {  # program -> Debian package
    "Xvfb": "xvfb",
    "xdpyinfo": "x11-utils",
    "xwininfo": "x11-utils",
    "dbus-daemon": "dbus",
    "trayer": "trayer",
    "dunst": "dunst",
    "dunstctl": "dunst",
    "openbox": "openbox",
    "xdotool": "xdotool",
    "import": "imagemagick",
}


def require(*programs: str) -> None:
    missing = [p for p in programs if shutil.which(p) is None]
    if missing:
        pkgs = sorted({PACKAGES.get(p, p) for p in missing})
        raise AssertionError(
            f"end-to-end tests need {', '.join(missing)}; install the Debian packages "
            f"{' '.join(pkgs)} (scripts/install-system-packages.sh test does)")


def wait_for(check: Callable[[], object], timeout: float, what: str,
             interval: float = 0.05) -> object:
    """Poll `check` until it returns something truthy; fail naming `what` after `timeout`."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


def _free_display() -> int:
    for n in range(90, 400):
        if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists():
            return n
    raise AssertionError("no free X display number")


@dataclass
class Desktop:
    display: str
    env: dict[str, str]
    shots: Path
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def run(self, *argv: str, check: bool = True, timeout: float = 30) -> str:
        done = subprocess.run(argv, env=self.env, capture_output=True, text=True,
                              timeout=timeout, check=False)
        if check and done.returncode != 0:
            raise AssertionError(f"{argv[0]} failed ({done.returncode}): {done.stderr}")
        return done.stdout

    def spawn(self, *argv: str, env: dict[str, str] | None = None,
              **kwargs: object) -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(argv, env=env or self.env, start_new_session=True,
                                **kwargs)  # type: ignore[call-overload]
        self.procs.append(proc)
        return proc

    def windows(self) -> list[tuple[int, str, str]]:
        """(depth, name, classes) of every window, from `xwininfo -root -tree`."""
        out = self.run("xwininfo", "-root", "-tree")
        rows = []
        for line in out.splitlines():
            m = re.match(r'^(\s*)0x[0-9a-f]+ (".*?"|\(has no name\)):\s*(\(.*?\))?', line)
            if m:
                rows.append((len(m.group(1)), m.group(2).strip('"'), m.group(3) or ""))
        return rows

    def tray_icons(self) -> list[str]:
        """Names of windows embedded in trayer's panel: the tray icons, as the X server sees."""
        icons, panel_depth = [], None
        for depth, name, classes in self.windows():
            if panel_depth is not None and depth > panel_depth:
                icons.append(name)
            elif panel_depth is not None:
                panel_depth = None
            if '"trayer"' in classes and name == "panel":
                panel_depth = depth
        return icons

    def visible_window(self, name: str) -> str | None:
        out = self.run("xdotool", "search", "--onlyvisible", "--name", f"^{name}$", check=False)
        return out.split()[0] if out.split() else None

    @property
    def dunst_log(self) -> Path:
        return self.shots / "dunst.log"

    def notifications(self) -> list[dict[str, str]]:
        """Every notification dunst received: what `dunst -print` wrote, and what its history
        holds (a notice shown and expired). Both, because under load dunst 1.9 has been seen
        to show a notice without printing it."""
        found: list[dict[str, str]] = []
        try:
            text = self.dunst_log.read_text(errors="replace")
        except FileNotFoundError:
            text = ""
        for block in text.split("{")[1:]:
            fields = dict(re.findall(r"^\s*(summary|body|appname): '(.*)'$", block, re.M))
            if "summary" in fields:
                found.append(fields)
        out = self.run("dunstctl", "history", check=False)
        try:
            history = json.loads(out)["data"][0] if out.strip() else []
        except (ValueError, KeyError, IndexError):
            history = []
        for item in reversed(history):
            found.append({k: item[k]["data"] for k in ("summary", "body", "appname")
                          if k in item})
        return found

    def screenshot(self, name: str) -> Path:
        path = self.shots / f"{name}.png"
        self.run("import", "-window", "root", str(path))
        keep = os.environ.get("BACKMOVE_E2E_SHOTS")
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            shutil.copy(path, Path(keep) / path.name)
        return path


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)
    for stream in (proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()


@contextlib.contextmanager
def desktop(shots: Path, *, tray: bool = True, wm: bool = True,
            notifications: bool = True) -> Iterator[Desktop]:
    require("Xvfb", "xdpyinfo", "xwininfo", "dbus-daemon", "xdotool", "import",
            *(["trayer"] if tray else []), *(["openbox"] if wm else []),
            *(["dunst", "dunstctl"] if notifications else []))
    shots.mkdir(parents=True, exist_ok=True)
    n = _free_display()
    env = {k: v for k, v in os.environ.items()
           if k not in {"QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"}}
    env["DISPLAY"] = f":{n}"
    env["XDG_SESSION_TYPE"] = "x11"
    desk = Desktop(f":{n}", env, shots)
    try:
        desk.spawn("Xvfb", f":{n}", "-screen", "0", "1280x800x24", "-nolisten", "tcp",
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(lambda: subprocess.run(["xdpyinfo", "-display", f":{n}"], capture_output=True,
                                        check=False).returncode == 0, 20, "Xvfb to answer")
        bus = desk.spawn("dbus-daemon", "--session", "--nofork", "--print-address=1",
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        assert bus.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        if wm:
            desk.spawn("openbox", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if notifications:
            desk.dunst_log.parent.mkdir(parents=True, exist_ok=True)
            with desk.dunst_log.open("wb") as log:
                desk.spawn("dunst", "-print", stdout=log, stderr=subprocess.DEVNULL)
            wait_for(lambda: subprocess.run(["dunstctl", "is-paused"], env=env,
                                            capture_output=True, check=False).returncode == 0,
                     20, "dunst to own the notification service")
        if tray:
            desk.spawn("trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
                       "--height", "32", "--SetDockType", "true", "--transparent", "false",
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            wait_for(lambda: any(n == "panel" and "trayer" in c for _, n, c in desk.windows()),
                     20, "trayer's panel")
        yield desk
    finally:
        for proc in reversed(desk.procs):
            _stop(proc)


def backmove_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "backmove", *args]
