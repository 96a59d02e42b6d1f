"""Do-not-disturb followed for real: dunst's pause in the headless desktop (`dunstctl
set-paused`), heard the moment it changes and holding a break back until it ends; and GNOME's
do-not-disturb, the GSettings key org.gnome.desktop.notifications show-banners, stored by dconf
behind a private session bus and changed with `gsettings set` as GNOME's own panel does; and
XFCE's, xfce4-notifyd's property in xfconfd, changed with `xfconf-query`.

A missing program is a failure naming the Debian package, not a skip: CI installs them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from backmove.platform.screenstate import (
    DunstDndProbe,
    GnomeDndProbe,
    ScreenStateWatcher,
    XfceDndProbe,
    choose_screen_state_probe,
)
from tests.e2e.desktop import ALL_DAY, Typist, backmove_argv, desktop, wait_for

HOUR_S = 3600.0
"""The watcher's poll, set so long that only a change the desktop tells can be heard."""

DCONF_SERVICE = Path("/usr/libexec/dconf-service")

SETTINGS = (
    """\
interval_min = 1
warning_lead_s = 0
natural_pause_wait_s = 0
idle_threshold_min = 5
"""
    + ALL_DAY
)


Connect = Callable[[str], QDBusConnection]


@pytest.fixture
def session_bus(qapp: QCoreApplication) -> Iterator[Connect]:
    """Connects this process to a test's own session bus, by its address."""
    names: list[str] = []

    def connect(address: str) -> QDBusConnection:
        name = f"backmove-e2e-dnd-{len(names)}"
        names.append(name)
        connection = QDBusConnection.connectToBus(address, name)
        assert connection.isConnected(), f"cannot connect to the test's bus at {address}"
        return connection

    yield connect
    for name in names:
        QDBusConnection.disconnectFromBus(name)


def test_dunst_pause_is_heard_the_moment_it_changes(
    tmp_path: Path, qtbot: QtBot, session_bus: Connect
) -> None:
    with desktop(tmp_path / "shots", tray=False, wm=False) as desk:
        bus = session_bus(desk.env["DBUS_SESSION_BUS_ADDRESS"])
        state = choose_screen_state_probe(desk.env, "linux", session_bus=bus, system_bus=bus)
        watcher = ScreenStateWatcher(state, interval_s=HOUR_S)
        try:
            assert isinstance(state.dnd_probe, DunstDndProbe)  # dunst named itself the server
            status = state.describe()[1]
            assert (status.backend, status.available) == ("dunst", True)
            watcher.start()
            assert not watcher.dnd

            with qtbot.waitSignal(watcher.dnd_changed, timeout=10_000) as heard:
                desk.run("dunstctl", "set-paused", "true")
            assert heard.args == [True]
            with qtbot.waitSignal(watcher.dnd_changed, timeout=10_000) as heard:
                desk.run("dunstctl", "set-paused", "false")
            assert heard.args == [False]
        finally:
            watcher.stop()
            state.close()


