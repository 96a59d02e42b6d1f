"""What happened around each move: the before→after rating change, and the user's verdicts.

A break asks "how is your back right now?" before and after on about one break in four. The
change (after - before, negative when the back felt better afterwards) belongs to the break,
so it is counted for every move the break offered: the figure says what happened over the
breaks that included a move, not what the move did. A break whose routine is not a list of
move ids (a recipe id, or unreadable text) cannot be split into moves and is left out; so is
one without both ratings. With more than one rating of a kind for a break, the last counts.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from backmove.core.stats import BreakLike, RatingLike


class FeedbackLike(Protocol):
    """What is read of a move verdict (backmove.storage.records.MoveFeedback fits)."""

    @property
    def break_id(self) -> int: ...
    @property
    def move_id(self) -> str: ...
    @property
    def verdict(self) -> str: ...


@dataclass(frozen=True)
class MoveEffect:
    move_id: str
    uses: int
    """Breaks that included the move and have both a before and an after rating."""
    mean_change: float | None
    """Mean of (after - before) over those breaks; None when there are none."""
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
            helped=counts["helped"],
            same=counts["same"],
            worse=counts["worse"],
            not_tolerated=counts["not_tolerated"],
        )
    return out
