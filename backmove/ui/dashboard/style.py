"""The dashboard's colours and style sheet, built on the break window's looks.

The same accent, surfaces and text colours as every window (`backmove.ui.kit.theme.LOOKS`), plus
what only charts need: a five-step heat scale for the calendar and one colour per way a break
can end, chosen so that light and dark read the same way (more done is more accent).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from backmove.ui.kit.theme import LOOKS, Look, look_for, scaled_sheet
from backmove.ui.kit.widgets import label

ROOT = "dashboard"
GAP = 16
"""Space between cards, and the padding inside them."""


@dataclass(frozen=True)
class Palette:
    look: Look
    heat: tuple[str, str, str, str, str]
    """Calendar cells: nothing done, up to a third of the goal, two thirds, less than the
    goal, the goal met."""
    empty_cell: str
    partial: str
    skipped: str
    expired: str
    natural: str
    better: str
    worse: str
    band: str
    band_key: str
    """The band as drawn in the legend: a little stronger, so the small square shows."""
    grid: str
    dot: str
    mean: str


PALETTES: dict[str, Palette] = {
    "light": Palette(
        look=LOOKS["light"],
        heat=("#e7e3da", "#cde6df", "#93ccbd", "#4ea894", "#157767"),
        empty_cell="#f1eee8",
        partial="#8cc7b8",
        skipped="#cfc8bb",
        expired="#e6b765",
        natural="#4f78b0",
        better="#157767",
        worse="#b65423",
        band="#e4f1ed",
        band_key="#c9e4dc",
        grid="#ebe7df",
        dot="#9aa6b5",
        mean="#3d5a80",
    ),
    "dark": Palette(
        look=LOOKS["dark"],
        heat=("#323a46", "#21433c", "#286a5c", "#36a088", "#4fd1b5"),
        empty_cell="#252b34",
        partial="#2f8572",
        skipped="#5a6473",
        expired="#c99a48",
        natural="#8fb2ec",
        better="#4fd1b5",
        worse="#f29a6b",
        band="#223631",
        band_key="#2d4a43",
        grid="#313844",
        dot="#6d7a8c",
        mean="#a7c3e4",
    ),
}


def palette_for(theme: str) -> Palette:
    """ "light", "dark", or "system" (as `look_for` decides)."""
    return PALETTES[look_for(theme).name]


def stylesheet(p: Palette) -> str:
    """The player's look in the dashboard's own, shorter sheet: a style sheet costs time for
    every rule on every widget it styles, and the dashboard has many. Text sizes follow the
    desktop's font."""
    c = p.look
    return scaled_sheet(f"""
#{ROOT} {{ background: {c.background}; }}
#{ROOT} QLabel {{ color: {c.text}; font-size: 10.5pt; }}
#{ROOT} QLabel[role="muted"] {{ color: {c.muted}; }}
#{ROOT} QLabel[role="title"] {{ font-size: 20pt; font-weight: 700; }}
#{ROOT} QLabel[role="card-title"] {{ font-size: 12.5pt; font-weight: 700; }}
#{ROOT} QLabel[role="note"], #{ROOT} QLabel[role="stat-label"] {{ color: {c.muted};
    font-size: 9.5pt; }}
#{ROOT} QLabel[role="big"] {{ font-size: 26pt; font-weight: 700; }}
#{ROOT} QLabel[role="stat"] {{ font-size: 13pt; font-weight: 600; }}
#{ROOT} QLabel[role="move"] {{ font-size: 11pt; font-weight: 600; }}
#{ROOT} QLabel[role="headline"] {{ font-size: 11pt; }}
#{ROOT} QLabel[role="empty"] {{ color: {c.muted}; font-size: 11pt; }}
#{ROOT} QLabel[role="better"] {{ color: {p.better}; font-weight: 600; }}
#{ROOT} QLabel[role="worse"] {{ color: {p.worse}; font-weight: 600; }}
#{ROOT} QFrame[role="card"] {{ background: {c.surface}; border: 1px solid {c.line};
    border-radius: 12px; }}
#{ROOT} QScrollArea, #{ROOT} QScrollArea > QWidget > QWidget {{ background: transparent;
    border: none; }}
#{ROOT} QPushButton {{ background: {c.surface}; color: {c.text}; border: 1px solid {c.line};
    border-radius: 8px; padding: 6px 16px; font-size: 10pt; }}
#{ROOT} QPushButton:hover {{ border-color: {c.muted}; }}
#{ROOT} QPushButton:focus {{ border: 2px solid {c.accent}; padding: 5px 15px; }}
#{ROOT} QPushButton:checked {{ background: {c.accent}; color: {c.on_accent};
    border-color: {c.accent}; }}
#{ROOT} QPushButton:checked:focus {{ border: 2px solid {c.text}; }}
#{ROOT} QPushButton[role="span"] {{ border-radius: 0px; margin: 0px; }}
#{ROOT} QPushButton[role="span"][edge="first"] {{ border-top-left-radius: 8px;
    border-bottom-left-radius: 8px; }}
#{ROOT} QPushButton[role="span"][edge="last"] {{ border-top-right-radius: 8px;
    border-bottom-right-radius: 8px; }}
#{ROOT} QScrollBar:vertical {{ background: transparent; width: 8px; margin: 0px; }}
#{ROOT} QScrollBar::handle:vertical {{ background: {c.line}; border-radius: 4px;
    min-height: 24px; }}
#{ROOT} QScrollBar::add-line:vertical, #{ROOT} QScrollBar::sub-line:vertical {{
    height: 0px; }}
#{ROOT} QScrollBar::add-page:vertical, #{ROOT} QScrollBar::sub-page:vertical {{
    background: none; }}
QToolTip {{ background: {c.surface}; color: {c.text}; border: 1px solid {c.line};
    padding: 6px; }}
""")


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
