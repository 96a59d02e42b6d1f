"""Full screen on Wayland where the compositor tells: KWin (`kwin_wayland --virtual`, Debian's
KWin 5.27) on a private session bus, backmove's script loaded into it over KWin's scripting
D-Bus interface, and a real Qt window on KWin's Wayland socket going full screen and back.
KWin comes from the shared fixture (tests/e2e/compositors.py), which says how it starts.
"""

from __future__ import annotations

import select
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backmove.platform.screenstate import (
    KWinFullscreenProbe,
    ScreenStateWatcher,
    choose_screen_state_probe,
)
from tests.e2e.compositors import START_MS, Session, doctor, stop

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


def _line(proc: subprocess.Popen[str], what: str) -> str:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], START_MS / 1000)
    if not ready:
        pytest.fail(f"no {what} after {START_MS // 1000} s")
    line = proc.stdout.readline().strip()
    if not line:
        pytest.fail(f"the process exited before its {what}")
    return line


def test_kwin_tells_when_the_active_window_goes_full_screen(kwin: Session, qtbot: QtBot) -> None:
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
        stop(window)


def test_doctor_names_kwin_for_full_screen(kwin: Session, tmp_path: Path) -> None:
    done = doctor(kwin, tmp_path / "home")
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("full screen"))
    assert "KWin's window list" in line and "[kwin]" in line, done.stdout
