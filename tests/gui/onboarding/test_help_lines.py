"""The A and B cards name the help of the user's country, in English and in German
(docs/evidence.md#where-to-get-help), and the country comes from the system locale."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from backmove.ui.language import Language
from backmove.ui.safety_cards import SafetyCard, help_territory

ENGLISH = {
    ("A", "GB"): "Call 999 or go to A&E now. Don't wait to see if it settles.",
    ("A", "DE"): (
        "Call 112 or go to a hospital emergency department now. Don't wait to see if it settles."
    ),
    ("A", "US"): "Call 911 or go to the emergency room now. Don't wait to see if it settles.",
    ("A", None): (
        "Call your local emergency number or go to the nearest emergency department now. "
        "Don't wait to see if it settles."
    ),
    ("B", "GB"): "Contact your GP, or call NHS 111. If it gets much worse, call 999.",
    ("B", "DE"): (
        "Contact your doctor's practice; when it is closed, call the medical on-call service on "
        "116 117. If it gets much worse, call 112."
    ),
    (
        "B",
        "US",
    ): "Call your doctor, or go to an urgent care clinic. If it gets much worse, call 911.",
    ("B", None): (
        "Contact your doctor or your local urgent care service. If it gets much worse, call "
        "your local emergency number."
    ),
}

GERMAN = {
    ("A", "GB"): "Ruf jetzt die 999 an",
    ("A", "DE"): "Ruf jetzt die 112 an",
    ("A", "US"): "Ruf jetzt die 911 an",
    ("A", None): "Ruf jetzt die Notrufnummer deines Landes an",
    ("B", "GB"): "ruf NHS 111 an",
    ("B", "DE"): "ärztlichen Bereitschaftsdienst unter 116 117",
    ("B", "US"): "ruf die 911 an",
    ("B", None): "ruf die Notrufnummer deines Landes an",
}

NUMBERS = {"GB": ("999", "111"), "DE": ("112", "116 117"), "US": ("911",), None: ()}


def action_text(card: SafetyCard) -> str:
    return " ".join(label.text() for label in card.action.findChildren(QLabel))


@pytest.fixture
def german(qapp) -> Iterator[None]:
    language = Language()
    assert language.use("de") == "de"
    yield
    language.drop()


@pytest.mark.parametrize(("tier", "country"), list(ENGLISH))
def test_each_country_gets_its_own_numbers_in_english(
    qtbot, tier: str, country: str | None
) -> None:
    card = SafetyCard(tier, territory=country or "FR")
    qtbot.addWidget(card)
    text = action_text(card)
    assert text == ENGLISH[(tier, country)]
    others = {n for c, ns in NUMBERS.items() if c != country for n in ns} - set(NUMBERS[country])
    assert not any(n in text for n in others), text  # no number of another country
    if country != "GB":
        assert "NHS" not in text


@pytest.mark.parametrize(("tier", "country"), list(GERMAN))
def test_each_country_gets_its_own_numbers_in_german(
    qtbot, german: None, tier: str, country: str | None
) -> None:
    card = SafetyCard(tier, territory=country or "JP")
    qtbot.addWidget(card)
    text = action_text(card)
    assert GERMAN[(tier, country)] in text
    if country != "GB":
        assert "NHS" not in text


def test_a_check_answered_again_while_paused_keeps_the_help_of_the_pause(qtbot) -> None:
    card = SafetyCard("B", still_held=True, territory="DE")
    qtbot.addWidget(card)
    assert card.title.text() == "Exercises stay paused"
    assert "116 117" in action_text(card)


def test_the_country_comes_from_the_system_locale_then_the_locale_variables() -> None:
    assert help_territory(QLocale("en_GB"), {}) == "GB"
    assert help_territory(QLocale("de_DE"), {"LANG": "en_US.UTF-8"}) == "DE"
    assert help_territory(QLocale("en_US"), {}) == "US"
    assert help_territory(QLocale.c(), {"LANG": "de_DE.UTF-8"}) == "DE"
    assert help_territory(QLocale.c(), {"LC_ALL": "en_GB.UTF-8", "LANG": "C"}) == "GB"
    assert help_territory(QLocale.c(), {"LANG": "C.UTF-8"}) is None


def test_the_language_setting_does_not_move_the_user_to_another_country(german: None) -> None:
    """German chosen in the settings makes the default locale German; the card still asks the
    system's locale, which the tests' environment sets."""
    assert QLocale().language() == QLocale.Language.German
    assert help_territory(QLocale("en_GB"), {}) == "GB"
