"""What the dashboard draws, read from a real database: spans, panels, streaks, empty states."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from backmove.core.clock import SimulatedClock
from backmove.core.goal import GoalPlan, goal_schedule
from backmove.core.kinds import BreakKind
from backmove.core.planner import State, Status
from backmove.core.settings import Settings
from backmove.core.stats import EMPTY, break_day, monday, tally_by_day, working_days
from backmove.core.streaks import DayMark, DaysOnTarget, day_marks, streaks
from backmove.services.dashboard import (
    CALENDAR_WEEKS,
    BreakState,
    BucketUnit,
    DashboardData,
    DayKind,
    Span,
    drawn_days,
    next_break,
)
from backmove.storage.database import Database
from backmove.storage.repository import Repository
from bench.history import History, generate
from tests.unit.stats.builders import day_of

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> History:
    return generate(tmp_path_factory.mktemp("history") / "backmove.db", years=1)


@pytest.fixture(scope="module")
def repo(history: History) -> Repository:
    return Repository(Database.open(history.path, history.clock()).database)


def build(repo: Repository, history: History, span: Span, **kw) -> DashboardData:
    return DashboardData.build(
        repo, history.clock(), history.settings, span, goal_start=history.goal_start, **kw
    )


@pytest.mark.parametrize(
    ("span", "weeks"), [(Span.WEEKS_4, 4), (Span.MONTHS_3, 13), (Span.YEAR, 52)]
)
def test_a_range_is_whole_weeks_ending_with_this_one(
    repo: Repository, history: History, span: Span, weeks: int
) -> None:
    data = build(repo, history, span)
    today = history.now.date()
    assert data.today == today
    assert data.first == monday(today) - timedelta(weeks=weeks - 1)
    assert data.adherence.unit is BucketUnit.WEEK
    assert [b.first for b in data.adherence.buckets] == [
        data.first + timedelta(weeks=n) for n in range(weeks)
    ]
    assert data.trend.progress.days[0].day == data.first
    assert data.trend.progress.days[-1].day == today


def test_all_begins_with_the_week_the_log_began(repo: Repository, history: History) -> None:
    data = build(repo, history, Span.ALL)
    assert data.first == monday(history.goal_start)
    offered = sum(b.tally.offered for b in data.adherence.buckets)
    assert offered == data.adherence.total.offered > 0


def test_every_panel_is_filled_by_a_year_of_history(repo: Repository, history: History) -> None:
    data = build(repo, history, Span.YEAR, move_names={"T1": "Standing back extension"})
    today = data.today_view
    assert today.working and today.tally.offered > 0 and today.goal > 0
    assert today.walk_min > 0 and today.longest_sitting_min is not None
    assert any(isinstance(m, DaysOnTarget) for m in data.streak.messages)
    assert len(data.streak.last7) == 7
    assert data.trend.progress.baseline is not None and data.trend.logged > 150
    assert data.trend.annotations, "a year easing from ~6 to ~3 is a meaningful improvement"
    assert all(a.verdict.value == "better" for a in data.trend.annotations)
    assert data.trend.verdict.value == "better"
    assert data.adherence.total.completed > data.adherence.total.skipped > 0
    assert data.adherence.total.natural > 0 and data.adherence.total.expired > 0
    assert len(data.moves) == 5 and data.rated_breaks > 100
    changes = [m.estimate.estimate for m in data.moves]
    assert changes == sorted(changes)
    assert all(m.estimate.rated_breaks == m.effect.uses for m in data.moves)
    assert "Standing back extension" in [m.name for m in data.moves]
    assert data.body is not None and "low_back" in data.body.values


def test_the_calendar_is_52_weeks_of_days_each_once(repo: Repository, history: History) -> None:
    cal = build(repo, history, Span.WEEKS_4).calendar
    days = [d.day for d in cal.days]
    assert len(days) == CALENDAR_WEEKS * 7 and len(set(days)) == len(days)
    assert cal.first.weekday() == 0 and days[-1].weekday() == 6
    kinds = {d.day: d.kind for d in cal.days}
    off = [d for d in history.settings.days_off() if d >= cal.first]
    assert off and all(kinds[d] is DayKind.DAY_OFF for d in off)
    assert all(kinds[d] is DayKind.NOT_WORKING for d in days if d.weekday() >= 5)
    assert all(
        d.mark is DayMark.AHEAD
        for d in cal.days
        if d.day > history.now.date() and d.kind is DayKind.WORKING
    )


def test_breaks_fall_on_their_local_day_across_dst(repo: Repository, history: History) -> None:
    cal = build(repo, history, Span.YEAR).calendar
    by_day = {d.day: d.tally for d in cal.days}
    ended: dict[date, int] = {}
    for b in repo.breaks_between(0, 2**40):
        local = datetime.fromtimestamp(b.planned_at, BERLIN).date()
        if b.outcome is not None and local >= cal.first:
            ended[local] = ended.get(local, 0) + 1
    assert {d: t.offered + t.natural for d, t in by_day.items() if t != EMPTY} == ended
    spring = date(2026, 3, 29)  # the clocks went forward
    offsets = {
        b.utc_offset_s
        for b in repo.breaks_between(0, 2**40)
        if abs((break_day(b) - spring).days) <= 7
    }
    assert offsets == {3600, 7200}


def test_streaks_and_marks_agree_with_the_whole_log(repo: Repository, history: History) -> None:
    data = build(repo, history, Span.WEEKS_4)
    everything = repo.breaks_between(0, 2**40)
    ratings = repo.ratings_between(0, 2**40, "end_of_day")
    today = history.now.date()
    goal = goal_schedule(
        GoalPlan.from_settings(history.settings, history.goal_start), ratings, today
    )
    working = working_days(history.settings)
    whole = streaks(everything, today, working, goal)
    assert (data.streak.streaks.weeks, data.streak.streaks.last7_on_target) == (
        whole.weeks,
        whole.last7_on_target,
    )
    marks = day_marks(
        everything, data.calendar.first, data.calendar.days[-1].day, today, working, goal
    )
    assert {d.day: d.mark for d in data.calendar.days} == marks


def steady(tmp_path: Path, weeks: int) -> tuple[Repository, SimulatedClock, Settings]:
    """`weeks` of working days before this one (and this one to Wednesday evening), each with
    its goal of 3 completed breaks."""
    clock = SimulatedClock(datetime(2026, 6, 17, 18, 0, tzinfo=BERLIN))
    repo = Repository(Database.open(tmp_path / "backmove.db", clock).database)
    today = date(2026, 6, 17)
    first = monday(today) - timedelta(weeks=weeks)
    for n in range((today - first).days + 1):
        day = first + timedelta(days=n)
        if day.weekday() < 5:
            for b in day_of(day, completed=3, skipped=1):
                repo.add_break(b)
    return repo, clock, Settings({"daily_goal": 3, "daily_goal_weekly_step": 0})


def test_a_streak_longer_than_the_calendar_is_counted_whole(tmp_path: Path) -> None:
    repo, clock, settings = steady(tmp_path, 70)
    data = DashboardData.build(repo, clock, settings, Span.WEEKS_4)
    today = data.today
    whole = streaks(repo.breaks_between(0, 2**40), today, working_days(settings), 3)
    assert data.streak.streaks.weeks == whole.weeks == 70  # this week is not met yet
    assert data.calendar.first == monday(today) - timedelta(weeks=CALENDAR_WEEKS - 1)


def test_more_than_60_weeks_are_shown_a_month_a_bar(tmp_path: Path) -> None:
    repo, clock, settings = steady(tmp_path, 70)
    adherence = DashboardData.build(repo, clock, settings, Span.ALL).adherence
    assert adherence.unit is BucketUnit.MONTH
    firsts = [b.first for b in adherence.buckets]
    assert firsts[0] == date(2025, 2, 1) and firsts[-1] == date(2026, 6, 1)
    assert all(d.day == 1 for d in firsts) and len(firsts) == 17
    assert all((b.last + timedelta(days=1)).day == 1 for b in adherence.buckets)
    logged = repo.breaks_between(0, 2**40)
    assert adherence.total.completed == sum(b.outcome == "completed" for b in logged)
    assert adherence.total.completed == 3 * adherence.total.skipped > 0


def test_an_empty_database_gives_empty_panels(tmp_path: Path) -> None:
    clock = SimulatedClock(datetime(2026, 6, 17, 10, 0, tzinfo=BERLIN))
    repo = Repository(Database.open(tmp_path / "backmove.db", clock).database)
    for span in Span:
        data = DashboardData.build(repo, clock, Settings(), span)
        assert data.first == monday(date(2026, 6, 17)) - timedelta(
            weeks={Span.WEEKS_4: 3, Span.MONTHS_3: 12, Span.YEAR: 51, Span.ALL: 0}[span]
        )
        assert data.today_view.tally == EMPTY and data.today_view.goal == 6
        assert data.today_view.next_break is None
        assert data.streak.messages == ()
        assert data.trend.logged_ever == 0 and data.trend.progress.baseline is None
        assert data.adherence.total == EMPTY
        assert data.moves == () and data.rated_breaks == 0 and data.body is None
        assert {d.mark for d in data.calendar.days} <= {DayMark.OFF, DayMark.AHEAD, DayMark.OPEN}


def test_the_next_break_is_told_from_the_planners_status() -> None:
    def status(**kw) -> Status:
        base = dict(
            state=State.WORKING,
            next_kind=BreakKind.WALK,
            active_s=600.0,
            interval_s=1800.0,
            until_break_s=661.0,
            held=None,
            snoozes=0,
            snoozed_until=None,
            paused=False,
            paused_until=None,
            meeting_until=None,
            offered_today=3,
            taken_today=2,
            goal=6,
        )
        return Status(**{**base, **kw})

    assert next_break(status()) == next_break(status()).__class__(
        BreakState.COUNTING, "walk", minutes=12
    )
    assert next_break(status(paused=True, paused_until=5000.0)).until == 5000.0
    assert next_break(status(state=State.OFF_HOURS)).state is BreakState.OFF_HOURS
    assert next_break(status(until_break_s=None)).state is BreakState.NONE_LEFT
    # A due break is never "no more breaks today", waiting for a pause or after the heads-up.
    assert next_break(status(state=State.WARNED, until_break_s=None)).state is BreakState.DUE
    assert next_break(status(state=State.WARNED, warned_until=9.0)).state is BreakState.DUE
    # Too little of today's working hours left for the next break.
    assert next_break(status(no_more_today=True)).state is BreakState.NONE_LEFT


def test_the_dashboard_data_needs_no_qt() -> None:
    code = (
        "import sys, importlib.abc\n"
        "class Block(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in {'PySide6', 'shiboken6'}:\n"
        "            raise ImportError(name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import backmove.services.dashboard\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_alls_months_are_every_breaks_day_tallies_summed_by_month(tmp_path: Path) -> None:
    """The months of "all" are summed by SQLite; each equals the core's count of the breaks
    read one by one, by local day, over the month."""
    history = generate(tmp_path / "backmove.db", years=1.5, seed=5)
    repo = Repository(Database.open(history.path, history.clock()).database)
    data = build(repo, history, Span.ALL)
    assert data.adherence.unit is BucketUnit.MONTH
    by_day = tally_by_day(repo.breaks_between(0, 2**40))
    for bucket in data.adherence.buckets:
        days = [t for d, t in by_day.items() if max(bucket.first, data.first) <= d <= bucket.last]
        for name in ("completed", "partial", "skipped", "interrupted", "expired", "natural"):
            assert getattr(bucket.tally, name) == sum(getattr(t, name) for t in days)
    assert data.adherence.total.completed == sum(t.completed for t in by_day.values()) > 0


def test_a_trend_longer_than_a_year_is_drawn_a_point_a_week(
    repo: Repository, history: History
) -> None:
    """The chart draws every day of a year; a longer trend a point every seventh day back from
    today, whose 7-day mean and spread cover the week ending with it, while the verdict is the
    one of every day."""
    days = build(repo, history, Span.YEAR).trend.progress.days
    assert drawn_days(days) == list(days)
    long = drawn_days(days, most=100)
    assert long[-1] == days[-1] and len(long) == -(-len(days) // 7)
    assert all((b.day - a.day).days == 7 for a, b in pairwise(long))
    assert all(d in days for d in long)
    twenty = tuple(days) * 20  # as many points as twenty years
    assert len(drawn_days(twenty)) <= len(twenty) // 7 + 1 < 1_100
