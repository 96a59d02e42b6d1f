"""Full screen on Wayland where the compositor tells: KWin (`kwin_wayland --virtual`, Debian's
KWin 5.27) on a private session bus, backmove's script loaded into it over KWin's scripting
D-Bus interface, and a real Qt window on KWin's Wayland socket going full screen and back.

Debian's kwin_wayland carries a file capability (cap_sys_resource) that a sandbox without it
refuses to execute ("Operation not permitted"); a copy has no capability and runs the same, so
the copy is what starts. The test is skipped only when KWin is not installed (.ci/run installs
it through scripts/install-system-packages.sh test).
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from backmove.platform.bus import BusError, call
from backmove.platform.screenstate import (
    KWinFullscreenProbe,
    ScreenStateWatcher,
    choose_screen_state_probe,
)

START_MS = 60_000
HOUR_S = 3600.0
"""The watcher's poll, set so long that only what KWin tells can be heard."""

WINDOW = r"""
import os, sys
from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv)
window = QWidget()
window.setWindowTitle("backmove full-screen test")
window.resize(320, 200)
window.show()
print("shown", flush=True)

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


@dataclass
class KWin:
    env: dict[str, str]
    bus: QDBusConnection


def _stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            stream.close()


def _line(proc: subprocess.Popen[str], what: str) -> str:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], START_MS / 1000)
    if not ready:
        pytest.fail(f"no {what} after {START_MS // 1000} s")
    line = proc.stdout.readline().strip()
    if not line:
        pytest.fail(f"the process exited before its {what}")
    return line


@pytest.fixture
def kwin(tmp_path: Path, qapp: QCoreApplication, qtbot: QtBot) -> Iterator[KWin]:
    binary = shutil.which("kwin_wayland")
    if binary is None:
        pytest.skip("kwin_wayland is not installed (Debian package kwin-wayland)")
    if shutil.which("dbus-daemon") is None:
        pytest.fail("dbus-daemon not found: install the Debian package dbus")
    copy = tmp_path / "bin" / "kwin_wayland"
    copy.parent.mkdir()
    shutil.copyfile(binary, copy)
    copy.chmod(0o755)
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {
        "PATH": os.environ["PATH"], "HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }  # fmt: skip
    bus_dir = tmp_path / "bus"
    bus_dir.mkdir()
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1",
         f"--address=unix:dir={bus_dir}"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    procs = [daemon]
    try:
        env["DBUS_SESSION_BUS_ADDRESS"] = _line(daemon, "bus address from dbus-daemon")
        socket = runtime / "wayland-backmove-test"
        log_path = tmp_path / "kwin.log"
        with log_path.open("w") as log:
            compositor = subprocess.Popen(
                [str(copy), "--virtual", "--no-lockscreen", "--no-global-shortcuts",
                 "--socket", socket.name, "--width", "800", "--height", "600"],
                env={**env, "QT_QPA_PLATFORM": "wayland"},
                stdout=log, stderr=subprocess.STDOUT, text=True,
            )  # fmt: skip
        procs.append(compositor)
        connection = QDBusConnection.connectToBus(env["DBUS_SESSION_BUS_ADDRESS"], "kwin-test")
        assert connection.isConnected()

        def up() -> bool:
            if compositor.poll() is not None:
                tail = log_path.read_text(errors="replace")[-3000:]
                pytest.fail(f"kwin_wayland exited with {compositor.returncode}: {tail}")
            if not socket.exists():
                return False
            # KWin takes its name on the bus before its scripting object is there.
            try:
                call(connection, "org.kde.KWin", "/Scripting", "org.kde.kwin.Scripting",
                     "isScriptLoaded", "none")  # fmt: skip
            except BusError:
                return False
            return True

        qtbot.waitUntil(up, timeout=START_MS)
        yield KWin(
            {**env, "WAYLAND_DISPLAY": socket.name, "XDG_SESSION_TYPE": "wayland",
             "XDG_CURRENT_DESKTOP": "KDE"},
            connection,
        )  # fmt: skip
    finally:
        QDBusConnection.disconnectFromBus("kwin-test")
        for proc in reversed(procs):
            _stop(proc)


def test_kwin_tells_when_the_active_window_goes_full_screen(kwin: KWin, qtbot: QtBot) -> None:
    state = choose_screen_state_probe(kwin.env, "linux", session_bus=kwin.bus)
    watcher = ScreenStateWatcher(state, interval_s=HOUR_S)
    heard: list[bool] = []
    watcher.fullscreen_changed.connect(heard.append)
    window = subprocess.Popen(
        [sys.executable, "-c", WINDOW], env={**kwin.env, "QT_QPA_PLATFORM": "wayland"},
        text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
    )  # fmt: skip
    try:
        assert isinstance(state.fullscreen_probe, KWinFullscreenProbe), state.describe()[0]
        status = state.describe()[0]
        assert (status.backend, status.available) == ("kwin", True)
        watcher.start()
        # KWin's script reports the active window at once: none full screen.
        qtbot.waitUntil(lambda: state.fullscreen() is False, timeout=START_MS)
        assert _line(window, "window shown") == "shown"

        assert window.stdin is not None
        window.stdin.write("full\n")
        window.stdin.flush()
        qtbot.waitUntil(lambda: heard == [True], timeout=START_MS)
        window.stdin.write("normal\n")
        window.stdin.flush()
        qtbot.waitUntil(lambda: heard == [True, False], timeout=START_MS)
    finally:
        watcher.stop()
        state.close()
        _stop(window)


def test_doctor_names_kwin_for_full_screen(kwin: KWin) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "backmove", "--home", kwin.env["HOME"] + "/bm", "doctor"],
        env={**kwin.env, "PYTHONPATH": str(Path.cwd()), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("full screen"))
    assert "KWin's window list" in line and "[kwin]" in line, done.stdout
