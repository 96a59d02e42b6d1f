"""What a second `backmove` process may ask of the running one over the instance socket.

`backmove status`, `pause 30m`, `break-now` and the rest arrive as small JSON requests; each
is answered here from the planner's controls and status, in the user's language. The socket
itself is the platform's; this only knows the requests and their answers.

Every value a request carries is checked before anything is done with it: a pause of 1e308
minutes or NaN once reached the planner and broke every later answer, and "abc" paused the
app before it failed. A value out of place is answered `{"ok": false, "error": words}`, and
nothing changes. Keys a command does not know are ignored, so an older app takes requests of a
newer command line.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QTimer

from backmove import __version__
from backmove.core.clock import Clock
from backmove.core.planner import LONGEST_MIN, Decision, PauseLength, Planner, Status
from backmove.core.settings import Settings
from backmove.paths import Paths
from backmove.services.store import Store
from backmove.ui.wording import status_words

if TYPE_CHECKING:
    from backmove.services.counts import DayCounts

Handler = Callable[[dict[str, Any]], dict[str, Any]]


class Controls(Protocol):
    """The planner's events a command may run (the planner driver has them all)."""

    def break_now(self) -> list[Decision]: ...
    def pause(self, length: PauseLength = None) -> list[Decision]: ...
    def resume(self) -> list[Decision]: ...
    def meeting(self, minutes: float | None = None) -> list[Decision]: ...
    @property
    def planner(self) -> Planner: ...


class Server(Protocol):
    def handle(self, name: str, handler: Handler) -> None: ...


class RunningApp(Protocol):
    """What a command asks of the running app (the composition root has each)."""

    settings: Settings
    driver: Any
    tray: Any

    def idle_known(self) -> bool: ...
    def show_main(self) -> None: ...
    def quit(self) -> None: ...


class Commands(QObject):
    """Registers a handler for each request and builds the status every answer carries."""

    def __init__(
        self,
        paths: Paths,
        clock: Clock,
        store: Store,
        app: RunningApp,
        parent: QObject | None,
        *,
        as_told: Callable[[Status], Status] = lambda st: st,
    ) -> None:
        """`app` is asked, at each request, for its settings, its planner driver, whether it
        has a tray and whether the desktop reports idle time; and to show itself or quit.
        `as_told` gives the planner's status the length the user was told (`BreakFlow`)."""
        super().__init__(parent)
        self._paths = paths
        self._clock = clock
        self._store = store
        self._settings: Callable[[], Settings] = lambda: app.settings
        self._controls: Callable[[], Controls | None] = lambda: app.driver
        self._as_told = as_told
        self._idle_known = app.idle_known
        self._has_tray: Callable[[], bool] = lambda: app.tray is not None
        self._show = app.show_main
        self._quit = app.quit

    def serve(self, server: Server) -> None:
        server.handle("show", lambda _req: self._shown())
        server.handle("status", lambda _req: self.status())
        server.handle("quit", lambda _req: self._quit_soon())
        server.handle("break-now", lambda _req: self._run(lambda c: c.break_now()))
        server.handle("resume", lambda _req: self._run(lambda c: c.resume()))
        server.handle("pause", self._pause)
        server.handle("meeting", self._meeting)

    def status(self) -> dict[str, Any]:
        """What `backmove status` prints: the planner's state in words and today's counts.

        The counts are read from the log by `services.counts`, as the dashboard and the report
        read them, not from the planner's memory of the day: a second look at the same day
        must not say other numbers. "breaks today" is what counts toward the goal."""
        extra: dict[str, Any] = {}
        controls = self._controls()
        st = self._as_told(controls.planner.status()) if controls is not None else None
        if st is not None:
            extra = {
                "state": str(st.state),
                "summary": status_words(st, self._clock, idle_known=self._idle_known()),
            }
        today = self._today()
        if today is not None:
            extra |= {
                "breaks_today": today.counts.toward_goal,
                "offered_today": today.counts.offered,
                "goal_today": today.goal,
                "longest_stretch_today_min": (
                    None if today.longest_stretch_min is None else round(today.longest_stretch_min)
                ),
            }
        from backmove.services.devices import exercise_hold

        hold = self._store.read(exercise_hold, None)
        if self._store.is_open:
            extra["exercise_paused"] = False if hold is None else hold.tier
        return {
            **extra,
            "running": True,
            "version": __version__,
            "tray": self._has_tray(),
            "config_dir": str(self._paths.config_dir),
            "data_dir": str(self._paths.data_dir),
            "database": str(self._paths.database) if self._store.is_open else "not open",
        }

    def _today(self) -> DayCounts | None:
        settings = self._settings()
        goal_start = self._store.goal_start()
        from backmove.services.counts import day_counts  # only when status is asked

        return self._store.read(
            lambda repo: day_counts(repo, self._clock, settings, goal_start), None
        )

    def _run(self, event: Callable[[Controls], list[Decision]]) -> dict[str, Any]:
        controls = self._controls()
        decisions = event(controls) if controls is not None else []
        return {"decisions": [str(d.decision) for d in decisions], **self.status()}

    def _pause(self, request: dict[str, Any]) -> dict[str, Any]:
        """minutes: a number from 1 to 1440, "tomorrow", or null (until resumed)."""
        value = request.get("minutes")
        if value is None or value == "tomorrow":
            length: PauseLength = value
        else:
            minutes = _minutes(value)
            if minutes is None:
                return self._refused(
                    self.tr('minutes must be between 1 and 1440, "tomorrow" or null')
                )
            length = minutes
        return self._run(lambda c: c.pause(length))

    def _meeting(self, request: dict[str, Any]) -> dict[str, Any]:
        """minutes: a number from 1 to 1440, or null (the meeting length of the settings)."""
        value = request.get("minutes")
        minutes = None if value is None else _minutes(value)
        if value is not None and minutes is None:
            return self._refused(self.tr("minutes must be between 1 and 1440"))
        return self._run(lambda c: c.meeting(minutes))

    @staticmethod
    def _refused(words: str) -> dict[str, Any]:
        return {"ok": False, "error": words}

    def _shown(self) -> dict[str, Any]:
        self._show()
        return {"shown": True}

    def _quit_soon(self) -> dict[str, Any]:
        QTimer.singleShot(0, self._quit)
        return {"quitting": True, "summary": self.tr("backmove is quitting.")}


def _minutes(value: object) -> float | None:
    """`value` as minutes when it is a finite number from 1 to LONGEST_MIN; else None. A
    JSON true is a number to Python, and no length of time."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    minutes = float(value) if not isinstance(value, int) or abs(value) < 1 << 53 else math.inf
    if not math.isfinite(minutes) or not 1 <= minutes <= LONGEST_MIN:
        return None
    return minutes
