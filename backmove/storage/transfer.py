"""Export of every table to CSV or JSON, and import of such an export into an empty profile.

The export is the user's own copy of their data, readable without backmove, and the way to move
it to another machine; so it must be lossless. One file per table (`breaks.csv` or
`breaks.json`, ...) and `manifest.json` (format, schema version, per table its file, row count
and columns with their SQLite types). Values come out exactly as stored: integers as integers,
text as text (JSON columns stay their exact JSON text), NULL as NULL.

CSV has no NULL, so NULL is written `\\N` (as PostgreSQL's COPY does), and a text that begins
with a backslash gets one more in front; every other text is written as it is. JSON files are
an array of objects, one per row, keyed by column name, with `null` for NULL.

Import reads the files row by row and inserts each row as it is checked, all in one
transaction, so a bad row leaves the profile untouched; errors name the file and the data row
(1 = the first row after any header). It fills only an empty profile: merging two histories
would need rules about ids and duplicates that nobody has asked for.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Literal

from backmove.core.files import loads_bounded, open_regular, read_bounded
from backmove.core.record import Record
from backmove.storage.database import Database
from backmove.storage.errors import (
    ImportFormatError,
    ImportRefusedError,
    translated,
)
from backmove.storage.files import ensure_private_dir, write_private
from backmove.storage.messages import (
    ImportFileInvalid,
    ImportRowInvalid,
    ImportTargetNotEmpty,
    ImportVersionMismatch,
)
from backmove.storage.records import JSON_COLUMNS
from backmove.storage.schema import TABLES

ExportFormat = Literal["csv", "json"]
FORMATS: tuple[ExportFormat, ...] = ("csv", "json")
FORMAT_NAME = "backmove-export"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
CSV_NULL = "\\N"
_WHOLE_NUMBER = re.compile(r"-?[0-9]+")

Column = tuple[str, str]  # (name, SQLite declared type: INTEGER or TEXT)


class TransferSummary(Record):
    """Where an export or import went and how many rows each table had."""

    folder: Path
    fmt: ExportFormat
    rows: dict[str, int]


def _columns(conn: sqlite3.Connection, table: str) -> list[Column]:
    return [(r[1], r[2].upper()) for r in conn.execute(f"PRAGMA table_info({table})")]


# --- export ----------------------------------------------------------------------------------


def _csv_cell(value: Any) -> str:
    if value is None:
        return CSV_NULL
    if isinstance(value, str):
        return "\\" + value if value.startswith("\\") else value
    return str(value)


def _write_csv(out: IO[str], columns: Sequence[Column], rows: Iterable[Sequence[Any]]) -> int:
    """The rows as CSV into `out`, one at a time; how many there were."""
    writer = csv.writer(out)
    writer.writerow([name for name, _ in columns])
    count = 0
    for row in rows:
        writer.writerow([_csv_cell(v) for v in row])
        count += 1
    return count


def _write_json(out: IO[str], columns: Sequence[Column], rows: Iterable[Sequence[Any]]) -> int:
    """The rows as a JSON array of objects into `out`, one object at a time, laid out as
    `json.dumps(rows, indent=1)` lays out the whole array; how many there were.

    Keys and layout are made once per column, integers written as the encoder would write
    them and texts through the encoder alone: the encoder with `indent` runs in Python, and
    takes three times as long over a million rows."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    keys = [f"\n  {encode(name)}: " for name, _ in columns]
    count = 0
    out.write("[")
    for row in rows:
        out.write("\n {" if count == 0 else ",\n {")
        out.write(
            ",".join(
                key
                + ("null" if value is None else str(value) if type(value) is int else encode(value))
                for key, value in zip(keys, row, strict=True)
            )
        )
        out.write("\n }")
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def export_data(db: Database, folder: Path, fmt: ExportFormat) -> TransferSummary:
    """Write every table of `db` into `folder` (created 0700) as `fmt`, plus the manifest.

    Rows go from SQLite's cursor into the file one at a time inside one read snapshot, so
    memory stays the same for five rows or a million and every file is of the same moment.
    Files are 0600 and each is replaced whole, so an interrupted export never leaves a file
    half-written. Raises `StorageError` subclasses (`DiskFullError`, `NotWritableError`, ...).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    write = _write_csv if fmt == "csv" else _write_json
    entries = []
    counts: dict[str, int] = {}
    with db.snapshot() as conn, translated(folder):
        ensure_private_dir(folder)
        for table in TABLES:
            columns = _columns(conn, table)
            names = ", ".join(name for name, _ in columns)
            # Table and column names come from the schema itself, never from input.
            sql = f"SELECT {names} FROM {table} ORDER BY id"  # noqa: S608
            file = f"{table}.{fmt}"

            def fill(
                out: IO[str], columns: list[Column] = columns, sql: str = sql, table: str = table
            ) -> None:
                cursor = conn.execute(sql)
                cursor.row_factory = None
                counts[table] = write(out, columns, cursor)

            write_private(folder / file, fill)
            entries.append(
                {
                    "name": table,
                    "file": file,
                    "rows": counts[table],
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
        write_private(folder / MANIFEST, json.dumps(manifest, indent=1) + "\n")
    return TransferSummary(folder, fmt, counts)


# --- import ----------------------------------------------------------------------------------
# An export may have been edited by hand or in a spreadsheet, or made to hurt: it is read as
# untrusted input. Every file must be a regular file within its size limit (a link to
# /dev/zero or a FIFO is refused before a byte is read), JSON is parsed only after its depth is
# counted, the manifest's counts must be whole numbers within a limit, and rows are read one by
# one and inserted as they come inside one transaction that any refusal rolls back: memory
# stays small for any size of export, and the profile is either filled whole or left empty.
# Each JSON column goes through the same check the app applies when it writes that record, so
# nothing comes in that would break a reader later (the start, the dashboard, the report).

MANIFEST_LIMIT = 1024 * 1024
"""Bytes of manifest.json: backmove writes about two kilobytes."""
TABLE_FILE_LIMIT = 1024 * 1024 * 1024
"""Bytes of one table's file: decades of breaks are some tens of megabytes."""
ROWS_LIMIT = 10_000_000
"""Rows of one table: a break every minute, day and night, for nineteen years."""
ROW_LIMIT = 1024 * 1024
"""Characters of one row of a JSON table file; a CSV field is held to csv's own 128 KiB."""
_CHUNK = 64 * 1024


