"""The daily back session: 8-12 minutes of core strengthening, standing and on the floor,
graded by the breaks' progression, gentle on a sore day, within what the safety check allows,
and never while it pauses exercise (docs/evidence.md#daily-back-session)."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from backmove.core.catalog import Catalog
from backmove.core.kinds import BreakKind
from backmove.core.routines import (
    GENTLE_MOVES,
    REASON_HIGH_PAIN,
    REASON_NORMAL,
    SESSION,
    SESSION_CORE,
    SESSION_FLOOR,
    SESSION_HIGH_S,
    SESSION_LOW_S,
    SESSION_STANDING,
    WALK_MOVE,
    Routine,
    RoutineHistory,
    choose_session,
)
from backmove.core.safety import ALL, GENTLE, STAND_UP_ONLY, SafetyLimits
from tests.unit.routines.seed import MONDAY, Log, stamp


def session(
    catalog: Catalog,
    log: Log | None = None,
    when: tuple[int, int] | None = None,
    safety: SafetyLimits | None = ALL,
    seed: int = 0,
) -> Routine:
    history = log.history() if log is not None else RoutineHistory()
    at, _offset = when or stamp(MONDAY, 18)
    routine = choose_session(catalog, history, now_wall=at, rng=random.Random(seed), safety=safety)
    assert routine is not None
    return routine


def test_a_session_is_eight_to_twelve_minutes_of_core_strengthening(catalog: Catalog) -> None:
    routine = session(catalog)
    assert routine.kind is BreakKind.SESSION and routine.recipe_id == SESSION
    assert routine.reason == REASON_NORMAL
    assert SESSION_LOW_S <= routine.total_s <= SESSION_HIGH_S
    assert set(routine.move_ids) <= {*SESSION_STANDING, *SESSION_FLOOR}
    assert set(SESSION_CORE) <= set(routine.move_ids)
    # Standing first, then down to the floor, and not up again.
    positions = [catalog.move(m).position for m in routine.move_ids]
    assert positions == sorted(positions, key=lambda p: p == "floor")
    assert routine.headline.kind is BreakKind.SESSION


def test_it_stays_within_twelve_minutes_as_the_moves_grow(catalog: Catalog) -> None:
    log = Log()
    lengths: list[float] = []
    for n in range(120):
        when = stamp(MONDAY + timedelta(days=n), 18)
        routine = session(catalog, log, when, seed=n)
        lengths.append(routine.total_s)
        assert set(SESSION_CORE) <= set(routine.move_ids)
        log.serve(routine, when)
    assert all(SESSION_LOW_S <= s <= SESSION_HIGH_S for s in lengths)


def test_it_is_graded_by_the_breaks_progression(catalog: Catalog) -> None:
    log = Log()
    first = {s.move_id: s for s in session(catalog).steps}
    assert all(s.level == 0 for s in first.values())
    for n in range(8):
        when = stamp(MONDAY + timedelta(days=n), 18)
        log.serve(session(catalog, log, when), when)
    grown = session(catalog, log, stamp(MONDAY + timedelta(days=9), 18))
    later = {s.move_id: s for s in grown.steps}
    bridge = later["F3"]
    assert bridge.level > 0 and bridge.reps > first["F3"].reps
    # A break's completed bridges climb the same ladder.
    breaks = Log()
    for n in range(8):
        for hh in (10, 15):
            breaks.add_break(stamp(MONDAY + timedelta(days=n), hh), ["F3", "F2"], kind="walk")
    from_breaks = session(catalog, breaks, stamp(MONDAY + timedelta(days=9), 18))
    assert {s.move_id: s for s in from_breaks.steps}["F3"].level > 0


def test_a_high_pain_day_is_gentle(catalog: Catalog) -> None:
    log = Log()
    for n in range(8):
        when = stamp(MONDAY + timedelta(days=n), 18)
        log.serve(session(catalog, log, when), when)
    sore = stamp(MONDAY + timedelta(days=9), 18)
    log.rate((sore[0] - 3600, sore[1]), 8, "end_of_day")
    routine = session(catalog, log, sore)
    assert routine.reason == REASON_HIGH_PAIN
    assert set(routine.move_ids) <= {*GENTLE_MOVES, WALK_MOVE}
    assert all(s.level == 0 for s in routine.steps)
    assert routine.move_ids[0] == WALK_MOVE  # an easy walk makes up most of the time
    # Pacing: the walk keeps to its dose, so a sore day's session may end a little early.
    assert SESSION_LOW_S - 60 <= routine.total_s <= SESSION_HIGH_S


def test_no_floor_moves_unless_the_check_allows_the_floor(catalog: Catalog) -> None:
    routine = session(catalog, safety=GENTLE)
    assert not set(routine.move_ids) & set(SESSION_FLOOR)
    assert routine.move_ids[0] == WALK_MOVE
    assert set(routine.move_ids[1:]) == set(SESSION_STANDING)
    assert SESSION_LOW_S <= routine.total_s <= SESSION_HIGH_S


def test_a_move_not_tolerated_is_rested(catalog: Catalog) -> None:
    log = Log()
    when = stamp(MONDAY, 18)
    served = log.serve(session(catalog, log, when), when)
    assert served.id is not None
    log.verdict(when, served.id, "F7", "not_tolerated")
    next_day = stamp(MONDAY + timedelta(days=1), 18)
    assert "F7" not in session(catalog, log, next_day).move_ids


@pytest.mark.parametrize("safety", [STAND_UP_ONLY])
def test_no_session_while_the_safety_check_pauses_exercise(
    catalog: Catalog, safety: SafetyLimits
) -> None:
    at, _ = stamp(MONDAY, 18)
    assert (
        choose_session(catalog, RoutineHistory(), now_wall=at, rng=random.Random(0), safety=safety)
        is None
    )
