"""The cards that show function and weeks: what you can do, the PEG while it is on, and the
body map stepping through the weekly check-ins."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from backmove.services.dashboard import Span
from backmove.storage.records import Checkin, FunctionGoal, FunctionRating, local_stamp
from backmove.ui.dashboard.window import DashboardWindow
from tests.gui.dashboard.conftest import Source

Open = Callable[..., DashboardWindow]
DAY = 86_400


def test_a_year_draws_each_goal_as_a_line_with_its_change(dashboard: Open, year: Source) -> None:
    window = dashboard(year, span=Span.YEAR)
    card = window.function_card
    assert not card.is_empty and [r.name.text() for r in card.rows] == [
        "sit through a one-hour meeting",
        "carry the shopping home",
    ]
    for row, line in zip(card.rows, window.data.function.lines, strict=True):
        assert len(row.line.points()) == len(line.points) > 10
        assert f"{line.latest} now, {line.first} on" in row.caption.text()
        said = "changed by at least 2 points" if line.changed_enough else "within 2 points"
        assert said in row.caption.text()
        assert row.line.accessibleName().startswith(f"{line.activity}: ratings over time, ")
    assert card.next_label.text().startswith("Asked again from ")
    assert card.goals_button.text() == "Rate now…"


def test_the_goals_button_asks_for_the_goals_card(
    dashboard: Open, year: Source, qtbot: QtBot
) -> None:
    window = dashboard(year)
    with qtbot.waitSignal(window.goals_requested, timeout=1000):
        qtbot.mouseClick(window.function_card.goals_button, Qt.MouseButton.LeftButton)


def test_the_peg_card_shows_the_weekly_mean_only_while_the_peg_is_on(
    dashboard: Open, year: Source
) -> None:
    window = dashboard(year, span=Span.MONTHS_3)
    assert window.peg_card.isHidden()
    year.settings = year.settings.replace(peg_enabled=True)
    window.refresh()
    peg = window.data.peg
    assert peg is not None and len(peg.weeks) > 5
    assert not window.peg_card.isHidden() and not window.peg_card.is_empty
    assert [y for _, y in window.peg_card.line.points()] == [w.score for w in peg.weeks]
    assert "in the first week of this range" in window.peg_card.caption.text()


def test_the_body_map_steps_through_the_weeks(dashboard: Open, year: Source, qtbot: QtBot) -> None:
    window = dashboard(year, span=Span.WEEKS_4)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    body = window.body_card
    weeks = window.data.body_weeks
    assert len(weeks) >= 2 and body.index == len(weeks) - 1
    assert body.map.values() == dict(weeks[-1].values)
    assert not body.later_button.isEnabled() and body.earlier_button.isEnabled()
    assert body.earlier_button.accessibleName() == "Earlier check-in"
    assert body.strip.text().startswith("Lower back, week by week: ")
    body.earlier_button.setFocus()
    for _ in range(len(weeks) - 1):
        qtbot.keyClick(body.earlier_button, Qt.Key.Key_Space)
    assert body.index == 0 and body.map.values() == dict(weeks[0].values)
    assert body.later_button.hasFocus()  # the focus stays on the arrow that can still go
    assert body.week_label.text() == f"Check-in 1 of {len(weeks)}"


def test_goals_added_to_an_empty_log_show_after_a_refresh(dashboard: Open, nothing: Source) -> None:
    window = dashboard(nothing)
    at, offset = local_stamp(nothing.clock)
    goal = nothing.repo.add_function_goal(FunctionGoal(at - 30 * DAY, offset, "garden"))
    for days, value in ((30, 2), (2, 5)):
        nothing.repo.add_function_rating(
            FunctionRating(goal.id or 0, at - days * DAY, offset, value)
        )
    nothing.repo.add_checkin(Checkin(at - DAY, offset, {}))
    window.refresh()
    (row,) = window.function_card.rows
    assert "5 now, 2 on" in row.caption.text()
    assert "changed by at least 2 points" in row.caption.text()
    assert window.body_card.caption.text() == "Nothing felt that week"
