"""The daily goal over time: two flat weeks, weekly steps to the target, held while pain rises."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from backmove.core.goal import GoalPlan, GoalStep, goal_schedule
from backmove.core.planner_memory import PlannerState, step_goal
from backmove.core.settings import Settings
from backmove.core.stats import local_day
from backmove.core.streaks import streaks
from backmove.services.counts import goal_for
from tests.unit.stats.builders import day_of, eod_series, weekdays

START = date(2026, 6, 1)


def day(n: int) -> date:
    return START + timedelta(days=n)


def plan(base: int = 6, step: int = 1, target: int = 8) -> GoalPlan:
    return GoalPlan(START, base, step, target)


def test_two_flat_weeks_then_a_step_a_week_up_to_the_target() -> None:
    schedule = goal_schedule(plan(), [], day(60))
    assert [schedule.goal_on(day(n)) for n in (-3, 0, 13, 14, 20, 21, 60)] == [6, 6, 6, 7, 7, 8, 8]
    assert schedule.steps == (GoalStep(day(14), 7, False), GoalStep(day(21), 8, False))
    assert schedule(day(21)) == 8


def test_the_goal_agrees_with_the_planners_own_count_of_weeks() -> None:
    settings = Settings({"daily_goal": 4, "daily_goal_weekly_step": 2, "daily_goal_target": 13})
    state = PlannerState()
    step_goal(settings, state, START)
    schedule = goal_schedule(GoalPlan.from_settings(settings, START), [], day(80))
    for n in range(80):
        step_goal(settings, state, day(n))
        assert schedule.goal_on(day(n)) == state.goal


def test_no_step_or_a_start_at_the_target_keeps_the_goal() -> None:
    assert goal_schedule(plan(step=0), [], day(90)).goal_on(day(90)) == 6
    assert goal_schedule(plan(base=9, target=8), [], day(90)).goal_on(day(90)) == 9


def test_a_step_is_held_while_pain_is_2_points_above_the_baseline() -> None:
    # Baseline 3 in the week before the start; week 2 rates 5 (held), week 3 back to 3.
    ratings = eod_series(day(-7), [3] * 14 + [5] * 7 + [3] * 7)
    schedule = goal_schedule(plan(target=12), ratings, day(35))
    assert [(s.day, s.goal, s.held) for s in schedule.steps] == [
        (day(14), 6, True),
        (day(21), 7, False),
        (day(28), 8, False),
        (day(35), 9, False),
    ]
    # A rise of less than 2 points does not hold it.
    ratings = eod_series(day(-7), [3] * 14 + [4] * 7)
    assert not goal_schedule(plan(), ratings, day(14)).steps[0].held


def test_a_fresh_flare_from_a_lower_level_holds_the_step_too() -> None:
    # Baseline 6, better since (2), then a week at 4: still below baseline, but 2 points up.
    ratings = eod_series(day(-7), [6] * 7 + [2] * 14 + [4] * 7)
    steps = goal_schedule(plan(target=12), ratings, day(21)).steps
    assert [(s.goal, s.held) for s in steps] == [(7, False), (7, True)]


def test_without_enough_ratings_nothing_is_held() -> None:
    ratings = eod_series(day(-7), [3] * 7 + [None] * 4 + [9, 9, 9])
    assert not goal_schedule(plan(), ratings, day(14)).steps[0].held


def test_the_schedule_is_the_goal_a_streak_is_judged_by() -> None:
    schedule = goal_schedule(plan(), [], day(20))
    log = [b for n in range(12, 17) for b in day_of(day(n), completed=6)]
    s = streaks(log, day(16), weekdays, schedule, since=day(14))
    assert s.days == 0  # from day 14 the goal is 7
    assert streaks(log, day(16), weekdays, 6, since=day(14)).days == 3


def test_the_planner_holds_a_step_while_pain_rises_as_the_views_do() -> None:
    """The example the views hold at day 14: the planner's notice must not say 7."""
    settings = Settings({"daily_goal": 6, "daily_goal_weekly_step": 1, "daily_goal_target": 12})
    ratings = eod_series(day(-7), [3] * 14 + [5] * 7 + [3] * 7)
    state = PlannerState()
    step_goal(settings, state, START)
    raised = {n: step_goal(settings, state, day(n), ratings) for n in range(1, 36)}
    assert raised[14] is None and state.goal == 9  # held at 14, then 7, 8, 9
    assert [n for n, goal in raised.items() if goal is not None] == [21, 28, 35]


@given(
    base=st.integers(1, 12),
    step=st.integers(0, 3),
    target=st.integers(1, 16),
    before=st.integers(0, 21),
    values=st.lists(st.one_of(st.none(), st.integers(0, 10)), max_size=90),
)
def test_the_planners_goal_is_the_views_goal_on_every_day(
    base: int, step: int, target: int, before: int, values: list[int | None]
) -> None:
    """Day by day as the planner steps it (with the end-of-day ratings given before that day)
    and as the dashboard, the report and `status` read it afterwards (`goal_for`): one goal,
    and a "goal raised" notice exactly when it went up."""
    settings = Settings(
        {"daily_goal": base, "daily_goal_weekly_step": step, "daily_goal_target": target}
    )
    ratings = eod_series(day(-before), values)
    state = PlannerState()
    assert step_goal(settings, state, START) is None
    last = day(70)
    views = goal_for(settings, START, ratings, last)
    for n in range(1, 71):
        known = [r for r in ratings if local_day(r.at, r.utc_offset_s) < day(n)]
        previous = state.goal
        changed = step_goal(settings, state, day(n), known)
        assert state.goal == views(day(n)), n
        assert changed == (state.goal if state.goal != previous else None)
