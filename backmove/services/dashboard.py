"""Everything the dashboard draws, read from the log once per range and computed by the core.

The dashboard window only presents; this module decides what it presents, with the core's
statistics (`stats`, `streaks`, `trend`, `sitting`, `moveeffect`, `goal`) and nothing of its
own beyond grouping their results. It is Qt-free, so it is tested without a display and a
report can be built from the same figures.

What is read, so that five years of history open as fast as one:
- breaks from the earlier of the range's first week and the calendar's (52 weeks), plus eight
  weeks before that to learn whether the log began earlier (see `_breaks_for`). The week streak
  reads further back only while it still reaches the first week read.
- end-of-day ratings: all of them (one a day at most): the baseline is the mean of the first
  seven logged days, and the goal's weekly steps look at the 7-day means since the goal began.
- before/after ratings, move feedback and check-ins: the range only; of the breaks in the
  range, for "moves that helped", only those with a before or after rating.
- a range too long for weekly bars (only "all" gets there) is never read as break records: its
  months are counted from the repository's per-day tallies, and the start of the log is its
  first break. Five years would otherwise be some 14,000 records built for a few numbers.

A range is whole ISO weeks ending with this one ("4 weeks" is this week and the three before
it), so the weekly bars are all whole weeks and the span never depends on the weekday today.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from backmove.core.clock import Clock
from backmove.core.goal import GoalSchedule
from backmove.core.messages import Message
from backmove.core.moveeffect import MoveEffect
from backmove.core.planner import State, Status
from backmove.core.settings import Settings
from backmove.core.sitting import longest_sitting, working_periods
from backmove.core.stats import (
    DAY_S,
    Tally,
    break_day,
    daily_adherence,
    day_number,
    day_range,
    local_day,
    monday,
    walk_minutes,
    weekly_adherence,
    working_days,
)
from backmove.core.streaks import DayMark, Streaks, day_marks, streak_messages, streaks
from backmove.core.trend import Change, PainDay, PainTrend, pain_trend, trend_messages
from backmove.core.workhours import WorkHours
from backmove.services.counts import (
    Counts,
    calendar_on_target,
    goal_for,
    goal_start_of,
    move_counts,
    tally_of_day,
)
from backmove.storage.records import Break, Checkin, Rating
from backmove.storage.repository import Repository

if TYPE_CHECKING:
    from backmove.services.library import MoveLibrary
    from backmove.services.store import Store

ONE_WEEK = timedelta(days=7)
CALENDAR_WEEKS = 52
PROBE_WEEKS = 8
"""Weeks read before the first one needed, to tell whether the log began earlier."""
WEEKLY_BARS_UP_TO = 60
"""Weeks shown one bar each; a longer range is shown a month a bar."""
MIN_RATED_USES = 3
"""Rated breaks a move needs before its before→after change is shown."""
TOP_MOVES = 5
_EPOCH = date(1970, 1, 1)


class Span(StrEnum):
    """The range selector's choices."""

    WEEKS_4 = "4w"
    MONTHS_3 = "3m"
    YEAR = "1y"
    ALL = "all"


SPAN_WEEKS: dict[Span, int] = {Span.WEEKS_4: 4, Span.MONTHS_3: 13, Span.YEAR: 52}


class DayKind(StrEnum):
    WORKING = "working"
    DAY_OFF = "day_off"
    """A date the user listed as a day off (a holiday, leave)."""
    NOT_WORKING = "not_working"
    """A weekday without working hours (a weekend, for most)."""


class BreakState(StrEnum):
    """Where the break cycle stands, as the planner reported it."""

    COUNTING = "counting"
    DUE = "due"
    IN_BREAK = "in_break"
    SNOOZED = "snoozed"
    PAUSED = "paused"
    MEETING = "meeting"
    HELD = "held"
    OFF_HOURS = "off_hours"
    NONE_LEFT = "none_left"


@dataclass(frozen=True)
class NextBreak:
    state: BreakState
    kind: str
    """"micro" or "walk"."""
    minutes: int | None = None
    """Minutes of activity until it falls due, while counting."""
    until: float | None = None
    """Wall time a snooze, pause or meeting lasts until; None when open-ended."""


