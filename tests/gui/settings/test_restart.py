"""A change of language offers to restart now; "Restart now" asks the app to, "Later" does
not. (The app's relaunch itself is tested in tests/unit/platform/test_launch.py.)"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from backmove.core.settings import Settings
from backmove.ui.settings import SettingsWindow
from tests.gui.desk import open_desk


def _choose(window: SettingsWindow, language: str) -> None:
    combo = window.editors["language"].combo
    combo.setCurrentIndex(combo.findData(language))


def test_changing_the_language_asks_to_restart_now(qtbot) -> None:
    window = SettingsWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    assert not window.asking_to_restart()
    _choose(window, "de")
    assert window.asking_to_restart() and window.restart_bar.isVisible()
    assert window.restart_question.text() == "Restart backmove now to use Deutsch?"
    with qtbot.waitSignal(window.restart_requested):
        window.restart_button.click()
    assert not window.asking_to_restart()


def test_later_keeps_the_change_for_the_next_start(qtbot) -> None:
    window = SettingsWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    _choose(window, "en")
    assert "English" in window.restart_question.text()
    with qtbot.assertNotEmitted(window.restart_requested):
        window.later_button.click()
    assert not window.asking_to_restart()
    assert window.settings()["language"] == "en"


def test_other_settings_ask_nothing(qtbot) -> None:
    window = SettingsWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    window.editors["theme"].combo.setCurrentIndex(2)
    assert not window.asking_to_restart()


def test_the_flow_passes_restart_now_on_with_the_language_saved(
    qapp: QApplication, home: Path, qtbot
) -> None:
    with open_desk(qapp, home, screened=()) as desk:
        desk.app.preferences.open()
        window = desk.app.preferences.window
        assert window is not None
        _choose(window, "de")
        assert 'language = "de"' in (home / "settings.toml").read_text()
        desk.app.preferences.restart_requested.disconnect()  # the test's app must not quit
        with qtbot.waitSignal(desk.app.preferences.restart_requested):
            window.restart_button.click()
