"""The tray icon and its menu. It shows state and forwards clicks; it decides nothing."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from backmove.ui.icons import tray_icon


class Tray(QObject):
    """A QSystemTrayIcon whose menu holds the app's actions, in the order given."""

    activated = Signal()

    def __init__(self, actions: list[QAction | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        for action in actions:
            if action is None:
                self.menu.addSeparator()
            elif action.menu() is not None:
                self.menu.addMenu(action.menu())
            else:
                self.menu.addAction(action)
        self.icon = QSystemTrayIcon(tray_icon(None), self)
        self.icon.setContextMenu(self.menu)
        self.icon.setToolTip("backmove")
        self.icon.activated.connect(self._on_activated)

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def set_state(
        self, tooltip: str, progress: float | None, *, paused: bool = False, due: bool = False
    ) -> None:
        self.icon.setToolTip(tooltip)
        self.icon.setIcon(tray_icon(progress, paused=paused, due=due))

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.activated.emit()
