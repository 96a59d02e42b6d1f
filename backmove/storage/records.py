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
from datetime import date
from typing import Any, Literal, TypedDict

from backmove.core.clock import Clock
from backmove.core.files import loads_bounded

# Re-exported: storage callers take the break kinds from here.
from backmove.core.kinds import BREAK_KINDS as BREAK_KINDS
from backmove.core.kinds import BreakKind as BreakKind
from backmove.core.record import Record

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


class Break(Record):
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


class Rating(Record):
    """A 0-10 rating of the back: before or after a break, or the end-of-day one."""

    at: int
    utc_offset_s: int
    moment: RatingMoment
    value: int
    break_id: int | None = None
    id: int | None = None


class MoveFeedback(Record):
    """How one move of a break went for the user."""

    break_id: int
    move_id: str
    verdict: Verdict
    at: int
    utc_offset_s: int
    id: int | None = None


class Checkin(Record):
    """The weekly check-in: 0-10 per body region, and the three PEG items (all or none)."""

    at: int
    utc_offset_s: int
    regions: Mapping[str, int]
    peg_p: int | None = None
    peg_e: int | None = None
    peg_g: int | None = None
    id: int | None = None


class SafetyScreen(Record):
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


class AppEvent(Record):
    """Pause, resume, suspend, a clock jump, a settings change: `kind` with a JSON `detail`."""

    at: int
    utc_offset_s: int
    kind: str
    detail: Mapping[str, Any] | None = None
    id: int | None = None


class FunctionGoal(Record):
    """An activity the user's back makes hard, in their own words (the Patient-Specific
    Functional Scale). `retired_at` is when the user stopped tracking it: a goal is never
    deleted, so the ratings given for it keep their activity."""

    created_at: int
    utc_offset_s: int
    activity: str
    retired_at: int | None = None
    id: int | None = None


class FunctionRating(Record):
    """How well the user can do one goal's activity, 0 = unable to do it, 10 = able to do it
    as before the back trouble."""

    goal_id: int
    at: int
    utc_offset_s: int
    value: int
    id: int | None = None


# --- sums the repository counts for the views ------------------------------------------------


class RoutineChanges(Record):
    """The rated breaks that offered one routine: how many, and the sum and the sum of
    squares of their after - before changes (whole numbers, so the order never matters)."""

    routine: str | None
    breaks: int
    change_sum: int
    change_sum_sq: int


class RoutineVerdicts(Record):
    """Of the rated breaks that offered one routine, how many had `verdict` as their last
    verdict on `move_id`."""

    routine: str | None
    move_id: str
    verdict: str
    breaks: int


class MoveSums(Record):
    """The moves card's figures over a range, summed by SQLite per routine."""

    changes: tuple[RoutineChanges, ...]
    verdicts: tuple[RoutineVerdicts, ...]


# --- the JSON columns ------------------------------------------------------------------------
# What backmove writes into its JSON columns, checked the same way when the app writes a record
# and when an import or a restore brings rows in from outside: a row that passes here is one
# the app could have written itself, so every reader (the start, the dashboard, the report)
# can rely on its shape. The bounds are far above anything the app writes and far below what
# would cost a reader time or memory.

NAME_MAX = 64
"""Characters of a region, a question id, a move id or a detail key."""
ENTRIES_MAX = 64
"""Entries of a regions or answers object, moves of a routine, keys of an event's detail."""
ROUTINE_MAX = 4096
"""Characters of a break's routine text."""
DETAIL_MAX = 8192
"""Characters of an event's detail text."""
DETAIL_DEPTH = 4
"""Levels of nesting in an event's detail: the app writes one (an object of plain values)."""


def _check_names(what: str, value: Mapping[Any, Any]) -> None:
    if len(value) > ENTRIES_MAX:
        raise ValueError(f"{what} has {len(value)} entries, more than {ENTRIES_MAX}")
    for key in value:
        if not isinstance(key, str) or len(key) > NAME_MAX:
            raise ValueError(f"{what}: {str(key)[:NAME_MAX]!r} is not a name")


def check_regions(regions: Any) -> None:
    """A check-in's regions: an object of region name to a whole number 0-10."""
    if not isinstance(regions, Mapping):
        raise ValueError("regions must be an object of region to 0-10")
    _check_names("regions", regions)
    for region, value in regions.items():
        if type(value) is not int or not 0 <= value <= 10:
            raise ValueError(f"region {region!r}: {value!r} is not a whole number 0-10")


def check_answers(answers: Any) -> None:
    """A safety screen's answers: an object of question id to yes/no, never free text."""
    if not isinstance(answers, Mapping):
        raise ValueError("answers must be an object of question to true/false")
    _check_names("answers", answers)
    for question, value in answers.items():
        if not isinstance(value, bool):
            raise ValueError(f"answer {question!r}: {value!r} is not yes/no")


def check_detail(detail: Any) -> None:
    """An event's detail: an object of plain particulars, small and shallow."""
    if not isinstance(detail, Mapping):
        raise ValueError("detail must be an object")
    _check_names("detail", detail)
    _check_plain(detail, 1)


def _check_plain(value: Any, depth: int) -> None:
    if depth > DETAIL_DEPTH:
        raise ValueError(f"detail is nested more than {DETAIL_DEPTH} levels deep")
    if isinstance(value, Mapping):
        for item in value.values():
            _check_plain(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _check_plain(item, depth + 1)
    elif value is not None and not isinstance(value, (str, int, float)):
        raise ValueError(f"detail holds {type(value).__name__}")


def check_routine(routine: str | None) -> None:
    """A break's routine: a JSON list of move ids, or an id that is no JSON at all."""
    if routine is None:
        return
    if not isinstance(routine, str) or len(routine) > ROUTINE_MAX:
        raise ValueError(f"a routine is text of at most {ROUTINE_MAX} characters")
    if not routine.lstrip().startswith(("[", "{")):
        return  # an id of the caller's, which no reader parses
    moves = loads_bounded(routine, 2)
    if not isinstance(moves, list) or len(moves) > ENTRIES_MAX:
        raise ValueError(f"a routine is a list of at most {ENTRIES_MAX} move ids")
    for move in moves:
        if not isinstance(move, str) or len(move) > NAME_MAX:
            raise ValueError(f"{str(move)[:NAME_MAX]!r} is not a move id")


def _object_column(check: Any, limit: int) -> Any:
    def parse_and_check(text: Any) -> None:
        if not isinstance(text, str) or len(text) > limit:
            raise ValueError(f"must be JSON text of at most {limit} characters")
        check(loads_bounded(text, DETAIL_DEPTH + 1))

    return parse_and_check


JSON_COLUMNS: dict[tuple[str, str], Any] = {
    ("breaks", "routine"): check_routine,
    ("checkins", "regions"): _object_column(check_regions, DETAIL_MAX),
    ("safety_screens", "answers"): _object_column(check_answers, DETAIL_MAX),
    ("app_events", "detail"): _object_column(check_detail, DETAIL_MAX),
}
"""(table, column) -> a check of the stored text that raises ValueError for what the app would
never have written. A NULL is the schema's to allow or refuse, so it is never passed here."""
