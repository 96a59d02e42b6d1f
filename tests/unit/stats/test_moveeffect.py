"""What happened around each move: before→after change over its uses, and the verdicts."""

from __future__ import annotations

import json
import math
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backmove.core.moveeffect import (
    DEFAULT_SD,
    PRIOR_BREAKS,
    Association,
    MoveEffect,
    estimates,
    move_effects,
    pooled_sd,
    routine_moves,
)
from backmove.services.dashboard import move_rows
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
        "S1": MoveEffect("S1", uses=2, mean_change=-1.0, sum_sq=4),
        "T4": MoveEffect("T4", uses=2, mean_change=-0.5, sum_sq=5),
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
    expected = {"S1": MoveEffect("S1", uses=1, mean_change=-4.0, sum_sq=16)}
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


# --- pooled estimates (partial pooling toward the average of all moves) -----------------------


def effect(move: str, changes: list[int]) -> MoveEffect:
    return MoveEffect(
        move, len(changes), sum(changes) / len(changes), sum_sq=sum(c * c for c in changes)
    )


def test_three_great_ratings_rank_below_thirty_good_ones() -> None:
    few = effect("FEW", [-3, -3, -3])
    many = effect("MANY", [-1, -2, -3] * 10)
    flat = effect("FLAT", [0, 1, -1] * 10)
    est = estimates([few, many, flat])
    # Raw means put FEW first (-3 against -2); pooled toward the average (-69/63), its three
    # breaks count for less than the ten the average is worth.
    assert est["FEW"].estimate > est["MANY"].estimate
    assert est["FEW"].high - est["FEW"].low > est["MANY"].high - est["MANY"].low
    assert est["MANY"].association is Association.BETTER
    assert est["FLAT"].association is Association.UNCLEAR
    rows = move_rows({e.move_id: e for e in (few, many, flat)}, {})
    assert [r.move_id for r in rows] == ["MANY", "FEW", "FLAT"]


def test_the_estimate_is_the_pooled_mean_with_the_pooled_spread() -> None:
    a, b = effect("A", [-2, 0]), effect("B", [1, 3, 2, 2])
    est = estimates([a, b], k=PRIOR_BREAKS)
    mean_all = (-2 + 0 + 1 + 3 + 2 + 2) / 6
    assert est["A"].estimate == pytest.approx((2 * -1 + PRIOR_BREAKS * mean_all) / (2 + 10))
    # Within-move squares: 2 (A) + 2 (B) over 6 - 2 degrees of freedom: s = 1 (the floor).
    assert pooled_sd([a, b]) == 1.0
    half = 1.96 / math.sqrt(2 + PRIOR_BREAKS)
    assert (est["A"].low, est["A"].high) == pytest.approx(
        (est["A"].estimate - half, est["A"].estimate + half)
    )
    assert estimates([]) == {}
    assert pooled_sd([effect("ONE", [3])]) == DEFAULT_SD


def test_a_move_after_which_ratings_rose_is_never_listed_as_feeling_better() -> None:
    # Every other move's breaks end far better: the average pulls ROSE's estimate well below
    # zero, but its own ratings rose, so it is not "went with feeling better".
    others = [effect(f"M{i}", [-4] * 30) for i in range(4)]
    rose = effect("ROSE", [1, 1, 1])
    est = estimates([*others, rose])
    assert est["ROSE"].high < 0
    assert est["ROSE"].association is Association.UNCLEAR


@given(
    st.lists(st.lists(st.integers(-10, 10), min_size=1, max_size=40), min_size=1, max_size=8),
    st.integers(1, 30),
)
def test_only_a_move_with_its_interval_and_its_own_mean_below_zero_went_with_better(
    changes: list[list[int]], k: int
) -> None:
    effects = [effect(f"M{i}", c) for i, c in enumerate(changes)]
    for e in estimates(effects, k).values():
        assert e.low <= e.estimate <= e.high
        if e.association is Association.BETTER:
            assert e.high < 0 and e.mean_change < 0
        if e.mean_change >= 0:
            assert e.association is not Association.BETTER
        # The pooled estimate lies between the move's own mean and the average of all moves.
        total = sum(len(c) for c in changes)
        mean_all = sum(sum(c) for c in changes) / total
        lo, hi = sorted((e.mean_change, mean_all))
        assert lo - 1e-9 <= e.estimate <= hi + 1e-9
