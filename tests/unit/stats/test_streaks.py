"""Forgiving streaks (docs/evidence.md#forgiving-streaks): rest day, repair, free miss, days off."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta

from backmove.core.streaks import (
    DayMark,
    DaysOnTarget,
    Streaks,
    WeeksOnTarget,
    day_marks,
    streak_messages,
    streaks,
)
from backmove.storage.records import Break
from tests.unit.stats.builders import brk, day_of, weekdays

GOAL = 6
MON = date(2026, 6, 1)  # a Monday


def d(n: int) -> date:
    return MON + timedelta(days=n)


def week(start: date, per_day: Iterable[int], natural: int = 0) -> list[Break]:
    """Completed breaks on each working day from `start`; 8 prompts a day, the rest skipped."""
    out: list[Break] = []
    for n, done in enumerate(per_day):
        out += day_of(
            start + timedelta(days=n), completed=done, natural=natural, skipped=max(0, 8 - done)
        )
    return out


def at(
    today: date,
    log: list[Break],
    is_working: Callable[[date], bool] = weekdays,
    since: date | None = None,
) -> Streaks:
    return streaks(log, today, is_working, GOAL, since=since)


def test_no_data_at_all_is_all_zero_and_nothing_is_lost() -> None:
    s = at(MON, [])
    assert s == Streaks(
        weeks=0,
        best_weeks=0,
        days=0,
        best_days=0,
        last7_on_target=0,
        last7_working=0,
        week_on_target=0,
        week_needed=4,
    )
    assert streak_messages(s) == []
    marks = day_marks([], MON - timedelta(days=2), d(6), MON, weekdays, GOAL)
    assert (
        list(marks.values())
        == [DayMark.OFF, DayMark.OFF, DayMark.OPEN] + [DayMark.AHEAD] * 4 + [DayMark.OFF] * 2
    )


def test_a_first_day_counts_from_the_day_the_log_begins() -> None:
    s = at(MON, day_of(MON, completed=6))
    assert (s.days, s.weeks, s.last7_on_target, s.last7_working) == (1, 0, 1, 1)
    assert (s.week_on_target, s.week_needed) == (1, 4)
    # Starting on a Thursday: a week of two working days needs one of them.
    thu = d(3)
    s = at(thu, day_of(thu, completed=6))
    assert (s.weeks, s.week_needed) == (1, 1)
    # The days before the first break are not misses.
    s = at(d(4), day_of(thu, completed=6) + day_of(d(4), completed=6))
    assert (s.days, s.last7_on_target, s.last7_working) == (2, 2, 2)


def test_natural_breaks_count_toward_the_goal() -> None:
    s = at(MON, day_of(MON, completed=2, natural=4))
    assert s.days == 1


def test_four_of_five_days_keep_a_week_and_the_miss_is_the_rest_day() -> None:
    log = week(MON, [6, 6, 2, 6, 6]) + week(d(7), [6, 0, 6, 6, 6]) + week(d(14), [7, 6, 6, 6, 0])
    s = at(d(21), log)
    assert (s.weeks, s.best_weeks) == (3, 3)
    assert (s.days, s.best_days) == (12, 12)
    marks = day_marks(log, MON, d(6), d(21), weekdays, GOAL)
    assert marks[d(2)] is DayMark.REST
    assert marks[d(5)] is DayMark.OFF
    # One day short in a week ends the week streak and the second miss ends the day streak.
    log = week(MON, [6, 6, 6, 6, 6]) + week(d(7), [6, 0, 6, 0, 6]) + week(d(14), [6, 6, 6, 6, 6])
    s = at(d(18), log)
    assert (s.weeks, s.best_weeks) == (1, 1)
    assert (s.days, s.best_days) == (6, 7)
    assert day_marks(log, d(8), d(10), d(18), weekdays, GOAL) == {
        d(8): DayMark.REST,
        d(9): DayMark.ON_TARGET,
        d(10): DayMark.MISSED,
    }


def test_a_miss_is_repaired_by_one_extra_completed_break_the_next_working_day() -> None:
    log = week(MON, [0, 4, 7, 6, 6])
    marks = day_marks(log, MON, d(4), d(7), weekdays, GOAL)
    assert list(marks.values()) == [
        DayMark.REST,
        DayMark.REPAIRED,
        DayMark.ON_TARGET,
        DayMark.ON_TARGET,
        DayMark.ON_TARGET,
    ]
    assert at(d(7), log).weeks == 1
    # Without the extra break the same week has only three days on target.
    assert at(d(7), week(MON, [0, 4, 6, 6, 6])).weeks == 0
    # Natural breaks meet the goal but do not repair: the repair is a break the user does.
    log = week(MON, [0, 4]) + day_of(d(2), completed=3, natural=4) + week(d(3), [6, 6])
    assert day_marks(log, d(1), d(2), d(7), weekdays, GOAL) == {
        d(1): DayMark.MISSED,
        d(2): DayMark.ON_TARGET,
    }


def test_a_friday_is_repaired_on_monday_and_stays_open_until_monday_is_over() -> None:
    log = week(MON, [6, 0, 6, 6, 2])  # Tuesday is the rest day; Friday is short
    s = at(d(7), log)  # Monday morning: Friday can still be repaired today
    assert day_marks(log, d(4), d(4), d(7), weekdays, GOAL)[d(4)] is DayMark.OPEN
    assert s.weeks == 0 and s.best_weeks == 0
    repaired = log + day_of(d(7), completed=7)
    s = at(d(7), repaired)
    assert day_marks(repaired, d(4), d(4), d(7), weekdays, GOAL)[d(4)] is DayMark.REPAIRED
    assert s.weeks == 1
    # Monday over without the repair: Friday is a miss and last week did not make it.
    done = log + day_of(d(7), completed=6)
    assert day_marks(done, d(4), d(4), d(8), weekdays, GOAL)[d(4)] is DayMark.MISSED
    assert at(d(8), done).weeks == 0


def test_an_open_repair_does_not_end_a_running_streak() -> None:
    log = week(MON, [6] * 5) + week(d(7), [6, 0, 6, 6, 2])
    assert at(d(14), log).weeks == 1  # last week undecided until Monday is over
    assert at(d(15), log + day_of(d(14), completed=6)).weeks == 0


def test_the_week_in_progress_never_ends_the_streak() -> None:
    log = week(MON, [6] * 5) + week(d(7), [6] * 5) + week(d(14), [0, 0, 0])
    s = at(d(16), log)
    assert (s.weeks, s.week_on_target, s.week_needed) == (2, 0, 4)
    assert s.days == 10  # Monday is the rest day, Tuesday's miss ends it, today is open
    assert at(d(17), log).days == 0


def test_days_off_and_non_working_days_never_break_a_streak() -> None:
    holiday = {d(7 + n) for n in range(5)} | {d(16)}
    is_working: Callable[[date], bool] = lambda day: weekdays(day) and day not in holiday  # noqa: E731
    # Week 1 full, week 2 all holiday (nothing logged), week 3 with a Wednesday off.
    log = week(MON, [6] * 5) + week(d(14), [6, 6]) + week(d(17), [6, 6])
    s = at(d(21), log, is_working)
    assert (s.weeks, s.days) == (2, 9)
    marks = day_marks(log, d(7), d(20), d(21), is_working, GOAL)
    assert {marks[day] for day in holiday} == {DayMark.OFF}
    # A week with four working days needs three of them.
    log = week(MON, [6] * 5) + week(d(14), [6, 0]) + week(d(17), [6, 6])
    assert at(d(21), log, is_working).weeks == 2


def test_a_working_week_with_no_data_is_a_gap_that_ends_the_week_streak() -> None:
    log = week(MON, [6] * 5) + week(d(14), [6] * 5)
    s = at(d(21), log)
    assert (s.weeks, s.best_weeks) == (1, 1)
    assert s.days == 5


def test_the_last_seven_days_count_today_as_a_working_day_from_its_start() -> None:
    log = week(MON, [6, 0, 6, 6, 6]) + day_of(d(7), completed=3)
    s = at(d(7), log)  # window: Tuesday to Monday
    assert (s.last7_on_target, s.last7_working) == (3, 5)
    assert streak_messages(s) == [DaysOnTarget(3, 5), WeeksOnTarget(1)]
    s = at(d(7), log + day_of(d(7), completed=3))
    assert (s.last7_on_target, s.last7_working) == (4, 5)


def test_the_first_working_day_is_a_working_day_before_it_is_on_target() -> None:
    s = at(MON, day_of(MON, skipped=2))
    assert (s.last7_on_target, s.last7_working) == (0, 1)
    assert streak_messages(s) == [DaysOnTarget(0, 1)]


def test_days_are_local_days_across_the_spring_dst_change() -> None:
    # Berlin moves to summer time on Sunday 2026-03-29. A break at 00:30 on Monday the 30th
    # (22:30 UTC on Sunday) belongs to Monday, and makes it.
    first = date(2026, 3, 23)
    log = week(first, [6] * 5) + day_of(date(2026, 3, 30), completed=5)
    log.append(brk(date(2026, 3, 30), 0, 30))
    log.append(brk(date(2026, 3, 27), 23, 45))  # a Friday late break, still Friday
    s = at(date(2026, 3, 30), log)
    assert s.days == 6
    assert (
        day_marks(log, date(2026, 3, 29), date(2026, 3, 29), date(2026, 3, 30), weekdays, GOAL)[
            date(2026, 3, 29)
        ]
        is DayMark.OFF
    )


def test_days_are_local_days_across_the_autumn_dst_change() -> None:
    # Back to winter time on Sunday 2026-10-25; a streak runs through it unchanged.
    first = date(2026, 10, 19)
    log = week(first, [6] * 5) + week(date(2026, 10, 26), [6] * 5)
    log.append(brk(date(2026, 10, 25), 23, 30))  # Sunday night: not a working day
    s = at(date(2026, 10, 30), log)
    assert (s.weeks, s.days) == (2, 10)


def test_the_goal_may_change_from_day_to_day() -> None:
    log = week(MON, [6, 6, 7, 7, 7])

    def goal(day: date) -> int:
        return 6 if day < d(2) else 7

    s = streaks(log, d(4), weekdays, goal)
    assert s.days == 5
    s = streaks(log, d(4), weekdays, lambda day: 7)
    assert s.days == 3
