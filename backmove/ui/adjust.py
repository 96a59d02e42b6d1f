"""The one-time question when breaks keep being skipped or left: would another interval suit?

backmove spaces breaks out by itself when prompts keep going unanswered; this card says so in
plain words and lets the user make it their own choice instead of a machine guess: keep the
longer interval, go back to their own, or open the settings. It is a small window that does
not take the focus from what the user is typing, and it only asks and emits.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QCursor, QGuiApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from backmove.ui.kit.theme import look_for, window_sheet
from backmove.ui.kit.widgets import button, button_row, label

ROOT = "adjust"


class AdjustCard(QWidget):
    """ "Breaks keep being skipped": keep every `spaced` minutes, go back to `own`, or settings."""

    keep_spaced = Signal(int)
    """The user takes the longer interval as their own setting (minutes)."""
    keep_own = Signal()
    settings_requested = Signal()

    def __init__(self, spaced: int, own: int, *, theme: str = "system") -> None:
        super().__init__(
            None,
            Qt.WindowType.Tool
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setObjectName(ROOT)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowTitle(self.tr("backmove — Break interval"))
        self.setStyleSheet(window_sheet(look_for(theme), ROOT))
        self._spaced = spaced
        title = label(self.tr("Breaks keep being skipped"), "title")
        self.body = body = label(
            self.tr(
                "Several breaks in a row went skipped or unanswered, so backmove now suggests "
                "one every {spaced} minutes instead of every {own}. Would you like to keep "
                "that, or choose for yourself?"
            ).format(spaced=spaced, own=own),
            wrap=True,
        )
        longer = self.tr("Every %n minutes", "", spaced)
        own_text = self.tr("Back to every %n minutes", "", own)
        self.longer = button(longer, longer, primary=True)
        self.own = button(own_text, own_text)
        self.settings = button(self.tr("Settings…"), self.tr("Open the settings"))
        self.longer.clicked.connect(lambda: self._answer(self.keep_spaced.emit, spaced))
        self.own.clicked.connect(lambda: self._answer(self.keep_own.emit))
        self.settings.clicked.connect(lambda: self._answer(self.settings_requested.emit))
        row = button_row(self.own, self.longer, lead=self.settings)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addLayout(row)
        self.setFixedWidth(460)

    def present(self) -> None:
        """Bottom right of the screen under the pointer, without taking the focus."""
        self.adjustSize()
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(area.right() - self.width() - 16, area.bottom() - self.height() - 16)
        self.show()

    def _answer(self, emit: Callable[..., object], *args: int) -> None:
        self.hide()
        emit(*args)
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing it is an answer too: nothing changes, and it is not asked again soon."""
        self.deleteLater()
        super().closeEvent(event)
