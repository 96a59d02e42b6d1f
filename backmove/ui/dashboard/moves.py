"""Moves and how the user felt after them: the before→after change over the breaks with each.

Worded as what happened with a move ("went with feeling better"), never as what the move did:
the change belongs to the whole break, other moves were in it too, and back pain changes on
its own. Each figure is the pooled estimate of core.moveeffect, drawn with its interval, and
beside it the one count there is, its rated breaks (services.counts), so a move seen three
times is never read as sure as one seen thirty.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from backmove.core.moveeffect import Association
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
    """A short bar from the middle: left (accent) for lower after, right for higher after,
    with a whisker across its interval."""

    def __init__(
        self,
        palette: ChartPalette,
        change: float,
        interval: tuple[float, float] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._palette = palette
        self._change = change
        self._interval = interval
        self.setFixedSize(96, 12)

    def sizeHint(self) -> QSize:
        return QSize(96, 12)

    def _x(self, change: float) -> float:
        mid = self.width() / 2
        return mid + max(-1.0, min(1.0, change / SCALE_POINTS)) * mid

    def paintEvent(self, event: QPaintEvent) -> None:
        pal = self._palette
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        mid = self.width() / 2
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(pal.heat[0]))
        p.drawRoundedRect(QRectF(0, 3, self.width(), 6), 3, 3)
        width = abs(self._x(self._change) - mid)
        colour = pal.better if self._change < 0 else pal.worse
        p.setBrush(QColor(colour))
        x = mid - width if self._change < 0 else mid
        p.drawRoundedRect(QRectF(x, 3, max(width, 2), 6), 3, 3)
        if self._interval is not None:
            low, high = self._x(self._interval[0]), self._x(self._interval[1])
            p.setBrush(QColor(pal.look.text))
            p.drawRect(QRectF(low, 5.5, max(high - low, 1), 1))
            p.drawRect(QRectF(low - 0.5, 2, 1, 8))
            p.drawRect(QRectF(high - 0.5, 2, 1, 8))
        p.setBrush(QColor(pal.look.muted))
        p.drawRect(QRectF(mid - 0.5, 0, 1, 12))
        p.end()


class MovesCard(Card):
    def __init__(self, palette: ChartPalette, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Moves and how you felt after them"),
            self.tr(
                "Change in your 0–10 rating from just before to just after breaks with each "
                "move, with its likely range; below zero means you felt better after"
            ),
            parent,
        )
        # The neutral heading is longer than a claim would be: it wraps in the narrow column
        # rather than being cut off.
        self.title.setWordWrap(True)
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
                "From {rated} rated breaks. A move with few rated breaks is pulled toward the "
                "average of all moves, and its range is wide. A break has other moves too, and "
                "back pain changes on its own, so this is what went with a move, not what it "
                "caused."
            ).format(rated=rated_breaks),
            "note",
            wrap=True,
        )
        self.grid.addWidget(note, ROWS_PER_MOVE * len(moves), 0, 1, 3)
        self.rows.append([note])

    def _add_row(self, i: int, move: MoveRow) -> None:
        e, est = move.effect, move.estimate
        change = est.estimate
        name = label(move.name, "move", wrap=True)
        value = label(
            _signed(change), "better" if change < 0 else "worse" if change > 0 else "note"
        )
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value.setMinimumWidth(value.fontMetrics().horizontalAdvance("−0.00"))
        bar = ChangeBar(self._palette, change, (est.low, est.high))
        # One N: the rated breaks with the move; the verdicts are those given in them.
        parts = [
            self.words.rated_breaks(est.rated_breaks),
            self.tr("likely {low} to {high}").format(low=_signed(est.low), high=_signed(est.high)),
            self.association(est.association),
        ]
        if e.helped + e.same + e.worse + e.not_tolerated:
            parts.append(self.tr("you said “helped” in {helped}").format(helped=e.helped))
        detail = label(" · ".join(parts), "stat-label", wrap=True)
        tip = self.tr(
            "Over {rated} rated breaks that included {name}, your 0–10 rating just after the "
            "break was on average {mean} points from just before it. Pulled toward the average "
            "of all moves, that is {estimate}, likely between {low} and {high}. Your own "
            "verdicts in those breaks: helped {helped}, same {same}, worse {worse}, not "
            "tolerated {nt}."
        ).format(
            rated=est.rated_breaks,
            name=move.name,
            mean=_signed(est.mean_change),
            estimate=_signed(change),
            low=_signed(est.low),
            high=_signed(est.high),
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

    def association(self, a: Association) -> str:
        """What the range says, without a cause: only a range wholly below zero (and a move's
        own mean below zero) is "went with feeling better"."""
        if a is Association.BETTER:
            return self.tr("went with feeling better")
        if a is Association.WORSE:
            return self.tr("went with feeling worse")
        return self.tr("no clear difference")

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
