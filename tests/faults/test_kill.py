"""kill -9 at random moments: nothing a writer reported as saved is ever lost.

A real child process (tests/faults/writer.py) records breaks, ratings and move verdicts the way
the app does and prints each committed id. The test reads a random number of its lines, kills it
with SIGKILL wherever it happens to be (in a write, between two, inside a commit), starts a new
one on the same file, and repeats until 200 breaks are on disk. No sleeps: where the kill lands
is decided by how many lines were read, so a seed gives a different but repeatable story.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from backmove.core.clock import SimulatedClock
from backmove.storage.database import Database
from tests.faults.conftest import REPO_ROOT

SEED = 20260330
BREAKS = 200
TABLES = {"break": "breaks", "ended": "breaks", "rating": "ratings", "feedback": "move_feedback"}


def child_env() -> dict[str, str]:
    return {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(REPO_ROOT), "LC_ALL": "C.UTF-8"}


def kill_after(path: Path, lines: int, seed: int) -> list[str]:
    """Start a writer, read `lines` of its output, SIGKILL it; every line it printed."""
    with subprocess.Popen(
        [sys.executable, "-m", "tests.faults.writer", str(path), str(seed)],
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
        cwd=REPO_ROOT,
    ) as child:
        assert child.stdout is not None
        seen = [child.stdout.readline() for _ in range(lines)]
        child.send_signal(signal.SIGKILL)
        seen += child.stdout.read().splitlines()
    assert child.returncode == -signal.SIGKILL, "the writer stopped by itself"
    return [line.strip() for line in seen if line.strip()]


def integrity(path: Path) -> list[tuple[str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()


def breaks_on_disk(path: Path) -> int:
    if not path.exists():
        return 0
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM breaks").fetchone()[0]
    except sqlite3.OperationalError:  # killed before the schema was first committed
        return 0
    finally:
        conn.close()


def test_sigkill_at_random_moments_loses_nothing_committed(
    tmp_path: Path, clock: SimulatedClock
) -> None:
    path = tmp_path / "data" / "backmove.db"
    rng = random.Random(SEED)
    reported: dict[str, set[int]] = defaultdict(set)
    outcomes: dict[int, str] = {}
    kills = 0
    while breaks_on_disk(path) < BREAKS:
        for line in kill_after(path, rng.randint(1, 60), rng.randrange(1 << 30)):
            what, row, *rest = line.split()
            reported[what].add(int(row))
            if what == "ended":
                outcomes[int(row)] = rest[0]
        kills += 1
        assert integrity(path) == [("ok",)], f"after kill {kills}"
    assert kills > 1

    opened = Database.open(path, clock)
    with opened.database as db:
        assert opened.messages == ()  # a kill is not damage: nothing is set aside
        assert db.integrity_problems() == []
        on_disk = {
            what: {row[0] for row in db.read(f"SELECT id FROM {table}")}  # noqa: S608
            for what, table in TABLES.items()
        }
        ended = dict(db.read("SELECT id, outcome FROM breaks WHERE outcome IS NOT NULL"))
    assert len(on_disk["break"]) >= BREAKS
    for what, ids in reported.items():
        assert ids <= on_disk[what], f"{what} rows reported saved but missing"
    assert {row: ended.get(row) for row in outcomes} == outcomes
    assert sorted(p.name for p in path.parent.iterdir() if "corrupt" in p.name) == []
