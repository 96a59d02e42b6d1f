"""The counts every view shows, each defined once and read from the log.

`backmove status`, the dashboard's Today tile, its week chart, the streak card, the moves card
and the PDF report (which draws the dashboard) all show numbers of breaks. Each used to count
in its own way (the planner's memory for `status`, the planner's goal for the Today tile, all
verdicts for the moves card), so the same day read differently in different places. Here each
count has one definition, from the rows of the log; docs/schema.md ("Counts") says them in
words. The arithmetic over outcomes is core's (`core.stats.Tally`, `core.streaks`), which the
statistics modules need too; this module is where the views get it from.

- A break belongs to the local day of `planned_at`: when its prompt first reached the user (or
  "break now" started it); a natural break, when the time away began.
- A break under way (no outcome yet) counts nowhere until it ends; the store ends one left
  open by a quit or a crash as `interrupted` (see `Store`).
- offered: completed, partial, skipped, interrupted and expired breaks; natural ones are no
  offer. done: completed. done naturally: natural. toward the goal: done + done naturally.
- goal: the daily goal's schedule (`core.goal`) on that day, from the settings, the goal's
  start (the planner's memory, else the day the log began) and the end-of-day ratings.
- working day: its weekday has working hours and it is not a day off; "N of M working days on
  target" counts the working days since the log began, today included.
- longest stretch without a break (today): the longest part of today's working time, up to
  now, with no logged movement in it (`core.sitting`), starting no earlier than backmove began
  watching today (its first WATCHING mark), never at midnight for an app started at noon.
- rated breaks: breaks with both a before and an after rating; a move was "rated N times"
  over the N rated breaks that included it, and "helped in K of N" counts the helped verdicts
  given for it in those same breaks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from backmove.core.clock import Clock
from backmove.core.goal import GoalPlan, GoalSchedule, goal_schedule
from backmove.core.record import Record
from backmove.core.settings import Settings
from backmove.core.sitting import WATCHING, Bout, longest_sitting, working_periods
from backmove.core.stats import (
    DAY_S,
    EMPTY,
    BreakLike,
    RatingLike,
    Tally,
    break_day,
    local_day,
    tally_by_day,
    working_days,
)
from backmove.core.streaks import DayMark, working_days_on_target
from backmove.core.workhours import WorkHours
from backmove.storage.records import MoveSums
from backmove.storage.repository import Repository

if TYPE_CHECKING:
    # The moves' figures are imported by the two functions that count them: `backmove
    # status` counts today's breaks through this module and never a move.
    from backmove.core.moveeffect import FeedbackLike, MoveEffect

__all__ = [
    "Counts",
    "DayCounts",
    "calendar_on_target",
    "day_counts",
    "goal_for",
    "goal_start_of",
    "is_working_day",
    "longest_stretch",
    "move_counts",
    "move_counts_of_sums",
    "tally_of_day",
    "working_days_on_target",
]

_EPOCH = date(1970, 1, 1)


class Counts(Record):
    """How the ended breaks of a day (or a range) went, by the names the views use."""

    offered: int
    done: int
    done_naturally: int
    partial: int
    skipped: int
    expired: int
    interrupted: int

    @property
    def toward_goal(self) -> int:
        """Breaks done plus breaks done naturally: movement either way."""
        return self.done + self.done_naturally

    @classmethod
    def of(cls, t: Tally) -> Counts:
        return cls(
            offered=t.offered,
            done=t.completed,
            done_naturally=t.natural,
            partial=t.partial,
            skipped=t.skipped,
            expired=t.expired,
            interrupted=t.interrupted,
        )


class DayCounts(Record):
    day: date
    working: bool
    counts: Counts
    goal: int
    longest_stretch_min: float | None = None
    """Today's longest stretch without a break so far (`longest_stretch`), in minutes."""


def is_working_day(settings: Settings) -> Callable[[date], bool]:
    """A date whose weekday has working hours and that is not listed as a day off."""
    return working_days(settings)


def tally_of_day(breaks: Iterable[BreakLike], day: date) -> Tally:
    """The ended breaks of `day` (by `break_day`), counted by outcome."""
    return tally_by_day(b for b in breaks if break_day(b) == day).get(day, EMPTY)


def goal_start_of(repo: Repository, goal_start: date | None) -> date | None:
    """When the goal's weekly steps began: the planner's memory, else the day the log began
    (its first break or its first end-of-day answer); None for an empty log."""
    if goal_start is not None:
        return goal_start
    began = [break_day(b) for b in [repo.first_break()] if b is not None]
    began += [local_day(r.at, r.utc_offset_s) for r in repo.first_end_of_day()]
    return min(began, default=None)


def goal_for(
    settings: Settings,
    start: date | None,
    eod: Iterable[RatingLike],
    today: date,
) -> GoalSchedule:
    """The daily goal on every day up to `today`; `start` None (an empty log) is today."""
    return goal_schedule(GoalPlan.from_settings(settings, start or today), eod, today)


def _epoch(day: date) -> int:
    return (day - _EPOCH).days * DAY_S


