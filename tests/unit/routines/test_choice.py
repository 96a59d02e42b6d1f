"""What a break may contain: desk-safe or floor, pain-aware choice, rested moves, the safety
screen's limits, walk breaks and the break's length."""

from __future__ import annotations

from datetime import timedelta

import pytest

from backmove.core.catalog import Catalog
from backmove.core.routines import GENTLE_MOVES, OVERRUN, WALK_MOVE, Routine, RoutineHistory
from backmove.core.safety import ALL, GENTLE, STAND_UP_ONLY
from backmove.core.settings import Settings
from backmove.storage.records import BreakKind
from tests.unit.routines.seed import MONDAY, Log, draws, later, simulate, stamp

NOW = stamp(MONDAY, 11)
FLOOR = Settings().replace(floor_moves=True, walk_break_min=10)
FLOOR_RECIPES = {"floor_back", "floor_fours", "home_strength"}


def served_moves(routines: list[Routine]) -> set[str]:
    return {m for r in routines for m in r.move_ids}


# --- desk-safe and floor ------------------------------------------------------------------


def test_only_desk_safe_moves_unless_the_user_opted_in_to_the_floor(catalog: Catalog) -> None:
    settings = Settings().replace(walk_break_min=10)
    routines = draws(catalog, RoutineHistory(), settings, NOW, 60, kind="walk") + draws(
        catalog, RoutineHistory(), settings, NOW, 60
    )
    assert all(catalog.move(m).desk_safe for m in served_moves(routines))


def test_floor_moves_come_as_a_floor_recipe_on_a_walk_break(catalog: Catalog) -> None:
    walks = draws(catalog, RoutineHistory(), FLOOR, NOW, 60, kind="walk")
    floor = [r for r in walks if r.recipe_id in FLOOR_RECIPES]
    assert {r.recipe_id for r in floor} == FLOOR_RECIPES
    assert all(catalog.move(m).position == "floor" for r in floor for m in r.move_ids)
    others = [r for r in walks if r.recipe_id not in FLOOR_RECIPES]
    assert all(catalog.move(m).desk_safe for m in served_moves(others))
    micro = draws(catalog, RoutineHistory(), FLOOR, NOW, 60)
    assert all(catalog.move(m).desk_safe for m in served_moves(micro))


def test_home_strength_at_most_once_a_day(catalog: Catalog) -> None:
    log = Log()
    log.add_break(stamp(MONDAY, 8), ["F2", "F3", "F4", "F5", "F7", "F1"], kind="walk")
    log.add_break(stamp(MONDAY, 10), ["S7", "S9"])
    same_day = draws(catalog, log.history(), FLOOR, NOW, 60, kind="walk")
    assert "home_strength" not in {r.recipe_id for r in same_day}
    next_day = draws(
        catalog, log.history(), FLOOR, stamp(MONDAY + timedelta(days=1), 11), 60, kind="walk"
    )
    assert "home_strength" in {r.recipe_id for r in next_day}


def test_the_floor_needs_a_walk_break_long_enough_for_it(catalog: Catalog) -> None:
    short = FLOOR.replace(walk_break_min=5)
    walks = draws(catalog, RoutineHistory(), short, NOW, 60, kind="walk")
    assert "home_strength" not in {r.recipe_id for r in walks}


def test_a_walk_break_of_3_minutes_or_more_is_long_enough_for_the_short_floor_recipes(
    catalog: Catalog,
) -> None:
    """The strengthening moves (bridge, pelvic tilt, plank, bird dog) need no long walks, as
    the help of walk_break_min says."""
    walks = draws(catalog, RoutineHistory(), FLOOR.replace(walk_break_min=5), NOW, 60, kind="walk")
    assert {"floor_back", "floor_fours"} <= {r.recipe_id for r in walks}
    assert all(r.total_s <= 300 * OVERRUN for r in walks)
    assert {"F2", "F3", "F4", "F7"} <= served_moves(walks)
    three = draws(catalog, RoutineHistory(), FLOOR.replace(walk_break_min=3), NOW, 60, kind="walk")
    assert {"floor_back", "floor_fours"} <= {r.recipe_id for r in three}
    too_short = draws(
        catalog, RoutineHistory(), FLOOR.replace(walk_break_min=2), NOW, 60, kind="walk"
    )
    assert not {m for m in served_moves(too_short) if catalog.move(m).position == "floor"}


def test_each_floor_recipe_at_most_once_a_day(catalog: Catalog) -> None:
    log = Log()
    log.add_break(stamp(MONDAY, 8), ["F2", "F3", "F6"], kind="walk")
    log.add_break(stamp(MONDAY, 9), ["F7", "F5", "F4"], kind="walk")
    log.add_break(stamp(MONDAY, 10), ["S7", "S2"])
    same_day = draws(catalog, log.history(), FLOOR.replace(walk_break_min=5), NOW, 60, kind="walk")
    assert not {r.recipe_id for r in same_day} & FLOOR_RECIPES


# --- pain-aware ---------------------------------------------------------------------------


def high_pain_log(value: int = 8, hours_ago: float = 2) -> Log:
    log = Log()
    done = log.add_break(later(MONDAY, -hours_ago / 24), ["T1", "T2"])
    log.rate(later(MONDAY, -hours_ago / 24), value, "now_after", done.id)
    return log


def test_after_a_rating_of_7_or_more_only_gentle_seated_moves_and_walking(catalog: Catalog) -> None:
    day = simulate(catalog, Settings(), 16, 1, log=high_pain_log(7))
    assert {r.reason for r in day} == {"high_pain"}
    moves = served_moves(day)
    assert moves <= {*GENTLE_MOVES, WALK_MOVE}
    assert all(catalog.move(m).position == "seated" for m in moves - {WALK_MOVE})
    assert len(moves - {WALK_MOVE}) >= 4
    assert all(WALK_MOVE in r.move_ids for r in day if r.kind == "walk")
    assert all(WALK_MOVE not in r.move_ids for r in day if r.kind == "micro")


