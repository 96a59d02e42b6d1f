"""The D-Bus backends against real D-Bus: a private dbus-daemon, and stand-in services
(fake_desktop_bus.py) where the desktop's would be. A missing dbus-daemon is a failure naming
the Debian package: CI installs it."""

from __future__ import annotations

import select
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from itertools import count
from pathlib import Path
from typing import IO
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from backmove.core.clock import SimulatedClock
from backmove.platform.idle import (
    MutterIdleProbe,
    NoIdleProbe,
    ScreenSaverIdleProbe,
    choose_idle_probe,
)
from backmove.platform.power import LogindSleepSource, PowerMonitor
from backmove.platform.probe import Effect
from backmove.platform.screenstate import (
    IDLE_INHIBIT_FLAG,
    InhibitorCallsProbe,
    NotificationsDndProbe,
    ScreenStateWatcher,
    choose_screen_state_probe,
    idle_blocked,
)

FAKE_DESKTOP = Path(__file__).with_name("fake_desktop_bus.py")
_names = count()


def _line(stream: IO[str] | None, what: str) -> str:
    assert stream is not None
    ready, _, _ = select.select([stream], [], [], 20)
    if not ready:
        pytest.fail(f"no {what} after 20 s")
    line = stream.readline().strip()
    if not line:
        pytest.fail(f"the process exited before its {what}")
    return line


def _stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.terminate()
        proc.wait(timeout=5)
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            stream.close()


@pytest.fixture
def bus_address(tmp_path: Path) -> Iterator[str]:
    """A private bus daemon, torn down after the test."""
    if shutil.which("dbus-daemon") is None:
        pytest.fail("dbus-daemon not found: install the Debian package dbus")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1",
         f"--address=unix:dir={tmp_path}"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        yield _line(daemon.stdout, "bus address from dbus-daemon")
    finally:
        _stop(daemon)


@pytest.fixture
def bus(qapp: QCoreApplication, bus_address: str) -> Iterator[QDBusConnection]:
    name = f"backmove-test-{next(_names)}"
    connection = QDBusConnection.connectToBus(bus_address, name)
    assert connection.isConnected()
    yield connection
    QDBusConnection.disconnectFromBus(name)


class FakeDesktop:
    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self._proc = proc

    def tell(self, command: str) -> None:
        assert self._proc.stdin is not None
        self._proc.stdin.write(command + "\n")
        self._proc.stdin.flush()
        assert _line(self._proc.stdout, f"answer to {command!r}") == "ok"


