"""The exercise pause: what starts it, and that only a confirmed assessment ends it.

docs/evidence.md#what-each-tier-leads-to: an A or B answer, or leg or saddle symptoms reported
in "Stop — this hurts", pause exercise until the user confirms a clinician's assessment. The
check answered again after the symptoms is the user's own view, so its all-clear must not end
the pause.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from backmove.core.clock import SimulatedClock
from backmove.core.safety import ALL as EVERYTHING
from backmove.core.safety import (
    ASSESSED_CONFIRMED,
    CLEAR,
    EMERGENCY_CARD_SHOWN,
    GENTLE,
    INFO_CARD_SHOWN,
    QUESTION_IDS,
    STAND_UP_ONLY,
    STOP_SYMPTOMS,
    URGENT_CARD_SHOWN,
    Reported,
    RescreenReason,
    assessment_date_allowed,
    hold_in_force,
    limits,
    may_go_on_after,
    rescreen_due,
)
from backmove.storage.database import Database
from backmove.storage.records import SafetyScreen, local_stamp
from backmove.storage.repository import Repository
from tests.unit.stats.builders import BERLIN

T0 = 1_780_000_000


def row(at: int, tier: str, outcome: str, answers: dict[str, bool] | None = None) -> SafetyScreen:
    return SafetyScreen(at, 7200, answers or {}, tier, outcome)  # type: ignore[arg-type]


CLEAR_SCREEN = row(T0, "none", CLEAR, dict.fromkeys(QUESTION_IDS, False))


def test_nothing_reported_and_a_clear_screen_holds_nothing() -> None:
    assert hold_in_force([CLEAR_SCREEN]) is None
    assert limits(CLEAR_SCREEN, None) == EVERYTHING


@pytest.mark.parametrize(("symptom", "tier"), [("leg", "B"), ("saddle", "A")])
def test_leg_or_saddle_symptoms_in_a_break_pause_exercise(symptom: str, tier: str) -> None:
    hold = hold_in_force([CLEAR_SCREEN], [Reported(T0 + 600, symptom)])
    assert hold is not None
    assert (hold.tier, hold.since, hold.by_symptoms, dict(hold.answers)) == (
        tier,
        T0 + 600,
        True,
        {},
    )
    assert limits(CLEAR_SCREEN, hold) == STAND_UP_ONLY


@pytest.mark.parametrize("symptom", ["sharp", "dizziness", "worse"])
def test_other_stop_symptoms_do_not_pause_exercise(symptom: str) -> None:
    assert hold_in_force([CLEAR_SCREEN], [Reported(T0 + 600, symptom)]) is None


@pytest.mark.parametrize("recheck", [(CLEAR, "none"), (INFO_CARD_SHOWN, "C")])
def test_the_check_answered_again_after_symptoms_does_not_end_the_pause(
    recheck: tuple[str, str],
) -> None:
    outcome, tier = recheck
    again = row(T0 + 610, tier, outcome, dict.fromkeys(QUESTION_IDS, False))
    hold = hold_in_force([CLEAR_SCREEN, again], [Reported(T0 + 600, "leg")])
    assert hold is not None and hold.tier == "B"
    assert limits(again, hold) == STAND_UP_ONLY


@pytest.mark.parametrize(
    ("tier", "outcome"), [("A", EMERGENCY_CARD_SHOWN), ("B", URGENT_CARD_SHOWN)]
)
def test_a_red_flag_answer_then_an_all_clear_minutes_later_stays_paused(
    tier: str, outcome: str
) -> None:
    flagged = row(T0, tier, outcome, {"A1" if tier == "A" else "B3": True})
    again = row(T0 + 10, "none", CLEAR)
    hold = hold_in_force([flagged, again])
    assert hold is not None and hold.tier == tier and not hold.by_symptoms
    assert dict(hold.answers) == dict(flagged.answers)
    assert limits(again, hold) == STAND_UP_ONLY


def test_only_a_confirmed_assessment_ends_the_pause_then_moves_are_gentle() -> None:
    reports = [Reported(T0 + 600, "leg")]
    again = row(T0 + 610, "none", CLEAR)
    confirmed = row(T0 + 86_400, "B", ASSESSED_CONFIRMED)
    assert hold_in_force([CLEAR_SCREEN, again, confirmed], reports) is None
    assert limits(confirmed, None) == GENTLE
    fresh = row(T0 + 86_500, "none", CLEAR)
    assert hold_in_force([CLEAR_SCREEN, again, confirmed, fresh], reports) is None
    assert limits(fresh, None) == EVERYTHING


def test_symptoms_after_an_assessment_pause_exercise_again() -> None:
    confirmed = row(T0 + 100, "B", ASSESSED_CONFIRMED)
    screens = [row(T0, "B", URGENT_CARD_SHOWN), confirmed]
    assert hold_in_force(screens, [Reported(T0 + 50, "leg")]) is None
    hold = hold_in_force(screens, [Reported(T0 + 50, "leg"), Reported(T0 + 200, "saddle")])
    assert hold is not None and hold.tier == "A"
    # Doubt keeps the pause: a report in the same second as the confirmation comes after it.
    assert hold_in_force(screens, [Reported(T0 + 100, "leg")]) is not None


def test_the_worse_reason_decides_the_tier_of_the_pause() -> None:
    screens = [row(T0, "A", EMERGENCY_CARD_SHOWN, {"A2": True})]
    hold = hold_in_force(screens, [Reported(T0 + 60, "leg")])
    assert hold is not None and hold.tier == "A" and hold.since == T0 + 60
    assert dict(hold.answers) == {"A2": True}  # what the confirmation will repeat


def test_an_assessment_must_fall_between_the_start_of_the_pause_and_today() -> None:
    start, today = date(2026, 6, 1), date(2026, 6, 4)
    assert assessment_date_allowed(date(2026, 6, 1), start, today)
    assert assessment_date_allowed(today, start, today)
    assert not assessment_date_allowed(date(2026, 5, 31), start, today)
    assert not assessment_date_allowed(date(2026, 6, 5), start, today)


def test_while_paused_only_fresh_leg_symptoms_bring_the_check_back() -> None:
    month_later = T0 + 40 * 86_400
    assert rescreen_due(month_later, T0, [], True, None, held=True) is None
    assert rescreen_due(T0 + 60, T0, [], False, T0 + 30, held=True) == RescreenReason.LEG_SYMPTOMS
    assert rescreen_due(month_later, T0, [], False, None) == RescreenReason.MONTHLY


@pytest.mark.parametrize(
    ("symptom", "go_on"),
    [("sharp", True), ("worse", True), ("dizziness", False), ("leg", False), ("saddle", False)],
)
def test_after_a_stop_going_on_is_offered_only_for_symptoms_about_that_move(
    symptom: str, go_on: bool
) -> None:
    assert may_go_on_after(symptom) is go_on  # type: ignore[arg-type]


def test_every_stop_symptom_says_whether_the_break_may_go_on() -> None:
    assert {may_go_on_after(s) for s in STOP_SYMPTOMS} == {True, False}
    with pytest.raises(ValueError, match="cramp"):
        may_go_on_after("cramp")  # type: ignore[arg-type]


def test_the_confirmation_keeps_the_date_of_the_assessment(tmp_path: Path) -> None:
    clock = SimulatedClock(datetime(2026, 6, 3, 9, 0), BERLIN)
    opened = Database.open(tmp_path / "backmove.db", clock)
    repo = Repository(opened.database)
    try:
        repo.add_safety_screen(
            SafetyScreen(*local_stamp(clock), {"B7": True}, "B", URGENT_CARD_SHOWN)
        )
        clock.advance(3600)
        repo.add_safety_screen(
            SafetyScreen(
                *local_stamp(clock),
                {"B7": True},
                "B",
                ASSESSED_CONFIRMED,
                assessed_on=date(2026, 6, 3),
            )
        )
        first, confirmed = repo.safety_screens()
        assert first.assessed_on is None
        assert confirmed.assessed_on == date(2026, 6, 3)
        assert repo.latest_safety_screen() == confirmed
        rows = opened.database.read("SELECT outcome, assessed_on FROM safety_screens ORDER BY id")
        assert [tuple(r) for r in rows] == [
            (URGENT_CARD_SHOWN, None),
            (ASSESSED_CONFIRMED, "2026-06-03"),
        ]
    finally:
        opened.database.close()


@pytest.mark.parametrize("value", ["last week", "2026-13-01", "3.6.2026", "2026-06-03 09:00"])
def test_the_database_refuses_an_assessment_date_that_is_not_an_iso_date(
    tmp_path: Path, value: str
) -> None:
    clock = SimulatedClock(datetime(2026, 6, 3, 9, 0), BERLIN)
    opened = Database.open(tmp_path / "backmove.db", clock)
    try:
        with pytest.raises(Exception, match="CHECK"):
            opened.database.write(
                "INSERT INTO safety_screens (at, utc_offset_s, answers, tier, outcome, "
                "assessed_on) VALUES (1, 0, '{}', 'B', 'assessed_confirmed', ?)",
                (value,),
            )
    finally:
        opened.database.close()
