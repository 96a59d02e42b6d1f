"""Export of every table to CSV or JSON, and import of such an export into an empty profile.

The export is the user's own copy of their data, readable without backmove, and the way to move
it to another machine; so it must be lossless. One file per table (`breaks.csv` or
`breaks.json`, ...) and `manifest.json` (format, schema version, per table its file, row count
and columns with their SQLite types). Values come out exactly as stored: integers as integers,
text as text (JSON columns stay their exact JSON text), NULL as NULL.

CSV has no NULL, so NULL is written `\\N` (as PostgreSQL's COPY does), and a text that begins
with a backslash gets one more in front; every other text is written as it is. JSON files are
an array of objects, one per row, keyed by column name, with `null` for NULL.

Import reads and checks every file first, then inserts everything in one transaction, so a bad
row leaves the profile untouched; errors name the file and the data row (1 = the first row
after any header). It fills only an empty profile: merging two histories would need rules
about ids and duplicates that nobody has asked for.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from backmove.storage.database import Database
from backmove.storage.errors import (
    ImportFormatError,
    ImportRefusedError,
    translated,
)
from backmove.storage.files import PRIVATE_FILE, ensure_private_dir, fsync_file
from backmove.storage.messages import (
    ImportFileInvalid,
    ImportRowInvalid,
    ImportTargetNotEmpty,
    ImportVersionMismatch,
)
from backmove.storage.schema import TABLES

ExportFormat = Literal["csv", "json"]
FORMATS: tuple[ExportFormat, ...] = ("csv", "json")
FORMAT_NAME = "backmove-export"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CSV_NULL = "\\N"
_WHOLE_NUMBER = re.compile(r"-?[0-9]+")

Column = tuple[str, str]  # (name, SQLite declared type: INTEGER or TEXT)


@dataclass(frozen=True)
class TransferSummary:
    """Where an export or import went and how many rows each table had."""

    folder: Path
    fmt: ExportFormat
    rows: dict[str, int]


def _columns(conn: sqlite3.Connection, table: str) -> list[Column]:
    return [(r[1], r[2].upper()) for r in conn.execute(f"PRAGMA table_info({table})")]


def _write_private(path: Path, text: str) -> None:
    """Write `path` whole or not at all, 0600, synced."""
    partial = path.with_name(f".{path.name}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    fsync_file(partial)
    partial.replace(path)


# --- export ----------------------------------------------------------------------------------


def _csv_cell(value: Any) -> str:
    if value is None:
        return CSV_NULL
    if isinstance(value, str):
        return "\\" + value if value.startswith("\\") else value
    return str(value)


def _csv_text(columns: Sequence[Column], rows: Sequence[Sequence[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([name for name, _ in columns])
    writer.writerows([_csv_cell(v) for v in row] for row in rows)
    return out.getvalue()


def _json_text(columns: Sequence[Column], rows: Sequence[Sequence[Any]]) -> str:
    names = [name for name, _ in columns]
    objects = [dict(zip(names, row, strict=True)) for row in rows]
    return json.dumps(objects, ensure_ascii=False, indent=1) + "\n"


def export_data(db: Database, folder: Path, fmt: ExportFormat) -> TransferSummary:
    """Write every table of `db` into `folder` (created 0700) as `fmt`, plus the manifest.

    Files are 0600 and each is replaced whole, so an interrupted export never leaves a file
    half-written. Raises `StorageError` subclasses (`DiskFullError`, `NotWritableError`, ...).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    tables: dict[str, tuple[list[Column], list[tuple[Any, ...]]]] = {}
    with db.snapshot() as conn:
        for table in TABLES:
            columns = _columns(conn, table)
            names = ", ".join(name for name, _ in columns)
            # Table and column names come from the schema itself, never from input.
            sql = f"SELECT {names} FROM {table} ORDER BY id"  # noqa: S608
            tables[table] = (columns, [tuple(r) for r in conn.execute(sql)])
    entries = []
    with translated(folder):
        ensure_private_dir(folder)
        for table, (columns, rows) in tables.items():
            file = f"{table}.{fmt}"
            text = _csv_text(columns, rows) if fmt == "csv" else _json_text(columns, rows)
            _write_private(folder / file, text)
            entries.append(
                {
                    "name": table,
                    "file": file,
                    "rows": len(rows),
                    "columns": [{"name": n, "type": t} for n, t in columns],
                }
            )
        manifest = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "schema_version": db.version,
            "table_format": fmt,
            "tables": entries,
        }
        _write_private(folder / MANIFEST, json.dumps(manifest, indent=1) + "\n")
    return TransferSummary(folder, fmt, {t: len(rows) for t, (_, rows) in tables.items()})


# --- import ----------------------------------------------------------------------------------


def _file_error(file: Path, detail: str) -> ImportFormatError:
    return ImportFormatError(ImportFileInvalid(str(file), detail))


def _row_error(file: Path, row: int, detail: str) -> ImportFormatError:
    return ImportFormatError(ImportRowInvalid(str(file), row, detail))


@dataclass(frozen=True)
class _Table:
    name: str
    file: Path
    rows: int
    columns: list[Column]


