"""An export edited by hand, in a spreadsheet, or made to hurt, handed to `backmove import`.

A JSON column that is no JSON (`[[[[[[[[`), or JSON of the wrong shape or depth, used to come in
cleanly and then stop backmove at every start or crash the dashboard and the report; a manifest
with `rows: 1e999` or nesting ten thousand deep, or a table file linked to /dev/zero, ended in a
traceback (the last after reading 8 GB). Each is refused with a message naming the file (and the
row), the profile stays empty, and the app still starts on it. A Hypothesis search of random
exports is in `test_fuzzed_import.py`.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
from pathlib import Path

import pytest

from backmove.core.clock import SimulatedClock
from backmove.core.moveeffect import routine_moves
from backmove.paths import resolve
from backmove.services.store import Store
from backmove.storage.database import Database
from backmove.storage.errors import ImportFormatError
from backmove.storage.records import AppEvent, Break, Checkin, SafetyScreen
from backmove.storage.repository import Repository
from backmove.storage.transfer import export_data, import_data
from backmove.ui.wording import describe
from tests.faults.conftest import in_child


@pytest.fixture
def export(tmp_path: Path, clock: SimulatedClock) -> Path:
    """A CSV export of a small, true log."""
    with Database.open(tmp_path / "source" / "backmove.db", clock).database as db:
        repo = Repository(db)
        repo.add_break(
            Break(planned_at=1000, utc_offset_s=7200, kind="micro", routine='["S1","T2"]')
        )
        repo.add_checkin(Checkin(2000, 7200, {"low_back": 4}))
        repo.add_safety_screen(SafetyScreen(3000, 7200, {"A1": False}, "none", "shown"))
        repo.add_event(AppEvent(4000, 7200, "pause", {"minutes": 30}))
        export_data(db, tmp_path / "export", "csv")
    return tmp_path / "export"


def edit_cell(folder: Path, table: str, column: str, value: str) -> None:
    """Change one cell of the first data row, the way a spreadsheet would save it."""
    path = folder / f"{table}.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    rows[1][rows[0].index(column)] = value
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8", newline="")


def refused_and_empty(target: Path, folder: Path, clock: SimulatedClock) -> str:
    """Import `folder` into a new profile at `target`: the refusal's words, after checking the
    profile is empty and that backmove starts on it and reads every record."""
    with Database.open(target / "backmove.db", clock).database as db:
        with pytest.raises(ImportFormatError) as caught:
            import_data(db, folder)
        assert db.is_empty()
    store = Store(resolve(target), clock)
    fatal, _ = store.open()
    assert fatal is None and store.repo is not None
    assert store.repo.latest_safety_screen() is None
    store.close()
    words = describe(caught.value.message)
    assert words.endswith("Nothing was imported.")
    return words


@pytest.mark.parametrize(
    ("table", "column", "value", "said"),
    [
        ("safety_screens", "answers", "[[[[[[[[", "safety_screens.csv, row 1"),
        ("safety_screens", "answers", '{"A1": "yes"}', "is not yes/no"),
        ("checkins", "regions", "low back: 4", "checkins.csv, row 1"),
        ("checkins", "regions", '{"low_back": 11}', "is not a whole number 0-10"),
        ("breaks", "routine", "[" * 100_000, "at most 4096 characters"),
        ("breaks", "routine", "[" * 3000, "nested more than 2"),
        ("breaks", "routine", '[["S1"]]', "is not a move id"),
        ("app_events", "detail", '{"a":' * 40 + "1" + "}" * 40, "nested more than"),
    ],
)
def test_a_json_column_the_app_would_not_write_is_refused(
    export: Path,
    tmp_path: Path,
    clock: SimulatedClock,
    table: str,
    column: str,
    value: str,
    said: str,
) -> None:
    edit_cell(export, table, column, value)
    assert said in refused_and_empty(tmp_path / "into", export, clock)


def test_the_true_export_still_imports_and_reads_back(
    export: Path, tmp_path: Path, clock: SimulatedClock
) -> None:
    with Database.open(tmp_path / "into" / "backmove.db", clock).database as db:
        summary = import_data(db, export)
        repo = Repository(db)
        screen = repo.latest_safety_screen()
        assert screen is not None and screen.answers == {"A1": False}
        assert routine_moves(repo.breaks_between(0, 10_000)[0].routine) == ["S1", "T2"]
    assert sum(summary.rows.values()) == 4


def edit_manifest(folder: Path, text: str) -> None:
    (folder / "manifest.json").write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (lambda m: m.replace('"rows": 1', '"rows": 1e999', 1), "1e999 is too large a number"),
        (lambda m: m.replace('"rows": 1', '"rows": 1.0', 1), "not a whole number"),
        (lambda m: m.replace('"rows": 1', '"rows": 99999999999', 1), "not a whole number"),
        (lambda m: m.replace('"rows": 1', '"rows": true', 1), "not a whole number"),
        (lambda m: m.replace('"rows": 1', '"rows": NaN', 1), "not a number JSON allows"),
        (lambda _m: "[" * 100_000, "nested more than"),
        (lambda _m: '{"a":' * 100_000, "nested more than"),
        (lambda _m: "\udcff", "utf-8"),
        (
            lambda m: re.sub(r'"schema_version": (\d+)', r'"schema_version": [\1]', m, count=1),
            "whole number",
        ),
    ],
)
def test_a_manifest_out_of_bounds_is_refused(
    export: Path, tmp_path: Path, clock: SimulatedClock, change: object, said: str
) -> None:
    manifest = (export / "manifest.json").read_text(encoding="utf-8")
    assert callable(change)
    text = change(manifest)
    (export / "manifest.json").write_bytes(text.encode("utf-8", "surrogateescape"))
    assert said in refused_and_empty(tmp_path / "into", export, clock)


@pytest.mark.parametrize("kind", ["dev_zero", "fifo", "manifest_dev_zero", "manifest_fifo"])
def test_a_file_linked_to_dev_zero_or_a_fifo_is_refused_before_reading(
    export: Path, tmp_path: Path, clock: SimulatedClock, kind: str
) -> None:
    victim = export / ("manifest.json" if kind.startswith("manifest") else "breaks.csv")
    victim.unlink()
    if kind.endswith("dev_zero"):
        victim.symlink_to("/dev/zero")
    else:
        os.mkfifo(victim)

    def attempt() -> str:
        signal.alarm(20)  # /dev/zero used to be read for gigabytes, a FIFO waited for ever
        with Database.open(tmp_path / "into" / "backmove.db", clock).database as db:
            try:
                import_data(db, export)
            except ImportFormatError as exc:
                assert db.is_empty()
                return describe(exc.message)
        return "imported"

    assert "it is not a regular file" in in_child(attempt)


def test_a_json_export_is_read_row_by_row_and_a_deep_row_refused(
    tmp_path: Path, clock: SimulatedClock
) -> None:
    with Database.open(tmp_path / "source" / "backmove.db", clock).database as db:
        Repository(db).add_break(Break(planned_at=1, utc_offset_s=0, kind="walk"))
        export_data(db, tmp_path / "export", "json")
    rows = json.loads((tmp_path / "export" / "breaks.json").read_text(encoding="utf-8"))
    text = json.dumps(rows)[:-1] + ", " + "[" * 200_000 + "]"
    (tmp_path / "export" / "breaks.json").write_text(text, encoding="utf-8")
    words = refused_and_empty(tmp_path / "into", tmp_path / "export", clock)
    assert "breaks.json, row 2" in words
