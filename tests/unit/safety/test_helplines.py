"""Who the safety cards tell the user to call, by the country of their locale
(docs/evidence.md#where-to-get-help)."""

from __future__ import annotations

import pytest

from backmove.core.helplines import (
    NEUTRAL,
    help_lines,
    territory_from_environment,
    territory_of_locale_name,
)


@pytest.mark.parametrize(
    ("country", "emergency", "urgent", "urgent_number"),
    [
        ("GB", "999", "nhs_111", "111"),
        ("DE", "112", "on_call_116117", "116 117"),
        ("US", "911", "own_doctor", None),
    ],
)
def test_each_country_has_its_own_numbers(
    country: str, emergency: str, urgent: str, urgent_number: str | None
) -> None:
    lines = help_lines(country)
    assert (lines.territory, lines.emergency_number, lines.urgent, lines.urgent_number) == (
        country,
        emergency,
        urgent,
        urgent_number,
    )
    assert help_lines(country.lower()) == lines


@pytest.mark.parametrize("country", [None, "", "FR", "AT", "JP", "XX"])
def test_any_other_country_gets_words_true_anywhere(country: str | None) -> None:
    assert help_lines(country) == NEUTRAL
    assert (NEUTRAL.emergency_number, NEUTRAL.urgent_number, NEUTRAL.urgent) == (
        None,
        None,
        "neutral",
    )


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("en_GB.UTF-8", "GB"),
        ("de_DE.utf8@euro", "DE"),
        ("en_US", "US"),
        ("de", None),
        ("C", None),
        ("POSIX", None),
        ("C.UTF-8", None),
        ("", None),
        (None, None),
    ],
)
def test_the_country_of_a_locale_name(name: str | None, country: str | None) -> None:
    assert territory_of_locale_name(name) == country


def test_lc_all_wins_then_the_telephone_category_then_lang() -> None:
    env = {"LANG": "en_US.UTF-8", "LC_TELEPHONE": "de_DE.UTF-8", "LC_ALL": "en_GB.UTF-8"}
    assert territory_from_environment(env) == "GB"
    del env["LC_ALL"]
    assert territory_from_environment(env) == "DE"
    del env["LC_TELEPHONE"]
    assert territory_from_environment(env) == "US"
    assert territory_from_environment({"LANG": "C.UTF-8"}) is None
