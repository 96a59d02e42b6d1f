"""A year of generated history (written once), and dashboards over it or over nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from backmove.core.clock import SimulatedClock
from backmove.core.kinds import BreakKind
from backmove.core.planner import State, Status
from backmove.core.settings import Settings
from backmove.services.dashboard import DashboardData, Span
from backmove.storage.database import Database
from backmove.storage.repository import Repository
from backmove.ui.dashboard.window import DashboardWindow
from bench.history import History, generate

STATUS = Status(
    state=State.WORKING,
    next_kind=BreakKind.STRETCH,
    active_s=600.0,
    interval_s=1800.0,
    until_break_s=700.0,
    held=None,
    snoozes=0,
    snoozed_until=None,
    paused=False,
    paused_until=None,
    meeting_until=None,
    offered_today=6,
    taken_today=5,
    goal=None,
)
NAMES = {
    "T1": "Standing back extension",
    "T2": "Standing hip flexor stretch",
    "S4": "Seated figure-4 stretch",
    "T10": "Walk break",
    "S1": "Seated pelvic tilt",
}


class Source:
    """The provider a window is given, counting what it was asked for."""

    def __init__(
        self,
        repo: Repository,
        clock: SimulatedClock,
        settings: Settings,
        goal_start: date | None = None,
    ) -> None:
        self.repo, self.clock, self.settings, self.goal_start = repo, clock, settings, goal_start
        self.asked: list[Span] = []

    def __call__(self, span: Span) -> DashboardData:
        self.asked.append(span)
        return DashboardData.build(
            self.repo,
            self.clock,
            self.settings,
            span,
            status=STATUS,
            goal_start=self.goal_start,
            move_names=NAMES,
        )


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> History:
    return generate(tmp_path_factory.mktemp("history") / "backmove.db", years=1)


@pytest.fixture
def year(history: History) -> Source:
    clock = history.clock()
    return Source(
        Repository(Database.open(history.path, clock).database),
        clock,
        history.settings,
        history.goal_start,
    )


@pytest.fixture
def nothing(tmp_path: Path) -> Source:
    clock = SimulatedClock(datetime(2026, 6, 17, 10, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    return Source(
        Repository(Database.open(tmp_path / "backmove.db", clock).database), clock, Settings()
    )


@pytest.fixture
def dashboard(qtbot: QtBot) -> Callable[..., DashboardWindow]:
    """A shown dashboard over `source`."""

    def open_(source: Source, theme: str = "light", **kw) -> DashboardWindow:
        window = DashboardWindow(source, theme=theme, **kw)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return open_
