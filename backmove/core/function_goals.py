"""The rules of the function goals: the Patient-Specific Functional Scale as backmove asks it
(docs/evidence.md#function-goals).

The user names up to three activities their back makes hard and rates each 0-10 (0 = unable
to do it, 10 = able to do it as before). The scale is asked again every four weeks, counted in
local calendar days from the latest rating of any goal still tracked, so a rating given late in
the evening does not make the next one fall due a day early. A change of 2 points or more in an
activity's rating is the smallest change people notice [Abbott2014]; smaller ones are within
what the scale moves by itself.
"""

from __future__ import annotations

from datetime import date, timedelta

MAX_GOALS = 3
"""Activities tracked at once, as the scale's authors ask for (up to three to five)."""
RERATE_DAYS = 28
IMPORTANT_CHANGE = 2
"""Points of change in one activity's rating that count as important."""
MAX_ACTIVITY_CHARS = 120
"""An activity is a short phrase ("sit through a one-hour meeting"), never a diary."""


def rerating_due(last_rated: date | None, today: date) -> bool:
    """Whether the goals are due to be rated again on `today`, given the local day of their
    latest rating (None: no goal is tracked, so there is nothing to ask)."""
    if last_rated is None:
        return False
    return today >= last_rated + timedelta(days=RERATE_DAYS)


def changed_enough(first: int, latest: int) -> bool:
    """Whether an activity's rating moved by at least the important change, either way."""
    return abs(latest - first) >= IMPORTANT_CHANGE


def clean_activity(text: str) -> str:
    """The activity as stored: inner runs of white space made one space, the ends trimmed, cut
    to `MAX_ACTIVITY_CHARS`. Raises ValueError for an activity with no words."""
    words = " ".join(text.split())[:MAX_ACTIVITY_CHARS].strip()
    if not words:
        raise ValueError("an activity needs words")
    return words
