"""The wall-clock jobs: one per working-hours edge, the new day, the end-of-day question, the
weekly check-in and the backup, each firing on the Qt thread."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from backmove.core.settings import Settings
from backmove.scheduling.wallclock import WallClockJobs


def test_jobs_follow_the_settings() -> None:
    jobs = WallClockJobs(tz=UTC)
    jobs.configure(Settings())
    ids = jobs.job_ids()
    assert "edge-mon-0900-0" in ids and "edge-fri-1730-1" in ids
    assert not any(i.startswith(("edge-sat", "edge-sun")) for i in ids)
    assert {"new-day", "end-of-day", "weekly-checkin", "function-goals", "daily-backup"} <= set(ids)

    jobs.configure(
        Settings().replace(
            end_of_day_rating=False, weekly_checkin=False, working_hours={"sat": ["10:00-12:00"]}
        )
    )
    ids = jobs.job_ids()
    assert "end-of-day" not in ids and "weekly-checkin" not in ids
    assert "function-goals" in ids  # asked only while a goal is tracked, whatever the settings
    assert [i for i in ids if i.startswith("edge")] == ["edge-sat-1000-0", "edge-sat-1200-1"]


def test_a_job_fires_on_the_qt_thread(qtbot) -> None:
    jobs = WallClockJobs(tz=UTC)
    jobs.configure(Settings())
    jobs.start()
    threads: list[threading.Thread] = []
    jobs.daily_backup.connect(lambda: threads.append(threading.current_thread()))
    try:
        with qtbot.waitSignal(jobs.daily_backup, timeout=5000):
            jobs.scheduler.get_job("daily-backup").modify(next_run_time=datetime.now(UTC))
            jobs.wake()
    finally:
        jobs.stop()
    assert threads == [threading.main_thread()]


def test_the_back_session_reminder_comes_at_its_time_on_working_days_when_on() -> None:
    jobs = WallClockJobs(tz=UTC)
    jobs.configure(Settings())
    assert "back-session" not in jobs.job_ids()  # opt-in: off by default

    jobs.configure(Settings().replace(back_session=True, back_session_time="18:10"))
    trigger = jobs.scheduler.get_job("back-session").trigger
    monday_noon = datetime(2026, 3, 30, 12, 0, tzinfo=UTC)
    assert trigger.get_next_fire_time(None, monday_noon) == datetime(
        2026, 3, 30, 18, 10, tzinfo=UTC
    )
    friday_evening = datetime(2026, 4, 3, 19, 0, tzinfo=UTC)
    assert trigger.get_next_fire_time(None, friday_evening) == datetime(
        2026, 4, 6, 18, 10, tzinfo=UTC
    )  # not at the weekend, which has no working hours


def test_the_back_session_reminder_fires_on_the_qt_thread(qtbot) -> None:
    jobs = WallClockJobs(tz=UTC)
    jobs.configure(Settings().replace(back_session=True))
    jobs.start()
    try:
        with qtbot.waitSignal(jobs.back_session, timeout=5000):
            jobs.scheduler.get_job("back-session").modify(next_run_time=datetime.now(UTC))
            jobs.wake()
    finally:
        jobs.stop()
