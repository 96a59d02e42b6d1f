"""The settings window in the running app: a change is saved and re-plans at once, and the
data buttons do what they say."""

from __future__ import annotations

import sqlite3
import tomllib
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from .desk import Desk, open_desk


@pytest.fixture
def desk(qapp: QApplication, home: Path):
    with open_desk(qapp, home, screened=()) as d:
        yield d


def test_a_new_interval_is_saved_and_the_next_break_moves(desk: Desk, qtbot) -> None:
    desk.work(10 * 60)
    assert desk.tooltip() == "Next: 2-min stretch in about 20 min"
    desk.app.menu.actions["settings"].trigger()
    window = desk.app.preferences.window
    assert window.isVisible()
    window.editors["interval_min"].spin.setValue(45)
    with qtbot.waitSignal(window.settings_changed):
        window.apply_pending()
    saved = tomllib.loads((desk.home / "settings.toml").read_text())
    assert saved["interval_min"] == 45
    assert desk.tooltip() == "Next: 2-min stretch in about 35 min"


def test_start_at_login_writes_the_autostart_entry(desk: Desk, qtbot) -> None:
    desk.app.preferences.open()
    window = desk.app.preferences.window
    from backmove.platform import autostart

    with qtbot.waitSignal(window.settings_changed):
        window.editors["autostart"].switch.click()
    assert autostart.is_enabled()
    with qtbot.waitSignal(window.settings_changed):
        window.editors["autostart"].switch.click()
    assert not autostart.is_enabled()


def test_export_writes_every_table(
    desk: Desk, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    desk.work(30 * 60)
    desk.app.flow.prompt.skip_button.click()
    out = tmp_path / "export"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    desk.app.preferences.open()
    desk.app.preferences.window.export_requested.emit()
    assert (out / "breaks.csv").read_text().count("skipped") == 1
    assert any("Exported" in box.text() for box in desk.app.notices.boxes)


def test_delete_all_empties_the_log_and_asks_the_safety_check_again(desk: Desk, qtbot) -> None:
    desk.work(30 * 60)
    desk.app.flow.prompt.skip_button.click()
    assert desk.rows("select count(*) from breaks") == [(1,)]
    desk.app.preferences.open()
    desk.app.preferences.window.delete_all_requested.emit()
    assert desk.rows("select count(*) from breaks") == [(0,)]
    assert desk.rows("select count(*) from safety_screens") == [(0,)]
    for kept in (desk.home / "backups").glob("*.db"):  # only a copy of the fresh log is left
        with closing(sqlite3.connect(kept)) as conn:
            assert conn.execute("select count(*) from breaks").fetchone() == (0,)
    qtbot.waitUntil(lambda: desk.app.safety.wizard is not None)
    assert (desk.home / "settings.toml").exists()
    desk.work(30 * 60)  # breaks go on, into the fresh log
    desk.app.flow.prompt.skip_button.click()
    assert desk.rows("select count(*) from breaks") == [(1,)]
