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
