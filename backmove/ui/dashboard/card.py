"""The dashboard's titled card and its figure-with-caption block, laid out on the theme's GAP.

Each panel of the dashboard (today, streak, calendar, trend, moves, body) is one `Card`; the
dashboard's style sheet gives it its surface and border through the "card" role.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from backmove.ui.kit.theme import GAP
from backmove.ui.kit.widgets import label


class Card(QFrame):
    """A titled panel. `body` takes the content; `show_empty(text)` swaps it for a sentence
    that says what will appear there and when."""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setAccessibleName(title)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(GAP + 2, GAP, GAP + 2, GAP)
        outer.setSpacing(4)
        self.title = label(title, "card-title")
        outer.addWidget(self.title)
        self.subtitle = label(subtitle, "note", wrap=True)
        self.subtitle.setVisible(bool(subtitle))
        outer.addWidget(self.subtitle)
        outer.addSpacing(8)
        self.body = QWidget()
        outer.addWidget(self.body, 1)
        self.empty = label("", "empty", wrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMinimumHeight(60)
        self.empty.hide()
        outer.addWidget(self.empty, 1)

    def show_empty(self, text: str | None) -> None:
        """Show `text` instead of the body; None shows the body again."""
        self.empty.setText(text or "")
        self.empty.setVisible(text is not None)
        self.body.setVisible(text is None)

    @property
    def is_empty(self) -> bool:
        return not self.empty.isHidden()


def stat(value: str, caption: str) -> tuple[QWidget, QLabel, QLabel]:
    """A figure with its caption underneath: the block, the figure and the caption."""
    block = QWidget()
    column = QVBoxLayout(block)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(1)
    figure = label(value, "stat", wrap=True)
    under = label(caption, "stat-label", wrap=True)
    column.addWidget(figure)
    column.addWidget(under)
    return block, figure, under