@dataclass(frozen=True)
class TodayView:
    day: date
    working: bool
    tally: Tally
    goal: int
    walk_min: float
    week_walk_min: float
    longest_sitting_min: float | None
    """Longest stretch of working time today with no logged movement; an upper bound."""
    next_break: NextBreak | None
    """None when the planner is not running (the dashboard opened without the app)."""

    @property
    def counts(self) -> Counts:
        return Counts.of(self.tally)


@dataclass(frozen=True)
class StreakView:
    streaks: Streaks
    messages: tuple[Message, ...]
    last7: tuple[tuple[date, DayMark], ...]


@dataclass(frozen=True)
class CalendarDay:
    day: date
    kind: DayKind
    mark: DayMark
    tally: Tally
    goal: int


@dataclass(frozen=True)
class Calendar:
    first: date
    """A Monday, 52 weeks before this week's."""
    days: tuple[CalendarDay, ...]
    """Every day from `first` to this week's Sunday (days after today are marked AHEAD/OFF)."""
    on_target: int = 0
    working: int = 0
    """Working days among `days` since the log began, today included (`counts`)."""


@dataclass(frozen=True)
class Annotation:
    """A run of days on which the meaningful-change rule held."""

    first: date
    last: date
    change: Change


@dataclass(frozen=True)
class TrendView:
    trend: PainTrend
    logged: int
    """End-of-day answers in the range."""
    logged_ever: int
    annotations: tuple[Annotation, ...]
    messages: tuple[Message, ...]
    """What the latest day with a 7-day mean shows (`as_of`): today's mean is often not there
    yet (its answer comes in the evening, and 3 days do not make a week)."""
    as_of: PainDay | None

    @property
    def band(self) -> tuple[float, float] | None:
        """The 7-day means that are no meaningful change from the baseline: above the lower
        edge an improvement is not yet `threshold` points and 30 % down, below the upper edge
        a worsening is not yet `threshold` points up (trend.py's rule, drawn as a band)."""
        base, points = self.trend.baseline, self.trend.threshold
        if base is None or points is None:
            return None
        return min(base - points, 0.7 * base), base + points


class BucketUnit(StrEnum):
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True)
class Bucket:
    first: date
    last: date
    tally: Tally


@dataclass(frozen=True)
class Adherence:
    unit: BucketUnit
    buckets: tuple[Bucket, ...]
    total: Tally

    @property
    def counts(self) -> Counts:
        """The range's counts, by `services.counts`' names."""
        return Counts.of(self.total)


@dataclass(frozen=True)
class MoveRow:
    move_id: str
    name: str
    effect: MoveEffect


@dataclass(frozen=True)
class BodyWeek:
    day: date
    values: Mapping[str, float]
    """Region id -> 0-10, only the regions the user rated."""


@dataclass(frozen=True)
class DashboardData:
    span: Span
    today: date
    now: float
    first: date
    """The range's first day, a Monday; the range ends today."""
    today_view: TodayView
    streak: StreakView
    calendar: Calendar
    trend: TrendView
    adherence: Adherence
    moves: tuple[MoveRow, ...]
    rated_breaks: int
    """Breaks in the range with both a before and an after rating."""
    body: BodyWeek | None

    @property
    def last(self) -> date:
        return self.today

    @classmethod
    def build(
        cls,
        repo: Repository,
        clock: Clock,
        settings: Settings,
        span: Span,
        *,
        status: Status | None = None,
        goal_start: date | None = None,
        move_names: Mapping[str, str] | None = None,
    ) -> DashboardData:
        """The dashboard for `span` as of the clock's now.

        `status` is the planner's, for "next break" (None when the planner is not running);
        `goal_start` is the planner's `goal_start` (when the daily goal's steps began; without
        it, the earliest day read from the log); `move_names` maps move ids to their names.
        """
        return _Builder(repo, clock, settings, status, goal_start, move_names or {}).build(span)


def _epoch(day: date) -> int:
    """UTC midnight of `day`; a local day lies within a day either side of it."""
    return (day - _EPOCH).days * DAY_S


def _total(tallies: Iterable[Tally]) -> Tally:
    names = [f.name for f in fields(Tally)]
    sums = dict.fromkeys(names, 0)
    for t in tallies:
        for name in names:
            sums[name] += getattr(t, name)
    return Tally(**sums)


