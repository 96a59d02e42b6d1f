"""export, import and restore from the command line, on real database files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from backmove.cli import EXIT_ERROR, EXIT_OK, main
from backmove.core.clock import SystemClock
from backmove.storage.backup import backup
from backmove.storage.database import Database
from backmove.storage.records import Break, Rating, local_stamp
from backmove.storage.repository import Repository

ROOT = Path(__file__).resolve().parents[2]


def seed(home: Path, n: int = 3) -> None:
    home.mkdir(parents=True, exist_ok=True)
    clock = SystemClock()
    with Database.open(home / "backmove.db", clock).database as db:
        repo = Repository(db)
        for i in range(n):
            at, off = local_stamp(clock, 1_774_000_000 + i * 1800)
            b = repo.add_break(
                Break(
                    planned_at=at,
                    utc_offset_s=off,
                    kind="micro",
                    prompted_at=at,
                    started_at=at + 5,
                    ended_at=at + 125,
                    outcome="completed",
                    routine='["S1", "T1"]',
                )
            )
            repo.add_rating(
                Rating(at=at + 130, utc_offset_s=off, moment="now_after", value=3, break_id=b.id)
            )


def counts(home: Path) -> dict[str, int]:
    with Database.open(home / "backmove.db", SystemClock()).database as db:
        return db.counts()


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_then_import_into_an_empty_profile_gives_the_same_records(
    tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source, target, out = tmp_path / "a", tmp_path / "b", tmp_path / "export"
    seed(source)
    assert main(["--home", str(source), "export", "--format", fmt, "--out", str(out)]) == 0
    assert (out / f"breaks.{fmt}").is_file()
    assert "Records exported: 6," in capsys.readouterr().out
    assert main(["--home", str(target), "import", str(out)]) == EXIT_OK
    assert counts(target) == counts(source)


def test_import_into_a_profile_with_records_is_refused_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, out = tmp_path / "a", tmp_path / "export"
    seed(source)
    main(["--home", str(source), "export", "--out", str(out)])
    before = counts(source)
    assert main(["--home", str(source), "import", str(out)]) == EXIT_ERROR
    assert "already holds records" in capsys.readouterr().err
    assert counts(source) == before


def test_restore_brings_back_a_backup_and_keeps_the_current_data_aside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "h"
    seed(home, n=2)
    with Database.open(home / "backmove.db", SystemClock()).database as db:
        copy = backup(db, tmp_path / "backups", SystemClock().local().date())
    seed(home, n=3)
    assert counts(home)["breaks"] == 5
    assert main(["--home", str(home), "restore", str(copy)]) == EXIT_OK
    assert "Restored" in capsys.readouterr().out
    assert counts(home)["breaks"] == 2
    assert any(".pre-restore-" in p.name for p in home.iterdir())


def test_restore_of_something_that_is_not_a_backup_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "h"
    seed(home, n=1)
    bogus = tmp_path / "notes.txt"
    bogus.write_text("hello")
    assert main(["--home", str(home), "restore", str(bogus)]) == EXIT_ERROR
    assert "Nothing was changed" in capsys.readouterr().err
    assert counts(home)["breaks"] == 1


def test_status_reports_records_and_integrity(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "h"
    seed(home, n=2)
    assert main(["--home", str(home), "status"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "2 breaks" in out and "integrity: ok" in out


def test_export_into_a_file_says_the_file_is_in_the_way_not_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home, blocker = tmp_path / "h", tmp_path / "file"
    seed(home, n=1)
    blocker.write_text("notes")
    assert main(["--home", str(home), "export", "--out", str(blocker / "x")]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert f"{blocker} is a file, not a folder" in err and "database" not in err.lower()
    assert main(["--home", str(home), "export", "--out", str(blocker)]) == EXIT_ERROR
    assert f"{blocker} is a file, not a folder" in capsys.readouterr().err
    assert blocker.read_text() == "notes"


def test_report_inside_a_file_says_the_file_is_not_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home, blocker = tmp_path / "h", tmp_path / "file"
    seed(home, n=1)
    blocker.write_text("notes")
    out = blocker / "x.pdf"
    assert main(["--home", str(home), "report", "--out", str(out)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert f"{out} cannot be written: {blocker} is a file, not a folder" in err
    assert "File exists" not in err


def test_report_onto_a_folder_asks_for_a_file_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "h"
    seed(home, n=1)
    assert main(["--home", str(home), "report", "--out", str(tmp_path)]) == EXIT_ERROR
    assert f"{tmp_path} is a folder; name the file to write" in capsys.readouterr().err


def test_export_into_a_read_only_folder_names_that_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home, locked = tmp_path / "h", tmp_path / "locked"
    seed(home, n=1)
    locked.mkdir(mode=0o500)
    real_access = os.access
    # What the OS answers a normal user (root is let in anywhere, so ask for them).
    monkeypatch.setattr(
        "backmove.cli.os.access", lambda p, mode: Path(p) != locked and real_access(p, mode)
    )
    try:
        out = locked / "export"
        assert main(["--home", str(home), "export", "--out", str(out)]) == EXIT_ERROR
    finally:
        locked.chmod(0o700)
    err = capsys.readouterr().err
    assert f"the folder {locked} is not writable for you" in err and "database" not in err
    assert not out.exists()


def test_the_report_speaks_the_chosen_language(tmp_path: Path) -> None:
    home = tmp_path / "h"
    seed(home, n=2)
    (home / "settings.toml").write_text('language = "de"\n')
    done = subprocess.run(
        [sys.executable, "-m", "backmove", "--home", str(home), "report", "--out", "r.pdf"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == EXIT_OK, done.stderr
    assert "Bericht nach r.pdf geschrieben" in done.stdout
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_a_report_leaves_the_break_under_way_to_the_app(tmp_path: Path) -> None:
    """`backmove report` while a break is under way in the running app reads the log; it
    must not end that break (as interrupted, at its start) under the app's feet."""
    home = tmp_path / "h"
    seed(home, n=1)
    with Database.open(home / "backmove.db", SystemClock()).database as db:
        at, off = local_stamp(SystemClock())
        under_way = Repository(db).add_break(
            Break(planned_at=at, utc_offset_s=off, kind="walk", started_at=at)
        )
    done = subprocess.run(
        [sys.executable, "-m", "backmove", "--home", str(home), "report", "--out", "r.pdf"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == EXIT_OK, done.stderr
    with Database.open(home / "backmove.db", SystemClock()).database as db:
        row = db.read("SELECT outcome, ended_at FROM breaks WHERE id = ?", (under_way.id,))
    assert [tuple(r) for r in row] == [(None, None)]
