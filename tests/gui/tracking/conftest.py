"""Helpers for the tracking dialogs: activate a window as the user's click would, type keys
into whatever has the focus, and record what a widget emits."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def press(qtbot: QtBot, *keys: Qt.Key) -> None:
    """Type `keys` one after the other into the widget that has the focus at each moment."""
    for key in keys:
        target = QApplication.focusWidget()
        assert target is not None
        qtbot.keyClick(target, key)


def record(widget: QObject, *names: str) -> list[tuple]:
    """Every emission of the named signals, as (name, *arguments), in order."""
    events: list[tuple] = []
    for name in names:
        signal = getattr(widget, name)
        assert isinstance(signal, SignalInstance)
        signal.connect(lambda *args, name=name: events.append((name, *args)))
    return events
