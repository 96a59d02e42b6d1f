"""Which moves a break gets: recipe choice and rotation, progression, pain-aware choice.

The recipes of docs/evidence.md#break-recipes-and-rotation are data
(resources/stretches/recipes.toml); the rules for serving them live here, driven by the history the
app reads from its database. Everything is deterministic for a given `random.Random`.

What a break may contain
- A move the user marked "not tolerated" is left out for 7 days (docs/evidence.md#moves-that-hurt).
- When the latest rating (any moment) is 7 or more and from the last 24 hours, only the gentle
  seated moves (`GENTLE_MOVES`) and the walk are served, at the low end of their doses
  (docs/evidence.md#high-pain-days). `Routine.reason` is then `high_pain`, so the UI can add a
  pacing message.
- Only desk-safe moves, unless the user opted in to floor moves (`floor_moves`) and the safety
  screen allows the floor (`floor_allowed`, and not `gentle_only`, which tier C sets). Even
  then floor moves come only with a floor recipe, in place of the walk of a walk break long
  enough for it, each recipe at most once a local day: "on your back" and "on all fours" (3-5
  minutes, walk breaks of 3 minutes or more) and "home strength" (8-10 minutes, 7 or more).
  When a recipe slot names areas, the moves that can take its place are always desk-safe.
- At least half the moves of every stretch break (`MIN_BACK_SHARE`, every move counted, the
  stand-and-shift too) work the low back, hips or trunk: `works_back`, a move whose file
  names one of `BACK_AREAS` (`core` is the trunk). The recipes are written to keep it; a build
  that falls short (say, with focus areas standing in) is not served. The rules above come
  first: when the moves they leave cannot keep it, the break is stand up and move.
- When the safety screen does not allow exercise, a break is "stand up and move": T11, or the
  walk T10 on a walk break (recipe `stand_and_move`, reason `stand_up_only`). The same routine
  is the fallback when no recipe fits.

Which recipe
- A walk break gets a recipe option with the walk (T10) in it, or a floor recipe. A micro
  break gets any other option. A recipe fits when its shortest length is at most `OVERRUN`
  times the break (`micro_break_s`, or `walk_break_min`).
- Never the moves of the previous break, nor its recipe. The stretches' main area
  (`main_area`, the area they work most) is never the main area of the last break that had
  stretches. These rules give way only when nothing else fits.
- About half the stretches work the low back or hips (walks and stand-and-shift do not count);
  with `focus_areas` set, the focus areas instead. When the share over the last
  `RECENT_BREAKS` breaks is below half, recipes rich in them weigh more, and less when above.
- Focus areas also let their desk-safe moves stand in where a recipe slot names areas, and
  double the weight of moves that work them. The default recipe ("standard") weighs
  `DEFAULT_WEIGHT` times more on micro breaks.
- A move's weight doubles for each "helped" verdict more than "worse" ones (up to twice), and
  halves for each "worse" more than "helped" ones; a "not tolerated" older than 7 days counts
  as "worse". A recipe weighs the geometric mean of its moves' weights.

How long
- Moves are added slot by slot, in a random order weighted as above, while the routine stays
  within the break. To reach a slot's smallest count, it may run up to `OVERRUN` times the
  break. A walk or stand-and-shift then stretches to fill the break, up to its dose's high end.
  `total_s` counts `CHANGE_S` seconds between two moves.

Progression (docs/evidence.md#dosing-and-progression)
Each move starts at the low end of its dose. It climbs one rep at a time to the high end, then
the hold by `HOLD_STEP_S` seconds to the high end (reps before hold time). Timed moves do not
climb. A move earns a step for every `USES_PER_STEP` completed uses spread over at least
`DAYS_PER_STEP` local days. The step is granted at the next use (one step per use) unless pain
is rising then:
- the latest rating of the last 24 hours is 7 or more,
- the end-of-day mean of the last 7 days is `RISE_POINTS` or more above the 7 days before, or
- a break with this move in the last 7 days ended with a higher rating than it started with.
So a held level stays where it was, and climbs again step by step once pain settles.

The daily back session (`choose_session`, kind `session`)
An opt-in 8-12 minutes (`SESSION_LOW_S`-`SESSION_HIGH_S`) of the core strengthening the
evidence favours (docs/evidence.md#daily-back-session): standing moves first (`SESSION_STANDING`),
then the floor moves (`SESSION_FLOOR`), on the back, on all fours, the plank, and a resting
stretch to close. Pelvic tilt, bridge, modified plank, bird dog and knee-to-chest
(`SESSION_CORE`) stay in; the others are left out, the least liked first, while the session
runs over 12 minutes. It follows the breaks' rules: each move at its progression level (a
session's completed moves climb the same ladder as a break's), nothing "not tolerated" in the
last 7 days, on a high-pain day only the gentle seated moves and an easy walk at the low end of
their doses (reason `high_pain`; the walk keeps to its own dose, so that session may end a
little short of 8 minutes, which is pacing too), floor moves only when the safety check
allows the floor (else the standing moves, with a walk first to make up the time), and no
session at all while the safety check pauses exercise. The user opted in to the session
itself, so the `floor_moves` setting, which is about breaks at the desk, does not apply.

Storage: `Routine.to_json()` is what goes in `breaks.routine`, a JSON list of move ids (what
`backmove.core.moveeffect.routine_moves` reads). The recipe is not stored. `recipe_of` tells
it from the moves, and a routine is only served if `recipe_of` gives its own recipe back. The
app should pass at least the last `HISTORY_DAYS` days of history.
"""

