"""Storage failures the user can act on, each carrying the Message the app shows.

SQLite and the OS report a full disk, a lock held by another program or a read-only folder as
generic exceptions; the app must show those as clear messages, not tracebacks. `translated`
turns them into `StorageError` subclasses by SQLite's primary result code or the OS errno.
Everything else (a wrong SQL statement, a broken constraint) is a bug in backmove and passes
through untouched, so it reaches the crash log instead of being dressed up as the user's fault.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from backmove.core.messages import Message
from backmove.storage.messages import (
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseNotWritable,
    DiskFull,
    StorageUnavailable,
)


class StorageError(Exception):
    """A storage failure with the message to show; `message.code` says which."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.to_json())
        self.message = message


class DatabaseLockedError(StorageError):
    pass


class DiskFullError(StorageError):
    pass


class NotWritableError(StorageError):
    pass


class DatabaseDamagedError(StorageError):
    pass


class UnavailableError(StorageError):
    pass


class DatabaseNewerError(StorageError):
    pass


class ForeignDatabaseError(StorageError):
    pass


class MigrationError(StorageError):
    pass


class BackupUnusableError(StorageError):
    pass


class ImportRefusedError(StorageError):
    """The target profile already holds records."""


class ImportFormatError(StorageError):
    """The export is incomplete, of another version, or has a bad row."""


_LOCKED = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_READ_ONLY = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH}
_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_UNAVAILABLE = {sqlite3.SQLITE_IOERR, sqlite3.SQLITE_NOMEM, sqlite3.SQLITE_PROTOCOL}
# SQLite says SQLITE_FULL only for ENOSPC; a write refused for a quota (EDQUOT) or a file-size
# limit (EFBIG) comes as SQLITE_IOERR_WRITE. To the user all of them are "no room left".
_NO_ROOM_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
# Python's own report of a TEXT value that is not UTF-8: bytes changed on the disk.
_UNDECODABLE = "Could not decode to UTF-8"


def _extended(exc: sqlite3.Error) -> int | None:
    return getattr(exc, "sqlite_errorcode", None)


def primary_code(exc: sqlite3.Error) -> int | None:
    """SQLite's primary result code (extended codes keep it in their low byte)."""
    code = _extended(exc)
    return None if code is None else code & 0xFF


def storage_error(exc: BaseException, path: Path) -> StorageError | None:
    """The user-facing error for `exc`, or None when `exc` is a bug rather than the setting."""
    where = str(path)
    if isinstance(exc, sqlite3.Error):
        code = primary_code(exc)
        if code in _LOCKED:
            return DatabaseLockedError(DatabaseLocked(where))
        if code == sqlite3.SQLITE_FULL or _extended(exc) == sqlite3.SQLITE_IOERR_WRITE:
            return DiskFullError(DiskFull(where))
        if code in _READ_ONLY:
            return NotWritableError(DatabaseNotWritable(where))
        if code == sqlite3.SQLITE_CANTOPEN:
            if not os.access(path.parent, os.W_OK):
                return NotWritableError(DatabaseNotWritable(where))
            return UnavailableError(StorageUnavailable(where, str(exc)))
        if code in _DAMAGED:
            return DatabaseDamagedError(DatabaseDamaged(where))
        if code in _UNAVAILABLE:
            return UnavailableError(StorageUnavailable(where, str(exc)))
        if code is None and str(exc).startswith(_UNDECODABLE):
            return DatabaseDamagedError(DatabaseDamaged(where))
        return None
    if isinstance(exc, OSError):
        if exc.errno in _NO_ROOM_ERRNOS:
            return DiskFullError(DiskFull(where))
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return NotWritableError(DatabaseNotWritable(where))
        return UnavailableError(StorageUnavailable(where, str(exc)))
    return None


@contextmanager
def translated(path: Path) -> Iterator[None]:
    """Re-raise environment failures inside the block as StorageError about `path`."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        error = storage_error(exc, path)
        if error is None:
            raise
        raise error from exc
