"""The end-of-day rating series, and the safety check's "sustained rise".

The dashboard's verdict on progress is core.progress's; what is here is the series both read,
and the rule of the re-check trigger (docs/evidence.md#re-check-triggers), which is meant to be
more sensitive than the verdict: it offers a safety check, it does not tell the user they are
worse, so it acts on a week's rise from a one-week baseline.

Only end-of-day ratings make this series; the before/after ratings around a break have another
recall window and are never mixed in (docs/evidence.md#pain-rating-scale). A day counts once, with
the last rating given that day.

The trigger's rules:
- baseline: the mean of the first 7 logged days. Until there are 7, there is none.
- 7-day mean: the mean of the logged days among the last 7 calendar days; it needs at least 4
  of them, or it is None (three days do not make a week).
- meaningful improvement: the 7-day mean is at least `threshold` points below the baseline and
  at most 70 % of it; `threshold` is 2 points, 1 for a baseline of 4 or less.
- meaningful worsening: the 7-day mean is at least `threshold` points above the baseline (no
  percentage: 30 % above a high baseline would be off the scale).
- never a single day: the change must still hold when the window's most extreme day (the
  lowest for an improvement, the highest for a worsening) is left out, so one bad or good day
  can never make it. Changes are judged only after the baseline's 7th day.
- sustained rise: a worsening on each of 7 days in a row (a re-check trigger, #re-check-triggers).

The comparisons are done in integers (sums over counts), so a mean that sits exactly on an
edge is judged exactly.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from datetime import date, timedelta
from enum import StrEnum

from backmove.core.record import Record
from backmove.core.stats import RatingLike, day_range, local_day

BASELINE_DAYS = 7
WINDOW_DAYS = 7
MIN_IN_WINDOW = 4
LOW_BASELINE = 4
SUSTAINED_DAYS = 7


class Change(StrEnum):
    NONE = "none"
    IMPROVED = "improved"
    WORSENED = "worsened"


class PainDay(Record):
    day: date
    value: int | None
    """That day's end-of-day rating; None when none was given."""
    mean7: float | None
    logged7: int
    """Logged days in the 7-day window."""
    change: Change | None
    """None when it cannot be judged: no baseline yet, or too few ratings in the window."""
    sustained_rise: bool


class PainTrend(Record):
    baseline: float | None
    baseline_end: date | None
    """The 7th logged day; changes are judged from the day after."""
    threshold: int | None
    """Points a change needs: 2, or 1 for a baseline of 4 or less."""
    days: tuple[PainDay, ...]

    @property
    def latest(self) -> PainDay | None:
        return self.days[-1] if self.days else None


class PainSeries:
    """The end-of-day series, one value per logged local day, with window queries."""

    def __init__(self, ratings: Iterable[RatingLike]) -> None:
        last: dict[date, tuple[int, int, int]] = {}
        for r in ratings:
            if r.moment != "end_of_day":
                continue
            day = local_day(r.at, r.utc_offset_s)
            key = (r.at, -1 if r.id is None else r.id, r.value)
            if day not in last or key > last[day]:
                last[day] = key
        self.days = sorted(last)
        self.values = [last[d][2] for d in self.days]
        self._ordinals = [d.toordinal() for d in self.days]
        first = self.values[:BASELINE_DAYS]
        self.baseline_sum = sum(first) if len(first) == BASELINE_DAYS else None
        self.baseline_end = self.days[BASELINE_DAYS - 1] if self.baseline_sum is not None else None

    @property
    def baseline(self) -> float | None:
        return None if self.baseline_sum is None else self.baseline_sum / BASELINE_DAYS

    def value(self, day: date) -> int | None:
        i = bisect.bisect_left(self._ordinals, day.toordinal())
        return self.values[i] if i < len(self.days) and self.days[i] == day else None

    def window(self, day: date) -> list[int]:
        """The logged values among the 7 calendar days ending with `day`."""
        end = day.toordinal()
        lo = bisect.bisect_left(self._ordinals, end - WINDOW_DAYS + 1)
        hi = bisect.bisect_right(self._ordinals, end)
        return self.values[lo:hi]

    def mean7(self, day: date) -> float | None:
        values = self.window(day)
        return sum(values) / len(values) if len(values) >= MIN_IN_WINDOW else None


def threshold(baseline_sum: int) -> int:
    return 1 if baseline_sum <= LOW_BASELINE * BASELINE_DAYS else 2


def _improved(total: int, n: int, base: int, points: int) -> bool:
    # total/n <= base/7 - points  and  total/n <= 0.7 * base/7
    return 7 * total <= n * (base - 7 * points) and 10 * total <= n * base


def _worsened(total: int, n: int, base: int, points: int) -> bool:
    # total/n >= base/7 + points
    return 7 * total >= n * (base + 7 * points)


def judge(values: list[int], base: int) -> Change:
    """The change a window of values shows against a baseline given as its 7-day sum."""
    total, n, points = sum(values), len(values), threshold(base)
    if _improved(total, n, base, points) and _improved(total - min(values), n - 1, base, points):
        return Change.IMPROVED
    if _worsened(total, n, base, points) and _worsened(total - max(values), n - 1, base, points):
        return Change.WORSENED
    return Change.NONE


def pain_trend(ratings: Iterable[RatingLike], first: date, last: date) -> PainTrend:
    """The trend for every day from `first` to `last`, judged against the whole history."""
    series = PainSeries(ratings)
    base, base_end = series.baseline_sum, series.baseline_end
    # A sustained rise on `first` depends on the days before it.
    start = first - timedelta(days=SUSTAINED_DAYS - 1)
    if series.days:
        start = max(start, min(first, series.days[0]))
    run = 0
    out: list[PainDay] = []
    for day in day_range(start, last):
        values = series.window(day)
        enough = len(values) >= MIN_IN_WINDOW
        change = None
        if enough and base is not None and base_end is not None and day > base_end:
            change = judge(values, base)
        run = run + 1 if change is Change.WORSENED else 0
        if day >= first:
            out.append(
                PainDay(
                    day,
                    series.value(day),
                    sum(values) / len(values) if enough else None,
                    len(values),
                    change,
                    run >= SUSTAINED_DAYS,
                )
            )
    return PainTrend(
        series.baseline, base_end, None if base is None else threshold(base), tuple(out)
    )
