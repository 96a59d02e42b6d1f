"""The files of the sync folder: this device's copy and heartbeat written, the others' read.

Publishing (`publish_copy`) writes a consistent copy of the local log through SQLite's backup
API into a temporary name in the folder (a dot name, 0600 from its first byte), takes it out of
WAL mode so it is one whole file, syncs it and renames it over the device's copy: a peer that
syncs the folder sees the old copy or the new one, never half of one. Only this device ever
writes that name, so a sync conflict cannot arise from backmove.

Reading (`scan`, `merged`) never writes into the folder and never touches the local log. Each
copy of another device is checked before it is read: its header (a backmove database, not from
a newer schema), then SQLite's `quick_check` on a read-only, immutable connection, then every
row against the schema's CHECKs and the JSON columns' shapes while it is merged. A copy that
fails any of these is skipped whole, with one message. The merged history is a database in
memory at the current schema: the local log's rows keep their ids, every other device's rows
get fresh ids with their references carried over, and every row says its device and its id on
that device (`core.devices.record_key`), which is also how a record that reaches this device
twice (its own copy and an import) is kept once.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from backmove.core.devices import (
    Entry,
    Heartbeat,
    classify,
    copy_name,
    heartbeat_name,
)
from backmove.core.files import loads_bounded, read_bounded
from backmove.core.messages import Message
from backmove.core.record import Record
from backmove.storage.database import SQLITE_MAGIC, Database, Header, damage
from backmove.storage.files import (
    PRIVATE_FILE,
    create_private_file,
    fsync_file,
    write_private,
)
from backmove.storage.messages import CopySkipped, SyncFolderOpen
from backmove.storage.records import JSON_COLUMNS
from backmove.storage.schema import APPLICATION_ID, SCHEMA_VERSION, TABLES

_PARENTS: dict[str, tuple[str, str]] = {
    "ratings": ("break_id", "breaks"),
    "move_feedback": ("break_id", "breaks"),
    "function_ratings": ("goal_id", "function_goals"),
}
"""Each table's column that refers to another table's row, and that table."""

HEARTBEAT_LIMIT = 4096
"""Bytes of a heartbeat file: a few hundred are written."""


class PeerCopy(Record):
    """Another device's copy of its log, checked and ready to read."""

    path: Path
    device: str
    version: int
    mtime: float
    """When the file last changed, by the file system's clock (for `backmove devices`)."""

    @property
    def stamp(self) -> tuple[str, float]:
        return (self.path.name, self.mtime)


class PeerBeat(Record):
    """Another device's heartbeat file: its name for people, when it last published, and its
    sitting clock (None while it has not been active)."""

    device: str
    name: str
    published_at: float | None
    beat: Heartbeat | None


class FolderScan(Record):
    copies: tuple[PeerCopy, ...]
    beats: tuple[PeerBeat, ...]
    skipped: tuple[CopySkipped, ...]


# --- writing -------------------------------------------------------------------------------


def publish_copy(db: Database, folder: Path, device_id: str) -> Path:
    """Write this device's copy of `db` into `folder` whole, 0600, then rename it in place.

    Raises OSError or sqlite3.Error; the temporary file never outlives a failure."""
    target = folder / copy_name(device_id)
    temporary = folder / f".{target.name}.partial"
    temporary.unlink(missing_ok=True)
    create_private_file(temporary)
    try:
        copy = sqlite3.connect(temporary, isolation_level=None)
        try:
            db.connection.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        temporary.chmod(PRIVATE_FILE)
        fsync_file(temporary)
        temporary.replace(target)
        _sync_folder(folder)
    except BaseException:
        for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    return target


def write_heartbeat(folder: Path, device_id: str, content: dict[str, Any]) -> Path:
    """This device's heartbeat file, whole or not at all, 0600. Raises OSError."""
    target = folder / heartbeat_name(device_id)
    write_private(target, json.dumps(content, sort_keys=True) + "\n")
    return target


