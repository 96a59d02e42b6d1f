"""The dashboard window over a generated year and over an empty database."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QAbstractAxis
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from backmove.core.stats import break_day, monday
from backmove.services.dashboard import Span
from backmove.storage.database import Database
from backmove.storage.records import Break, local_stamp
from backmove.storage.repository import Repository
from backmove.ui.dashboard.window import DashboardWindow
from backmove.ui.dashboard.words import day_text
from backmove.ui.kit.theme import CHART_PALETTES
from bench.history import generate
from tests.gui.dashboard.conftest import NAMES, Source

Open = Callable[..., DashboardWindow]


def x_axis(window: DashboardWindow, which: str) -> QAbstractAxis:
    chart = getattr(window, which).chart
    return chart.axes(Qt.Orientation.Horizontal)[0]


@pytest.mark.parametrize(
    ("span", "weeks"), [(Span.WEEKS_4, 4), (Span.MONTHS_3, 13), (Span.YEAR, 52)]
)
def test_each_range_shows_its_weeks(dashboard: Open, year: Source, span: Span, weeks: int) -> None:
    window = dashboard(year)
    window.span_buttons[span].click()
    today = year.clock.local().date()
    first = monday(today) - timedelta(weeks=weeks - 1)
    assert window.span is span and window.span_buttons[span].isChecked()
    assert window.range_text.text() == (
        f"{day_text(first, 'd MMM yyyy')} – {day_text(today, 'd MMM yyyy')} · {weeks} weeks"
    )
    assert x_axis(window, "adherence_chart").max() == weeks - 0.5
    assert x_axis(window, "trend_chart").max() == (today - first).days + 0.5
    assert window.adherence_card.title.text() == "Breaks by week"


def test_all_shows_the_whole_log(dashboard: Open, year: Source) -> None:
    window = dashboard(year, span=Span.ALL)
    first = monday(break_day(year.repo.breaks_between(0, 2**40)[0]))
    today = year.clock.local().date()
    assert window.range_text.text().startswith(day_text(first, "d MMM yyyy") + " – ")
    weeks = (monday(today) - first).days // 7 + 1
    assert weeks > 52 and x_axis(window, "adherence_chart").max() == weeks - 0.5


def test_the_keyboard_picks_the_range(dashboard: Open, year: Source, qtbot: QtBot) -> None:
    window = dashboard(year)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for key, span in (
        (Qt.Key.Key_1, Span.WEEKS_4),
        (Qt.Key.Key_3, Span.YEAR),
        (Qt.Key.Key_4, Span.ALL),
        (Qt.Key.Key_2, Span.MONTHS_3),
    ):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.span is span and window.span_buttons[span].isChecked()
    button = window.span_buttons[Span.YEAR]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert window.span is Span.YEAR
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert year.asked[-1] is Span.YEAR


def test_an_empty_log_says_what_will_appear(dashboard: Open, nothing: Source) -> None:
    window = dashboard(nothing)
    empty = {card.title.text(): card.empty.text() for card in window.cards if card.is_empty}
    assert set(empty) == {
        "Streak",
        "Where you felt it",
        "Low back at the end of the day",
        "Moves and how you felt after them",
        "Breaks by week",
        "What you can do",
    }
    assert "three activities" in empty["What you can do"]
    assert window.function_card.goals_button.text() == "Name activities…"
    assert window.peg_card.isHidden()  # the PEG is off by default
    assert "after your first working day" in empty["Low back at the end of the day"]
    assert "once backmove has offered you one" in empty["Breaks by week"]
    assert "first check-in" in empty["Where you felt it"]
    assert "Moves appear here once" in empty["Moves and how you felt after them"]
    assert window.today_card.ring.accessibleName() == "0 of 6 breaks today"
    assert "fills in here" in window.calendar_card.subtitle.text()


def test_a_year_fills_every_panel(dashboard: Open, year: Source) -> None:
    window = dashboard(year, span=Span.YEAR)
    assert [card.title.text() for card in window.cards if card.is_empty] == []
    assert window.today_card.next_value.text() == "In about 12 min (stretch)"
    assert "weeks in a row" in window.streak_card.big_caption.text() or (
        "days on target this week" in window.streak_card.big_caption.text()
    )
    assert re.fullmatch(
        r"\d of [1-5] working days on target in the last 7 days", window.streak_card.last7.text()
    )
    assert window.heatmap.weeks == 52
    assert "working days on target" in window.calendar_card.subtitle.text()
    legend = window.trend_chart.legend_names()
    assert {
        "Each day",
        "7-day average",
        "Lowest to highest of those 7 days",
        "Meaningfully lower for 2 weeks or more",
    } <= set(legend)
    headline = window.trend_headline.text()
    assert headline.startswith("Meaningfully better: your 7-day average on ")
    assert headline.endswith(
        "Back pain often eases on its own, and backmove cannot tell what caused a change."
    )
    assert "help" not in headline
    assert "Natural breaks (you were away anyway)" in window.adherence_chart.legend_names()
    assert "% of offered breaks completed" in window.adherence_headline.text()
    names = window.moves_card.names()
    assert len(names) == 5 and set(names) & set(NAMES.values())
    assert window.body_card.map.values()["low_back"] >= 0


def test_report_asks_for_a_report(dashboard: Open, year: Source, qtbot: QtBot) -> None:
    window = dashboard(year)
    with qtbot.waitSignal(window.report_requested, timeout=1000):
        qtbot.mouseClick(window.report_button, Qt.MouseButton.LeftButton)


def test_refresh_shows_a_break_just_taken(dashboard: Open, year: Source) -> None:
    window = dashboard(year)
    done = window.data.today_view.tally.moved
    goal = window.data.today_view.goal
    at, offset = local_stamp(year.clock)
    year.repo.add_break(
        Break(
            at - 300, offset, "micro", at - 300, at - 290, at - 170, "completed", routine='["T1"]'
        )
    )
    asked = len(year.asked)
    window.refresh()
    assert len(year.asked) == asked + 1
    assert window.today_card.ring.accessibleName() == f"{done + 1} of {goal} breaks today"


def test_the_calendar_reads_out_days(dashboard: Open, year: Source, qtbot: QtBot) -> None:
    window = dashboard(year)
    heat = window.heatmap
    heat.setFocus()
    qtbot.waitUntil(heat.hasFocus)
    today = year.clock.local().date()
    assert heat.current() is not None and heat.current().day == today
    qtbot.keyClick(heat, Qt.Key.Key_Left)
    qtbot.keyClick(heat, Qt.Key.Key_Up)
    day = heat.current()
    assert day is not None and day.day == today - timedelta(days=8)
    words = heat.accessibleDescription()
    assert words.startswith(day_text(day.day, "dddd d MMMM yyyy"))
    assert f"{day.tally.moved} of {day.goal} toward the goal" in words
    rect = heat._rect(heat._calendar.days.index(day)).center().toPoint()
    assert heat.day_at(rect) == day


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_light_and_dark(dashboard: Open, year: Source, theme: str) -> None:
    window = dashboard(year, theme=theme)
    other = "dark" if theme == "light" else "light"
    for look in (theme, other):
        window.set_theme(look)
        palette = CHART_PALETTES[look]
        window.scroll_area.ensureWidgetVisible(window.trend_card)
        image = window.grab().toImage()
        assert image.pixelColor(3, 3) == QColor(palette.look.background)
        card = window.trend_card.mapTo(window, QPoint(0, 0))
        inside = image.pixelColor(card.x() + 40, card.y() + 8)
        assert inside == QColor(palette.look.surface)
        axis = x_axis(window, "trend_chart")
        assert axis.labelsColor() == QColor(palette.look.muted)


def test_a_trend_over_years_is_drawn_a_point_a_week(
    dashboard: Open, tmp_path: Path, qtbot: QtBot
) -> None:
    """ "All" over a log of years draws the pain trend a point a week: its mean and spread, no
    dot a day, so drawing costs the GUI thread weeks rather than days; the axis still spans
    the whole range and the verdict is the one of every day."""
    history = generate(tmp_path / "backmove.db", years=1.6, seed=4)
    clock = history.clock()
    source = Source(
        Repository(Database.open(history.path, clock).database),
        clock,
        history.settings,
        history.goal_start,
    )
    window = dashboard(source, span=Span.ALL)
    data = window.data
    days = len(data.trend.progress.days)
    assert days > 500
    assert x_axis(window, "trend_chart").max() == (data.today - data.first).days + 0.5
    legend = window.trend_chart.legend_names()
    assert "Each day" not in legend and "7-day average" in legend
    drawn = max(path.elementCount() for _, path in window.trend_chart._lines)
    assert 0 < drawn <= 2 * (days // 7 + 2) < days  # a band has two edges a point
    window.span_buttons[Span.YEAR].click()
    qtbot.waitUntil(lambda: window.data.span is Span.YEAR)
    assert "Each day" in window.trend_chart.legend_names()  # a year is drawn day by day