from __future__ import annotations

import bisect
import itertools
import json
import math
import random
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, ClassVar, Protocol

from backmove.core import pose_schedule
from backmove.core.catalog import Catalog, Dose, Move, Recipe, Slot
from backmove.core.kinds import BreakKind
from backmove.core.messages import Message
from backmove.core.moveeffect import FeedbackLike, routine_moves
from backmove.core.record import Record
from backmove.core.safety import SafetyLimits
from backmove.core.stats import DAY_S, BreakLike, RatingLike, day_number

HISTORY_DAYS = 60  # the least history the app should pass: progression replays it
OVERRUN = 1.2  # a routine may run this many times the break, and only to reach a slot's count
CHANGE_S = 5.0  # between two moves: read the next card, change position
NOT_TOLERATED_S = 7 * DAY_S
HIGH_PAIN = 7
HIGH_PAIN_WINDOW_S = DAY_S
USES_PER_STEP = 3
DAYS_PER_STEP = 2
HOLD_STEP_S = 5.0
RISE_POINTS = 2.0
RISE_WINDOW_S = 7 * DAY_S
RECENT_BREAKS = 12  # the window of the low back and hips share
TARGET_SHARE = 0.5
BALANCE_GAIN = 16.0  # 0.1 below target: a recipe of only such moves weighs e^0.8 = 2.2 times more
LISTED_WEIGHT = 3.0  # a slot's own moves before the moves that stand in for them
FOCUS_WEIGHT = 2.0
DEFAULT_WEIGHT = 3.0
ATTEMPTS = 4  # builds of one option in search of a main area unlike the last break's
AVOID_WEIGHT = 0.3  # the weight of a move of the last break's main area while searching

EMPHASIS_DEFAULT: tuple[str, ...] = ("low_back", "hips")
BACK_AREAS: tuple[str, ...] = ("low_back", "hips", "core")
"""The areas of a move that "works the low back, hips or trunk" (`core` is the trunk)."""
MIN_BACK_SHARE = 0.5  # of the moves of every stretch break, those that work BACK_AREAS
GENTLE_MOVES: tuple[str, ...] = ("S1", "S2", "S7", "S9", "S12")
WALK_MOVE = "T10"
SHIFT = "T11"
STAND_AND_MOVE = "stand_and_move"

SESSION_LOW_S = 480.0  # a back session lasts 8 to 12 minutes
SESSION_HIGH_S = 720.0
SESSION_STANDING: tuple[str, ...] = ("T9", "T6", "T1", "T2", "T8")
"""The session's standing moves, in the order played: hip hinge, sit-to-stand, back extension,
hip flexor stretch, incline plank."""
SESSION_FLOOR: tuple[str, ...] = ("F2", "F3", "F6", "F1", "F5", "F7", "F4", "F8")
"""The session's floor moves, in the order played: on the back, on all fours, the plank, and
bottom-to-heels to rest at the end."""
SESSION_CORE: tuple[str, ...] = ("F2", "F3", "F4", "F7", "F1")
"""Pelvic tilt, bridge, modified plank, bird dog, knee-to-chest: never left out for length."""
SESSION = "back_session"
"""The recipe id of a back session's routine (it has no recipe in recipes.toml: the breaks'
chooser must never serve it)."""

REASON_NORMAL = "normal"
REASON_HIGH_PAIN = "high_pain"
REASON_STAND_UP_ONLY = "stand_up_only"


class FeedbackRecord(FeedbackLike, Protocol):
    """A move verdict with its time (backmove.storage.records.MoveFeedback fits)."""

    @property
    def at(self) -> int: ...


# --- the history --------------------------------------------------------------------------


class PastBreak(Record):
    at: int
    """When it fell due (`planned_at`)."""
    utc_offset_s: int
    kind: str
    outcome: str | None
    moves: tuple[str, ...]
    id: int | None = None


class PastRating(Record):
    at: int
    moment: str
    value: int
    break_id: int | None = None
    id: int | None = None


class PastFeedback(Record):
    at: int
    move_id: str
    verdict: str
    break_id: int | None = None


