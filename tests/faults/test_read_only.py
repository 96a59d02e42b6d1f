"""Folders and files backmove may not write (or read).

Each check runs as a user permissions bind (nobody, in a forked child, when the tests run as
root): the database in a read-only data folder is refused with a message that names it and
says breaks still run, and nothing in the folder is touched; a database file of ours left
read-only is made private again and written; settings and move files that cannot be read or
kept aside are reported, never raised, and the file is left as it was.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from backmove.core import settings as settings_mod
from backmove.core.catalog import load_moves
from backmove.core.clock import SimulatedClock
from backmove.core.messages import SettingOutOfRange, SettingsFileRepaired, SettingsFileUnreadable
from backmove.storage.database import Database
from backmove.storage.errors import NotWritableError
from backmove.storage.messages import DatabaseNotWritable
from backmove.storage.records import AppEvent, Break
from backmove.storage.repository import Repository
from backmove.ui.wording import describe
from tests.faults.conftest import as_unprivileged, hand_over
from tests.unit.catalog.conftest import good_move, write_move


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def open_and_write(path: Path, clock: SimulatedClock) -> dict[str, Any]:
    try:
        with Database.open(path, clock).database as db:
            Repository(db).add_event(AppEvent(at=1, utc_offset_s=0, kind="pause"))
            return {"written": db.counts()["app_events"]}
    except NotWritableError as exc:
        return {"refused": exc.message.to_json(), "told": describe(exc.message)}


def test_a_read_only_data_folder_is_refused_by_name_and_left_untouched(
    open_folder: Path, clock: SimulatedClock
) -> None:
    empty, used = open_folder / "empty", open_folder / "used"
    empty.mkdir()
    with Database.open(used / "backmove.db", clock).database as db:
        Repository(db).add_break(Break(planned_at=1, utc_offset_s=0, kind="micro"))
    hand_over(empty, used)
    before = snapshot(used)
    for folder in (empty, used):
        folder.chmod(0o555)

    for folder in (empty, used):
        path = folder / "backmove.db"
        answer = as_unprivileged(lambda path=path: open_and_write(path, clock))
        assert answer["refused"] == DatabaseNotWritable(str(path)).to_json(), folder.name
        assert str(path) in answer["told"]
        assert "read-only" in answer["told"]
        assert "tries again each minute" in answer["told"]
    assert list(empty.iterdir()) == []
    assert snapshot(used) == before  # no -wal, no -shm, not a byte changed


def test_a_database_file_left_read_only_is_made_private_again_and_written(
    open_folder: Path, clock: SimulatedClock
) -> None:
    folder = open_folder / "data"
    Database.open(folder / "backmove.db", clock).database.close()
    hand_over(folder)
    (folder / "backmove.db").chmod(0o400)
    answer = as_unprivileged(lambda: open_and_write(folder / "backmove.db", clock))
    assert answer == {"written": 1}
    assert (folder / "backmove.db").stat().st_mode & 0o777 == 0o600


def load_settings(path: Path) -> dict[str, Any]:
    result = settings_mod.load(path, "20260330-083000")
    return {
        "interval_min": result.settings["interval_min"],
        "sound": result.settings["sound"],
        "messages": [(m.code, m.to_json(), describe(m)) for m in result.messages],
    }


def test_a_broken_settings_file_in_a_read_only_folder_is_reported_and_left_as_it_is(
    open_folder: Path,
) -> None:
    folder = open_folder / "config"
    folder.mkdir()
    path = folder / "settings.toml"
    path.write_text("interval_min = 0\nsound = true\n")
    hand_over(folder)
    folder.chmod(0o555)
    answer = as_unprivileged(lambda: load_settings(path))
    assert answer["interval_min"] == 30 and answer["sound"] is True
    codes = [code for code, _, _ in answer["messages"]]
    assert codes == [SettingOutOfRange.code, SettingsFileRepaired.code]
    (_, key_said), (_, file_said) = [(m, t) for _, m, t in answer["messages"]]
    assert "interval_min" in key_said and "between 1 and 240" in key_said
    assert str(path) in file_said and "back at their defaults" in file_said
    assert [p.name for p in folder.iterdir()] == ["settings.toml"]  # no copy, no rewrite
    assert tomllib.loads(path.read_text()) == {"interval_min": 0, "sound": True}


def test_a_settings_file_nobody_may_read_gives_the_defaults_and_a_message(
    open_folder: Path,
) -> None:
    folder = open_folder / "config"
    folder.mkdir()
    path = folder / "settings.toml"
    path.write_text("sound = true\n")
    hand_over(folder)
    path.chmod(0o000)
    answer = as_unprivileged(lambda: load_settings(path))
    assert answer["sound"] is False
    ((code, _, said),) = answer["messages"]
    assert code == SettingsFileUnreadable.code
    assert str(path) in said and "is using its defaults" in said
    path.chmod(0o600)
    assert path.read_text() == "sound = true\n"


def test_a_move_file_nobody_may_read_is_skipped_with_a_message_and_the_rest_load(
    open_folder: Path,
) -> None:
    folder = open_folder / "moves"
    write_move(folder, "a_good.toml", good_move("U1"))
    closed = write_move(folder, "b_closed.toml", good_move("U2"))
    hand_over(folder)
    closed.chmod(0o000)

    def load() -> dict[str, Any]:
        moves, messages = load_moves(folder, user=True)
        return {
            "moves": [m.id for m in moves],
            "messages": [(m.code, describe(m)) for m in messages],
        }

    answer = as_unprivileged(load)
    assert answer["moves"] == ["U1"]
    assert [code for code, _ in answer["messages"]] == [
        "catalog_file_unreadable",
        "catalog_entry_skipped",
    ]
    for _, said in answer["messages"]:
        assert str(closed) in said
