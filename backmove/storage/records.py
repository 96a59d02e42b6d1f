"""The records backmove keeps, one small frozen dataclass per table.

The rest of the app speaks in these and never in rows. Times are whole UTC epoch seconds with
`utc_offset_s`, the local offset at that moment (`when` makes both from the Clock), so a day
for a streak is the user's local calendar day even after travel or a DST change. `id` is None
until the record is stored; the repository's add_* methods return the record with its id.

The value tuples below are what the schema's CHECK constraints accept; a test holds them equal.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, TypedDict

from backmove.core.clock import Clock

# Re-exported: storage callers take the break kinds from here.
from backmove.core.kinds import BREAK_KINDS as BREAK_KINDS
from backmove.core.kinds import BreakKind as BreakKind

BreakOutcome = Literal["completed", "partial", "skipped", "interrupted", "expired", "natural"]
RatingMoment = Literal["now_before", "now_after", "end_of_day"]
Verdict = Literal["helped", "same", "worse", "not_tolerated"]
Tier = Literal["none", "A", "B", "C"]

BREAK_OUTCOMES: tuple[BreakOutcome, ...] = (
    "completed",
    "partial",
    "skipped",
    "interrupted",
    "expired",
    "natural",
)
RATING_MOMENTS: tuple[RatingMoment, ...] = ("now_before", "now_after", "end_of_day")
VERDICTS: tuple[Verdict, ...] = ("helped", "same", "worse", "not_tolerated")


class VerdictCounts(TypedDict, total=False):
    """How often each verdict was given to one move; a verdict never given is left out.

    The keys are MoveEffect's count fields, so the counts can be laid over one."""

    helped: int
    same: int
    worse: int
    not_tolerated: int


TIERS: tuple[Tier, ...] = ("none", "A", "B", "C")


def local_stamp(clock: Clock, wall: float | None = None) -> tuple[int, int]:
    """(UTC epoch seconds, local UTC offset in seconds) for `wall`, default now."""
    at = math.floor(clock.wall() if wall is None else wall)
    offset = clock.local(at).utcoffset()
    return at, 0 if offset is None else int(offset.total_seconds())


@dataclass(frozen=True)
class Break:
    """One break from its deadline to its end; `outcome` is None while it is under way.

    `planned_at` is when it fell due (for a natural break: when the time away began).
    `routine` is the caller's own text, e.g. a JSON list of move ids or a recipe id; `reason`
    is a code saying why the break came (or was held back), for the log and the dashboard.
    """

    planned_at: int
    utc_offset_s: int
    kind: BreakKind
    prompted_at: int | None = None
    started_at: int | None = None
    ended_at: int | None = None
    outcome: BreakOutcome | None = None
    snooze_count: int = 0
    routine: str | None = None
    reason: str | None = None
    id: int | None = None


@dataclass(frozen=True)
class Rating:
    """A 0-10 rating of the back: before or after a break, or the end-of-day one."""

    at: int
    utc_offset_s: int
    moment: RatingMoment
    value: int
    break_id: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class MoveFeedback:
    """How one move of a break went for the user."""

    break_id: int
    move_id: str
    verdict: Verdict
    at: int
    utc_offset_s: int
    id: int | None = None


@dataclass(frozen=True)
class Checkin:
    """The weekly check-in: 0-10 per body region, and the three PEG items (all or none)."""

    at: int
    utc_offset_s: int
    regions: Mapping[str, int]
    peg_p: int | None = None
    peg_e: int | None = None
    peg_g: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class SafetyScreen:
    """One red-flag screen: question id -> yes/no (never free text), the tier it gave, and
    `outcome`, the safety module's code for what followed. `assessed_on` is set on the row that
    confirms a clinician's assessment: the day that assessment took place."""

    at: int
    utc_offset_s: int
    answers: Mapping[str, bool]
    tier: Tier
    outcome: str
    assessed_on: date | None = None
    id: int | None = None


@dataclass(frozen=True)
class AppEvent:
    """Pause, resume, suspend, a clock jump, a settings change: `kind` with a JSON `detail`."""

    at: int
    utc_offset_s: int
    kind: str
    detail: Mapping[str, Any] | None = None
    id: int | None = None


@dataclass(frozen=True)
class FunctionGoal:
    """An activity the user's back makes hard, in their own words (the Patient-Specific
    Functional Scale). `retired_at` is when the user stopped tracking it: a goal is never
    deleted, so the ratings given for it keep their activity."""

    created_at: int
    utc_offset_s: int
    activity: str
    retired_at: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class FunctionRating:
    """How well the user can do one goal's activity, 0 = unable to do it, 10 = able to do it
    as before the back trouble."""

    goal_id: int
    at: int
    utc_offset_s: int
    value: int
    id: int | None = None
