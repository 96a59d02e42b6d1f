"""The migration that adds the ratings' indexes for the views: a log at the version before it
comes through with every row kept, gains both indexes, and the dashboard's queries use them."""

from __future__ import annotations

from pathlib import Path

from backmove.core.clock import SimulatedClock
from backmove.core.kinds import BreakKind
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
    with Database.open(db_path, clock).database as db:
        assert db.version == SCHEMA_VERSION >= BEFORE + 1
    assert all_tables(db_path) == before
    names = {name for (name,) in query(db_path, "SELECT name FROM sqlite_master")}
    assert {"ratings_covering", "ratings_by_break_moment_at"} <= names
    assert query(db_path, "PRAGMA integrity_check") == [("ok",)]
