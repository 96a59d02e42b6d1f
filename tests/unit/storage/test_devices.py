"""The sync folder's files: a device's copy written whole and private, the others' copies read,
checked and merged, and every kind of file that must be skipped skipped without harm."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from backmove.core.clock import SimulatedClock
from backmove.core.devices import copy_name, heartbeat_name
from backmove.storage.database import Database
from backmove.storage.devices import merged, publish_copy, scan
from backmove.storage.records import Break, MoveFeedback, Rating
from backmove.storage.repository import Repository
from backmove.storage.schema import SCHEMA_VERSION
from backmove.storage.transfer import export_data, import_data
from tests.unit.storage.helpers import all_tables, mode

A = "aaaaaaaaaaaaaaaa"
B = "bbbbbbbbbbbbbbbb"
T0 = 1_774_857_000  # 2026-03-30 08:30 UTC


def _log(path: Path, clock: SimulatedClock, breaks: int, *, at: int = T0) -> Database:
    db = Database.open(path, clock).database
    repo = Repository(db)
    for n in range(breaks):
        b = repo.add_break(
            Break(planned_at=at + n * 3600, utc_offset_s=7200, kind="micro", outcome="completed")
        )
        assert b.id is not None
        repo.add_rating(Rating(at + n * 3600 + 60, 7200, "now_before", 4, b.id))
        repo.add_rating(Rating(at + n * 3600 + 120, 7200, "now_after", 2, b.id))
        repo.add_move_feedback(MoveFeedback(b.id, "T1", "helped", at + n * 3600 + 100, 7200))
    return db


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o700)
    return shared


def test_a_published_copy_is_whole_private_and_merges_with_the_local_log(
    tmp_path: Path, folder: Path, clock: SimulatedClock
) -> None:
    a = _log(tmp_path / "a" / "backmove.db", clock, 2)
    b = _log(tmp_path / "b" / "backmove.db", clock, 3, at=T0 + 86400)
    copy = publish_copy(a, folder, A)
    assert copy.name == copy_name(A)
    assert mode(copy) == 0o600
    assert [p.name for p in folder.iterdir()] == [copy.name]  # no temporary file left
    found = scan(folder, B)
    assert [c.device for c in found.copies] == [A] and not found.skipped
    history, skipped = merged(b.path, B, found.copies)
    assert not skipped
    repo = Repository(history)
    breaks = repo.breaks_between(0, 2**40)
    assert len(breaks) == 5
    # Every rating still points at its own break, whoever wrote it.
    ratings = repo.ratings_between(0, 2**40)
    by_id = {x.id: x for x in breaks}
    assert all(by_id[r.break_id].planned_at < r.at for r in ratings if r.break_id)
    assert len(repo.rated_move_feedback_between(0, 2**40)) == 5
    tags = history.connection.execute(
        "SELECT device, count(*) FROM breaks GROUP BY device ORDER BY device"
    ).fetchall()
    assert [tuple(t) for t in tags] == [(A, 2), (B, 3)]
    before = all_tables(b.path)
    a.close(), b.close(), history.close()
    assert all_tables(tmp_path / "b" / "backmove.db") == before


def test_a_record_that_arrives_twice_is_kept_once(
    tmp_path: Path, folder: Path, clock: SimulatedClock
) -> None:
    """An export of the merged history imported on a new device keeps the tags, and reading
    the original device's copy beside it adds nothing twice."""
    a = _log(tmp_path / "a" / "backmove.db", clock, 2)
    b = _log(tmp_path / "b" / "backmove.db", clock, 1, at=T0 + 86400)
    publish_copy(a, folder, A)
    history, _ = merged(b.path, B, scan(folder, B).copies)
    export_data(history, tmp_path / "export", "json")
    fresh = Database.open(tmp_path / "c" / "backmove.db", clock).database
    import_data(fresh, tmp_path / "export")
    tags = fresh.connection.execute(
        "SELECT device, origin_id FROM breaks ORDER BY device, origin_id"
    ).fetchall()
    assert [tuple(t) for t in tags] == [(A, 1), (A, 2), (B, 1)]
    again, _ = merged(fresh.path, "cccccccccccccccc", scan(folder, "cccccccccccccccc").copies)
    assert len(Repository(again).breaks_between(0, 2**40)) == 3
    for db in (a, b, fresh, history, again):
        db.close()


def test_what_must_not_be_read_is_skipped_with_one_message_each(
    tmp_path: Path, folder: Path, clock: SimulatedClock
) -> None:
    a = _log(tmp_path / "a" / "backmove.db", clock, 1)
    publish_copy(a, folder, A)
    good = folder / copy_name(A)
    (folder / f"backmove-{A}.sync-conflict-20261207-101010-ABCDEFG.db").write_bytes(
        good.read_bytes()
    )
    (folder / f"backmove-{A} (conflicted copy 2026-12-07 101010).db").write_bytes(good.read_bytes())
    damaged = folder / copy_name("dddddddddddddddd")
    damaged.write_bytes(good.read_bytes()[:1024] + b"\x00" * 4096)
    newer = folder / copy_name("eeeeeeeeeeeeeeee")
    newer.write_bytes(good.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    own = folder / copy_name(B)
    own.write_bytes(good.read_bytes())
    (folder / heartbeat_name("ffffffffffffffff")).write_text("{not json")
    (folder / "holiday.jpg").write_bytes(b"\xff\xd8")
    found = scan(folder, B)
    assert [c.device for c in found.copies] == [A]
    reasons = sorted((Path(s.path).name, s.reason) for s in found.skipped)
    assert reasons == sorted(
        [
            (f"backmove-{A}.sync-conflict-20261207-101010-ABCDEFG.db", "conflict"),
            (f"backmove-{A} (conflicted copy 2026-12-07 101010).db", "conflict"),
            (damaged.name, "damaged"),
            (newer.name, "newer"),
            (heartbeat_name("ffffffffffffffff"), "damaged"),
        ]
    )
    a.close()


def test_a_copy_with_rows_the_schema_refuses_is_left_out_whole(
    tmp_path: Path, folder: Path, clock: SimulatedClock
) -> None:
    a = _log(tmp_path / "a" / "backmove.db", clock, 2)
    b = _log(tmp_path / "b" / "backmove.db", clock, 1)
    publish_copy(a, folder, A)
    conn = sqlite3.connect(folder / copy_name(A))
    conn.execute("UPDATE safety_screens SET answers = '[1]'")  # no rows: still fine
    conn.execute(
        "INSERT INTO safety_screens (at, utc_offset_s, answers, tier, outcome) "
        "VALUES (1, 0, '{\"q\": \"free text\"}', 'none', 'x')"
    )
    conn.commit()
    conn.close()
    history, skipped = merged(b.path, B, scan(folder, B).copies)
    assert [s.reason for s in skipped] == ["damaged"]
    assert len(Repository(history).breaks_between(0, 2**40)) == 1
    for db in (a, b, history):
        db.close()
