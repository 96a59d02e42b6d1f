"""The progress verdict: has the end-of-day rating clearly changed since the start, and held?

The dashboard and the report say one of four things about the end-of-day series
(docs/evidence.md#meaningful-change):
- not enough ratings yet: no 14-day span from a logged day holds 7 ratings;
- meaningfully better: the rolling 7-day mean is at least 2 points AND at least 30 % below the
  baseline, and has been on each of the last 14 days;
- meaningfully worse: the same, above the baseline;
- no clear change: anything else, including a change that has not yet held for two weeks.

Why these numbers: 2 points and 30 % are where patients with chronic pain, and with low back
pain in particular, called a change important (Farrar 2001, Ostelo 2008); both are asked for
because 2 points from a low baseline is most of it, and 30 % of a low baseline is well inside
a day's noise. The two weeks are asked for because a week's mean moves with a good or bad
week that says nothing about where things are going. Back pain also eases on its own
(regression to the mean, the natural course), so a verdict says what changed, never why.

The baseline is the mean of the ratings in the first 14 calendar days, counted from a logged
day, that hold at least 7 ratings: two weeks, not one, because a single week is too easily one
good or bad week, and from the first such span rather than the first 14 days of the log, so
that a few scattered ratings before the user got going do not leave them without one. Changes
are judged from the day after the baseline's span, so no rating is in both.

The comparisons are done in integers (sums over counts), so a mean that sits exactly on an
edge is judged exactly. Nothing here is used by the safety check's "sustained rise" trigger,
which keeps its own, more sensitive rule (core.trend).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from datetime import date, timedelta
from enum import StrEnum

from backmove.core.record import Record
from backmove.core.stats import RatingLike
from backmove.core.trend import MIN_IN_WINDOW, WINDOW_DAYS, PainSeries

BASELINE_SPAN_DAYS = 14
BASELINE_MIN_RATINGS = 7
HOLD_DAYS = 14
POINTS = 2
"""Points a change needs, on the 0-10 scale."""
SHARE_PERCENT = 30
"""Share of the baseline a change needs, in percent."""


class Verdict(StrEnum):
    NOT_ENOUGH = "not_enough"
    NO_CLEAR_CHANGE = "no_clear_change"
    BETTER = "better"
    WORSE = "worse"


class ProgressDay(Record):
    day: date
    value: int | None
    """That day's end-of-day rating; None when none was given."""
    mean7: float | None
    """The mean of the logged days among the last 7; None with fewer than 4 of them."""
    low7: int | None
    high7: int | None
    """The lowest and highest rating of those days (the day-to-day spread), with `mean7`."""
    better: bool
    """The mean meets both thresholds below the baseline (judged days only)."""
    worse: bool
    held: int
    """Days in a row, ending with this one, on which the same side (`better` or `worse`) held;
    0 when neither does."""


class Progress(Record):
    baseline: float | None
    baseline_first: date | None
    baseline_last: date | None
    """The baseline's span; changes are judged from the day after `baseline_last`."""
    ratings_toward_baseline: int
    """While there is no baseline: the most ratings any 14-day span from a logged day holds
    (the N of "N of 7"); with one, the ratings it is the mean of."""
    days: tuple[ProgressDay, ...]
    """Every day from the range's first to its last."""
    as_of: ProgressDay | None
    """The latest judged day with a 7-day mean: the day the verdict speaks of. Today's mean is
    often not there yet (its answer comes in the evening)."""
    verdict: Verdict

    @property
    def better_at_most(self) -> float | None:
        """The highest 7-day mean that is meaningfully better: 2 points and 30 % down."""
        if self.baseline is None:
            return None
        return min(self.baseline - POINTS, self.baseline * (100 - SHARE_PERCENT) / 100)

    @property
    def worse_at_least(self) -> float | None:
        """The lowest 7-day mean that is meaningfully worse: 2 points and 30 % up."""
        if self.baseline is None:
            return None
        return max(self.baseline + POINTS, self.baseline * (100 + SHARE_PERCENT) / 100)

    @property
    def held_since(self) -> date | None:
        """The first day of the run that makes a better or worse verdict."""
        if self.as_of is None or self.verdict not in (Verdict.BETTER, Verdict.WORSE):
            return None
        return self.as_of.day - timedelta(days=self.as_of.held - 1)


def baseline_span(series: PainSeries) -> tuple[int, int, int]:
    """(first index, end index, ratings) of the earliest 14-day span from a logged day that
    holds 7 ratings; end is -1 when there is none, and ratings is then the most any span
    holds."""
    ordinals = [d.toordinal() for d in series.days]
    most = 0
    for i, start in enumerate(ordinals):
        end = bisect.bisect_right(ordinals, start + BASELINE_SPAN_DAYS - 1)
        if end - i >= BASELINE_MIN_RATINGS:
            return i, end, end - i
        most = max(most, end - i)
    return 0, -1, most


