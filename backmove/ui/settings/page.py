"""A page of the settings window: its title, then cards of rows, scrolling as a whole."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from backmove.ui.kit.theme import grown
from backmove.ui.kit.widgets import label
from backmove.ui.settings.rows import Row

CONTENT_WIDTH = 720
"""Rows wider than this are hard to read across: a wide window leaves the space beside."""


class Page(QScrollArea):
    """One page: a title and cards of rows, scrolling as a whole."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title
        self.cards: list[tuple[QFrame, Sequence[Row], QWidget | None]] = []
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self._column = QVBoxLayout()
        self._column.setContentsMargins(32, 26, 32, 32)
        self._column.setSpacing(12)
        heading = label(title, "page-title")
        heading.setAccessibleName(title)
        self._column.addWidget(heading)
        self._column.addSpacing(4)
        centred = QHBoxLayout(body)
        centred.setContentsMargins(0, 0, 0, 0)
        holder = QWidget()
        holder.setLayout(self._column)
        holder.setMaximumWidth(grown(CONTENT_WIDTH + 64))  # wider for larger text
        centred.addWidget(holder, 1)
        centred.addStretch(0)
        self._tail = QVBoxLayout()
        self._column.addLayout(self._tail)
        self._column.addStretch(1)
        self.setWidget(body)

    def add_card(self, rows: Sequence[Row], heading: str | None = None) -> None:
        """Rows in one framed card, under a small heading if given."""
        section = None
        if heading:
            section = label(heading.upper(), "section")
            section.setAccessibleName(heading)
            self._tail.addSpacing(14)
            self._tail.addWidget(section)
            self._tail.addSpacing(2)
        card = QFrame()
        card.setProperty("role", "card")
        column = QVBoxLayout(card)
        column.setContentsMargins(0, 2, 0, 2)
        column.setSpacing(0)
        for row in rows:
            column.addWidget(row)
        self._tail.addWidget(card)
        self.cards.append((card, rows, section))
        self._separate(rows)

    def add_widget(self, widget: QWidget) -> None:
        self._tail.addWidget(widget)

    def apply_filter(self, needle: str) -> int:
        """Show only the rows whose words contain `needle`; returns how many are shown."""
        shown = 0
        for card, rows, section in self.cards:
            visible = [row for row in rows if row.matches(needle)]
            for row in rows:
                row.setVisible(row in visible)
            self._separate(visible)
            card.setVisible(bool(visible))
            if section is not None:
                section.setVisible(bool(visible))
            shown += len(visible)
        return shown

    @staticmethod
    def _separate(rows: Sequence[Row]) -> None:
        for i, row in enumerate(rows):
            row.rule.setVisible(i > 0)