class RoutineHistory:
    """The recent past the chooser reads, sorted and indexed once."""

    def __init__(
        self,
        breaks: Iterable[PastBreak] = (),
        ratings: Iterable[PastRating] = (),
        feedback: Iterable[PastFeedback] = (),
    ) -> None:
        self.breaks = tuple(sorted(breaks, key=lambda b: (b.at, _order(b.id))))
        self.ratings = tuple(sorted(ratings, key=lambda r: (r.at, _order(r.id))))
        self.feedback = tuple(sorted(feedback, key=lambda f: f.at))
        self._break_ats = [b.at for b in self.breaks]
        self._rating_ats = [r.at for r in self.ratings]
        eod = [r for r in self.ratings if r.moment == "end_of_day"]
        self._eod_ats = [r.at for r in eod]
        self._eod_sums = [0, *itertools.accumulate(r.value for r in eod)]
        self._uses: dict[str, list[tuple[int, int]]] = {}
        for b in self.breaks:
            if b.outcome == "completed":
                for move in b.moves:
                    self._uses.setdefault(move, []).append((b.at, day_number(b.at, b.utc_offset_s)))
        self._worse_after = self._worse_after_times()

    @classmethod
    def from_records(
        cls,
        breaks: Iterable[BreakLike],
        ratings: Iterable[RatingLike],
        feedback: Iterable[FeedbackRecord],
    ) -> RoutineHistory:
        """From the storage records (Break, Rating, MoveFeedback) or anything shaped so."""
        return cls(
            (
                PastBreak(
                    b.planned_at,
                    b.utc_offset_s,
                    b.kind,
                    b.outcome,
                    tuple(routine_moves(b.routine)),
                    b.id,
                )
                for b in breaks
            ),
            (PastRating(r.at, r.moment, r.value, r.break_id, r.id) for r in ratings),
            (PastFeedback(f.at, f.move_id, f.verdict, f.break_id) for f in feedback),
        )

    def _worse_after_times(self) -> dict[str, list[int]]:
        """Per move, when a break with it ended with a higher rating than it began with."""
        last: dict[tuple[int, str], int] = {}
        for r in self.ratings:
            if r.break_id is not None and r.moment in ("now_before", "now_after"):
                last[(r.break_id, r.moment)] = r.value
        out: dict[str, list[int]] = {}
        for b in self.breaks:
            if b.id is None:
                continue
            before, after = last.get((b.id, "now_before")), last.get((b.id, "now_after"))
            if before is not None and after is not None and after > before:
                for move in b.moves:
                    out.setdefault(move, []).append(b.at)
        return out

    def breaks_before(self, now: int) -> tuple[PastBreak, ...]:
        return self.breaks[: bisect.bisect_right(self._break_ats, now)]

    def high_pain(self, now: int) -> bool:
        """The latest rating of the last 24 hours is 7 or more."""
        i = bisect.bisect_right(self._rating_ats, now) - 1
        if i < 0:
            return False
        latest = self.ratings[i]
        return latest.at > now - HIGH_PAIN_WINDOW_S and latest.value >= HIGH_PAIN

    def _eod_mean(self, start: int, end: int) -> float | None:
        lo = bisect.bisect_right(self._eod_ats, start)
        hi = bisect.bisect_right(self._eod_ats, end)
        return (self._eod_sums[hi] - self._eod_sums[lo]) / (hi - lo) if hi > lo else None

    def pain_rising(self, move_id: str, now: int) -> bool:
        """Progression holds: high pain, a rising end-of-day mean, or worse after this move."""
        if self.high_pain(now):
            return True
        recent = self._eod_mean(now - RISE_WINDOW_S, now)
        before = self._eod_mean(now - 2 * RISE_WINDOW_S, now - RISE_WINDOW_S)
        if recent is not None and before is not None and recent - before >= RISE_POINTS:
            return True
        times = self._worse_after.get(move_id, [])
        i = bisect.bisect_left(times, now)
        return i > 0 and times[i - 1] > now - RISE_WINDOW_S

    def level(self, move_id: str, steps: int, now: int) -> int:
        """How many steps of its ladder (of `steps`) the move has climbed, served at `now`."""
        earned = granted = bucket = 0
        days: set[int] = set()
        for at, day in self._uses.get(move_id, []):
            if at >= now:
                break
            if earned > granted and not self.pain_rising(move_id, at):
                granted += 1
            bucket += 1
            days.add(day)
            if bucket >= USES_PER_STEP and len(days) >= DAYS_PER_STEP:
                earned = min(earned + 1, steps)
                bucket = 0
                days = set()
        if earned > granted and not self.pain_rising(move_id, now):
            granted += 1
        return granted

    def not_tolerated(self, now: int) -> frozenset[str]:
        """Moves marked not tolerated within the last 7 days."""
        return frozenset(
            f.move_id
            for f in self.feedback
            if f.verdict == "not_tolerated" and now - NOT_TOLERATED_S < f.at <= now
        )

    def feedback_weight(self, move_id: str, now: int) -> float:
        net = 0
        for f in self.feedback:
            if f.move_id != move_id or f.at > now:
                continue
            if f.verdict == "helped":
                net += 1
            elif f.verdict in ("worse", "not_tolerated"):
                net -= 1
        return 2.0 ** max(-2, min(2, net))


