"""Where the command socket goes: in a private folder derived from the data folder and the user
id alone, so a command from su, sudo, ssh or cron (other environment variables) finds the same
socket as the desktop session; and what happens when something else is in its place."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from backmove.cli import EXIT_ERROR, EXIT_SOCKET_PLACE, main
from backmove.paths import SOCKET_PATH_MAX, resolve
from backmove.platform.socketplace import Trouble, check
from tests.security.holder import holding_the_lock


def key(home: Path, env: dict[str, str] | None = None) -> str:
    return resolve(home, env or {}).instance_key


def test_the_socket_is_in_the_data_folder_whatever_the_environment(tmp_path: Path) -> None:
    home = tmp_path / "home"
    path = Path(key(home))
    assert path == home.resolve() / "run" / "backmove.sock"
    for env in (
        {"XDG_RUNTIME_DIR": str(tmp_path)},  # a desktop session
        {"TMPDIR": str(tmp_path / "t")},
        {},  # cron, su without -l, ssh without a session
    ):
        assert key(home, env) == str(path)
    assert key(tmp_path / "other") != str(path)  # one per data folder


def test_a_data_folder_too_deep_for_a_socket_uses_a_folder_of_the_uid_in_tmp(
    tmp_path: Path,
) -> None:
    deep = tmp_path / ("d" * SOCKET_PATH_MAX)
    path = Path(key(deep))
    assert path.parent == Path("/tmp") / f"backmove-{os.getuid()}"
    assert len(os.fsencode(path)) <= SOCKET_PATH_MAX
    assert key(deep, {"TMPDIR": str(tmp_path)}) == str(path)
    assert key(tmp_path / ("e" * SOCKET_PATH_MAX)) != str(path)


@pytest.fixture
def in_the_way(home: Path) -> Path:
    """A folder where the socket belongs (the same happens with a file)."""
    socket = Path(key(home))
    socket.parent.mkdir(parents=True, mode=0o700)
    socket.parent.chmod(0o700)
    socket.mkdir()
    return socket


@pytest.mark.skipif(sys.platform == "win32", reason="a named pipe has no path to block")
def test_a_folder_at_the_sockets_path_stops_the_start_with_words_not_already_running(
    home: Path,
    in_the_way: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    qapp: object,
) -> None:
    monkeypatch.setattr("backmove.logsetup.setup_logging", lambda *_a, **_k: None)
    assert main(["--home", str(home)]) == EXIT_SOCKET_PLACE
    captured = capsys.readouterr()
    assert "already running" not in captured.out + captured.err
    assert f"is at {in_the_way}, where backmove's command socket belongs" in captured.err
    assert in_the_way.is_dir()  # left alone
    assert check(str(in_the_way))[0].trouble is Trouble.NOT_A_SOCKET  # type: ignore[union-attr]


@pytest.mark.skipif(sys.platform == "win32", reason="a named pipe has no path to block")
def test_a_folder_at_the_sockets_path_is_named_to_a_command_while_backmove_runs(
    home: Path, in_the_way: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with holding_the_lock(home):
        assert main(["--home", str(home), "status"]) == EXIT_SOCKET_PLACE
        assert f"is at {in_the_way}, where" in capsys.readouterr().err
        assert main(["--home", str(home), "pause", "30"]) == EXIT_SOCKET_PLACE
    capsys.readouterr()
    # Once nobody holds the folder, backmove is simply not running.
    assert main(["--home", str(home), "resume"]) == 3


def test_a_holder_that_does_not_answer_is_named_not_taken_for_a_stopped_backmove(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with holding_the_lock(home) as pid:
        assert main(["--home", str(home), "pause", "30"]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert f"Another backmove (process {pid}) is working on the data folder {home}" in err
    assert "does not answer" in err
