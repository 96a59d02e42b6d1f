"""After a long read the log's cached pages are handed back, and the log works on."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from backmove.core.clock import SimulatedClock
from backmove.storage.database import Database
from backmove.storage.records import Rating
from backmove.storage.repository import Repository

MIB = 1024 * 1024


def _sqlite_bytes() -> Callable[[], int]:
    """SQLite's own count of the memory it holds, from the library Python's sqlite3 uses."""
    name = ctypes.util.find_library("sqlite3")
    if name is None:
        pytest.skip("SQLite is built into Python here, not a library to ask")
    used = ctypes.CDLL(name).sqlite3_memory_used
    used.restype = ctypes.c_int64
    return used


def test_the_pages_read_are_handed_back_and_the_log_reads_and_writes_after(
    tmp_path: Path, clock: SimulatedClock
) -> None:
    used = _sqlite_bytes()
    path = tmp_path / "backmove.db"
    db = Database.open(path, clock).database
    try:
        with db.transaction() as conn:
            conn.executemany(
                "INSERT INTO ratings (at, utc_offset_s, moment, value) VALUES (?, 0, ?, ?)",
                ((1_700_000_000 + 60 * i, "end_of_day", i % 11) for i in range(100_000)),
            )
        # SQLite counts the memory of every connection in the process: other tests' ones,
        # collected meanwhile, would hand theirs back in the middle of the count.
        gc.collect()
        gc.disable()
        try:
            db.release_cache()
            before = used()
            rows = db.connection.execute("SELECT * FROM ratings").fetchall()
            assert len(rows) == 100_000
            cached = used() - before
            db.release_cache()
            after = used() - before
        finally:
            gc.enable()
        assert cached > MIB, f"reading 100,000 ratings cached only {cached} bytes"
        assert after < cached / 4
        repo = Repository(db)
        repo.add_rating(Rating(1_800_000_000, 0, "end_of_day", 4))
        assert db.connection.execute("SELECT count(*) FROM ratings").fetchone()[0] == 100_001
    finally:
        db.close()
    db.release_cache()  # closed: nothing to hand back, and nothing goes wrong
    assert sqlite3.connect(path).execute("SELECT count(*) FROM ratings").fetchone()[0] == 100_001
