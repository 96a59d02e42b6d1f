"""Opening the database safely, and the one connection every read and write goes through.

Opening is where data is lost in other apps, so it is careful, in this order:
1. A file that cannot be ours to use is never touched: one written by a newer backmove, or a
   healthy SQLite file of another program, is refused with a message and left byte for byte.
   Both are checked first from the header bytes, then through a read-only connection (which
   also sees what is still in the WAL and never checkpoints it into the file).
2. A file that is empty, not SQLite, shorter than its header says, or fails `quick_check` is
   renamed aside (`<name>.corrupt-<stamp>`, with its -wal and -shm), never deleted, and a fresh
   database is created; the open result carries a `DatabaseRecovered` message saying so. So is
   a file whose damage only the read-write connection meets (a broken schema entry), and one
   SQLite found damaged while it was in use. That leaves a note, `<name>.damaged`, beside it:
   `quick_check` does not see every kind of damage (an index missing a row), and the user was
   told then that the next start would set the file aside.
3. The connection is set up: WAL (readers never wait for the writer), `synchronous=FULL` (a
   break record is written a few times an hour, so durability costs nothing noticeable),
   foreign keys on, and a busy timeout so a short lock by another process is waited out.
4. Migrations run one version at a time, each in one transaction with its `user_version` bump
   (foreign keys off meanwhile and checked before the commit, so a table can be rebuilt);
   before migrating a database that already holds a schema, a copy is taken with `VACUUM INTO`.

Every write is one `BEGIN IMMEDIATE ... COMMIT`: taking the write lock up front means a lock
held elsewhere shows up as `DatabaseLockedError` at once, never half-way through a change.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from backmove.core.clock import Clock
from backmove.core.messages import Message
from backmove.core.record import Record
from backmove.storage.errors import (
    DatabaseDamagedError,
    DatabaseNewerError,
    DiskFullError,
    ForeignDatabaseError,
    MigrationError,
    UnavailableError,
    primary_code,
    storage_error,
    translated,
)
from backmove.storage.files import (
    PRIVATE_FILE,
    copy_database,
    create_private_file,
    ensure_private_dir,
    file_stamp,
    make_private,
    move_aside,
    side_file,
    unused_name,
)
from backmove.storage.messages import (
    DatabaseDamaged,
    DatabaseForeign,
    DatabaseNewer,
    DatabaseRecovered,
    DatabaseUpgraded,
    MigrationFailed,
)
from backmove.storage.schema import APPLICATION_ID, MIGRATIONS, TABLES, Migration

SQLITE_MAGIC = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT_S = 5.0


class Header(Record):
    """What a database file says about itself in its first 100 bytes."""

    user_version: int
    application_id: int
    expected_size: int | None  # bytes the file must have, when the header vouches for it

    @classmethod
    def parse(cls, raw: bytes) -> Header:
        page_size = int.from_bytes(raw[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        page_count = int.from_bytes(raw[28:32], "big")
        # The page count is only trustworthy when the last writer stamped it as current.
        valid = raw[24:28] == raw[92:96] and page_count > 0
        return cls(
            user_version=int.from_bytes(raw[60:64], "big"),
            application_id=int.from_bytes(raw[68:72], "big"),
            expected_size=page_size * page_count if valid else None,
        )


def damage_marker(path: Path) -> Path:
    """The file that says SQLite found the database at `path` damaged while it was in use."""
    return path.with_name(path.name + ".damaged")


def refuse_unusable(
    path: Path, *, version: int, application_id: int, supported: int, holds_schema: bool
) -> None:
    """Raise when the database at `path` is another program's, or from a newer backmove.

    A file that holds no schema yet is anybody's to take, whatever its header says.
    """
    if application_id != APPLICATION_ID and holds_schema:
        raise ForeignDatabaseError(DatabaseForeign(str(path)))
    if version > supported:
        raise DatabaseNewerError(DatabaseNewer(str(path), version, supported))


def damage(
    conn: sqlite3.Connection, *, full: bool = False, schema_only: bool = False
) -> str | None:
    """'corrupt' or 'not_sqlite' when SQLite cannot vouch for the file, else None.

    `full` runs `integrity_check` (which also sees an index missing a row) instead of
    `quick_check` (every page: its time follows the file's size); `schema_only` reads only the
    schema, which finds a file that is no database, or whose schema is broken, at once. Other
    failures (a lock, a read-only folder) are not damage and are raised as they are.
    """
    # The report may quote damaged bytes, which need not be valid UTF-8: read it as bytes.
    text_factory, conn.text_factory = conn.text_factory, bytes
    try:
        check = "PRAGMA integrity_check(1)" if full else "PRAGMA quick_check"
        rows = conn.execute(SCHEMA_READ if schema_only else check).fetchall()
    except UnicodeDecodeError:
        return "corrupt"  # SQLite's error text quoted them, and Python could not decode it
    except sqlite3.DatabaseError as exc:
        code = primary_code(exc)
        if code == sqlite3.SQLITE_NOTADB:
            return "not_sqlite"
        if code == sqlite3.SQLITE_CORRUPT:
            return "corrupt"
        raise
    finally:
        conn.text_factory = text_factory
    if schema_only:
        return None  # the schema was read and parsed: all this check asks
    return None if [tuple(r) for r in rows] == [(b"ok",)] else "corrupt"


SCHEMA_READ = "SELECT count(*) FROM sqlite_master"
"""Reads and parses the schema, and nothing else: what every open can afford."""


def connect_read_only(path: Path, busy_timeout_s: float) -> sqlite3.Connection:
    """A connection that can neither change the file nor checkpoint its WAL into it."""
    uri = path.resolve().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=busy_timeout_s, isolation_level=None)


def check_file(path: Path, *, full: bool, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S) -> bool:
    """Whether SQLite vouches for the database at `path`, read through a connection of its
    own that changes nothing (so it may run on another thread while the app writes).
    `full`: `integrity_check`, else `quick_check`. Trouble that is not damage (a lock, a
    file gone) is raised as it is."""
    conn = connect_read_only(path, busy_timeout_s)
    try:
        return damage(conn, full=full) is None
    finally:
        conn.close()


def _inspect(path: Path, supported: int, busy_timeout_s: float, check: bool = True) -> str | None:
    """Why the existing file at `path` must be moved aside, or None when it is fine (or absent).

    Without `check` only what costs nothing is looked at (the header, the version, whose
    file it is); SQLite's `quick_check` reads every page, which grows with the log."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return None
    wal = side_file(path, "-wal")
    wal_size = wal.stat().st_size if wal.exists() else 0
    if size == 0 and wal_size == 0:
        return "empty"
    if size > 0:
        with path.open("rb") as f:
            raw = f.read(100)
        if not raw.startswith(SQLITE_MAGIC):
            return "not_sqlite"
        if len(raw) < 100:
            return "truncated"
        header = Header.parse(raw)
        refuse_unusable(
            path,
            version=header.user_version,
            application_id=header.application_id,
            supported=supported,
            holds_schema=header.user_version != 0,
        )
        if wal_size == 0 and header.expected_size is not None and size < header.expected_size:
            return "truncated"
    conn = connect_read_only(path, busy_timeout_s)
    try:
        problem = damage(conn, schema_only=not check)
        if problem is not None:
            return problem
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    finally:
        conn.close()
    refuse_unusable(
        path,
        version=version,
        application_id=application_id,
        supported=supported,
        holds_schema=version != 0 or tables > 0,
    )
    return None


def _recover(path: Path, clock: Clock, reason: str) -> DatabaseRecovered:
    """Move the unusable file at `path` aside so a fresh database can take its place."""
    with translated(path):
        kept = move_aside(path, f"corrupt-{file_stamp(clock)}")
        damage_marker(path).unlink(missing_ok=True)
    return DatabaseRecovered(str(path), str(kept), reason)


def _remove_unborn(path: Path) -> None:
    """Remove a database this very open created and could not set up (a full disk, say).

    It holds nothing yet; left behind, the next start would find an empty or half-made file,
    set it aside as unusable and try again, and every command after it too, each leaving one
    more `.corrupt-` file and one more message for what was never the user's data."""
    for candidate in (path, *(side_file(path, s) for s in ("-wal", "-shm", "-journal"))):
        with contextlib.suppress(OSError):
            candidate.unlink()


class Opened(Record):
    """An open database and what the user should hear about opening it."""

    database: Database
    messages: tuple[Message, ...]


class Database:
    """The backmove database file. Build it with `Database.open`."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self.version = 0
        self._marks_damage = True

    @classmethod
    def scratch(cls, migrations: Sequence[Migration] = MIGRATIONS) -> Database:
        """An empty database at the current schema in memory, for a view put together from
        several files (the history of every device, `storage.devices.merged`). Its
        connection takes URI names, so read-only files can be attached to it."""
        conn = sqlite3.connect("file::memory:", uri=True, isolation_level=None)
        conn.row_factory = sqlite3.Row
        database = cls(conn, Path("merged history"))
        database._marks_damage = False
        database._migrate(migrations)
        database.version = len(migrations)
        return database

    @property
    def connection(self) -> sqlite3.Connection:
        """The one connection, for storage's own modules that need more than a statement."""
        return self._conn

    def release_cache(self) -> None:
        """Hand back the pages SQLite keeps cached (up to about 2 MiB a connection): after the
        start has read through a long log, an idle app would hold them for nothing. They are
        read again from the file (or the system's cache) when next needed."""
        with contextlib.suppress(sqlite3.Error):  # a closed connection: nothing to hand back
            self._conn.execute("PRAGMA shrink_memory")

    @classmethod
    def open(
        cls,
        path: Path,
        clock: Clock,
        *,
        busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S,
        migrations: Sequence[Migration] = MIGRATIONS,
        check: bool = True,
    ) -> Opened:
        """Open (creating, recovering or migrating as needed) the database at `path`.

        `check=False` leaves out SQLite's `quick_check` of every page: the app opens so and
        checks the file once its tray icon is up (`check_file`), so start-up does not grow
        with the log.

        Raises `StorageError` subclasses, each with a `.message`: `DatabaseNewerError`,
        `ForeignDatabaseError`, `MigrationError`, `DatabaseLockedError`, `DiskFullError`,
        `NotWritableError`, `UnavailableError`. `migrations` is for tests of the migration
        machinery; the app always uses the default.
        """
        path = Path(path)
        messages: list[Message] = []
        with translated(path):
            ensure_private_dir(path.parent)
            problem = _inspect(path, len(migrations), busy_timeout_s, check)
            if problem is None and path.exists() and damage_marker(path).exists():
                problem = "corrupt"
        if problem is not None:
            messages.append(_recover(path, clock, problem))
        try:
            database, told = cls._start(path, clock, busy_timeout_s, migrations)
        except DatabaseDamagedError:
            # Damage the read-only inspection could not see (a broken schema entry, say).
            messages.append(_recover(path, clock, "corrupt"))
            database, told = cls._start(path, clock, busy_timeout_s, migrations)
        return Opened(database, (*messages, *told))

    @classmethod
    def open_reader(cls, path: Path, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S) -> Database:
        """A read-only connection to the log the app has already opened (and checked): for
        reading on another thread than the one that owns the app's connection. It cannot
        write, migrate or checkpoint, so it needs none of `open`'s care."""
        with translated(path):
            conn = connect_read_only(path, busy_timeout_s)
        database = cls(conn, path)
        try:
            with database._guarded():
                database.version = conn.execute("PRAGMA user_version").fetchone()[0]
        except BaseException:
            conn.close()
            raise
        return database

    @classmethod
    def _start(
        cls, path: Path, clock: Clock, busy_timeout_s: float, migrations: Sequence[Migration]
    ) -> tuple[Database, list[Message]]:
        created = False
        with translated(path):
            if path.exists():
                # Ours to keep 0600; a file left read-only would open read-only, and then no
                # write would work until the next start, whatever the user did meanwhile.
                make_private(path)
            else:
                create_private_file(path)
                created = True
            conn = sqlite3.connect(path, timeout=busy_timeout_s, isolation_level=None)
        conn.row_factory = sqlite3.Row
        database = cls(conn, path)
        try:
            return database, database._prepare(clock, migrations)
        except (DiskFullError, UnavailableError):
            # No room (or no disk) to set up the file just made: nobody else can have
            # written to it either. A lock, by contrast, may be a second backmove that is
            # setting up this very file, which must not be taken from under it.
            conn.close()
            if created:
                _remove_unborn(path)
            raise
        except BaseException:
            conn.close()
            raise

    def _prepare(self, clock: Clock, migrations: Sequence[Migration]) -> list[Message]:
        messages: list[Message] = []
        target = len(migrations)
        with translated(self.path):
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = FULL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self.version = self._conn.execute("PRAGMA user_version").fetchone()[0]
            application_id = self._conn.execute("PRAGMA application_id").fetchone()[0]
            # Checked again: another process may have changed the file since the inspection.
            refuse_unusable(
                self.path,
                version=self.version,
                application_id=application_id,
                supported=target,
                holds_schema=self.version != 0,
            )
            if 0 < self.version < target:
                backup = unused_name(
                    self.path.with_name(f"{self.path.name}.pre-v{target}-{file_stamp(clock)}")
                )
                copy_database(self._conn, backup)
                messages.append(DatabaseUpgraded(str(self.path), self.version, target, str(backup)))
        self._migrate(migrations)
        with translated(self.path):
            make_private(self.path)
        return messages

    def _migrate(self, migrations: Sequence[Migration]) -> None:
        """Each migration in its own transaction with its version bump. Foreign keys are off
        meanwhile (they cannot be switched inside a transaction) so that a migration may
        rebuild a table others refer to, as SQLite's recipe for a changed CHECK does; they are
        checked before the commit, so a migration that leaves a dangling reference fails."""
        if self.version >= len(migrations):
            return
        self._conn.execute("PRAGMA foreign_keys = OFF")
        try:
            for number in range(self.version + 1, len(migrations) + 1):
                self._migrate_one(migrations[number - 1], number)
                self.version = number
        finally:
            self._conn.execute("PRAGMA foreign_keys = ON")

    def _migrate_one(self, migration: Migration, number: int) -> None:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            for statement in migration:
                self._conn.execute(statement)
            dangling = self._conn.execute("PRAGMA foreign_key_check").fetchall()
            if dangling:
                raise sqlite3.IntegrityError(
                    f"{len(dangling)} row(s) refer to rows that are gone, first in {dangling[0][0]}"
                )
            self._conn.execute(f"PRAGMA user_version = {number:d}")
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            error = storage_error(exc, self.path)
            if error is None:
                error = MigrationError(MigrationFailed(str(self.path), number, str(exc)))
            raise error from exc

    def _rollback(self) -> None:
        # SQLite has often rolled back already (a full disk does that); a failing ROLLBACK
        # must not hide the error that caused it.
        if self._conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")

    @contextmanager
    def _guarded(self) -> Iterator[None]:
        """`translated`, and damage met while running is noted for the next open to act on."""
        try:
            with translated(self.path):
                try:
                    yield
                except UnicodeDecodeError as exc:
                    # Only SQLite's error text can fail so, when it quotes damaged bytes.
                    raise DatabaseDamagedError(DatabaseDamaged(str(self.path))) from exc
        except DatabaseDamagedError:
            if not self._marks_damage:
                raise
            with contextlib.suppress(OSError):
                damage_marker(self.path).touch(mode=PRIVATE_FILE)
            raise

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Several statements as one write: all of them are kept, or none."""
        with self._guarded():
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                self._rollback()
                raise

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """Several reads that see one consistent state, while writers carry on."""
        with self._guarded():
            self._conn.execute("BEGIN DEFERRED")
            try:
                yield self._conn
            finally:
                self._rollback()

    def write(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        """One statement in its own transaction, committed (and synced) before returning."""
        with self.transaction() as conn:
            return conn.execute(sql, params)

    def read(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> list[sqlite3.Row]:
        with self._guarded():
            return self._conn.execute(sql, params).fetchall()

    def copy_to(self, target: Path) -> None:
        """A consistent private copy at `target`, which must not exist yet."""
        with translated(target):
            copy_database(self._conn, target)

    def counts(self) -> dict[str, int]:
        """Rows per table, in `TABLES` order."""
        return {
            # Table names come from the constant TABLES, never from input.
            table: self.read(f"SELECT count(*) FROM {table}")[0][0]  # noqa: S608
            for table in TABLES
        }

    def last_ids(self) -> dict[str, int]:
        """The last id of each table, in `TABLES` order: one index seek each. backmove never
        deletes a single record (only the whole log), and an import keeps the ids, so this is
        how many records each table has been given."""
        return {
            # Table names come from the constant TABLES, never from input.
            table: self.read(f"SELECT coalesce(max(id), 0) FROM {table}")[0][0]  # noqa: S608
            for table in TABLES
        }

    def is_empty(self) -> bool:
        """No record in any table; one seek each, whatever the log holds."""
        return not any(
            # Table names come from the constant TABLES, never from input.
            self.read(f"SELECT EXISTS (SELECT 1 FROM {table})")[0][0]  # noqa: S608
            for table in TABLES
        )

    def integrity_problems(self) -> list[str]:
        """What a full `PRAGMA integrity_check` finds; empty when the file is sound."""
        rows = [row[0] for row in self.read("PRAGMA integrity_check")]
        return [] if rows == ["ok"] else rows

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
