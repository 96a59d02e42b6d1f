"""The X11 probes against a real X server: Xvfb (which has SYNC and MIT-SCREEN-SAVER),
xdotool for input, openbox for the EWMH fullscreen state, and a real Qt window in its own
process.

A missing program is a failure naming the Debian package, not a skip: CI installs them.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from backmove.core.clock import SimulatedClock, SystemClock
from backmove.core.planner import Action, Decision, Planner
from backmove.core.settings import Settings
from backmove.platform.idle import X11IdleProbe, XSyncIdleProbe, choose_idle_probe
from backmove.platform.screenstate import (
    ScreenStateWatcher,
    X11FullscreenProbe,
    choose_screen_state_probe,
)
from backmove.scheduling.deadline import PlannerDriver

pytestmark = pytest.mark.e2e

PACKAGES = {"Xvfb": "xvfb", "xdpyinfo": "x11-utils", "xprop": "x11-utils",
            "xdotool": "xdotool", "openbox": "openbox"}  # fmt: skip

WINDOW = r"""
import os, sys
from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv)
window = QWidget()
window.setWindowTitle("backmove probe test")
window.resize(320, 200)
window.show()
print(int(window.winId()), flush=True)

def command() -> None:
    data = os.read(0, 1024).decode()
    if not data:
        app.quit()
    for word in data.split():
        if word == "full":
            window.showFullScreen()
        elif word == "normal":
            window.showNormal()
        else:
            app.quit()

notifier = QSocketNotifier(0, QSocketNotifier.Type.Read)
notifier.activated.connect(command)
app.exec()
"""


def _require(*programs: str) -> None:
    missing = [p for p in programs if shutil.which(p) is None]
    if missing:
        packages = " ".join(sorted({PACKAGES[p] for p in missing}))
        pytest.fail(f"{', '.join(missing)} not found: install the Debian packages {packages}")


def _poll(check: Callable[[], bool], what: str, timeout_s: float = 10.0) -> None:
    """Ask `check` until it says yes; fail naming `what` after `timeout_s`."""
    clock = SystemClock()
    deadline = clock.monotonic() + timeout_s
    while not check():
        if clock.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout_s:.0f} s waiting for {what}")
        time.sleep(0.02)  # the poll step; what we wait for is the condition above


def _stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()


def _read_line(stream: object, what: str, timeout_s: float = 20.0) -> str:
    """One line from a child's stdout, failing rather than hanging if it never comes."""
    ready, _, _ = select.select([stream], [], [], timeout_s)
    if not ready:
        pytest.fail(f"no {what} after {timeout_s:.0f} s")
    line = stream.readline()  # type: ignore[attr-defined]
    if not line:
        pytest.fail(f"the process exited before its {what}")
    return str(line).strip()


def _wait_root_property(env: dict[str, str], prop: str, wanted: Callable[[str], bool]) -> None:
    """Wait until `xprop -root prop` prints what `wanted` accepts."""

    def seen() -> bool:
        done = subprocess.run(["xprop", "-root", prop], env=env, capture_output=True,
                              text=True, check=False)  # fmt: skip
        return wanted(done.stdout.strip())

    # A window manager can take a while to come up on a busy machine.
    _poll(seen, f"the root window's {prop}", timeout_s=45.0)


@contextlib.contextmanager
def _xvfb(home: Path, *options: str) -> Iterator[dict[str, str]]:
    """A private Xvfb; yields the environment for programs that should use it."""
    _require("Xvfb", "xdpyinfo")
    read_end, write_end = os.pipe()
    # -displayfd: Xvfb picks a free display itself and writes its number once it listens.
    # -noreset: no reset when the last client leaves, which turns away one connecting then.
    with (home / "xvfb.log").open("w") as log:
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-noreset", "-screen", "0", "1280x800x24",
             "-nolisten", "tcp", *options],
            pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=log,
        )  # fmt: skip
    os.close(write_end)
    try:
        with os.fdopen(read_end) as numbers:
            display = ":" + _read_line(numbers, "display number from Xvfb")
        env = {
            "PATH": os.environ["PATH"], "DISPLAY": display, "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"), "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_RUNTIME_DIR": str(home), "XDG_SESSION_TYPE": "x11",
            # No session bus: nothing may autolaunch one on this display.
            "DBUS_SESSION_BUS_ADDRESS": f"unix:path={home}/no-bus",
        }  # fmt: skip

        def answers() -> bool:
            if server.poll() is not None:
                log_text = (home / "xvfb.log").read_text()
                pytest.fail(f"Xvfb exited with {server.returncode}: {log_text}")
            probe = subprocess.run(["xdpyinfo", "-display", display], env=env,
                                   capture_output=True, check=False)  # fmt: skip
            return probe.returncode == 0

        _poll(answers, f"xdpyinfo -display {display} to answer")
        yield env
    finally:
        _stop(server)


