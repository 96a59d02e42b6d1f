"""Whether a database file from outside is one backmove itself could have written.

A restore puts a file in the place of the log, and from then on the app runs every write
against it. A file that only looks like a backup can hold a trigger that deletes ratings on
every insert, a `RAISE(IGNORE)` that swallows each write without an error, a view, a table
with a column too many, or a JSON column the app's readers choke on at every start. None of
that is damage SQLite would report, so a header and a quick check let it all in.

So the file is compared with what the migrations build: a fresh in-memory database taken to
the file's own version lists exactly the tables, indexes, triggers and views backmove makes,
with their SQL, and the file must list exactly those. The comparison follows the migrations,
so a new migration needs no change here. Then SQLite's full `integrity_check` (which also holds
every row to its CHECK and NOT NULL constraints), the foreign keys, and every JSON column
through the same checks the app applies when it writes a record.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from functools import lru_cache

from backmove.storage.records import JSON_COLUMNS
from backmove.storage.schema import MIGRATIONS, Migration

SchemaEntry = tuple[str, str, str, str | None]  # type, name, tbl_name, sql

PROBLEMS_SHOWN = 3
"""Lines of `integrity_check` quoted in a refusal; the first says enough to act on."""


class Unexpected(Exception):
    """What makes a file something backmove did not write.

    `what`: extra, missing, changed (a schema object, named in `name`), integrity (SQLite's
    own words), foreign_key (table and row), bad_value (table, column and row, and why).
    """

    def __init__(self, what: str, name: str) -> None:
        super().__init__(what, name)
        self.what = what
        self.name = name


@lru_cache(maxsize=8)
def _expected(migrations: tuple[Migration, ...]) -> dict[str, SchemaEntry]:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for migration in migrations:
            for statement in migration:
                conn.execute(statement)
        return _schema(conn)
    finally:
        conn.close()


def expected_schema(
    version: int, migrations: Sequence[Migration] = MIGRATIONS
) -> dict[str, SchemaEntry]:
    """Every schema object a database of `version` has, by name, as the migrations make it."""
    return _expected(tuple(migrations[:version]))


def _schema(conn: sqlite3.Connection) -> dict[str, SchemaEntry]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {row[1]: (row[0], row[1], row[2], row[3]) for row in rows}


def _object_words(entry: SchemaEntry) -> str:
    return f"{entry[0]} “{entry[1]}”"


def check_schema(conn: sqlite3.Connection, version: int) -> None:
    """`Unexpected` unless `conn` holds exactly the objects the migrations make at `version`."""
    found = _schema(conn)
    expected = expected_schema(version)
    for name in sorted(found.keys() - expected.keys()):
        raise Unexpected("extra", _object_words(found[name]))
    for name in sorted(expected.keys() - found.keys()):
        raise Unexpected("missing", _object_words(expected[name]))
    for name in sorted(expected):
        if found[name] != expected[name]:
            raise Unexpected("changed", _object_words(expected[name]))


def check_rows(conn: sqlite3.Connection) -> None:
    """`Unexpected` for damage, a broken constraint or foreign key, or a JSON column the app
    would not have written. The schema must have been checked first: table and column names
    below come from backmove's own list, and must exist."""
    problems = [row[0] for row in conn.execute(f"PRAGMA integrity_check({PROBLEMS_SHOWN})")]
    if problems != ["ok"]:
        raise Unexpected("integrity", "; ".join(str(p) for p in problems))
    broken = conn.execute("PRAGMA foreign_key_check").fetchone()
    if broken is not None:
        raise Unexpected("foreign_key", f"{broken[0]}, id {broken[1]}")
    for (table, column), check in JSON_COLUMNS.items():
        # Names come from the constant JSON_COLUMNS, never from the file.
        sql = f"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL"  # noqa: S608
        for row_id, value in conn.execute(sql):
            try:
                check(value)
            except ValueError as exc:
                raise Unexpected("bad_value", f"{table}.{column}, id {row_id}: {exc}") from exc


def check_database(conn: sqlite3.Connection, version: int) -> None:
    """Schema, then rows: all that `restore` asks of a file before it takes its place.

    Text that is not UTF-8 (bytes changed on a disk) is a bad value too."""
    conn.execute("PRAGMA trusted_schema = OFF")
    check_schema(conn, version)
    try:
        check_rows(conn)
    except UnicodeDecodeError as exc:
        raise Unexpected("bad_value", f"text that is not UTF-8 ({exc.reason})") from exc
