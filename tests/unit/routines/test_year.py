"""A simulated year of breaks, seen from outside as `backmove simulate` prints them: every
stretch break keeps the low-back promise, no routine comes twice in a row, and every move of
the library is served under the settings whose help says it brings it."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from backmove.core.catalog import Catalog
from backmove.core.routines import MIN_BACK_SHARE, back_share, main_area
from backmove.core.settings import SPECS
from backmove.core.simulate import run_trace
from bench.simulate_year import year_trace

pytestmark = pytest.mark.slow

HELP = {spec.key: spec.help for spec in SPECS}


def year(catalog: Catalog, settings: Mapping[str, Any]) -> list[tuple[str, tuple[str, ...]]]:
    """(kind, move ids) of every break of the bench's year, in the order they came."""
    lines = year_trace(365, seed=1)
    header = json.loads(lines[0])
    header["settings"].update(settings)
    routines: dict[int, tuple[str, tuple[str, ...]]] = {}
    for row in run_trace([json.dumps(header), *lines[1:]], None, catalog):
        if "routine" in row:
            routine = (row["kind"], tuple(row["routine"]))
            assert routines.setdefault(row["break_id"], routine) == routine
    return [routines[n] for n in sorted(routines)]


@pytest.fixture(scope="module")
def defaults(catalog: Catalog) -> list[tuple[str, tuple[str, ...]]]:
    return year(catalog, {})


@pytest.fixture(scope="module")
def with_floor(catalog: Catalog) -> list[tuple[str, tuple[str, ...]]]:
    return year(catalog, {"floor_moves": True})


def served(breaks: list[tuple[str, tuple[str, ...]]]) -> set[str]:
    return {m for _, moves in breaks for m in moves}


def stretch_breaks(breaks: list[tuple[str, tuple[str, ...]]]) -> Iterator[tuple[str, ...]]:
    return (moves for kind, moves in breaks if kind == "micro")


def test_every_stretch_break_of_the_year_works_the_low_back_hips_or_trunk_at_least_half(
    catalog: Catalog, defaults: list[tuple[str, tuple[str, ...]]]
) -> None:
    stretches = list(stretch_breaks(defaults))
    assert len(stretches) > 500
    short = [moves for moves in stretches if back_share(catalog, moves) < MIN_BACK_SHARE]
    assert short == []


def test_no_routine_twice_in_a_row_and_a_new_main_area_each_time(
    catalog: Catalog, defaults: list[tuple[str, tuple[str, ...]]]
) -> None:
    again = [a for (_, a), (_, b) in itertools.pairwise(defaults) if set(a) == set(b)]
    assert again == []
    mains = [a for _, moves in defaults if (a := main_area(catalog, moves)) is not None]
    assert [a for a, b in itertools.pairwise(mains) if a == b] == []


def test_with_the_defaults_every_move_but_the_floor_moves_is_served(
    catalog: Catalog, defaults: list[tuple[str, tuple[str, ...]]]
) -> None:
    """What the defaults leave out is what the floor setting's help says it brings."""
    floor = {m.id for m in catalog if m.position == "floor"}
    assert served(defaults) == {m.id for m in catalog} - floor
    assert "floor moves" in HELP["floor_moves"]
    for name in ("bridge", "pelvic tilt", "plank", "bird dog"):
        assert name in HELP["floor_moves"]
        assert any(name in m.name.lower() for m in catalog if m.id in floor)


def test_with_floor_moves_on_all_32_moves_are_served(
    catalog: Catalog, with_floor: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert len(catalog.moves) == 32
    assert served(with_floor) == {m.id for m in catalog}
    stretches = list(stretch_breaks(with_floor))
    assert all(back_share(catalog, moves) >= MIN_BACK_SHARE for moves in stretches)
    assert all(catalog.move(m).desk_safe for moves in stretches for m in moves)


def test_simulate_prints_the_routine_on_every_prompt_and_start(catalog: Catalog) -> None:
    lines = year_trace(5, seed=3)
    rows = list(run_trace(lines, None, catalog))
    offers = [r for r in rows if r["decision"] in ("prompt", "break_start")]
    assert offers
    assert all(r["routine"] and set(r["routine"]) <= set(catalog.moves) for r in offers)
    assert [r for r in rows if "routine" in r] == offers
    assert rows == list(run_trace(lines, None, catalog))
    assert not any("routine" in r for r in run_trace(lines))