@pytest.fixture
def desktop(bus_address: str) -> Iterator[FakeDesktop]:
    proc = subprocess.Popen([sys.executable, str(FAKE_DESKTOP), bus_address],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert _line(proc.stdout, "ready from the fake desktop") == "ready"
        yield FakeDesktop(proc)
    finally:
        _stop(proc)


def test_absent_services_are_reported_not_available(bus: QDBusConnection) -> None:
    probe = choose_idle_probe({"XDG_CURRENT_DESKTOP": "KDE"}, "linux", session_bus=bus)
    assert isinstance(probe, NoIdleProbe)
    assert probe.describe().detail == (
        "wayland: WAYLAND_DISPLAY is not set; "
        "screensaver: org.freedesktop.ScreenSaver: not on the bus; "
        "mutter: org.gnome.Mutter.IdleMonitor: not on the bus"
    )
    dnd = NotificationsDndProbe(bus)
    assert not dnd.available
    source = LogindSleepSource(bus)
    assert not source.available
    assert source.detail == "org.freedesktop.login1 is not on the system bus"


@pytest.mark.usefixtures("desktop")
def test_gnome_idle_time_comes_from_mutter_in_milliseconds(bus: QDBusConnection) -> None:
    env = {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "GNOME"}
    probe = choose_idle_probe(env, "linux", session_bus=bus)
    assert isinstance(probe, MutterIdleProbe)
    assert probe.idle_seconds() == pytest.approx(4.242)
    assert probe.describe().effect is Effect.IDLE_MEASURED


@pytest.mark.usefixtures("desktop")
def test_a_mutter_that_refuses_watches_is_asked_instead(
    bus: QDBusConnection, bus_address: str
) -> None:
    """The stand-in answers GetIdletime but has no AddIdleWatch: the probe says it cannot tell,
    so the driver asks it every few seconds, and its readings still come from Mutter."""
    probe = MutterIdleProbe(bus, bus_address)
    try:
        assert probe.available
        assert not probe.watch([15.0, 180.0], lambda: None)
        assert probe.idle_seconds() == pytest.approx(4.242)
    finally:
        probe.close()


@pytest.mark.usefixtures("desktop")
def test_kde_idle_time_comes_from_the_screensaver_service(bus: QDBusConnection) -> None:
    env = {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "KDE"}
    probe = choose_idle_probe(env, "linux", session_bus=bus)
    assert isinstance(probe, ScreenSaverIdleProbe)
    assert probe.idle_seconds() == pytest.approx(17.0)


def test_do_not_disturb_follows_notifications_inhibited(
    bus: QDBusConnection, desktop: FakeDesktop
) -> None:
    state = choose_screen_state_probe({"XDG_SESSION_TYPE": "wayland"}, "linux", session_bus=bus)
    assert state.dnd_probe.available
    assert state.describe()[1].effect is Effect.DND_FOLLOWED
    assert state.dnd() is False
    desktop.tell("inhibit on")
    assert state.dnd() is True
    desktop.tell("inhibit off")
    assert state.dnd() is False


def test_logind_prepare_for_sleep_drives_suspend_and_resume(
    bus: QDBusConnection, desktop: FakeDesktop, qtbot: QtBot
) -> None:
    clock = SimulatedClock(datetime(2026, 3, 30, 12, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    source = LogindSleepSource(bus)
    assert source.available
    monitor = PowerMonitor(clock, source, monotonic_counts_sleep=False)
    assert monitor.describe().effect is Effect.SUSPEND_EVENTS

    with qtbot.waitSignal(monitor.suspending, timeout=5000):
        desktop.tell("sleep")
    clock.sleep(600)
    with qtbot.waitSignal(monitor.resumed, timeout=5000) as resumed:
        desktop.tell("wake")
    assert resumed.args == [pytest.approx(600)]

    source.close()
    assert not source.available


def test_an_app_keeping_the_screen_awake_is_a_call(
    bus: QDBusConnection, desktop: FakeDesktop, qtbot: QtBot
) -> None:
    """GNOME's session manager (its idle bit, heard through InhibitorAdded) and logind's
    BlockInhibited (asked), from the stand-ins: the real services need a whole GNOME session
    and the system's logind, so this checks what backmove reads and how it reads it."""
    state = choose_screen_state_probe(
        {"XDG_SESSION_TYPE": "wayland"}, "linux", session_bus=bus, system_bus=bus
    )
    try:
        probe = state.calls_probe
        assert isinstance(probe, InhibitorCallsProbe)
        status = state.describe()[2]
        assert (status.backend, status.effect) == ("gnome-session+logind", Effect.CALLS_FOLLOWED)
        watcher = ScreenStateWatcher(state)
        watcher.start()
        assert state.in_call() is False  # logind's usual power-key and lid inhibitors are no call

        with qtbot.waitSignal(watcher.call_changed, timeout=5000) as heard:
            desktop.tell(f"session-inhibit {IDLE_INHIBIT_FLAG | 4}")  # idle + suspend
        assert heard.args == [True]
        desktop.tell("session-inhibit 4")  # suspend alone (a download) is no call
        qtbot.waitUntil(lambda: not watcher.in_call, timeout=5000)

        desktop.tell("block sleep:idle")
        watcher.check()  # logind is asked every few seconds; the test asks now
        assert watcher.in_call
        desktop.tell("block -")
        watcher.check()
        assert not watcher.in_call
        watcher.stop()
    finally:
        state.close()


@pytest.mark.parametrize(
    ("what", "idle"),
    [("idle", True), ("sleep:idle:handle-lid-switch", True), ("sleep", False),
     ("", False), ("handle-idle-action", False)],
)  # fmt: skip
def test_logind_block_inhibited_names_idle(what: str, idle: bool) -> None:
    assert idle_blocked(what) is idle
