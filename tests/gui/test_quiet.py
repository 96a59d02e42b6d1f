"""An app with only its tray up wakes for nothing but its next real moment: no timer under a
minute runs once start-up is done and nothing is due, and the sync folder is looked at only
while one is set. (What the idle minutes cost is a figure of `python -m bench`.)"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.desk import Desk, open_desk

MINUTE_MS = 60_000


def _short_timers(desk: Desk) -> list[str]:
    """Every running timer of the app under a minute, but the idle poll of the test's own
    probe: a plain callable that cannot tell when input stops, so it alone must be asked
    (the desktop's probes tell; tests/e2e proves them)."""
    driver = desk.app.driver
    return [
        f"{timer.parent().__class__.__name__}: {timer.interval()} ms"
        for timer in desk.app.findChildren(QTimer)
        if timer.isActive()
        and timer.interval() < MINUTE_MS
        and not (timer.parent() is driver and not driver.told)
    ]


def test_an_idle_app_with_nothing_due_arms_no_timer_under_a_minute(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    with open_desk(qapp, tmp_path / "home", screened=()) as desk:
        desk.idle[0] = 0.0
        # Start-up's one-shot work (after the icon) runs first; then nothing short is left.
        qtbot.waitUntil(lambda: not _short_timers(desk), timeout=10_000)
        assert not desk.app.device_sync.looking


def test_the_sync_folder_is_looked_at_only_while_one_is_set(
    qapp: QApplication, tmp_path: Path
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o700)
    with open_desk(qapp, tmp_path / "home", screened=()) as desk:
        assert not desk.app.device_sync.looking
        desk.app.apply_settings(desk.app.settings.replace(sync_folder=str(shared)))
        assert desk.app.device_sync.looking
        assert ".db" in {p.suffix for p in shared.iterdir()}  # its copy published at once
        desk.app.apply_settings(desk.app.settings.replace(sync_folder=""))
        assert not desk.app.device_sync.looking
