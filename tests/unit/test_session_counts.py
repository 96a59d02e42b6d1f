"""A back session in the log counts like any break: done toward the daily goal, in the week's
bars and on the calendar (docs/schema.md, "Counts")."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from backmove.core.clock import SimulatedClock
from backmove.core.kinds import BreakKind
from backmove.core.settings import Settings
from backmove.services.counts import day_counts
from backmove.services.dashboard import DashboardData, Span
from backmove.storage.database import Database
from backmove.storage.records import Break, local_stamp
from backmove.storage.repository import Repository

BERLIN = ZoneInfo("Europe/Berlin")


def test_a_completed_session_is_a_break_done_in_every_count(tmp_path: Path) -> None:
    clock = SimulatedClock(datetime(2026, 6, 17, 18, 0, tzinfo=BERLIN))  # a Wednesday
    with Database.open(tmp_path / "backmove.db", clock).database as db:
        repo = Repository(db)
        now, offset = local_stamp(clock)
        stretch = now - 5 * 3600
        repo.add_break(
            Break(
                stretch,
                offset,
                BreakKind.STRETCH,
                stretch,
                stretch + 10,
                stretch + 130,
                "completed",
            )
        )
        session = now - 1800
        repo.add_break(
            Break(
                session,
                offset,
                BreakKind.SESSION,
                None,
                session,
                session + 600,
                "completed",
                routine='["F2","F3"]',
                reason="reminder",
            )
        )
        settings = Settings()
        today = day_counts(repo, clock, settings, None)
        assert (today.counts.offered, today.counts.done, today.counts.toward_goal) == (2, 2, 2)

        data = DashboardData.build(repo, clock, settings, Span.WEEKS_4)
        assert data.today_view.tally.completed == 2
        assert data.adherence.buckets[-1].tally.completed == 2
        (day,) = [d for d in data.calendar.days if d.day == today.day]
        assert day.tally.completed == 2
        assert data.today_view.walk_min == 0  # a session is not a walk
