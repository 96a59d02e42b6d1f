"""A throw-away headless desktop for end-to-end tests: Xvfb, a private D-Bus session bus, a
window manager, a tray host and a notification daemon, each a real program.

The app under test runs as its own process on that display. Tests ask the X server (not the
app) whether its tray icon is there, and ask dunst what notifications it received. A missing
program is a failure naming the Debian package, because CI installs them all.

Like a login session, the desktop has a home and XDG folders of its own (never the real ones,
even for a fixture that outlives pytest's per-test isolation) and a private runtime folder
($XDG_RUNTIME_DIR), which is where backmove puts its single-instance socket.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

PACKAGES = {  # program -> Debian package
    "Xvfb": "xvfb",
    "xdpyinfo": "x11-utils",
    "xwininfo": "x11-utils",
    "xprop": "x11-utils",
    "dbus-daemon": "dbus",
    "trayer": "trayer",
    "dunst": "dunst",
    "dunstctl": "dunst",
    "openbox": "openbox",
    "xdotool": "xdotool",
    "import": "imagemagick",
    "xrandr": "x11-xserver-utils",
    "syncthing": "syncthing",
}


ALL_DAY = "[working_hours]\n" + "".join(
    f'{day} = ["00:00-24:00"]\n' for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
)
"""Settings text: every hour of every day is working time, so a break comes whenever a test
runs."""


def require(*programs: str) -> None:
    missing = [p for p in programs if shutil.which(p) is None]
    if missing:
        pkgs = sorted({PACKAGES.get(p, p) for p in missing})
        raise AssertionError(
            f"end-to-end tests need {', '.join(missing)}; install the Debian packages "
            f"{' '.join(pkgs)} (scripts/install-system-packages.sh test does)"
        )


def wait_for(
    check: Callable[[], object], timeout: float, what: str, interval: float = 0.05
) -> object:
    """Poll `check` until it returns something truthy; fail naming `what` after `timeout`."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