def _sync_folder(folder: Path) -> None:
    """The rename is on disk too: a crash right after publishing keeps the new copy."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def folder_open_to_others(folder: Path) -> Message | None:
    """A warning when users other than the owner may look into the sync folder."""
    try:
        mode = stat.S_IMODE(folder.stat().st_mode)
    except OSError:
        return None
    if mode & (stat.S_IRGRP | stat.S_IROTH | stat.S_IXGRP | stat.S_IXOTH):
        return SyncFolderOpen(str(folder), f"{mode:o}")
    return None


# --- reading -------------------------------------------------------------------------------


def scan(
    folder: Path,
    own_id: str,
    checked: dict[tuple[str, int, int, int], Any] | None = None,
) -> FolderScan:
    """Every other device's copy and heartbeat in `folder`, with one message per file skipped.

    `checked` keeps each copy's verdict by (name, size, mtime, inode), so a copy that has not
    changed is not checked again. Raises OSError when the folder cannot be listed (it is
    gone: an unmounted share)."""
    if checked is None:
        checked = {}
    copies: list[PeerCopy] = []
    beats: list[PeerBeat] = []
    skipped: list[CopySkipped] = []
    for path in sorted(folder.iterdir()):
        found = classify(path.name, own_id)
        if found.entry in (Entry.OTHER, Entry.OWN):
            # This device's own files are written here, never read back as history.
            continue
        if found.entry in (Entry.CONFLICT, Entry.UNKNOWN):
            skipped.append(CopySkipped(str(path), found.entry.value))
            continue
        assert found.device is not None
        if found.entry is Entry.HEARTBEAT:
            beat = read_heartbeat(path, found.device)
            if beat is None:
                skipped.append(CopySkipped(str(path), "damaged"))
            else:
                beats.append(beat)
            continue
        try:
            info = path.stat()
        except OSError:
            continue  # gone since the listing: the next look sees what replaced it
        key = (path.name, info.st_size, info.st_mtime_ns, info.st_ino)
        if key not in checked:
            if len(checked) > 256:
                checked.clear()
            checked[key] = inspect_copy(path, found.device)
        copy, problem = checked[key]
        if copy is None:
            assert problem is not None
            skipped.append(problem)
        else:
            copies.append(copy)
    return FolderScan(tuple(copies), tuple(beats), tuple(skipped))


def read_heartbeat(path: Path, device: str) -> PeerBeat | None:
    """A device's heartbeat file, or None when it is not one backmove wrote."""
    try:
        raw = loads_bounded(read_bounded(path, HEARTBEAT_LIMIT).decode("utf-8"), 3)
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    if not isinstance(raw, dict) or raw.get("device") != device:
        return None
    name = raw.get("name")
    published = raw.get("published_at")
    if not isinstance(name, str) or len(name) > 64:
        return None
    if published is not None and (
        isinstance(published, bool) or not isinstance(published, (int, float))
    ):
        return None
    beat: Heartbeat | None = None
    if isinstance(raw.get("beat"), dict):
        try:
            beat = Heartbeat.from_dict(raw["beat"])
        except ValueError:
            return None
        if beat.device != device:
            return None
    return PeerBeat(device, name, None if published is None else float(published), beat)


def _uri(path: Path, immutable: bool) -> str:
    return path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def inspect_copy(path: Path, device: str) -> tuple[PeerCopy | None, CopySkipped | None]:
    """The copy at `path`, checked; or why it is skipped. Reads only."""
    try:
        info = path.stat()
        with path.open("rb") as f:
            raw = f.read(100)
    except OSError:
        return None, CopySkipped(str(path), "damaged")
    if not stat.S_ISREG(info.st_mode) or len(raw) < 100 or not raw.startswith(SQLITE_MAGIC):
        return None, CopySkipped(str(path), "damaged")
    header = Header.parse(raw)
    if header.application_id != APPLICATION_ID:
        return None, CopySkipped(str(path), "foreign")
    if header.user_version > SCHEMA_VERSION:
        return None, CopySkipped(str(path), "newer", header.user_version)
    if header.expected_size is not None and info.st_size < header.expected_size:
        return None, CopySkipped(str(path), "damaged")
    try:
        conn = sqlite3.connect(_uri(path, True), uri=True, isolation_level=None)
    except sqlite3.Error:
        return None, CopySkipped(str(path), "damaged")
    try:
        problem = damage(conn)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error:
        problem, version = "corrupt", 0
    finally:
        conn.close()
    if problem is not None:
        return None, CopySkipped(str(path), "damaged")
    if version > SCHEMA_VERSION:
        return None, CopySkipped(str(path), "newer", version)
    return PeerCopy(path, device, version, info.st_mtime), None


# --- merging -------------------------------------------------------------------------------