def _read_manifest(folder: Path, db: Database) -> tuple[ExportFormat, list[_Table]]:
    path = folder / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise _file_error(path, exc.strerror or str(exc)) from exc
    except ValueError as exc:  # bad JSON or bad UTF-8
        raise _file_error(path, str(exc)) from exc
    try:
        if manifest["format"] != FORMAT_NAME or manifest["format_version"] != FORMAT_VERSION:
            raise _file_error(path, "not a backmove export of a format this version reads")
        version = manifest["schema_version"]
        if version != db.version:
            raise ImportFormatError(ImportVersionMismatch(str(path), version, db.version))
        fmt = manifest["table_format"]
        if fmt not in FORMATS:
            raise _file_error(path, f"unknown table format {fmt!r}")
        listed = {
            entry["name"]: _Table(
                name=entry["name"],
                file=folder / Path(entry["file"]).name,
                rows=int(entry["rows"]),
                columns=[(c["name"], c["type"]) for c in entry["columns"]],
            )
            for entry in manifest["tables"]
        }
    except (KeyError, TypeError, ValueError) as exc:
        raise _file_error(path, f"incomplete manifest ({exc!r})") from exc
    missing = [t for t in TABLES if t not in listed]
    if missing:
        raise _file_error(path, f"tables missing: {', '.join(missing)}")
    return fmt, [listed[t] for t in TABLES]


def _from_csv(cell: str, type_: str) -> Any:
    if cell == CSV_NULL:
        return None
    if type_ == "INTEGER":
        if not _WHOLE_NUMBER.fullmatch(cell):
            raise ValueError(f"{cell!r} is not a whole number")
        return int(cell)
    return cell[1:] if cell.startswith("\\") else cell


def _csv_rows(table: _Table) -> list[tuple[Any, ...]]:
    names = [name for name, _ in table.columns]
    with table.file.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        if next(reader, None) != names:
            raise _file_error(table.file, f"the header must be: {','.join(names)}")
        rows = []
        for number, cells in enumerate(reader, start=1):
            if len(cells) != len(names):
                raise _row_error(table.file, number, f"{len(cells)} fields, not {len(names)}")
            try:
                rows.append(
                    tuple(_from_csv(c, t) for c, (_, t) in zip(cells, table.columns, strict=True))
                )
            except ValueError as exc:
                raise _row_error(table.file, number, str(exc)) from exc
    return rows


def _json_value(value: Any, type_: str) -> Any:
    if value is None:
        return None
    if type_ == "INTEGER" and type(value) is int:
        return value
    if type_ == "TEXT" and isinstance(value, str):
        return value
    raise ValueError(f"{value!r} is not {type_}")


def _json_rows(table: _Table) -> list[tuple[Any, ...]]:
    names = [name for name, _ in table.columns]
    objects = json.loads(table.file.read_text(encoding="utf-8"))
    if not isinstance(objects, list):
        raise _file_error(table.file, "not a JSON array of rows")
    rows = []
    for number, obj in enumerate(objects, start=1):
        if not isinstance(obj, dict) or sorted(obj) != sorted(names):
            raise _row_error(table.file, number, f"a row must have exactly: {', '.join(names)}")
        try:
            rows.append(tuple(_json_value(obj[n], t) for n, t in table.columns))
        except ValueError as exc:
            raise _row_error(table.file, number, str(exc)) from exc
    return rows


def _read_rows(table: _Table, fmt: ExportFormat) -> list[tuple[Any, ...]]:
    try:
        rows = _csv_rows(table) if fmt == "csv" else _json_rows(table)
    except OSError as exc:
        raise _file_error(table.file, exc.strerror or str(exc)) from exc
    except (ValueError, csv.Error) as exc:  # bad UTF-8, bad JSON, a broken CSV quote
        raise _file_error(table.file, str(exc)) from exc
    if len(rows) != table.rows:
        raise _file_error(table.file, f"{len(rows)} rows, the manifest says {table.rows}")
    return rows


def import_data(db: Database, folder: Path) -> TransferSummary:
    """Load an export (either format) from `folder` into `db`, which must hold no records.

    Raises `ImportRefusedError` for a profile that holds records, `ImportFormatError` naming
    the file (and row) for a bad export; nothing is imported in either case.
    """
    fmt, tables = _read_manifest(folder, db)
    for table in tables:
        if table.columns != _columns_of(db, table.name):
            raise _file_error(folder / MANIFEST, f"the columns of {table.name} differ")
    if not db.is_empty():
        raise ImportRefusedError(ImportTargetNotEmpty(str(db.path)))
    data = {table.name: _read_rows(table, fmt) for table in tables}
    with db.transaction() as conn:
        if not db.is_empty():  # something was written since the check above
            raise ImportRefusedError(ImportTargetNotEmpty(str(db.path)))
        for table in tables:
            names = [name for name, _ in table.columns]
            sql = (
                # Names come from the schema (checked equal above), never from the files.
                f"INSERT INTO {table.name} ({', '.join(names)}) "  # noqa: S608
                f"VALUES ({', '.join('?' for _ in names)})"
            )
            for number, row in enumerate(data[table.name], start=1):
                try:
                    conn.execute(sql, row)
                except (sqlite3.IntegrityError, OverflowError) as exc:
                    raise _row_error(table.file, number, str(exc)) from exc
    return TransferSummary(folder, fmt, {name: len(rows) for name, rows in data.items()})


def _columns_of(db: Database, table: str) -> list[Column]:
    with db.snapshot() as conn:
        return _columns(conn, table)
