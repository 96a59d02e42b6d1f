"""The migration that adds the ratings' indexes for the views: a log at the version before it
comes through with every row kept and gains the indexes, and the views' queries use them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from backmove.core.clock import SimulatedClock
from backmove.core.kinds import BreakKind
from backmove.storage import repository
from backmove.storage.database import Database
from backmove.storage.records import Break, Rating
from backmove.storage.repository import Repository
from backmove.storage.schema import MIGRATIONS, SCHEMA_VERSION
from tests.unit.storage.helpers import all_tables, query, user_version

BEFORE = 4
"""The version just before the ratings' indexes were added (migration 5)."""


def test_an_old_log_keeps_every_row_and_gains_the_indexes(
    db_path: Path, clock: SimulatedClock
) -> None:
    with Database.open(db_path, clock, migrations=MIGRATIONS[:BEFORE]).database as db:
        repo = Repository(db)
        walk = repo.add_break(
            Break(planned_at=1_774_850_000, utc_offset_s=7200, kind=BreakKind.WALK)
        )
        assert walk.id is not None
        repo.add_rating(Rating(1_774_850_005, 7200, "now_before", 4, walk.id))
        repo.add_rating(Rating(1_774_850_300, 7200, "now_after", 3, walk.id))
        repo.add_rating(Rating(1_774_890_000, 7200, "end_of_day", 5))
    assert user_version(db_path) == BEFORE
    before = all_tables(db_path)
    # Up to this migration alone: later ones may add columns, which their own tests cover.
    with Database.open(db_path, clock, migrations=MIGRATIONS[: BEFORE + 1]).database as db:
        assert db.version == BEFORE + 1 <= SCHEMA_VERSION
    assert all_tables(db_path) == before
    names = {name for (name,) in query(db_path, "SELECT name FROM sqlite_master")}
    assert {
        "ratings_by_moment_day",
        "ratings_by_break_moment_at",
        "breaks_by_planned_at_outcome",
    } <= names
    assert query(db_path, "PRAGMA integrity_check") == [("ok",)]


@pytest.mark.parametrize(
    ("sql", "params", "index"),
    [
        (
            repository._LATEST_END_OF_DAY_BY_DAY,
            {"start": 0, "end": 2**40, "top": 2**40},
            "USING INDEX ratings_by_moment_day (moment=? AND <expr><?)",
        ),
        (
            repository._MOVE_SUMS,
            {"start": 0, "end": 2**40, "first": 0},
            "USING COVERING INDEX ratings_by_break_moment_at (break_id=? AND moment=?",
        ),
        (
            repository._TALLIES_BY_DAY,
            (0, 2**40),
            "USING COVERING INDEX breaks_by_planned_at_outcome",
        ),
        (repository._CLOSE_OPEN_BREAKS, (1,), "SCAN breaks USING INDEX breaks_open"),
    ],
)
def test_the_views_queries_go_through_their_indexes(
    db_path: Path, clock: SimulatedClock, sql: str, params: object, index: str
) -> None:
    """A query that stopped using its index would read every answer again: SQLite's own plan
    says which index each query takes, and no query of these scans a whole table (the open
    breaks are a scan of a partial index, which holds only them)."""
    Database.open(db_path, clock).database.close()
    with sqlite3.connect(db_path) as conn:
        plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params)]
    assert any(index in step for step in plan), plan
    tables = ("ratings", "breaks", "move_feedback")
    scans = [s for s in plan if s.split()[:2] in (["SCAN", t] for t in tables) and index not in s]
    assert not scans, plan
