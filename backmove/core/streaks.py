"""Forgiving streaks (docs/evidence.md#forgiving-streaks): progress shown without punishment.

A working day is on target when completed breaks plus natural ones reach that day's goal (natural
breaks are movement too, docs/evidence.md#natural-breaks). From there:
- repair: a missed day is made good when the next working day has at least goal + 1 completed
  breaks (completed, not natural: the repair is something the user does). Until that next
  working day is over the miss stays open, neither kept nor lost.
- rest day: the first miss of each ISO week that was not repaired is the week's rest day.
- week streak: ISO weeks in a row meeting the goal on 4 of their working days, or on all but
  one when a week has fewer than 5 (at least 1). A week that can still be saved by an open
  repair, and the current week, never end a streak; a week without working days is skipped.
- day streak: working days in a row on target; the rest day is the one free miss a week.
- days off and non-working days are never judged, nor are days before the log began (`since`,
  by default the first day with a break) or after today. A working day with nothing logged
  is judged like any other, so doing a break never costs a streak.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, timedelta
from enum import StrEnum
from typing import ClassVar

from backmove.core.messages import Message
from backmove.core.record import Record
from backmove.core.stats import EMPTY, BreakLike, Tally, day_range, monday, tally_by_day

WEEK_DAYS_NEEDED = 4
LAST_DAYS = 7

Goal = int | Callable[[date], int]


class DayMark(StrEnum):
    ON_TARGET = "on_target"
    REPAIRED = "repaired"
    REST = "rest"
    MISSED = "missed"
    OPEN = "open"
    """Not decided yet: today, or a miss the next working day can still repair."""
    OFF = "off"
    """Not a working day, a day off, or before the log began."""
    AHEAD = "ahead"


GOOD = frozenset({DayMark.ON_TARGET, DayMark.REPAIRED})


class Streaks(Record):
    weeks: int
    """ISO weeks in a row meeting the goal, up to this one (counted once it has met it)."""
    best_weeks: int
    days: int
    """Working days in a row on target (repaired ones too), with one free miss a week."""
    best_days: int
    last7_on_target: int
    """Days on target among the last 7 calendar days, today included."""
    last7_working: int
    """Working days among those 7 since the log began, today included."""
    week_on_target: int
    week_needed: int
    """Days on target this week needs; 0 when it has no working days."""


def week_needed(working: int) -> int:
    """4 of 5 working days; all but one in a shorter week, at least 1; 0 with none."""
    return 0 if working == 0 else max(1, min(WEEK_DAYS_NEEDED, working - 1))


def working_days_on_target(marks: Mapping[date, DayMark], days: Iterable[date]) -> tuple[int, int]:
    """(on target, working) among `days`: a working day is one that has a mark (a working
    day from the log's beginning to today, today included: it is a working day from its
    start, not only once it is over), and it is on target when marked so or repaired."""
    marked = [marks[d] for d in days if d in marks]
    return sum(m in GOOD for m in marked), len(marked)


def _goal_of(goal: Goal) -> Callable[[date], int]:
    if isinstance(goal, int):
        return lambda _day: goal
    return goal


def _since(tallies: dict[date, Tally], since: date | None, today: date) -> date:
    if since is not None:
        return since
    return next(iter(tallies), today)


def _marks(
    tallies: dict[date, Tally],
    since: date,
    today: date,
    is_working_day: Callable[[date], bool],
    goal_for: Callable[[date], int],
) -> dict[date, DayMark]:
    """Every working day from `since` to today, marked."""
    work = [d for d in day_range(since, today) if is_working_day(d)]
    marks: dict[date, DayMark] = {}
    rested: set[date] = set()
    for i, day in enumerate(work):
        if tallies.get(day, EMPTY).moved >= goal_for(day):
            marks[day] = DayMark.ON_TARGET
            continue
        nxt = work[i + 1] if i + 1 < len(work) else None
        if day == today or nxt is None:
            marks[day] = DayMark.OPEN
        elif tallies.get(nxt, EMPTY).completed >= goal_for(nxt) + 1:
            marks[day] = DayMark.REPAIRED
        elif nxt == today:
            marks[day] = DayMark.OPEN
        elif monday(day) not in rested:
            rested.add(monday(day))
            marks[day] = DayMark.REST
        else:
            marks[day] = DayMark.MISSED
    return marks


def _week_streak(
    marks: dict[date, DayMark], since: date, today: date, is_working_day: Callable[[date], bool]
) -> tuple[int, int]:
    """(current, best) week streaks."""
    run = best = 0
    for start in day_range(monday(since), monday(today))[::7]:
        days = [
            d for d in day_range(max(start, since), start + timedelta(days=6)) if is_working_day(d)
        ]
        needed = week_needed(len(days))
        good = sum(marks.get(d) in GOOD for d in days)
        open_ = sum(marks.get(d) is DayMark.OPEN for d in days)
        if needed == 0:
            continue
        if good >= needed:
            run += 1
            best = max(best, run)
        elif start != monday(today) and good + open_ < needed:
            run = 0
    return run, best


def _day_streak(marks: dict[date, DayMark]) -> tuple[int, int]:
    run = best = 0
    for mark in marks.values():
        if mark in GOOD:
            run += 1
            best = max(best, run)
        elif mark is DayMark.MISSED:
            run = 0
    return run, best


def _compute(
    breaks: Iterable[BreakLike],
    today: date,
    is_working_day: Callable[[date], bool],
    goal: Goal,
    since: date | None,
) -> tuple[dict[date, DayMark], date, bool]:
    """The marks, the day judging starts, and whether the log has begun (a break has ended,
    or `since` says it began earlier)."""
    tallies = tally_by_day(breaks)
    start = _since(tallies, since, today)
    return (
        _marks(tallies, start, today, is_working_day, _goal_of(goal)),
        start,
        bool(tallies or since),
    )


def day_marks(
    breaks: Iterable[BreakLike],
    first: date,
    last: date,
    today: date,
    is_working_day: Callable[[date], bool],
    goal: Goal,
    since: date | None = None,
) -> dict[date, DayMark]:
    """A mark for every day from `first` to `last`, for the streak calendar."""
    marks, start, _begun = _compute(breaks, today, is_working_day, goal, since)
    out = {}
    for day in day_range(first, last):
        if day > today:
            out[day] = DayMark.AHEAD if day >= start and is_working_day(day) else DayMark.OFF
        else:
            out[day] = marks.get(day, DayMark.OFF)
    return out


def streaks(
    breaks: Iterable[BreakLike],
    today: date,
    is_working_day: Callable[[date], bool],
    goal: Goal,
    since: date | None = None,
) -> Streaks:
    """The streaks as of `today` (the user's local day, from the Clock)."""
    marks, start, begun = _compute(breaks, today, is_working_day, goal, since)
    weeks, best_weeks = _week_streak(marks, start, today, is_working_day)
    days, best_days = _day_streak(marks)
    window = day_range(today - timedelta(days=LAST_DAYS - 1), today)
    week = [
        d
        for d in day_range(max(monday(today), start), monday(today) + timedelta(days=6))
        if is_working_day(d)
    ]
    # Before the log began (no break has ended yet) no day is a working day with backmove.
    last7_on_target, last7_working = working_days_on_target(marks if begun else {}, window)
    return Streaks(
        weeks=weeks,
        best_weeks=best_weeks,
        days=days,
        best_days=best_days,
        last7_on_target=last7_on_target,
        last7_working=last7_working,
        week_on_target=working_days_on_target(marks, week)[0],
        week_needed=week_needed(len(week)),
    )


# --- what the dashboard says ----------------------------------------------------------------


class DaysOnTarget(Message):
    """ "X of the last 7 days on target" (#forgiving-streaks), with the working days among them."""

    code: ClassVar[str] = "stats_days_on_target"
    on_target: int
    working: int


class WeeksOnTarget(Message):
    """Weeks in a row that met the goal; never said when there are none (no "streak lost")."""

    code: ClassVar[str] = "stats_weeks_on_target"
    weeks: int


def streak_messages(s: Streaks) -> list[Message]:
    out: list[Message] = []
    if s.last7_working:
        out.append(DaysOnTarget(s.last7_on_target, s.last7_working))
    if s.weeks:
        out.append(WeeksOnTarget(s.weeks))
    return out
