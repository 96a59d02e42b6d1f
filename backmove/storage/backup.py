"""Daily backups, and putting one back.

A backup is a `VACUUM INTO` copy (a plain file copy would miss what is still in the WAL) named
for the local day, `backmove-YYYY-MM-DD.db`, so the names sort by age and a second backup on
the same day replaces the first. The newest seven are kept; only files with exactly that name
pattern are ever pruned.

`restore` checks the file is a sound backmove database of a version this backmove can read,
keeps the current database aside as a `VACUUM INTO` copy (never deleted), and then copies the
backup in through SQLite's online backup API rather than by renaming files: the page copy
takes SQLite's own locks, so a WAL beside the current file can never be replayed onto the
restored one. An older backup is migrated the next time the database is opened.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path

from backmove.core.clock import Clock
from backmove.storage.database import (
    DEFAULT_BUSY_TIMEOUT_S,
    SQLITE_MAGIC,
    Database,
    connect_read_only,
    damage,
    damage_marker,
)
from backmove.storage.errors import (
    BackupUnusableError,
    DatabaseNewerError,
    primary_code,
    translated,
)
from backmove.storage.files import (
    copy_database,
    create_private_file,
    ensure_private_dir,
    file_stamp,
    make_private,
    move_aside,
    unused_name,
)
from backmove.storage.messages import BackupUnusable, DatabaseNewer, DatabaseRestored
from backmove.storage.schema import APPLICATION_ID, SCHEMA_VERSION

KEEP = 7
_BACKUP_NAME = re.compile(r"^backmove-(\d{4}-\d{2}-\d{2})\.db$")


def backup_name(day: date) -> str:
    return f"backmove-{day.isoformat()}.db"


def list_backups(folder: Path) -> list[Path]:
    """The backups in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if _BACKUP_NAME.match(p.name) and p.is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


def backup(db: Database, folder: Path, day: date, keep: int = KEEP) -> Path:
    """Write today's backup into `folder` (created 0700), prune to `keep`; returns its path."""
    target = folder / backup_name(day)
    partial = folder / f".{target.name}.partial"
    with translated(target):
        ensure_private_dir(folder)
        # A partial copy left by a crash is ours and worthless; it would block VACUUM INTO.
        partial.unlink(missing_ok=True)
        db.copy_to(partial)
        partial.replace(target)
        for old in list_backups(folder)[keep:]:
            old.unlink()
    return target


def check_backup(file: Path) -> int:
    """The schema version of the backup at `file`, or a `StorageError` saying why not."""

    def unusable(reason: str) -> BackupUnusableError:
        return BackupUnusableError(BackupUnusable(str(file), reason))

    with translated(file):
        if not file.is_file():
            raise unusable("missing")
        try:
            with file.open("rb") as f:
                magic = f.read(len(SQLITE_MAGIC))
        except PermissionError as exc:
            raise unusable("unreadable") from exc
        if magic != SQLITE_MAGIC:
            raise unusable("not_sqlite")
        conn = connect_read_only(file, DEFAULT_BUSY_TIMEOUT_S)
        version: int  # both pragmas read back as one integer
        application_id: int
        try:
            problem = damage(conn)
            if problem is not None:
                raise unusable(problem)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        finally:
            conn.close()
    if application_id != APPLICATION_ID or version == 0:
        raise unusable("not_backmove")
    if version > SCHEMA_VERSION:
        raise DatabaseNewerError(DatabaseNewer(str(file), version, SCHEMA_VERSION))
    return version


def _keep_current(db_path: Path, clock: Clock, busy_timeout_s: float) -> Path | None:
    """Keep the current database aside before it is overwritten; None if there is none."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    stamp = file_stamp(clock)
    conn = sqlite3.connect(db_path, timeout=busy_timeout_s, isolation_level=None)
    try:
        if damage(conn) is None:
            kept = unused_name(db_path.with_name(f"{db_path.name}.pre-restore-{stamp}"))
            try:
                copy_database(conn, kept)
                return kept
            except sqlite3.DatabaseError as exc:
                if primary_code(exc) not in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
                    raise
    finally:
        conn.close()
    # Too damaged to copy: the file itself is what we keep.
    return move_aside(db_path, f"corrupt-{stamp}")


def restore(
    db_path: Path,
    backup_file: Path,
    clock: Clock,
    *,
    busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S,
) -> DatabaseRestored:
    """Replace the database at `db_path` with `backup_file`, keeping the current one aside.

    Close the app's Database first, and open it again afterwards (the restored file may need
    migrating). Raises `BackupUnusableError` or `DatabaseNewerError` for a file that cannot be
    restored, before anything is changed; `DatabaseLockedError` and the like for the rest.
    """
    check_backup(backup_file)
    with translated(db_path):
        ensure_private_dir(db_path.parent)
        kept = _keep_current(db_path, clock, busy_timeout_s)
        if not db_path.exists():
            create_private_file(db_path)
        source = connect_read_only(backup_file, busy_timeout_s)
        target = sqlite3.connect(db_path, timeout=busy_timeout_s, isolation_level=None)
        try:
            source.backup(target)
        finally:
            source.close()
            target.close()
        make_private(db_path)
        # Damage noted against the file replaced here must not set the restored one aside.
        damage_marker(db_path).unlink(missing_ok=True)
    return DatabaseRestored(str(db_path), str(backup_file), None if kept is None else str(kept))
