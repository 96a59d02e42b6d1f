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

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import count
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from backmove.platform.bus import is_registered
from backmove.platform.idle import (
    IdleProbe,
    MutterIdleProbe,
    WaylandIdleProbe,
    choose_idle_probe,
)

pytestmark = pytest.mark.e2e

START_MS = 90_000  # a compositor's first start on a busy machine
TOLD_MS = 30_000  # an idle length of 1 or 2 s, told, on a busy machine
LENGTHS = (1.0, 2.0)
_names = count()


@dataclass
class Session:
    env: dict[str, str]
    bus: QDBusConnection


def _installed(program: str) -> str:
    found = shutil.which(program)
    if found is None:
        pytest.skip(f"{program} is not installed (CI installs it)")
    return found


def _stop(proc: subprocess.Popen[Any]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()


def _log_tail(path: Path) -> str:
    text = path.read_text(errors="replace") if path.exists() else ""
    return text[-3000:]


@pytest.fixture
def session_bus(tmp_path: Path, qtbot: QtBot) -> Iterator[tuple[str, QDBusConnection]]:
    """A private session bus (address, and a QtDBus connection to it)."""
    if shutil.which("dbus-daemon") is None:
        pytest.fail("dbus-daemon not found: install the Debian package dbus")
    bus_dir = tmp_path / "bus"
    bus_dir.mkdir()
    address_file = tmp_path / "bus-address"
    with address_file.open("w") as out:
        daemon = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1",
             f"--address=unix:dir={bus_dir}"],
            stdout=out, stderr=subprocess.DEVNULL,
        )  # fmt: skip
    try:
        qtbot.waitUntil(lambda: address_file.read_text().endswith("\n"), timeout=START_MS)
        address = address_file.read_text().strip()
        name = f"backmove-idle-test-{next(_names)}"
        bus = QDBusConnection.connectToBus(address, name)
        assert bus.isConnected()
        yield address, bus
        QDBusConnection.disconnectFromBus(name)
    finally:
        _stop(daemon)


def _session_env(tmp_path: Path, address: str) -> dict[str, str]:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    return {
        "PATH": os.environ["PATH"], "HOME": str(tmp_path),
        "XDG_RUNTIME_DIR": str(runtime), "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_DATA_HOME": str(tmp_path / "data"),
        "DBUS_SESSION_BUS_ADDRESS": address,
    }  # fmt: skip


@pytest.fixture
def kwin(
    tmp_path: Path, session_bus: tuple[str, QDBusConnection], qtbot: QtBot
) -> Iterator[Session]:
    """KWin on a virtual output. Debian's kwin_wayland carries a file capability
    (cap_sys_resource) that a sandbox without that capability refuses to execute ("Operation
    not permitted"); a copy has no capability and runs the same, so the copy is what starts."""
    binary = _installed("kwin_wayland")
    copy_dir = tmp_path / "bin"
    copy_dir.mkdir()
    copy = copy_dir / "kwin_wayland"
    shutil.copyfile(binary, copy)
    copy.chmod(0o755)
    address, bus = session_bus
    env = _session_env(tmp_path, address)
    socket = Path(env["XDG_RUNTIME_DIR"]) / "wayland-backmove-test"
    log_path = tmp_path / "kwin.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [str(copy), "--virtual", "--no-lockscreen", "--no-global-shortcuts",
             "--socket", socket.name, "--width", "800", "--height", "600"],
            env={**env, "KWIN_WAYLAND_NO_PERMISSION_CHECKS": "1"},
            stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:

        def up() -> bool:
            if proc.poll() is not None:
                pytest.fail(f"kwin_wayland exited with {proc.returncode}: {_log_tail(log_path)}")
            return socket.exists()

        qtbot.waitUntil(up, timeout=START_MS)
        yield Session(
            {**env, "WAYLAND_DISPLAY": str(socket), "XDG_SESSION_TYPE": "wayland",
             "XDG_CURRENT_DESKTOP": "KDE"},
            bus,
        )  # fmt: skip
    finally:
        _stop(proc)


@pytest.fixture
def mutter(
    tmp_path: Path, session_bus: tuple[str, QDBusConnection], qtbot: QtBot
) -> Iterator[Session]:
    """GNOME's compositor, headless with one virtual monitor, on the private bus."""
    binary = _installed("mutter")
    address, bus = session_bus
    env = _session_env(tmp_path, address)
    log_path = tmp_path / "mutter.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [binary, "--headless", "--wayland", "--no-x11", "--virtual-monitor", "1280x800"],
            env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:

        def up() -> bool:
            if proc.poll() is not None:
                pytest.fail(f"mutter exited with {proc.returncode}: {_log_tail(log_path)}")
            return is_registered(bus, MutterIdleProbe.service) and is_registered(
                bus, RemoteDesktop.SERVICE
            )

        qtbot.waitUntil(up, timeout=START_MS)
        yield Session({**env, "XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "GNOME"}, bus)
    finally:
        _stop(proc)


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

    SERVICE = "org.gnome.Mutter.RemoteDesktop"

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


def _doctor(session: Session, home: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "backmove", "--home", str(home), "doctor"],
        env={**session.env, "PYTHONPATH": str(Path.cwd()), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    return done.stdout + done.stderr


def test_doctor_names_the_wayland_backend_under_kwin(kwin: Session, tmp_path: Path) -> None:
    assert "[wayland]" in _doctor(kwin, tmp_path / "home")


def test_doctor_names_the_mutter_backend_under_gnome(mutter: Session, tmp_path: Path) -> None:
    assert "[mutter]" in _doctor(mutter, tmp_path / "home")


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
