"""The Devices page: the sync folder typed or cleared, this computer's name, each applied."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from backmove.core.settings import Settings
from tests.gui.settings.conftest import open_window


def test_a_folder_typed_and_a_name_given_are_applied(qtbot, tmp_path: Path) -> None:
    w = open_window(qtbot, Settings())
    w.show_page("Devices")
    folder = w.editors["sync_folder"]
    assert folder.isVisible() and folder.field.placeholderText()
    with qtbot.waitSignal(w.settings_changed, timeout=5000) as applied:
        folder.field.setFocus()
        folder.field.setText(str(tmp_path))
        qtbot.keyClick(folder.field, Qt.Key.Key_Return)
    assert applied.args[0]["sync_folder"] == str(tmp_path)
    name = w.editors["device_name"]
    with qtbot.waitSignal(w.settings_changed, timeout=5000) as applied:
        name.field.setFocus()
        name.field.setText("Work laptop")
        qtbot.keyClick(name.field, Qt.Key.Key_Return)
    assert applied.args[0]["device_name"] == "Work laptop"
    with qtbot.waitSignal(w.settings_changed, timeout=5000) as applied:
        qtbot.mouseClick(folder.clear, Qt.MouseButton.LeftButton)
    assert applied.args[0]["sync_folder"] == ""
    w.close()


def test_a_folder_that_is_no_full_path_is_refused_and_says_why(qtbot) -> None:
    w = open_window(qtbot, Settings())
    w.show_page("Devices")
    folder = w.editors["sync_folder"]
    with qtbot.assertNotEmitted(w.settings_changed, wait=0):
        folder.field.setFocus()
        folder.field.setText("Sync/backmove")
        qtbot.keyClick(folder.field, Qt.Key.Key_Return)
    assert w.settings()["sync_folder"] == ""
    w.close()
