"""`backmove devices`, and `status` and `export` over every device's history, from the
command line on real files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from backmove.cli import EXIT_ERROR, EXIT_OK, main
from tests.unit.test_cli_data import seed


def devices_json(home: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    assert main(["--home", str(home), "devices", "--json"]) == EXIT_OK
    return json.loads(capsys.readouterr().out)


def test_two_profiles_through_one_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o700)
    a, b = tmp_path / "a", tmp_path / "b"
    seed(a, 3)
    seed(b, 2)
    for home, name in ((a, "Laptop"), (b, "Desktop")):
        assert main(["--home", str(home), "devices", "--folder", str(shared), "--name", name]) == 0
    capsys.readouterr()
    assert main(["--home", str(a), "devices", "--publish"]) == EXIT_OK
    capsys.readouterr()
    seen = devices_json(b, capsys)
    assert seen["device_name"] == "Desktop" and seen["sync_folder"] == str(shared)
    assert [(d["name"], d["history_read"]) for d in seen["devices"]] == [("Laptop", True)]
    assert isinstance(seen["devices"][0]["published_at"], float)
    assert main(["--home", str(b), "status", "--json"]) == EXIT_OK
    status = json.loads(capsys.readouterr().out)
    assert status["records"]["breaks"] == 5 and status["other_devices"] == 1
    out = tmp_path / "export"
    assert main(["--home", str(b), "export", "--format", "json", "--out", str(out)]) == 0
    rows = json.loads((out / "breaks.json").read_text())
    assert sorted(r["device"] for r in rows) == sorted(
        [seen["devices"][0]["id"]] * 3 + [seen["device_id"]] * 2
    )
    # Imported into a fresh profile, the records keep their tags.
    fresh = tmp_path / "c"
    assert main(["--home", str(fresh), "import", str(out)]) == EXIT_OK
    capsys.readouterr()
    assert main(["--home", str(fresh), "status", "--json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["records"]["breaks"] == 5


def test_plain_words_and_a_missing_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "a"
    assert main(["--home", str(home), "devices"]) == EXIT_OK
    assert "sync folder: none set; this computer works alone" in capsys.readouterr().out
    assert main(["--home", str(home), "devices", "--folder", str(tmp_path / "nope")]) == EXIT_ERROR
    assert "is not a folder" in capsys.readouterr().err
    gone = tmp_path / "share"
    gone.mkdir()
    assert main(["--home", str(home), "devices", "--folder", str(gone)]) == EXIT_OK
    gone.rmdir()  # the share is unmounted
    capsys.readouterr()
    assert main(["--home", str(home), "devices"]) == EXIT_OK
    assert "is not there; this computer works alone" in capsys.readouterr().out
    assert main(["--home", str(home), "devices", "--name", "\x1b[31m"]) == EXIT_ERROR


def test_a_copied_data_folder_writing_this_computers_files_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o700)
    a = tmp_path / "a"
    seed(a, 1)
    assert main(["--home", str(a), "devices", "--folder", str(shared), "--publish"]) == 0
    clone = tmp_path / "clone"
    shutil.copytree(a, clone)
    assert main(["--home", str(clone), "devices", "--publish"]) == 0
    capsys.readouterr()
    seen = devices_json(a, capsys)
    assert [s["reason"] for s in seen["skipped"]] == ["own"]
    assert seen["devices"] == []  # its own id is never read as another computer
