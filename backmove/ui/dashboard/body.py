"""The latest weekly check-in as a small heat figure of the body, seen from behind."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from backmove.services.dashboard import BodyWeek
from backmove.ui.body_map import BodyMap, region_names
from backmove.ui.dashboard.card import Card
from backmove.ui.dashboard.words import day_text
from backmove.ui.kit.widgets import label

MAP_HEIGHT = 210


class BodyCard(Card):
    def __init__(self, theme: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Where you felt it"), parent=parent)
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.map = BodyMap(interactive=False, theme=theme)
        self.map.setFixedHeight(MAP_HEIGHT)
        column.addWidget(self.map, 1)
        self.caption = label("", "stat-label", wrap=True)
        column.addWidget(self.caption)

    def set_theme(self, theme: str) -> None:
        self.map.set_theme(theme)

    def show_body(self, week: BodyWeek | None) -> None:
        if week is None:
            self.show_empty(
                self.tr(
                    "Your weekly check-in appears here as a body map: the regions you felt, "
                    "shaded 0–10, from your first check-in on."
                )
            )
            self.subtitle.hide()
            return
        self.show_empty(None)
        self.subtitle.setText(
            self.tr("Weekly check-in of {day}").format(day=day_text(week.day, "dddd d MMMM"))
        )
        self.subtitle.show()
        self.map.set_values(week.values)
        names = region_names()
        worst = sorted(week.values.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
        self.caption.setText(
            " · ".join(f"{names.get(region, region)} {value:g}" for region, value in worst)
        )
