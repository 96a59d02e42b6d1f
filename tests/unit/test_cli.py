"""The command line as a user types it, with no backmove running."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from backmove import __version__
from backmove.cli import (
    COMMANDS,
    EXIT_CLOSED_PIPE,
    EXIT_ERROR,
    EXIT_NOT_RUNNING,
    EXIT_OK,
    EXIT_USAGE,
    _parser,
    main,
    parse_duration,
)
from backmove.paths import resolve

ROOT = Path(__file__).resolve().parents[2]


def backmove(home: Path, *args: str, **kwargs: object) -> subprocess.Popen[str]:
    """`backmove --home HOME ARGS` as its own process, the way a user's shell runs it."""
    return subprocess.Popen(
        [sys.executable, "-m", "backmove", "--home", str(home), *args],
        cwd=ROOT,
        text=True,
        **kwargs,  # type: ignore[call-overload]
    )


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
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "settings.toml").write_text('language = "de"\n')
    assert main(["--home", str(home), "resume"]) == EXIT_NOT_RUNNING
    assert "backmove läuft nicht" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--home", str(home), "--help"])
    assert "Bewegungspausen" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--home", str(home), "status", "--help"])
    out = capsys.readouterr().out
    assert "Zeigt, was backmove gerade tut" in out and "diese Hilfe zeigen" in out
    assert main(["--home", str(home), "status"]) == EXIT_OK
    assert "Datenbank: noch keine" in capsys.readouterr().out
    with monkeypatch.context() as running:
        running_app_says(running, home)
        assert main(["--home", str(home), "status"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Zustand: außerhalb der Arbeitszeit" in out
    assert "Ziel heute: keines festgelegt" in out and "läuft: ja" in out
    assert not any(raw in out for raw in RAW), out
    assert main(["--home", str(home), "report", "--out", str(home / "r.pdf")]) == EXIT_ERROR
    assert "es gibt nichts zu berichten" in capsys.readouterr().err
    doctor = backmove(home, "doctor", stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = doctor.communicate(timeout=120)
    assert doctor.returncode == EXIT_OK, err
    lines = dict(line.split(None, 1) for line in out.splitlines() if line.startswith("tray "))
    assert "vorhanden" in lines["tray"], out  # the finding in German, its key in English
    assert "Vorankündigungen" in out and "settings file" in out, out
    (home / "settings.toml").write_text('language = "en"\n')
    assert main(["--home", str(home), "resume"]) == EXIT_NOT_RUNNING
    assert "backmove is not running" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["status", "doctor"])
def test_a_reader_that_has_gone_before_the_first_line_ends_it_quietly(
    tmp_path: Path, command: str
) -> None:
    read, write = os.pipe()
    os.close(read)  # like `| head -0`: every line backmove writes meets a closed pipe
    try:
        proc = backmove(tmp_path / "h", command, stdout=write, stderr=subprocess.PIPE)
    finally:
        os.close(write)
    _, err = proc.communicate(timeout=120)
    assert "Traceback" not in err and "Broken pipe" not in err, err
    assert proc.returncode == EXIT_CLOSED_PIPE


@pytest.mark.parametrize("command", ["status", "doctor"])
def test_head_1_reads_one_line_and_nothing_complains(tmp_path: Path, command: str) -> None:
    proc = backmove(tmp_path / "h", command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline()
    proc.stdout.close()
    with proc.stderr:
        err = proc.stderr.read()
    proc.wait(timeout=120)
    assert "Traceback" not in err and "Broken pipe" not in err, err
    assert proc.returncode in (EXIT_OK, EXIT_CLOSED_PIPE)


def running_app_says(monkeypatch: pytest.MonkeyPatch, home: Path, **changes: object) -> None:
    """Stand in for a running backmove: `status` gets what `flows.commands` answers."""
    answer: dict[str, object] = {
        "ok": True,
        "state": "off_hours",
        "summary": "Outside working hours",
        "breaks_today": 2,
        "offered_today": 3,
        "goal_today": None,
        "running": True,
        "version": __version__,
        "tray": True,
        "config_dir": str(home),
        "data_dir": str(home),
        "database": str(home / "backmove.db"),
        **changes,
    }
    monkeypatch.setattr("backmove.cli._reach", lambda *_a, **_k: dict(answer))


RAW = ("off_hours", "None", "True", "False", "in_break", "_today")


def test_status_words_every_value(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    running_app_says(monkeypatch, home)
    assert main(["status"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "state: outside working hours" in out
    assert "goal today: none set" in out and "running: yes" in out
    assert "tray: the icon is in the system tray" in out
    assert not any(raw in out for raw in RAW), out


def test_status_json_keeps_the_raw_values_for_scripts(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    running_app_says(monkeypatch, home, state="in_break", tray=False)
    assert main(["status", "--json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["state"] == "in_break" and data["tray"] is False and data["goal_today"] is None


def test_status_without_a_database_says_so_in_words_and_json_says_null(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["status"]) == EXIT_OK
    assert "database: none yet" in capsys.readouterr().out
    assert main(["status", "--json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["database"] is None


def test_every_planner_state_and_every_table_has_words() -> None:
    from backmove.cli import STATE_WORDS, TABLE_WORDS
    from backmove.core.planner import State
    from backmove.storage.schema import TABLES

    assert set(STATE_WORDS) == {str(s) for s in State}
    assert set(TABLE_WORDS) == set(TABLES)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["pause", "-5m"], "-5m is not a length of time: use for example 30m, 1h, tomorrow"),
        (["pause", "-1.5h"], "-1.5h is not a length of time"),
        (["pause", "soon"], "soon is not a length of time"),
        (["pause", "nan"], "nan is not a length of time"),
        (["pause", "0m"], "A pause lasts from 1 minute to 24 hours, not 0m"),
        (["pause", "99999h"], "A pause lasts from 1 minute to 24 hours, not 99999h"),
        (["meeting", "-3"], "-3 is not a meeting length: give whole minutes from 1 to 1440"),
        (["meeting", "-3m"], "-3m is not a meeting length"),
        (["meeting", "an hour"], "an hour is not a meeting length"),
        (["meeting", "1441"], "1441 is not a meeting length"),
    ],
)
def test_a_length_of_time_that_cannot_be_is_a_usage_error_that_says_why(
    home: Path, capsys: pytest.CaptureFixture[str], args: list[str], said: str
) -> None:
    assert main(args) == EXIT_USAGE
    err = capsys.readouterr().err
    assert said in err and "unrecognized" not in err


def test_a_dashed_value_after_the_home_option_is_still_the_commands(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--home", str(home), "pause", "-5m"]) == EXIT_USAGE
    assert "-5m is not a length of time" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("45", 45.0), ("45m", 45.0), ("45min", 45.0), ("1h", 60.0), ("1.5h", 90.0), ("24h", 1440.0)],
)
def test_lengths_of_time_a_pause_takes(text: str, minutes: float) -> None:
    assert parse_duration(text) == minutes
    assert parse_duration("tomorrow") == "tomorrow" and parse_duration("until-resumed") is None


def test_every_command_and_option_says_what_it_is_for() -> None:
    parser = _parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(commands.choices) == {c for c in COMMANDS if c is not None}
    for name, each in {"backmove": parser, **commands.choices}.items():
        assert each.description, name
        for action in each._actions:
            assert action.help, f"{name} {'/'.join(action.option_strings) or action.dest}"


@pytest.mark.parametrize("command", ["status", "pause", "report", "export"])
def test_a_commands_help_describes_it(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    description = out.split("\n\n")[1]
    assert description[0].isupper() and description.rstrip().endswith("."), out
    assert "show this help and exit" in out


def _modules_after(args: list[str], home: Path) -> str:
    code = (
        "import sys, runpy\n"
        "sys.argv = ['backmove', *sys.argv[1:]]\n"
        "try:\n    runpy.run_module('backmove', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print('qt:', sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "", "LANGUAGE": ""}
    done = subprocess.run(
        [sys.executable, "-c", code, "--home", str(home), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    return done.stdout


def test_version_is_printed_without_importing_qt(home: Path) -> None:
    out = _modules_after(["--version"], home)
    assert out.startswith(f"backmove {__version__}\n") and "qt: []" in out, out


def test_status_in_english_imports_no_qt(home: Path) -> None:
    out = _modules_after(["status"], home)
    assert "backmove is not running" in out and "qt: []" in out, out
