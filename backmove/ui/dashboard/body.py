"""The weekly check-ins as a small heat figure of the body, seen from behind, week by week.

The map shows one week at a time, the latest first; the arrows (two buttons, so Tab reaches
them and a screen reader names them) step to earlier and later check-ins of the range. Under it,
the lower back's value week by week in one line, so the weeks can be compared at a glance and
the report, which shows only the latest map, still carries them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from backmove.core.regions import LOW_BACK
from backmove.services.dashboard import BodyWeek
from backmove.ui.body_map import BodyMap, region_names
from backmove.ui.dashboard.card import Card
from backmove.ui.dashboard.words import day_text
from backmove.ui.kit.widgets import button, label

MAP_HEIGHT = 210
STRIP_WEEKS = 8
"""Weeks in the lower back's line: two months, what fits the card's width in one line."""


class BodyCard(Card):
    def __init__(self, theme: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Where you felt it"), parent=parent)
        self.weeks: tuple[BodyWeek, ...] = ()
        self.index = -1
        self.stepping = True
        """Whether the arrows are offered (not in the report, which cannot be clicked)."""
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.map = BodyMap(interactive=False, theme=theme)
        self.map.setFixedHeight(MAP_HEIGHT)
        column.addWidget(self.map, 1)
        self.caption = label("", "stat-label", wrap=True)
        column.addWidget(self.caption)
        self.earlier_button = button("‹", self.tr("Earlier check-in"))
        self.earlier_button.setToolTip(self.tr("Earlier check-in"))
        self.earlier_button.clicked.connect(lambda: self.show_week(self.index - 1))
        self.later_button = button("›", self.tr("Later check-in"))
        self.later_button.setToolTip(self.tr("Later check-in"))
        self.later_button.clicked.connect(lambda: self.show_week(self.index + 1))
        self.week_label = label("", "stat-label")
        steps = QHBoxLayout()
        steps.setSpacing(6)
        steps.addWidget(self.earlier_button)
        steps.addWidget(self.week_label, 1)
        steps.addWidget(self.later_button)
        column.addLayout(steps)
        self.strip = label("", "stat-label", wrap=True)
        column.addWidget(self.strip)

    def set_theme(self, theme: str) -> None:
        self.map.set_theme(theme)

    def show_body(self, week: BodyWeek | None) -> None:
        """One check-in only (the latest)."""
        self.show_weeks(() if week is None else (week,))

    def show_weeks(self, weeks: Sequence[BodyWeek]) -> None:
        """The range's weekly check-ins, oldest first; the latest is shown."""
        self.weeks = tuple(weeks)
        if not self.weeks:
            self.show_empty(
                self.tr(
                    "Your weekly check-in appears here as a body map: the regions you felt, "
                    "shaded 0–10, from your first check-in on."
                )
            )
            self.subtitle.hide()
            return
        self.show_empty(None)
        names = region_names()
        recent = self.weeks[-STRIP_WEEKS:]
        self.strip.setText(
            self.tr("{region}, week by week: {values}").format(
                region=names.get(LOW_BACK, LOW_BACK),
                values=" · ".join(f"{w.values.get(LOW_BACK, 0):g}" for w in recent),
            )
        )
        self.strip.setVisible(len(self.weeks) > 1)
        self.show_week(len(self.weeks) - 1)

    def show_week(self, index: int) -> None:
        """The check-in at `index` among the range's (0 = the earliest)."""
        if not self.weeks:
            return
        self.index = max(0, min(len(self.weeks) - 1, index))
        week = self.weeks[self.index]
        self.subtitle.setText(
            self.tr("Weekly check-in of {day}").format(day=day_text(week.day, "dddd d MMMM"))
        )
        self.subtitle.show()
        self.map.set_values(week.values)
        names = region_names()
        worst = sorted(week.values.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
        self.caption.setText(
            " · ".join(f"{names.get(region, region)} {value:g}" for region, value in worst)
            or self.tr("Nothing felt that week")
        )
        self.week_label.setText(
            self.tr("Check-in {n} of {count}").format(n=self.index + 1, count=len(self.weeks))
        )
        many = len(self.weeks) > 1
        for b in (self.earlier_button, self.later_button):
            b.setVisible(many and self.stepping)
        self.week_label.setVisible(many)
        had_focus = self.earlier_button.hasFocus() or self.later_button.hasFocus()
        self.earlier_button.setEnabled(self.index > 0)
        self.later_button.setEnabled(self.index < len(self.weeks) - 1)
        if had_focus and not (self.earlier_button.hasFocus() or self.later_button.hasFocus()):
            # The end was reached: the focus stays on the arrow that can still go.
            other = self.later_button if self.index == 0 else self.earlier_button
            other.setFocus()
