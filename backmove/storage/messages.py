"""What the storage layer has to tell the user, as codes with parameters.

The same pattern as `backmove.core.messages`: the CLI and the UI word these, so a test asserts on
what happened and a second language costs nothing here. Paths are plain strings so a message
serialises to JSON as it is. `detail` fields carry SQLite's or the OS's own text for the log;
they are never the sentence the user reads.
"""

from __future__ import annotations

from typing import ClassVar

from backmove.core.messages import Message

# --- opening ---------------------------------------------------------------------------------


class DatabaseRecovered(Message):
    """The file at `path` was unusable (`reason`: empty, not_sqlite, truncated, corrupt).

    It was renamed to `kept_as` (with its -wal and -shm, if any), never deleted, and a fresh,
    empty database now stands at `path`.
    """

    code: ClassVar[str] = "database_recovered"
    severity: ClassVar[str] = "warning"
    path: str
    kept_as: str
    reason: str


class DatabaseUpgraded(Message):
    """The schema was migrated; `backup` is the copy taken just before."""

    code: ClassVar[str] = "database_upgraded"
    severity: ClassVar[str] = "info"
    path: str
    from_version: int
    to_version: int
    backup: str


class DatabaseNewer(Message):
    """Written by a newer backmove: refused and left exactly as it was."""

    code: ClassVar[str] = "database_newer"
    severity: ClassVar[str] = "error"
    path: str
    version: int
    supported: int


class DatabaseForeign(Message):
    """A healthy SQLite file that is not a backmove database; left as it was."""

    code: ClassVar[str] = "database_foreign"
    severity: ClassVar[str] = "error"
    path: str


class MigrationFailed(Message):
    """Migrating to `version` failed and was rolled back: the file is as it was before."""

    code: ClassVar[str] = "migration_failed"
    severity: ClassVar[str] = "error"
    path: str
    version: int
    detail: str


# --- the environment -------------------------------------------------------------------------


class DatabaseLocked(Message):
    """Another program (often a second backmove) holds the write lock."""

    code: ClassVar[str] = "database_locked"
    severity: ClassVar[str] = "error"
    path: str


class DiskFull(Message):
    """The disk (or the database's size limit) is full; nothing of the failed write was kept."""

    code: ClassVar[str] = "disk_full"
    severity: ClassVar[str] = "error"
    path: str


class DatabaseNotWritable(Message):
    """The file or its folder is read-only for this user."""

    code: ClassVar[str] = "database_not_writable"
    severity: ClassVar[str] = "error"
    path: str


class DatabaseDamaged(Message):
    """SQLite found damage while running; the next start moves the file aside and recovers."""

    code: ClassVar[str] = "database_damaged"
    severity: ClassVar[str] = "error"
    path: str


class StorageUnavailable(Message):
    """Any other input/output failure (a vanished disk, a network share gone away)."""

    code: ClassVar[str] = "storage_unavailable"
    severity: ClassVar[str] = "error"
    path: str
    detail: str


# --- backup and restore ----------------------------------------------------------------------


class BackupUnusable(Message):
    """`path` cannot be restored.

    `reason`: missing, unreadable, not_sqlite, corrupt, not_backmove.
    """

    code: ClassVar[str] = "backup_unusable"
    severity: ClassVar[str] = "error"
    path: str
    reason: str


class BackupRefused(Message):
    """`path` is a sound SQLite file, but not one backmove could have written; not restored.

    `what`: extra (an object backmove never makes, such as a trigger or a view, named in
    `name`), missing, changed (a table or index unlike backmove's), integrity (SQLite's own
    report), foreign_key, bad_value (a column the app would not have written), and `name` says
    which."""

    code: ClassVar[str] = "backup_refused"
    severity: ClassVar[str] = "error"
    path: str
    what: str
    name: str


class BackupsDatedAhead(Message):
    """`count` backups in `folder` were recorded as made after now (`newest` the latest): a
    clock that was set ahead. They are kept and left out of the rotation."""

    code: ClassVar[str] = "backups_dated_ahead"
    severity: ClassVar[str] = "warning"
    folder: str
    count: int
    newest: str


class DatabaseRestored(Message):
    """`backup` now stands at `path`; the database it replaced was kept as `kept_as`."""

    code: ClassVar[str] = "database_restored"
    severity: ClassVar[str] = "info"
    path: str
    backup: str
    kept_as: str | None


# --- export and import -----------------------------------------------------------------------


class ImportTargetNotEmpty(Message):
    """Import only fills an empty profile, so it can never mix or overwrite records."""

    code: ClassVar[str] = "import_target_not_empty"
    severity: ClassVar[str] = "error"
    path: str


class ImportFileInvalid(Message):
    """A whole file of the export is missing or unreadable; nothing was imported."""

    code: ClassVar[str] = "import_file_invalid"
    severity: ClassVar[str] = "error"
    file: str
    detail: str


class ImportRowInvalid(Message):
    """Data row `row` (1 = the first after any header) of `file` was refused; nothing imported."""

    code: ClassVar[str] = "import_row_invalid"
    severity: ClassVar[str] = "error"
    file: str
    row: int
    detail: str


class ImportVersionMismatch(Message):
    """The export was written at schema `version`; this backmove imports `supported` only."""

    code: ClassVar[str] = "import_version_mismatch"
    severity: ClassVar[str] = "error"
    file: str
    version: int
    supported: int


# --- other devices (docs/devices.md) -----------------------------------------------------------


class CopySkipped(Message):
    """A file in the sync folder was not read (`reason`: newer, damaged, conflict, own,
    unknown, foreign); the local log is untouched. `version` is the copy's schema for newer."""

    code: ClassVar[str] = "copy_skipped"
    severity: ClassVar[str] = "warning"
    path: str
    reason: str
    version: int = 0


class WorkingAlone(Message):
    """No sync folder is set, or the one set is not there (`path`, empty when none is set):
    backmove keeps its history on this device only, as without devices."""

    code: ClassVar[str] = "working_alone"
    severity: ClassVar[str] = "info"
    path: str


class SyncFolderOpen(Message):
    """Other users may read the sync folder (`mode`, octal): the copies in it are 0600, but
    their names and sizes can be seen, and a sync tool may not keep the modes."""

    code: ClassVar[str] = "sync_folder_open"
    severity: ClassVar[str] = "warning"
    path: str
    mode: str


class PublishFailed(Message):
    """This device's copy could not be written into the sync folder (`detail` from the OS);
    the local log is untouched and the next publish tries again."""

    code: ClassVar[str] = "publish_failed"
    severity: ClassVar[str] = "warning"
    path: str
    detail: str
