"""What holds for every routine, whatever the settings, the history and the safety limits."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from backmove.core.catalog import Catalog
from backmove.core.moveeffect import routine_moves
from backmove.core.routines import (
    GENTLE_MOVES,
    MIN_BACK_SHARE,
    OVERRUN,
    WALK_MOVE,
    Routine,
    back_share,
    choose_routine,
    ladder,
    recipe_of,
)
from backmove.core.safety import SafetyLimits
from backmove.core.settings import AREAS, Settings
from backmove.storage.records import (
    BREAK_OUTCOMES,
    RATING_MOMENTS,
    VERDICTS,
    BreakKind,
    BreakOutcome,
    RatingMoment,
    Verdict,
)
from tests.unit.routines.seed import MONDAY, Log, stamp

NOW = stamp(MONDAY, 12)
HOUR = 3600
MOVE_IDS = ["S1", "S4", "S7", "S9", "S12", "T1", "T2", "T9", "T10", "T11", "F2", "F7", "X9"]
FLOOR_RECIPES = {"floor_back", "floor_fours", "home_strength"}

settings_st = st.builds(
    lambda micro, walk, floor, focus: Settings().replace(
        micro_break_s=micro, walk_break_min=walk, floor_moves=floor, focus_areas=focus
    ),
    st.integers(10, 900),
    st.integers(1, 15),
    st.booleans(),
    st.lists(st.sampled_from(AREAS), unique=True, max_size=3),
)
safety_st = st.one_of(
    st.none(), st.builds(SafetyLimits, st.booleans(), st.booleans(), st.booleans())
)
breaks_st = st.lists(
    st.tuples(
        st.integers(1, 20 * 24),
        st.lists(st.sampled_from(MOVE_IDS), max_size=4),
        st.sampled_from(BREAK_OUTCOMES),
    ),
    max_size=25,
)
ratings_st = st.lists(
    st.tuples(st.integers(0, 20 * 24), st.sampled_from(RATING_MOMENTS), st.integers(0, 10)),
    max_size=15,
)
feedback_st = st.lists(
    st.tuples(st.integers(0, 20 * 24), st.sampled_from(MOVE_IDS), st.sampled_from(VERDICTS)),
    max_size=10,
)


Breaks = list[tuple[int, list[str], BreakOutcome]]
Ratings = list[tuple[int, RatingMoment, int]]
Feedback = list[tuple[int, str, Verdict]]


def build_log(breaks: Breaks, ratings: Ratings, feedback: Feedback) -> Log:
    log = Log()
    made = [
        log.add_break((NOW[0] - hours * HOUR, NOW[1]), moves, outcome=outcome)
        for hours, moves, outcome in breaks
    ]
    for n, (hours, moment, value) in enumerate(ratings):
        owner = made[n % len(made)].id if made and moment != "end_of_day" else None
        log.rate((NOW[0] - hours * HOUR, NOW[1]), value, moment, owner)
    for n, (hours, move_id, verdict) in enumerate(feedback):
        if made:
            owner = made[n % len(made)].id
            assert owner is not None
            log.verdict((NOW[0] - hours * HOUR, NOW[1]), owner, move_id, verdict)
    return log


@given(
    settings_st,
    safety_st,
    st.sampled_from(["micro", "walk"]),
    breaks_st,
    ratings_st,
    feedback_st,
    st.integers(0, 2**32),
)
def test_every_routine_keeps_the_rules(
    catalog: Catalog,
    settings: Settings,
    safety: SafetyLimits | None,
    kind: BreakKind,
    breaks: Breaks,
    ratings: Ratings,
    feedback: Feedback,
    seed: int,
) -> None:
    log = build_log(breaks, ratings, feedback)
    history = log.history()

    def choose() -> Routine:
        return choose_routine(
            catalog,
            history,
            settings,
            kind=kind,
            now_wall=NOW[0],
            utc_offset_s=NOW[1],
            rng=random.Random(seed),
            safety=safety,
        )

    routine = choose()
    assert choose() == routine
    length = settings["walk_break_min"] * 60 if kind == "walk" else settings["micro_break_s"]
    ids = routine.move_ids
    assert routine.total_s <= length * OVERRUN
    assert len(set(ids)) == len(ids)
    assert routine_moves(routine.to_json()) == list(ids)

    for step in routine.steps:
        dose = catalog.move(step.move_id).dose
        if step.kind == "timed":
            assert 0 < step.duration_s <= dose.duration_high_s
        else:
            levels = ladder(dose)
            assert (step.reps, step.hold_s) == levels[step.level]

    rested = {
        f.move_id
        for f in log.feedback
        if f.verdict == "not_tolerated" and f.at > NOW[0] - 7 * 24 * HOUR
    }
    assert not rested & set(ids)

    floor = [m for m in ids if not catalog.move(m).desk_safe]
    if floor:
        assert settings["floor_moves"] and kind == "walk"
        assert safety is None or (safety.floor_allowed and not safety.gentle_only)
        assert routine.recipe_id in FLOOR_RECIPES

    if safety is not None and not safety.exercise_allowed:
        assert routine.recipe_id == "stand_and_move"
        assert set(ids) <= {"T10", "T11"}
    elif routine.reason == "high_pain":
        assert set(ids) <= {*GENTLE_MOVES, WALK_MOVE}

    if routine.recipe_id in catalog.recipes:
        assert recipe_of(catalog, ids, settings["focus_areas"]) == routine.recipe_id
        if kind == "walk":
            assert WALK_MOVE in ids or routine.recipe_id in FLOOR_RECIPES
        else:
            assert WALK_MOVE not in ids
            assert back_share(catalog, ids) >= MIN_BACK_SHARE
