"""Everything the dashboard draws, read from the log once per range and computed by the core.

The dashboard window only presents; this module decides what it presents, with the core's
statistics (`stats`, `streaks`, `trend`, `sitting`, `moveeffect`, `goal`) and nothing of its
own beyond grouping their results. It is Qt-free, so it is tested without a display and a
report can be built from the same figures.

What is read, so that five years of history open as fast as one:
- breaks from the earlier of the range's first week and the calendar's (52 weeks), plus eight
  weeks before that to learn whether the log began earlier (see `_breaks_for`). The week streak
  reads further back only while it still reaches the first week read.
- end-of-day ratings: each day's latest, all days (the one the series keeps; the repository
  picks it with one index seek a day, so a day answered many times costs one row): the
  baseline is the mean of the first two weeks with seven ratings, a verdict's two weeks may
  begin before the range, and the goal's weekly steps look at the 7-day means since the goal
  began.
- the moves card: no break and no rating is read; the repository sums the rated breaks'
  changes and their last verdicts per routine (a few dozen rows), spread here over the moves.
- check-ins: the range only.
- function goals and their ratings: all of them, whatever the range. They are asked every four
  weeks, so a four-week range would hold one rating at most, and a goal's line means something
  only from the day it was named; three goals over five years are some 200 rows.
- a range too long for weekly bars (only "all" gets there) is never read as break records: its
  months are counted from the repository's per-month tallies (summed by SQLite), and the
  start of the log is its first break. Five years would otherwise be some 14,000 records
  built for a few numbers; twenty years are some 240 rows. The pain trend is drawn a point a
  week beyond a year and a little more (`drawn_days`), its verdict computed from every day.

A range is whole ISO weeks ending with this one ("4 weeks" is this week and the three before
it), so the weekly bars are all whole weeks and the span never depends on the weekday today.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from enum import StrEnum

from backmove.core.clock import Clock
from backmove.core.function_goals import RERATE_DAYS, changed_enough
from backmove.core.goal import GoalSchedule
from backmove.core.messages import Message
from backmove.core.moveeffect import MoveEffect, MoveEstimate, estimates
from backmove.core.planner import State, Status
from backmove.core.progress import Progress, ProgressDay, Verdict, held_runs, progress
from backmove.core.record import Record
from backmove.core.settings import Settings
from backmove.core.stats import (
    DAY_S,
    EMPTY,
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
from backmove.services.counts import (
    Counts,
    calendar_on_target,
    goal_for,
    goal_start_of,
    longest_stretch,
    move_counts_of_sums,
    tally_of_day,
)
from backmove.storage.records import Break, Checkin, FunctionGoal, FunctionRating, Rating
from backmove.storage.repository import Repository

ONE_WEEK = timedelta(days=7)
CALENDAR_WEEKS = 52
PROBE_WEEKS = 8
"""Weeks read before the first one needed, to tell whether the log began earlier."""
WEEKLY_BARS_UP_TO = 60
"""Weeks shown one bar each; a longer range is shown a month a bar."""
PEG_IMPORTANT_CHANGE = 1.0
"""Points of change in the PEG score that count as important (docs/evidence.md#peg)."""
MIN_RATED_USES = 3
"""Rated breaks a move needs before it is listed: fewer say little even pooled, and a list of
moves seen once or twice would mostly show the average of the others."""
TOP_MOVES = 5
_EPOCH = date(1970, 1, 1)


class Span(StrEnum):
    """The range selector's choices."""

    WEEKS_4 = "4w"
    MONTHS_3 = "3m"
    YEAR = "1y"
    ALL = "all"


DEFAULT_SPAN = Span.MONTHS_3
"""The range the dashboard opens on."""


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


class NextBreak(Record):
    state: BreakState
    kind: str
    """"micro" or "walk"."""
    minutes: int | None = None
    """Minutes of activity until it falls due, while counting."""
    until: float | None = None
    """Wall time a snooze, pause or meeting lasts until; None when open-ended."""
    held: str | None = None
    """Why a held break waits: "fullscreen", "dnd" or "call" (the planner's reason)."""


class TodayView(Record):
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


class StreakView(Record):
    streaks: Streaks
    messages: tuple[Message, ...]
    last7: tuple[tuple[date, DayMark], ...]


class CalendarDay(Record):
    day: date
    kind: DayKind
    mark: DayMark
    tally: Tally
    goal: int


class Calendar(Record):
    first: date
    """A Monday, 52 weeks before this week's."""
    days: tuple[CalendarDay, ...]
    """Every day from `first` to this week's Sunday (days after today are marked AHEAD/OFF)."""
    on_target: int = 0
    working: int = 0
    """Working days among `days` since the log began, today included (`counts`)."""


class Annotation(Record):
    """A run of days on which a change held for two weeks or more: what made a verdict."""

    first: date
    last: date
    verdict: Verdict


class TrendView(Record):
    progress: Progress
    """The days of the range, their 7-day means and spreads, and the verdict."""
    logged: int
    """End-of-day answers in the range."""
    logged_ever: int
    annotations: tuple[Annotation, ...]

    @property
    def verdict(self) -> Verdict:
        return self.progress.verdict

    @property
    def as_of(self) -> ProgressDay | None:
        return self.progress.as_of


class BucketUnit(StrEnum):
    WEEK = "week"
    MONTH = "month"


class Bucket(Record):
    first: date
    last: date
    tally: Tally


class Adherence(Record):
    unit: BucketUnit
    buckets: tuple[Bucket, ...]
    total: Tally

    @property
    def counts(self) -> Counts:
        """The range's counts, by `services.counts`' names."""
        return Counts.of(self.total)


class MoveRow(Record):
    move_id: str
    name: str
    effect: MoveEffect
    """The rated breaks (`uses`, the one count shown), the raw change and the verdicts."""
    estimate: MoveEstimate
    """The change pooled toward the average of all moves, with its interval."""


class BodyWeek(Record):
    day: date
    values: Mapping[str, float]
    """Region id -> 0-10, only the regions the user rated."""


class FunctionPoint(Record):
    day: date
    """The local day of the rating."""
    value: int
    """0 = unable to do the activity, 10 = able to do it as before."""


class FunctionLine(Record):
    """One function goal's ratings since it was named, oldest first (never empty)."""

    goal_id: int
    activity: str
    points: tuple[FunctionPoint, ...]

    @property
    def first(self) -> int:
        return self.points[0].value

    @property
    def latest(self) -> int:
        return self.points[-1].value

    @property
    def change(self) -> int:
        """Latest minus first: above 0, the activity has become easier."""
        return self.latest - self.first

    @property
    def changed_enough(self) -> bool:
        """Whether the change reaches the scale's important change (2 points)."""
        return len(self.points) > 1 and changed_enough(self.first, self.latest)


class FunctionView(Record):
    lines: tuple[FunctionLine, ...]
    """The goals tracked now, in the order they were named."""
    next_due: date | None
    """The day the goals are next asked again; None without a tracked goal."""


class PegWeek(Record):
    week: date
    """The Monday of the week."""
    day: date
    """The local day of the check-in: the week's latest with the PEG answered."""
    score: float
    """The mean of the three items, to one decimal, as the PEG is scored."""


class PegView(Record):
    weeks: tuple[PegWeek, ...]
    """The weeks of the range with a PEG answer, oldest first."""

    @property
    def change(self) -> float | None:
        """Latest score minus the range's first; None with fewer than two weeks."""
        if len(self.weeks) < 2:
            return None
        return round(self.weeks[-1].score - self.weeks[0].score, 1)

    @property
    def changed_enough(self) -> bool:
        change = self.change
        return change is not None and abs(change) >= PEG_IMPORTANT_CHANGE


class DashboardData(Record):
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
    """The latest check-in of the range."""
    body_weeks: tuple[BodyWeek, ...] = ()
    """Each week's latest check-in in the range, oldest first (the last one is `body`)."""
    function: FunctionView = FunctionView((), None)
    peg: PegView | None = None
    """None while the PEG is turned off in the settings."""

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
    names = list(Tally.field_names())
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
        return NextBreak(BreakState.HELD, kind, held=status.held)
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


DRAWN_DAYS = 400
"""The most days of the pain trend a chart draws day by day (a year and a little more); a
longer trend is drawn a point a week. Some 700 px wide, a chart cannot show 7,300 days, and
each point costs drawing time on the GUI thread."""


def drawn_days(days: Sequence[ProgressDay], most: int = DRAWN_DAYS) -> list[ProgressDay]:
    """The days of the trend the chart draws: all of them up to `most`, else every seventh day
    back from the last, whose 7-day mean and spread are those of the week ending with it, so
    the weekly points leave out no rating. Only the drawing is thinned: the verdict, the
    baseline and the runs that held are computed from every day."""
    if len(days) <= most:
        return list(days)
    return list(days[(len(days) - 1) % 7 :: 7])


def change_annotations(p: Progress) -> tuple[Annotation, ...]:
    """The runs that held a change for two weeks, clipped to the range; nothing else is
    annotated, so the chart never marks a change the verdict does not make."""
    first = p.days[0].day if p.days else None
    return tuple(Annotation(max(a, first) if first else a, b, v) for a, b, v in held_runs(p))


def move_rows(
    effects: Mapping[str, MoveEffect], names: Mapping[str, str], limit: int = TOP_MOVES
) -> tuple[MoveRow, ...]:
    """The moves with the lowest pooled before→after change, among those with enough rated
    breaks; ties go to the move rated more often. The pooling uses every rated move, so the
    average a move is pulled toward is that of all of them, not only of the ones shown."""
    pooled = estimates(effects.values())
    shown = [e for e in pooled.values() if e.rated_breaks >= MIN_RATED_USES]
    shown.sort(key=lambda e: (e.estimate, -e.rated_breaks, e.move_id))
    return tuple(
        MoveRow(e.move_id, names.get(e.move_id, e.move_id), effects[e.move_id], e)
        for e in shown[:limit]
    )


def _latest_by_week(checkins: Iterable[Checkin]) -> dict[date, Checkin]:
    """Each ISO week's latest check-in, by the week's Monday, in week order: a second check-in
    in one week (from the tray) replaces the first, as it answers the same question."""
    weeks: dict[date, Checkin] = {}
    for c in sorted(checkins, key=lambda c: (c.at, c.id or 0)):
        weeks[monday(local_day(c.at, c.utc_offset_s))] = c
    return dict(sorted(weeks.items()))


def body_by_week(checkins: Iterable[Checkin]) -> tuple[BodyWeek, ...]:
    """The body map week by week: each week's latest check-in, oldest first."""
    return tuple(
        BodyWeek(local_day(c.at, c.utc_offset_s), {k: float(v) for k, v in c.regions.items()})
        for c in _latest_by_week(checkins).values()
    )


def peg_view(checkins: Iterable[Checkin]) -> PegView:
    """The PEG week by week: each week's latest check-in with all three items answered, scored
    as the PEG defines it, the mean of pain, enjoyment of life and general activity."""
    answered = [c for c in checkins if None not in (c.peg_p, c.peg_e, c.peg_g)]
    weeks = []
    for week, c in _latest_by_week(answered).items():
        items = (c.peg_p or 0, c.peg_e or 0, c.peg_g or 0)
        weeks.append(PegWeek(week, local_day(c.at, c.utc_offset_s), round(sum(items) / 3, 1)))
    return PegView(tuple(weeks))


def function_view(goals: Sequence[FunctionGoal], ratings: Sequence[FunctionRating]) -> FunctionView:
    """Each tracked goal's ratings as a line, and when the goals are next asked again (four
    weeks from the latest rating of any of them, the rule `Tracking` asks by)."""
    by_goal: dict[int, list[FunctionPoint]] = {}
    for r in sorted(ratings, key=lambda r: (r.at, r.id or 0)):
        by_goal.setdefault(r.goal_id, []).append(
            FunctionPoint(local_day(r.at, r.utc_offset_s), r.value)
        )
    lines = tuple(
        FunctionLine(g.id, g.activity, tuple(by_goal[g.id]))
        for g in goals
        if g.id is not None and g.id in by_goal
    )
    last = max((line.points[-1].day for line in lines), default=None)
    return FunctionView(lines, None if last is None else last + timedelta(days=RERATE_DAYS))


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
        eod = self.repo.latest_end_of_day_by_day(0, self.end)
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
        checkins = self.repo.checkins_between(_epoch(first) - DAY_S, self.end)
        checkins = [c for c in checkins if local_day(c.at, c.utc_offset_s) >= first]
        body_weeks = body_by_week(checkins)
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
            body=body_weeks[-1] if body_weeks else None,
            body_weeks=body_weeks,
            function=function_view(self.repo.function_goals(), self.repo.function_ratings()),
            peg=peg_view(checkins) if self.settings["peg_enabled"] else None,
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
        bout = longest_stretch(self.repo, self.clock, self.settings, today, until=self.now)
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
        p = progress(eod, first, self.today)
        return TrendView(
            progress=p,
            logged=sum(d.value is not None for d in p.days),
            logged_ever=len({local_day(r.at, r.utc_offset_s) for r in eod}),
            annotations=change_annotations(p),
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
        by_month = self.repo.tallies_by_month(_epoch(first) - DAY_S, self.end, first)
        months: list[Bucket] = []
        start = first.replace(day=1)
        while start <= self.today:
            following = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
            months.append(Bucket(start, following - timedelta(days=1), by_month.get(start, EMPTY)))
            start = following
        return Adherence(BucketUnit.MONTH, tuple(months), _total(b.tally for b in months))

    def _moves(self, first: date) -> tuple[tuple[MoveRow, ...], int]:
        """The moves and how the user felt after them, over the breaks of the range from
        `first` on, and how many of those breaks were rated both before and after: summed by
        the repository per routine, so no rated break is read."""
        sums = self.repo.move_sums(_epoch(first) - DAY_S, self.end, first)
        effects, rated = move_counts_of_sums(sums)
        return move_rows(effects, self.names), rated


from backmove.services.dashboard_source import DashboardSource as DashboardSource  # noqa: E402