@pytest.fixture
def xserver(tmp_path: Path) -> Iterator[dict[str, str]]:
    with _xvfb(tmp_path) as env:
        yield env


@pytest.fixture
def window_manager(xserver: dict[str, str]) -> Iterator[dict[str, str]]:
    _require("openbox", "xprop")
    wm = subprocess.Popen(["openbox", "--sm-disable"], env=xserver,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        _wait_root_property(xserver, "_NET_SUPPORTING_WM_CHECK", lambda s: "window id" in s)
        yield xserver
    finally:
        _stop(wm)


@contextlib.contextmanager
def _qt_window(env: dict[str, str]) -> Iterator[tuple[subprocess.Popen[str], int]]:
    window_env = {**env, "QT_QPA_PLATFORM": "xcb"}
    proc = subprocess.Popen([sys.executable, "-c", WINDOW], env=window_env, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)  # fmt: skip
    try:
        yield proc, int(_read_line(proc.stdout, "window id from the Qt window"))
    finally:
        _stop(proc)


def _send(proc: subprocess.Popen[str], command: str) -> None:
    assert proc.stdin is not None
    proc.stdin.write(command + "\n")
    proc.stdin.flush()


def _xdotool(env: dict[str, str], *args: str) -> None:
    _require("xdotool")
    subprocess.run(["xdotool", *args], env=env, check=True)


def _no_bus() -> QDBusConnection:
    return QDBusConnection("backmove-test-no-bus")


def _idle(probe: X11IdleProbe | XSyncIdleProbe) -> float:
    seconds = probe.idle_seconds()
    assert seconds is not None, "the X server stopped answering idle time"
    return seconds


def test_xsync_alarms_tell_idle_after_each_length_and_back_on_input(
    xserver: dict[str, str], qtbot: QtBot
) -> None:
    """The X server tells (XSync alarms on IDLETIME): idle at 1 s and 2 s without input, back
    at a mouse move and at a key press. The test waits for the calls, not for time."""
    probe = choose_idle_probe(xserver, "linux", session_bus=_no_bus())
    told: list[float] = []
    try:
        assert isinstance(probe, XSyncIdleProbe)
        assert probe.describe().backend == "xsync"
        assert probe.tells
        assert probe.watch([1.0, 2.0], lambda: told.append(_idle(probe)))
        for move in (("mousemove", "200", "150"), ("key", "shift")):
            _xdotool(xserver, "mousemove", "10", "10")
            before = len(told)
            # Told at each length in turn, the readings at least that long.
            qtbot.waitUntil(lambda b=before: len(told) >= b + 2 and told[-1] >= 1.9, timeout=30_000)
            assert any(0.95 <= reading < 1.9 for reading in told[before:]), told
            _xdotool(xserver, *move)
            after = len(told)
            qtbot.waitUntil(lambda a=after: len(told) > a and told[-1] < 0.5, timeout=30_000)
    finally:
        probe.close()
    assert probe.idle_seconds() is None


def test_backmove_idle_poll_asks_a_backend_that_could_tell(xserver: dict[str, str]) -> None:
    """BACKMOVE_IDLE=poll: the XSync backend is asked every few seconds instead (the bench's
    "before" figure, and a way out for a desktop whose watches misbehave)."""
    probe = choose_idle_probe({**xserver, "BACKMOVE_IDLE": "poll"}, "linux",
                              session_bus=_no_bus())  # fmt: skip
    try:
        assert probe.describe().backend == "xsync"
        assert not probe.tells
        assert not probe.watch([1.0], lambda: None)
        _xdotool(xserver, "mousemove", "30", "30")
        reading = probe.idle_seconds()
        assert reading is not None and reading < 5
    finally:
        probe.close()


def test_idle_rises_and_mouse_and_key_input_reset_it(xserver: dict[str, str]) -> None:
    """XScreenSaver, the fallback where the server lacks SYNC, asked every few seconds."""
    probe = X11IdleProbe(xserver["DISPLAY"])
    try:
        assert probe.describe().available
        _xdotool(xserver, "mousemove", "10", "10")
        _poll(lambda: _idle(probe) >= 1.0, "idle time to reach 1 s")

        _xdotool(xserver, "mousemove", "200", "150")
        _poll(lambda: _idle(probe) < 0.5, "mouse input to reset idle time")

        _poll(lambda: _idle(probe) >= 0.6, "idle time to rise again")
        _xdotool(xserver, "key", "shift")
        _poll(lambda: _idle(probe) < 0.5, "a key press to reset idle time")
    finally:
        probe.close()
    assert probe.idle_seconds() is None


def test_a_fullscreen_qt_window_under_openbox_is_detected(
    window_manager: dict[str, str],
) -> None:
    screen = choose_screen_state_probe(window_manager, "linux", session_bus=_no_bus())
    seen: list[bool] = []
    watcher = ScreenStateWatcher(screen)
    watcher.fullscreen_changed.connect(seen.append)
    try:
        assert isinstance(screen.fullscreen_probe, X11FullscreenProbe)
        assert screen.fullscreen() is False  # a window manager, no window yet
        with _qt_window(window_manager) as (window, window_id):
            _wait_root_property(
                window_manager, "_NET_ACTIVE_WINDOW", lambda s: s.endswith(hex(window_id))
            )
            assert screen.fullscreen() is False

            _send(window, "full")
            _poll(lambda: screen.fullscreen() is True, "the window to be seen fullscreen")
            watcher.check()
            assert seen == [True]

            _send(window, "normal")
            _poll(lambda: screen.fullscreen() is False, "the window to be seen normal again")
            watcher.check()
            assert seen == [True, False]
    finally:
        screen.close()


HOUR_S = 3600.0
"""A poll so long that only what the X server tells can be heard within a test."""


def test_the_x_server_tells_of_full_screen_and_a_due_break_waits_without_a_poll(
    window_manager: dict[str, str], qtbot: QtBot
) -> None:
    """Full screen on X11 is heard from the X server's PropertyNotify events (the root's
    active window, that window's state): nothing asks every few seconds, yet a break that
    falls due while a window is full screen is held, and prompted as soon as it leaves."""
    screen = choose_screen_state_probe(window_manager, "linux", session_bus=_no_bus())
    watcher = ScreenStateWatcher(screen, interval_s=HOUR_S)
    clock = SimulatedClock(datetime(2026, 3, 30, 10, 0), ZoneInfo("Europe/Berlin"))  # a Monday
    settings = Settings({})
    planner = Planner(settings, clock, None)
    driver = PlannerDriver(planner, clock, lambda: 0.0)  # typing without a pause
    decided: list[Decision] = []
    driver.decided.connect(decided.extend)
    watcher.fullscreen_changed.connect(driver.set_fullscreen)
    try:
        watcher.start()
        assert not watcher.polling and watcher.asked == ()
        with _qt_window(window_manager) as (window, window_id):
            _wait_root_property(
                window_manager, "_NET_ACTIVE_WINDOW", lambda s: s.endswith(hex(window_id))
            )
            with qtbot.waitSignal(watcher.fullscreen_changed, timeout=20_000) as heard:
                _send(window, "full")
            assert heard.args == [True]

            clock.advance(float(settings["interval_min"]) * 60 + 60)  # a break is due
            driver.tick()
            assert planner.status().held == "fullscreen"
            assert not [d for d in decided if d.decision is Action.PROMPT]

            with qtbot.waitSignal(watcher.fullscreen_changed, timeout=20_000) as heard:
                _send(window, "normal")
            assert heard.args == [False]
            assert [d for d in decided if d.decision is Action.PROMPT]
            assert planner.status().held is None
    finally:
        driver.stop()
        watcher.stop()
        screen.close()


def test_a_window_that_goes_full_screen_after_another_is_active_is_heard(
    window_manager: dict[str, str], qtbot: QtBot
) -> None:
    """The window followed moves with the active window: the second of two windows, once it
    is in front, is heard entering full screen, and the first is no longer followed."""
    screen = choose_screen_state_probe(window_manager, "linux", session_bus=_no_bus())
    watcher = ScreenStateWatcher(screen, interval_s=HOUR_S)
    try:
        watcher.start()
        with _qt_window(window_manager) as (_first, first_id):
            _wait_root_property(
                window_manager, "_NET_ACTIVE_WINDOW", lambda s: s.endswith(hex(first_id))
            )
            with _qt_window(window_manager) as (second, second_id):
                _wait_root_property(
                    window_manager, "_NET_ACTIVE_WINDOW", lambda s: s.endswith(hex(second_id))
                )
                with qtbot.waitSignal(watcher.fullscreen_changed, timeout=20_000) as heard:
                    _send(second, "full")
                assert heard.args == [True]
            # The full-screen window closed: the first one is in front again, not full screen.
            qtbot.waitUntil(lambda: not watcher.fullscreen, timeout=20_000)
    finally:
        watcher.stop()
        screen.close()


def test_without_a_window_manager_fullscreen_is_unknown(xserver: dict[str, str]) -> None:
    probe = X11FullscreenProbe(xserver["DISPLAY"])
    try:
        assert probe.available
        assert probe.fullscreen() is None
    finally:
        probe.close()


def test_an_x_server_without_the_screensaver_extension_is_reported(tmp_path: Path) -> None:
    with _xvfb(tmp_path, "-extension", "MIT-SCREEN-SAVER") as env:
        probe = X11IdleProbe(env["DISPLAY"])
        assert not probe.available
        assert probe.describe().detail == (
            f"X server on {env['DISPLAY']} lacks the MIT-SCREEN-SAVER extension"
        )
        # The chooser still finds idle time there: XSync tells, and asks no extension more.
        chosen = choose_idle_probe(env, "linux", session_bus=_no_bus())
        try:
            assert isinstance(chosen, XSyncIdleProbe)
        finally:
            chosen.close()
