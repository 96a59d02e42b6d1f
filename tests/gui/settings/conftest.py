"""A settings window on the user's screen, and what it takes to walk it like a user."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from backmove.core import settings as settings_mod
from backmove.core.clock import SimulatedClock
from backmove.core.settings import Settings
from backmove.ui.settings import SettingsWindow

TODAY = datetime(2026, 3, 30, 9, 0, tzinfo=UTC)


def open_window(
    qtbot, settings: Settings | None = None, theme: str = "light", **kwargs
) -> SettingsWindow:
    w = SettingsWindow(settings or Settings(), theme=theme, clock=SimulatedClock(TODAY), **kwargs)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


@pytest.fixture(scope="module")
def shared_window(qapp) -> Iterator[SettingsWindow]:
    """One window for tests that only look."""
    del qapp
    w = SettingsWindow(Settings(), theme="light", clock=SimulatedClock(TODAY))
    w.show()
    yield w
    w.close()
    w.deleteLater()


@pytest.fixture
def window(qtbot) -> Iterator[SettingsWindow]:
    w = open_window(qtbot)
    yield w
    w.close()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(
    qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def retype(qtbot, field: QWidget, text: str) -> None:
    """Go into a number field, select what is there and type over it, as a user does."""
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def type_time(qtbot, field: QWidget, digits: str) -> None:
    """Tab into a time or date field, which selects its first part (the hours, the year), and
    type its digits; each part moves on to the next by itself."""
    field.clearFocus()
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(field, digits)


def saved_and_loaded(tmp_path: Path, settings: Settings) -> Settings:
    """Write `settings` to a settings.toml and read it back, as the app does next start."""
    path = tmp_path / "settings.toml"
    assert settings_mod.save(path, settings) is None
    result = settings_mod.load(path, "20260330-090000")
    assert result.messages == ()
    return result.settings