def _file_error(file: Path, detail: str) -> ImportFormatError:
    return ImportFormatError(ImportFileInvalid(str(file), detail))


def _row_error(file: Path, row: int, detail: str) -> ImportFormatError:
    return ImportFormatError(ImportRowInvalid(str(file), row, detail))


class _Table(Record):
    name: str
    file: Path
    rows: int
    columns: list[Column]


def _whole(value: Any, lo: int, hi: int) -> int:
    """`value` when it is a whole number (not a float, not true/false) in [lo, hi]."""
    if type(value) is not int or not lo <= value <= hi:
        raise ValueError(f"{str(value)[:40]} is not a whole number from {lo} to {hi}")
    return value


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str) or len(value) > 200:
        raise ValueError(f"{what} must be a short text")
    return value


def _table_entry(entry: Any, folder: Path) -> _Table:
    if not isinstance(entry, dict):
        raise ValueError("a table entry must be an object")
    columns = entry["columns"]
    if not isinstance(columns, list) or len(columns) > 100:
        raise ValueError("columns must be a list")
    parsed: list[Column] = []
    for column in columns:
        if not isinstance(column, dict):
            raise ValueError("a column must be an object")
        parsed.append((_text(column["name"], "a column name"), _text(column["type"], "a type")))
    return _Table(
        name=_text(entry["name"], "a table name"),
        file=folder / Path(_text(entry["file"], "a file name")).name,
        rows=_whole(entry["rows"], 0, ROWS_LIMIT),
        columns=parsed,
    )


