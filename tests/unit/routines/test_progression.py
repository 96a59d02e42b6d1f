"""Progression: a move starts at the low end of its dose and climbs with spaced, completed use,
one rep (then a little hold time) at a time, never past the high end, and holds while pain
rises."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from backmove.core.catalog import Catalog
from backmove.core.routines import Step, current_dose, ladder
from backmove.core.settings import Settings
from backmove.storage.records import BreakOutcome
from tests.unit.routines.seed import MONDAY, Log, draws, stamp


def day(n: int) -> date:
    return MONDAY + timedelta(days=n)


def dose(catalog: Catalog, log: Log, move_id: str, when: tuple[int, int]) -> Step:
    return current_dose(catalog.move(move_id), log.history(), now_wall=when[0])


def used(log: Log, move_id: str, days: range, times: tuple[int, ...] = (9, 14)) -> None:
    for n in days:
        for hh in times:
            log.add_break(stamp(day(n), hh), [move_id])


def test_the_ladder_climbs_reps_first_then_hold_time(catalog: Catalog) -> None:
    assert ladder(catalog.move("S7").dose) == (
        (5, 3.0),
        (6, 3.0),
        (7, 3.0),
        (8, 3.0),
        (9, 3.0),
        (10, 3.0),
        (10, 5.0),
    )
    assert ladder(catalog.move("S4").dose) == ((2, 20.0), (2, 25.0), (2, 30.0))
    assert ladder(catalog.move("S12").dose) == ((10, 0.0),)
    assert len(ladder(catalog.move("T10").dose)) == 1


def test_a_move_starts_at_the_low_end_of_its_dose(catalog: Catalog) -> None:
    step = dose(catalog, Log(), "S1", stamp(MONDAY))
    assert (step.reps, step.level) == (5, 0)


def test_a_step_takes_three_completed_uses_on_two_days(catalog: Catalog) -> None:
    log = Log()
    for hh in (9, 11, 13):
        log.add_break(stamp(day(0), hh), ["S1", "S7"])
    assert dose(catalog, log, "S1", stamp(day(1), 9)).reps == 5  # three uses, one day
    log.add_break(stamp(day(1), 9), ["S1", "S7"])
    assert dose(catalog, log, "S1", stamp(day(1), 10)).reps == 6
    assert dose(catalog, log, "S7", stamp(day(1), 10)).reps == 6


def test_breaks_not_completed_do_not_count(catalog: Catalog) -> None:
    log = Log()
    outcomes: tuple[BreakOutcome, ...] = ("skipped", "expired", "partial", "interrupted")
    for n, outcome in enumerate(outcomes * 2):
        log.add_break(stamp(day(n), 10), ["S1"], outcome=outcome)
    assert dose(catalog, log, "S1", stamp(day(9))).reps == 5


def test_reps_climb_one_at_a_time_and_stop_at_the_high_end(catalog: Catalog) -> None:
    log = Log()
    seen: list[tuple[int, float]] = []
    for n in range(60):
        for hh in (9, 14):
            step = dose(catalog, log, "S7", stamp(day(n), hh))
            seen.append((step.reps, step.hold_s))
            log.add_break(stamp(day(n), hh), ["S7", "S4"])
    assert seen[0] == (5, 3.0)
    assert seen == sorted(seen)
    steps = ladder(catalog.move("S7").dose)
    assert all(steps.index(b) - steps.index(a) <= 1 for a, b in itertools.pairwise(seen))
    assert seen[-1] == (10, 5.0)
    assert dose(catalog, log, "S4", stamp(day(60))).hold_s == 30.0
    # used twice a day: one step every three uses, so every day and a half
    assert [steps.index(s) for s in seen[:7]] == [0, 0, 0, 1, 1, 1, 2]
    assert seen.index(steps[-1]) == 3 * (len(steps) - 1)


def test_progression_holds_while_end_of_day_pain_rises_and_resumes_after(catalog: Catalog) -> None:
    calm, rising = Log(), Log()
    for log in (calm, rising):
        used(log, "S7", range(18), times=(9,))
    for n in range(18):
        calm.rate(stamp(day(n), 17), 3)
        rising.rate(stamp(day(n), 17), 2 if n < 10 else 5)
    now = stamp(day(18), 9)
    at_rise = dose(catalog, rising, "S7", stamp(day(10), 9)).level
    held = dose(catalog, rising, "S7", now).level
    assert held < dose(catalog, calm, "S7", now).level
    assert held >= at_rise  # held where it was, never taken back
    # the pain stays at its new level: no longer rising, so the climb resumes
    used(rising, "S7", range(18, 35), times=(9,))
    for n in range(18, 35):
        rising.rate(stamp(day(n), 17), 5)
    assert dose(catalog, rising, "S7", stamp(day(35), 9)).level > held


def test_progression_holds_after_a_break_with_the_move_left_the_back_worse(
    catalog: Catalog,
) -> None:
    levels = {}
    for after in (2, 5):
        log = Log()
        for n in range(9):
            done = log.add_break(stamp(day(n), 9), ["S1"])
            log.add_break(stamp(day(n), 11), ["S9"])
        log.rate(stamp(day(8), 9, 1), 3, "now_before", done.id)
        log.rate(stamp(day(8), 9, 5), after, "now_after", done.id)
        now = stamp(day(9), 9)
        levels[after] = (dose(catalog, log, "S1", now).level, dose(catalog, log, "S9", now).level)
    assert levels[5][0] == levels[2][0] - 1
    assert levels[5][1] == levels[2][1]  # the other move, in other breaks, climbs on


def test_the_routine_serves_the_progressed_dose(catalog: Catalog) -> None:
    log = Log()
    used(log, "S1", range(6))
    log.add_break(stamp(day(6), 9), ["S7", "S9", "S10"])
    now = stamp(day(6), 10)
    expected = dose(catalog, log, "S1", now)
    assert expected.reps > 5
    served = [
        s
        for r in draws(catalog, log.history(), Settings(), now, 40)
        for s in r.steps
        if s.move_id == "S1"
    ]
    assert served
    assert all(s == expected for s in served)


@given(
    st.lists(
        st.tuples(
            st.integers(0, 40),
            st.integers(8, 17),
            st.sampled_from(["completed", "completed", "skipped"]),
        ),
        max_size=60,
    ),
    st.sampled_from(["S1", "S7", "S4", "T8", "F7"]),
)
def test_a_dose_stays_in_range_and_never_drops_without_pain(
    catalog: Catalog, uses: list[tuple[int, int, BreakOutcome]], move_id: str
) -> None:
    log = Log()
    levels = ladder(catalog.move(move_id).dose)
    previous = 0
    for n, hh, outcome in sorted(uses):
        step = dose(catalog, log, move_id, stamp(day(n), hh))
        assert levels[0] <= (step.reps, step.hold_s) <= levels[-1]
        assert previous <= step.level <= previous + 1
        previous = step.level
        log.add_break(stamp(day(n), hh), [move_id], outcome=outcome)
