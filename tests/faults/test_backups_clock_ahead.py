"""The clock is set to 2099 for a week, and then put right.

Backups used to rotate by their names: the seven named for 2099 sorted first for ever, so each
later day's backup was pruned right after it was written, silently. Now each backup's time of
making is recorded beside it; once the clock is right again the 2099 ones are dated ahead of
now, kept, left out of the count and reported, and every new day's backup stays.
"""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta
from pathlib import Path

from backmove.core.clock import SimulatedClock
from backmove.paths import resolve
from backmove.services.store import Store
from backmove.storage.backup import backup, list_backups
from backmove.storage.database import Database
from backmove.storage.messages import BackupsDatedAhead
from backmove.storage.records import Break
from backmove.ui.wording import describe
from tests.faults.conftest import BERLIN
from tests.unit.storage.helpers import table_rows

DAY_S = 86_400


def a_day_of_use(store: Store, clock: SimulatedClock, told: list[object]) -> None:
    """One break recorded and the day's backup taken, as the app does at 12:30."""
    planned = int(clock.wall())
    assert store.write(lambda repo: repo.add_break(Break(planned, 7200, "micro"))) is not None
    note = store.daily_backup(tell=False)
    if note is not None:
        told.append(note)
    clock.advance(DAY_S)


def test_a_week_at_2099_neither_pushes_out_the_real_backups_nor_the_new_ones(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    clock = SimulatedClock(datetime(2026, 3, 30, 12, 30), BERLIN)
    store = Store(resolve(home), clock)
    assert store.open()[0] is None
    told: list[object] = []
    for _ in range(5):
        a_day_of_use(store, clock, told)
    real = clock.wall()
    clock.set_wall(datetime(2099, 1, 1, 12, 30, tzinfo=BERLIN).timestamp() - real)
    for _ in range(7):
        a_day_of_use(store, clock, told)
    assert told == []  # the clock says 2099: nothing looks wrong from there
    clock.set_wall(real - clock.wall())  # put right: the day after the fifth
    for day in range(4):
        a_day_of_use(store, clock, told)
        newest = list_backups(store._paths.backups_dir)
        # The backup written today is there, and is the newest one made before now.
        today = f"backmove-{date(2026, 4, 4) + timedelta(days=day)}.db"
        assert (store._paths.backups_dir / today).exists()
        assert newest[7].name == today  # after the seven dated 2099
    store.close()

    names = [p.name for p in list_backups(home / "backups")]
    assert len(names) == 7 + 4  # the 2099 week, and every day since the clock was put right
    assert all(n.startswith("backmove-2099-") for n in names[:7])
    assert names[7:] == [
        f"backmove-{date(2026, 4, 4) + timedelta(days=d)}.db" for d in (3, 2, 1, 0)
    ]
    # The days before 2099 were rotated out while the clock said 2099, but nothing of them is
    # lost: the oldest 2099 backup holds every break up to then.
    assert len(table_rows(home / "backups" / names[6], "breaks")) == 5 + 1
    assert len(told) == 4 and all(isinstance(m, BackupsDatedAhead) for m in told)
    note = told[-1]
    assert isinstance(note, BackupsDatedAhead) and note.count == 7
    words = describe(note)
    assert "7 backups in" in words and "dated after now" in words
    assert "backmove keeps them" in words


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
