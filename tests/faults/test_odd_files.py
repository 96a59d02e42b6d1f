"""Odd files where backmove reads and writes its own: settings and move files linked to /dev/zero
or made FIFOs, a settings file of twenty thousand unknown keys or 450 days off, a disk that is
full while the planner's memory, the settings and a backup are saved and while the database is
first made, and a data folder whose name is not UTF-8.

Each used to hang, run out of memory, take seconds per start, lose a whole list, or leave files
behind; now each is a message (or nothing to see) and nothing is lost.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from backmove.core import settings as settings_mod
from backmove.core.catalog import load_moves
from backmove.core.clock import SimulatedClock
from backmove.core.messages import (
    SettingEntriesDropped,
    SettingListTrimmed,
    SettingsFileUnreadable,
    SettingsUnknownMany,
)
from backmove.core.planner_memory import PlannerState
from backmove.paths import resolve
from backmove.services.store import Store
from backmove.storage.backup import backup
from backmove.storage.database import Database
from backmove.storage.errors import StorageError
from backmove.ui.wording import describe
from tests.faults.conftest import BERLIN, REPO_ROOT, in_child, notice_texts
from tests.faults.test_disk_full import limit_file_size
from tests.unit.catalog.conftest import good_move, write_move

STAMP = "20260330-083000"


def odd(path: Path, kind: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "dev_zero":
        path.symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(path)
    else:
        path.mkdir()


@pytest.mark.parametrize("kind", ["dev_zero", "fifo", "folder"])
def test_a_settings_file_that_is_no_regular_file_gives_defaults_and_a_message(
    tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "settings.toml"
    odd(path, kind)

    def load() -> dict[str, Any]:
        signal.alarm(20)  # /dev/zero used to fill memory, a FIFO to hang every start
        result = settings_mod.load(path, STAMP)
        return {
            "defaults": result.settings.as_dict() == settings_mod.DEFAULTS,
            "messages": [describe(m) for m in result.messages],
            "codes": [m.code for m in result.messages],
        }

    answer = in_child(load)
    assert answer["defaults"]
    assert answer["codes"] == [SettingsFileUnreadable.code]
    assert "could not be read (it is " in answer["messages"][0]
    assert path.is_symlink() if kind == "dev_zero" else path.exists()  # left as it was


@pytest.mark.parametrize("kind", ["dev_zero", "fifo"])
def test_a_move_file_that_is_no_regular_file_is_left_out_with_a_message(
    tmp_path: Path, kind: str
) -> None:
    folder = tmp_path / "moves"
    write_move(folder, "mine.toml", good_move("U1"))
    odd(folder / "odd.toml", kind)

    def load() -> dict[str, Any]:
        signal.alarm(20)
        moves, messages = load_moves(folder, user=True)
        return {"ids": [m.id for m in moves], "said": [describe(m) for m in messages]}

    answer = in_child(load)
    assert answer["ids"] == ["U1"]
    # A link out of the folder is refused as such; a FIFO inside it as no regular file.
    reason = "it is not a regular file" if kind == "fifo" else "outside"
    assert any("odd.toml" in s and reason in s for s in answer["said"]), answer["said"]


def test_twenty_thousand_unknown_settings_are_one_message_and_quick(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    lines = [f"unknown_{n} = {n}" for n in range(20_000)]
    path.write_text("interval_min = 25\n" + "\n".join(lines) + "\n", encoding="utf-8")
    started = time.perf_counter()
    result = settings_mod.load(path, STAMP)
    elapsed = time.perf_counter() - started
    assert elapsed < 3.0  # it took 14 s and 1.6 GB
    assert result.settings["interval_min"] == 25
    unknown = [m for m in result.messages if isinstance(m, SettingsUnknownMany)]
    assert len(unknown) == 1 and unknown[0].count == 20_000
    said = f"20000 settings backmove does not know were left out of {path}."
    assert describe(unknown[0]) == said
    assert len(result.messages) <= 3  # the count, "repaired", and nothing per key


def test_too_many_days_off_keep_the_latest_and_a_bad_one_costs_only_itself(
    tmp_path: Path,
) -> None:
    days = [(date(2026, 1, 1) + timedelta(days=n)).isoformat() for n in range(450)]
    path = tmp_path / "settings.toml"
    listed = ", ".join(f'"{d}"' for d in [*days, "2026-13-01"])
    path.write_text(f"days_off = [{listed}]\n", encoding="utf-8")
    result = settings_mod.load(path, STAMP)
    kept = result.settings["days_off"]
    assert kept == days[-settings_mod.DAYS_OFF_MAX :]  # the latest 400, not none at all
    dropped = [m for m in result.messages if isinstance(m, SettingEntriesDropped)]
    trimmed = [m for m in result.messages if isinstance(m, SettingListTrimmed)]
    assert len(dropped) == 1 and dropped[0].value == "2026-13-01" and dropped[0].count == 1
    assert len(trimmed) == 1 and (trimmed[0].count, trimmed[0].limit) == (450, 400)
    assert "the other entries are kept" in describe(dropped[0])
    assert "it kept 400 (of days off, the latest)" in describe(trimmed[0])
    # What was kept is what the file now says.
    assert settings_mod.load(path, STAMP).settings["days_off"] == kept


def test_a_full_disk_leaves_no_temporary_files_behind(tmp_path: Path) -> None:
    clock = SimulatedClock(datetime(2026, 3, 30, 8, 30), BERLIN)
    home = tmp_path / "home"
    store = Store(resolve(home), clock)
    assert store.open()[0] is None
    assert store.db is not None
    db = store.db

    def full_disk() -> dict[str, Any]:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        limit_file_size(0)  # not a byte more into any file
        for _ in range(30):
            store.save_planner_memory(PlannerState())
        settings_mod.save(home / "settings.toml", settings_mod.Settings())
        limit_file_size(1024)  # SQLite is told of a full disk when a write stops part-way
        try:
            backup(db, home / "backups", date(2026, 3, 30), now=clock.wall())
        except StorageError as exc:
            said = exc.message.code
        return {"said": said}

    assert in_child(full_disk) == {"said": "disk_full"}
    store.close()
    left = sorted(p.name for p in home.rglob("*") if p.name.startswith("."))
    assert left == []
    assert not list((home / "backups").glob("backmove-*"))


def test_a_database_a_full_disk_left_unborn_is_not_set_aside_again_by_each_command(
    tmp_path: Path, clock: SimulatedClock
) -> None:
    path = tmp_path / "backmove.db"
    path.write_bytes(b"")  # what an earlier full disk left

    def open_three_times() -> list[str]:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        limit_file_size(0)
        said = []
        for _ in range(3):
            try:
                Database.open(path, clock)
            except StorageError as exc:
                said.append(exc.message.code)
        return said

    assert in_child(open_three_times) == ["disk_full"] * 3
    names = sorted(p.name for p in tmp_path.iterdir())
    # Set aside once (the message said so), and no empty file left to set aside again.
    assert names == ["backmove.db.corrupt-20260330-083000"]
    opened = Database.open(path, clock)  # room again: a fresh log, no second "recovered"
    assert opened.messages == ()
    opened.database.close()


def test_a_data_folder_whose_name_is_not_utf8_starts(make_app: Any, home: Path) -> None:
    app = make_app()
    assert app.start()
    assert notice_texts(app) == []
    assert app.store.is_open
    assert (home / "backmove.db").exists()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder named with a byte that is no UTF-8 (a Latin-1 "ü")."""
    folder = tmp_path / os.fsdecode(b"r\xfcckenschule")
    monkeypatch.setenv("BACKMOVE_HOME", str(folder))
    return folder


def test_the_command_line_works_in_a_data_folder_whose_name_is_not_utf8(home: Path) -> None:
    def run(*args: str) -> bytes:
        done = subprocess.run(
            [sys.executable, "-m", "backmove", *args],
            capture_output=True,
            cwd=REPO_ROOT,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    run("status")
    assert b"Records exported: 0" in run("export", "--out", str(home / "export"))
    assert (home / "export" / "manifest.json").exists()
    assert os.fsencode(home) in run("status")  # the folder's own bytes, as `ls` shows them
