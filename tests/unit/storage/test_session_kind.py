"""The migration that lets the log hold back sessions: a database at the version before it,
with breaks, ratings and move verdicts, comes through with every row and every link kept, and
then accepts the kind "session" (and still nothing else)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from backmove.core.clock import SimulatedClock
from backmove.core.kinds import BreakKind
from backmove.storage.database import Database
from backmove.storage.errors import MigrationError
from backmove.storage.records import Break, MoveFeedback, Rating
from backmove.storage.repository import Repository
from backmove.storage.schema import MIGRATIONS, SCHEMA_VERSION
from tests.unit.storage.helpers import all_tables, query, untagged, user_version

BEFORE = 3
"""The version just before the session kind was added (migration 4)."""


def _old_database(path: Path, clock: SimulatedClock) -> None:
    """A log at the previous version with a walk, a stretch and what was said during them."""
    with Database.open(path, clock, migrations=MIGRATIONS[:BEFORE]).database as db:
        repo = Repository(db)
        walk = repo.add_break(
            Break(
                planned_at=1_774_850_000,
                utc_offset_s=7200,
                kind=BreakKind.WALK,
                prompted_at=1_774_850_000,
                started_at=1_774_850_010,
                ended_at=1_774_850_310,
                outcome="completed",
                snooze_count=1,
                routine='["T10"]',
                reason="user",
            )
        )
        stretch = repo.add_break(
            Break(planned_at=1_774_852_000, utc_offset_s=7200, kind=BreakKind.STRETCH)
        )
        assert walk.id is not None and stretch.id is not None
        repo.add_rating(Rating(1_774_850_005, 7200, "now_before", 4, walk.id))
        repo.add_rating(Rating(1_774_850_300, 7200, "now_after", 3, walk.id))
        repo.add_move_feedback(MoveFeedback(walk.id, "T10", "helped", 1_774_850_300, 7200))
    assert user_version(path) == BEFORE


def test_an_old_log_keeps_every_row_and_accepts_sessions(
    db_path: Path, clock: SimulatedClock
) -> None:
    _old_database(db_path, clock)
    before = all_tables(db_path)
    with Database.open(db_path, clock).database as db:
        assert db.version == SCHEMA_VERSION
        assert untagged(all_tables(db_path)) == before
        repo = Repository(db)
        added = repo.add_break(
            Break(
                planned_at=1_774_890_000,
                utc_offset_s=7200,
                kind=BreakKind.SESSION,
                started_at=1_774_890_000,
                ended_at=1_774_890_600,
                outcome="completed",
                routine='["F2","F3"]',
            )
        )
        assert repo.breaks_between(1_774_889_000, 1_774_891_000) == [added]
        assert added.id == 3  # after the old ids, which were kept
    assert query(db_path, "SELECT kind FROM breaks ORDER BY id") == [
        ("walk",),
        ("micro",),
        ("session",),
    ]
    indexes = {name for (name,) in query(db_path, "SELECT name FROM sqlite_master")}
    assert "breaks_by_planned_at" in indexes and "breaks_widened" not in indexes
    assert query(db_path, "PRAGMA integrity_check") == [("ok",)]
    assert query(db_path, "PRAGMA foreign_key_check") == []


def test_the_rebuilt_table_still_refuses_what_it_should(
    db_path: Path, clock: SimulatedClock
) -> None:
    _old_database(db_path, clock)
    with Database.open(db_path, clock).database as db:
        with pytest.raises(sqlite3.IntegrityError):
            db._conn.execute(
                "INSERT INTO breaks (planned_at, utc_offset_s, kind) VALUES (1, 0, 'nap')"
            )
        # Foreign keys are on again once the migration is done.
        with pytest.raises(sqlite3.IntegrityError):
            db._conn.execute(
                "INSERT INTO ratings (at, utc_offset_s, moment, value, break_id) "
                "VALUES (1, 0, 'now_before', 3, 999)"
            )
    # The ratings still point at the rebuilt table, by name and by id.
    assert query(db_path, "SELECT break_id FROM ratings ORDER BY id") == [(1,), (1,)]
    (sql,) = query(db_path, "SELECT sql FROM sqlite_master WHERE name = 'ratings'")[0]
    assert "REFERENCES breaks" in sql


def test_a_migration_that_leaves_a_dangling_reference_changes_nothing(
    db_path: Path, clock: SimulatedClock
) -> None:
    _old_database(db_path, clock)
    before = all_tables(db_path)
    orphaning = ("DELETE FROM breaks WHERE kind = 'walk'",)
    with pytest.raises(MigrationError):
        Database.open(db_path, clock, migrations=(*MIGRATIONS[:BEFORE], orphaning))
    assert user_version(db_path) == BEFORE
    assert all_tables(db_path) == before
