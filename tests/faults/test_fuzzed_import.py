"""Hypothesis writes exports: a true one with random changes to its manifest, to cells of its
CSV rows and to values of its JSON rows, rows added or cut, and files of random text.

Whatever it writes, `import_data` either fills the empty profile with rows every reader of the
app can read, or refuses with an `ImportFormatError` and leaves the profile empty. It never
raises anything else and never leaves part of an export behind.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backmove.core.clock import SimulatedClock
from backmove.core.moveeffect import routine_moves
from backmove.storage.database import Database
from backmove.storage.errors import ImportFormatError
from backmove.storage.records import JSON_COLUMNS, AppEvent, Break, Checkin, Rating, SafetyScreen
from backmove.storage.repository import Repository
from backmove.storage.schema import TABLES
from backmove.storage.transfer import FORMATS, export_data, import_data
from tests.faults.conftest import BERLIN

CLOCK_START = (2026, 3, 30, 8, 30)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=12,
)
cells = st.one_of(
    st.sampled_from(
        ["", "\\N", "[[[[[[[[", "{", "[" * 500, '{"A1":true}', '["S1"]', "1e999", "-1", "11", "x"]
    ),
    json_values.map(json.dumps),
    st.text(max_size=20),
    st.integers(-(2**70), 2**70).map(str),
)


@pytest.fixture(scope="module")
def true_exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, str]]:
    """Both formats of one small log: file name -> text."""
    from datetime import datetime

    folder = tmp_path_factory.mktemp("true")
    clock = SimulatedClock(datetime(*CLOCK_START), BERLIN)
    with Database.open(folder / "backmove.db", clock).database as db:
        repo = Repository(db)
        b = repo.add_break(Break(1000, 7200, "micro", routine='["S1","T2"]', outcome="completed"))
        repo.add_rating(Rating(1000, 7200, "now_after", 4, break_id=b.id))
        repo.add_checkin(Checkin(2000, 7200, {"low_back": 4}, 1, 2, 3))
        repo.add_safety_screen(SafetyScreen(3000, 7200, {"A1": False}, "none", "shown"))
        repo.add_event(AppEvent(4000, 7200, "pause", {"minutes": 30}))
        out = {}
        for fmt in FORMATS:
            export_data(db, folder / fmt, fmt)
            out[fmt] = {p.name: p.read_text(encoding="utf-8") for p in (folder / fmt).iterdir()}
    return out


def mutate_csv(text: str, data: st.DataObject) -> str:
    rows = list(csv.reader(io.StringIO(text, newline="")))
    for _ in range(data.draw(st.integers(0, 3))):
        if len(rows) > 1 and data.draw(st.booleans()):
            row = rows[data.draw(st.integers(1, len(rows) - 1))]
            if row:
                row[data.draw(st.integers(0, len(row) - 1))] = data.draw(cells)
        elif data.draw(st.booleans()):
            rows.append(data.draw(st.lists(cells, max_size=12)))
        elif len(rows) > 1:
            rows.pop()
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue()


def mutate_json(text: str, data: st.DataObject) -> str:
    rows: list[Any] = json.loads(text)
    for _ in range(data.draw(st.integers(0, 3))):
        if rows and data.draw(st.booleans()):
            row = rows[data.draw(st.integers(0, len(rows) - 1))]
            if isinstance(row, dict) and row:
                row[data.draw(st.sampled_from(sorted(row)))] = data.draw(json_values | cells)
        elif data.draw(st.booleans()):
            rows.append(data.draw(json_values))
        elif rows:
            rows.pop()
    return json.dumps(rows, ensure_ascii=data.draw(st.booleans()))


def mutate_manifest(text: str, data: st.DataObject) -> str:
    manifest = json.loads(text)
    for _ in range(data.draw(st.integers(0, 2))):
        entry = manifest["tables"][data.draw(st.integers(0, len(manifest["tables"]) - 1))]
        key = data.draw(st.sampled_from(["rows", "file", "name", "columns"]))
        entry[key] = data.draw(json_values)
    if data.draw(st.booleans()):
        manifest[data.draw(st.sampled_from(sorted(manifest)))] = data.draw(json_values)
    return json.dumps(manifest)


@given(data=st.data())
def test_any_export_is_imported_whole_or_refused_with_the_profile_left_empty(
    tmp_path_factory: pytest.TempPathFactory,
    true_exports: dict[str, dict[str, str]],
    data: st.DataObject,
) -> None:
    from datetime import datetime

    fmt = data.draw(st.sampled_from(FORMATS))
    files = dict(true_exports[fmt])
    for name in sorted(files):
        how = data.draw(st.sampled_from(["keep", "keep", "mutate", "random"]))
        if how == "random":
            files[name] = data.draw(st.text(max_size=200))
        elif how == "mutate":
            if name == "manifest.json":
                files[name] = mutate_manifest(files[name], data)
            elif fmt == "csv":
                files[name] = mutate_csv(files[name], data)
            else:
                files[name] = mutate_json(files[name], data)
    folder = tmp_path_factory.mktemp("fuzzed")
    for name, text in files.items():
        (folder / "export").mkdir(exist_ok=True)
        (folder / "export" / name).write_text(text, encoding="utf-8", newline="")
    clock = SimulatedClock(datetime(*CLOCK_START), BERLIN)
    with Database.open(folder / "into" / "backmove.db", clock).database as db:
        try:
            import_data(db, folder / "export")
        except ImportFormatError:
            assert db.is_empty()
            return
        check_readable(db)


def check_readable(db: Database) -> None:
    """Every row imported is one the app's readers take: the JSON columns pass the app's own
    checks, and the repository reads every record back."""
    for (table, column), check in JSON_COLUMNS.items():
        for (value,) in db.read(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL"):  # noqa: S608
            check(value)
    repo = Repository(db)
    span = (-(2**62), 2**62)
    for b in repo.breaks_between(*span):
        routine_moves(b.routine)
    repo.checkins_between(*span)
    repo.latest_safety_screen()
    repo.events_between(*span)
    repo.ratings_between(*span)
    repo.move_feedback_between(*span)
    assert set(db.counts()) == set(TABLES)
