"""A break left open by a quit or a crash is ended `interrupted`, on real database files."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from backmove.core.clock import SimulatedClock
from backmove.core.settings import Settings
from backmove.paths import resolve
from backmove.services.counts import day_counts
from backmove.services.store import Store
from backmove.storage.database import Database
from backmove.storage.records import Break, local_stamp
from backmove.storage.repository import Repository
from tests.unit.storage.helpers import BERLIN, query


def _clock() -> SimulatedClock:
    return SimulatedClock(datetime(2026, 3, 31, 10, 0), BERLIN)


def _store(home: Path, clock: SimulatedClock) -> Store:
    store = Store(resolve(home), clock)
    fatal, _told = store.open()
    assert fatal is None and store.is_open
    return store


def _leave_open(home: Path, clock: SimulatedClock) -> tuple[int, int]:
    """A log with one break ended and one prompted, started and never ended, as a crash
    leaves it (the database is closed without a word to the store); (open id, its start)."""
    db = Database.open(home / "backmove.db", clock).database
    repo = Repository(db)
    at, offset = local_stamp(clock)
    repo.add_break(Break(at - 3600, offset, "micro", at - 3600, at - 3590, at - 3500, "completed"))
    left = repo.add_break(Break(at - 600, offset, "walk", at - 600, at - 540))
    db.close()
    assert left.id is not None
    return left.id, at - 540


def test_opening_the_log_ends_a_break_a_crash_left_open(tmp_path: Path) -> None:
    clock = _clock()
    left, started = _leave_open(tmp_path, clock)
    clock.advance(timedelta(hours=20).total_seconds())  # the app came back the next morning
    store = _store(tmp_path, clock)
    try:
        rows = query(tmp_path / "backmove.db", "SELECT id, outcome, ended_at FROM breaks")
        # Ended when it was last known to be going on (its start), not when the app came back.
        assert (left, "interrupted", started) in rows
        assert [r for r in rows if r[1] is None] == []
        # Counted on its own day, as offered and not done.
        today = store.read(lambda repo: day_counts(repo, _clock(), Settings(), None), None)
        assert today is not None
        assert (today.counts.offered, today.counts.done, today.counts.interrupted) == (2, 1, 1)
    finally:
        store.close()


def test_a_reopened_log_ends_its_open_breaks_too(tmp_path: Path) -> None:
    clock = _clock()
    store = _store(tmp_path, clock)
    store.close()
    left, started = _leave_open(tmp_path, clock)
    store.reopen()
    try:
        rows = query(tmp_path / "backmove.db", "SELECT id, outcome, ended_at FROM breaks")
        assert (left, "interrupted", started) in rows
    finally:
        store.close()


def test_quitting_ends_the_break_under_way_now(tmp_path: Path) -> None:
    clock = _clock()
    store = _store(tmp_path, clock)
    at, offset = local_stamp(clock)
    row = store.write(lambda repo: repo.add_break(Break(at, offset, "micro", at, at + 5)))
    assert row is not None
    clock.advance(90)
    store.close()
    assert query(tmp_path / "backmove.db", "SELECT id, outcome, ended_at FROM breaks") == [
        (row.id, "interrupted", at + 90)
    ]


def test_an_ended_break_is_left_as_it_was(tmp_path: Path) -> None:
    clock = _clock()
    store = _store(tmp_path, clock)
    at, offset = local_stamp(clock)
    store.write(lambda repo: repo.add_break(Break(at, offset, "micro", at, at, at + 60, "skipped")))
    before = query(tmp_path / "backmove.db", "SELECT * FROM breaks")
    store.close()
    _store(tmp_path, clock).close()
    assert query(tmp_path / "backmove.db", "SELECT * FROM breaks") == before
