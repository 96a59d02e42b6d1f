"""Daily backups, and putting one back.

A backup is a `VACUUM INTO` copy (a plain file copy would miss what is still in the WAL) named
for the local day, `backmove-YYYY-MM-DD.db`, so a second backup on the same day replaces the
first. Beside each, `backmove-YYYY-MM-DD.db.json` records when it was made. The newest seven
by that recorded time are kept, and the newest of each of the latest months (`_prune`); the
name is never trusted for age, because a clock set to 2099 for a day names a backup that would
sort first for ever and push every later one out the moment it is written. A backup recorded
after the present moment is kept, left out of the count, and reported. Only files with
exactly the backup name pattern are ever pruned.

`restore` accepts only a file backmove itself could have written (see `verify.py`): a regular
file, not the database it would replace, a sound backmove database of a version this backmove
can read, with exactly the schema the migrations make and rows the app would write. The file
is first copied into a private staging file beside the log and the checks run on that copy,
so what was checked is what is put in place. The current database is kept aside as a `VACUUM
INTO` copy (never deleted), and then the staged copy goes in through SQLite's online backup
API rather than by renaming files: the page copy takes SQLite's own locks, so a WAL beside the
current file can never be replayed onto the restored one. An older backup is migrated the next
time the database is opened.
"""

from __future__ import annotations

import contextlib
import errno
import json
import re
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

from backmove.core.clock import Clock, SystemClock
from backmove.core.files import FileRefused, loads_bounded, open_regular, read_bounded
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
    side_file,
    unused_name,
    write_private,
)
from backmove.storage.messages import (
    BackupRefused,
    BackupsDatedAhead,
    BackupUnusable,
    DatabaseNewer,
    DatabaseRestored,
)
from backmove.storage.schema import APPLICATION_ID, SCHEMA_VERSION
from backmove.storage.verify import Unexpected, check_database

KEEP = 7
_BACKUP_NAME = re.compile(r"^backmove-(\d{4}-\d{2}-\d{2})\.db$")
RECORD_SUFFIX = ".json"
"""`backmove-YYYY-MM-DD.db.json`: when that backup was made, as backmove recorded it."""
AHEAD_SLACK_S = 3600.0
"""How far after the present moment a backup's recorded time may lie and still count as made
now: a clock corrected by a few minutes is no clock set years ahead."""
RESTORE_LIMIT = 2 * 1024 * 1024 * 1024
"""Bytes of a file `restore` reads: five years of breaks take a few megabytes."""


def backup_name(day: date) -> str:
    return f"backmove-{day.isoformat()}.db"


def _record_of(backup_file: Path) -> Path:
    return backup_file.with_name(backup_file.name + RECORD_SUFFIX)


def created_at(backup_file: Path) -> float:
    """When `backup_file` was made: the time recorded beside it, else (a backup from before
    backmove recorded it, or a record that cannot be read) the file's modification time."""
    try:
        value = loads_bounded(read_bounded(_record_of(backup_file), 4096).decode("utf-8"))
        stamp = value["created_at"]
        if isinstance(stamp, (int, float)) and not isinstance(stamp, bool):
            return float(stamp)
    except (OSError, ValueError, TypeError, KeyError):
        pass
    return backup_file.stat().st_mtime


def _found(folder: Path) -> list[tuple[float, Path]]:
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        if _BACKUP_NAME.match(path.name) and path.is_file():
            with contextlib.suppress(OSError):  # gone meanwhile
                found.append((created_at(path), path))
    return sorted(found, key=lambda item: item[0], reverse=True)


def list_backups(folder: Path) -> list[Path]:
    """The backups in `folder`, newest first by the time each was made."""
    return [path for _, path in _found(folder)]


def backups_ahead(folder: Path, now: float) -> list[Path]:
    """Backups recorded as made after `now`: kept, and left out of the rotation."""
    return [path for made, path in _found(folder) if made > now + AHEAD_SLACK_S]


AHEAD_TOLD = ".dated-ahead-told.json"
"""In the backups folder: the backups dated ahead the user was last told of, so that the same
ones are told once, not every day; it never matches the backup name, so it is never pruned."""


def dated_ahead(folder: Path, now: float) -> BackupsDatedAhead | None:
    """A note when some backups in `folder` are dated after `now`, else None."""
    ahead = backups_ahead(folder, now)
    if not ahead:
        return None
    return BackupsDatedAhead(str(folder), len(ahead), str(ahead[0]))


def dated_ahead_untold(folder: Path, now: float) -> BackupsDatedAhead | None:
    """`dated_ahead`, but only when those backups are not the ones the user was told of last
    (a record in the folder says which): each set of them is told once, in whatever process
    and on whatever day it is first seen. When none are ahead any more the record goes."""
    note = dated_ahead(folder, now)
    record = folder / AHEAD_TOLD
    if note is None:
        with contextlib.suppress(OSError):
            record.unlink(missing_ok=True)
        return None
    names = sorted(path.name for path in backups_ahead(folder, now))
    try:
        told = loads_bounded(read_bounded(record, 64 * 1024).decode("utf-8"))
    except (OSError, ValueError, TypeError):
        told = None
    if told == names:
        return None
    with contextlib.suppress(OSError):  # not recorded: told again next time, nothing worse
        write_private(record, json.dumps(names) + "\n")
    return note


