"""The status line says what comes next and when, in every state the planner can be in.

The planner runs on a simulated clock (tests/unit/planner/tracekit.py); the words are the ones
the tooltip, the tray menu, the no-tray window and `backmove status` show.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication

from backmove.core.clock import SimulatedClock
from backmove.core.settings import Settings
from backmove.core.workhours import WorkHours
from backmove.ui.wording import status_words
from tests.unit.planner.tracekit import HOUR, MIN, TZ, Desk


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """The words go through Qt's translator."""


def words(desk: Desk) -> str:
    return status_words(desk.planner.status(), desk.clock)


def test_counting_says_which_break_and_in_about_how_long() -> None:
    desk = Desk()
    desk.wait(HOUR)  # 09:00
    desk.type(18 * MIN)
    assert words(desk) == "Next: 2-min stretch in about 12 min"


def test_a_due_break_waits_for_a_pause_then_the_heads_up_says_when() -> None:
    desk = Desk()
    desk.wait(HOUR)
    desk.type(31 * MIN)  # due at 09:30, no pause yet
    assert words(desk) == "Next: 2-min stretch at your next pause in typing"
    desk.type(90)  # 09:32:30: the heads-up
    assert words(desk) == "Break in 30 seconds: 2-min stretch"
    desk.clock.advance(10)
    assert words(desk) == "Break in 20 seconds: 2-min stretch"
    desk.wait(20)
    assert words(desk) == "Break waiting for you: 2-min stretch"


def test_never_no_more_breaks_while_one_is_due() -> None:
    desk = Desk()
    desk.wait(HOUR)
    for _ in range(40):
        desk.type(5)
        assert "No more breaks" not in words(desk)
    desk.type(30 * MIN)
    assert "No more breaks" not in words(desk)


def test_a_held_break_says_what_it_waits_for() -> None:
    desk = Desk()
    desk.wait(HOUR)
    desk.planner.set_fullscreen(True)
    desk.type(31 * MIN)
    assert words(desk) == (
        "Next: 2-min stretch, held until the full-screen window or Do Not Disturb ends"
    )


def test_outside_working_hours_says_when_they_begin() -> None:
    desk = Desk()
    assert words(desk) == "Working hours begin at 09:00"  # Monday 08:00
    desk.wait(10 * HOUR)  # Monday 18:00
    assert words(desk) == "Working hours begin tomorrow at 09:00"
    friday = Desk(start="2026-04-03T18:00:00")
    assert words(friday) == "Working hours begin Mon 09:00"
    lunch = Desk({"working_hours": {"mon": ["09:00-12:30", "13:30-17:30"]}})
    lunch.wait(4 * HOUR + 45 * MIN)  # 12:45
    assert words(lunch) == "Working hours begin at 13:30"
    holidays = Desk(
        {"days_off": [f"2026-04-{d:02d}" for d in range(6, 11)]}, start="2026-04-03T18:00:00"
    )
    assert words(holidays) == "Working hours begin Mon 2026-04-13 09:00"


def test_no_more_breaks_today_only_when_the_hours_left_are_too_few() -> None:
    desk = Desk()
    desk.wait(9 * HOUR)  # 17:00: half an hour left, the break is 30 min of input away
    assert words(desk) == "Next: 2-min stretch in about 30 min"
    desk.wait(MIN)  # 17:01: 29 min left
    assert words(desk) == "No more breaks today. Working hours begin tomorrow at 09:00"
    desk.type(10 * MIN)  # 17:11: 10 counted, 20 needed, 19 left
    assert words(desk).startswith("No more breaks today.")


def test_the_daily_cap_says_when_breaks_come_again() -> None:
    desk = Desk({"daily_cap": 1, "interval_min": 10}, start="2026-04-03T08:00:00")  # a Friday
    desk.wait(HOUR)
    desk.type(13 * MIN, answer="skip")
    desk.type(11 * MIN)  # the second break is due: over the cap, nothing more today
    assert words(desk) == "No more breaks today. Working hours begin Mon 09:00"


def test_paused_says_until_when() -> None:
    desk = Desk()
    desk.wait(HOUR)
    desk.planner.pause(90)
    assert words(desk) == "Paused until 10:30"


def test_the_next_start_of_working_hours_is_a_local_datetime() -> None:
    clock = SimulatedClock(datetime.fromisoformat("2026-03-27T18:00:00"), ZoneInfo(TZ))
    hours = WorkHours(Settings({"days_off": ["2026-03-30"]}), clock)
    start = hours.next_start(clock.wall())  # Friday evening; Monday off; DST in between
    assert start is not None
    assert start.isoformat() == "2026-03-31T09:00:00+02:00"
