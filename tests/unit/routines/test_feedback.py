"""The user's verdicts steer the choice: moves rated "helped" come more often, "worse" less."""

from __future__ import annotations

from datetime import timedelta

import pytest

from backmove.core.catalog import Catalog
from backmove.core.settings import Settings
from backmove.storage.records import Verdict
from tests.unit.routines.seed import MONDAY, Log, draws, stamp

NOW = stamp(MONDAY, 11)
DRAWS = 200


_shares: dict[tuple[str, tuple[Verdict, ...]], float] = {}


def share_with(catalog: Catalog, move_id: str, verdicts: tuple[Verdict, ...]) -> float:
    """How often `move_id` is in the next micro break, after two breaks with it last week
    that got `verdicts` (none, or one each)."""
    key = (move_id, verdicts)
    if key not in _shares:
        log = Log()
        for n in range(2):
            when = stamp(MONDAY - timedelta(days=7 - n), 10)
            done = log.add_break(when, [move_id, "S4"])
            assert done.id is not None
            if verdicts:
                log.verdict(when, done.id, move_id, verdicts[n])
        log.add_break(stamp(MONDAY, 10), ["S7", "S9", "S10"])
        routines = draws(catalog, log.history(), Settings(), NOW, DRAWS)
        _shares[key] = sum(move_id in r.move_ids for r in routines) / DRAWS
    return _shares[key]


@pytest.mark.parametrize("move_id", ["T9", "T1", "S12"])
def test_a_move_rated_helped_comes_more_often(catalog: Catalog, move_id: str) -> None:
    neutral = share_with(catalog, move_id, ())
    helped = share_with(catalog, move_id, ("helped", "helped"))
    assert helped > 1.5 * neutral


@pytest.mark.parametrize("move_id", ["T9", "T1"])
def test_a_move_rated_worse_comes_less_often(catalog: Catalog, move_id: str) -> None:
    neutral = share_with(catalog, move_id, ())
    worse = share_with(catalog, move_id, ("worse", "worse"))
    assert 0 < worse < 0.5 * neutral


def test_same_is_neutral_and_helped_and_worse_cancel(catalog: Catalog) -> None:
    neutral = share_with(catalog, "T9", ())
    assert share_with(catalog, "T9", ("same", "same")) == neutral
    assert share_with(catalog, "T9", ("helped", "worse")) == neutral