def test_a_break_waits_while_dunst_is_paused_and_comes_when_it_ends(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.toml").write_text(SETTINGS)
    with desktop(tmp_path / "shots") as desk:
        env = {**desk.env, "BACKMOVE_HOME": str(home)}

        def backmove(*args: str) -> str:
            done = subprocess.run(backmove_argv(*args), env=env, capture_output=True,
                                  text=True, timeout=60, check=False)  # fmt: skip
            assert done.returncode == 0, done.stderr
            return done.stdout

        doctor = {
            line.split("  ", 1)[0]: line for line in backmove("doctor").splitlines() if "  " in line
        }
        assert "[dunst]" in doctor["do not disturb"], doctor
        assert "dunst's pause" in doctor["do not disturb"]

        desk.run("dunstctl", "set-paused", "true")
        app = desk.spawn(*backmove_argv(), env=env)
        wait_for(lambda: "backmove" in desk.tray_icons(), 30, "the tray icon")
        prompt = "backmove — Time to move"
        with Typist(desk):  # a minute of work makes the break due

            def summary() -> str:
                return str(json.loads(backmove("status", "--json")).get("summary", ""))

            wait_for(lambda: "held until" in summary(), 120, "the break to be held")
            assert desk.visible_window(prompt) is None
            desk.screenshot("dnd-1-held-while-dunst-is-paused")
            desk.run("dunstctl", "set-paused", "false")
            wait_for(lambda: desk.visible_window(prompt), 30, "the prompt once the pause ends")
        desk.screenshot("dnd-2-prompt-after-the-pause")
        app.terminate()
        assert app.wait(timeout=20) == 0


def _require_gsettings() -> None:
    if shutil.which("gsettings") is None:
        pytest.fail("gsettings not found: install the Debian package libglib2.0-bin")
    if not DCONF_SERVICE.exists():
        pytest.fail(
            f"{DCONF_SERVICE} not found: install the Debian packages dconf-service and "
            "dconf-gsettings-backend"
        )
    schemas = Path("/usr/share/glib-2.0/schemas/org.gnome.desktop.notifications.gschema.xml")
    if not schemas.exists():
        pytest.fail(f"{schemas} not found: install the Debian package gsettings-desktop-schemas")


@pytest.fixture
def gnome_session(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private session bus whose dconf keeps its settings under tmp_path: the environment
    of a GNOME session as far as GSettings is concerned."""
    _require_gsettings()
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "XDG_CURRENT_DESKTOP": "GNOME",
        "XDG_SESSION_TYPE": "wayland",
        "GSETTINGS_BACKEND": "dconf",
    }
    (tmp_path / "config").mkdir()
    # dconf-service is started by the bus on first write, with the bus's environment: so the
    # bus gets this session's, and writes go under tmp_path, never to the real home.
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1",
         f"--address=unix:dir={tmp_path}"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        assert daemon.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = daemon.stdout.readline().strip()
        assert env["DBUS_SESSION_BUS_ADDRESS"], "dbus-daemon gave no address"
        yield env
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        if daemon.stdout is not None:
            daemon.stdout.close()


def _gsettings(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(["gsettings", *args], env=env, capture_output=True, text=True,
                          timeout=30, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_gnome_do_not_disturb_is_show_banners_off_heard_through_gsettings(
    gnome_session: dict[str, str], tmp_path: Path, qtbot: QtBot, session_bus: Connect
) -> None:
    env = gnome_session
    bus = session_bus(env["DBUS_SESSION_BUS_ADDRESS"])
    state = choose_screen_state_probe(env, "linux", session_bus=bus, system_bus=bus)
    watcher = ScreenStateWatcher(state, interval_s=HOUR_S)
    try:
        assert isinstance(state.dnd_probe, GnomeDndProbe)
        assert state.dnd() is False  # banners are on out of the box
        watcher.start()

        with qtbot.waitSignal(watcher.dnd_changed, timeout=10_000) as heard:
            _gsettings(env, "set", "org.gnome.desktop.notifications", "show-banners", "false")
        assert heard.args == [True]
        # The value went through dconf, into this session's own database.
        assert (tmp_path / "config" / "dconf" / "user").is_file()
        assert state.dnd() is True

        with qtbot.waitSignal(watcher.dnd_changed, timeout=10_000) as heard:
            _gsettings(env, "reset", "org.gnome.desktop.notifications", "show-banners")
        assert heard.args == [False]
    finally:
        watcher.stop()
        state.close()


def test_gnome_do_not_disturb_already_on_at_start_is_seen(
    gnome_session: dict[str, str], session_bus: Connect
) -> None:
    env = gnome_session
    _gsettings(env, "set", "org.gnome.desktop.notifications", "show-banners", "false")
    bus = session_bus(env["DBUS_SESSION_BUS_ADDRESS"])
    state = choose_screen_state_probe(env, "linux", session_bus=bus, system_bus=bus)
    seen: list[bool] = []
    watcher = ScreenStateWatcher(state, interval_s=HOUR_S)
    watcher.dnd_changed.connect(seen.append)
    try:
        watcher.start()
        assert seen == [True]
    finally:
        watcher.stop()
        state.close()


@pytest.fixture
def xfce_session(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private session bus on which xfconfd (XFCE's settings store) is started by the bus,
    keeping its channels under tmp_path."""
    if shutil.which("xfconf-query") is None:
        pytest.fail("xfconf-query not found: install the Debian package xfconf")
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "XDG_CURRENT_DESKTOP": "XFCE",
        "XDG_SESSION_TYPE": "x11",
    }
    (tmp_path / "config").mkdir()
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1",
         f"--address=unix:dir={tmp_path}"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        assert daemon.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = daemon.stdout.readline().strip()
        yield env
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        if daemon.stdout is not None:
            daemon.stdout.close()


def _xfconf(env: dict[str, str], value: str) -> None:
    """What xfce4-notifyd's settings (and its panel plugin) do when the switch is flipped."""
    done = subprocess.run(
        ["xfconf-query", "-c", "xfce4-notifyd", "-p", "/do-not-disturb", "-n", "-t", "bool",
         "-s", value],
        env=env, capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_xfce_do_not_disturb_is_heard_from_xfconf(
    xfce_session: dict[str, str], qtbot: QtBot, session_bus: Connect
) -> None:
    env = xfce_session
    bus = session_bus(env["DBUS_SESSION_BUS_ADDRESS"])
    # xfconfd runs in an XFCE session; here the first query starts it. The property is not
    # set yet: never set means off.
    subprocess.run(["xfconf-query", "-c", "xfce4-notifyd", "-l"], env=env,
                   capture_output=True, timeout=30, check=False)  # fmt: skip
    state = choose_screen_state_probe(env, "linux", session_bus=bus, system_bus=bus)
    watcher = ScreenStateWatcher(state, interval_s=HOUR_S)
    try:
        assert isinstance(state.dnd_probe, XfceDndProbe), state.describe()[1]
        assert state.dnd() is False
        watcher.start()
        with qtbot.waitSignal(watcher.dnd_changed, timeout=10_000) as heard:
            _xfconf(env, "true")
        assert heard.args == [True]
        with qtbot.waitSignal(watcher.dnd_changed, timeout=10_000) as heard:
            _xfconf(env, "false")
        assert heard.args == [False]
    finally:
        watcher.stop()
        state.close()
