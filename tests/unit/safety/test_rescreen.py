"""When the check is offered again, and where "Stop — this hurts" leads.

The rules are those of docs/evidence.md#re-check-triggers and docs/evidence.md#moves-that-hurt.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from backmove.core.safety import (
    STOP_SYMPTOMS,
    RescreenReason,
    rescreen_due,
    stop_flow,
    sustained_rise_since,
)
from backmove.core.trend import pain_trend
from backmove.storage.records import Rating
from tests.unit.stats.builders import eod_series

DAY = 86400
SCREENED = 1_780_000_000


def rating(at: int, value: int, moment: str = "end_of_day") -> Rating:
    return Rating(at=at, utc_offset_s=0, moment=moment, value=value)  # type: ignore[arg-type]


def due(
    now: float = SCREENED + DAY,
    screened: float | None = SCREENED,
    ratings: list[Rating] | None = None,
    rising: bool = False,
    legs: float | None = None,
) -> RescreenReason | None:
    return rescreen_due(now, screened, ratings or [], rising, legs)


def test_nothing_new_within_a_month_asks_nothing() -> None:
    assert due(ratings=[rating(SCREENED + 100, 7), rating(SCREENED + 200, 2)]) is None


def test_never_screened_is_always_due() -> None:
    assert due(screened=None) == RescreenReason.NEVER_SCREENED


@pytest.mark.parametrize("moment", ["end_of_day", "now_before", "now_after"])
def test_a_rating_of_8_or_more_after_the_screen_is_due(moment: str) -> None:
    assert due(ratings=[rating(SCREENED + 60, 8, moment)]) == RescreenReason.SEVERE_RATING
    assert due(ratings=[rating(SCREENED + 60, 10, moment)]) == RescreenReason.SEVERE_RATING


def test_a_severe_rating_from_before_the_screen_was_already_answered() -> None:
    assert due(ratings=[rating(SCREENED - 60, 9), rating(SCREENED, 9)]) is None


def test_a_sustained_rise_is_due() -> None:
    assert due(rising=True) == RescreenReason.PAIN_RISING


def test_leg_symptoms_in_the_stop_flow_after_the_screen_are_due() -> None:
    assert due(legs=SCREENED + 5) == RescreenReason.LEG_SYMPTOMS
    assert due(legs=SCREENED - 5) is None


def test_thirty_days_after_the_screen_it_is_due_and_not_a_second_before() -> None:
    assert due(now=SCREENED + 30 * DAY - 1) is None
    assert due(now=SCREENED + 30 * DAY) == RescreenReason.MONTHLY


def test_a_clock_set_back_before_the_screen_makes_nothing_due() -> None:
    assert due(now=SCREENED - 40 * DAY) is None


def test_the_most_serious_reason_is_given_first() -> None:
    late, severe, legs = SCREENED + 40 * DAY, [rating(SCREENED + 60, 9)], SCREENED + 60
    assert due(late, ratings=severe, rising=True, legs=legs) == RescreenReason.LEG_SYMPTOMS
    assert due(late, ratings=severe, rising=True) == RescreenReason.SEVERE_RATING
    assert due(late, rising=True) == RescreenReason.PAIN_RISING
    assert due(late) == RescreenReason.MONTHLY


D0 = date(2026, 5, 4)


def test_a_rise_counts_only_once_a_whole_week_of_it_lies_after_the_screen() -> None:
    # A baseline week at 3, then 6 every day: the 7-day mean is 2+ above from day 10 on, and
    # a sustained rise (a worsening each of 7 days) from day 16.
    ratings = eod_series(D0, [3] * 7 + [6] * 20)
    trend = pain_trend(ratings, D0, D0 + timedelta(days=26))
    first_rise = next(d.day for d in trend.days if d.sustained_rise)
    assert sustained_rise_since(trend, D0)
    # Screened the day the rise was first seen: it was asked about, the next week counts anew.
    assert not sustained_rise_since(
        pain_trend(ratings, D0, first_rise + timedelta(days=6)), first_rise
    )
    assert sustained_rise_since(pain_trend(ratings, D0, first_rise + timedelta(days=7)), first_rise)


def test_no_rise_no_reason() -> None:
    ratings = eod_series(D0, [4] * 20)
    assert not sustained_rise_since(pain_trend(ratings, D0, D0 + timedelta(days=19)), D0)


@pytest.mark.parametrize(
    ("symptom", "route"),
    [
        ("saddle", "safety_card_A"),
        ("leg", "safety_card_B"),
        ("sharp", "not_tolerated"),
        ("dizziness", "not_tolerated"),
        ("worse", "not_tolerated"),
    ],
)
def test_stop_this_hurts_routes_leg_and_saddle_symptoms_to_the_cards(
    symptom: str, route: str
) -> None:
    assert stop_flow(symptom) == route  # type: ignore[arg-type]


def test_every_stop_symptom_has_a_route_and_an_unknown_one_is_an_error() -> None:
    assert {stop_flow(s) for s in STOP_SYMPTOMS} == {
        "safety_card_A",
        "safety_card_B",
        "not_tolerated",
    }
    with pytest.raises(ValueError, match="cramp"):
        stop_flow("cramp")  # type: ignore[arg-type]
