"""The end-of-day series and the safety check's sustained-rise rule (its baseline, 7-day mean
and worsening), docs/evidence.md#re-check-triggers. The dashboard's verdict is test_progress's.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from backmove.core.trend import Change, pain_trend
from backmove.storage.records import Rating
from tests.unit.stats.builders import brk, eod, eod_series, stamp

D0 = date(2026, 5, 4)


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def judged(baseline: list[int | None], window: list[int | None]) -> Change | None:
    """The change on the last day of `window`, logged right after a 7-day baseline."""
    ratings = eod_series(D0, baseline + window)
    last = day(len(baseline) + len(window) - 1)
    latest = pain_trend(ratings, last, last).latest
    assert latest is not None
    return latest.change


def test_no_ratings_gives_no_baseline_no_mean_and_nothing_to_say() -> None:
    trend = pain_trend([], day(0), day(9))
    assert (trend.baseline, trend.baseline_end, trend.threshold) == (None, None, None)
    assert len(trend.days) == 10
    assert all(
        p.value is None and p.mean7 is None and p.change is None and not p.sustained_rise
        for p in trend.days
    )
    assert pain_trend([], day(3), day(2)).latest is None


def test_the_baseline_is_the_mean_of_the_first_seven_logged_days_across_gaps() -> None:
    ratings = eod_series(D0, [6, None, 5, None, None, 7, 6, 5, None, 6, 7, 2, 2])
    ratings.append(eod(day(0), 8, hh=12))  # earlier that day: the last rating of a day counts
    ratings.append(
        Rating(at=stamp(day(1))[0], utc_offset_s=7200, moment="now_before", value=9, break_id=None)
    )  # another series: never mixed in
    trend = pain_trend(ratings, day(0), day(12))
    assert trend.baseline == pytest.approx(42 / 7)
    assert trend.baseline_end == day(10)
    assert trend.threshold == 2
    assert [p.value for p in trend.days][:3] == [6, None, 5]


def test_fewer_than_seven_logged_days_give_no_baseline_and_no_change() -> None:
    trend = pain_trend(eod_series(D0, [5, 5, 5, 5, 5, 5]), day(0), day(5))
    assert trend.baseline is None
    assert trend.days[-1].mean7 == 5.0
    assert {p.change for p in trend.days} == {None}


def test_the_7_day_mean_needs_four_logged_days_in_the_window() -> None:
    ratings = eod_series(D0, [4] * 7 + [None] * 4 + [2, 2, 2, None, 2])
    trend = {p.day: p for p in pain_trend(ratings, day(7), day(15)).days}
    assert (trend[day(13)].logged7, trend[day(13)].mean7) == (3, None)
    assert (trend[day(15)].logged7, trend[day(15)].mean7) == (4, 2.0)


def test_nothing_is_judged_within_the_baseline_week() -> None:
    trend = pain_trend(eod_series(D0, [8, 8, 8, 8, 1, 1, 1, 1]), day(0), day(7))
    assert [p.change for p in trend.days[:7]] == [None] * 7
    assert trend.days[7].change is Change.NONE  # a mean of 4 is 1 point below 5


@pytest.mark.parametrize(
    ("baseline", "window", "expected"),
    [
        # Baseline 5: 2 points and 30 % (3.5) both needed; exactly 2 points is enough.
        ([5] * 7, [3] * 7, Change.IMPROVED),
        ([5] * 7, [4] * 7, Change.NONE),
        # Baseline 4: the 1-point rule; improvement still needs 30 % (2.8).
        ([4] * 7, [3] * 7, Change.NONE),
        ([4] * 7, [2] * 7, Change.IMPROVED),
        # Baseline 8: 30 % (5.6) is the stricter edge.
        ([8] * 7, [6] * 7, Change.NONE),
        ([8] * 7, [5] * 7, Change.IMPROVED),
        # Worsening: 1 point above a baseline of 4, 2 points above 5, no percentage.
        ([4] * 7, [5] * 7, Change.WORSENED),
        ([5] * 7, [6] * 7, Change.NONE),
        ([5] * 7, [7] * 7, Change.WORSENED),
        ([9] * 7, [10] * 7, Change.NONE),
        # A baseline just above 4 (29/7) already needs 2 points.
        ([4] * 6 + [5], [6] * 7, Change.NONE),
        ([4] * 6 + [5], [7] * 7, Change.WORSENED),
        # Zero stays zero; a rise from 0 needs a point.
        ([0] * 7, [0] * 7, Change.NONE),
        ([0] * 7, [1] * 7, Change.WORSENED),
    ],
)
def test_meaningful_change_at_the_edges(
    baseline: list[int], window: list[int], expected: Change
) -> None:
    assert judged(baseline, window) is expected


def test_a_single_day_never_makes_a_change() -> None:
    # Baseline 3: one day of 10 lifts the week's mean by a point, but it is one day.
    assert judged([3] * 7, [3] * 6 + [10]) is Change.NONE
    assert judged([3] * 7, [3] * 5 + [10, 10]) is Change.WORSENED
    # Baseline 6: one very good day among four does not make an improvement.
    assert judged([6] * 7, [None, None, None, 5, 5, 5, 0]) is Change.NONE
    assert judged([6] * 7, [None, None, None, 4, 4, 4, 0]) is Change.IMPROVED
    # And a day with one rating after a gap is no week at all.
    assert judged([6] * 7, [None] * 6 + [0]) is None


def test_a_rise_held_for_seven_days_in_a_row_is_a_sustained_rise() -> None:
    ratings = eod_series(D0, [3] * 7 + [7] * 16)
    trend = pain_trend(ratings, day(7), day(22))
    worse = [p.day for p in trend.days if p.change is Change.WORSENED]
    # Two days of 7 could be one bad day; three make it (4.71, and 4.33 without one).
    assert worse[0] == day(9)
    sustained = [p.day for p in trend.days if p.sustained_rise]
    assert sustained[0] == day(15)
    # Asking only for the last day still sees the six days before it.
    assert pain_trend(ratings, day(15), day(15)).days[0].sustained_rise


def test_a_gap_in_the_ratings_interrupts_a_sustained_rise() -> None:
    values: list[int | None] = [3] * 7 + [7] * 5 + [None] * 5 + [7] * 6
    trend = pain_trend(eod_series(D0, values), day(0), day(len(values) - 1))
    assert [p.day for p in trend.days if p.change is Change.WORSENED][:6] == [
        day(n) for n in range(9, 15)
    ]
    assert trend.days[15].mean7 is None  # three ratings in the window
    assert not any(p.sustained_rise for p in trend.days)


def test_ratings_stay_on_their_local_day_across_dst() -> None:
    spring, fall = date(2026, 3, 29), date(2026, 10, 25)
    ratings = [
        eod(spring - timedelta(days=1), 4, hh=23, mm=30),
        eod(spring, 6, hh=23, mm=30),
        eod(spring + timedelta(days=1), 8, hh=0, mm=30),
        eod(fall, 5, hh=0, mm=30),
        eod(fall, 2, hh=23, mm=30),
    ]
    trend = pain_trend(ratings, spring - timedelta(days=1), spring + timedelta(days=1))
    assert [p.value for p in trend.days] == [4, 6, 8]
    assert pain_trend(ratings, fall, fall).days[0].value == 2  # the last of that day


def test_ratings_around_breaks_never_enter_the_end_of_day_series() -> None:
    b = brk(D0, 10)
    assert b.started_at is not None
    ratings = [
        Rating(at=b.started_at, utc_offset_s=b.utc_offset_s, moment=m, value=9, break_id=b.id)
        for m in ("now_before", "now_after")
    ]
    assert pain_trend(ratings, D0, D0).days[0].value is None
