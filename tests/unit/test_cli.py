"""The command line as a user types it, with no backmove running."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backmove import __version__
from backmove.cli import EXIT_NOT_RUNNING, EXIT_OK, main
from backmove.paths import resolve


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"backmove {__version__}"


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for word in ("status", "doctor", "--home"):
        assert word in out


def test_status_says_when_backmove_is_not_running(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["status"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "backmove is not running" in out
    assert str(home) in out


def test_status_json_is_machine_readable(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", "--json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["running"] is False
    assert data["data_dir"] == str(home.resolve())


def test_home_option_beats_the_environment(tmp_path: Path, home: Path) -> None:
    paths = resolve(tmp_path / "elsewhere")
    assert paths.data_dir == (tmp_path / "elsewhere").resolve()
    assert resolve().data_dir == home.resolve()


def test_without_home_the_platform_folders_are_used(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("BACKMOVE_HOME", raising=False)
    paths = resolve()
    assert paths.config_dir.name == "backmove"
    assert paths.config_dir != paths.data_dir


def test_doctor_without_a_display_says_what_that_means(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    assert main(["doctor"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "settings file" in out and str(home) in out
    assert "needs a desktop session" in out
    assert "notifications" in out


def test_the_command_line_speaks_the_chosen_language(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "settings.toml").write_text('language = "de"\n')
    assert main(["--home", str(home), "resume"]) == EXIT_NOT_RUNNING
    assert "backmove läuft nicht" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--home", str(home), "--help"])
    assert "Bewegungspausen" in capsys.readouterr().out
    (home / "settings.toml").write_text('language = "en"\n')
    assert main(["--home", str(home), "resume"]) == EXIT_NOT_RUNNING
    assert "backmove is not running" in capsys.readouterr().err