def _better(total: int, n: int, base: int, m: int) -> bool:
    # total/n <= base/m - POINTS  and  total/n <= (100 - SHARE) % of base/m
    return (
        m * total <= n * (base - POINTS * m) and 100 * m * total <= (100 - SHARE_PERCENT) * n * base
    )


def _worse(total: int, n: int, base: int, m: int) -> bool:
    # total/n >= base/m + POINTS  and  total/n >= (100 + SHARE) % of base/m
    return (
        m * total >= n * (base + POINTS * m) and 100 * m * total >= (100 + SHARE_PERCENT) * n * base
    )


def progress(ratings: Iterable[RatingLike], first: date, last: date) -> Progress:
    """The verdict as of `last`, and every day from `first` to `last`, judged against the
    whole history (a run that makes the verdict may begin before `first`)."""
    series = PainSeries(ratings)
    lo, hi, count = baseline_span(series)
    base_sum = sum(series.values[lo:hi]) if hi >= 0 else None
    base_first = series.days[lo] if hi >= 0 else None
    base_last = base_first + timedelta(days=BASELINE_SPAN_DAYS - 1) if base_first else None
    start = min(first, series.days[0]) if series.days else first
    # Day by day from the first logged day, with the 7-day window kept as running sums over a
    # list with a slot per day: no search per day, so twenty years cost what their days do.
    # Days are counted from `start` (day k is start + k days); a day before the range is only
    # walked through, and is made a ProgressDay only if it is the last one judged (`as_of`).
    origin = start.toordinal()
    size = last.toordinal() - origin + 1
    logged: list[int | None] = [None] * max(size, 0)
    for logged_day, logged_value in zip(series.days, series.values, strict=True):
        k = logged_day.toordinal() - origin
        if 0 <= k < size:
            logged[k] = logged_value
    shown_from = first.toordinal() - origin
    judged_after = base_last.toordinal() - origin if base_last is not None else size

    def point(k: int, better: bool, worse: bool, held: int, total: int, n: int) -> ProgressDay:
        low: int | None = None
        high: int | None = None
        mean: float | None = None
        if n >= MIN_IN_WINDOW:
            window = [v for v in logged[max(0, k - WINDOW_DAYS + 1) : k + 1] if v is not None]
            low, high, mean = min(window), max(window), total / n
        return ProgressDay(
            date.fromordinal(origin + k), logged[k], mean, low, high, better, worse, held
        )

    out: list[ProgressDay] = []
    held = 0
    side: bool | None = None  # True better, False worse, None neither
    as_of: ProgressDay | None = None
    last_judged: tuple[int, bool, bool, int, int, int] | None = None
    total = n = 0
    for k in range(size):
        value = logged[k]
        if value is not None:
            total, n = total + value, n + 1
        gone = logged[k - WINDOW_DAYS] if k >= WINDOW_DAYS else None
        if gone is not None:
            total, n = total - gone, n - 1
        better = worse = False
        judged = n >= MIN_IN_WINDOW and k > judged_after
        if judged and base_sum is not None:
            better = _better(total, n, base_sum, count)
            worse = _worse(total, n, base_sum, count)
        now: bool | None = True if better else False if worse else None
        held = held + 1 if now is not None and now == side else (0 if now is None else 1)
        side = now
        if k >= shown_from:
            out.append(point(k, better, worse, held, total, n))
            if judged:
                as_of = out[-1]
        elif judged:
            last_judged = (k, better, worse, held, total, n)
    if as_of is None and last_judged is not None:
        as_of = point(*last_judged)
    if base_sum is None:
        verdict = Verdict.NOT_ENOUGH
    elif as_of is not None and as_of.held >= HOLD_DAYS:
        verdict = Verdict.BETTER if as_of.better else Verdict.WORSE
    else:
        verdict = Verdict.NO_CLEAR_CHANGE
    return Progress(
        None if base_sum is None else base_sum / count,
        base_first,
        base_last,
        count,
        tuple(out),
        as_of,
        verdict,
    )


def held_runs(p: Progress) -> list[tuple[date, date, Verdict]]:
    """The runs of days in `p.days` that held one side for two weeks or more, each from its
    first day (which may lie before the range) to its last: the stretches the chart marks.
    A run shorter than two weeks is not marked, since it made no verdict."""
    out: list[tuple[date, date, Verdict]] = []
    for i, d in enumerate(p.days):
        ends = i + 1 == len(p.days) or p.days[i + 1].held != d.held + 1
        if d.held >= HOLD_DAYS and ends:
            side = Verdict.BETTER if d.better else Verdict.WORSE
            out.append((d.day - timedelta(days=d.held - 1), d.day, side))
    return out
