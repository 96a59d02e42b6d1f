"""The longest stretch of working time with no logged movement, per day."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from backmove.core.clock import SimulatedClock
from backmove.core.settings import Settings
from backmove.core.sitting import Bout, Periods, longest_sitting, working_periods
from backmove.core.workhours import WorkHours
from tests.unit.stats.builders import BERLIN, brk, stamp

MON = date(2026, 6, 1)


def periods(**values: object) -> Periods:
    settings = Settings(values)
    clock = SimulatedClock(datetime(2026, 1, 1, 8, 0), tz=BERLIN)
    return working_periods(settings, WorkHours(settings, clock).to_wall)


def minutes(bout: Bout) -> float:
    return round(bout.minutes, 2)


def test_moves_split_the_day_and_prompts_not_taken_do_not() -> None:
    log = [
        brk(MON, 9, 30, "completed", minutes=2),  # moving 09:30:30-09:32:30
        brk(MON, 11, 0, "natural", minutes=10),  # away 11:00-11:10
        brk(MON, 14, 0, "skipped"),
        brk(MON, 15, 0, "expired"),
        brk(MON, 16, 0, "interrupted"),
    ]
    bout = longest_sitting(log, MON, MON, periods())[MON]
    assert bout is not None
    assert (bout.start, bout.end) == (stamp(MON, 11, 10)[0], stamp(MON, 17, 30)[0])
    assert minutes(bout) == 380


def test_a_partial_break_is_movement_and_overlapping_moves_merge() -> None:
    log = [
        brk(MON, 12, 0, "partial", minutes=1),
        brk(MON, 12, 0, "natural", minutes=20),
        brk(MON, 15, 0, "completed", minutes=2),
    ]
    bout = longest_sitting(log, MON, MON, periods())[MON]
    assert bout is not None and minutes(bout) == 180  # 09:00-12:00 beats 12:20-15:00:30


def test_the_lunch_block_between_two_ranges_ends_a_bout() -> None:
    hours = {d: ["09:00-12:30", "13:30-17:30"] for d in ("mon", "tue", "wed", "thu", "fri")}
    hours["sat"] = hours["sun"] = []
    log = [brk(MON, 17, 0, "completed", minutes=2)]
    bout = longest_sitting(log, MON, MON, periods(working_hours=hours))[MON]
    assert bout is not None
    assert (bout.start, bout.end) == (stamp(MON, 13, 30)[0], stamp(MON, 17, 0)[0] + 30)


def test_no_bout_without_working_time_or_without_any_logged_break() -> None:
    sat, wed = MON + timedelta(days=5), MON + timedelta(days=2)
    log = [brk(MON, 10), brk(sat, 10, outcome="natural"), brk(wed, 10)]
    out = longest_sitting(log, MON, MON + timedelta(days=6), periods(days_off=[wed.isoformat()]))
    assert [d for d, bout in out.items() if bout is not None] == [MON]
    assert longest_sitting([], MON, MON + timedelta(days=6), periods()) == dict.fromkeys(out)


def test_today_is_measured_only_up_to_now() -> None:
    log = [brk(MON, 9, 30, minutes=2)]
    now = stamp(MON, 10, 0)[0]
    bout = longest_sitting(log, MON, MON, periods(), until=now)[MON]
    assert bout is not None and minutes(bout) == 30.5  # 09:00-09:30:30, not 09:32:30-10:00
    early = stamp(MON, 8, 0)[0]
    assert longest_sitting(log, MON, MON, periods(), until=early)[MON] is None


def test_a_day_fully_covered_by_movement_has_a_bout_of_nothing() -> None:
    log = [brk(MON, 8, 0, "natural", minutes=600)]
    bout = longest_sitting(log, MON, MON, periods())[MON]
    assert bout is not None and bout.minutes == 0


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 3, 29), 240.5),  # spring forward: 02:00-03:00 does not exist
        (date(2026, 10, 25), 360.5),  # fall back: 02:00-03:00 happens twice
        (date(2026, 3, 22), 300.5),  # an ordinary Sunday
    ],
)
def test_bouts_are_real_elapsed_time_on_dst_days(day: date, expected: float) -> None:
    hours: dict[str, list[str]] = {d: [] for d in ("mon", "tue", "wed", "thu", "fri", "sat")}
    hours["sun"] = ["00:00-06:00"]
    log = [brk(day, 5, 0, "completed", minutes=2)]  # moving 05:00:30-05:02:30
    bout = longest_sitting(log, day, day, periods(working_hours=hours))[day]
    assert bout is not None and minutes(bout) == expected
