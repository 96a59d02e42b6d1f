"""What happened around each move: the before→after rating change, and the user's verdicts.

A break asks "how is your back right now?" before and after on about one break in four. The
change (after - before, negative when the back felt better afterwards) belongs to the break,
so it is counted for every move the break offered: the figure says what happened over the
breaks that included a move, not what the move did. A break whose routine is not a list of
move ids (a recipe id, or unreadable text) cannot be split into moves and is left out; so is
one without both ratings. With more than one rating of a kind for a break, the last counts.

How sure a move's figure is (`estimates`): a rated break is one whole-number rating before and
one after, so a move's mean over three of them is mostly noise, and ranking moves by their raw
means puts a lucky move with three ratings above a move seen thirty times. Each move's change
is therefore estimated with partial pooling (an empirical-Bayes mean) toward the average of
all moves:

    estimate = (n * mean_move + k * mean_all) / (n + k),    k = PRIOR_BREAKS

that is, the average of all moves counts as k rated breaks of the move's own. Its interval is
estimate ± 1.96 * s / sqrt(n + k), where s is the pooled standard deviation of a rated break's
change around its move's mean (the normal model in which that estimate is the posterior mean).
A move "went with feeling better" only when its whole interval lies below zero and its own
mean is below zero too, so that a move after which ratings rose is never listed for the
average of the others. docs/evidence.md#moves-and-how-you-felt-after-them says why k is 10.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable
from enum import StrEnum
from typing import Protocol

from backmove.core.record import Record
from backmove.core.stats import BreakLike, RatingLike


class FeedbackLike(Protocol):
    """What is read of a move verdict (backmove.storage.records.MoveFeedback fits)."""

    @property
    def break_id(self) -> int: ...
    @property
    def move_id(self) -> str: ...
    @property
    def verdict(self) -> str: ...


class MoveEffect(Record):
    move_id: str
    uses: int
    """Breaks that included the move and have both a before and an after rating."""
    mean_change: float | None
    """Mean of (after - before) over those breaks; None when there are none."""
    sum_sq: int = 0
    """Sum of the squared changes, for the spread (kept whole, so it never depends on order)."""
    helped: int = 0
    same: int = 0
    worse: int = 0
    not_tolerated: int = 0


def routine_moves(routine: str | None) -> list[str]:
    """The move ids of a routine written as a JSON list; [] for anything else."""
    if not routine:
        return []
    try:
        moves = json.loads(routine)
    except (ValueError, RecursionError):  # a routine nested past the parser's stack
        return []
    if not isinstance(moves, list) or not all(isinstance(m, str) for m in moves):
        return []
    return list(dict.fromkeys(moves))


def _last_ratings(ratings: Iterable[RatingLike]) -> dict[tuple[int, str], int]:
    last: dict[tuple[int, str], tuple[int, int, int]] = {}
    for r in ratings:
        moment = r.moment
        if r.break_id is None or (moment != "now_before" and moment != "now_after"):
            continue
        slot = (r.break_id, moment)
        key = (r.at, -1 if r.id is None else r.id, r.value)
        held = last.get(slot)
        if held is None or key > held:
            last[slot] = key
    return {slot: key[2] for slot, key in last.items()}


def move_effects(
    breaks: Iterable[BreakLike],
    ratings: Iterable[RatingLike],
    feedback: Iterable[FeedbackLike] = (),
) -> dict[str, MoveEffect]:
    """One entry per move that has a rated use or a verdict, sorted by move id."""
    rated = _last_ratings(ratings)
    changes: dict[str, list[int]] = {}
    moves_of: dict[str | None, list[str]] = {}  # breaks share routines: each is parsed once
    for b in breaks:
        if b.id is None:
            continue
        before, after = rated.get((b.id, "now_before")), rated.get((b.id, "now_after"))
        if before is None or after is None:
            continue
        moves = moves_of.get(b.routine)
        if moves is None:
            moves = moves_of[b.routine] = routine_moves(b.routine)
        for move in moves:
            changes.setdefault(move, []).append(after - before)
    verdicts: dict[str, Counter[str]] = {}
    for f in feedback:
        verdicts.setdefault(f.move_id, Counter())[f.verdict] += 1
    out = {}
    for move in sorted(changes.keys() | verdicts.keys()):
        diffs = changes.get(move, [])
        counts = verdicts.get(move, Counter())
        out[move] = MoveEffect(
            move,
            len(diffs),
            sum(diffs) / len(diffs) if diffs else None,
            sum_sq=sum(d * d for d in diffs),
            helped=counts["helped"],
            same=counts["same"],
            worse=counts["worse"],
            not_tolerated=counts["not_tolerated"],
        )
    return out


PRIOR_BREAKS = 10
"""k: how many rated breaks the average of all moves is worth in a move's estimate."""
DEFAULT_SD = 2.0
"""The spread of a rated break's change assumed while there are too few to measure it."""
MIN_SD = 1.0
"""The least spread assumed: ratings are whole numbers, so a change is never known closer."""
Z95 = 1.96


class Association(StrEnum):
    """What the ratings around a move's breaks show, said without a cause."""

    BETTER = "better"
    """Lower after: the interval and the move's own mean are below zero."""
    WORSE = "worse"
    """Higher after: the interval and the move's own mean are above zero."""
    UNCLEAR = "unclear"


class MoveEstimate(Record):
    move_id: str
    rated_breaks: int
    mean_change: float
    """The move's own mean of (after - before)."""
    estimate: float
    """The pooled estimate of its change; negative when ratings were lower after."""
    low: float
    high: float

    @property
    def association(self) -> Association:
        if self.high < 0 and self.mean_change < 0:
            return Association.BETTER
        if self.low > 0 and self.mean_change > 0:
            return Association.WORSE
        return Association.UNCLEAR


def pooled_sd(effects: Iterable[MoveEffect]) -> float:
    """The pooled standard deviation of a rated break's change around its move's mean."""
    within, n, groups = 0.0, 0, 0
    for e in effects:
        if e.uses and e.mean_change is not None:
            within += e.sum_sq - e.uses * e.mean_change**2
            n += e.uses
            groups += 1
    if n - groups < 1:
        return DEFAULT_SD
    return max(MIN_SD, math.sqrt(max(0.0, within) / (n - groups)))


def estimates(effects: Iterable[MoveEffect], k: int = PRIOR_BREAKS) -> dict[str, MoveEstimate]:
    """Each move with a rated break, its change pooled toward the average of all moves."""
    rated = [e for e in effects if e.uses and e.mean_change is not None]
    total = sum(e.uses for e in rated)
    if not total:
        return {}
    mean_all = sum(e.uses * (e.mean_change or 0.0) for e in rated) / total
    sd = pooled_sd(rated)
    out = {}
    for e in rated:
        mean = e.mean_change or 0.0
        estimate = (e.uses * mean + k * mean_all) / (e.uses + k)
        half = Z95 * sd / math.sqrt(e.uses + k)
        out[e.move_id] = MoveEstimate(
            e.move_id, e.uses, mean, estimate, estimate - half, estimate + half
        )
    return out
