"""A database file full of garbage, cut short, or damaged where only a read finds it.

At start a file SQLite cannot vouch for is renamed aside, byte for byte, and a fresh database
takes its place; the message says where the old one was kept. Damage met only while running is
reported then, and the next start sets the file aside as that message promised. Garbage over
the header's version fields is left out here: it reads as a newer or a foreign database, which
is refused and left untouched (docs/reliability.md).
"""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from backmove.core.clock import SimulatedClock
from backmove.core.sitting import WATCHING
from backmove.storage.backup import backup, restore
from backmove.storage.database import Database, damage_marker
from backmove.storage.errors import DatabaseDamagedError
from backmove.storage.messages import DatabaseDamaged, DatabaseRecovered
from backmove.storage.records import AppEvent, Break, Rating
from backmove.storage.repository import Repository
from backmove.ui.wording import describe
from tests.faults.conftest import REPO_ROOT, notice_texts

HEADER = 100
SEED = 4242
KEPT = "backmove.db.corrupt-20260330-083000"
BREAKS = 300  # and a rating for each


def make_log(path: Path, clock: SimulatedClock, breaks: int = BREAKS) -> None:
    with Database.open(path, clock).database as db:
        repo = Repository(db)
        for n in range(breaks):
            row = repo.add_break(
                Break(
                    planned_at=1000 * n,
                    utc_offset_s=7200,
                    kind="micro",
                    started_at=1000 * n,
                    ended_at=1000 * n + 90,
                    outcome="completed",
                    routine='["S1", "T2"]',
                )
            )
            repo.add_rating(
                Rating(
                    at=1000 * n,
                    utc_offset_s=7200,
                    moment="now_after",
                    value=n % 11,
                    break_id=row.id,
                )
            )


def garbage_over(raw: bytes, rng: random.Random) -> bytes:
    start = rng.randrange(HEADER, len(raw) - 1)
    run = rng.randrange(1, 8192)
    return raw[:start] + rng.randbytes(min(run, len(raw) - start)) + raw[start + run :]


def cut_short(raw: bytes, rng: random.Random) -> bytes:
    return raw[: rng.randrange(len(raw))]


def read_everything(db: Database) -> int:
    repo = Repository(db)
    return len(repo.breaks_between(0, 2**40)) + len(repo.ratings_between(0, 2**40))


@pytest.mark.parametrize("spoil", [garbage_over, cut_short])
def test_garbage_or_a_cut_anywhere_is_set_aside_or_read_whole(
    tmp_path: Path, clock: SimulatedClock, spoil
) -> None:
    healthy = tmp_path / "healthy.db"
    make_log(healthy, clock)
    raw = healthy.read_bytes()
    rng = random.Random(SEED)
    outcomes: list[str] = []
    for case in range(40):
        path = tmp_path / f"case{case}" / "backmove.db"
        path.parent.mkdir()
        spoilt = spoil(raw, rng)
        path.write_bytes(spoilt)
        outcomes.append(start_twice(path, clock, spoilt, case))
    assert "set aside" in outcomes


def start_twice(path: Path, clock: SimulatedClock, spoilt: bytes, case: int) -> str:
    """Start on the spoilt file, read everything, start again: what the user went through."""
    kept = path.with_name(KEPT)
    for start in (1, 2):
        opened = Database.open(path, clock)  # never refuses: recovers or opens
        with opened.database as db:
            if opened.messages:
                (message,) = opened.messages
                assert message == DatabaseRecovered(str(path), str(kept), message.reason)
                if start == 1:
                    assert kept.read_bytes() == spoilt, f"case {case}: the kept copy changed"
                assert db.is_empty()
            try:
                rows = read_everything(db)
            except DatabaseDamagedError:  # met only now: said so, and the next start recovers
                assert start == 1 and not opened.messages, f"case {case}"
                assert damage_marker(path).exists()
                continue
            Repository(db).add_event(AppEvent(at=1, utc_offset_s=0, kind="after"))
            assert db.integrity_problems() == [], f"case {case}"
            if opened.messages:
                return "set aside" if start == 1 else "set aside next start"
            assert rows == 2 * BREAKS, f"case {case}: rows went missing unnoticed"
            return "opened as it was"
    raise AssertionError(f"case {case}: the second start did not recover")


def test_what_the_user_reads_names_both_files(tmp_path: Path, clock: SimulatedClock) -> None:
    path = tmp_path / "backmove.db"
    path.write_bytes(b"\x00garbage" * 1000)
    opened = Database.open(path, clock)
    opened.database.close()
    (message,) = opened.messages
    said = describe(message)
    assert str(path) in said and str(path.with_name(KEPT)) in said
    assert "it is not a database file" in said
    assert "a new, empty one was started; nothing was deleted" in said