def _read_manifest(folder: Path, db: Database) -> tuple[ExportFormat, list[_Table]]:
    path = folder / MANIFEST
    try:
        manifest = loads_bounded(read_bounded(path, MANIFEST_LIMIT).decode("utf-8"))
    except OSError as exc:
        raise _file_error(path, exc.strerror or str(exc)) from exc
    except ValueError as exc:  # bad JSON, bad UTF-8, too deep
        raise _file_error(path, str(exc)) from exc
    try:
        if not isinstance(manifest, dict):
            raise ValueError("not a JSON object")
        if manifest["format"] != FORMAT_NAME or manifest["format_version"] != FORMAT_VERSION:
            raise _file_error(path, "not a backmove export of a format this version reads")
        version = _whole(manifest["schema_version"], 0, 1_000_000)
        if version != db.version:
            raise ImportFormatError(ImportVersionMismatch(str(path), version, db.version))
        fmt = manifest["table_format"]
        if fmt not in FORMATS:
            raise _file_error(path, f"unknown table format {str(fmt)[:40]!r}")
        entries = manifest["tables"]
        if not isinstance(entries, list) or len(entries) > 100:
            raise ValueError("tables must be a list")
        listed = {table.name: table for table in (_table_entry(e, folder) for e in entries)}
    except (KeyError, TypeError, ValueError) as exc:
        raise _file_error(path, f"incomplete manifest ({str(exc)[:200]})") from exc
    missing = [t for t in TABLES if t not in listed]
    if missing:
        raise _file_error(path, f"tables missing: {', '.join(missing)}")
    return fmt, [listed[t] for t in TABLES]


def _from_csv(cell: str, type_: str) -> Any:
    if cell == CSV_NULL:
        return None
    if type_ == "INTEGER":
        if len(cell) > 20 or not _WHOLE_NUMBER.fullmatch(cell):
            raise ValueError(f"{cell[:40]!r} is not a whole number")
        return int(cell)
    return cell[1:] if cell.startswith("\\") else cell


def _csv_rows(table: _Table, text: IO[str]) -> Iterator[tuple[int, tuple[Any, ...]]]:
    names = [name for name, _ in table.columns]
    reader = csv.reader(text)
    if next(reader, None) != names:
        raise _file_error(table.file, f"the header must be: {','.join(names)}")
    for number, cells in enumerate(reader, start=1):
        if len(cells) != len(names):
            raise _row_error(table.file, number, f"{len(cells)} fields, not {len(names)}")
        try:
            yield (
                number,
                tuple(_from_csv(c, t) for c, (_, t) in zip(cells, table.columns, strict=True)),
            )
        except ValueError as exc:
            raise _row_error(table.file, number, str(exc)) from exc


def _json_value(value: Any, type_: str) -> Any:
    if value is None:
        return None
    if type_ == "INTEGER" and type(value) is int:
        return value
    if type_ == "TEXT" and isinstance(value, str):
        return value
    raise ValueError(f"{str(value)[:40]!r} is not {type_}")


class _JsonArray:
    """The objects of a JSON array read one at a time from a text stream.

    Each object is cut out by counting brackets (outside strings) and handed to the parser
    alone, so memory holds one row, never the file, and a row deeper or longer than its limit
    is refused before it is parsed."""

    def __init__(self, stream: IO[str], file: Path) -> None:
        self._stream = stream
        self._file = file
        self._buf = ""
        self._pos = 0
        self._eof = False

    def _more(self) -> bool:
        if self._eof:
            return False
        chunk = self._stream.read(_CHUNK)
        if not chunk:
            self._eof = True
            return False
        self._buf = self._buf[self._pos :] + chunk
        self._pos = 0
        return True

    def _next_char(self) -> str:
        """The next character that is not white space, without taking it; "" at the end."""
        while True:
            while self._pos < len(self._buf) and self._buf[self._pos] in " \t\r\n":
                self._pos += 1
            if self._pos < len(self._buf):
                return self._buf[self._pos]
            if not self._more():
                return ""

    def _object_end(self, number: int) -> int:
        depth, in_string, escaped = 0, False, False
        i = self._pos
        while True:
            if i >= len(self._buf):
                start = self._pos
                if i - start > ROW_LIMIT:
                    raise _row_error(self._file, number, f"longer than {ROW_LIMIT} characters")
                if not self._more():
                    raise _file_error(self._file, "the file ends in the middle of a row")
                i -= start  # the buffer now starts at the row
                continue
            char = self._buf[i]
            i += 1
            if in_string:
                if escaped:
                    escaped = False
                elif char == "\\":
                    escaped = True
                elif char == '"':
                    in_string = False
            elif char == '"':
                in_string = True
            elif char in "[{":
                depth += 1
                if depth > 2:
                    raise _row_error(self._file, number, "a row holds only plain values")
            elif char in "]}":
                depth -= 1
                if depth == 0:
                    return i

    def objects(self) -> Iterator[tuple[int, Any]]:
        if self._next_char() != "[":
            raise _file_error(self._file, "not a JSON array of rows")
        self._pos += 1
        number = 0
        if self._next_char() == "]":
            self._pos += 1
        else:
            while True:
                number += 1
                if self._next_char() != "{":
                    raise _row_error(self._file, number, "a row must be a JSON object")
                end = self._object_end(number)
                try:
                    row = loads_bounded(self._buf[self._pos : end], 2)
                except ValueError as exc:
                    raise _row_error(self._file, number, str(exc)) from exc
                self._pos = end
                yield number, row
                separator = self._next_char()
                self._pos += 1
                if separator == "]":
                    break
                if separator != ",":
                    raise _file_error(self._file, f"after row {number}: expected , or ]")
        if self._next_char() != "":
            raise _file_error(self._file, "text after the end of the array")


