"""Daily backups and `backmove restore FILE`."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from backmove.core.clock import SimulatedClock
from backmove.storage.backup import backup, list_backups, restore
from backmove.storage.database import Database
from backmove.storage.errors import BackupUnusableError, DatabaseNewerError
from backmove.storage.messages import BackupUnusable, DatabaseNewer, DatabaseRestored
from backmove.storage.records import Break
from backmove.storage.repository import Repository
from backmove.storage.schema import SCHEMA_VERSION
from tests.unit.storage.helpers import mode, table_rows, user_version

DAY = date(2026, 3, 30)


def add_break(db: Database, planned_at: int) -> None:
    Repository(db).add_break(Break(planned_at=planned_at, utc_offset_s=7200, kind="walk"))


def test_backups_are_daily_and_the_newest_seven_are_kept(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    for n in range(9):
        add_break(db, n)
        backup(db, folder, DAY + timedelta(days=n))
    (folder / "notes.txt").write_text("mine")
    backup(db, folder, DAY + timedelta(days=9))
    names = [p.name for p in list_backups(folder)]
    assert names == [f"backmove-{DAY + timedelta(days=n)}.db" for n in range(9, 2, -1)]
    records = [f"{name}.json" for name in names]  # when each was made, beside it
    assert sorted(p.name for p in folder.iterdir()) == sorted([*names, *records, "notes.txt"])
    assert len(table_rows(folder / names[-1], "breaks")) == 4  # day 3 held breaks 0..3
    assert mode(folder) == 0o700
    assert all(mode(folder / name) == 0o600 for name in [*names, *records])


def test_a_second_backup_the_same_day_replaces_the_first(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    add_break(db, 1)
    backup(db, folder, DAY)
    add_break(db, 2)
    target = backup(db, folder, DAY)
    assert list_backups(folder) == [target]
    assert len(table_rows(target, "breaks")) == 2


def test_restore_brings_back_the_data_and_keeps_the_current_aside(
    db_path: Path, clock: SimulatedClock, tmp_path: Path
) -> None:
    with Database.open(db_path, clock).database as db:
        add_break(db, 1)
        saved = backup(db, tmp_path / "backups", DAY)
        add_break(db, 2)
    current = table_rows(db_path, "breaks")
    done = restore(db_path, saved, clock)
    kept = db_path.with_name("backmove.db.pre-restore-20260330-083000")
    assert done == DatabaseRestored(str(db_path), str(saved), str(kept))
    assert table_rows(kept, "breaks") == current
    assert mode(kept) == 0o600
    opened = Database.open(db_path, clock)
    with opened.database as db:
        assert opened.messages == ()
        assert [b.planned_at for b in Repository(db).breaks_between(0, 10)] == [1]
    assert mode(db_path) == 0o600


def test_restore_into_a_missing_database(
    db: Database, db_path: Path, clock: SimulatedClock, tmp_path: Path
) -> None:
    add_break(db, 1)
    saved = backup(db, tmp_path / "backups", DAY)
    elsewhere = tmp_path / "new home" / "backmove.db"
    assert restore(elsewhere, saved, clock).kept_as is None
    assert table_rows(elsewhere, "breaks") == table_rows(db_path, "breaks")


def _not_sqlite(path: Path) -> None:
    path.write_text("hello")


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("PRAGMA user_version = 1")
    conn.close()


def _corrupt(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [("x" * 900,)] * 40)
    conn.commit()
    conn.close()
    raw = path.read_bytes()
    path.write_bytes(raw[:8192] + bytes(range(256)) * 16 + raw[12288:])


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (None, "missing"),
        (_not_sqlite, "not_sqlite"),
        (_foreign, "not_backmove"),
        (_corrupt, "corrupt"),
    ],
)
def test_restore_refuses_what_is_not_a_backup_and_changes_nothing(
    db: Database, db_path: Path, clock: SimulatedClock, tmp_path: Path, make, reason: str
) -> None:
    add_break(db, 1)
    db.close()
    before = db_path.read_bytes()
    candidate = tmp_path / "candidate.db"
    if make is not None:
        make(candidate)
    with pytest.raises(BackupUnusableError) as refusal:
        restore(db_path, candidate, clock)
    assert refusal.value.message == BackupUnusable(str(candidate), reason)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["backmove.db"]


def test_restore_refuses_a_backup_from_a_newer_version(
    db: Database, db_path: Path, clock: SimulatedClock, tmp_path: Path
) -> None:
    saved = backup(db, tmp_path / "backups", DAY)
    conn = sqlite3.connect(saved)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    db.close()
    with pytest.raises(DatabaseNewerError) as refusal:
        restore(db_path, saved, clock)
    assert refusal.value.message == DatabaseNewer(str(saved), 99, SCHEMA_VERSION)
    assert user_version(db_path) == SCHEMA_VERSION
