"""Helpers the storage tests share: reading a database through a connection of their own."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from backmove.storage.schema import TABLES

BERLIN = ZoneInfo("Europe/Berlin")


def query(path: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def table_rows(path: Path, table: str) -> list[tuple[Any, ...]]:
    # Table names are the schema's own.
    return query(path, f"SELECT * FROM {table} ORDER BY id")  # noqa: S608


def all_tables(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    return {table: table_rows(path, table) for table in TABLES}


def user_version(path: Path) -> int:
    return query(path, "PRAGMA user_version")[0][0]


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def untagged(tables: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[tuple[Any, ...]]]:
    """Rows read after the device tags were added (schema v6: `device`, `origin_id`, the last
    two columns, NULL on every row a device wrote itself), as they were before."""
    out = {}
    for table, rows in tables.items():
        assert all(r[-2:] == (None, None) for r in rows), table
        out[table] = [r[:-2] for r in rows]
    return out
