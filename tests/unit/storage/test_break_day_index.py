"""The migration that adds the index the dashboard's months are counted through: a log at the
version before it comes through with every row kept and gains the index, the index spells the
local day as the queries do, and the months' query reads the index alone."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from backmove.core.clock import SimulatedClock
from backmove.core.kinds import BreakKind
from backmove.core.stats import Tally
from backmove.storage import repository
from backmove.storage.database import Database
from backmove.storage.records import Break
from backmove.storage.repository import Repository
from backmove.storage.schema import BREAK_DAY, BREAK_DAY_INDEX, MIGRATIONS, SCHEMA_VERSION
from tests.unit.storage.helpers import all_tables, query, user_version

BEFORE = 6
"""The version just before the months' index was added (migration 7)."""


def test_an_old_log_keeps_every_row_and_gains_the_months_index(
    db_path: Path, clock: SimulatedClock
) -> None:
    with Database.open(db_path, clock, migrations=MIGRATIONS[:BEFORE]).database as db:
        repo = Repository(db)
        for at, outcome in ((1_774_850_000, "completed"), (1_774_936_400, "skipped")):
            repo.add_break(Break(at, 7200, BreakKind.STRETCH, outcome=outcome))
        repo.add_break(Break(1_775_000_000, 7200, BreakKind.WALK))  # under way
    assert user_version(db_path) == BEFORE
    before = all_tables(db_path)
    with Database.open(db_path, clock, migrations=MIGRATIONS[: BEFORE + 1]).database as db:
        assert db.version == BEFORE + 1 <= SCHEMA_VERSION
        # The months come out as before the index: March 2026, local days in Berlin summer.
        assert Repository(db).tallies_by_month(0, 2**40, date(2026, 3, 1)) == {
            date(2026, 3, 1): Tally(completed=1, skipped=1)
        }
    assert all_tables(db_path) == before
    names = {name for (name,) in query(db_path, "SELECT name FROM sqlite_master")}
    assert "breaks_by_outcome_day" in names
    assert query(db_path, "PRAGMA integrity_check") == [("ok",)]


def test_the_index_spells_the_local_day_as_the_queries_do() -> None:
    """An expression index serves a query only when the query spells the expression exactly
    so: the migration's text is its own (a released migration never changes), and this holds
    it to the constant the queries are built from."""
    assert BREAK_DAY in BREAK_DAY_INDEX[0]
    assert BREAK_DAY in repository._TALLIES_BY_MONTH


def test_the_months_are_counted_from_the_index_alone(db_path: Path, clock: SimulatedClock) -> None:
    """Each outcome's count of a month reads one range of the index (its outcome and the
    month's local days), covering: neither the table is read nor any break sorted."""
    Database.open(db_path, clock).database.close()
    with sqlite3.connect(db_path) as conn:
        plan = [
            row[3]
            for row in conn.execute(
                "EXPLAIN QUERY PLAN " + repository._TALLIES_BY_MONTH,
                {"start": 0, "end": 2**40, "first": 0, "lo": 0, "hi": 400},
            )
        ]
    reads = [step for step in plan if " breaks " in f" {step} "]
    assert len(reads) == 6, plan  # one per outcome
    assert all(
        "USING COVERING INDEX breaks_by_outcome_day (outcome=? AND <expr>>? AND <expr><?)" in s
        for s in reads
    ), plan
