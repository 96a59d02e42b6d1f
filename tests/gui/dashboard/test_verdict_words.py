"""The trend card's sentences for each verdict: every one but "not enough" carries the reminder
that back pain changes on its own, and none credits the app or a move."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from backmove.core.progress import progress
from backmove.ui.dashboard.words import Words
from tests.unit.stats.builders import eod_series

D0 = date(2026, 5, 4)
NOTE = "Back pain often eases on its own, and backmove cannot tell what caused a change."


def said(values: list[int | None]) -> list[str]:
    p = progress(eod_series(D0, values), D0, D0 + timedelta(days=len(values) - 1))
    return Words().progress(p)


@pytest.mark.parametrize(
    ("values", "first"),
    [
        ([6] * 14 + [3] * 30, "Meaningfully better: "),
        ([3] * 14 + [6] * 30, "Meaningfully worse: "),
        ([5] * 40, "No clear change: "),
        ([5] * 14, "Your average over your first two weeks is 5.0."),
    ],
)
def test_every_verdict_comes_with_the_reminder(
    qapp: QApplication, values: list[int | None], first: str
) -> None:
    lines = said(values)
    assert lines[0].startswith(first) and lines[-1] == NOTE
    assert not any("help" in line or "thanks to" in line for line in lines)


def test_not_enough_says_how_many_of_seven(qapp: QApplication) -> None:
    assert said([4, None, 4, None, 4]) == [
        "Not enough ratings yet — 3 of 7. The first two weeks with 7 end-of-day answers set the "
        "level later weeks are compared with."
    ]


def test_a_change_not_yet_held_says_for_how_long(qapp: QApplication) -> None:
    lines = said([6] * 14 + [3] * 10)  # lower from day 18: six days by day 23
    assert lines[0].startswith("No clear change: ")
    assert lines[1] == (
        "It has been meaningfully lower for the last 6 days; a change counts once it has held "
        "for 14."
    )
