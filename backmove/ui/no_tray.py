"""The small window backmove shows when the desktop has no system tray.

Without it the app would run invisibly (GNOME without the AppIndicator extension, some tiling
window managers). The window says what is going on, how to get a tray, and carries the same
commands as the tray menu. Closing it quits backmove, and it says so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backmove.ui.icons import draw_mark
from backmove.ui.kit.theme import house_style
from backmove.ui.kit.widgets import window_title


class NoTrayWindow(QWidget):
    close_requested = Signal()

    def __init__(self, actions: list[QAction | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title(self.tr("Running")))
        self.setObjectName("no-tray-window")
        self.setAccessibleName(self.tr("backmove main window"))
        # The desktop's colours, in the onboarding's house style: sizes that follow the
        # desktop's font, and buttons that ring the one with the focus.
        self.setStyleSheet(house_style("none"))
        self._buttons: list[tuple[QPushButton | QToolButton, QAction]] = []

        mark = QLabel()
        mark.setPixmap(draw_mark(48))
        mark.setAccessibleName(self.tr("backmove logo"))

        title = QLabel(self.tr("backmove is running"))
        title.setProperty("role", "subtitle")

        self.status = QLabel(self.tr("Breaks will be suggested during your working hours."))
        self.status.setWordWrap(True)

        explain = QLabel(
            self.tr(
                "Your desktop has no system tray, so backmove shows this window instead of a tray "
                "icon. To get the icon: on GNOME, install and turn on the “AppIndicator and "
                "KStatusNotifierItem Support” extension, then start backmove again. Other desktops "
                "need a panel with a system tray or status notifier area."
            )
        )
        explain.setWordWrap(True)
        explain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        head = QHBoxLayout()
        head.addWidget(mark)
        head.addWidget(title, 1)

        # One row per group of the tray menu, so the window stays as narrow as its longest
        # group; each button follows its action (text, enabled, shown) as the menu does.
        buttons = QVBoxLayout()
        row = QHBoxLayout()
        for action in [*actions, None]:
            if action is None:
                if row.count():
                    row.addStretch(1)
                    buttons.addLayout(row)
                    row = QHBoxLayout()
                continue
            if action.menu() is not None:
                tool = QToolButton()
                tool.setDefaultAction(action)
                tool.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
                button: QPushButton | QToolButton = tool
            else:
                button = QPushButton(action.text().replace("&", ""))
                button.clicked.connect(action.trigger)
            button.setAccessibleName(action.text().replace("&", ""))
            _follow(button, action)
            action.changed.connect(self._sync)
            self._buttons.append((button, action))
            row.addWidget(button)

        note = QLabel(self.tr("Closing this window quits backmove."))
        note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.status)
        layout.addWidget(explain)
        layout.addLayout(buttons)
        layout.addWidget(note)
        # No fixed minimum width: one would stop the layout from keeping the window as wide
        # as its buttons, which grow with the desktop's font.
        QShortcut(QKeySequence(QKeySequence.StandardKey.Quit), self, self.close)

    def _sync(self) -> None:
        for button, action in self._buttons:
            _follow(button, action)

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_requested.emit()
        event.accept()


def _follow(button: QPushButton | QToolButton, action: QAction) -> None:
    button.setEnabled(action.isEnabled())
    button.setVisible(action.isVisible())
