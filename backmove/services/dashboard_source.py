"""The one way to the dashboard's figures, kept light: the app builds it at start, while the
statistics behind the figures (`backmove.services.dashboard`) load when a view first asks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from backmove.core.clock import Clock
from backmove.core.planner import Status
from backmove.core.settings import Settings
from backmove.services.library import MoveLibrary
from backmove.services.store import Store
from backmove.storage.repository import Repository

if TYPE_CHECKING:
    from backmove.services.dashboard import DashboardData, Span


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

    @property
    def repo(self) -> Repository | None:
        """The history (every device's, with a sync folder), for the report's lists the
        dashboard does not show (safety answers, stops, moves not tolerated); None when there
        is no log."""
        return self._store.history()

    def move_names(self) -> dict[str, str]:
        """Each move's id with its name, as the dashboard names them."""
        return self._library.names()

    def job(self, span: Span) -> Callable[[], DashboardData | None]:
        """The figures for `span` as a job to run on another thread: what only this thread may
        touch (the settings, the planner's status, the goal's start, the moves' names) is read
        now, and the job reads the log through a read-only connection of its own, so the time
        a long history takes is never spent on the thread that draws."""
        if self._store.repo is None:
            return lambda: None
        from backmove.services.dashboard import DashboardData

        opener, clock, settings = self._store.history_opener(), self._clock, self._settings()
        status, goal_start, names = self._status(), self._goal_start(), self._library.names()

        def run() -> DashboardData | None:
            with opener() as db:
                return DashboardData.build(
                    Repository(db),
                    clock,
                    settings,
                    span,
                    status=status,
                    goal_start=goal_start,
                    move_names=names,
                )

        return run

    def build(self, span: Span) -> DashboardData | None:
        """The figures for `span` now; None when there is no log."""
        repo = self._store.history()
        if repo is None:
            return None
        from backmove.services.dashboard import DashboardData

        return DashboardData.build(
            repo,
            self._clock,
            self._settings(),
            span,
            status=self._status(),
            goal_start=self._goal_start(),
            move_names=self._library.names(),
        )