def backup(
    db: Database, folder: Path, day: date, keep: int = KEEP, *, now: float | None = None
) -> Path:
    """Write today's backup into `folder` (created 0700), prune to `keep`; returns its path.

    `now` (epoch seconds, default the system's) is recorded beside the copy as the time it was
    made, and is the present that the rotation measures "dated ahead" against."""
    made = SystemClock().wall() if now is None else now
    target = folder / backup_name(day)
    partial = folder / f".{target.name}.partial"
    with translated(target):
        ensure_private_dir(folder)
        # A partial copy left by a crash is ours and worthless; it would block VACUUM INTO.
        partial.unlink(missing_ok=True)
        try:
            db.copy_to(partial)
            write_private(_record_of(target), json.dumps({"created_at": made}) + "\n")
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)
        _prune(folder, made, keep)
    return target


KEEP_MONTHS = 4
"""Besides the newest `KEEP`, the newest backup of each of this many most recent months that
have one is kept (`_prune`)."""


def _month(made: float) -> tuple[int, int]:
    day = datetime.fromtimestamp(made, UTC).date()
    return day.year, day.month


def _prune(folder: Path, now: float, keep: int) -> None:
    """Keep the newest `keep` backups made by now, and the newest of each of the
    `KEEP_MONTHS` most recent months among them. The months are counted among the backups
    there are, not back from today: a week with the clock set years ahead makes a week of
    backups newer than every real one, and the real ones' latest month still keeps its newest
    backup, so such a week can never push out every real backup."""
    present = [(made, path) for made, path in _found(folder) if made <= now + AHEAD_SLACK_S]
    kept = {path for _, path in present[:keep]}
    months: list[tuple[int, int]] = []
    for made, path in present:
        month = _month(made)
        if month not in months:
            months.append(month)
            if len(months) > KEEP_MONTHS:
                break
            kept.add(path)
    for _, old in present:
        if old not in kept:
            old.unlink()
            _record_of(old).unlink(missing_ok=True)


def _unusable(file: Path, reason: str) -> BackupUnusableError:
    return BackupUnusableError(BackupUnusable(str(file), reason))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def check_backup(file: Path, *, target: Path | None = None) -> int:
    """The schema version of the backup at `file`, or a `StorageError` saying why not.

    This is the first look, at the file as it lies: a regular file within the size limit,
    not `target` (the database it would replace) under another name, a sound SQLite file of
    backmove's of a version this backmove reads. `restore` checks the rest on its own copy."""
    with translated(file):
        if not file.exists():
            raise _unusable(file, "missing")
        if target is not None and any(
            _same_file(file, candidate) for candidate in (target, side_file(target, "-wal"))
        ):
            raise _unusable(file, "same_file")
        try:
            with open_regular(file, RESTORE_LIMIT) as f:
                magic = f.read(len(SQLITE_MAGIC))
        except FileRefused as exc:
            reason = "too_large" if exc.errno == errno.EFBIG else "not_regular"
            raise _unusable(file, reason) from exc
        except PermissionError as exc:
            raise _unusable(file, "unreadable") from exc
        if magic != SQLITE_MAGIC:
            raise _unusable(file, "not_sqlite")
        conn = connect_read_only(file, DEFAULT_BUSY_TIMEOUT_S)
        version: int  # both pragmas read back as one integer
        application_id: int
        try:
            problem = damage(conn)
            if problem is not None:
                raise _unusable(file, problem)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        finally:
            conn.close()
    if application_id != APPLICATION_ID or version == 0:
        raise _unusable(file, "not_backmove")
    if version > SCHEMA_VERSION:
        raise DatabaseNewerError(DatabaseNewer(str(file), version, SCHEMA_VERSION))
    return version


def _stage(backup_file: Path, staged: Path, version: int, busy_timeout_s: float) -> None:
    """Copy `backup_file` to `staged` (private, new) and hold the copy to everything backmove
    writes; `BackupUnusableError` naming what is not, with `staged` removed."""
    source = connect_read_only(backup_file, busy_timeout_s)
    try:
        create_private_file(staged)
        copy = sqlite3.connect(staged, timeout=busy_timeout_s, isolation_level=None)
        try:
            source.backup(copy)
            check_database(copy, version)
        finally:
            copy.close()
    except Unexpected as exc:
        raise BackupUnusableError(BackupRefused(str(backup_file), exc.what, exc.name)) from exc
    except sqlite3.DatabaseError as exc:
        if primary_code(exc) not in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            raise
        raise _unusable(backup_file, "corrupt") from exc
    finally:
        source.close()


def _remove_staged(staged: Path) -> None:
    for path in (staged, *(side_file(staged, s) for s in ("-wal", "-shm", "-journal"))):
        path.unlink(missing_ok=True)


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
    migrating). Raises `BackupUnusableError` (its message a `BackupUnusable` or, for a file
    backmove did not write, a `BackupRefused`) or `DatabaseNewerError` for a file that cannot
    be restored, before anything is changed; `DatabaseLockedError` and the like for the rest.
    """
    version = check_backup(backup_file, target=db_path)
    with translated(db_path):
        ensure_private_dir(db_path.parent)
        staged = unused_name(db_path.with_name(f".{db_path.name}.restoring"))
        try:
            _stage(backup_file, staged, version, busy_timeout_s)
            kept = _keep_current(db_path, clock, busy_timeout_s)
            if not db_path.exists():
                create_private_file(db_path)
            source = connect_read_only(staged, busy_timeout_s)
            target = sqlite3.connect(db_path, timeout=busy_timeout_s, isolation_level=None)
            try:
                source.backup(target)
            finally:
                source.close()
                target.close()
        finally:
            _remove_staged(staged)
        make_private(db_path)
        # Damage noted against the file replaced here must not set the restored one aside.
        damage_marker(db_path).unlink(missing_ok=True)
    return DatabaseRestored(str(db_path), str(backup_file), None if kept is None else str(kept))
