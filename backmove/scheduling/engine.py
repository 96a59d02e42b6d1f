"""The timing engine: the planner, the driver that feeds it idle readings and arms its
deadline, the desktop's moments (sleep, full screen, Do Not Disturb) and the wall-clock jobs.

These parts only ever talk to each other about time, so they are built and joined here, and
the composition root connects the engine as one piece to the flows and views: its decisions
(`decided`), its moments of change (`ticked`) and its wall-clock cues (`jobs`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from backmove.core.clock import Clock
from backmove.core.planner import Planner
from backmove.core.planner_memory import PlannerState
from backmove.core.settings import Settings
from backmove.scheduling.deadline import PlannerDriver

if TYPE_CHECKING:
    from backmove.scheduling.wallclock import WallClockJobs

log = logging.getLogger(__name__)


class Engine(QObject):
    """Builds and runs the timing parts; `driver` takes the user's events."""

    def __init__(
        self,
        settings: Settings,
        clock: Clock,
        memory: PlannerState | None,
        idle_seconds: Callable[[], float | None] | None,
        parent: QObject | None = None,
    ) -> None:
        """`idle_seconds` None reads the desktop's own idle probe (the test seam otherwise)."""
        super().__init__(parent)
        self._clock = clock
        self.planner = Planner(settings, clock, memory)
        self.idle_probe: Any = None
        if idle_seconds is None:
            from backmove.platform.idle import choose_idle_probe

            self.idle_probe = choose_idle_probe()
            idle_seconds = self.idle_probe.idle_seconds
        self.driver = PlannerDriver(self.planner, clock, idle_seconds, self)
        self.jobs: WallClockJobs | None = None
        self._watchers: list[Any] = []

    @property
    def idle_known(self) -> bool:
        """False when the desktop does not report idle time: breaks come by the clock."""
        return self.idle_probe is None or bool(self.idle_probe.available)

    def start(self) -> None:
        self.driver.start()

    def watch_desktop(self, settings: Settings) -> WallClockJobs:
        """Sleep and wake, full screen and Do Not Disturb, and the wall-clock jobs (with
        APScheduler): started after the tray icon is up, which can do without them a moment."""
        from backmove.platform.desktop import DesktopWatch
        from backmove.scheduling.wallclock import WallClockJobs

        desktop = DesktopWatch(self._clock, self)
        self.jobs = jobs = WallClockJobs(parent=self)
        self.driver.follow(desktop)
        for wake in (desktop.resumed, desktop.clock_jumped):
            wake.connect(lambda _s: jobs.wake())
        jobs.configure(settings)
        jobs.hours_edge.connect(self.driver.tick)
        jobs.new_day.connect(self.driver.tick)
        self._watchers = [desktop, jobs]
        for watcher in self._watchers:
            watcher.start()
        return jobs

    def settings_changed(self, settings: Settings) -> None:
        self.driver.settings_changed(settings)
        if self.jobs is not None:
            self.jobs.configure(settings)

    def stop(self) -> None:
        self.driver.stop()
        for watcher in self._watchers:
            watcher.stop()
        if self.idle_probe is not None:
            self.idle_probe.close()
