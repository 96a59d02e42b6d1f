"""Properties that hold for any history: bounds, order independence, doing more never costs."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from backmove.core.clock import SimulatedClock
from backmove.core.moveeffect import move_effects
from backmove.core.settings import Settings
from backmove.core.sitting import longest_sitting, working_periods
from backmove.core.stats import daily_adherence, tally_by_day, weekly_adherence
from backmove.core.streaks import streaks
from backmove.core.trend import pain_trend
from backmove.core.workhours import WorkHours
from backmove.storage.records import BREAK_OUTCOMES, Break, BreakOutcome, Rating
from tests.unit.stats.builders import BERLIN, NEW_YORK, around, brk, eod

BASE = date(2026, 3, 16)  # a Monday; the range holds the spring DST change
SPAN = 42
LAST = BASE + timedelta(days=SPAN - 1)
ZONES = (BERLIN, BERLIN, NEW_YORK, ZoneInfo("UTC"))
PROPS = settings(deadline=None, max_examples=40)

breaks_st = st.lists(
    st.builds(
        lambda n, hh, mm, outcome, kind, minutes, tz, moves: brk(
            BASE + timedelta(days=n), hh, mm, outcome, kind, minutes, moves, tz
        ),
        st.integers(0, SPAN - 1),
        st.integers(0, 23),
        st.integers(0, 59),
        st.sampled_from((*BREAK_OUTCOMES, None)),
        st.sampled_from(("micro", "walk")),
        st.integers(1, 90),
        st.sampled_from(ZONES),
        st.sampled_from((None, '["S1"]', '["S1","T4"]', "R2")),
    ),
    max_size=60,
)
ratings_st = st.lists(
    st.builds(
        lambda n, v, hh: eod(BASE + timedelta(days=n), v, hh),
        st.integers(0, SPAN - 1),
        st.integers(0, 10),
        st.integers(0, 23),
    ),
    max_size=40,
)
calendar_st = st.tuples(
    st.frozensets(st.integers(0, 6), min_size=1),
    st.frozensets(st.integers(0, SPAN - 1), max_size=6),
)


def is_working(calendar: tuple[frozenset[int], frozenset[int]]) -> Callable[[date], bool]:
    weekdays, off = calendar
    return lambda day: day.weekday() in weekdays and (day - BASE).days not in off


T = TypeVar("T")


def shuffled(items: list[T], seed: int) -> list[T]:
    out = list(items)
    random.Random(seed).shuffle(out)
    return out


@PROPS
@given(breaks_st)
def test_adherence_is_a_share_and_weeks_add_up_the_days(log: list[Break]) -> None:
    days = daily_adherence(log, BASE, LAST)
    for t in days.values():
        assert t.adherence is None or 0.0 <= t.adherence <= 1.0
        assert (t.adherence is None) == (t.offered == 0)
    weeks = weekly_adherence(log, BASE, LAST)
    assert sum(t.offered for t in weeks.values()) == sum(t.offered for t in days.values())
    assert sum(t.natural for t in weeks.values()) == sum(t.natural for t in days.values())
    assert sum(t.offered + t.natural for t in tally_by_day(log).values()) == sum(
        b.outcome is not None for b in log
    )


@PROPS
@given(
    breaks_st, ratings_st, st.integers(0, SPAN - 1), st.integers(1, 4), calendar_st, st.integers()
)
def test_order_of_the_records_does_not_matter(
    log: list[Break],
    ratings: list[Rating],
    today_n: int,
    goal: int,
    calendar: tuple[frozenset[int], frozenset[int]],
    seed: int,
) -> None:
    today, working = BASE + timedelta(days=today_n), is_working(calendar)
    other, other_ratings = shuffled(log, seed), shuffled(ratings, seed)
    assert daily_adherence(other, BASE, LAST) == daily_adherence(log, BASE, LAST)
    assert streaks(other, today, working, goal) == streaks(log, today, working, goal)
    assert pain_trend(other_ratings, BASE, LAST) == pain_trend(ratings, BASE, LAST)
    rated = [
        r
        for b in log
        if b.started_at is not None and b.ended_at is not None
        for r in around(b, 5, 3)
    ]
    assert move_effects(other, shuffled(rated, seed)) == move_effects(log, rated)
    settings_ = Settings()
    periods = working_periods(
        settings_, WorkHours(settings_, SimulatedClock(datetime(2026, 3, 16, 8), tz=BERLIN)).to_wall
    )
    assert longest_sitting(other, BASE, LAST, periods) == longest_sitting(log, BASE, LAST, periods)


@PROPS
@given(breaks_st, st.integers(0, SPAN - 1), st.integers(1, 4), calendar_st)
def test_streaks_are_never_negative_nor_above_their_best(
    log: list[Break], today_n: int, goal: int, calendar: tuple[frozenset[int], frozenset[int]]
) -> None:
    s = streaks(log, BASE + timedelta(days=today_n), is_working(calendar), goal)
    assert 0 <= s.weeks <= s.best_weeks
    assert 0 <= s.days <= s.best_days
    assert 0 <= s.last7_on_target <= s.last7_working <= 7
    assert 0 <= s.week_on_target <= 7 and 0 <= s.week_needed <= 4


@PROPS
@given(
    breaks_st,
    st.integers(0, SPAN - 1),
    st.integers(0, 23),
    st.integers(0, SPAN - 1),
    st.integers(1, 4),
    calendar_st,
    st.sampled_from(("completed", "natural")),
)
def test_one_more_break_taken_never_lowers_a_streak(
    log: list[Break],
    extra_n: int,
    extra_hh: int,
    today_n: int,
    goal: int,
    calendar: tuple[frozenset[int], frozenset[int]],
    outcome: BreakOutcome,
) -> None:
    today, working = BASE + timedelta(days=today_n), is_working(calendar)
    before = streaks(log, today, working, goal, since=BASE)
    more = [*log, brk(BASE + timedelta(days=extra_n), extra_hh, outcome=outcome)]
    after = streaks(more, today, working, goal, since=BASE)
    assert after.weeks >= before.weeks and after.best_weeks >= before.best_weeks
    assert after.days >= before.days and after.best_days >= before.best_days
    assert after.last7_on_target >= before.last7_on_target
    assert after.week_on_target >= before.week_on_target


@PROPS
@given(ratings_st)
def test_the_trend_stays_on_the_scale_and_never_judges_a_thin_week(ratings: list[Rating]) -> None:
    trend = pain_trend(ratings, BASE, LAST)
    assert trend.baseline is None or 0 <= trend.baseline <= 10
    for p in trend.days:
        assert p.mean7 is None or 0 <= p.mean7 <= 10
        assert (p.mean7 is None) == (p.logged7 < 4)
        if p.change is not None:
            assert p.mean7 is not None and trend.baseline_end is not None
            assert p.day > trend.baseline_end
        assert not p.sustained_rise or p.change == "worsened"


@PROPS
@given(breaks_st, st.integers(0, SPAN - 1), st.integers(8, 17))
def test_one_more_move_never_lengthens_a_bout(log: list[Break], n: int, hh: int) -> None:
    settings_ = Settings()
    periods = working_periods(
        settings_, WorkHours(settings_, SimulatedClock(datetime(2026, 3, 16, 8), tz=BERLIN)).to_wall
    )
    day = BASE + timedelta(days=n)
    before = longest_sitting([*log, brk(day, 8, outcome="skipped")], day, day, periods)[day]
    after = longest_sitting(
        [*log, brk(day, 8, outcome="skipped"), brk(day, hh, 30)], day, day, periods
    )[day]
    if before is None:
        assert after is None
        return
    assert after is not None and after.minutes <= before.minutes
    for begin, end in periods(day):
        if begin <= before.start <= end:
            assert before.end <= end