def _order(record_id: int | None) -> int:
    return -1 if record_id is None else record_id


# --- the routine --------------------------------------------------------------------------


class RoutineHeadline(Message):
    """The prompt's one line, e.g. "2-min stretch: hips and low back".

    `areas` are the area ids the routine works, as `headline_areas` orders them: the
    stretches' areas first, the most worked first, then a walk's. The UI words it (the first
    two usually do); `seconds` is the estimated length.
    """

    code: ClassVar[str] = "routine_headline"
    kind: BreakKind
    recipe_id: str
    seconds: int
    areas: tuple[str, ...]


class Step(Record):
    """One move of a routine, at the dose to do now.

    `reps` and `hold_s` follow the dose's kind (docs/moves.md): per side for `each` and
    `alternate`; `duration_s` is for timed moves (0 for the others). `level` is the progression
    step (0 is the low end of the dose); `seconds` the estimated length of this move.
    """

    move_id: str
    kind: str
    reps: int
    hold_s: float
    duration_s: float
    sets: int
    sides: str
    level: int
    seconds: float


class Routine(Record):
    recipe_id: str
    recipe_name: str
    """The catalog recipe's name; empty for `stand_and_move`, which the UI words by id."""
    kind: BreakKind
    steps: tuple[Step, ...]
    total_s: float
    headline: RoutineHeadline
    reason: str
    """`normal`, `high_pain` (gentle moves only) or `stand_up_only` (the safety screen)."""

    @property
    def move_ids(self) -> tuple[str, ...]:
        return tuple(s.move_id for s in self.steps)

    @property
    def opening_s(self) -> float:
        """How long the break's first window counts down, and so what the prompt announces:
        the walk, when the routine has one (the moves after it are announced by name, and
        the player counts them down once the user is back), else the whole routine with the
        changes between moves."""
        walk = next((s for s in self.steps if s.move_id == WALK_MOVE), None)
        if walk is not None:
            return walk.duration_s or walk.seconds
        return self.total_s

    @property
    def after_walk(self) -> tuple[str, ...]:
        """The moves that follow the walk, when there is one; nothing otherwise."""
        if WALK_MOVE not in self.move_ids:
            return ()
        return tuple(m for m in self.move_ids if m != WALK_MOVE)

    def to_json(self) -> str:
        """What goes in `breaks.routine`: a JSON list of move ids."""
        return json.dumps(list(self.move_ids))


def ladder(dose: Dose) -> tuple[tuple[int, float], ...]:
    """The (reps, hold_s) levels of a dose from its low end to its high end."""
    levels = [(dose.reps_low, dose.hold_low_s)]
    if dose.kind == "timed":
        return tuple(levels)
    reps, hold = dose.reps_low, dose.hold_low_s
    while reps < dose.reps_high:
        reps += 1
        levels.append((reps, hold))
    while hold < dose.hold_high_s:
        hold = min(dose.hold_high_s, hold + HOLD_STEP_S)
        levels.append((reps, hold))
    return tuple(levels)


def current_dose(move: Move, history: RoutineHistory, *, now_wall: float) -> Step:
    """The move at the dose it has climbed to, as a break at `now_wall` would serve it (a
    high-pain day serves the low end instead)."""
    now = math.floor(now_wall)
    levels = ladder(move.dose)
    return _step(move, history.level(move.id, len(levels) - 1, now))


def _timeline(
    move: Move, reps: int, hold_s: float, duration_s: float
) -> pose_schedule.PoseSchedule:
    if move.figure is not None:
        return pose_schedule.PoseSchedule.for_move(
            move, reps=reps, hold_s=hold_s, duration_s=duration_s
        )
    return pose_schedule.build(
        move.dose,
        2,
        "there_and_back",
        mirrored=move.mirrored,
        reps=reps,
        hold_s=hold_s,
        duration_s=duration_s,
    )


def _step(move: Move, level: int, duration_s: float = 0.0) -> Step:
    dose = move.dose
    levels = ladder(dose)
    level = max(0, min(level, len(levels) - 1))
    reps, hold = levels[level]
    if dose.kind == "timed":
        reps, hold = 1, 0.0
        duration_s = duration_s or dose.duration_low_s
    length = _timeline(move, reps, hold, duration_s).duration * dose.sets
    return Step(move.id, dose.kind, reps, hold, duration_s, dose.sets, dose.sides, level, length)


def _total(steps: Sequence[Step]) -> float:
    return sum(s.seconds for s in steps) + CHANGE_S * max(0, len(steps) - 1)


def headline_areas(catalog: Catalog, move_ids: Iterable[str]) -> tuple[str, ...]:
    """The areas the moves work: the stretches' areas first, the most worked first (ties: the
    first mentioned), then those of a walk or stand-and-shift (`whole_body`...)."""
    moves = [catalog.move(m) for m in move_ids if m in catalog]
    count: dict[str, int] = {}
    for move in moves:
        if _is_stretch(move):
            for area in move.areas:
                count[area] = count.get(area, 0) + 1
    first = {area: i for i, area in enumerate(count)}
    areas = sorted(count, key=lambda a: (-count[a], first[a]))
    others = (a for m in moves if not _is_stretch(m) for a in m.areas)
    return tuple(dict.fromkeys([*areas, *others]))


