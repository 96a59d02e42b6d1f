"""The daily break goal over time: graded steps up, held while pain is rising.

docs/evidence.md#daily-goal: start easy, stay at the starting goal for the first two weeks, then
raise it by the weekly step toward the target, and hold the progression if pain rises by 2
points or more. This is the one rule for the goal: the planner (`planner_memory.step_goal`,
whose "goal raised" notice the user reads) and every view (`services.counts.goal_for`: the
dashboard, the report, `status`) ask `goal_on` / `goal_schedule` here, so a notice never says
a goal the views do not show.

A step falls due every 7 days from the goal's start date, from week 3 on. It is held (the goal
stays where it is; a held step is not made up later) when the 7-day mean of the end-of-day
ratings on the day before the step is at least 2 points above either the baseline or the
7-day mean a week earlier: the first catches a rise that lasts, the second a fresh flare from
a lower level. Without enough ratings nothing is held.

What this cannot know: goals before the start date. When the user changes the daily goal
setting, the steps start again from that day, and earlier days are given the new base.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from functools import cached_property
from typing import Any

from backmove.core.record import Record
from backmove.core.stats import RatingLike
from backmove.core.trend import PainSeries

GOAL_FLAT_WEEKS = 2
"""Weeks at the starting goal before the first step."""
HOLD_RISE = 2.0
_EPS = 1e-9
ONE_WEEK = timedelta(days=7)


class GoalPlan(Record):
    start: date
    """When the steps began (the planner's `goal_start`)."""
    base: int
    step: int
    target: int
    flat_weeks: int = GOAL_FLAT_WEEKS

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any], start: date) -> GoalPlan:
        return cls(
            start,
            settings["daily_goal"],
            settings["daily_goal_weekly_step"],
            settings["daily_goal_target"],
        )


class GoalStep(Record):
    day: date
    goal: int
    """The goal from this day on."""
    held: bool
    """The step was due but held, because pain rose."""


class GoalSchedule(Record):
    """The goal on every day; call it (or `goal_on`) with a date. Pass it as a streak goal."""

    plan: GoalPlan
    steps: tuple[GoalStep, ...]

    @cached_property
    def _days(self) -> list[date]:
        return [s.day for s in self.steps]

    def goal_on(self, day: date) -> int:
        i = bisect.bisect_right(self._days, day)
        return self.steps[i - 1].goal if i else self.plan.base

    def __call__(self, day: date) -> int:
        return self.goal_on(day)


def _pain_rose(series: PainSeries, step_day: date) -> bool:
    now = series.mean7(step_day - timedelta(days=1))
    if now is None:
        return False
    refs = [series.mean7(step_day - timedelta(days=1) - ONE_WEEK)]
    if series.baseline_end is not None and series.baseline_end < step_day:
        refs.append(series.baseline)
    return any(ref is not None and now - ref >= HOLD_RISE - _EPS for ref in refs)


def goal_schedule(plan: GoalPlan, ratings: Iterable[RatingLike], until: date) -> GoalSchedule:
    """The steps from the plan's start to `until` (today), each raised or held."""
    steps: list[GoalStep] = []
    if plan.step > 0 and plan.base < plan.target:
        series = PainSeries(ratings)
        goal = plan.base
        day = plan.start + plan.flat_weeks * ONE_WEEK
        while day <= until and goal < plan.target:
            held = _pain_rose(series, day)
            if not held:
                goal = min(plan.target, goal + plan.step)
            steps.append(GoalStep(day, goal, held))
            day += ONE_WEEK
    return GoalSchedule(plan, tuple(steps))


def goal_on(
    settings: Mapping[str, Any], start: date, ratings: Iterable[RatingLike], day: date
) -> int:
    """The daily goal on `day` for steps that began on `start`, with the end-of-day `ratings`
    known: the one answer the planner and the views share."""
    return goal_schedule(GoalPlan.from_settings(settings, start), ratings, day).goal_on(day)
