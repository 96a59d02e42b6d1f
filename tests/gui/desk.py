"""A desk to try the app at: the real app on a simulated clock, with hands that move time.

Only the seams docs/architecture.md#seams-for-tests names are fakes: a simulated clock, an idle
probe the test sets, and a notifier that records. Everything else is real: planner, recorder,
SQLite, widgets.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication

from backmove.app import BackmoveApp
from backmove.core.clock import SimulatedClock
from backmove.core.safety import screen_result
from backmove.paths import resolve
from backmove.storage.database import Database
from backmove.storage.records import SafetyScreen, local_stamp
from backmove.storage.repository import Repository

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY_MORNING = datetime(2026, 3, 30, 9, 30)


class RecordingNotifier:
    name = "recording"

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    def available(self) -> bool:
        return True

    def notify(self, title: str, body: str) -> None:
        self.sent.append((title, body))


class Desk:
    """The app plus the hands that move time and read what it wrote."""

    def __init__(
        self,
        app: BackmoveApp,
        clock: SimulatedClock,
        idle: list[float],
        notes: RecordingNotifier,
        home: Path,
    ) -> None:
        self.app, self.clock, self.idle, self.notes, self.home = app, clock, idle, notes, home

    def work(self, seconds: float, step: float = 5.0) -> None:
        """Type for `seconds`, the idle probe read every `step` seconds as in the app."""
        self.idle[0] = 0.0
        left = seconds
        while left > 0:
            dt = min(step, left)
            self.clock.advance(dt)
            left -= dt
            self.app.driver.tick()

    def away(self, seconds: float, step: float = 5.0) -> None:
        left = seconds
        while left > 0:
            dt = min(step, left)
            self.clock.advance(dt)
            self.idle[0] += dt
            left -= dt
            self.app.driver.tick()

    def rows(self, sql: str) -> list[tuple]:
        conn = sqlite3.connect(self.home / "backmove.db")
        try:
            return conn.execute(sql).fetchall()
        finally:
            conn.close()

    def tooltip(self) -> str:
        return self.app.tray.icon.toolTip()

    def prompt_up(self) -> bool:
        return self.app.flow.prompt is not None and self.app.flow.prompt.isVisible()


def answer_screen(home: Path, clock: SimulatedClock, flagged: tuple[str, ...] = ()) -> None:
    """Leave a safety check in the database, as if answered on an earlier day."""
    result = screen_result(dict.fromkeys(flagged, True))
    db = Database.open(home / "backmove.db", clock).database
    try:
        at, offset = local_stamp(clock, clock.wall() - 86_400)
        Repository(db).add_safety_screen(
            SafetyScreen(
                at=at,
                utc_offset_s=offset,
                answers=dict.fromkeys(flagged, True),
                tier=result.tier,
                outcome=result.outcome,
            )
        )
    finally:
        db.close()


@contextmanager
def open_desk(
    qapp: QApplication,
    home: Path,
    settings: str = "",
    *,
    screened: tuple[str, ...] | None = None,
    start: datetime = MONDAY_MORNING,
) -> Iterator[Desk]:
    """The app started in `home` at `start` (Berlin time). `settings` is added to the settings
    file; `screened` leaves a safety check with those questions ticked (() for all clear)."""
    home.mkdir(exist_ok=True)
    # The prompt exactly at the deadline, with no wait for a pause and so no heads-up, unless
    # `settings` asks for them.
    plain = {"natural_pause_wait_s": 0, "warning_lead_s": 0}
    header = "".join(f"{key} = {value}\n" for key, value in plain.items() if key not in settings)
    (home / "settings.toml").write_text(header + settings)
    clock = SimulatedClock(start, BERLIN)
    if screened is not None:
        answer_screen(home, clock, screened)
    idle = [0.0]
    notes = RecordingNotifier()
    app = BackmoveApp(
        qapp,
        resolve(home),
        clock,
        tray_available=lambda: True,
        idle_seconds=lambda: idle[0],
        notifiers=[notes],
        watch_desktop=False,
    )
    assert app.start()
    try:
        yield Desk(app, clock, idle, notes, home)
    finally:
        app.close_down()
