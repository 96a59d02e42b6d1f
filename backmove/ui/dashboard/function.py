"""What you can do: each function goal's ratings as a small line, the first against the latest.

The change is said in neutral words ("changed by at least 2 points", or "within 2 points of the
first"), never as praise or blame: it is the user's own rating of one activity, and the scale's
important change (docs/evidence.md#function-goals) is the only judgement made on it. The card
also says when the goals are next asked, and its button opens the goals' card at any time (the
report leaves the button out).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from backmove.core.function_goals import IMPORTANT_CHANGE
from backmove.services.dashboard import FunctionLine, FunctionView
from backmove.ui.dashboard.card import Card
from backmove.ui.dashboard.scoreline import ScoreLine
from backmove.ui.dashboard.words import day_text
from backmove.ui.kit.theme import ChartPalette
from backmove.ui.kit.widgets import button, label


class _GoalRow(QWidget):
    def __init__(self, line: FunctionLine, palette: ChartPalette, words: str) -> None:
        super().__init__()
        self.name = label(line.activity, "move", wrap=True)
        self.line = ScoreLine(palette)
        self.line.set_points([(p.day, float(p.value)) for p in line.points])
        self.line.setAccessibleName(
            self.tr("{activity}: ratings over time, {values}").format(
                activity=line.activity, values=", ".join(str(p.value) for p in line.points)
            )
        )
        self.caption = label(words, "stat-label", wrap=True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.name)
        column.addWidget(self.line)
        column.addWidget(self.caption)


class FunctionCard(Card):
    goals_requested = Signal()

    def __init__(self, palette: ChartPalette, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("What you can do"),
            self.tr("Each activity you named: 0 = unable to do it, 10 = able to do it as before."),
            parent=parent,
        )
        self._palette = palette
        self.rows: list[_GoalRow] = []
        self._column = QVBoxLayout(self.body)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(12)
        self.next_label = label("", "stat-label", wrap=True)
        self.goals_button = button(
            self.tr("Rate now…"), self.tr("Rate or change your function goals")
        )
        self.goals_button.clicked.connect(self.goals_requested)
        footer = QHBoxLayout()
        footer.setContentsMargins(0, 6, 0, 0)
        footer.addWidget(self.next_label, 1)
        footer.addWidget(self.goals_button)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.addLayout(footer)

    def set_palette(self, palette: ChartPalette) -> None:
        self._palette = palette
        for row in self.rows:
            row.line.set_palette(palette)

    def words(self, line: FunctionLine) -> str:
        """What a goal's line says: its latest rating against the first, in neutral words."""
        first, latest = line.points[0], line.points[-1]
        if len(line.points) == 1:
            return self.tr("Rated {value} on {day}; asked again every four weeks.").format(
                value=latest.value, day=day_text(latest.day)
            )
        said = self.tr("{latest} now, {first} on {day}").format(
            latest=latest.value, first=first.value, day=day_text(first.day, "d MMM yyyy")
        )
        if line.changed_enough:
            change = self.tr("changed by at least {n} points").format(n=IMPORTANT_CHANGE)
        else:
            change = self.tr("within {n} points of the first rating").format(n=IMPORTANT_CHANGE)
        return f"{said} · {change}"

    def show_function(self, view: FunctionView) -> None:
        for row in self.rows:
            self._column.removeWidget(row)
            row.deleteLater()
        self.rows = []
        if not view.lines:
            self.show_empty(
                self.tr(
                    "Name up to three activities your back makes hard and rate how well you can "
                    "do each: their ratings show here, asked again every four weeks."
                )
            )
            self.goals_button.setText(self.tr("Name activities…"))
            self.next_label.hide()
            return
        self.show_empty(None)
        for line in view.lines:
            row = _GoalRow(line, self._palette, self.words(line))
            self._column.addWidget(row)
            self.rows.append(row)
        self.goals_button.setText(self.tr("Rate now…"))
        if view.next_due is not None:
            self.next_label.setText(
                self.tr("Asked again from {day}.").format(day=day_text(view.next_due))
            )
        self.next_label.setVisible(view.next_due is not None)
