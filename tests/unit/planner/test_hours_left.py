"""The working time left today, which says "no more breaks today" in the tray's status line.

It is read from today's ranges alone; these tests hold it to its meaning, walked through
`contains` and `next_change` up to the local midnight, for any hours, days off and instant,
DST days included.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from backmove.core.clock import SimulatedClock
from backmove.core.settings import WEEKDAYS, Settings
from backmove.core.workhours import WorkHours
from tests.unit.planner.tracekit import TZ

RANGES = [
    [],
    ["00:00-24:00"],
    ["09:00-17:30"],
    ["09:00-12:00", "12:00-17:30"],  # ranges that meet
    ["07:00-12:00", "13:00-20:00"],
    ["00:00-02:30", "22:00-24:00"],  # meets the next day's hours at midnight
    ["02:00-03:30"],  # falls into the spring-forward gap
]
DAYS = [  # around the DST changes of 2026 in Berlin (29 March, 25 October) and an ordinary week
    datetime(2026, 3, 26),
    datetime(2026, 10, 22),
    datetime(2026, 6, 8),
]


def walked(hours: WorkHours, wall: float) -> float:
    """Seconds inside working hours from `wall` to the local midnight, change by change."""
    midnight = hours.next_midnight(wall)
    left, at = 0.0, wall
    while at < midnight:
        change = hours.next_change(at)
        stop = midnight if change is None else min(change, midnight)
        if hours.contains(at):
            left += stop - at
        if stop <= at:
            break
        at = stop
    return left


@given(
    st.lists(st.sampled_from(RANGES), min_size=7, max_size=7),
    st.sampled_from(DAYS),
    st.integers(0, 7 * 24 * 60 - 1),
    st.lists(st.integers(0, 8), max_size=3),
)
def test_the_time_left_today_is_the_working_time_until_midnight(
    ranges: list[list[str]], week: datetime, minute: int, off: list[int]
) -> None:
    days_off = sorted({(week + timedelta(days=n)).date().isoformat() for n in off})
    settings = Settings(
        {"working_hours": dict(zip(WEEKDAYS, ranges, strict=True)), "days_off": days_off}
    )
    clock = SimulatedClock(week + timedelta(minutes=minute), ZoneInfo(TZ))
    wall = clock.wall()
    assert WorkHours(settings, clock).left_today(wall) == walked(WorkHours(settings, clock), wall)


def test_with_hours_all_day_every_day_the_rest_of_today_is_left() -> None:
    settings = Settings({"working_hours": {d: ["00:00-24:00"] for d in WEEKDAYS}})
    clock = SimulatedClock(datetime(2026, 3, 30, 21, 15), ZoneInfo(TZ))
    assert WorkHours(settings, clock).left_today(clock.wall()) == 2 * 3600 + 45 * 60
