"""Where to get help, by country: the numbers the safety cards give.

A card that says "call your local emergency number (for example 112, 999 or 911)" leaves a
frightened user to work out which one is theirs, and one that names NHS 111 to someone in
Berlin sends them nowhere. So the cards name the services of the user's country, taken from the
system's locale, and fall back to plain words that are true anywhere. The numbers are facts,
not words, so they live here, Qt-free, and no translation can change them; the sentences around
them are the UI's. Each line and its source: docs/evidence.md#where-to-get-help.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from backmove.core.record import Record

Urgent = Literal["nhs_111", "on_call_116117", "own_doctor", "neutral"]
"""Which kind of urgent, non-emergency help the country has for "see a doctor soon"."""


class HelpLines(Record):
    """The help a card names. None means "say it in general words"."""

    territory: str | None
    """ISO 3166-1 alpha-2 code the lines are for; None for the neutral wording."""
    emergency_number: str | None
    urgent: Urgent
    urgent_number: str | None


HELP_LINES: Mapping[str, HelpLines] = {
    "GB": HelpLines("GB", "999", "nhs_111", "111"),
    "DE": HelpLines("DE", "112", "on_call_116117", "116 117"),
    "US": HelpLines("US", "911", "own_doctor", None),
}
NEUTRAL = HelpLines(None, None, "neutral", None)


def help_lines(territory: str | None) -> HelpLines:
    """The lines for a country code ("GB", "de"), or the neutral wording for any other."""
    if not territory:
        return NEUTRAL
    return HELP_LINES.get(territory.upper(), NEUTRAL)


def territory_of_locale_name(name: str | None) -> str | None:
    """The country of a POSIX locale name: "en_GB.UTF-8" -> "GB"; "C", "POSIX", "de" -> None."""
    if not name:
        return None
    base = name.split(".", 1)[0].split("@", 1)[0]
    _, sep, country = base.partition("_")
    if not sep or len(country) != 2 or not country.isalpha():
        return None
    return country.upper()


LOCALE_VARIABLES = ("LC_ALL", "LC_TELEPHONE", "LC_MESSAGES", "LANG")
"""Where the country is read from when the system locale names none, most specific first:
LC_ALL overrides every category, and the telephone category is the one about phone numbers."""


def territory_from_environment(environ: Mapping[str, str]) -> str | None:
    """The country of the first locale variable that names one."""
    for variable in LOCALE_VARIABLES:
        country = territory_of_locale_name(environ.get(variable))
        if country is not None:
            return country
    return None