def test_damage_met_while_running_is_told_and_the_next_start_sets_the_file_aside(
    tmp_path: Path, clock: SimulatedClock
) -> None:
    path = tmp_path / "backmove.db"
    make_log(path, clock, breaks=5)
    conn = sqlite3.connect(path)  # bytes changed on the disk inside one stored text
    conn.execute("UPDATE breaks SET routine = CAST(x'5b22ff' AS TEXT) WHERE id = 3")
    conn.commit()
    conn.close()

    with Database.open(path, clock).database as db:
        with pytest.raises(DatabaseDamagedError) as met:
            Repository(db).breaks_between(0, 2**40)
        assert met.value.message == DatabaseDamaged(str(path))
        said = describe(met.value.message)
        assert str(path) in said and "next time it starts" in said
        assert "backmove restore FILE" in said
        Repository(db).add_event(AppEvent(at=1, utc_offset_s=0, kind="still writing"))

    opened = Database.open(path, clock)
    with opened.database as db:
        assert opened.messages == (
            DatabaseRecovered(str(path), str(path.with_name(KEPT)), "corrupt"),
        )
        assert db.is_empty() and db.integrity_problems() == []
    assert not damage_marker(path).exists()
    kept = sqlite3.connect(path.with_name(KEPT))
    assert kept.execute("SELECT count(*) FROM breaks").fetchone() == (5,)
    kept.close()


def test_a_restore_clears_the_note_of_damage(tmp_path: Path, clock: SimulatedClock) -> None:
    path = tmp_path / "backmove.db"
    make_log(path, clock, breaks=3)
    with Database.open(path, clock).database as db:
        saved = backup(db, tmp_path / "backups", clock.local().date())
    damage_marker(path).touch()
    restore(path, saved, clock)
    opened = Database.open(path, clock)
    with opened.database as db:
        assert opened.messages == ()
        assert db.counts()["breaks"] == 3


def test_the_app_starts_on_a_fresh_log_and_says_where_the_old_one_is(make_app, home: Path) -> None:
    home.mkdir()
    spoilt = bytes(random.Random(SEED).randbytes(20_000))
    (home / "backmove.db").write_bytes(spoilt)
    app = make_app()
    assert app.start()
    (told,) = notice_texts(app)
    kept = next(p for p in home.iterdir() if ".corrupt-" in p.name and p.suffix != "-wal")
    assert str(kept) in told and "a new, empty one was started" in told
    assert kept.read_bytes() == spoilt
    app.driver.pause(30)
    assert app.store.db is not None
    assert [
        e.kind for e in Repository(app.store.db).events_between(0, 2**40) if e.kind != WATCHING
    ] == ["pause"]
    assert app.store.db.integrity_problems() == []


def test_the_cli_says_where_a_cut_short_log_was_kept(home: Path, clock: SimulatedClock) -> None:
    make_log(home / "backmove.db", clock, breaks=100)
    raw = (home / "backmove.db").read_bytes()
    (home / "backmove.db").write_bytes(raw[: len(raw) // 3])
    done = subprocess.run(
        [sys.executable, "-m", "backmove", "--home", str(home), "status", "--json"],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    said, _, status = done.stdout.partition("\n")
    kept = next(p for p in home.iterdir() if ".corrupt-" in p.name)
    assert "the file is cut short" in said and str(kept) in said
    assert json.loads(status)["integrity"] == "ok"
    assert kept.read_bytes() == raw[: len(raw) // 3]


def test_the_tray_comes_first_then_the_day_s_backup_and_a_full_check(
    make_app, home: Path, clock: SimulatedClock, qtbot
) -> None:
    """Launch to icon must not grow with the log: the day's first backup and the check of
    every page come after the tray is up, the full check once a day."""
    home.mkdir()
    make_log(home / "backmove.db", clock)
    app = make_app()
    assert app.start()
    assert app.tray is not None
    assert not (home / "backups").exists() or not any((home / "backups").iterdir())
    qtbot.waitUntil(lambda: app.store.checked_file.exists(), timeout=10_000)
    assert any(p.name.endswith(".db") for p in (home / "backups").iterdir())
    assert not app.store.full_check_due()  # today's is done: later starts check quickly
    assert notice_texts(app) == []


def test_damage_the_check_after_start_finds_is_told_and_set_aside_next_time(
    make_app, home: Path, clock: SimulatedClock, qtbot
) -> None:
    home.mkdir()
    path = home / "backmove.db"
    make_log(path, clock)
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    with path.open("r+b") as f:  # a page deep in the file overwritten: no read at start sees it
        f.seek(page_size * (pages - 2))
        f.write(bytes(random.Random(SEED).randbytes(page_size)))
    app = make_app()
    assert app.start()
    assert app.tray is not None and app.store.db is not None
    # The day's backup copies every page, so it may meet the damage first: told once.
    qtbot.waitUntil(lambda: damage_marker(path).exists(), timeout=10_000)
    qtbot.waitUntil(lambda: bool(notice_texts(app)), timeout=10_000)
    (told,) = notice_texts(app)
    assert "next time it starts" in told