def day_counts(
    repo: Repository, clock: Clock, settings: Settings, goal_start: date | None
) -> DayCounts:
    """Today's counts and goal, from the log: what `backmove status` says."""
    today = clock.local().date()
    end = _epoch(today) + 2 * DAY_S
    breaks = repo.breaks_between(_epoch(today) - DAY_S, end)
    eod = repo.latest_end_of_day_by_day(0, end)
    goal = goal_for(settings, goal_start_of(repo, goal_start), eod, today)
    return DayCounts(
        day=today,
        working=is_working_day(settings)(today),
        counts=Counts.of(tally_of_day(breaks, today)),
        goal=goal(today),
        longest_stretch_min=_minutes(longest_stretch(repo, clock, settings, today)),
    )


def _minutes(bout: Bout | None) -> float | None:
    return None if bout is None else bout.minutes


def longest_stretch(
    repo: Repository, clock: Clock, settings: Settings, day: date, until: float | None = None
) -> Bout | None:
    """The longest stretch of `day`'s working time with no logged movement, up to `until`
    (default now), from no earlier than backmove's first WATCHING mark that day; None for a
    day with no logged break. `status` and the dashboard's Today tile both say this one."""
    start = _epoch(day)
    # A natural break that began the evening before (time away overnight) reaches into the day.
    breaks = repo.breaks_between(start - 2 * DAY_S, start + 2 * DAY_S)
    marks = repo.events_between(start - DAY_S, start + 2 * DAY_S, WATCHING)
    watched = min((m.at for m in marks if local_day(m.at, m.utc_offset_s) == day), default=None)
    periods = working_periods(settings, WorkHours(settings, clock).to_wall)
    return longest_sitting(
        breaks,
        day,
        day,
        periods,
        until=clock.wall() if until is None else until,
        watched_from=lambda d: watched if d == day else None,
    )[day]


def move_counts(
    breaks: Sequence[BreakLike],
    ratings: Sequence[RatingLike],
    feedback: Iterable[FeedbackLike],
) -> dict[str, MoveEffect]:
    """Each move's rated breaks (`uses`, with the before→after change) and the verdicts
    given for it in those same breaks, the last one per break, so that "helped in K of N"
    never has a K from other breaks than its N."""
    from backmove.core.moveeffect import move_effects, routine_moves

    effects = move_effects(breaks, ratings)
    moves_of = {b.id: set(routine_moves(b.routine)) for b in breaks if b.id is not None}
    rated = _rated_ids(ratings)
    last: dict[tuple[int, str], str] = {}
    for f in feedback:
        if f.break_id in rated and f.move_id in moves_of.get(f.break_id, ()):
            last[(f.break_id, f.move_id)] = f.verdict
    verdicts: dict[str, dict[str, int]] = {}
    for (_break, move), verdict in last.items():
        counts = verdicts.setdefault(move, {})
        counts[verdict] = counts.get(verdict, 0) + 1
    return {
        move: _with_verdicts(effect, verdicts.get(move, {})) for move, effect in effects.items()
    }


def move_counts_of_sums(sums: MoveSums) -> tuple[dict[str, MoveEffect], int]:
    """`move_counts` over the same breaks, from the repository's per-routine sums, and how
    many rated breaks there were: each routine's figures spread over its moves. Whole-number
    sums, so every figure equals the one counted break by break."""
    from backmove.core.moveeffect import MoveEffect, routine_moves

    uses: dict[str, list[int]] = {}
    moves_of: dict[str | None, list[str]] = {}
    for c in sums.changes:
        moves = moves_of.setdefault(c.routine, routine_moves(c.routine))
        for move in moves:
            n, total, squares = uses.setdefault(move, [0, 0, 0])
            uses[move] = [n + c.breaks, total + c.change_sum, squares + c.change_sum_sq]
    verdicts: dict[str, dict[str, int]] = {}
    for v in sums.verdicts:
        moves = moves_of.setdefault(v.routine, routine_moves(v.routine))
        if v.move_id in moves and v.move_id in uses:
            counts = verdicts.setdefault(v.move_id, {})
            counts[v.verdict] = counts.get(v.verdict, 0) + v.breaks
    effects = {
        move: _with_verdicts(
            MoveEffect(move, n, total / n if n else None, sum_sq=squares),
            verdicts.get(move, {}),
        )
        for move, (n, total, squares) in sorted(uses.items())
    }
    return effects, sum(c.breaks for c in sums.changes)


def _with_verdicts(effect: MoveEffect, counts: Mapping[str, int]) -> MoveEffect:
    return effect.replace(
        helped=counts.get("helped", 0),
        same=counts.get("same", 0),
        worse=counts.get("worse", 0),
        not_tolerated=counts.get("not_tolerated", 0),
    )


def _rated_ids(ratings: Iterable[RatingLike]) -> set[int]:
    before = {r.break_id for r in ratings if r.moment == "now_before" and r.break_id is not None}
    after = {r.break_id for r in ratings if r.moment == "now_after" and r.break_id is not None}
    return before & after


def calendar_on_target(marks: Mapping[date, DayMark]) -> tuple[int, int]:
    """(on target, working) over a calendar's marks: the judged working days are the ones
    marked, neither OFF (not working, or before the log) nor AHEAD (after today)."""
    judged = {d: m for d, m in marks.items() if m not in (DayMark.OFF, DayMark.AHEAD)}
    return working_days_on_target(judged, judged)
