"""What happened around each move: before→after change over its uses, and the verdicts."""

from __future__ import annotations

import json
from datetime import date

from backmove.core.moveeffect import MoveEffect, move_effects, routine_moves
from backmove.storage.records import MoveFeedback, Rating, Verdict
from tests.unit.stats.builders import around, brk, eod

DAY = date(2026, 6, 2)


def moves(*ids: str) -> str:
    return json.dumps(list(ids))


def verdict(break_id: int | None, move_id: str, v: Verdict) -> MoveFeedback:
    assert break_id is not None
    return MoveFeedback(break_id=break_id, move_id=move_id, verdict=v, at=0, utc_offset_s=0)


def test_no_data_gives_no_moves() -> None:
    assert move_effects([], [], []) == {}


def test_the_change_of_a_break_counts_for_every_move_it_offered() -> None:
    a = brk(DAY, 10, routine=moves("S1", "T4"))
    b = brk(DAY, 11, routine=moves("S1"))
    c = brk(DAY, 12, routine=moves("T4", "T4"))  # a move twice in a routine is one use
    ratings = around(a, 6, 4) + around(b, 5, 5) + around(c, 3, 4)
    assert move_effects([a, b, c], ratings) == {
        "S1": MoveEffect("S1", uses=2, mean_change=-1.0),
        "T4": MoveEffect("T4", uses=2, mean_change=-0.5),
    }


def test_breaks_that_cannot_be_split_or_lack_a_rating_are_left_out() -> None:
    recipe = brk(DAY, 10, routine="R2")
    broken = brk(DAY, 11, routine='["S1"')
    half = brk(DAY, 12, routine=moves("S2"))
    assert half.started_at is not None
    ratings = [
        *around(recipe, 7, 2),
        *around(broken, 7, 2),
        Rating(
            at=half.started_at, utc_offset_s=7200, moment="now_before", value=5, break_id=half.id
        ),
        eod(DAY, 1),
    ]
    assert move_effects([recipe, broken, half], ratings) == {}
    assert routine_moves(None) == routine_moves("3") == routine_moves('[1, "S1"]') == []


def test_the_last_rating_of_a_kind_counts_whatever_the_order() -> None:
    b = brk(DAY, 10, routine=moves("S1"))
    first = around(b, 6, 5)
    assert b.ended_at is not None
    again = Rating(
        at=b.ended_at + 60, utc_offset_s=b.utc_offset_s, moment="now_after", value=2, break_id=b.id
    )
    expected = {"S1": MoveEffect("S1", uses=1, mean_change=-4.0)}
    assert move_effects([b], [*first, again]) == expected
    assert move_effects([b], [again, *reversed(first)]) == expected


def test_verdicts_are_counted_per_move_also_for_moves_without_ratings() -> None:
    a = brk(DAY, 10, routine=moves("S1", "F2"))
    feedback = [
        verdict(a.id, "S1", "helped"),
        verdict(a.id, "S1", "helped"),
        verdict(a.id, "S1", "worse"),
        verdict(a.id, "F2", "not_tolerated"),
        verdict(a.id, "F2", "same"),
    ]
    out = move_effects([a], around(a, 4, 4), feedback)
    assert out["S1"] == MoveEffect("S1", 1, 0.0, helped=2, worse=1)
    assert out["F2"] == MoveEffect("F2", 1, 0.0, same=1, not_tolerated=1)
    assert move_effects([a], [], feedback)["F2"] == MoveEffect(
        "F2", 0, None, same=1, not_tolerated=1
    )
    assert list(move_effects([a], [], feedback)) == ["F2", "S1"]
