"""The red-flag screen: which answers give which tier, and what breaks may then offer."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backmove.core.clock import SimulatedClock
from backmove.core.safety import (
    ASSESSED_CONFIRMED,
    CLEAR,
    EMERGENCY_CARD_SHOWN,
    INFO_CARD_SHOWN,
    QUESTION_IDS,
    TIER_A,
    TIER_B,
    TIER_C,
    URGENT_CARD_SHOWN,
    SafetyLimits,
    hold_in_force,
    is_assessed_confirmation,
    limits,
    screen_result,
    settled,
)
from backmove.storage.database import Database
from backmove.storage.records import TIERS, SafetyScreen, local_stamp
from backmove.storage.repository import Repository
from tests.unit.stats.builders import BERLIN

STAND_UP_ONLY = SafetyLimits(exercise_allowed=False, floor_allowed=False, gentle_only=True)
GENTLE = SafetyLimits(exercise_allowed=True, floor_allowed=False, gentle_only=True)
EVERYTHING = SafetyLimits(exercise_allowed=True, floor_allowed=True, gentle_only=False)


def no_to_all() -> dict[str, bool]:
    return dict.fromkeys(QUESTION_IDS, False)


def test_the_screen_asks_twenty_questions_six_a_nine_b_five_c() -> None:
    assert (len(TIER_A), len(TIER_B), len(TIER_C)) == (6, 9, 5)
    expected = [
        f"{tier}{n}" for tier, count in (("A", 6), ("B", 9), ("C", 5)) for n in range(1, count + 1)
    ]
    assert list(QUESTION_IDS) == expected


def test_no_to_everything_is_clear() -> None:
    result = screen_result(no_to_all())
    assert (result.tier, result.flagged, result.outcome) == ("none", (), CLEAR)


@pytest.mark.parametrize("question", QUESTION_IDS)
def test_each_question_alone_gives_its_own_tier_and_card(question: str) -> None:
    result = screen_result({**no_to_all(), question: True})
    tier = question[0]
    assert result.tier == tier
    assert result.flagged == (question,)
    assert (
        result.outcome
        == {"A": EMERGENCY_CARD_SHOWN, "B": URGENT_CARD_SHOWN, "C": INFO_CARD_SHOWN}[tier]
    )


@pytest.mark.parametrize(
    ("ticked", "tier"),
    [
        (("B4", "A2"), "A"),
        (("C1", "A6"), "A"),
        (("C5", "B9", "A1"), "A"),
        (("C2", "B1"), "B"),
        (("B3", "C3", "C4"), "B"),
        (("C1", "C2", "C3", "C4", "C5"), "C"),
    ],
)
def test_a_wins_over_b_and_b_over_c(ticked: tuple[str, ...], tier: str) -> None:
    result = screen_result(dict.fromkeys(ticked, True))
    assert result.tier == tier
    assert set(result.flagged) == set(ticked)


@given(st.dictionaries(st.sampled_from(QUESTION_IDS), st.booleans()))
def test_the_tier_is_the_most_serious_yes(answers: dict[str, bool]) -> None:
    yes = {q[0] for q, ticked in answers.items() if ticked}
    expected = next((t for t in "ABC" if t in yes), "none")
    assert screen_result(answers).tier == expected
    assert screen_result(answers).tier in TIERS


def test_a_question_left_out_counts_as_no() -> None:
    assert screen_result({"B2": True}).tier == "B"
    assert screen_result({}).tier == "none"


def test_an_unknown_question_id_is_refused_not_taken_as_no() -> None:
    with pytest.raises(ValueError, match="A7"):
        screen_result({"A1": False, "A7": True})


def test_the_check_is_settled_by_any_a_answer_and_only_by_one() -> None:
    assert settled({"A1": False, "A5": True})
    assert not settled(dict.fromkeys(TIER_A, False))
    assert not settled({"B1": True, "B7": True, "C2": True})


def screen(tier: str, outcome: str = "x", at: int = 1_780_000_000) -> SafetyScreen:
    return SafetyScreen(
        at=at,
        utc_offset_s=7200,
        answers={},
        tier=tier,  # type: ignore[arg-type]
        outcome=outcome,
    )


def test_before_any_screen_breaks_offer_only_stand_up_and_move() -> None:
    assert limits(None, None) == STAND_UP_ONLY


@pytest.mark.parametrize(
    ("tier", "outcome"), [("A", EMERGENCY_CARD_SHOWN), ("B", URGENT_CARD_SHOWN)]
)
def test_a_and_b_stop_exercise_until_the_user_confirms_an_assessment(
    tier: str, outcome: str
) -> None:
    latest = screen(tier, outcome)
    assert limits(latest, hold_in_force([latest])) == STAND_UP_ONLY
    assert limits(latest, None) == STAND_UP_ONLY  # a red-flag row locks even without the hold
    confirmed = screen(tier, ASSESSED_CONFIRMED, at=latest.at + 60)
    assert hold_in_force([latest, confirmed]) is None
    assert limits(confirmed, None) == GENTLE


def test_c_keeps_exercise_gentle_and_off_the_floor() -> None:
    assert limits(screen("C", INFO_CARD_SHOWN), None) == GENTLE


def test_a_clear_screen_allows_everything() -> None:
    assert limits(screen("none", CLEAR), None) == EVERYTHING


def test_an_unknown_tier_is_an_error_not_a_permission() -> None:
    with pytest.raises(ValueError, match="Z"):
        limits(screen("Z"), None)


def test_the_assessed_confirmation_is_kept_in_the_database_and_unlocks_gentle_moves(
    tmp_path: Path,
) -> None:
    clock = SimulatedClock(datetime(2026, 6, 1, 9, 0), BERLIN)
    opened = Database.open(tmp_path / "backmove.db", clock)
    repo = Repository(opened.database)
    try:
        answers = {**no_to_all(), "A2": True}
        result = screen_result(answers)
        repo.add_safety_screen(
            SafetyScreen(*local_stamp(clock), answers, result.tier, result.outcome)
        )
        latest = repo.latest_safety_screen()
        assert not is_assessed_confirmation(latest)
        assert limits(latest, hold_in_force(repo.safety_screens())) == STAND_UP_ONLY

        clock.advance(3 * 86400)
        assert latest is not None
        repo.add_safety_screen(
            SafetyScreen(
                *local_stamp(clock),
                latest.answers,
                latest.tier,
                ASSESSED_CONFIRMED,
                assessed_on=clock.local().date(),
            )
        )
        latest = repo.latest_safety_screen()
        assert latest is not None and latest.tier == "A"
        assert is_assessed_confirmation(latest)
        assert latest.assessed_on == clock.local().date()
        assert limits(latest, hold_in_force(repo.safety_screens())) == GENTLE

        clock.advance(3600)
        repo.add_safety_screen(SafetyScreen(*local_stamp(clock), no_to_all(), "none", CLEAR))
        latest = repo.latest_safety_screen()
        assert limits(latest, hold_in_force(repo.safety_screens())) == EVERYTHING
    finally:
        opened.database.close()