def works_back(move: Move) -> bool:
    """The move works the low back, hips or trunk, as its file's areas say. This, not a list
    of move ids, is what the promise of every stretch break is checked against, so a user
    move with those areas counts as well."""
    return bool(set(move.areas) & set(BACK_AREAS))


def back_share(catalog: Catalog, move_ids: Iterable[str]) -> float:
    """The share of a routine's moves that work the low back, hips or trunk. Every move
    counts, a walk or stand-and-shift too: the promise is about the moves the user is shown,
    not only the stretches. 0 for no moves."""
    moves = [catalog.move(m) for m in move_ids if m in catalog]
    return sum(1 for m in moves if works_back(m)) / len(moves) if moves else 0.0


def main_area(catalog: Catalog, move_ids: Iterable[str]) -> str | None:
    """The area the stretches of a routine work most; None for a walk alone."""
    stretches = [m for m in move_ids if m in catalog and _is_stretch(catalog.move(m))]
    areas = headline_areas(catalog, stretches)
    return areas[0] if areas else None


# --- telling the recipe from the moves ----------------------------------------------------


def _is_stretch(move: Move) -> bool:
    return move.dose.kind != "timed"


def _works(move: Move, area: str | None) -> bool:
    """A stretch that works `area` (a walk's areas do not count toward a main area)."""
    return _is_stretch(move) and area in move.areas


def _stand_in(move: Move, areas: Iterable[str]) -> bool:
    """A move that may fill a slot that names `areas`: desk-safe, not a walk, one of them."""
    return (
        move.desk_safe
        and move.position != "floor"
        and _is_stretch(move)
        and bool(set(move.areas) & set(areas))
    )


def _slot_ids(catalog: Catalog, slot: Slot, focus: Sequence[str]) -> list[str]:
    """Every move the slot may serve: its listed moves first, then the stand-ins."""
    ids = list(slot.moves)
    if slot.areas:
        areas = (*slot.areas, *focus)
        ids += [m.id for m in catalog if m.id not in slot.moves and _stand_in(m, areas)]
    return ids


def recipe_of(
    catalog: Catalog, move_ids: Sequence[str], focus_areas: Sequence[str] = ()
) -> str | None:
    """The first recipe (in catalog order) one of whose options the moves fit, slot by slot."""
    moves = list(move_ids)
    if not moves or len(set(moves)) != len(moves):
        return None
    for recipe in catalog.recipes.values():
        for option in recipe.options:
            pools = [set(_slot_ids(catalog, s, focus_areas)) for s in option]
            if _fits(option, pools, moves, 0, 0):
                return recipe.id
    return None


def _fits(slots: Sequence[Slot], pools: list[set[str]], moves: list[str], i: int, j: int) -> bool:
    if i == len(slots):
        return j == len(moves)
    for k in range(1, min(slots[i].pick_high, len(moves) - j) + 1):
        if moves[j + k - 1] not in pools[i]:
            break
        if _fits(slots, pools, moves, i + 1, j + k):
            return True
    return False


# --- choosing -----------------------------------------------------------------------------


class _Candidate(Record):
    recipe: Recipe
    steps: tuple[Step, ...]
    share: float  # the recipe's weight split over its options that could be built

    @property
    def move_ids(self) -> tuple[str, ...]:
        return tuple(s.move_id for s in self.steps)