@dataclass
class Desktop:
    display: str
    env: dict[str, str]
    shots: Path
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def run(self, *argv: str, check: bool = True, timeout: float = 30) -> str:
        done = subprocess.run(
            argv, env=self.env, capture_output=True, text=True, timeout=timeout, check=False
        )
        if check and done.returncode != 0:
            raise AssertionError(f"{argv[0]} failed ({done.returncode}): {done.stderr}")
        return done.stdout

    def spawn(
        self, *argv: str, env: dict[str, str] | None = None, **kwargs: object
    ) -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(argv, env=env or self.env, start_new_session=True, **kwargs)  # type: ignore[call-overload]
        self.procs.append(proc)
        return proc

    def window_tree(self) -> list[tuple[int, str, str, str]]:
        """(depth, id, name, classes) of every window, from `xwininfo -root -tree`; the id in
        decimal, as xdotool prints it.

        The tree is read window by window, so a window that closes in the middle of the read
        (a menu, a notification, a program starting) makes xwininfo fail with Bad Window: that
        is a moment, not a fault, and the tree is read again (at most five times)."""
        for _ in range(4):
            out = self.run("xwininfo", "-root", "-tree", check=False)
            if "Bad Window" not in out and "Bad Drawable" not in out and out.strip():
                break
        else:
            out = self.run("xwininfo", "-root", "-tree")
        rows = []
        for line in out.splitlines():
            m = re.match(r'^(\s*)(0x[0-9a-f]+) (".*?"|\(has no name\)):\s*(\(.*?\))?', line)
            if m:
                rows.append(
                    (
                        len(m.group(1)),
                        str(int(m.group(2), 16)),
                        m.group(3).strip('"'),
                        m.group(4) or "",
                    )
                )
        return rows

    def windows(self) -> list[tuple[int, str, str]]:
        """(depth, name, classes) of every window."""
        return [(depth, name, classes) for depth, _, name, classes in self.window_tree()]

    def tray_icon_windows(self) -> list[tuple[str, str]]:
        """(id, name) of the windows embedded in trayer's panel: the tray icons, as the X
        server sees them."""
        icons: list[tuple[str, str]] = []
        panel_depth = None
        for depth, wid, name, classes in self.window_tree():
            if panel_depth is not None and depth > panel_depth:
                icons.append((wid, name))
            elif panel_depth is not None:
                panel_depth = None
            if '"trayer"' in classes and name == "panel":
                panel_depth = depth
        return icons

    def tray_icons(self) -> list[str]:
        """Names of the tray icons."""
        return [name for _, name in self.tray_icon_windows()]

    def visible_window(self, name: str) -> str | None:
        out = self.run("xdotool", "search", "--onlyvisible", "--name", f"^{name}$", check=False)
        return out.split()[0] if out.split() else None

    def viewable(self, wid: str) -> bool:
        """Whether the window is mapped and all its ancestors too: on the screen."""
        out = self.run("xwininfo", "-id", wid, check=False)
        return "Map State: IsViewable" in out

    def geometry(self, wid: str) -> tuple[int, int, int, int]:
        """x, y, width, height of a window on the screen."""
        out = self.run("xdotool", "getwindowgeometry", "--shell", wid)
        values = dict(line.split("=") for line in out.split())
        return int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])

    def focused(self) -> str:
        return self.run("xdotool", "getwindowfocus", check=False).strip()

    def focus(self, wid: str) -> None:
        """Give `wid` the keyboard focus, through the window manager, unless it has it."""
        if self.focused() != wid:
            self.run("xdotool", "windowactivate", "--sync", wid)
            wait_for(lambda: self.focused() == wid, 20, f"window {wid} to take the focus")

    def keys(self, *keys: str) -> None:
        """Type `keys` (xdotool names: Return, alt+n, 3) into the window with the focus."""
        self.run("xdotool", "key", "--clearmodifiers", "--delay", "60", *keys)

    def point(self, x: int, y: int) -> None:
        """Move the pointer to x, y. (Not `--sync`: that waits for a move that never comes
        when the pointer is there already.)"""
        self.run("xdotool", "mousemove", str(x), str(y))

    def click(self, x: int, y: int, button: int = 1) -> None:
        self.run("xdotool", "mousemove", str(x), str(y), "click", str(button))

    def pixels(self, wid: str = "root") -> str:
        """A digest of what the window (or the whole screen) shows now; "" while the window
        is not painted yet (one colour all over) or cannot be read."""
        if (
            wid != "root"
            and subprocess.run(
                ["xwininfo", "-id", wid], env=self.env, capture_output=True, check=False
            ).returncode
        ):
            return ""  # gone: `import` would wait for a click to choose a window instead
        try:
            done = subprocess.run(
                ["import", "-window", wid, "rgb:-"],
                env=self.env,
                capture_output=True,
                timeout=10,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return ""
        if done.returncode != 0 or (wid != "root" and len(set(done.stdout[::997])) < 2):
            return ""
        return hashlib.sha256(done.stdout).hexdigest()

    def shot(self, name: str, wid: str = "root", *, changed_from: str | None = None) -> Path:
        """Screenshot the screen once `wid` shows something new (when `changed_from`, its
        earlier `pixels`, is given) and has stopped changing: painted, not half-way."""
        if changed_from is not None:
            wait_for(
                lambda: self.pixels(wid) not in (changed_from, ""),
                20,
                f"the screen to change for {name}",
            )
        last = [self.pixels(wid)]

        def still() -> bool:
            now = self.pixels(wid)
            same, last[0] = now == last[0], now
            return same and now != ""

        wait_for(still, 20, f"the screen to settle for {name}")
        return self.screenshot(name)

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
            found.append({k: item[k]["data"] for k in ("summary", "body", "appname") if k in item})
        return found

    def screenshot(self, name: str) -> Path:
        path = self.shots / f"{name}.png"
        self.run("import", "-window", "root", str(path))
        print(f"screenshot: {path}")
        keep = os.environ.get("BACKMOVE_E2E_SHOTS")
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            shutil.copy(path, Path(keep) / path.name)
        return path


class Typist:
    """Moves the mouse a little every half second, as someone working would, around `at`
    (x, y on the X screen: which monitor the user works on)."""

    def __init__(self, desk: Desktop, at: tuple[int, int] = (200, 700)) -> None:
        self._desk = desk
        self._x, self._y = at
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Typist:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        n = 0
        while not self._stop.wait(0.5):
            n += 1
            x = self._x + n % 40
            self._desk.run("xdotool", "mousemove", str(x), str(self._y), check=False)


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
def desktop(
    shots: Path,
    *,
    tray: bool = True,
    wm: bool = True,
    notifications: bool = True,
    size: str = "1280x800",
) -> Iterator[Desktop]:
    """`size` is the X screen's, "WIDTHxHEIGHT" (a wide one can be split into monitors)."""
    require(
        "Xvfb",
        "xdpyinfo",
        "xwininfo",
        "dbus-daemon",
        "xdotool",
        "import",
        *(["trayer"] if tray else []),
        *(["openbox", "xprop"] if wm else []),
        *(["dunst", "dunstctl"] if notifications else []),
    )
    shots.mkdir(parents=True, exist_ok=True)
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"}
    }
    env["XDG_SESSION_TYPE"] = "x11"
    desk = Desktop("", env, shots)
    try:
        # -displayfd: Xvfb takes a free display itself and says which, so desktops started
        # at the same time by other test runs never collide. -noreset: without it the server
        # resets when its last client leaves (the first xdpyinfo below), and a program
        # connecting meanwhile is turned away.
        read_end, write_end = os.pipe()
        try:
            desk.spawn(
                "Xvfb",
                "-displayfd",
                str(write_end),
                "-noreset",
                "-screen",
                "0",
                f"{size}x24",
                "-nolisten",
                "tcp",
                pass_fds=(write_end,),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        finally:
            os.close(write_end)
        with os.fdopen(read_end) as numbers:
            ready, _, _ = select.select([numbers], [], [], 20)
            number = numbers.readline().strip() if ready else ""
        assert number.isdigit(), "Xvfb did not say which display it took"
        desk.display = env["DISPLAY"] = f":{number}"
        wait_for(
            lambda: (
                subprocess.run(
                    ["xdpyinfo", "-display", desk.display], capture_output=True, check=False
                ).returncode
                == 0
            ),
            20,
            "Xvfb to answer",
        )
        session = shots.parent / f"session-{number}"
        for var, name in (
            ("HOME", "home"),
            ("XDG_CONFIG_HOME", "config"),
            ("XDG_DATA_HOME", "data"),
            ("XDG_CACHE_HOME", "cache"),
            ("XDG_STATE_HOME", "state"),
            ("XDG_RUNTIME_DIR", "runtime"),
        ):
            (session / name).mkdir(mode=0o700, parents=True, exist_ok=True)
            env[var] = str(session / name)
        bus = desk.spawn(
            "dbus-daemon",
            "--session",
            "--nofork",
            "--print-address=1",
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert bus.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        if wm:
            desk.spawn("openbox", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            # Windows mapped before the window manager runs are never framed nor focused.
            wait_for(
                lambda: (
                    "window id"
                    in desk.run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK", check=False)
                ),
                45,
                "openbox to manage the screen",
            )
        if notifications:
            desk.dunst_log.parent.mkdir(parents=True, exist_ok=True)
            with desk.dunst_log.open("wb") as log:
                desk.spawn("dunst", "-print", stdout=log, stderr=subprocess.DEVNULL)
            wait_for(
                lambda: (
                    subprocess.run(
                        ["dunstctl", "is-paused"], env=env, capture_output=True, check=False
                    ).returncode
                    == 0
                ),
                20,
                "dunst to own the notification service",
            )
        if tray:
            desk.spawn(
                "trayer",
                "--edge",
                "top",
                "--align",
                "right",
                "--widthtype",
                "request",
                "--height",
                "32",
                "--SetDockType",
                "true",
                "--transparent",
                "false",
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            wait_for(
                lambda: any(n == "panel" and "trayer" in c for _, n, c in desk.windows()),
                20,
                "trayer's panel",
            )
        yield desk
    finally:
        for proc in reversed(desk.procs):
            _stop(proc)


def backmove_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "backmove", *args]
