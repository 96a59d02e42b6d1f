"""The function goals in the running app: named from the tray, asked again when four weeks
have passed since their latest rating, offered once that day, and every answer in the
database at once."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from backmove.core.function_goals import RERATE_DAYS
from backmove.storage.records import FunctionGoal, FunctionRating, local_stamp

from .desk import Desk, open_desk

MORNING = datetime(2026, 4, 3, 11, 0)
DAY = 86_400


@pytest.fixture
def desk(qapp: QApplication, home: Path):
    with open_desk(qapp, home, screened=(), start=MORNING) as d:
        yield d


def rated_days_ago(desk: Desk, days: int, *activities: str) -> list[int]:
    """Goals named and last rated `days` days ago, at this time of day."""
    repo = desk.app.store.repo
    assert repo is not None
    at, offset = local_stamp(desk.clock, desk.clock.wall() - days * DAY)
    ids = []
    for n, activity in enumerate(activities):
        goal = repo.add_function_goal(FunctionGoal(at, offset, activity))
        repo.add_function_rating(FunctionRating(goal.id or 0, at, offset, 3 + n))
        ids.append(goal.id or 0)
    return ids


def test_the_tray_names_goals_and_each_is_kept_with_its_rating(desk: Desk) -> None:
    desk.app.menu.actions["goals"].trigger()
    dialog = desk.app.tracking.goals
    assert dialog is not None and dialog.isVisible()
    assert not dialog.save_button.isEnabled()
    first, second, _ = dialog.form.new_rows
    first.field.setText("  sit through a   one-hour meeting ")
    first.scale.choose(3)
    second.scale.choose(5)
    assert not dialog.save_button.isEnabled()  # a rating without words names nothing
    second.field.setText("carry the shopping")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert desk.rows("select activity, retired_at from function_goals") == [
        ("sit through a one-hour meeting", None),
        ("carry the shopping", None),
    ]
    assert desk.rows("select goal_id, value from function_ratings") == [(1, 3), (2, 5)]


def test_the_goals_are_not_offered_before_four_weeks(desk: Desk) -> None:
    rated_days_ago(desk, RERATE_DAYS - 1, "sit")
    desk.app.tracking.goals_due()  # what the daily job does
    assert desk.app.tracking.goals is None


def test_after_four_weeks_they_are_offered_once_that_day(desk: Desk) -> None:
    rated_days_ago(desk, RERATE_DAYS, "sit", "garden")
    desk.app.tracking.goals_due()
    dialog = desk.app.tracking.goals
    assert dialog is not None and dialog.isVisible()
    assert [r.name.text() for r in dialog.form.tracked_rows] == ["sit", "garden"]
    dialog.later_button.click()  # not now
    desk.app.tracking.goals = None
    desk.app.tracking.goals_due()
    assert desk.app.tracking.goals is None  # once that day, whatever was done with it
    desk.clock.advance(DAY)
    desk.app.tracking.goals_due()
    assert desk.app.tracking.goals is not None  # and again the next day, still unrated


def test_a_rating_starts_the_four_weeks_again_and_a_goal_can_be_retired(desk: Desk) -> None:
    sit, garden = rated_days_ago(desk, RERATE_DAYS + 3, "sit", "garden")
    desk.app.tracking.goals_due()
    dialog = desk.app.tracking.goals
    sit_row, garden_row = dialog.form.tracked_rows
    sit_row.scale.choose(7)
    garden_row.stop_button.click()
    (new,) = dialog.form.new_rows[:1]
    new.field.setText("tie my shoes")
    new.scale.choose(4)
    dialog.save_button.click()
    assert desk.rows("select id, retired_at is not null from function_goals") == [
        (sit, 0),
        (garden, 1),
        (3, 0),
    ]
    assert desk.rows("select goal_id, value from function_ratings order by id")[-2:] == [
        (sit, 7),
        (3, 4),
    ]
    assert desk.app.tracking.last_goals_rating_day() == desk.clock.local().date()
    desk.app.tracking.goals = None
    desk.clock.advance((RERATE_DAYS - 1) * DAY)
    desk.app.tracking.goals_due()
    assert desk.app.tracking.goals is None
    desk.clock.advance(timedelta(days=1).total_seconds())
    desk.app.tracking.goals_due()
    assert desk.app.tracking.goals is not None


def test_goals_named_at_the_first_start_are_kept(desk: Desk) -> None:
    desk.app.safety.goals_named.emit([("sit through a meeting", 2)])
    assert desk.rows("select activity from function_goals") == [("sit through a meeting",)]
    assert desk.rows("select value from function_ratings") == [(2,)]
