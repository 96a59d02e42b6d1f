"""A log that cannot be opened at start: breaks run, and saving resumes once the cause is gone.

Here the database's name is taken by a folder (something a user can do by accident and that
stops root as well as anyone else); removing it is the cause going away.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication

from backmove.app import BackmoveApp
from backmove.core.clock import SimulatedClock
from backmove.core.sitting import WATCHING
from backmove.paths import resolve
from backmove.storage.repository import Repository

from .conftest import notice_texts


def test_saving_resumes_by_itself_once_the_database_can_be_opened(
    qapp: QApplication, home: Path
) -> None:
    paths = resolve(home)
    paths.ensure()
    paths.database.mkdir()
    clock = SimulatedClock(datetime(2026, 3, 30, 9, 30), ZoneInfo("Europe/Berlin"))
    app = BackmoveApp(
        qapp,
        paths,
        clock,
        tray_available=lambda: True,
        idle_seconds=lambda: 0.0,
        notifiers=[],
        watch_desktop=False,
    )
    try:
        assert app.start()
        (told,) = notice_texts(app)
        assert str(paths.database) in told and "tries again each minute" in told
        app.driver.pause(30)  # not saved: nowhere to save it
        assert app.store.db is None

        paths.database.rmdir()
        clock.advance(61)
        app.driver.resume()  # something to save, a minute on: the log is opened and used
        assert app.store.db is not None
        kinds = [
            e.kind for e in Repository(app.store.db).events_between(0, 2**40) if e.kind != WATCHING
        ]
        assert kinds == ["resume"]
        assert app.store.db.integrity_problems() == []
    finally:
        app.close_down()
