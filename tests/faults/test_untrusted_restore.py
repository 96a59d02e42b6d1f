"""A file handed to `backmove restore` that is a sound SQLite database of backmove's, but not one
backmove wrote: a trigger that eats ratings, one that swallows every write, a view, a table with
a column more, a JSON column the app's readers choke on, a row past its CHECK; and the live
database itself, or a FIFO or /dev/zero under a backup's name.

Each is made for real (with SQLite, as anyone could) and must be refused with a message that
says what is wrong and that nothing was changed, before the current log is touched.
"""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
from pathlib import Path

import pytest

from backmove.core.clock import SimulatedClock
from backmove.storage.backup import backup, restore
from backmove.storage.database import Database
from backmove.storage.errors import BackupUnusableError
from backmove.storage.messages import BackupRefused, BackupUnusable
from backmove.storage.records import Break, Rating, SafetyScreen
from backmove.storage.repository import Repository
from backmove.ui.wording import describe
from tests.faults.conftest import in_child

RATINGS = 1117


def make_log(path: Path, clock: SimulatedClock) -> None:
    with Database.open(path, clock).database as db:
        repo = Repository(db)
        first = repo.add_break(Break(planned_at=1000, utc_offset_s=7200, kind="micro"))
        for n in range(RATINGS):
            repo.add_rating(
                Rating(at=1000 + n, utc_offset_s=7200, moment="now_after", value=n % 11)
            )
        repo.add_safety_screen(SafetyScreen(5, 0, {"A1": False}, "none", "shown"))
        assert first.id == 1


def digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


@pytest.fixture
def setup(tmp_path: Path, clock: SimulatedClock) -> tuple[Path, Path]:
    """(the live database, a true backup of it in another folder)."""
    live = tmp_path / "data" / "backmove.db"
    make_log(live, clock)
    with Database.open(live, clock).database as db:
        copy = backup(db, tmp_path / "elsewhere", clock.local().date(), now=clock.wall())
    return live, copy


