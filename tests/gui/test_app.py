"""The app as it first comes up: tray or window, settings problems told, one instance only."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from backmove.app import BackmoveApp
from backmove.core.clock import SystemClock
from backmove.paths import resolve


@pytest.fixture
def make_app(qapp: QApplication, home: Path):
    apps: list[BackmoveApp] = []

    def build(*, tray: bool) -> BackmoveApp:
        app = BackmoveApp(
            qapp,
            resolve(home),
            SystemClock(),
            tray_available=lambda: tray,
            idle_seconds=lambda: 0.0,
            notifiers=[],
            watch_desktop=False,
        )
        apps.append(app)
        return app

    yield build
    for app in apps:
        if app.window is not None:
            app.window.close_requested.disconnect()
            app.window.close()
        app.close_down()


def test_without_a_tray_a_window_says_so_and_carries_the_menu(make_app, qtbot) -> None:
    app = make_app(tray=False)
    assert app.start()
    window = app.window
    assert window is not None and window.isVisible()
    text = " ".join(label.text() for label in window.findChildren(type(window.status)))
    assert "no system tray" in text
    assert "AppIndicator" in text
    buttons = [b.text() for b in window.findChildren(QPushButton)]
    assert "Quit backmove" in buttons


def test_quit_from_the_no_tray_window_quits(make_app, qtbot, monkeypatch) -> None:
    app = make_app(tray=False)
    app.start()
    with qtbot.waitSignal(app.quitting):
        (quit_button,) = [
            b for b in app.window.findChildren(QPushButton) if b.text() == "Quit backmove"
        ]
        monkeypatch.setattr(app.qapp, "quit", lambda: None)
        quit_button.click()


def test_with_a_tray_the_icon_has_a_menu_with_quit(make_app) -> None:
    app = make_app(tray=True)
    assert app.start()
    assert app.window is None
    assert app.tray is not None
    texts = [a.text() for a in app.tray.menu.actions()]
    assert "&Quit backmove" in texts


def test_first_start_writes_default_settings_file(make_app, home: Path) -> None:
    make_app(tray=True).start()
    assert (home / "settings.toml").is_file()
    assert (home.stat().st_mode & 0o777) == 0o700


def test_a_broken_settings_file_is_reported_and_kept(make_app, home: Path) -> None:
    home.mkdir()
    (home / "settings.toml").write_text("interval_min = 0\nsound = true\n")
    app = make_app(tray=True)
    app.start()
    assert app.settings["interval_min"] == 30 and app.settings["sound"] is True
    (box,) = app.notices.boxes
    assert isinstance(box, QMessageBox) and box.isVisible()
    words = box.text() + box.informativeText()
    assert "between 1 and 240" in words
    assert "kept as" in words
    assert any(p.name.startswith("settings.toml.broken-") for p in home.iterdir())


def test_a_second_launch_is_answered_by_the_first(make_app, qtbot, home: Path) -> None:
    app = make_app(tray=True)
    assert app.start()
    proc = subprocess.Popen(
        [sys.executable, "-m", "backmove", "--home", str(home), "status", "--json"],
        stdout=subprocess.PIPE,
        text=True,
    )
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20000)
    answer = json.loads(proc.stdout.read())
    proc.stdout.close()
    assert answer["running"] is True and answer["tray"] is True


def test_only_one_instance_per_data_folder(make_app) -> None:
    first = make_app(tray=True)
    assert first.start()
    second = make_app(tray=True)
    assert not second.start()
    assert second.tray is None and second.window is None


def test_a_damaged_database_is_kept_aside_and_the_user_told(make_app, home: Path) -> None:
    home.mkdir()
    (home / "backmove.db").write_bytes(b"this is not a database at all" * 100)
    app = make_app(tray=True)
    assert app.start()
    assert app.store.db is not None
    (box,) = app.notices.boxes
    assert "kept as" in box.text() + box.informativeText()
    assert any(".corrupt-" in p.name for p in home.iterdir())


def test_a_database_from_a_newer_backmove_stops_the_app_and_is_left_untouched(
    make_app, home: Path, qtbot
) -> None:
    import sqlite3

    home.mkdir()
    path = home / "backmove.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1112231254")
    conn.execute("PRAGMA user_version = 99")
    conn.execute("CREATE TABLE future (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    app = make_app(tray=True)
    app.start()
    assert app.store.db is None and app.tray is None
    (box,) = app.notices.boxes
    assert "newer backmove" in box.text()
    assert path.read_bytes() == before
    with qtbot.waitSignal(app.quitting):
        app.qapp.quit = lambda: None  # keep the test's QApplication alive
        box.done(0)
