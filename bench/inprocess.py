"""The real app inside the bench's own process, over a throw-away folder: what
`bench.break_latency` and `bench.leak` drive.

The folder holds a log with yesterday's safety check (so no welcome comes up) and whatever
settings the caller writes; the app is the composition root itself, with only the seams
docs/architecture.md names replaced: no tray (its stand-in window), an idle probe that always
says "typing", no notifiers and no desktop watchers.

Two clocks serve. `SimulatedClock` (backmove's own) moves only when told: for the leak, where a
day of breaks must pass in seconds. `RunningClock` runs with the machine's monotonic clock and
can be skipped ahead: for the prompt's latency, where the app's real deadline timer must fire
at the deadline by itself, as it does for the user.
"""

from __future__ import annotations

import contextlib
import gc
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from backmove.app import BackmoveApp
from backmove.core.clock import Clock, SimulatedClock
from backmove.paths import resolve
from backmove.storage.database import Database
from backmove.storage.records import SafetyScreen, local_stamp
from backmove.storage.repository import Repository

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY_MORNING = datetime(2026, 3, 30, 9, 0)


class RunningClock:
    """Backmove's clock protocol on the machine's monotonic clock, plus `skip`: the user
    typed for that long, in no time. The wall clock starts at `start` and runs with it."""

    def __init__(self, start: datetime, tz: tzinfo | None = None) -> None:
        self._tz = tz
        self._ahead = 0.0
        self._base_wall = start.replace(tzinfo=tz).timestamp() - time.monotonic()

    def monotonic(self) -> float:
        return time.monotonic() + self._ahead

    def wall(self) -> float:
        return self._base_wall + self.monotonic()

    def local(self, wall: float | None = None) -> datetime:
        return datetime.fromtimestamp(self.wall() if wall is None else wall, self._tz)

    def skip(self, seconds: float) -> None:
        self._ahead += max(0.0, seconds)

    def at_machine(self, monotonic: float) -> float:
        """The machine's `time.monotonic()` when this clock reads `monotonic`."""
        return monotonic - self._ahead


def qapp() -> QApplication:
    found = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(found, QApplication)
    return found


def settle(app: QApplication) -> None:
    """What the event loop does between two breaks: deliver what was posted, delete what was
    let go (`deleteLater` waits for the loop, which `processEvents` alone is not), and let
    Python collect what only it held."""
    for _ in range(3):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        gc.collect()


@contextlib.contextmanager
def running_app(clock: Clock, settings: str = "") -> Iterator[BackmoveApp]:
    """The app started over a fresh folder with `settings` (TOML text), its safety check
    closed; closed down (and the folder removed) afterwards."""
    application = qapp()
    with tempfile.TemporaryDirectory(prefix="backmove-bench-") as folder:
        home = Path(folder)
        (home / "settings.toml").write_text(settings)
        db = Database.open(home / "backmove.db", clock).database
        at, offset = local_stamp(clock, clock.wall() - 86_400)
        Repository(db).add_safety_screen(
            SafetyScreen(at=at, utc_offset_s=offset, answers={}, tier="none", outcome="clear")
        )
        db.close()
        app = BackmoveApp(
            application,
            resolve(home),
            clock,
            tray_available=lambda: False,
            idle_seconds=lambda: 0.0,
            notifiers=[],
            watch_desktop=False,
        )
        app.start()
        assert app.safety is not None and app.planner is not None and app.driver is not None
        app.safety.close()
        application.processEvents()  # what follows the start at once: the move library
        try:
            yield app
        finally:
            app.close_down()


def simulated() -> SimulatedClock:
    return SimulatedClock(MONDAY_MORNING, BERLIN)
