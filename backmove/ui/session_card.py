"""The back session's reminder: "Time for your back session — about 10 minutes".

The session is something the user chose to do once a day, not a break the app imposes, so the
reminder is a small card in a corner that does not take the focus from what the user is
typing: Start opens the session, Later asks again a little later, Not today lets it go. It
only asks and emits; the break flow decides what follows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QCursor, QGuiApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from backmove.ui.kit.theme import look_for, window_sheet
from backmove.ui.kit.widgets import button, button_row, label

ROOT = "session-card"


class SessionCard(QWidget):
    """[Start] [Later] [Not today] for the daily back session."""

    start_clicked = Signal()
    later_clicked = Signal()
    not_today_clicked = Signal()

    def __init__(self, *, theme: str = "system") -> None:
        super().__init__(
            None,
            Qt.WindowType.Tool
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setObjectName(ROOT)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowTitle(self.tr("backmove — Back session"))
        self.setStyleSheet(window_sheet(look_for(theme), ROOT))
        self.title = label(
            self.tr("Time for your back session — about 10 minutes"), "title", wrap=True
        )
        self.body = label(
            self.tr(
                "Core strengthening, standing and then on a mat: pelvic tilts, bridges, a "
                "plank and more, at your own level. Stop any move that hurts."
            ),
            wrap=True,
        )
        self.start_button = button(
            self.tr("Start"), self.tr("Start the back session now"), primary=True
        )
        self.later_button = button(self.tr("Later"), self.tr("Remind me again in half an hour"))
        self.not_today_button = button(self.tr("Not today"), self.tr("No back session today"))
        self.start_button.clicked.connect(lambda: self._answer(self.start_clicked.emit))
        self.later_button.clicked.connect(lambda: self._answer(self.later_clicked.emit))
        self.not_today_button.clicked.connect(lambda: self._answer(self.not_today_clicked.emit))
        row = button_row(self.later_button, self.start_button, lead=self.not_today_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addLayout(row)
        self.setFixedWidth(440)

    def present(self) -> None:
        """Bottom right of the screen under the pointer, without taking the focus."""
        self.adjustSize()
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(area.right() - self.width() - 16, area.bottom() - self.height() - 16)
        self.show()

    def _answer(self, emit: Callable[[], object]) -> None:
        self.hide()
        emit()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing it is "not today": the reminder comes once a day."""
        self.deleteLater()
        super().closeEvent(event)