def test_high_pain_serves_the_low_end_of_each_dose(catalog: Catalog) -> None:
    log = Log()
    for day in range(10):
        for hh in (9, 14):
            log.add_break(stamp(MONDAY + timedelta(days=day), hh), ["S1", "S7"])
    later_day = MONDAY + timedelta(days=10)
    calm = draws(catalog, log.history(), Settings(), stamp(later_day, 10), 30)
    assert any(s.level > 0 for r in calm for s in r.steps if s.move_id == "S1")
    log.rate(stamp(later_day, 9), 9, "now_before")
    sore = draws(catalog, log.history(), Settings(), stamp(later_day, 10), 30)
    assert all(s.level == 0 for r in sore for s in r.steps)


def test_an_old_or_settled_high_rating_does_not_limit_the_break(catalog: Catalog) -> None:
    old = draws(
        catalog, high_pain_log(9, hours_ago=25).history(), Settings(), stamp(MONDAY, 10), 30
    )
    assert {r.reason for r in old} == {"normal"}
    assert not served_moves(old) <= {*GENTLE_MOVES, WALK_MOVE}
    settled = high_pain_log(9, hours_ago=3)
    settled.rate(later(MONDAY, -1 / 24), 4, "now_before")
    assert {
        r.reason for r in draws(catalog, settled.history(), Settings(), stamp(MONDAY, 10), 10)
    } == {"normal"}
    assert {
        r.reason
        for r in draws(catalog, high_pain_log(6).history(), Settings(), stamp(MONDAY, 10), 10)
    } == {"normal"}


# --- not tolerated ------------------------------------------------------------------------


def test_a_move_not_tolerated_is_left_out_for_7_days_and_then_comes_back(catalog: Catalog) -> None:
    log = Log()
    hurt = log.add_break(stamp(MONDAY, 10), ["S1", "S7"])
    assert hurt.id is not None
    log.verdict(stamp(MONDAY, 10, 2), hurt.id, "S1", "not_tolerated")
    history = log.history()
    for days in (0.01, 1, 3, 6, 6.95):
        routines = draws(catalog, history, Settings(), later(MONDAY, days), 40)
        routines += draws(catalog, history, Settings(), later(MONDAY, days), 20, kind="walk")
        assert "S1" not in served_moves(routines), days
    back = draws(catalog, history, Settings(), later(MONDAY, 7.05), 400)
    assert "S1" in served_moves(back)


# --- safety limits ------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "move"), [("micro", "T11"), ("walk", "T10")])
def test_without_exercise_a_break_is_stand_up_and_move(
    catalog: Catalog, kind: BreakKind, move: str
) -> None:
    for routine in draws(
        catalog, RoutineHistory(), FLOOR, NOW, 10, kind=kind, safety=STAND_UP_ONLY
    ):
        assert routine.move_ids == (move,)
        assert routine.recipe_id == "stand_and_move"
        assert routine.reason == "stand_up_only"
        assert routine.total_s <= (600 if kind == "walk" else 120)
    for routine in draws(
        catalog, high_pain_log().history(), FLOOR, NOW, 10, kind=kind, safety=STAND_UP_ONLY
    ):
        assert routine.move_ids == (WALK_MOVE,)  # on a high-pain day, walking


def test_gentle_limits_hide_the_floor_even_when_opted_in(catalog: Catalog) -> None:
    gentle = draws(catalog, RoutineHistory(), FLOOR, NOW, 60, kind="walk", safety=GENTLE)
    assert all(catalog.move(m).position != "floor" for m in served_moves(gentle))
    free = draws(catalog, RoutineHistory(), FLOOR, NOW, 60, kind="walk", safety=ALL)
    assert any(catalog.move(m).position == "floor" for m in served_moves(free))


# --- walks and length ---------------------------------------------------------------------


@pytest.mark.parametrize("minutes", [2, 3, 5, 10])
def test_a_walk_break_walks_and_fits_its_length(catalog: Catalog, minutes: int) -> None:
    settings = Settings().replace(walk_break_min=minutes)
    walks = simulate(catalog, settings, 40, minutes, walk_every=1)
    assert all(WALK_MOVE in r.move_ids for r in walks)
    assert all(r.total_s <= minutes * 60 * OVERRUN for r in walks)
    for routine in walks:
        walk = routine.steps[routine.move_ids.index(WALK_MOVE)]
        assert walk.duration_s <= 300
        if routine.move_ids == (WALK_MOVE,):
            assert walk.duration_s == min(300, minutes * 60)
    if minutes >= 5:
        assert {"standard", "long"} <= {r.recipe_id for r in walks}


@pytest.mark.parametrize("seconds", [30, 45, 60, 90, 120, 180, 300])
def test_a_micro_break_never_runs_much_longer_than_its_length(
    catalog: Catalog, seconds: int
) -> None:
    settings = Settings().replace(micro_break_s=seconds)
    routines = simulate(catalog, settings, 40, seconds, walk_every=0)
    assert all(0 < r.total_s <= seconds * OVERRUN for r in routines)
    assert all(WALK_MOVE not in r.move_ids for r in routines)
    assert all(r.recipe_id != "stand_and_move" for r in routines)


def test_a_break_too_short_for_any_recipe_is_stand_up_and_move(catalog: Catalog) -> None:
    routine = draws(catalog, RoutineHistory(), Settings().replace(micro_break_s=15), NOW, 1)[0]
    assert routine.recipe_id == "stand_and_move"
    assert routine.move_ids == ("T11",)
    assert routine.total_s <= 15 * OVERRUN