def next_break(status: Status) -> NextBreak:
    """The planner's status as the dashboard says it (the tray's order of precedence)."""
    kind = status.next_kind
    if status.state is State.OFF_HOURS:
        return NextBreak(BreakState.OFF_HOURS, kind)
    if status.paused:
        return NextBreak(BreakState.PAUSED, kind, until=status.paused_until)
    if status.state is State.PROMPTED:
        return NextBreak(BreakState.DUE, kind)
    if status.state is State.IN_BREAK:
        return NextBreak(BreakState.IN_BREAK, kind)
    if status.meeting_until is not None:
        return NextBreak(BreakState.MEETING, kind, until=status.meeting_until)
    if status.held is not None:
        return NextBreak(BreakState.HELD, kind)
    if status.snoozed_until is not None:
        return NextBreak(BreakState.SNOOZED, kind, until=status.snoozed_until)
    if status.state is State.WARNED:
        # Due: waiting for a pause in the typing, or coming at the time the heads-up gave.
        return NextBreak(BreakState.DUE, kind)
    if status.until_break_s is None or status.no_more_today:
        return NextBreak(BreakState.NONE_LEFT, kind)
    minutes = max(1, math.ceil(status.until_break_s / 60))
    return NextBreak(BreakState.COUNTING, kind, minutes=minutes)


def _window(breaks: list[Break], first: date) -> tuple[list[Break], date | None]:
    """The breaks from `first` (a Monday) on, and the `since` their streaks need.

    When breaks exist before `first`, the log began earlier and days are judged from `first`
    on: a day's mark depends only on its own ISO week and the next working day, so from a
    Monday on the marks come out as if the whole log had been read. When none do, the log
    begins with the first break: after a silence as long as what was read before `first`
    (eight weeks), older misses are not seen.
    """
    began_earlier = bool(breaks) and break_day(breaks[0]) < first
    return _from(breaks, first), first if began_earlier else None


def _from(breaks: Sequence[Break], first: date) -> list[Break]:
    """The breaks of `first` and later days."""
    n = (first - _EPOCH).days
    return [b for b in breaks if day_number(b.planned_at, b.utc_offset_s) >= n]


def change_annotations(trend: PainTrend) -> tuple[Annotation, ...]:
    """The runs of days the meaningful-change rule marked; nothing else is annotated."""
    out: list[Annotation] = []
    run: Annotation | None = None
    for d in trend.days:  # one per calendar day, in order
        change = d.change if d.change in (Change.IMPROVED, Change.WORSENED) else None
        if run is not None and change is run.change:
            run = Annotation(run.first, d.day, run.change)
            continue
        if run is not None:
            out.append(run)
        run = None if change is None else Annotation(d.day, d.day, change)
    if run is not None:
        out.append(run)
    return tuple(out)


def moves_that_helped(
    effects: Mapping[str, MoveEffect], names: Mapping[str, str], limit: int = TOP_MOVES
) -> tuple[MoveRow, ...]:
    """The moves whose breaks were followed by the largest fall in the before→after rating,
    among those with enough rated breaks; ties go to the move rated more often."""
    rated = [e for e in effects.values() if e.mean_change is not None and e.uses >= MIN_RATED_USES]
    rated.sort(key=lambda e: (e.mean_change, -e.uses, e.move_id))
    return tuple(MoveRow(e.move_id, names.get(e.move_id, e.move_id), e) for e in rated[:limit])


