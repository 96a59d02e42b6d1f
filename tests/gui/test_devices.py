"""Two running apps, each on its own data folder and simulated clock, sharing a sync folder: what
one does reaches the other through the files alone, as the flow (flows.devices) looks every
twenty seconds."""

from __future__ import annotations

from pathlib import Path

from backmove.core.devices import copy_name
from backmove.core.safety import STAND_UP_ONLY
from backmove.services.dashboard import Span
from backmove.services.dashboard_source import DashboardSource
from backmove.storage.records import Rating, local_stamp
from tests.gui.desk import Desk, open_desk


def together(seconds: float, at: Desk | None, *desks: Desk, step: float = 20.0) -> None:
    """`seconds` pass on both desks' clocks, the user typing at `at` (None: at neither); each
    app looks at the folder every `step` seconds, as its timer would."""
    left = seconds
    while left > 0:
        dt = min(step, left)
        for desk in desks:
            desk.clock.advance(dt)
            if desk is at:
                desk.idle[0] = 0.0
            else:
                desk.idle[0] += dt
            desk.app.driver.tick()
        for desk in desks:
            desk.app.device_sync.look()
        left -= dt


def test_two_running_apps_share_history_safety_and_the_sitting_clock(qapp, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o700)
    settings = f'sync_folder = "{shared}"\ninterval_min = 30\n'
    with (
        open_desk(qapp, tmp_path / "a", settings, screened=()) as a,
        open_desk(qapp, tmp_path / "b", settings, screened=()) as b,
    ):
        b.idle[0] = 3600.0  # nobody at B yet
        together(20, None, a, b)
        ids = {d.app.devices.identity.id for d in (a, b)}
        assert {p.name for p in shared.glob("*.db")} == {copy_name(i) for i in ids}

        # Twenty minutes at A, a minute's walk, then B: B goes on from A's count.
        together(20 * 60, a, a, b)
        together(60, None, a, b)
        together(60, b, a, b)
        assert b.app.planner.status().active_s >= 20 * 60

        # The day rated on A is not asked again on B.
        assert not b.app.tracking.rated_today()
        at, offset = local_stamp(a.clock)
        a.app.store.write(lambda repo: repo.add_rating(Rating(at, offset, "end_of_day", 3)))
        together(60, b, a, b)
        assert b.app.tracking.rated_today()
        # B's dashboard, read on its worker as the window reads it, holds A's answer too, and
        # agrees with the same figures read on the thread that draws.
        source = DashboardSource(b.app.store, b.clock, lambda: b.app.settings, b.app.library)
        on_worker = source.job(Span.WEEKS_4)()
        assert on_worker is not None
        assert on_worker.trend.logged == 1
        assert on_worker == source.build(Span.WEEKS_4)

        # A leg symptom in a break on A pauses exercise on B once A's copy is published.
        assert b.app.safety.hold is None
        a.app.safety.symptom_reported("T1", "leg")
        together(60, b, a, b)
        assert b.app.safety.hold is not None
        assert b.app.safety.limits() == STAND_UP_ONLY
        assert b.rows("SELECT count(*) FROM app_events WHERE kind = 'stop_symptom'") == [(0,)]

        # A's copy then arrives damaged: nothing has answered the pause, so it stays.
        copy = shared / copy_name(a.app.devices.identity.id)
        copy.write_bytes(copy.read_bytes()[:2048] + b"\x00" * 8192)
        together(20, b, b)
        assert b.app.safety.hold is not None
        # An assessment confirmed on B ends it.
        assert b.app.safety.confirm_assessment(b.clock.local().date())
        assert b.app.safety.hold is None
