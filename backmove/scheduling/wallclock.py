"""What belongs to the wall clock: working-hours edges, the new day, the end-of-day question,
the back session's reminder, the weekly check-in, the daily look at whether the function
goals are due again, and the daily backup, as APScheduler cron jobs on the Qt thread.

Break deadlines do not live here: they count active seconds on the monotonic clock (see
`deadline.py`). These jobs only say "it is now 17:15 on a working day"; each one emits a
signal, and the app decides what to do.

APScheduler 3's QtScheduler runs jobs on a thread pool unless told otherwise; the
DebugExecutor runs them on the Qt thread, where widgets may be touched. Its timer does not
advance while the machine sleeps, so `wake()` is called on resume and on a clock jump; a job
missed by up to an hour still runs once (coalesced), a job missed by more is dropped (the
planner and the app catch up from the database instead).
"""

from __future__ import annotations

import logging
from datetime import tzinfo

from apscheduler.executors.debug import DebugExecutor
from apscheduler.schedulers.qt import QtScheduler
from apscheduler.triggers.cron import CronTrigger
from PySide6.QtCore import QObject, Signal

from backmove.core.settings import WEEKDAYS, Settings

log = logging.getLogger(__name__)

MISFIRE_GRACE_S = 3600
FUNCTION_GOALS_AT = (11, 0)
"""When the daily look at the function goals comes: mid-morning, an hour clear of the weekly
check-in (12:00), so two questions never arrive together."""


class WallClockJobs(QObject):
    hours_edge = Signal()
    new_day = Signal()
    end_of_day = Signal()
    back_session = Signal()
    """The back session's time on a working day, when the user opted in to it."""
    weekly_checkin = Signal()
    function_goals = Signal()
    """Once a day: the goals may be due to be rated again (the app asks whether they are)."""
    daily_backup = Signal()

    def __init__(self, tz: tzinfo | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        options: dict[str, object] = {
            "executors": {"default": DebugExecutor()},
            "job_defaults": {
                "coalesce": True,
                "misfire_grace_time": MISFIRE_GRACE_S,
                "max_instances": 1,
            },
        }
        if tz is not None:
            options["timezone"] = tz
        self.scheduler = QtScheduler(**options)

    def configure(self, settings: Settings) -> None:
        """(Re)create every job from the settings; called at start and on any change."""
        self.scheduler.remove_all_jobs()
        tz = self.scheduler.timezone
        for day_index, day in enumerate(WEEKDAYS):
            for start, end in settings.working_ranges(day_index):
                for n, edge in enumerate((start, end)):
                    if edge is None:  # a range that runs to midnight ends with the new day
                        continue
                    self.scheduler.add_job(
                        self.hours_edge.emit,
                        CronTrigger(
                            day_of_week=day, hour=edge.hour, minute=edge.minute, timezone=tz
                        ),
                        id=f"edge-{day}-{edge:%H%M}-{n}",
                        replace_existing=True,
                    )
        self.scheduler.add_job(
            self.new_day.emit, CronTrigger(hour=0, minute=0, second=5, timezone=tz), id="new-day"
        )
        working = ",".join(d for i, d in enumerate(WEEKDAYS) if settings.working_ranges(i))
        if settings["end_of_day_rating"] and working:
            hh, mm = (int(x) for x in settings["end_of_day_time"].split(":"))
            self.scheduler.add_job(
                self.end_of_day.emit,
                CronTrigger(day_of_week=working, hour=hh, minute=mm, timezone=tz),
                id="end-of-day",
            )
        if settings["back_session"] and working:
            hh, mm = (int(x) for x in settings["back_session_time"].split(":"))
            self.scheduler.add_job(
                self.back_session.emit,
                CronTrigger(day_of_week=working, hour=hh, minute=mm, timezone=tz),
                id="back-session",
            )
        if settings["weekly_checkin"]:
            self.scheduler.add_job(
                self.weekly_checkin.emit,
                CronTrigger(
                    day_of_week=settings["weekly_checkin_day"], hour=12, minute=0, timezone=tz
                ),
                id="weekly-checkin",
            )
        hour, minute = FUNCTION_GOALS_AT
        self.scheduler.add_job(
            self.function_goals.emit,
            CronTrigger(hour=hour, minute=minute, timezone=tz),
            id="function-goals",
        )
        self.scheduler.add_job(
            self.daily_backup.emit, CronTrigger(hour=12, minute=30, timezone=tz), id="daily-backup"
        )

    def start(self) -> None:
        if not self.scheduler.running:
            self.scheduler.start()

    def wake(self) -> None:
        """After a sleep or a clock jump: look at the jobs again now, not when the old timer
        (which stood still while the machine slept) would have fired."""
        if self.scheduler.running:
            self.scheduler.wakeup()

    def stop(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)

    def job_ids(self) -> list[str]:
        return sorted(job.id for job in self.scheduler.get_jobs())
