"""The function goals' rules and the dashboard's figures for the new cards, from synthetic
records: when the goals are due again, each goal's line, the PEG week by week, the body map
week by week."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from backmove.core.function_goals import (
    MAX_ACTIVITY_CHARS,
    RERATE_DAYS,
    changed_enough,
    clean_activity,
    rerating_due,
)
from backmove.services.dashboard import (
    PegView,
    PegWeek,
    body_by_week,
    function_view,
    peg_view,
)
from backmove.storage.records import Checkin, FunctionGoal, FunctionRating

DAY = 86_400
MONDAY = date(2026, 3, 2)


def at(day: date, hour: int = 12) -> int:
    return int(datetime(day.year, day.month, day.day, hour, tzinfo=UTC).timestamp())


# --- when ----------------------------------------------------------------------------------


def test_the_goals_are_due_28_days_after_their_latest_rating_and_not_before() -> None:
    rated = date(2026, 3, 2)
    assert not rerating_due(rated, rated)
    assert not rerating_due(rated, rated + timedelta(days=RERATE_DAYS - 1))
    assert rerating_due(rated, rated + timedelta(days=RERATE_DAYS))
    assert rerating_due(rated, rated + timedelta(days=RERATE_DAYS + 10))  # still, until rated


def test_without_a_tracked_goal_nothing_is_due() -> None:
    assert not rerating_due(None, date(2030, 1, 1))


@pytest.mark.parametrize(
    ("first", "latest", "enough"), [(3, 5, True), (5, 3, True), (3, 4, False), (4, 4, False)]
)
def test_two_points_either_way_is_the_important_change(
    first: int, latest: int, enough: bool
) -> None:
    assert changed_enough(first, latest) is enough


def test_an_activity_is_kept_as_a_short_phrase() -> None:
    assert clean_activity("  sit through\n a   meeting ") == "sit through a meeting"
    assert len(clean_activity("x" * 500)) == MAX_ACTIVITY_CHARS
    with pytest.raises(ValueError):
        clean_activity(" \t ")


# --- the goals' lines ------------------------------------------------------------------------


def test_each_tracked_goal_is_a_line_of_its_ratings_oldest_first() -> None:
    goals = [FunctionGoal(at(MONDAY), 0, "sit", id=1), FunctionGoal(at(MONDAY), 0, "lift", id=2)]
    ratings = [
        FunctionRating(1, at(MONDAY + timedelta(days=28)), 0, 6, id=3),
        FunctionRating(1, at(MONDAY), 0, 3, id=1),
        FunctionRating(2, at(MONDAY), 0, 5, id=2),
        FunctionRating(2, at(MONDAY + timedelta(days=28)), 0, 6, id=4),
        FunctionRating(9, at(MONDAY + timedelta(days=40)), 0, 1, id=5),  # a retired goal's
    ]
    view = function_view(goals, ratings)
    sit, lift = view.lines
    assert [(p.day, p.value) for p in sit.points] == [
        (MONDAY, 3),
        (MONDAY + timedelta(days=28), 6),
    ]
    assert (sit.first, sit.latest, sit.change, sit.changed_enough) == (3, 6, 3, True)
    assert (lift.change, lift.changed_enough) == (1, False)
    assert view.next_due == MONDAY + timedelta(days=56)


def test_a_goal_rated_once_has_no_change_yet_and_no_goal_nothing_is_due() -> None:
    (line,) = function_view(
        [FunctionGoal(at(MONDAY), 0, "sit", id=1)], [FunctionRating(1, at(MONDAY), 0, 2)]
    ).lines
    assert line.change == 0 and not line.changed_enough
    empty = function_view([], [])
    assert empty.lines == () and empty.next_due is None


def test_the_day_of_a_rating_is_the_local_one() -> None:
    late = at(MONDAY, 23)  # 23:00 UTC is already Tuesday in Berlin
    (line,) = function_view(
        [FunctionGoal(late, 3600, "sit", id=1)], [FunctionRating(1, late, 3600, 4)]
    ).lines
    assert line.points[0].day == MONDAY + timedelta(days=1)


# --- the PEG ---------------------------------------------------------------------------------


def checkin(day: date, peg: tuple[int, int, int] | None, hour: int = 12, **regions: int) -> Checkin:
    p, e, g = peg or (None, None, None)
    return Checkin(at(day, hour), 0, regions, p, e, g)


def test_the_peg_is_the_mean_of_its_three_items_one_point_a_week() -> None:
    view = peg_view(
        [
            checkin(MONDAY + timedelta(days=4), (6, 5, 5)),
            checkin(MONDAY + timedelta(days=11), None),  # the PEG skipped that week
            checkin(MONDAY + timedelta(days=18), (4, 4, 3)),
            checkin(MONDAY + timedelta(days=19), (3, 3, 2)),  # a second one that week replaces it
        ]
    )
    assert view.weeks == (
        PegWeek(MONDAY, MONDAY + timedelta(days=4), 5.3),
        PegWeek(MONDAY + timedelta(days=14), MONDAY + timedelta(days=19), 2.7),
    )
    assert view.change == -2.6 and view.changed_enough


def test_a_peg_change_under_a_point_is_within_the_first_week() -> None:
    weeks = (PegWeek(MONDAY, MONDAY, 4.0), PegWeek(MONDAY + timedelta(days=7), MONDAY, 3.3))
    assert not PegView(weeks).changed_enough
    assert PegView(weeks[:1]).change is None


# --- the body map week by week ----------------------------------------------------------------


def test_the_body_map_keeps_each_weeks_latest_check_in_oldest_first() -> None:
    weeks = body_by_week(
        [
            checkin(MONDAY + timedelta(days=14), None, low_back=3),
            checkin(MONDAY + timedelta(days=4), None, low_back=6, neck=2),
            checkin(MONDAY + timedelta(days=4), None, hour=18, low_back=5),
            checkin(MONDAY + timedelta(days=7), None),  # "nothing this week" is a week too
        ]
    )
    assert [(w.day, dict(w.values)) for w in weeks] == [
        (MONDAY + timedelta(days=4), {"low_back": 5.0}),
        (MONDAY + timedelta(days=7), {}),
        (MONDAY + timedelta(days=14), {"low_back": 3.0}),
    ]