class _Chooser:
    def __init__(
        self,
        catalog: Catalog,
        history: RoutineHistory,
        settings: Mapping[str, Any],
        kind: BreakKind,
        now: int,
        utc_offset_s: int,
        rng: random.Random,
        safety: SafetyLimits | None,
    ) -> None:
        self.catalog = catalog
        self.history = history
        self.kind = kind
        self.now = now
        self.today = day_number(now, utc_offset_s)
        self.rng = rng
        self.focus: tuple[str, ...] = tuple(settings["focus_areas"])
        self.emphasis = set(self.focus or EMPHASIS_DEFAULT)
        if kind == BreakKind.WALK:
            self.length = float(settings["walk_break_min"]) * 60.0
        else:
            self.length = float(settings["micro_break_s"])
        self.pain = history.high_pain(now)
        self.floor = (
            bool(settings["floor_moves"])
            and (safety is None or (safety.floor_allowed and not safety.gentle_only))
            and not self.pain
        )
        self.excluded = history.not_tolerated(now)
        self.past = history.breaks_before(now)
        self._levels: dict[str, int] = {}
        self._steps: dict[tuple[str, float], Step] = {}
        self._weights: dict[str, float] = {}

    # which moves

    def allowed(self, move_id: str) -> bool:
        if move_id not in self.catalog or move_id in self.excluded:
            return False
        if self.pain and move_id not in (*GENTLE_MOVES, WALK_MOVE):
            return False
        move = self.catalog.move(move_id)
        return (move.desk_safe and move.position != "floor") or self.floor

    def weight(self, move_id: str) -> float:
        if move_id not in self._weights:
            w = self.history.feedback_weight(move_id, self.now)
            if set(self.catalog.move(move_id).areas) & set(self.focus):
                w *= FOCUS_WEIGHT
            self._weights[move_id] = w
        return self._weights[move_id]

    def step(self, move: Move, duration_s: float = 0.0) -> Step:
        """The move at its level now (the low end on a high-pain day)."""
        if move.id not in self._levels:
            steps = len(ladder(move.dose)) - 1
            self._levels[move.id] = 0 if self.pain else self.history.level(move.id, steps, self.now)
        key = (move.id, duration_s)
        if key not in self._steps:
            self._steps[key] = _step(move, self._levels[move.id], duration_s)
        return self._steps[key]

    # which recipes

    def recipe_ok(self, recipe: Recipe) -> bool:
        if recipe.length_low_s > self.length * OVERRUN:
            return False
        if self._floor_recipe(recipe):
            return self.kind == BreakKind.WALK and self.floor and not self._served_today(recipe.id)
        return True

    def option_ok(self, recipe: Recipe, option: Sequence[Slot]) -> bool:
        walks = any(WALK_MOVE in slot.moves for slot in option)
        return self._floor_recipe(recipe) or walks == (self.kind == BreakKind.WALK)

    def _floor_recipe(self, recipe: Recipe) -> bool:
        return any(
            m in self.catalog and self.catalog.move(m).position == "floor"
            for option in recipe.options
            for slot in option
            for m in slot.moves
        )

    def _served_today(self, recipe_id: str) -> bool:
        return any(
            day_number(b.at, b.utc_offset_s) == self.today
            and recipe_of(self.catalog, b.moves, self.focus) == recipe_id
            for b in self.past
        )

    # building one option

    def build(
        self, option: Sequence[Slot], avoid_area: str | None, *, strict: bool
    ) -> tuple[Step, ...] | None:
        steps: list[Step] = []
        for slot in option:
            added = self._fill(slot, steps, avoid_area, strict=strict)
            if not added:
                return None
            steps += added
        return tuple(self._stretch_walk(steps))

    def _fill(
        self, slot: Slot, steps: list[Step], avoid_area: str | None, *, strict: bool
    ) -> list[Step]:
        taken = {s.move_id for s in steps}
        ids = [
            m
            for m in _slot_ids(self.catalog, slot, self.focus)
            if m not in taken
            and self.allowed(m)
            and not (strict and _works(self.catalog.move(m), avoid_area))
        ]
        weights = [
            self.weight(m)
            * (LISTED_WEIGHT if slot.areas and m in slot.moves else 1.0)
            * (AVOID_WEIGHT if _works(self.catalog.move(m), avoid_area) else 1.0)
            for m in ids
        ]
        order = _weighted_order(ids, weights, self.rng)
        want = self.rng.randint(slot.pick_low, slot.pick_high)
        chosen: list[Step] = []
        for move_id in order:
            if len(chosen) >= want:
                break
            move = self.catalog.move(move_id)
            if move.dose.kind == "timed":
                base = slot.duration_s or move.dose.duration_low_s
                step = self.step(move, min(base, self.length))
            else:
                step = self.step(move)
            limit = self.length * OVERRUN if len(chosen) < slot.pick_low else self.length
            if _total([*steps, *chosen, step]) <= limit:
                chosen.append(step)
        listed = [s for s in chosen if s.move_id in slot.moves]
        listed.sort(key=lambda s: slot.moves.index(s.move_id))
        return listed + [s for s in chosen if s.move_id not in slot.moves]

    def _stretch_walk(self, steps: list[Step]) -> list[Step]:
        """The first timed move fills what the break has left, up to its dose's high end."""
        for i, s in enumerate(steps):
            if s.kind == "timed":
                move = self.catalog.move(s.move_id)
                room = self.length - (_total(steps) - s.seconds)
                duration = float(round(min(move.dose.duration_high_s, max(s.duration_s, room))))
                steps[i] = self.step(move, duration)
                break
        return steps

    def candidates(self, avoid_area: str | None) -> list[_Candidate]:
        """Every recipe option that can be built now. Each is built up to `ATTEMPTS` times to
        find moves whose main area is not `avoid_area` (the previous break's)."""
        out: list[_Candidate] = []
        for recipe in self.catalog.recipes.values():
            if not self.recipe_ok(recipe):
                continue
            built: list[tuple[Step, ...]] = []
            for option in recipe.options:
                if self.option_ok(recipe, option):
                    steps = self._build_best(recipe, option, avoid_area)
                    built += [steps] if steps else []
            out += [_Candidate(recipe, steps, 1.0 / len(built)) for steps in built]
        return out

    def _build_best(
        self, recipe: Recipe, option: Sequence[Slot], avoid_area: str | None
    ) -> tuple[Step, ...] | None:
        """The moves for one option, whose recipe can be told from them; not working
        `avoid_area` most if it can help it (the last try leaves out every move of it)."""
        found = None
        for attempt in range(ATTEMPTS):
            strict = attempt == ATTEMPTS - 1 and avoid_area is not None
            steps = self.build(option, avoid_area, strict=strict)
            if steps is None:
                continue
            ids = [s.move_id for s in steps]
            if recipe_of(self.catalog, ids, self.focus) != recipe.id or not self.back_ok(ids):
                continue
            found = found or steps
            if avoid_area is None or main_area(self.catalog, ids) != avoid_area:
                return steps
        return found

    def back_ok(self, move_ids: Sequence[str]) -> bool:
        """A stretch break keeps the promise: at least half its moves work the low back, hips
        or trunk. A walk break is a walk first, and its share is left to the balance."""
        return (
            self.kind != BreakKind.STRETCH or back_share(self.catalog, move_ids) >= MIN_BACK_SHARE
        )

    # rotation

    def previous_area(self) -> str | None:
        """The main area of the last break that had stretches."""
        return next(
            (a for b in reversed(self.past) if (a := main_area(self.catalog, b.moves)) is not None),
            None,
        )

    def choose(self, candidates: list[_Candidate], avoid_area: str | None) -> _Candidate:
        pool = candidates
        last = next((b for b in reversed(self.past) if b.moves), None)
        if last is not None:
            pool = [c for c in pool if set(c.move_ids) != set(last.moves)] or pool
            previous = recipe_of(self.catalog, last.moves, self.focus)
            pool = [c for c in pool if c.recipe.id != previous] or pool
        pool = [c for c in pool if main_area(self.catalog, c.move_ids) != avoid_area] or pool
        deficit = TARGET_SHARE - self._recent_share()
        weights = [
            c.share
            * (DEFAULT_WEIGHT if c.recipe.default and self.kind == BreakKind.STRETCH else 1.0)
            * self._balance(c, deficit)
            * self._liking(c)
            for c in pool
        ]
        return self.rng.choices(pool, weights)[0]

    def _emphasised(self, move_ids: Iterable[str]) -> tuple[int, int]:
        """(stretch moves working the emphasised areas, stretch moves)."""
        moves = [self.catalog.move(m) for m in move_ids if m in self.catalog]
        stretches = [m for m in moves if _is_stretch(m)]
        return sum(1 for m in stretches if set(m.areas) & self.emphasis), len(stretches)

    def _recent_share(self) -> float:
        recent = [b for b in self.past if b.moves][-RECENT_BREAKS:]
        hits, total = self._emphasised(m for b in recent for m in b.moves)
        return hits / total if total else TARGET_SHARE

    def _balance(self, c: _Candidate, deficit: float) -> float:
        hits, total = self._emphasised(c.move_ids)
        if not total:
            return 1.0
        return math.exp(BALANCE_GAIN * deficit * (hits / total - TARGET_SHARE))

    def _liking(self, c: _Candidate) -> float:
        ids = c.move_ids
        return math.prod(self.weight(m) for m in ids) ** (1.0 / len(ids))

    def stand_and_move(self, reason: str, *, any_move: bool) -> Routine:
        order = (
            (WALK_MOVE, SHIFT) if self.kind == BreakKind.WALK or self.pain else (SHIFT, WALK_MOVE)
        )
        picks = [
            m
            for m in order
            if m in self.catalog and m not in self.excluded and (any_move or self.allowed(m))
        ][:1]
        steps = [
            self.step(
                self.catalog.move(m), min(self.length, self.catalog.move(m).dose.duration_low_s)
            )
            for m in picks
        ]
        steps = self._stretch_walk(steps)
        return self.routine(STAND_AND_MOVE, "", tuple(steps), reason)

    def routine(self, recipe_id: str, name: str, steps: tuple[Step, ...], reason: str) -> Routine:
        total = _total(steps)
        headline = RoutineHeadline(
            self.kind,
            recipe_id,
            round(total),
            headline_areas(self.catalog, (s.move_id for s in steps)),
        )
        return Routine(recipe_id, name, self.kind, steps, total, headline, reason)


