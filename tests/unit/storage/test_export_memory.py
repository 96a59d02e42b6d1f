"""An export of a large log holds one row at a time, never the log.

The export once built every table's text whole: a million ratings took 2 GB. The bound here is
loose on purpose (the interpreter alone is some 20 MiB); holding 200,000 rows as records and
text would pass it by far. Memory only, measured in a process of its own: never a time.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROWS = 200_000
BOUND_MIB = 150

_CHILD = """
import sys
from pathlib import Path
from backmove.core.clock import SimulatedClock
from backmove.storage.database import Database
from backmove.storage.transfer import export_data
from datetime import datetime, timezone

folder, fmt, rows = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
clock = SimulatedClock(datetime(2026, 6, 17, tzinfo=timezone.utc))
db = Database.open(folder / "backmove.db", clock).database
with db.transaction() as conn:
    conn.executemany(
        "INSERT INTO ratings (at, utc_offset_s, moment, value) VALUES (?, 7200, 'end_of_day', ?)",
        ((1_700_000_000 + n * 60, n % 11) for n in range(rows)),
    )
summary = export_data(db, folder / "out", fmt)
print(summary.rows["ratings"])
"""
_MEASURE = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True, check=True)
print(done.stdout.strip(), resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""
"""The export runs as the child of a small process that reads its peak: a process's own peak
starts from its parent's size at the fork, and the test runner's may be hundreds of MiB."""


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_exporting_200k_rows_keeps_memory_flat(tmp_path: Path, fmt: str) -> None:
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _MEASURE,
            sys.executable,
            "-c",
            _CHILD,
            str(tmp_path),
            fmt,
            str(ROWS),
        ],
        capture_output=True,
        text=True,
        cwd=root,
        check=True,
        timeout=300,
    )
    rows, max_rss_kib = map(int, done.stdout.split())
    assert rows == ROWS
    assert max_rss_kib / 1024 < BOUND_MIB
    if fmt == "json":
        with (tmp_path / "out" / "ratings.json").open(encoding="utf-8") as f:
            assert len(json.load(f)) == ROWS
