"""The body regions of the weekly check-in: nine stable ids, head to feet."""

from __future__ import annotations

import pytest

from backmove.core.regions import LOW_BACK, REGIONS, check_regions


def test_the_nine_regions_of_the_nordic_questionnaire_head_to_feet() -> None:
    assert REGIONS == (
        "neck",
        "shoulders",
        "upper_back",
        "elbows",
        "low_back",
        "wrists_hands",
        "hips_thighs",
        "knees",
        "ankles_feet",
    )
    assert LOW_BACK in REGIONS


def test_check_regions_returns_the_answers_in_display_order() -> None:
    assert list(check_regions({"knees": 2, "neck": 0, "low_back": 10})) == [
        "neck",
        "low_back",
        "knees",
    ]
    assert check_regions({}) == {}


@pytest.mark.parametrize(
    "mapping", [{"lower_back": 3}, {"neck": 11}, {"neck": -1}, {"neck": 2.5}, {"neck": True}]
)
def test_check_regions_refuses_unknown_regions_and_values_off_the_scale(mapping) -> None:
    with pytest.raises(ValueError):
        check_regions(mapping)
