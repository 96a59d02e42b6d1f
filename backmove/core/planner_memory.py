"""What the planner remembers between runs: recent days, the back-off, the goal's progress.

A restart must not undo a week of back-off or restart the goal's weekly steps, so this is a
plain object the app saves (`to_dict`, JSON-friendly) and hands back to the next Planner
(`from_dict`). It holds no monotonic times: those mean nothing after a reboot.

The rules here are those of docs/evidence.md:
- adaptive back-off (#adaptive-back-off): 3 skipped prompts in a row, or more than half of a
  day's prompts skipped, lengthen the interval by 10 minutes (never past 60); a day with at
  least 80 % of its prompts taken shortens it again by 10 toward the user's own setting. A
  prompt left unanswered until it expired counts as skipped here: ignoring a prompt says as
  much as pressing Skip, and a user who never clicks would otherwise never be spaced out.
- Offering to adjust: when the back-off lengthens the interval, the user is offered (once,
  then at most once every OFFER_ADJUST_DAYS) to set the interval themselves: a card in plain
  words, so a machine guess does not silently stand in for their choice.
- the daily goal (#daily-goal): the first two weeks stay at the starting goal ("weeks 1–2"), then it
  rises by the weekly step each week until it reaches the target.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any

from backmove.core.goal import GOAL_FLAT_WEEKS as GOAL_FLAT_WEEKS
from backmove.core.goal import goal_on
from backmove.core.settings import Settings
from backmove.core.stats import RatingLike

BACKOFF_STEP_MIN = 10
BACKOFF_CEILING_MIN = 60
SKIPS_IN_A_ROW = 3
SKIPPED_SHARE = 0.5
TAKEN_SHARE = 0.8
KEEP_DAYS = 28
OFFER_ADJUST_DAYS = 28
OUTCOMES = ("completed", "partial", "skipped", "expired", "interrupted", "natural")


@dataclass
class DayRecord:
    """One working day's tally. `offered` counts breaks prompted (a re-prompt after a snooze
    is the same break); the rest count how breaks ended."""

    day: str
    offered: int = 0
    completed: int = 0
    partial: int = 0
    skipped: int = 0
    expired: int = 0
    interrupted: int = 0
    natural: int = 0
    backed_off: bool = False
    """The in-a-row rule already lengthened the interval today; the day rule then stays out."""
    closed: bool = False

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    @property
    def taken(self) -> int:
        return self.completed + self.partial


@dataclass
class PlannerState:
    backoff_min: int = 0
    skips_in_a_row: int = 0
    goal: int | None = None
    goal_base: int | None = None
    """The `daily_goal` setting the steps started from; a new setting restarts the steps."""
    goal_start: str | None = None
    next_break_id: int = 1
    adjust_offered: str | None = None
    """The day (ISO) the planner last offered to change the interval."""
    days: list[DayRecord] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def goal_start_day(self) -> date | None:
        """The day the daily goal's weekly steps began, if they have."""
        return date.fromisoformat(self.goal_start) if self.goal_start else None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PlannerState:
        """Rebuild a saved state; ValueError if it is not one (the app then starts afresh)."""
        try:
            days = [DayRecord(**_known(DayRecord, d)) for d in data.get("days", [])]
            state = cls(**{**_known(cls, data), "days": days})
        except TypeError as exc:
            raise ValueError(f"not a planner state: {exc}") from exc
        for rec in state.days:
            date.fromisoformat(rec.day)
        for day in (state.goal_start, state.adjust_offered):
            if day is not None:
                date.fromisoformat(day)
        return state

    def record(self, day: date) -> DayRecord:
        """Today's record, created when the day is new; only the last KEEP_DAYS are kept."""
        key = day.isoformat()
        if self.days and self.days[-1].day == key:
            return self.days[-1]
        rec = DayRecord(key)
        self.days.append(rec)
        del self.days[:-KEEP_DAYS]
        return rec

    def take_break_id(self) -> int:
        bid = self.next_break_id
        self.next_break_id += 1
        return bid


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def interval_min(settings: Settings, state: PlannerState) -> int:
    """The interval in force: the user's setting plus any back-off, never past the ceiling."""
    base: int = settings["interval_min"]
    if not settings["adaptive_backoff"]:
        return base
    return min(base + state.backoff_min, max(base, BACKOFF_CEILING_MIN))


def _lengthen(settings: Settings, state: PlannerState) -> bool:
    room = BACKOFF_CEILING_MIN - settings["interval_min"]
    if not settings["adaptive_backoff"] or state.backoff_min >= room:
        return False
    state.backoff_min = min(room, state.backoff_min + BACKOFF_STEP_MIN)
    return True


def note_skip(settings: Settings, state: PlannerState, today: DayRecord) -> bool:
    """A prompt was skipped or expired unanswered; True when that lengthened the interval."""
    state.skips_in_a_row += 1
    if state.skips_in_a_row < SKIPS_IN_A_ROW:
        return False
    state.skips_in_a_row = 0
    if _lengthen(settings, state):
        today.backed_off = True
        return True
    return False


def note_taken(state: PlannerState) -> None:
    state.skips_in_a_row = 0


def close_day(settings: Settings, state: PlannerState, rec: DayRecord) -> str | None:
    """Judge a finished day: "backoff", "recovered" or None (no change)."""
    rec.closed = True
    if rec.offered == 0:
        return None
    if rec.taken >= TAKEN_SHARE * rec.offered and state.backoff_min > 0:
        state.backoff_min = max(0, state.backoff_min - BACKOFF_STEP_MIN)
        return "recovered"
    if (
        rec.skipped + rec.expired > SKIPPED_SHARE * rec.offered
        and not rec.backed_off
        and _lengthen(settings, state)
    ):
        return "backoff"
    return None


def offer_adjust_due(state: PlannerState, today: date) -> bool:
    """Whether to offer changing the interval now; True records the offer as made today.

    Once, and again only after OFFER_ADJUST_DAYS: a user who said no is not asked every time
    the back-off steps, but one who has been ignoring breaks for a month is asked again."""
    last = state.adjust_offered
    if last is not None and (today - date.fromisoformat(last)).days < OFFER_ADJUST_DAYS:
        return False
    state.adjust_offered = today.isoformat()
    return True


def step_goal(
    settings: Settings, state: PlannerState, today: date, ratings: Iterable[RatingLike] = ()
) -> int | None:
    """Bring the daily goal up to date for `today`; the new goal when it changed, else None.

    The goal is `core.goal`'s, the views' own rule, with the end-of-day `ratings`: a step
    falls due weekly after the flat weeks and is held when pain rose."""
    base: int = settings["daily_goal"]
    if state.goal_start is None or state.goal_base != base:
        state.goal_start, state.goal_base, state.goal = today.isoformat(), base, base
        return None
    goal = goal_on(settings, date.fromisoformat(state.goal_start), ratings, today)
    if goal == state.goal:
        return None
    state.goal = goal
    return goal
