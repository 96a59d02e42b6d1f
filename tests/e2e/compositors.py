"""Real Wayland compositors for the e2e tests, each on a private D-Bus session the test starts:
KWin (`kwin_wayland --virtual`, Debian's KWin 5.27) and GNOME's Mutter (`mutter --headless`).

tests/e2e/conftest.py offers the fixtures (`private_bus`, `kwin`, `mutter`); the last two give a
`Session`: the environment a client of that desktop would have, and a QtDBus connection to its
bus. A test is skipped only when the compositor is not installed: .ci/run installs kwin-wayland
and mutter through scripts/install-system-packages.sh, so there they run.

Debian's kwin_wayland carries a file capability (cap_sys_resource) that a sandbox without it
refuses to execute ("Operation not permitted"); a copy has no capability and runs the same, so
the copy is what starts. KWin runs with KWIN_WAYLAND_NO_PERMISSION_CHECKS=1, so it offers its
fake-input protocol to the idle tests (tests/e2e/kwin_fake_input.py), and with its own Qt
platform plugin (no QT_QPA_PLATFORM passed).
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

from backmove.platform.bus import BusError, call, is_registered

START_MS = 90_000
"""A compositor's first start on a busy machine."""

MUTTER_IDLE = "org.gnome.Mutter.IdleMonitor"
MUTTER_REMOTE_DESKTOP = "org.gnome.Mutter.RemoteDesktop"

_names = count()


@dataclass
class Session:
    env: dict[str, str]
    bus: QDBusConnection


def installed(program: str) -> str:
    found = shutil.which(program)
    if found is None:
        pytest.skip(f"{program} is not installed (CI installs it)")
    return found


def stop(proc: subprocess.Popen[Any]) -> None:
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


def doctor(session: Session, home: Path) -> subprocess.CompletedProcess[str]:
    """`backmove doctor` run inside the session, as its own process."""
    return subprocess.run(
        [sys.executable, "-m", "backmove", "--home", str(home), "doctor"],
        env={**session.env, "PYTHONPATH": str(Path.cwd()), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


@pytest.fixture
def private_bus(tmp_path: Path, qtbot: QtBot) -> Iterator[tuple[str, QDBusConnection]]:
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
    name = f"backmove-compositor-test-{next(_names)}"
    try:
        qtbot.waitUntil(lambda: address_file.read_text().endswith("\n"), timeout=START_MS)
        address = address_file.read_text().strip()
        bus = QDBusConnection.connectToBus(address, name)
        assert bus.isConnected()
        yield address, bus
    finally:
        QDBusConnection.disconnectFromBus(name)
        stop(daemon)


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
    tmp_path: Path, private_bus: tuple[str, QDBusConnection], qtbot: QtBot
) -> Iterator[Session]:
    """KWin on an 800×600 virtual output, up once its Wayland socket and its scripting D-Bus
    object are there."""
    binary = installed("kwin_wayland")
    copy = tmp_path / "bin" / "kwin_wayland"
    copy.parent.mkdir()
    shutil.copyfile(binary, copy)
    copy.chmod(0o755)
    address, bus = private_bus
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
            if not socket.exists():
                return False
            # KWin takes its name on the bus before its scripting object is there.
            try:
                call(bus, "org.kde.KWin", "/Scripting", "org.kde.kwin.Scripting",
                     "isScriptLoaded", "none")  # fmt: skip
            except BusError:
                return False
            return True

        qtbot.waitUntil(up, timeout=START_MS)
        yield Session(
            {**env, "WAYLAND_DISPLAY": str(socket), "XDG_SESSION_TYPE": "wayland",
             "XDG_CURRENT_DESKTOP": "KDE"},
            bus,
        )  # fmt: skip
    finally:
        stop(proc)


@pytest.fixture
def mutter(
    tmp_path: Path, private_bus: tuple[str, QDBusConnection], qtbot: QtBot
) -> Iterator[Session]:
    """GNOME's compositor, headless with one virtual monitor, up once its IdleMonitor and
    RemoteDesktop services are on the bus."""
    binary = installed("mutter")
    address, bus = private_bus
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
            return is_registered(bus, MUTTER_IDLE) and is_registered(bus, MUTTER_REMOTE_DESKTOP)

        qtbot.waitUntil(up, timeout=START_MS)
        yield Session({**env, "XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "GNOME"}, bus)
    finally:
        stop(proc)
