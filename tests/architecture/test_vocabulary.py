"""The database accepts exactly the break kinds the code knows.

`BreakKind` lives in core and the `breaks.kind` CHECK in a storage migration; a kind added to
one without the other would either be refused by the database at the first such break or
leave the database accepting a value nothing reads. Released migrations are never edited, so
the CHECK that counts is the one the whole migration chain leaves behind.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing

from backmove.core.kinds import BreakKind
from backmove.storage.schema import MIGRATIONS

KIND_CHECK = re.compile(r"CHECK\s*\(\s*kind\s+IN\s*\(([^)]*)\)\s*\)", re.IGNORECASE)


def breaks_table_sql() -> str:
    """The CREATE TABLE of `breaks` as SQLite keeps it after every migration has run."""
    with closing(sqlite3.connect(":memory:")) as connection:
        for migration in MIGRATIONS:
            for statement in migration:
                connection.execute(statement)
        (sql,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'breaks'"
        ).fetchone()
    return sql


def test_the_breaks_table_checks_kind_against_exactly_the_stored_break_kinds() -> None:
    sql = breaks_table_sql()
    checks = KIND_CHECK.findall(sql)
    assert len(checks) == 1, f"expected one CHECK (kind IN (...)) in:\n{sql}"
    allowed = [value.strip().strip("'") for value in checks[0].split(",")]
    assert len(allowed) == len(set(allowed)), allowed
    assert sorted(allowed) == sorted(kind.value for kind in BreakKind)
