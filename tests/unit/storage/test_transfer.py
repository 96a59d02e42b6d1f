"""Export to CSV and JSON, and import of an export into an empty profile."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backmove.core.clock import SimulatedClock
from backmove.storage.database import Database
from backmove.storage.errors import ImportFormatError, ImportRefusedError
from backmove.storage.messages import (
    ImportFileInvalid,
    ImportRowInvalid,
    ImportTargetNotEmpty,
    ImportVersionMismatch,
)
from backmove.storage.records import (
    BREAK_OUTCOMES,
    AppEvent,
    Break,
    Checkin,
    FunctionGoal,
    FunctionRating,
    MoveFeedback,
    Rating,
    SafetyScreen,
)
from backmove.storage.repository import Repository
from backmove.storage.schema import SCHEMA_VERSION, TABLES
from backmove.storage.transfer import FORMATS, MANIFEST, export_data, import_data
from tests.unit.storage.helpers import all_tables, mode

CLOCK = SimulatedClock(datetime(2026, 3, 30, 6, 30, tzinfo=UTC))

# Text that trips up CSV and the NULL marker, besides whatever hypothesis thinks of.
AWKWARD = [
    "",
    "\\N",
    "\\",
    "\\\\N",
    "N",
    "a,b",
    '"quoted"',
    "line\nbreak",
    "cr\r",
    "nul\x00",
    "→ é 漢 🙂",
]
texts = st.one_of(
    st.sampled_from(AWKWARD),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=12),
)
maybe_ints = st.none() | st.integers(-(2**40), 2**40)
# What a break's routine holds: a JSON list of move ids, or an id that is no JSON.
routines = st.lists(texts, max_size=4).map(json.dumps) | texts.filter(
    lambda t: not t.lstrip().startswith(("[", "{"))
)


@st.composite
def histories(draw: st.DrawFn) -> list[object]:
    """A few records of every kind, with NULLs where a column allows them."""
    records: list[object] = []
    for _ in range(draw(st.integers(1, 3))):
        records.append(
            Break(
                planned_at=draw(st.integers(-(2**40), 2**40)),
                utc_offset_s=draw(st.integers(-86399, 86399)),
                kind=draw(st.sampled_from(["micro", "walk"])),
                prompted_at=draw(maybe_ints),
                started_at=draw(maybe_ints),
                ended_at=draw(maybe_ints),
                outcome=draw(st.none() | st.sampled_from(BREAK_OUTCOMES)),
                snooze_count=draw(st.integers(0, 5)),
                routine=draw(st.none() | routines),
                reason=draw(st.none() | texts),
            )
        )
    records.append(Rating(1, 0, "end_of_day", draw(st.integers(0, 10))))
    records.append(Rating(2, 3600, "now_after", 0, break_id=1))
    records.append(MoveFeedback(1, draw(texts), "not_tolerated", 3, 0))
    regions = draw(st.dictionaries(texts, st.integers(0, 10), max_size=3))
    peg = draw(st.none() | st.tuples(*[st.integers(0, 10)] * 3))
    records.append(Checkin(4, 0, regions, *(peg or (None, None, None))))
    answers = draw(st.dictionaries(texts, st.booleans(), max_size=3))
    records.append(SafetyScreen(5, 0, answers, "C", draw(texts)))
    detail = draw(st.none() | st.dictionaries(texts, texts | st.integers(), max_size=3))
    records.append(AppEvent(6, -18000, draw(texts), detail))
    # SQLite's length() stops at a NUL, and an activity must have a length.
    activity = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"))
    records.append(FunctionGoal(7, 0, draw(activity.filter(bool)), draw(maybe_ints)))
    records.append(FunctionRating(1, 8, 3600, draw(st.integers(0, 10))))
    return records


def fill(db: Database, records: list[object]) -> None:
    repo = Repository(db)
    adders = {
        Break: repo.add_break,
        Rating: repo.add_rating,
        MoveFeedback: repo.add_move_feedback,
        Checkin: repo.add_checkin,
        SafetyScreen: repo.add_safety_screen,
        AppEvent: repo.add_event,
        FunctionGoal: repo.add_function_goal,
        FunctionRating: repo.add_function_rating,
    }
    for record in records:
        adders[type(record)](record)


def new_db(folder: Path) -> Database:
    return Database.open(folder / "backmove.db", CLOCK).database


@settings(max_examples=25, deadline=None)
@given(records=histories())
def test_export_then_import_gives_the_same_tables(
    tmp_path_factory: pytest.TempPathFactory, records: list[object]
) -> None:
    home = tmp_path_factory.mktemp("roundtrip")
    with new_db(home / "source") as source:
        fill(source, records)
        for fmt in FORMATS:
            export_data(source, home / fmt, fmt)
    for fmt in FORMATS:
        with new_db(home / f"into-{fmt}") as target:
            summary = import_data(target, home / fmt)
        assert all_tables(home / f"into-{fmt}" / "backmove.db") == all_tables(
            home / "source" / "backmove.db"
        ), fmt
        assert summary.rows == {
            t: len(rows) for t, rows in all_tables(home / "source" / "backmove.db").items()
        }


@pytest.fixture
def exported(db: Database, tmp_path: Path) -> Path:
    """A small history exported as CSV into tmp_path/export (JSON beside it in export-json)."""
    fill(
        db,
        [
            Break(planned_at=1, utc_offset_s=0, kind="micro", outcome="completed"),
            Break(planned_at=2, utc_offset_s=0, kind="walk", reason=None),
            Rating(3, 0, "now_after", 7, break_id=2),
            AppEvent(4, 0, "pause", {"minutes": 15}),
        ],
    )
    export_data(db, tmp_path / "export-json", "json")
    export_data(db, tmp_path / "export", "csv")
    return tmp_path / "export"


def test_export_writes_one_private_file_per_table_and_a_manifest(exported: Path) -> None:
    names = {p.name for p in exported.iterdir()}
    assert names == {MANIFEST, *(f"{t}.csv" for t in TABLES)}
    manifest = json.loads((exported / MANIFEST).read_text())
    assert manifest["schema_version"] == SCHEMA_VERSION
    assert manifest["table_format"] == "csv"
    assert {t["name"]: t["rows"] for t in manifest["tables"]}["breaks"] == 2
    assert mode(exported) == 0o700
    assert all(mode(p) == 0o600 for p in exported.iterdir())


def test_import_refuses_a_profile_that_has_records(
    exported: Path, db: Database, db_path: Path
) -> None:
    before = all_tables(db_path)
    with pytest.raises(ImportRefusedError) as refusal:
        import_data(db, exported)
    assert refusal.value.message == ImportTargetNotEmpty(str(db_path))
    assert all_tables(db_path) == before


def _import_into_fresh(tmp_path: Path, folder: Path) -> tuple[pytest.ExceptionInfo, Database]:
    target = new_db(tmp_path / "fresh")
    with pytest.raises(ImportFormatError) as failure:
        import_data(target, folder)
    return failure, target


def test_a_bad_csv_row_is_named_and_nothing_is_imported(exported: Path, tmp_path: Path) -> None:
    file = exported / "breaks.csv"
    lines = file.read_text().splitlines(keepends=True)
    lines[2] = lines[2].replace("walk", "nap")
    file.write_text("".join(lines))
    failure, target = _import_into_fresh(tmp_path, exported)
    with target:
        message = failure.value.message
        assert isinstance(message, ImportRowInvalid)
        assert (message.file, message.row) == (str(file), 2)
        assert target.is_empty()


def test_a_bad_json_value_is_named_and_nothing_is_imported(exported: Path, tmp_path: Path) -> None:
    folder = exported.with_name("export-json")
    file = folder / "ratings.json"
    rows = json.loads(file.read_text())
    rows[0]["value"] = "7"
    file.write_text(json.dumps(rows))
    failure, target = _import_into_fresh(tmp_path, folder)
    with target:
        assert failure.value.message == ImportRowInvalid(str(file), 1, "'7' is not INTEGER")
        assert target.is_empty()


def test_a_row_pointing_at_a_missing_break_is_named(exported: Path, tmp_path: Path) -> None:
    file = exported / "ratings.csv"
    file.write_text(file.read_text().replace(",7,2", ",7,99"))
    failure, target = _import_into_fresh(tmp_path, exported)
    with target:
        message = failure.value.message
        assert isinstance(message, ImportRowInvalid)
        assert (message.file, message.row) == (str(file), 1)
        assert target.is_empty()


def test_a_file_shorter_than_the_manifest_says_is_named(exported: Path, tmp_path: Path) -> None:
    file = exported / "breaks.csv"
    file.write_text("".join(file.read_text().splitlines(keepends=True)[:2]))
    failure, target = _import_into_fresh(tmp_path, exported)
    with target:
        assert failure.value.message == ImportFileInvalid(str(file), "1 rows, the manifest says 2")
        assert target.is_empty()


def test_an_export_of_another_schema_version_is_refused(exported: Path, tmp_path: Path) -> None:
    manifest_file = exported / MANIFEST
    manifest = json.loads(manifest_file.read_text())
    manifest["schema_version"] = SCHEMA_VERSION + 1
    manifest_file.write_text(json.dumps(manifest))
    failure, target = _import_into_fresh(tmp_path, exported)
    with target:
        assert failure.value.message == ImportVersionMismatch(
            str(manifest_file), SCHEMA_VERSION + 1, SCHEMA_VERSION
        )


def test_a_folder_without_an_export_is_named(tmp_path: Path) -> None:
    (tmp_path / "nothing").mkdir()
    failure, target = _import_into_fresh(tmp_path, tmp_path / "nothing")
    with target:
        message = failure.value.message
        assert isinstance(message, ImportFileInvalid)
        assert message.file == str(tmp_path / "nothing" / MANIFEST)
