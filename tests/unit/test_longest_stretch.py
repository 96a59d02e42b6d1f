"""Today's longest stretch without a break starts when backmove began watching, not at midnight:
on an all-day schedule, an app started at 11:50 with one break at 11:55 has not seen four hours
of sitting. The dashboard's Today tile and `backmove status` say the same number, read from a
real log."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from backmove.core.clock import SimulatedClock
from backmove.core.kinds import BreakKind
from backmove.core.settings import Settings
from backmove.paths import resolve
from backmove.services.counts import day_counts
from backmove.services.dashboard import DashboardData, Span
from backmove.services.store import Store
from backmove.storage.records import Break, local_stamp

BERLIN = ZoneInfo("Europe/Berlin")
ALL_DAY = Settings(
    {
        "working_hours": {
            day: ["00:00-24:00"] for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
        }
    }
)


def _store(home: Path, clock: SimulatedClock) -> Store:
    store = Store(resolve(home), clock)
    fatal, _ = store.open()
    assert fatal is None and store.repo is not None
    return store


def _break(store: Store, clock: SimulatedClock, start: str, end: str) -> None:
    day = clock.local().date().isoformat()

    def wall(hhmm: str) -> float:
        return datetime.fromisoformat(f"{day}T{hhmm}").replace(tzinfo=BERLIN).timestamp()

    at, offset = local_stamp(clock, wall(start))
    assert store.repo is not None
    store.repo.add_break(
        Break(
            planned_at=at,
            utc_offset_s=offset,
            kind=BreakKind.STRETCH,
            prompted_at=at,
            started_at=at,
            ended_at=int(wall(end)),
            outcome="completed",
        )
    )


def _both(store: Store, clock: SimulatedClock) -> tuple[float | None, float | None]:
    assert store.repo is not None
    dashboard = DashboardData.build(store.repo, clock, ALL_DAY, Span.WEEKS_4).today_view
    status = day_counts(store.repo, clock, ALL_DAY, None)
    return dashboard.longest_sitting_min, status.longest_stretch_min


def test_a_profile_minutes_old_has_not_sat_since_midnight(tmp_path: Path) -> None:
    clock = SimulatedClock(datetime(2026, 3, 30, 11, 50), BERLIN)
    store = _store(tmp_path / "home", clock)
    store.mark_watching()  # the app starts at 11:50
    _break(store, clock, "11:55", "11:57")
    clock.advance(15 * 60)  # 12:05
    dashboard, status = _both(store, clock)
    # 11:50-11:55 is 5 min, 11:57-12:05 is 8 min; not the 11 h 55 min since midnight.
    assert dashboard == pytest.approx(8)
    assert status == dashboard
    store.close()


def test_a_restart_later_in_the_day_keeps_the_morning(tmp_path: Path) -> None:
    clock = SimulatedClock(datetime(2026, 3, 30, 8, 0), BERLIN)
    store = _store(tmp_path / "home", clock)
    store.mark_watching()  # 08:00
    _break(store, clock, "09:30", "09:32")
    clock.advance(5 * 3600)  # 13:00: the app is started again
    store.mark_watching()
    clock.advance(10 * 60)  # 13:10
    dashboard, status = _both(store, clock)
    assert dashboard == pytest.approx(13 * 60 + 10 - (9 * 60 + 32))  # 09:32 to now
    assert status == dashboard
    store.close()


def test_an_app_running_since_yesterday_watched_today_from_midnight(tmp_path: Path) -> None:
    clock = SimulatedClock(datetime(2026, 3, 29, 22, 0), BERLIN)
    store = _store(tmp_path / "home", clock)
    store.mark_watching()  # Sunday 22:00, and running on
    clock.advance(3 * 3600)  # Monday 01:00
    _break(store, clock, "00:30", "00:32")
    dashboard, status = _both(store, clock)
    assert dashboard == pytest.approx(30)  # 00:00 to 00:30: the app was watching
    assert status == dashboard
    store.close()
