"""Rotation over seeded histories: recipes and areas change from break to break, about half
the stretches work the low back and hips, and the first break of all is a sound one."""

from __future__ import annotations

import itertools
import random
from datetime import datetime
from pathlib import Path

import pytest

from backmove.core.catalog import Catalog
from backmove.core.clock import SimulatedClock
from backmove.core.moveeffect import routine_moves
from backmove.core.routines import (
    OVERRUN,
    Routine,
    RoutineHistory,
    choose_routine,
    ladder,
    main_area,
    recipe_of,
)
from backmove.core.settings import Settings
from backmove.storage.database import Database
from backmove.storage.repository import Repository
from tests.unit.routines.seed import (
    BERLIN,
    MONDAY,
    Log,
    emphasis_share,
    simulate,
    stamp,
    workday_slots,
)

SEEDS = (1, 2, 3)


@pytest.fixture(scope="module", params=SEEDS)
def two_hundred(request: pytest.FixtureRequest, catalog: Catalog) -> list[Routine]:
    """200 breaks with the default settings (every second one a walk), all completed."""
    return simulate(catalog, Settings(), 200, request.param)


def test_never_the_same_recipe_twice_in_a_row(two_hundred: list[Routine]) -> None:
    recipes = [r.recipe_id for r in two_hundred]
    repeats = [(n, a) for n, (a, b) in enumerate(itertools.pairwise(recipes)) if a == b]
    assert repeats == []
    assert {"micro", "standard", "long", "neck_shoulders", "meeting"} <= set(recipes)


def test_the_main_area_changes_from_one_stretch_break_to_the_next(
    catalog: Catalog, two_hundred: list[Routine]
) -> None:
    mains = [a for r in two_hundred if (a := main_area(catalog, r.move_ids)) is not None]
    assert len(mains) > 120
    assert [a for a, b in itertools.pairwise(mains) if a == b] == []
    assert len(set(mains)) >= 4


def test_about_half_the_stretches_work_the_low_back_or_hips(
    catalog: Catalog, two_hundred: list[Routine]
) -> None:
    assert emphasis_share(catalog, two_hundred) == pytest.approx(0.5, abs=0.12)


def test_focus_areas_take_the_place_of_the_low_back_and_hips(catalog: Catalog) -> None:
    focus = frozenset({"neck", "shoulders"})
    balanced = simulate(catalog, Settings(), 100, 7)
    focused = simulate(catalog, Settings().replace(focus_areas=sorted(focus)), 100, 7)
    assert emphasis_share(catalog, focused, focus) > emphasis_share(catalog, balanced, focus)
    assert emphasis_share(catalog, focused, focus) == pytest.approx(0.5, abs=0.15)


def test_a_focus_area_lets_its_moves_stand_in(catalog: Catalog) -> None:
    served = simulate(catalog, Settings().replace(focus_areas=["wrists"]), 100, 3)
    with_focus = sum("S11" in r.move_ids for r in served)
    without = sum("S11" in r.move_ids for r in simulate(catalog, Settings(), 100, 3))
    assert with_focus > without
    assert any(r.recipe_id == "standard" and "S11" in r.move_ids for r in served)


def test_the_first_break_of_all(catalog: Catalog) -> None:
    when = stamp(MONDAY, 9)
    for seed in range(20):
        routine = choose_routine(
            catalog,
            RoutineHistory(),
            Settings(),
            kind="micro",
            now_wall=when[0],
            utc_offset_s=when[1],
            rng=random.Random(seed),
        )
        assert routine.recipe_id in catalog.recipes
        assert routine.reason == "normal"
        assert 0 < routine.total_s <= 120 * OVERRUN
        for step in routine.steps:
            move = catalog.move(step.move_id)
            assert step.level == 0
            assert (step.reps, step.hold_s) == ladder(move.dose)[0] or step.kind == "timed"


def test_the_same_seed_and_history_give_the_same_routine(catalog: Catalog) -> None:
    log = Log()
    simulate(catalog, Settings(), 30, 5, log=log)
    when = workday_slots(MONDAY, 31)[-1]
    first, second = (
        choose_routine(
            catalog,
            log.history(),
            Settings(),
            kind="micro",
            now_wall=when[0],
            utc_offset_s=when[1],
            rng=random.Random(99),
        )
        for _ in range(2)
    )
    assert first == second


def test_the_stored_routine_is_a_list_of_move_ids_that_names_its_recipe(
    catalog: Catalog, two_hundred: list[Routine]
) -> None:
    for routine in two_hundred:
        assert routine_moves(routine.to_json()) == list(routine.move_ids)
        assert recipe_of(catalog, routine.move_ids) == routine.recipe_id


def test_rotation_reads_its_history_back_from_the_database(
    catalog: Catalog, tmp_path: Path
) -> None:
    clock = SimulatedClock(datetime(2026, 6, 1, 9), BERLIN)
    opened = Database.open(tmp_path / "data" / "backmove.db", clock)
    repo = Repository(opened.database)
    try:
        rng = random.Random(4)
        served: list[Routine] = []
        for when in workday_slots(MONDAY, 24):
            stored = repo.breaks_between(when[0] - 86_400 * 7, when[0] + 1)
            history = RoutineHistory.from_records(stored, [], [])
            routine = choose_routine(
                catalog,
                history,
                Settings(),
                kind="micro",
                now_wall=when[0],
                utc_offset_s=when[1],
                rng=rng,
            )
            repo.add_break(Log().serve(routine, when).replace(id=None))
            served.append(routine)
    finally:
        opened.database.close()
    recipes = [r.recipe_id for r in served]
    assert all(a != b for a, b in itertools.pairwise(recipes))
