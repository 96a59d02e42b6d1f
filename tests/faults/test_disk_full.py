"""The disk fills up in the middle of writing.

Two ways to fill it without filling the real disk: a file-size limit (RLIMIT_FSIZE) in a forked
child, where write() then fails with EFBIG as it would under a quota; and SQLite's own page limit
(max_page_count) on the running app's connection, which SQLite reports exactly as a full disk.
Either way the user is told the disk is full and that backmove goes on, the rows written before
stay, the file stays whole, and writing works again once there is room.
"""

from __future__ import annotations

import resource
import signal
from datetime import date
from pathlib import Path
from typing import Any

from backmove.core.clock import SimulatedClock
from backmove.core.planner import State
from backmove.core.sitting import WATCHING
from backmove.storage.backup import backup
from backmove.storage.database import Database
from backmove.storage.errors import DiskFullError, StorageError
from backmove.storage.messages import DiskFull
from backmove.storage.records import AppEvent, Break
from backmove.storage.repository import Repository
from backmove.ui.wording import describe
from tests.faults.conftest import in_child, notice_texts

DAY = date(2026, 3, 30)


def a_break(n: int, routine: str = '["S1"]') -> Break:
    return Break(
        planned_at=1_774_850_000 + 600 * n,
        utc_offset_s=7200,
        kind="micro",
        started_at=1_774_850_000 + 600 * n,
        ended_at=1_774_850_120 + 600 * n,
        outcome="completed",
        routine=routine,
    )


def limit_file_size(to: int) -> None:
    """From now on no file of this process may grow past `to` bytes."""
    _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (to, hard))


def lift_file_size_limit() -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))


def fill_until_refused(folder: Path, clock: SimulatedClock) -> dict[str, Any]:
    """In a child: write breaks until the size limit refuses one, then look, then make room."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() then fails with EFBIG instead
    db = Database.open(folder / "backmove.db", clock).database
    repo = Repository(db)
    before = [repo.add_break(a_break(n)).id for n in range(20)]
    limit_file_size(max(p.stat().st_size for p in folder.iterdir()) + 64 * 1024)
    saved, refused = list(before), None
    for n in range(20, 5000):
        try:
            saved.append(repo.add_break(a_break(n, routine="x" * 2000)).id)
        except StorageError as exc:
            refused = exc.message.to_json()
            break
    # A daily backup tried now: its copy does not fit either.
    limit_file_size(1024)
    try:
        backup(db, folder / "backups", DAY)
        backup_refused = None
    except StorageError as exc:
        backup_refused = exc.message.to_json()
    stored_then = [row[0] for row in db.read("SELECT id FROM breaks ORDER BY id")]
    problems_then = db.integrity_problems()
    lift_file_size_limit()
    after = repo.add_break(a_break(9999)).id
    backup(db, folder / "backups", DAY)
    db.close()
    return {
        "before": before,
        "saved": saved,
        "refused": refused,
        "backup_refused": backup_refused,
        "stored_then": stored_then,
        "problems_then": problems_then,
        "after": after,
        "backups": sorted(p.name for p in (folder / "backups").iterdir()),
    }


def says_the_disk_is_full(text: str, path: Path) -> None:
    assert str(path) in text
    assert "is full" in text
    assert "backmove keeps running" in text
    assert "free some space and it will save again" in text


def test_a_file_size_limit_mid_write_is_a_full_disk_and_loses_nothing(
    tmp_path: Path, clock: SimulatedClock
) -> None:
    folder = tmp_path / "data"
    path = folder / "backmove.db"
    seen = in_child(lambda: fill_until_refused(folder, clock))

    assert seen["refused"] == DiskFull(str(path)).to_json()
    says_the_disk_is_full(describe(DiskFull(str(path))), path)
    assert seen["problems_then"] == []
    assert seen["stored_then"] == seen["saved"]  # nothing of the refused write, all before it
    assert seen["backup_refused"]["code"] == "disk_full"
    # No half-written copy left behind; the finished one has its record of when it was made.
    assert seen["backups"] == ["backmove-2026-03-30.db", "backmove-2026-03-30.db.json"]

    opened = Database.open(path, clock)
    with opened.database as db:
        assert opened.messages == ()
        assert db.integrity_problems() == []
        stored = [row[0] for row in db.read("SELECT id FROM breaks ORDER BY id")]
    assert stored == [*seen["saved"], seen["after"]]


def test_the_app_says_the_disk_is_full_once_keeps_running_and_saves_again(
    make_app, home: Path
) -> None:
    app = make_app()
    assert app.start()
    assert app.store.db is not None
    app.driver.pause(30)
    app.driver.resume()
    repo = Repository(app.store.db)
    earlier = repo.events_between(0, 2**40)
    assert [e.kind for e in earlier if e.kind != WATCHING] == ["pause", "resume"]

    with app.store.db.transaction() as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
    for size in (4000, 1000, 250, 60, 1):  # fill every page to the last byte
        try:
            while True:
                repo.add_event(
                    AppEvent(at=1, utc_offset_s=0, kind="filler", detail={"x": "x" * size})
                )
        except DiskFullError:
            pass
    stored = repo.events_between(0, 2**40)

    app.driver.pause(30)  # the pause works, but its record has no room
    assert app.planner is not None and app.planner.state is State.PAUSED
    (told,) = notice_texts(app)
    says_the_disk_is_full(told, app.paths.database)
    app.driver.resume()  # the same trouble again is not told again
    assert len(notice_texts(app)) == 1
    assert repo.events_between(0, 2**40) == stored
    assert app.store.db.integrity_problems() == []

    with app.store.db.transaction() as conn:  # room again
        conn.execute(f"PRAGMA max_page_count = {pages * 100}")
    app.driver.pause(60)
    assert [e.kind for e in repo.events_between(0, 2**40) if e.kind != WATCHING][-1] == "pause"
    assert app.commands.status()["state"] == "paused"
