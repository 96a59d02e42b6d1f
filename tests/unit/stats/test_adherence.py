"""Breaks offered and taken per day and week, walk minutes, and which day a record is on."""

from __future__ import annotations

from datetime import date, timedelta

from backmove.core.settings import Settings
from backmove.core.stats import (
    Tally,
    daily_adherence,
    local_day,
    tally_by_day,
    walk_minutes,
    weekly_adherence,
    working_days,
)
from tests.unit.stats.builders import NEW_YORK, brk, day_of, stamp

MON = date(2026, 6, 1)


def test_no_data_gives_empty_days_and_weeks_without_a_rate() -> None:
    days = daily_adherence([], MON, MON + timedelta(days=6))
    assert list(days) == [MON + timedelta(days=n) for n in range(7)]
    assert all(t == Tally() and t.offered == 0 and t.adherence is None for t in days.values())
    weeks = weekly_adherence([], MON, MON + timedelta(days=13))
    assert list(weeks) == [MON, MON + timedelta(days=7)]
    assert all(t.adherence is None for t in weeks.values())
    assert tally_by_day([]) == {}
    assert set(walk_minutes([], MON, MON).values()) == {0.0}


def test_a_first_day_counts_offers_and_shows_natural_and_expired_apart() -> None:
    log = day_of(MON, completed=4, partial=1, skipped=2, expired=1, natural=3)
    t = daily_adherence(log, MON, MON)[MON]
    assert (t.offered, t.completed, t.partial, t.skipped, t.expired, t.natural) == (
        8,
        4,
        1,
        2,
        1,
        3,
    )
    assert t.adherence == 0.5
    assert t.moved == 7


def test_natural_breaks_alone_are_no_offer_and_a_break_under_way_is_nothing_yet() -> None:
    log = [*day_of(MON, natural=2), brk(MON, 15, outcome=None)]
    t = daily_adherence(log, MON, MON)[MON]
    assert (t.offered, t.natural, t.adherence) == (0, 2, None)


def test_interrupted_prompts_are_offers_that_were_not_completed() -> None:
    t = daily_adherence(day_of(MON, completed=1, interrupted=1), MON, MON)[MON]
    assert (t.offered, t.adherence) == (2, 0.5)


def test_a_record_keeps_the_local_day_it_was_made_on_across_dst() -> None:
    # Spring forward in Berlin on 2026-03-29: 00:30 on the 30th is 22:30 UTC on the 29th.
    spring = date(2026, 3, 29)
    log = [
        brk(spring - timedelta(days=1), 23, 30),
        brk(spring, 1, 30),
        brk(spring, 3, 30),
        brk(spring + timedelta(days=1), 0, 30),
    ]
    assert [b.utc_offset_s for b in log] == [3600, 3600, 7200, 7200]
    days = daily_adherence(log, spring - timedelta(days=1), spring + timedelta(days=1))
    assert [t.completed for t in days.values()] == [1, 2, 1]
    # Fall back on 2026-10-25: 23:30 CET is still the 25th, 00:30 CEST the same day's start.
    fall = date(2026, 10, 25)
    log = [brk(fall, 0, 30), brk(fall, 23, 30), brk(fall + timedelta(days=1), 0, 15)]
    assert [b.utc_offset_s for b in log] == [7200, 3600, 3600]
    days = daily_adherence(log, fall, fall + timedelta(days=1))
    assert [t.completed for t in days.values()] == [2, 1]


def test_a_journey_does_not_move_a_past_record_to_another_day() -> None:
    # The same UTC instant, logged in Berlin and in New York, lies on different local days.
    at, _ = stamp(MON, 2, 0)
    assert local_day(at, 7200) == MON
    assert local_day(at, stamp(MON, 0, 0, NEW_YORK)[1]) == MON - timedelta(days=1)
    log = [brk(MON, 20, 0, tz=NEW_YORK)]  # 02:00 the next morning in Berlin
    assert tally_by_day(log) == {MON: Tally(completed=1)}


def test_weeks_are_iso_weeks_keyed_by_monday_with_gaps_and_a_year_boundary() -> None:
    dec28 = date(2026, 12, 28)  # a Monday; its ISO week ends on 2027-01-03
    log = [
        *day_of(dec28, completed=2, skipped=2),
        *day_of(date(2027, 1, 3), completed=1),
        *day_of(date(2027, 1, 18), completed=3),
    ]
    weeks = weekly_adherence(log, date(2026, 12, 30), date(2027, 1, 20))
    assert list(weeks) == [dec28, date(2027, 1, 4), date(2027, 1, 11), date(2027, 1, 18)]
    # The range starts on a Wednesday but the week counts from its Monday.
    assert (weeks[dec28].completed, weeks[dec28].offered) == (3, 5)
    assert weeks[dec28].adherence == 0.6
    assert weeks[date(2027, 1, 4)] == Tally()
    assert weeks[date(2027, 1, 11)].adherence is None
    assert weeks[date(2027, 1, 18)].adherence == 1.0


def test_walk_minutes_count_walks_done_and_natural_walks_but_nothing_else() -> None:
    log = [
        brk(MON, 10, outcome="completed", kind="walk", minutes=5),
        brk(MON, 11, outcome="partial", kind="walk", minutes=3),
        brk(MON, 12, outcome="natural", kind="walk", minutes=12),
        brk(MON, 13, outcome="completed", kind="micro", minutes=2),
        brk(MON, 14, outcome="skipped", kind="walk"),
        brk(MON, 15, outcome="expired", kind="walk"),
        brk(MON, 16, outcome=None, kind="walk"),
        brk(MON + timedelta(days=2), 10, outcome="completed", kind="walk", minutes=7.5),
    ]
    assert walk_minutes(log, MON, MON + timedelta(days=2)) == {
        MON: 20.0,
        MON + timedelta(days=1): 0.0,
        MON + timedelta(days=2): 7.5,
    }


def test_working_days_come_from_working_hours_and_days_off() -> None:
    hours = {d: ["09:00-17:00"] for d in ("mon", "tue", "wed", "thu", "fri")}
    hours["sat"], hours["sun"] = ["10:00-12:00"], []
    settings = Settings({"working_hours": hours, "days_off": ["2026-06-03"]})
    is_working = working_days(settings)
    assert [is_working(MON + timedelta(days=n)) for n in range(7)] == [
        True,
        True,
        False,
        True,
        True,
        True,
        False,
    ]
