"""Adaptive back-off, its undoing, and the daily goal's weekly step.

The rules are those of docs/evidence.md#adaptive-back-off and docs/evidence.md#daily-goal.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from backmove.core import planner_memory as history
from backmove.core.planner_memory import DayRecord, PlannerState
from backmove.core.settings import Settings
from tests.unit.planner.tracekit import HOUR, MIN, Desk, active, at, end, pick, run, user


def workweek(first_day: int, answer: str) -> list[dict[str, Any]]:
    """Mon-Fri from `first_day`: input 09:00-17:30, and the user gives `answer` to whatever
    prompt is up, once a minute (an answer with no prompt up changes nothing)."""
    events: list[dict[str, Any]] = []
    for day in range(first_day, first_day + 5):
        events.append(active(at("09:00", day), 8 * HOUR + 30 * MIN))
        events += [user(at("09:00:30", day) + 60 * n, answer) for n in range(510)]
    return events


def test_a_week_of_skipping_backs_off_to_an_hour_and_good_days_bring_it_back() -> None:
    out = run(workweek(0, "skip") + workweek(7, "start") + [end(at("18:00", 11))])
    changes = [(r["wall"][:19], r["reason"], r["interval_min"]) for r in pick(out, "interval")]
    assert changes == [
        # Monday: prompts come 3 min after the break is due (typing, no pause) and are
        # skipped at once; every third skip in a row lengthens the interval by 10 min.
        ("2026-03-30T10:39:30", "backoff", 40),  # skips at 09:33:30, 10:06:30, 10:39:30
        ("2026-03-30T12:48:30", "backoff", 50),  # then every 43 min
        ("2026-03-30T15:27:30", "backoff", 60),  # then every 53 min
        # Tuesday to Friday skip on, but 60 is the ceiling. The next Monday every break is
        # taken; each such day shortens the interval by 10 at the start of the next one.
        ("2026-04-07T09:00:00", "recovered", 50),
        ("2026-04-08T09:00:00", "recovered", 40),
        ("2026-04-09T09:00:00", "recovered", 30),
    ]
    # Tuesday of the first week: an hour of input between prompts (due at 10:00; typing on,
    # the heads-up comes 30 s before the 3-min wait for a pause is up).
    tuesday = [r["t"] for r in pick(out, "warn") if r["wall"].startswith("2026-03-31")]
    assert tuesday[0] == at("10:02:30", 1)
    # The last Friday runs on the user's own 30 minutes.
    friday = [r["t"] for r in pick(out, "warn") if r["wall"].startswith("2026-04-10")]
    assert friday[0] == at("09:32:30", 11)


def test_a_restart_keeps_the_back_off() -> None:
    monday = Desk()
    monday.wait(HOUR)  # 09:00
    monday.type(8 * HOUR, answer="skip")  # three times three skips in a row by 17:00
    assert monday.planner.status().interval_s == 60 * MIN
    saved = json.dumps(monday.planner.memory.to_dict())

    restored = PlannerState.from_dict(json.loads(saved))
    later = Desk(start="2026-03-31T08:55:00", state=restored)
    later.wait(10 * MIN)
    assert later.planner.status().interval_s == 60 * MIN
    assert later.planner.status().until_break_s == 60 * MIN
    assert later.names() == ["off_hours", "on_hours"]


def test_a_saved_state_that_is_not_one_is_refused() -> None:
    with pytest.raises(ValueError, match="not a planner state"):
        PlannerState.from_dict({"days": [{"no": 1}]})
    with pytest.raises(ValueError):
        PlannerState.from_dict({"goal_start": "yesterday"})


def test_more_than_half_skipped_in_a_day_backs_off_at_the_days_end() -> None:
    settings = Settings()
    state = PlannerState()
    rec = DayRecord("2026-03-30", offered=5, skipped=3, completed=2)
    assert history.close_day(settings, state, rec) == "backoff"
    assert history.interval_min(settings, state) == 40
    # Half skipped is not more than half.
    assert history.close_day(settings, state, DayRecord("d", offered=4, skipped=2)) is None
    # A good day (80 % taken) undoes one step.
    good = DayRecord("d", offered=5, completed=3, partial=1)
    assert history.close_day(settings, state, good) == "recovered"
    assert history.interval_min(settings, state) == 30


def test_skips_in_a_row_are_broken_by_a_break_taken() -> None:
    settings, state, rec = Settings(), PlannerState(), DayRecord("d")
    assert [history.note_skip(settings, state, rec) for _ in range(2)] == [False, False]
    history.note_taken(state)
    assert [history.note_skip(settings, state, rec) for _ in range(3)] == [False, False, True]
    assert rec.backed_off
    # The day rule does not add a second step for the same day.
    rec.offered, rec.skipped = 3, 3
    assert history.close_day(settings, state, rec) is None


def test_back_off_never_passes_sixty_minutes_and_can_be_turned_off() -> None:
    state = PlannerState(backoff_min=30)
    assert history.interval_min(Settings({"interval_min": 55}), state) == 60
    assert history.interval_min(Settings({"interval_min": 75}), state) == 75
    assert history.interval_min(Settings({"adaptive_backoff": False}), state) == 30
    off, rec = Settings({"adaptive_backoff": False}), DayRecord("d")
    assert [history.note_skip(off, PlannerState(), rec) for _ in range(3)] == [False] * 3


def test_the_daily_goal_stays_two_weeks_then_rises_each_week_to_the_target() -> None:
    out = run([end(at("10:00", 35))], settings={"daily_goal_target": 8})
    goals = [(r["wall"][:10], r["goal"], r["reason"]) for r in pick(out, "goal")]
    assert goals == [("2026-04-13", 7, "weekly_step"), ("2026-04-20", 8, "weekly_step")]


def test_a_new_starting_goal_restarts_the_steps() -> None:
    state = PlannerState()
    settings = Settings()
    assert history.step_goal(settings, state, date(2026, 3, 30)) is None
    assert history.step_goal(settings, state, date(2026, 4, 13)) == 7
    other = Settings({"daily_goal": 4})
    assert history.step_goal(other, state, date(2026, 4, 14)) is None
    assert state.goal == 4
    assert history.step_goal(other, state, date(2026, 4, 27)) is None
    assert history.step_goal(other, state, date(2026, 4, 28)) == 5
