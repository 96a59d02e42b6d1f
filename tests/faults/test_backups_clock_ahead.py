"""The clock is set to 2099 for a week, and then put right.

Backups used to rotate by their names: the seven named for 2099 sorted first for ever, so each
later day's backup was pruned right after it was written, silently. Now each backup's time of
making is recorded beside it; once the clock is right again the 2099 ones are dated ahead of
now, kept, left out of the count and reported once, and every new day's backup stays. Each day
is a process of its own on a real clock set by libfaketime, as the app's days are.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from backmove.core.clock import SimulatedClock
from backmove.storage.backup import backup, list_backups
from backmove.storage.database import Database
from tests.faults.conftest import REPO_ROOT
from tests.unit.storage.helpers import table_rows

DAY_S = 86_400


FAKETIME = Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1")
"""libfaketime (Debian's `faketime` package): the process's own clock reads what FAKETIME says,
from the system calls up, so backmove runs on the real SystemClock, a real clock set ahead."""

DAY = """
import json, sys
from backmove.core.clock import SystemClock
from backmove.paths import resolve
from backmove.services.store import Store
from backmove.storage.records import Break
from backmove.ui.wording import describe

clock = SystemClock()
store = Store(resolve(sys.argv[1]), clock)
assert store.open()[0] is None
store.write(lambda repo: repo.add_break(Break(int(clock.wall()), 0, "micro")))
note = store.daily_backup(tell=False)  # what the app does each day
store.close()
print(json.dumps(None if note is None else [note.count, describe(note)]))
"""


def a_day_of_use(home: Path, day: datetime) -> list[object] | None:
    """One day of backmove in a process of its own whose clock says `day` 12:30: a break is
    recorded and the day's backup taken, as the app does. What it told, if anything."""
    env = {
        **os.environ,
        "LD_PRELOAD": str(FAKETIME),
        "FAKETIME": f"@{day:%Y-%m-%d} 12:30:00",
        "FAKETIME_DONT_FAKE_MONOTONIC": "1",
        "TZ": "UTC",
        "PYTHONPATH": str(REPO_ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", DAY, str(home)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO_ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    told: list[object] | None = json.loads(done.stdout.strip().splitlines()[-1])
    return told


@pytest.mark.skipif(not FAKETIME.exists(), reason="needs libfaketime (Debian package faketime)")
def test_a_week_at_2099_neither_pushes_out_the_real_backups_nor_the_new_ones(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    real = datetime(2026, 3, 30)
    told = [a_day_of_use(home, real + timedelta(days=n)) for n in range(5)]
    told += [a_day_of_use(home, datetime(2099, 1, 1) + timedelta(days=n)) for n in range(7)]
    assert told == [None] * 12  # the clock says 2099: nothing looks wrong from there
    folder = home / "backups"
    back = date(2026, 4, 4)  # the clock put right: the day after the fifth
    for n in range(4):
        today = back + timedelta(days=n)
        told.append(a_day_of_use(home, datetime.combine(today, datetime.min.time())))
        newest = list_backups(folder)
        # The backup written today is there, and is the newest one made before now.
        assert (folder / f"backmove-{today}.db").exists()
        assert newest[7].name == f"backmove-{today}.db"  # after the seven dated 2099

    names = [p.name for p in list_backups(folder)]
    # The 2099 week, every day since the clock was put right, and the real days' newest of
    # each month, which the 2099 week could not push out: the last before it is still there.
    assert all(n.startswith("backmove-2099-") for n in names[:7])
    assert names[7:] == [f"backmove-{back + timedelta(days=d)}.db" for d in (3, 2, 1, 0)] + [
        "backmove-2026-04-03.db",
        "backmove-2026-03-31.db",
    ]
    assert len(table_rows(folder / "backmove-2026-04-03.db", "breaks")) == 5
    # Told once, in words, on the first day the clock was right; not again every day.
    assert told[12:] == [told[12], None, None, None]
    count, words = told[12]  # type: ignore[misc]
    assert count == 7
    assert "7 backups in" in words and "dated after now" in words
    assert "backmove keeps them" in words
    assert str(folder / "backmove-2099-01-07.db") in words


def test_a_backup_without_a_record_beside_it_counts_from_its_file_time(
    tmp_path: Path, clock: SimulatedClock
) -> None:
    """Backups made before the record existed still rotate, oldest first, never by name."""
    with Database.open(tmp_path / "backmove.db", clock).database as db:
        folder = tmp_path / "backups"
        old = backup(db, folder, date(2099, 1, 1), now=clock.wall() - 10 * DAY_S)
        (folder / (old.name + ".json")).unlink()
        os.utime(old, (clock.wall() - 10 * DAY_S, clock.wall() - 10 * DAY_S))
        for n in range(7):
            backup(db, folder, date(2026, 3, 20 + n), now=clock.wall() - (6 - n) * 3600)
    assert not old.exists()  # the oldest by time, whatever its name says
    assert len(list_backups(folder)) == 7
