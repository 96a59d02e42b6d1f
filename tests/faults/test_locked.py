"""Another program holds the database's write lock (BEGIN EXCLUSIVE in its own process).

Reading goes on (WAL: readers never wait for the writer). A write waits out the busy timeout,
then the user is told the database is busy in another program; that one record is not saved.
The app and the CLI keep working, and writing works again as soon as the lock is let go.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from backmove.core.clock import SimulatedClock
from backmove.core.planner import State
from backmove.core.sitting import WATCHING
from backmove.storage.database import Database
from backmove.storage.errors import DatabaseLockedError
from backmove.storage.messages import DatabaseLocked
from backmove.storage.records import AppEvent, Break
from backmove.storage.repository import Repository
from backmove.ui.wording import describe
from tests.faults.conftest import REPO_ROOT, notice_texts

HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
conn.execute("INSERT INTO app_events (at, utc_offset_s, kind) VALUES (1, 0, 'other program')")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


@contextmanager
def locked_by_another_program(path: Path) -> Iterator[None]:
    """Another process holds BEGIN EXCLUSIVE on `path` (with a write of its own under way)."""
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "locked"
        try:
            yield
        finally:
            holder.stdin.write("done\n")
            holder.stdin.flush()
    assert holder.returncode == 0


def says_it_is_busy(text: str, path: Path) -> None:
    assert str(path) in text
    assert "busy in another program" in text
    assert "close other programs using it" in text


def test_a_write_under_another_programs_lock_is_refused_with_its_message(
    tmp_path: Path, clock: SimulatedClock
) -> None:
    path = tmp_path / "backmove.db"
    with Database.open(path, clock, busy_timeout_s=0.2).database as db:
        repo = Repository(db)
        earlier = repo.add_break(Break(planned_at=1, utc_offset_s=0, kind="micro"))
        with locked_by_another_program(path):
            assert repo.breaks_between(0, 10) == [earlier]  # reading goes on
            with pytest.raises(DatabaseLockedError) as refused:
                repo.add_event(AppEvent(at=2, utc_offset_s=0, kind="pause"))
            assert refused.value.message == DatabaseLocked(str(path))
            says_it_is_busy(describe(refused.value.message), path)
            with Database.open(path, clock, busy_timeout_s=0.2).database as second:
                assert second.counts()["breaks"] == 1  # and so does opening
        repo.add_event(AppEvent(at=3, utc_offset_s=0, kind="pause"))
        assert [e.at for e in repo.events_between(0, 10)] == [3]
        assert db.integrity_problems() == []


def test_the_app_says_the_database_is_busy_and_carries_on(make_app, home: Path) -> None:
    app = make_app()
    assert app.start()
    app.driver.pause(30)
    app.driver.resume()
    path = app.paths.database
    with locked_by_another_program(path):
        app.driver.pause(30)  # waits out the busy timeout (5 s), then gives up on this record
        assert app.planner is not None and app.planner.state is State.PAUSED
        (told,) = notice_texts(app)
        says_it_is_busy(told, path)
    app.driver.resume()
    assert app.store.db is not None
    kinds = [
        e.kind for e in Repository(app.store.db).events_between(0, 2**40) if e.kind != WATCHING
    ]
    assert kinds == ["pause", "resume", "resume"]  # only the refused pause is missing
    assert app.store.db.integrity_problems() == []
    assert len(notice_texts(app)) == 1


def test_the_cli_still_reports_while_another_program_holds_the_lock(
    home: Path, clock: SimulatedClock
) -> None:
    with Database.open(home / "backmove.db", clock).database as db:
        Repository(db).add_break(Break(planned_at=1, utc_offset_s=0, kind="micro"))
    with locked_by_another_program(home / "backmove.db"):
        done = subprocess.run(
            [sys.executable, "-m", "backmove", "--home", str(home), "status", "--json"],
            capture_output=True,
            text=True,
            cwd=REPO_ROOT,
            timeout=120,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    status = json.loads(done.stdout)
    assert status["running"] is False
    assert status["records"]["breaks"] == 1
    assert status["integrity"] == "ok"
