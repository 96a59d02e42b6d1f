"""The function goals' two tables: what goes in comes out, one answer is kept whole or not at
all, an older database gains the tables, and an export carries them to an empty profile."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from backmove.core.clock import SimulatedClock
from backmove.storage.database import Database
from backmove.storage.errors import StorageError
from backmove.storage.records import Break, FunctionGoal, FunctionRating
from backmove.storage.repository import Repository
from backmove.storage.schema import MIGRATIONS, SCHEMA_VERSION
from backmove.storage.transfer import FORMATS, export_data, import_data
from tests.unit.storage.helpers import all_tables, query, table_rows, untagged, user_version

DAY = 86400


def goals(repo: Repository, *activities: str, at: int = 1_000_000) -> list[FunctionGoal]:
    out = []
    for n, activity in enumerate(activities):
        goal = repo.add_function_goal(FunctionGoal(at + n, 7200, activity))
        repo.add_function_rating(FunctionRating(goal.id or 0, at + n, 7200, 3 + n))
        out.append(goal)
    return out


def test_goals_and_their_ratings_come_back_in_order(repo: Repository) -> None:
    meeting, garden = goals(repo, "sit through a one-hour meeting", "Gartenarbeit → 1 h")
    assert repo.function_goals() == [meeting, garden]
    repo.add_function_rating(FunctionRating(meeting.id or 0, 2_000_000, 3600, 6))
    assert [(r.goal_id, r.value) for r in repo.function_ratings()] == [
        (meeting.id, 3),
        (garden.id, 4),
        (meeting.id, 6),
    ]
    latest = repo.latest_function_rating()
    assert latest is not None and (latest.at, latest.value) == (2_000_000, 6)


def test_a_retired_goal_keeps_its_ratings_but_no_longer_counts_as_tracked(
    repo: Repository,
) -> None:
    meeting, garden = goals(repo, "sit through a meeting", "garden")
    repo.add_function_rating(FunctionRating(garden.id or 0, 3_000_000, 0, 9))
    repo.retire_function_goal(garden.id or 0, 3_000_100)
    assert repo.function_goals() == [meeting]
    assert [g.retired_at for g in repo.function_goals(retired=True)] == [None, 3_000_100]
    assert len(repo.function_ratings()) == 3
    latest = repo.latest_function_rating()
    assert latest is not None and latest.goal_id == meeting.id
    with pytest.raises(LookupError):
        repo.retire_function_goal(garden.id or 0, 3_000_200)


def test_one_answer_is_kept_whole(repo: Repository) -> None:
    (meeting,) = goals(repo, "sit through a meeting")
    repo.save_function_goals(
        [FunctionRating(meeting.id or 0, 20 * DAY, 0, 5)],
        [(FunctionGoal(20 * DAY, 0, "carry the shopping"), 2)],
        retire=[],
        at=20 * DAY,
    )
    assert [g.activity for g in repo.function_goals()] == [
        "sit through a meeting",
        "carry the shopping",
    ]
    assert [r.value for r in repo.function_ratings()] == [3, 5, 2]


def test_an_answer_with_a_bad_rating_leaves_nothing_behind(repo: Repository, db_path: Path) -> None:
    (meeting,) = goals(repo, "sit through a meeting")
    before = {t: table_rows(db_path, t) for t in ("function_goals", "function_ratings")}
    with pytest.raises((sqlite3.IntegrityError, StorageError)):
        repo.save_function_goals(
            [FunctionRating(meeting.id or 0, 20 * DAY, 0, 11)],
            [(FunctionGoal(20 * DAY, 0, "carry the shopping"), 2)],
            retire=[meeting.id or 0],
            at=20 * DAY,
        )
    assert {t: table_rows(db_path, t) for t in before} == before


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO function_goals (created_at, utc_offset_s, activity) VALUES (1, 0, '')",
        "INSERT INTO function_goals (created_at, utc_offset_s, activity) VALUES (1.5, 0, 'x')",
        "INSERT INTO function_ratings (goal_id, at, utc_offset_s, value) VALUES (99, 1, 0, 5)",
        "INSERT INTO function_ratings (goal_id, at, utc_offset_s, value) VALUES (1, 1, 0, -1)",
        "INSERT INTO function_ratings (goal_id, at, utc_offset_s, value) VALUES (1, 1, 0, 5.5)",
    ],
)
def test_the_schema_refuses_what_is_no_goal_or_rating(db: Database, sql: str) -> None:
    Repository(db).add_function_goal(FunctionGoal(1, 0, "walk the dog"))
    with pytest.raises((sqlite3.IntegrityError, StorageError)):
        db.write(sql)


def test_an_older_database_gains_the_goals_and_keeps_its_records(
    db_path: Path, clock: SimulatedClock
) -> None:
    with Database.open(db_path, clock, migrations=MIGRATIONS[:1]).database as old:
        Repository(old).add_break(Break(planned_at=5, utc_offset_s=0, kind="walk"))
    assert user_version(db_path) == 1
    before = table_rows(db_path, "breaks")
    opened = Database.open(db_path, clock)
    with opened.database as db:
        assert db.version == SCHEMA_VERSION
        assert len(opened.messages) == 1  # upgraded, with a copy taken first
        repo = Repository(db)
        (goal,) = goals(repo, "sit through a meeting")
        assert repo.function_goals() == [goal]
    assert untagged({"breaks": table_rows(db_path, "breaks")}) == {"breaks": before}
    assert query(db_path, "SELECT count(*) FROM function_ratings") == [(1,)]
    assert list(db_path.parent.glob(f"backmove.db.pre-v{SCHEMA_VERSION}-*"))


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_then_import_into_an_empty_profile_gives_the_same_goals(
    tmp_path: Path, clock: SimulatedClock, fmt: str
) -> None:
    source_path = tmp_path / "source" / "backmove.db"
    with Database.open(source_path, clock).database as source:
        repo = Repository(source)
        meeting, garden, _ = goals(repo, "sit, 1 h", '"lift" a crate', "\\N is no null")
        repo.add_function_rating(FunctionRating(meeting.id or 0, 9 * DAY, -18000, 7))
        repo.retire_function_goal(garden.id or 0, 9 * DAY)
        kept = repo.function_goals(retired=True)
        export_data(source, tmp_path / "export", fmt)  # type: ignore[arg-type]
    target_path = tmp_path / "target" / "backmove.db"
    with Database.open(target_path, clock).database as target:
        summary = import_data(target, tmp_path / "export")
        assert Repository(target).function_goals(retired=True) == kept
    assert summary.rows["function_goals"] == 3 and summary.rows["function_ratings"] == 4
    assert all_tables(target_path) == all_tables(source_path)
