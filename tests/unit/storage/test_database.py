"""Opening the database: creation, migrations, recovery, refusals, and the environment failing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from backmove.core.clock import SimulatedClock
from backmove.storage.database import Database
from backmove.storage.errors import (
    DatabaseLockedError,
    DatabaseNewerError,
    DiskFullError,
    ForeignDatabaseError,
    MigrationError,
)
from backmove.storage.messages import (
    DatabaseForeign,
    DatabaseLocked,
    DatabaseNewer,
    DatabaseRecovered,
    DatabaseUpgraded,
    DiskFull,
    MigrationFailed,
)
from backmove.storage.records import AppEvent, Break
from backmove.storage.repository import Repository
from backmove.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, TABLES
from tests.unit.storage.helpers import mode, query, table_rows, user_version


def make_database(path: Path, clock: SimulatedClock, breaks: int = 3) -> None:
    """A healthy, closed database at `path` holding `breaks` breaks with some text."""
    with Database.open(path, clock).database as db:
        repo = Repository(db)
        for n in range(breaks):
            repo.add_break(Break(planned_at=n, utc_offset_s=0, kind="micro", reason="x" * 900))


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


# --- a first start -------------------------------------------------------------------------------


def test_first_start_creates_a_current_database(db_path: Path, clock: SimulatedClock) -> None:
    opened = Database.open(db_path, clock)
    with opened.database as db:
        assert opened.messages == ()
        assert db.version == SCHEMA_VERSION
        assert db.read("PRAGMA journal_mode")[0][0] == "wal"
        assert db.read("PRAGMA synchronous")[0][0] == 2  # FULL
        assert db.read("PRAGMA foreign_keys")[0][0] == 1
        assert db.read("PRAGMA application_id")[0][0] == APPLICATION_ID
        names = {r[0] for r in db.read("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert names == set(TABLES)
        assert db.is_empty()
    assert user_version(db_path) == SCHEMA_VERSION


def test_files_are_private(db_path: Path, clock: SimulatedClock) -> None:
    with Database.open(db_path, clock).database as db:
        Repository(db).add_event(AppEvent(at=1, utc_offset_s=0, kind="pause"))
        assert mode(db_path.parent) == 0o700
        for name in ("backmove.db", "backmove.db-wal", "backmove.db-shm"):
            assert mode(db_path.parent / name) == 0o600, name


def test_records_survive_closing_and_opening_again(db_path: Path, clock: SimulatedClock) -> None:
    make_database(db_path, clock, breaks=2)
    opened = Database.open(db_path, clock)
    with opened.database as db:
        assert opened.messages == ()
        assert db.counts()["breaks"] == 2
    assert [p.name for p in db_path.parent.iterdir()] == ["backmove.db"]


@pytest.mark.parametrize("check", [True, False])
def test_a_sound_log_is_kept_with_or_without_the_page_check(
    db_path: Path, clock: SimulatedClock, check: bool
) -> None:
    """The app opens its log without the page check (that comes after the tray icon): reading
    the schema alone must keep a sound log as it is, never set it aside as damaged."""
    make_database(db_path, clock, breaks=2)
    opened = Database.open(db_path, clock, check=check)
    with opened.database as db:
        assert opened.messages == ()
        assert db.counts()["breaks"] == 2
    assert not [p.name for p in db_path.parent.iterdir() if ".corrupt-" in p.name]


# --- migrations ----------------------------------------------------------------------------------


def test_a_failing_migration_changes_nothing(db_path: Path, clock: SimulatedClock) -> None:
    make_database(db_path, clock, breaks=2)
    before = table_rows(db_path, "breaks")
    broken = (
        "CREATE TABLE extra (x INTEGER)",
        "INSERT INTO breaks (planned_at, utc_offset_s, kind) VALUES (99, 0, 'walk')",
        "ALTER TABLE breaks ADD COLUMN mood TEXT",
        "THIS IS NOT SQL",
    )
    with pytest.raises(MigrationError) as failure:
        Database.open(db_path, clock, migrations=(*MIGRATIONS, broken))
    message = failure.value.message
    assert isinstance(message, MigrationFailed)
    assert (message.path, message.version) == (str(db_path), SCHEMA_VERSION + 1)
    assert user_version(db_path) == SCHEMA_VERSION
    assert table_rows(db_path, "breaks") == before
    assert query(db_path, "SELECT name FROM sqlite_master WHERE name = 'extra'") == []
    assert "mood" not in {r[1] for r in query(db_path, "PRAGMA table_info(breaks)")}
    # And the app still opens it as it was.
    with Database.open(db_path, clock).database as db:
        assert db.counts()["breaks"] == 2


def test_a_copy_is_taken_before_migrating(db_path: Path, clock: SimulatedClock) -> None:
    make_database(db_path, clock, breaks=2)
    before = table_rows(db_path, "breaks")
    next_version = ("CREATE TABLE extra (x INTEGER)",)
    opened = Database.open(db_path, clock, migrations=(*MIGRATIONS, next_version))
    opened.database.close()
    copy = db_path.with_name(f"backmove.db.pre-v{SCHEMA_VERSION + 1}-20260330-083000")
    assert opened.messages == (
        DatabaseUpgraded(str(db_path), SCHEMA_VERSION, SCHEMA_VERSION + 1, str(copy)),
    )
    assert user_version(db_path) == SCHEMA_VERSION + 1
    assert user_version(copy) == SCHEMA_VERSION
    assert table_rows(copy, "breaks") == before
    assert mode(copy) == 0o600


# --- files that are not ours to use --------------------------------------------------------------


def test_a_database_from_a_newer_version_is_refused_untouched(
    db_path: Path, clock: SimulatedClock
) -> None:
    make_database(db_path, clock)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = files_in(db_path.parent)
    with pytest.raises(DatabaseNewerError) as refusal:
        Database.open(db_path, clock)
    assert refusal.value.message == DatabaseNewer(str(db_path), 99, SCHEMA_VERSION)
    assert files_in(db_path.parent) == before


def test_another_programs_database_is_refused_untouched(
    db_path: Path, clock: SimulatedClock
) -> None:
    db_path.parent.mkdir()
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('mine')")
    conn.commit()
    conn.close()
    before = files_in(db_path.parent)
    with pytest.raises(ForeignDatabaseError) as refusal:
        Database.open(db_path, clock)
    assert refusal.value.message == DatabaseForeign(str(db_path))
    assert files_in(db_path.parent) == before


# --- damaged files -------------------------------------------------------------------------------

GARBAGE = bytes(range(256)) * 32  # 8 KiB of anything but a b-tree


def damage_not_sqlite(path: Path, clock: SimulatedClock) -> None:
    path.parent.mkdir()
    path.write_bytes(b"my shopping list\n" * 300)
    path.with_name(path.name + "-wal").write_bytes(b"not a wal either")


def damage_empty(path: Path, clock: SimulatedClock) -> None:
    path.parent.mkdir()
    path.write_bytes(b"")


def damage_truncated(path: Path, clock: SimulatedClock) -> None:
    make_database(path, clock, breaks=40)
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])


def damage_corrupt(path: Path, clock: SimulatedClock) -> None:
    make_database(path, clock, breaks=40)
    raw = path.read_bytes()
    path.write_bytes(raw[:8192] + GARBAGE + raw[8192 + len(GARBAGE) :])


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (damage_not_sqlite, "not_sqlite"),
        (damage_empty, "empty"),
        (damage_truncated, "truncated"),
        (damage_corrupt, "corrupt"),
    ],
)
def test_a_damaged_file_is_kept_aside_and_a_fresh_database_made(
    db_path: Path, clock: SimulatedClock, damage, reason: str
) -> None:
    damage(db_path, clock)
    originals = files_in(db_path.parent)
    opened = Database.open(db_path, clock)
    with opened.database as db:
        kept = db_path.with_name("backmove.db.corrupt-20260330-083000")
        assert opened.messages == (DatabaseRecovered(str(db_path), str(kept), reason),)
        assert kept.read_bytes() == originals["backmove.db"]
        if "backmove.db-wal" in originals:
            assert Path(f"{kept}-wal").read_bytes() == originals["backmove.db-wal"]
        assert db.version == SCHEMA_VERSION
        assert db.is_empty()
        Repository(db).add_event(AppEvent(at=1, utc_offset_s=0, kind="recovered"))
        assert db.counts()["app_events"] == 1


def test_a_second_recovery_in_the_same_second_keeps_both_files(
    db_path: Path, clock: SimulatedClock
) -> None:
    damage_not_sqlite(db_path, clock)
    Database.open(db_path, clock).database.close()
    db_path.write_bytes(b"again")
    opened = Database.open(db_path, clock)
    opened.database.close()
    second = db_path.with_name("backmove.db.corrupt-20260330-083000-2")
    assert opened.messages == (DatabaseRecovered(str(db_path), str(second), "not_sqlite"),)
    assert second.read_bytes() == b"again"
    assert db_path.with_name("backmove.db.corrupt-20260330-083000").read_bytes().startswith(b"my")


# --- the environment -----------------------------------------------------------------------------


def test_a_lock_held_elsewhere_gives_the_locked_message(
    db_path: Path, clock: SimulatedClock
) -> None:
    make_database(db_path, clock)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with Database.open(db_path, clock, busy_timeout_s=0.05).database as db:
            with pytest.raises(DatabaseLockedError) as failure:
                Repository(db).add_event(AppEvent(at=1, utc_offset_s=0, kind="pause"))
            assert failure.value.message == DatabaseLocked(str(db_path))
            other.execute("ROLLBACK")
            Repository(db).add_event(AppEvent(at=2, utc_offset_s=0, kind="pause"))
            assert db.counts()["app_events"] == 1
    finally:
        other.close()


def test_a_full_disk_gives_its_message_and_keeps_the_database_whole(
    db: Database, repo: Repository, db_path: Path, clock: SimulatedClock
) -> None:
    for n in range(5):
        repo.add_event(AppEvent(at=n, utc_offset_s=0, kind="pause", detail={"n": n}))
    before = table_rows(db_path, "app_events")
    with db.transaction() as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        # The size limit stands in for a full disk: SQLite reports both as SQLITE_FULL.
        conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFullError) as failure:
        repo.add_event(AppEvent(at=9, utc_offset_s=0, kind="big", detail={"x": "y" * 100_000}))
    assert failure.value.message == DiskFull(str(db_path))
    assert db.integrity_problems() == []
    assert table_rows(db_path, "app_events") == before