def craft(copy: Path, *statements: str) -> Path:
    """The backup with `statements` run on it: what a hostile or careless hand could do."""
    conn = sqlite3.connect(copy, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()
    return copy


def refused(live: Path, file: Path, clock: SimulatedClock) -> BackupRefused | BackupUnusable:
    before = digest(live.parent)
    with pytest.raises(BackupUnusableError) as caught:
        restore(live, file, clock)
    assert digest(live.parent) == before  # not a byte of the data folder changed
    message = caught.value.message
    assert isinstance(message, (BackupRefused, BackupUnusable))
    assert describe(message).endswith("Nothing was changed.")
    return message


def test_a_trigger_that_deletes_ratings_is_refused(
    setup: tuple[Path, Path], clock: SimulatedClock
) -> None:
    live, copy = setup
    craft(
        copy,
        "CREATE TRIGGER eat AFTER INSERT ON ratings BEGIN "
        "DELETE FROM ratings WHERE id <> new.id; END",
    )
    # It does what it says: in the crafted file one new rating leaves one of 1,118.
    conn = sqlite3.connect(copy, isolation_level=None)
    conn.execute("SAVEPOINT try")
    conn.execute(
        "INSERT INTO ratings (at, utc_offset_s, moment, value) VALUES (1, 0, 'end_of_day', 3)"
    )
    assert conn.execute("SELECT count(*) FROM ratings").fetchone()[0] == 1
    conn.execute("ROLLBACK TO try")
    conn.close()

    message = refused(live, copy, clock)
    assert isinstance(message, BackupRefused)
    assert (message.what, message.name) == ("extra", "trigger “eat”")
    assert "trigger “eat”, which backmove never makes" in describe(message)
    with Database.open(live, clock).database as db:
        assert db.counts()["ratings"] == RATINGS


def test_a_trigger_that_silently_ignores_every_write_is_refused(
    setup: tuple[Path, Path], clock: SimulatedClock
) -> None:
    live, copy = setup
    craft(copy, "CREATE TRIGGER hush BEFORE INSERT ON breaks BEGIN SELECT RAISE(IGNORE); END")
    message = refused(live, copy, clock)
    assert isinstance(message, BackupRefused) and message.name == "trigger “hush”"


@pytest.mark.parametrize(
    ("statements", "what", "name"),
    [
        (["CREATE VIEW everything AS SELECT * FROM ratings"], "extra", "view “everything”"),
        (["CREATE TABLE notes (x)"], "extra", "table “notes”"),
        (["CREATE INDEX mine ON breaks (kind)"], "extra", "index “mine”"),
        (["ALTER TABLE breaks ADD COLUMN mood TEXT"], "changed", "table “breaks”"),
        (["DROP INDEX ratings_by_at"], "missing", "index “ratings_by_at”"),
    ],
)
def test_a_view_a_table_an_index_or_a_changed_table_is_refused(
    setup: tuple[Path, Path],
    clock: SimulatedClock,
    statements: list[str],
    what: str,
    name: str,
) -> None:
    live, copy = setup
    message = refused(live, craft(copy, *statements), clock)
    assert isinstance(message, BackupRefused)
    assert (message.what, message.name) == (what, name)


def test_a_json_column_the_app_would_not_write_is_refused(
    setup: tuple[Path, Path], clock: SimulatedClock
) -> None:
    live, copy = setup
    craft(copy, "UPDATE safety_screens SET answers = '[[[[[[[['")
    message = refused(live, copy, clock)
    assert isinstance(message, BackupRefused) and message.what == "bad_value"
    assert message.name.startswith("safety_screens.answers, id 1")


def test_a_row_past_its_check_constraint_is_refused(
    setup: tuple[Path, Path], clock: SimulatedClock
) -> None:
    live, copy = setup
    craft(
        copy,
        "PRAGMA ignore_check_constraints = ON",
        "UPDATE ratings SET value = 99 WHERE id = 1",
    )
    message = refused(live, copy, clock)
    assert isinstance(message, BackupRefused) and message.what == "integrity"
    assert "CHECK constraint failed in ratings" in message.name


def test_restoring_the_live_database_onto_itself_is_refused_at_once(
    setup: tuple[Path, Path], clock: SimulatedClock, tmp_path: Path
) -> None:
    live, _copy = setup
    link = tmp_path / "looks-like-a-backup.db"
    link.symlink_to(live)
    hard = tmp_path / "hard-link.db"
    os.link(live, hard)

    def attempt() -> list[str]:
        signal.alarm(20)  # it used to hang: a hang fails the test instead of stalling it
        reasons = []
        for file in (live, link, hard):
            try:
                restore(live, file, clock)
            except BackupUnusableError as exc:
                reasons.append(exc.message.params()["reason"])
                reasons.append(describe(exc.message))
        return reasons

    reasons = in_child(attempt)
    assert reasons[0::2] == ["same_file"] * 3
    assert "it is the database backmove uses" in reasons[1]


@pytest.mark.parametrize("kind", ["fifo", "dev_zero", "folder"])
def test_a_fifo_dev_zero_or_a_folder_is_refused_without_reading(
    setup: tuple[Path, Path], clock: SimulatedClock, tmp_path: Path, kind: str
) -> None:
    live, _copy = setup
    file = tmp_path / "backmove-2026-03-30.db"
    if kind == "fifo":
        os.mkfifo(file)
    elif kind == "dev_zero":
        file.symlink_to("/dev/zero")
    else:
        file.mkdir()

    def attempt() -> str:
        signal.alarm(20)
        try:
            restore(live, file, clock)
        except BackupUnusableError as exc:
            return str(exc.message.params()["reason"])
        return "restored"

    assert in_child(attempt) == "not_regular"


def test_a_true_backup_is_still_restored(setup: tuple[Path, Path], clock: SimulatedClock) -> None:
    live, copy = setup
    with Database.open(live, clock).database as db:
        Repository(db).add_break(Break(planned_at=9, utc_offset_s=0, kind="walk"))
    restore(live, copy, clock)
    with Database.open(live, clock).database as db:
        assert db.counts()["breaks"] == 1 and db.counts()["ratings"] == RATINGS
    assert not any(p.name.startswith(".backmove.db.restoring") for p in live.parent.iterdir())
