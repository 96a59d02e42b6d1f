"""The break log turned into the dashboard's plain counts: breaks offered and taken, walk minutes.

This module is also the shared vocabulary of the statistics modules beside it (`sitting`,
`streaks`, `trend`, `moveeffect`, `goal`): which local day a record belongs to, and which
outcomes count as what.

Records come from storage as its dataclasses, but storage imports core, so core cannot import
storage: the functions take anything with the right attributes (the Protocols below).

A record's day is its local calendar day at the time: `at + utc_offset_s`, with the offset the
record stored. A DST change or a journey never moves a past record to another day, and nothing
here needs a time zone.

What counts:
- offered: a prompt reached the user (completed, partial, skipped, interrupted, expired).
  A natural break (the user was away anyway) is no offer, and a break still under way
  (outcome None) is nothing yet.
- adherence: completed / offered. Partial, expired and natural breaks are counted apart.
- moved: completed + natural, what the daily goal counts (natural breaks count:
  docs/evidence.md#natural-breaks).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, time, timedelta
from typing import Protocol

from backmove.core.record import Record

DAY_S = 86_400
ONE_DAY = timedelta(days=1)
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()

WALKED = frozenset({"completed", "partial", "natural"})


class BreakLike(Protocol):
    """What the statistics read of a break (backmove.storage.records.Break fits)."""

    @property
    def id(self) -> int | None: ...
    @property
    def planned_at(self) -> int: ...
    @property
    def utc_offset_s(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def started_at(self) -> int | None: ...
    @property
    def ended_at(self) -> int | None: ...
    @property
    def outcome(self) -> str | None: ...
    @property
    def routine(self) -> str | None: ...


class RatingLike(Protocol):
    """What the statistics read of a rating (backmove.storage.records.Rating fits)."""

    @property
    def id(self) -> int | None: ...
    @property
    def at(self) -> int: ...
    @property
    def utc_offset_s(self) -> int: ...
    @property
    def moment(self) -> str: ...
    @property
    def value(self) -> int: ...
    @property
    def break_id(self) -> int | None: ...


class WorkSchedule(Protocol):
    """Working hours per weekday and days off (backmove.core.settings.Settings fits)."""

    def working_ranges(self, weekday: int) -> Sequence[tuple[time, time | None]]: ...
    def days_off(self) -> frozenset[date]: ...


def day_number(at: int, utc_offset_s: int) -> int:
    """`local_day` as a plain day count since 1970, for grouping many records fast."""
    return (at + utc_offset_s) // DAY_S


def from_day_number(n: int) -> date:
    return date.fromordinal(_EPOCH_ORDINAL + n)


def local_day(at: int, utc_offset_s: int) -> date:
    """The local calendar day of `at`, by the offset stored with it."""
    return from_day_number(day_number(at, utc_offset_s))


def break_day(b: BreakLike) -> date:
    """A break belongs to the day it fell due (a natural break: the day the time away began)."""
    return local_day(b.planned_at, b.utc_offset_s)


def day_range(first: date, last: date) -> list[date]:
    """Every day from `first` to `last`, both included; empty when `last` is before `first`."""
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def monday(day: date) -> date:
    """The first day of `day`'s ISO week."""
    return day - timedelta(days=day.weekday())


def working_days(schedule: WorkSchedule) -> Callable[[date], bool]:
    """A day is a working day when its weekday has working hours and it is not a day off."""
    weekdays = frozenset(d for d in range(7) if schedule.working_ranges(d))
    off = schedule.days_off()
    return lambda day: day.weekday() in weekdays and day not in off


class Tally(Record):
    """How the breaks of one day (or week) ended."""

    completed: int = 0
    partial: int = 0
    skipped: int = 0
    interrupted: int = 0
    expired: int = 0
    natural: int = 0

    @property
    def offered(self) -> int:
        return self.completed + self.partial + self.skipped + self.interrupted + self.expired

    @property
    def adherence(self) -> float | None:
        """Completed / offered, 0.0-1.0; None when nothing was offered."""
        offered = self.offered
        return self.completed / offered if offered else None

    @property
    def moved(self) -> int:
        """What the daily goal counts: completed breaks and natural ones."""
        return self.completed + self.natural


_OUTCOMES = Tally.field_names()
_COLUMN: dict[str | None, int] = {name: i for i, name in enumerate(_OUTCOMES)}
EMPTY = Tally()


def tally_by_day(breaks: Iterable[BreakLike]) -> dict[date, Tally]:
    """The days that have ended breaks, in date order, each with its tally."""
    counts: dict[int, list[int]] = {}
    for b in breaks:
        column = _COLUMN.get(b.outcome)
        if column is None:
            continue
        key = day_number(b.planned_at, b.utc_offset_s)
        row = counts.get(key)
        if row is None:
            row = counts[key] = [0] * len(_OUTCOMES)
        row[column] += 1
    return {from_day_number(n): Tally(*counts[n]) for n in sorted(counts)}


def _sum(tallies: Iterable[Tally]) -> Tally:
    total = [0] * len(_OUTCOMES)
    for t in tallies:
        for i, name in enumerate(_OUTCOMES):
            total[i] += getattr(t, name)
    return Tally(*total)


def daily_adherence(breaks: Iterable[BreakLike], first: date, last: date) -> dict[date, Tally]:
    """One tally for every day from `first` to `last` (an empty one where nothing happened)."""
    by_day = tally_by_day(breaks)
    return {day: by_day.get(day, EMPTY) for day in day_range(first, last)}


def weekly_adherence(breaks: Iterable[BreakLike], first: date, last: date) -> dict[date, Tally]:
    """One tally for every ISO week that touches `first`..`last`, keyed by its Monday.

    Each counts its whole week (Monday to Sunday), also where the range cuts the week.
    """
    by_day = tally_by_day(breaks)
    weeks: dict[date, list[Tally]] = {m: [] for m in day_range(monday(first), monday(last))[::7]}
    for day, t in by_day.items():
        bucket = weeks.get(monday(day))
        if bucket is not None:
            bucket.append(t)
    return {m: _sum(ts) for m, ts in weeks.items()}


def walk_minutes(breaks: Iterable[BreakLike], first: date, last: date) -> dict[date, float]:
    """Minutes walked each day from `first` to `last`.

    A walk break completed or partly done counts from its start to its end; a natural break
    long enough to be logged as a walk counts from when the time away began to its end. A walk
    without both times counts nothing: the log does not say how long it was.
    """
    out = dict.fromkeys(day_range(first, last), 0.0)
    for b in breaks:
        if b.kind != "walk" or b.outcome not in WALKED or b.ended_at is None:
            continue
        start = b.started_at
        if start is None and b.outcome == "natural":
            start = b.planned_at
        day = break_day(b)
        if start is not None and day in out:
            out[day] += max(0, b.ended_at - start) / 60
    return out
