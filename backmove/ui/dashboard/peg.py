"""The PEG week by week, while the PEG is turned on (docs/evidence.md#peg).

The score is the PEG's own: the mean of its three items (pain, interference with enjoyment of
life, with general activity), 0–10, one point a week. Its change from the range's first week is
said in neutral words against the PEG's important change of about 1 point.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from backmove.services.dashboard import PEG_IMPORTANT_CHANGE, PegView
from backmove.ui.dashboard.card import Card
from backmove.ui.dashboard.scoreline import ScoreLine
from backmove.ui.dashboard.words import day_text, number
from backmove.ui.kit.theme import ChartPalette
from backmove.ui.kit.widgets import label


class PegCard(Card):
    def __init__(self, palette: ChartPalette, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("PEG, week by week"),
            self.tr(
                "Your weekly PEG score, the mean of its three questions: 0 = no pain and no "
                "interference, 10 = the worst (PEG: Krebs et al. 2009)."
            ),
            parent=parent,
        )
        self.line = ScoreLine(palette)
        self.line.setAccessibleName(self.tr("Chart of your weekly PEG score"))
        self.caption = label("", "stat-label", wrap=True)
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.line)
        column.addWidget(self.caption)

    def set_palette(self, palette: ChartPalette) -> None:
        self.line.set_palette(palette)

    def words(self, view: PegView) -> str:
        latest = view.weeks[-1]
        said = self.tr("{score} in the week of {day}").format(
            score=number(latest.score), day=day_text(latest.week)
        )
        if view.change is None:
            return said
        first = view.weeks[0]
        said += " · " + self.tr("{score} in the first week of this range").format(
            score=number(first.score)
        )
        if view.changed_enough:
            change = self.tr("changed by at least {n} point").format(
                n=number(PEG_IMPORTANT_CHANGE, 0)
            )
        else:
            change = self.tr("within {n} point of the first week").format(
                n=number(PEG_IMPORTANT_CHANGE, 0)
            )
        return f"{said} · {change}"

    def show_peg(self, view: PegView | None) -> None:
        """None: the PEG is turned off, and the card is not shown."""
        self.setVisible(view is not None)
        if view is None:
            return
        if not view.weeks:
            self.show_empty(
                self.tr(
                    "Your weekly PEG score appears here after a check-in with the three PEG "
                    "questions in this range."
                )
            )
            return
        self.show_empty(None)
        self.line.set_points([(w.week, w.score) for w in view.weeks])
        self.line.setAccessibleName(
            self.tr("Chart of your weekly PEG score: {values}").format(
                values=", ".join(number(w.score) for w in view.weeks)
            )
        )
        self.caption.setText(self.words(view))