def _weighted_order(ids: list[str], weights: list[float], rng: random.Random) -> list[str]:
    """A random order in which heavier items tend to come first (Efraimidis-Spirakis)."""
    keys = [rng.random() ** (1.0 / w) for w in weights]
    return [m for _, m in sorted(zip(keys, ids, strict=True), key=lambda p: -p[0])]


def choose_routine(
    catalog: Catalog,
    history: RoutineHistory,
    settings: Mapping[str, Any],
    *,
    kind: BreakKind,
    now_wall: float,
    utc_offset_s: int,
    rng: random.Random,
    safety: SafetyLimits | None = None,
) -> Routine:
    """The routine for a break due now (module docstring: the rules).

    `settings` needs `focus_areas`, `floor_moves`, `micro_break_s` and `walk_break_min`.
    `safety` None puts no limit beyond the settings.
    """
    chooser = _Chooser(
        catalog, history, settings, BreakKind(kind), math.floor(now_wall), utc_offset_s, rng, safety
    )
    if safety is not None and not safety.exercise_allowed:
        return chooser.stand_and_move(REASON_STAND_UP_ONLY, any_move=True)
    reason = REASON_HIGH_PAIN if chooser.pain else REASON_NORMAL
    avoid_area = chooser.previous_area()
    candidates = chooser.candidates(avoid_area)
    if not candidates:
        return chooser.stand_and_move(reason, any_move=False)
    pick = chooser.choose(candidates, avoid_area)
    return chooser.routine(pick.recipe.id, pick.recipe.name, pick.steps, reason)


