"""The moves that helped most: the before→after change over the breaks that included each.

Worded as what happened with a move ("1.2 points lower after breaks with it"), never as what
the move did: the change belongs to the whole break, and other moves were in it too.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from backmove.services.dashboard import MIN_RATED_USES, MoveRow
from backmove.ui.dashboard.card import Card
from backmove.ui.dashboard.words import Words, number
from backmove.ui.kit.theme import ChartPalette
from backmove.ui.kit.widgets import label

SCALE_POINTS = 3.0
"""A bar's full width: a change of this many points."""
ROWS_PER_MOVE = 3
"""Name with bar and figure; the counts; a gap."""
SPACING = 8


class ChangeBar(QWidget):
    """A short bar from the middle: left (accent) for lower after, right for higher after."""

    def __init__(self, palette: ChartPalette, change: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self._change = change
        self.setFixedSize(96, 12)

    def sizeHint(self) -> QSize:
        return QSize(96, 12)

    def paintEvent(self, event: QPaintEvent) -> None:
        pal = self._palette
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        mid = self.width() / 2
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(pal.heat[0]))
        p.drawRoundedRect(QRectF(0, 3, self.width(), 6), 3, 3)
        share = min(1.0, abs(self._change) / SCALE_POINTS)
        width = share * mid
        colour = pal.better if self._change < 0 else pal.worse
        p.setBrush(QColor(colour))
        x = mid - width if self._change < 0 else mid
        p.drawRoundedRect(QRectF(x, 1, max(width, 2), 10), 3, 3)
        p.setBrush(QColor(pal.look.muted))
        p.drawRect(QRectF(mid - 0.5, 0, 1, 12))
        p.end()


class MovesCard(Card):
    def __init__(self, palette: ChartPalette, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Moves that helped most"),
            self.tr(
                "Change in your 0–10 rating from just before to just after breaks with "
                "each move; below zero means it felt better after"
            ),
            parent,
        )
        self._palette = palette
        self.words = Words(self)
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(0, 1)
        self.rows: list[list[QWidget]] = []

    def set_palette(self, palette: ChartPalette) -> None:
        self._palette = palette

    def show_moves(self, moves: tuple[MoveRow, ...], rated_breaks: int) -> None:
        for row in self.rows:
            for w in row:
                self.grid.removeWidget(w)
                w.deleteLater()
        self.rows = []
        if not moves:
            text = self.tr(
                "Moves appear here once a move has {n} breaks rated before and after: backmove "
                "asks on about one break in four."
            ).format(n=MIN_RATED_USES)
            if rated_breaks:
                text += " " + self.tr("Rated so far in this range: {rated}.").format(
                    rated=rated_breaks
                )
            self.show_empty(text)
            return
        self.show_empty(None)
        for i, move in enumerate(moves):
            self._add_row(i, move)
        note = label(
            self.tr(
                "From {rated} breaks rated before and after. A break has other moves too, so "
                "this is what went with a move, not what it caused."
            ).format(rated=rated_breaks),
            "note",
            wrap=True,
        )
        self.grid.addWidget(note, ROWS_PER_MOVE * len(moves), 0, 1, 3)
        self.rows.append([note])

    def _add_row(self, i: int, move: MoveRow) -> None:
        e = move.effect
        change = e.mean_change or 0.0
        name = label(move.name, "move", wrap=True)
        value = label(
            _signed(change), "better" if change < 0 else "worse" if change > 0 else "note"
        )
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value.setMinimumWidth(value.fontMetrics().horizontalAdvance("−0.00"))
        bar = ChangeBar(self._palette, change)
        # One N: the rated breaks with the move; the verdicts are those given in them.
        said = e.helped + e.same + e.worse + e.not_tolerated
        parts = [self.words.rated_times(e.uses)]
        if said:
            parts.append(
                self.tr("helped in {helped} of {rated} rated breaks").format(
                    helped=e.helped, rated=e.uses
                )
            )
        detail = label(" · ".join(parts), "stat-label", wrap=True)
        direction = self.tr("lower") if change < 0 else self.tr("higher")
        tip = self.tr(
            "Over {uses} breaks that included {name}, your 0–10 rating just after the break "
            "was on average {points} points {direction} than just before it. Your own "
            "verdicts in those breaks: helped {helped}, same {same}, worse {worse}, not "
            "tolerated {nt}."
        ).format(
            uses=e.uses,
            name=move.name,
            points=number(abs(change)),
            direction=direction,
            helped=e.helped,
            same=e.same,
            worse=e.worse,
            nt=e.not_tolerated,
        )
        widgets: list[QWidget] = [name, bar, value, detail]
        for w in widgets:
            w.setToolTip(tip)
        top = ROWS_PER_MOVE * i
        self.grid.addWidget(name, top, 0)
        self.grid.addWidget(bar, top, 1, Qt.AlignmentFlag.AlignVCenter)
        self.grid.addWidget(value, top, 2)
        self.grid.addWidget(detail, top + 1, 0, 1, 3)
        self.grid.setRowMinimumHeight(top + 2, SPACING)
        self.rows.append(widgets)

    def names(self) -> list[str]:
        return [
            row[0].text()
            for row in self.rows
            if isinstance(row[0], QLabel) and row[0].property("role") == "move"
        ]


def _signed(change: float) -> str:
    """ "−1.2", "+0.4", "0.0": the sign always shown, with a true minus."""
    text = number(abs(change))
    if round(change, 1) == 0:
        return number(0.0)
    return ("−" if change < 0 else "+") + text