class _Builder:
    def __init__(
        self,
        repo: Repository,
        clock: Clock,
        settings: Settings,
        status: Status | None,
        goal_start: date | None,
        names: Mapping[str, str],
    ) -> None:
        self.repo = repo
        self.clock = clock
        self.settings = settings
        self.status = status
        self.goal_start = goal_start
        self.names = names
        self.now = clock.wall()
        self.today = clock.local(self.now).date()
        self.end = _epoch(self.today) + 2 * DAY_S
        self.is_working = working_days(settings)
        self.days_off = settings.days_off()

    def build(self, span: Span) -> DashboardData:
        today = self.today
        calendar_first = monday(today) - (CALENDAR_WEEKS - 1) * ONE_WEEK
        eod = self.repo.ratings_between(0, self.end, "end_of_day")
        if span is Span.ALL:
            breaks, since, oldest = self._breaks_since_the_start(calendar_first)
        else:
            breaks, since = self._breaks_for(calendar_first, self.end)
        began = [since or break_day(b) for b in breaks[:1]]
        began += [local_day(r.at, r.utc_offset_s) for r in eod[:1]]
        if span is Span.ALL:
            began += [break_day(b) for b in oldest]
            first = monday(min(began, default=today))
        else:
            first = monday(today) - (SPAN_WEEKS[span] - 1) * ONE_WEEK
        goal = goal_for(self.settings, goal_start_of(self.repo, self.goal_start), eod, today)
        moves, rated = self._moves(first)
        calendar = self._calendar(breaks, calendar_first, since, goal)
        return DashboardData(
            span=span,
            today=today,
            now=self.now,
            first=first,
            today_view=self._today(breaks, goal),
            streak=self._streak(breaks, since, goal, calendar),
            calendar=calendar,
            trend=self._trend(eod, first),
            adherence=self._adherence(breaks, first, calendar_first),
            moves=moves,
            rated_breaks=rated,
            body=self._body(first),
        )

    # --- reading ----------------------------------------------------------------------------

    def _breaks_for(self, first: date, end: int) -> tuple[list[Break], date | None]:
        """Breaks from `first` (a Monday) until `end`, and the `since` the streaks need.

        Eight weeks before `first` are read too, only to learn whether the log began earlier.
        """
        probe = first - PROBE_WEEKS * ONE_WEEK
        return _window(self.repo.breaks_between(_epoch(probe) - DAY_S, end), first)

    def _breaks_since_the_start(self, first: date) -> tuple[list[Break], date | None, list[Break]]:
        """Breaks from `first` (a Monday) on, the `since` the streaks need, and the log's
        first break (none when it is empty): `_window` over the whole log, without reading
        the whole log."""
        oldest = self.repo.first_break()
        if oldest is None:
            return [], None, []
        breaks = _from(self.repo.breaks_between(_epoch(first) - DAY_S, self.end), first)
        return breaks, first if break_day(oldest) < first else None, [oldest]

    def _streak(
        self, breaks: list[Break], since: date | None, goal: GoalSchedule, calendar: Calendar
    ) -> StreakView:
        """The streaks, reading a year further back each time the week streak reaches the
        first week read (it may go on before it)."""
        last7 = [
            (d.day, d.mark)
            for d in calendar.days
            if self.today - timedelta(days=6) <= d.day <= self.today
        ]
        while True:
            s = streaks(breaks, self.today, self.is_working, goal, since)
            if since is None or s.weeks < (monday(self.today) - since).days // 7:
                break
            known = since
            older, since = self._breaks_for(
                known - CALENDAR_WEEKS * ONE_WEEK, _epoch(known) + DAY_S
            )
            breaks = [b for b in older if break_day(b) < known] + breaks
        return StreakView(s, tuple(streak_messages(s)), tuple(last7))

    # --- the panels -------------------------------------------------------------------------

    def _today(self, breaks: Sequence[Break], goal: GoalSchedule) -> TodayView:
        today = self.today
        recent = _from(breaks, monday(today))
        tally = tally_of_day(recent, today)
        walks = walk_minutes(recent, monday(today), today)
        periods = working_periods(self.settings, WorkHours(self.settings, self.clock).to_wall)
        bout = longest_sitting(recent, today, today, periods, until=self.now)[today]
        return TodayView(
            day=today,
            working=self.is_working(today),
            tally=tally,
            goal=goal(today),
            walk_min=walks[today],
            week_walk_min=sum(walks.values()),
            longest_sitting_min=None if bout is None else bout.minutes,
            next_break=None if self.status is None else next_break(self.status),
        )

    def _kind(self, day: date) -> DayKind:
        if day in self.days_off:
            return DayKind.DAY_OFF
        return DayKind.WORKING if self.is_working(day) else DayKind.NOT_WORKING

    def _calendar(
        self, breaks: Sequence[Break], first: date, since: date | None, goal: GoalSchedule
    ) -> Calendar:
        last = monday(self.today) + timedelta(days=6)
        marks = day_marks(breaks, first, last, self.today, self.is_working, goal, since)
        tallies = daily_adherence(breaks, first, last)
        on_target, working = calendar_on_target(marks)
        return Calendar(
            first,
            tuple(
                CalendarDay(day, self._kind(day), marks[day], tallies[day], goal(day))
                for day in day_range(first, last)
            ),
            on_target=on_target,
            working=working,
        )

    def _trend(self, eod: Sequence[Rating], first: date) -> TrendView:
        trend = pain_trend(eod, first, self.today)
        judged = [i for i, d in enumerate(trend.days) if d.mean7 is not None]
        upto = replace(trend, days=trend.days[: judged[-1] + 1]) if judged else trend
        return TrendView(
            trend=trend,
            logged=sum(d.value is not None for d in trend.days),
            logged_ever=len({local_day(r.at, r.utc_offset_s) for r in eod}),
            annotations=change_annotations(trend),
            messages=tuple(trend_messages(upto)),
            as_of=upto.latest if judged else None,
        )

    def _adherence(self, breaks: Sequence[Break], first: date, read_from: date) -> Adherence:
        """Weekly bars from `breaks` (read from `read_from` on, a Monday); monthly ones from
        the repository's day tallies."""
        if (self.today - first).days < WEEKLY_BARS_UP_TO * 7:
            if first < read_from:  # "all" over a log a little older than the calendar
                breaks = self.repo.breaks_between(_epoch(first) - DAY_S, self.end)
            weeks = weekly_adherence(_from(breaks, first), first, self.today)
            buckets = tuple(Bucket(m, m + timedelta(days=6), t) for m, t in weeks.items())
            return Adherence(BucketUnit.WEEK, buckets, _total(weeks.values()))
        by_month: dict[date, list[Tally]] = {}
        for day, t in self.repo.tallies_by_day(_epoch(first) - DAY_S, self.end).items():
            if day >= first:
                by_month.setdefault(day.replace(day=1), []).append(t)
        months: list[Bucket] = []
        start = first.replace(day=1)
        while start <= self.today:
            following = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
            months.append(
                Bucket(start, following - timedelta(days=1), _total(by_month.get(start, ())))
            )
            start = following
        return Adherence(BucketUnit.MONTH, tuple(months), _total(b.tally for b in months))

    def _moves(self, first: date) -> tuple[tuple[MoveRow, ...], int]:
        """The moves that helped, over the breaks of the range from `first` on, and how many of
        those breaks were rated both before and after."""
        start = _epoch(first) - DAY_S
        breaks = _from(self.repo.rated_breaks_between(start, self.end), first)
        ratings = self.repo.ratings_between(
            start, self.end, "now_before"
        ) + self.repo.ratings_between(start, self.end, "now_after")
        feedback = self.repo.rated_move_feedback_between(start, self.end)
        effects = move_counts(breaks, ratings, feedback)
        ids = {b.id for b in breaks}
        before = {r.break_id for r in ratings if r.moment == "now_before" and r.break_id in ids}
        after = {r.break_id for r in ratings if r.moment == "now_after"}
        return moves_that_helped(effects, self.names), len(before & after)

    def _body(self, first: date) -> BodyWeek | None:
        checkins: list[Checkin] = self.repo.checkins_between(_epoch(first) - DAY_S, self.end)
        if not checkins:
            return None
        latest = checkins[-1]
        return BodyWeek(
            local_day(latest.at, latest.utc_offset_s),
            {k: float(v) for k, v in latest.regions.items()},
        )


class DashboardSource:
    """The one way to the dashboard's figures, for the window and the PDF report alike.

    Both read the same log through the same store, with the goal's start from the planner's
    memory and the moves named by the same library, so the report can never disagree with
    the screen. `status` is the running planner's, for "next break"; the report has none.
    """

    def __init__(
        self,
        store: Store,
        clock: Clock,
        settings: Callable[[], Settings],
        library: MoveLibrary,
        *,
        status: Callable[[], Status | None] = lambda: None,
        goal_start: Callable[[], date | None] | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self._settings = settings
        self._library = library
        self._status = status
        self._goal_start = goal_start or store.goal_start

    @property
    def available(self) -> bool:
        """False when there is no log to read (it could not be opened)."""
        return self._store.is_open

    def build(self, span: Span) -> DashboardData | None:
        """The figures for `span` now; None when there is no log."""
        repo = self._store.repo
        if repo is None:
            return None
        return DashboardData.build(
            repo,
            self._clock,
            self._settings(),
            span,
            status=self._status(),
            goal_start=self._goal_start(),
            move_names=self._library.names(),
        )