class RoutineTrail:
    """The routines of a run of breaks kept in memory, for `backmove simulate`: each break's
    routine is chosen once, when it is first offered, from the breaks offered before it (the
    last `HISTORY_DAYS` days, with their outcomes), as the app chooses from its database. The
    user gives no ratings or verdicts here, and no safety screen limits the moves. A fixed
    `seed` makes the same run choose the same moves every time."""

    def __init__(self, catalog: Catalog, settings: Mapping[str, Any], seed: int = 0) -> None:
        self._catalog = catalog
        self._settings = settings
        self._rng = random.Random(seed)  # noqa: S311 - choosing moves, not secrets
        self._breaks: dict[int, PastBreak] = {}

    def offer(
        self, break_id: int, kind: BreakKind, now_wall: float, utc_offset_s: int
    ) -> tuple[str, ...]:
        """The move ids of break `break_id`, chosen now if it has none yet."""
        past = self._breaks.get(break_id)
        if past is None:
            at = math.floor(now_wall)
            recent = [b for b in self._breaks.values() if b.at > at - HISTORY_DAYS * DAY_S]
            self._breaks = {b.id: b for b in recent if b.id is not None}
            routine = choose_routine(
                self._catalog,
                RoutineHistory(recent),
                self._settings,
                kind=kind,
                now_wall=now_wall,
                utc_offset_s=utc_offset_s,
                rng=self._rng,
            )
            past = PastBreak(at, utc_offset_s, str(kind), None, routine.move_ids, break_id)
            self._breaks[break_id] = past
        return past.moves

    def end(self, break_id: int, outcome: str) -> None:
        """The break ended so (`completed` ones climb the progression)."""
        past = self._breaks.get(break_id)
        if past is not None:
            self._breaks[break_id] = past.replace(outcome=outcome)


def choose_session(
    catalog: Catalog,
    history: RoutineHistory,
    *,
    now_wall: float,
    rng: random.Random,
    safety: SafetyLimits | None = None,
) -> Routine | None:
    """The daily back session for now (module docstring: the rules); None while the safety
    check pauses exercise, when no session may be offered at all."""
    if safety is not None and not safety.exercise_allowed:
        return None
    now = math.floor(now_wall)
    pain = history.high_pain(now)
    floor = safety is None or (safety.floor_allowed and not safety.gentle_only)
    excluded = history.not_tolerated(now)
    if pain:
        wanted: tuple[str, ...] = GENTLE_MOVES
    else:
        wanted = SESSION_STANDING + (SESSION_FLOOR if floor else ())
    ids = [m for m in wanted if m in catalog and m not in excluded]

    def at_level(move_id: str) -> Step:
        move = catalog.move(move_id)
        levels = len(ladder(move.dose)) - 1
        return _step(move, 0 if pain else history.level(move_id, levels, now))

    steps = {m: at_level(m) for m in ids}
    optional = [m for m in ids if m not in SESSION_CORE]
    weights = [1.0 / history.feedback_weight(m, now) for m in optional]
    for move_id in _weighted_order(optional, weights, rng):
        if _total(list(steps.values())) <= SESSION_HIGH_S:
            break
        del steps[move_id]
    chosen = list(steps.values())
    short = SESSION_LOW_S - _total(chosen) - (CHANGE_S if chosen else 0.0)
    if short > 0 and WALK_MOVE in catalog and WALK_MOVE not in excluded:
        # Too few moves to fill eight minutes (a sore day, no floor): an easy walk first.
        dose = catalog.move(WALK_MOVE).dose
        walk_s = float(math.ceil(min(dose.duration_high_s, max(dose.duration_low_s, short))))
        chosen.insert(0, _step(catalog.move(WALK_MOVE), 0, walk_s))
    total = _total(chosen)
    headline = RoutineHeadline(
        BreakKind.SESSION,
        SESSION,
        round(total),
        headline_areas(catalog, (s.move_id for s in chosen)),
    )
    reason = REASON_HIGH_PAIN if pain else REASON_NORMAL
    return Routine(SESSION, "", BreakKind.SESSION, tuple(chosen), total, headline, reason)