def _json_rows(table: _Table, text: IO[str]) -> Iterator[tuple[int, tuple[Any, ...]]]:
    names = [name for name, _ in table.columns]
    for number, obj in _JsonArray(text, table.file).objects():
        if not isinstance(obj, dict) or sorted(obj) != sorted(names):
            raise _row_error(table.file, number, f"a row must have exactly: {', '.join(names)}")
        try:
            yield number, tuple(_json_value(obj[n], t) for n, t in table.columns)
        except ValueError as exc:
            raise _row_error(table.file, number, str(exc)) from exc


def _read_rows(table: _Table, fmt: ExportFormat) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """The rows of `table`'s file, numbered from 1, read one at a time; every way the file can
    be wrong is an `ImportFormatError` naming it (and the row)."""
    try:
        with open_regular(table.file, TABLE_FILE_LIMIT) as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
            rows = _csv_rows(table, text) if fmt == "csv" else _json_rows(table, text)
            yield from rows
    except OSError as exc:
        raise _file_error(table.file, exc.strerror or str(exc)) from exc
    except (ValueError, csv.Error, RecursionError) as exc:  # bad UTF-8, a broken CSV quote
        raise _file_error(table.file, str(exc)[:200]) from exc


def _checks(table: _Table) -> list[tuple[int, Callable[[Any], None]]]:
    """(column index, check) for each JSON column of `table`."""
    return [
        (index, JSON_COLUMNS[(table.name, name)])
        for index, (name, _) in enumerate(table.columns)
        if (table.name, name) in JSON_COLUMNS
    ]


def _insert(conn: sqlite3.Connection, table: _Table, fmt: ExportFormat) -> int:
    names = [name for name, _ in table.columns]
    sql = (
        # Names come from the schema (checked equal before), never from the files.
        f"INSERT INTO {table.name} ({', '.join(names)}) "  # noqa: S608
        f"VALUES ({', '.join('?' for _ in names)})"
    )
    checks = _checks(table)
    count = 0
    for number, row in _read_rows(table, fmt):
        if number > table.rows:
            raise _file_error(table.file, f"more rows than the {table.rows} the manifest says")
        try:
            for index, check in checks:
                if row[index] is not None:
                    check(row[index])
            conn.execute(sql, row)
        except (sqlite3.IntegrityError, OverflowError, ValueError) as exc:
            # ValueError: a JSON column the app would not write, or text that is no Unicode.
            raise _row_error(table.file, number, str(exc)[:200]) from exc
        count = number
    if count != table.rows:
        raise _file_error(table.file, f"{count} rows, the manifest says {table.rows}")
    return count


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
    counts: dict[str, int] = {}
    with db.transaction() as conn:
        if not db.is_empty():  # something was written since the check above
            raise ImportRefusedError(ImportTargetNotEmpty(str(db.path)))
        for table in tables:
            counts[table.name] = _insert(conn, table, fmt)
    return TransferSummary(folder, fmt, counts)


def _columns_of(db: Database, table: str) -> list[Column]:
    with db.snapshot() as conn:
        return _columns(conn, table)
