"""The longest unbroken sitting bout of each day, as far as the break log can tell.

backmove logs breaks, not sitting, so a bout is measured from the log: the longest stretch of
working time with no logged movement in it. Movement is a break that was done (completed or
partial, from its start to its end) or a natural break (from when the time away began to its
end). Skipped, expired and interrupted prompts are no movement.

Limits, said plainly on the dashboard: a bout is an upper bound. Time away that was not logged
(a pause, a meeting the user marked, a suspend too short for a natural break) counts as sitting.
Working time before backmove began watching that day does not: a day starts at the first
`WATCHING` mark the app left in the log that day (it leaves one each time it starts), so a
profile minutes old on an all-day schedule does not count the hours since midnight as sitting.
A day with no mark was watched from its start (the app ran on from the day before). Working
time is cut into the day's working ranges, so the lunch block between two ranges ends a bout.
A day with no break logged at all gets no bout: backmove did not watch it.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from datetime import date, time

from backmove.core.record import Record
from backmove.core.stats import (
    ONE_DAY,
    BreakLike,
    WorkSchedule,
    day_number,
    day_range,
    from_day_number,
    working_days,
)

MOVED = frozenset({"completed", "partial", "natural"})

WATCHING = "watching"
"""The kind of the app event the app leaves in the log when it starts watching (at start-up):
where a day's watched time, and so its first bout, can begin."""

Periods = Callable[[date], Sequence[tuple[float, float]]]
"""A day's working time as [start, end) spans of UTC epoch seconds."""


class Bout(Record):
    """A stretch of working time with no logged movement, [start, end) in UTC epoch seconds."""

    start: float
    end: float

    @property
    def minutes(self) -> float:
        return (self.end - self.start) / 60


def working_periods(schedule: WorkSchedule, to_wall: Callable[[date, time], float]) -> Periods:
    """A day's working time from the settings, through `to_wall` (WorkHours.to_wall fits),
    which turns a local day and time into epoch seconds with that day's own UTC offset."""
    is_working = working_days(schedule)
    ranges = [list(schedule.working_ranges(d)) for d in range(7)]

    def periods(day: date) -> list[tuple[float, float]]:
        if not is_working(day):
            return []
        out = []
        for start, end in ranges[day.weekday()]:
            stop = to_wall(day + ONE_DAY, time()) if end is None else to_wall(day, end)
            begin = to_wall(day, start)
            if stop > begin:
                out.append((begin, stop))
        return out

    return periods


def _movements(breaks: Iterable[BreakLike]) -> tuple[list[float], list[float], set[date]]:
    """Merged movement spans (starts, ends, both sorted) and the days that logged any break."""
    spans: list[tuple[float, float]] = []
    logged: set[int] = set()
    for b in breaks:
        if b.outcome is None:
            continue
        logged.add(day_number(b.planned_at, b.utc_offset_s))
        if b.outcome not in MOVED:
            continue
        start = b.planned_at if b.outcome == "natural" or b.started_at is None else b.started_at
        end = b.ended_at if b.ended_at is not None else start
        spans.append((start, max(start, end)))
    spans.sort()
    starts: list[float] = []
    ends: list[float] = []
    for lo, hi in spans:
        if ends and lo <= ends[-1]:
            ends[-1] = max(ends[-1], hi)
        else:
            starts.append(lo)
            ends.append(hi)
    return starts, ends, {from_day_number(n) for n in logged}


def _longest_in(span: tuple[float, float], starts: list[float], ends: list[float]) -> Bout:
    begin, stop = span
    best = Bout(begin, begin)
    cursor = begin
    for i in range(bisect.bisect_right(ends, begin), len(starts)):
        if starts[i] >= stop:
            break
        if starts[i] - cursor > best.end - best.start:
            best = Bout(cursor, starts[i])
        cursor = max(cursor, ends[i])
    if stop - cursor > best.end - best.start:
        best = Bout(cursor, stop)
    return best


def longest_sitting(
    breaks: Iterable[BreakLike],
    first: date,
    last: date,
    periods: Periods,
    until: float | None = None,
    watched_from: Callable[[date], float | None] = lambda _day: None,
) -> dict[date, Bout | None]:
    """The longest bout of each day from `first` to `last`; None for a day with no working
    time or no logged break. Working time after `until` (now, for today) is left out, and so
    is working time before `watched_from(day)` (the day's first WATCHING mark, None when it
    has none)."""
    starts, ends, logged = _movements(breaks)
    out: dict[date, Bout | None] = {}
    for day in day_range(first, last):
        best: Bout | None = None
        if day in logged:
            watched = watched_from(day)
            for begin, stop in periods(day):
                if watched is not None:
                    begin = max(begin, watched)
                if until is not None:
                    stop = min(stop, until)
                if stop <= begin:
                    continue
                bout = _longest_in((begin, stop), starts, ends)
                if best is None or bout.end - bout.start > best.end - best.start:
                    best = bout
        out[day] = best
    return out