def merged(
    local: Path, own_id: str, copies: Sequence[PeerCopy]
) -> tuple[Database, list[CopySkipped]]:
    """The history of every device in one database in memory; the copies that could not be
    merged after all (a row the schema refuses) are left out whole, each with its message.

    `local` is the local log's file, read through a read-only connection of its own, which
    sees what is in its WAL and never writes."""
    db = Database.scratch()
    conn = db.connection
    conn.execute("PRAGMA foreign_keys = OFF")
    _merge_one(conn, _uri(local, False), own_id, keep_ids=True)
    # Made after the local rows went in (one sort instead of an insert per row): the others'
    # rows are each looked up in it.
    for table in TABLES:
        conn.execute(f"CREATE INDEX merged_{table}_key ON {table} (device, origin_id)")
    skipped: list[CopySkipped] = []
    for copy in copies:
        try:
            _merge_one(conn, _uri(copy.path, True), copy.device, keep_ids=False)
        except (sqlite3.Error, ValueError):
            skipped.append(CopySkipped(str(copy.path), "damaged"))
    return db, skipped


def _merge_one(conn: sqlite3.Connection, uri: str, writer: str, *, keep_ids: bool) -> None:
    """Add one file's rows, all or none."""
    conn.execute("ATTACH DATABASE ? AS src", (uri,))
    try:
        conn.execute("SAVEPOINT merging")
        try:
            present = {r[0] for r in conn.execute("SELECT name FROM src.sqlite_master")}
            for table in TABLES:
                if table in present:
                    if not keep_ids:
                        _check_json(conn, table)
                    _copy_table(conn, table, writer, keep_ids=keep_ids, present=present)
            conn.execute("RELEASE merging")
        except BaseException:
            conn.execute("ROLLBACK TO merging")
            conn.execute("RELEASE merging")
            raise
    finally:
        conn.execute("DETACH DATABASE src")


def _columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA {schema}.table_info({table})")]


def _tag(alias: str, tagged: bool) -> tuple[str, str]:
    """The SQL for (device, id on that device) of a source row called `alias`."""
    if tagged:
        return f"coalesce({alias}.device, :writer)", f"coalesce({alias}.origin_id, {alias}.id)"
    return ":writer", f"{alias}.id"


def _copy_table(
    conn: sqlite3.Connection, table: str, writer: str, *, keep_ids: bool, present: set[str]
) -> None:
    source = set(_columns(conn, "src", table))
    device, origin = _tag("s", "device" in source)
    names: list[str] = []
    values: list[str] = []
    for column in _columns(conn, "main", table):
        if column == "id" and not keep_ids:
            continue
        names.append(column)
        parent = _PARENTS.get(table)
        if column == "device":
            values.append(device)
        elif column == "origin_id":
            values.append(origin)
        elif parent is not None and column == parent[0] and keep_ids:
            values.append(f"s.{column}")  # the local log's ids are kept: so are its references
        elif parent is not None and column == parent[0] and parent[1] in present:
            pdev, porigin = _tag("p", "device" in set(_columns(conn, "src", parent[1])))
            values.append(
                f"(SELECT m.id FROM main.{parent[1]} m JOIN src.{parent[1]} p "  # noqa: S608
                f"ON p.id = s.{column} WHERE m.device = {pdev} AND m.origin_id = {porigin})"
            )
        elif column in source:
            values.append(f"s.{column}")
        else:
            values.append("NULL")
    # Table and column names come from the schema itself, never from a file's content. The
    # local log goes first into empty tables, and holds each record once: only the others'
    # rows are looked up among those already in.
    unseen = (
        ""
        if keep_ids
        else f"WHERE NOT EXISTS (SELECT 1 FROM main.{table} m "  # noqa: S608
        f"WHERE m.device = {device} AND m.origin_id = {origin}) "
    )
    sql = (
        f"INSERT INTO main.{table} ({', '.join(names)}) "  # noqa: S608
        f"SELECT {', '.join(values)} FROM src.{table} s {unseen}ORDER BY s.id"
    )
    conn.execute(sql, {"writer": writer})


def _check_json(conn: sqlite3.Connection, table: str) -> None:
    """Every JSON column of another device's rows has the shape the app writes: the views
    read it without asking again. Raises ValueError."""
    source = set(_columns(conn, "src", table))
    for (owner, column), check in JSON_COLUMNS.items():
        if owner != table or column not in source:
            continue
        # Each distinct text once: a routine repeats on thousands of breaks.
        sql = f"SELECT DISTINCT {column} FROM src.{table} WHERE {column} IS NOT NULL"  # noqa: S608
        for (text,) in conn.execute(sql):
            check(text)
