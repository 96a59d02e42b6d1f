"""Idle time told by real Wayland compositors, each started by the test on a private D-Bus
session: KWin (`kwin_wayland --virtual`, ext-idle-notify-v1) and GNOME's Mutter (`mutter
--headless`, org.gnome.Mutter.IdleMonitor watches).

Each test watches two short idle lengths, waits (for the compositor's call, never a sleep)
until it says the user went idle at both, injects input the way that compositor accepts it,
and waits for "back". Input: KWin through its fake-input protocol (org_kde_kwin_fake_input,
declared in kwin_fake_input.py; KWin offers it with KWIN_WAYLAND_NO_PERMISSION_CHECKS=1);
Mutter through org.gnome.Mutter.RemoteDesktop (a session's NotifyPointerMotionRelative and
NotifyKeyboardKeycode), over jeepney.

A test is skipped only when the compositor is not installed: .ci/run installs kwin-wayland and
mutter through scripts/install-system-packages.sh, so there they run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from backmove.platform.idle import (
    IdleProbe,
    MutterIdleProbe,
    WaylandIdleProbe,
    choose_idle_probe,
)
from tests.e2e.compositors import MUTTER_REMOTE_DESKTOP, Session, doctor

pytestmark = pytest.mark.e2e

TOLD_MS = 30_000  # an idle length of 1 or 2 s, told, on a busy machine
LENGTHS = (1.0, 2.0)


class FakeInput:
    """A client of KWin's fake-input protocol: moves the pointer as if the user did."""

    def __init__(self, socket: str) -> None:
        from pywayland.client import Display

        from tests.e2e.kwin_fake_input import OrgKdeKwinFakeInput

        self._display = Display(socket)
        self._display.connect()
        found: dict[str, int] = {}

        def on_global(_registry: Any, id_: int, interface: str, _version: int) -> None:
            found.setdefault(interface, id_)

        registry = self._display.get_registry()
        registry.dispatcher["global"] = on_global
        self._display.roundtrip()
        assert OrgKdeKwinFakeInput.name in found, "KWin did not offer org_kde_kwin_fake_input"
        self._input = registry.bind(found[OrgKdeKwinFakeInput.name], OrgKdeKwinFakeInput, 4)
        self._input.authenticate("backmove tests", "input for the idle-time tests")
        self._display.roundtrip()

    def move(self) -> None:
        self._input.pointer_motion(7.0, 5.0)
        self._display.roundtrip()

    def close(self) -> None:
        self._display.disconnect()


class RemoteDesktop:
    """A Mutter remote-desktop session: input as if the user moved the mouse or typed."""

    SERVICE = MUTTER_REMOTE_DESKTOP

    def __init__(self, address: str) -> None:
        from jeepney import DBusAddress
        from jeepney.io.blocking import open_dbus_connection

        self._conn = open_dbus_connection(address)
        manager = DBusAddress("/org/gnome/Mutter/RemoteDesktop", bus_name=self.SERVICE,
                              interface=self.SERVICE)  # fmt: skip
        (path,) = self._call(manager, "CreateSession")
        self._session = DBusAddress(path, bus_name=self.SERVICE,
                                    interface=f"{self.SERVICE}.Session")  # fmt: skip
        self._call(self._session, "Start")

    def _call(self, address: Any, method: str, signature: str | None = None,
              *args: Any) -> tuple[Any, ...]:  # fmt: skip
        from jeepney import MessageType, new_method_call

        reply = self._conn.send_and_get_reply(
            new_method_call(address, method, signature, args), timeout=10
        )
        assert reply.header.message_type == MessageType.method_return, (method, reply.body)
        return tuple(reply.body)

    def move(self) -> None:
        self._call(self._session, "NotifyPointerMotionRelative", "dd", 7.0, 5.0)

    def key(self) -> None:
        shift = 42  # evdev KEY_LEFTSHIFT
        self._call(self._session, "NotifyKeyboardKeycode", "ub", shift, True)
        self._call(self._session, "NotifyKeyboardKeycode", "ub", shift, False)

    def close(self) -> None:
        self._call(self._session, "Stop")
        self._conn.close()


def _told(qtbot: QtBot, probe: IdleProbe) -> list[float]:
    """Watch LENGTHS; returns the list the probe's calls add their readings to."""
    readings: list[float] = []

    def changed() -> None:
        reading = probe.idle_seconds()
        assert reading is not None, "the probe lost its compositor"
        readings.append(reading)

    assert probe.watch(LENGTHS, changed), "the probe could not set its watches"
    return readings


def _idle_then_back(qtbot: QtBot, probe: IdleProbe, readings: list[float], inject: Any) -> None:
    """No input: told idle at the longest length. Then input: told back (reading 0)."""
    qtbot.waitUntil(lambda: bool(readings) and readings[-1] >= LENGTHS[-1] - 0.05,
                    timeout=TOLD_MS)  # fmt: skip
    told_before = len(readings)
    inject()
    qtbot.waitUntil(lambda: len(readings) > told_before and readings[-1] < 0.5, timeout=TOLD_MS)


def test_kwin_tells_idle_after_the_threshold_and_back_after_fake_input(
    kwin: Session, qtbot: QtBot
) -> None:
    probe = choose_idle_probe(kwin.env, "linux", session_bus=kwin.bus)
    fake = FakeInput(kwin.env["WAYLAND_DISPLAY"])
    try:
        assert isinstance(probe, WaylandIdleProbe)
        status = probe.describe()
        assert (status.backend, status.available) == ("wayland", True)
        # KWin 5.27 offers version 1: idle inhibitors count as activity there.
        assert "ext_idle_notifier_v1 version" in status.detail
        readings = _told(qtbot, probe)
        # Nothing is said before the shortest length: between calls the user is "active".
        assert probe.idle_seconds() == 0.0
        _idle_then_back(qtbot, probe, readings, fake.move)
        assert readings[0] >= LENGTHS[0] - 0.05
        # And again: each stretch of idle is told anew.
        _idle_then_back(qtbot, probe, readings, fake.move)
    finally:
        fake.close()
        probe.close()
    assert probe.idle_seconds() is None


def _idle_line(session: Session, home: Path) -> str:
    done = doctor(session, home)
    assert done.returncode == 0, done.stderr
    return next(x for x in done.stdout.splitlines() if x.startswith("idle time"))


def test_doctor_names_the_wayland_backend_under_kwin(kwin: Session, tmp_path: Path) -> None:
    line = _idle_line(kwin, tmp_path / "home")
    # KWin 5.27 offers version 1: a video or call keeping the screen awake counts as activity.
    assert "the Wayland compositor, which says when you stop" in line, line
    assert "counts as being here" in line and "[wayland]" in line, line


def test_doctor_names_the_mutter_backend_under_gnome(mutter: Session, tmp_path: Path) -> None:
    line = _idle_line(mutter, tmp_path / "home")
    assert "GNOME's idle monitor, which says when you stop" in line and "[mutter]" in line, line


def test_mutter_watches_tell_idle_and_back_after_remote_desktop_input(
    mutter: Session, qtbot: QtBot
) -> None:
    probe = choose_idle_probe(mutter.env, "linux", session_bus=mutter.bus)
    remote = RemoteDesktop(mutter.env["DBUS_SESSION_BUS_ADDRESS"])
    try:
        assert isinstance(probe, MutterIdleProbe)
        assert probe.describe().backend == "mutter"
        readings = _told(qtbot, probe)
        _idle_then_back(qtbot, probe, readings, remote.move)
        _idle_then_back(qtbot, probe, readings, remote.key)
        assert probe.watching
    finally:
        remote.close()
        probe.close()
