"""The command a restart runs: this interpreter, `-m backmove`, the same arguments, and the
same home folder named once."""

from __future__ import annotations

import sys
from pathlib import Path

from backmove.paths import resolve
from backmove.platform.launch import relaunch_command


def test_the_same_arguments_and_home() -> None:
    home = Path("somewhere") / "bm"
    assert relaunch_command([], home) == [sys.executable, "-m", "backmove", "--home", str(home)]


def test_a_home_on_the_command_line_is_named_once() -> None:
    home = Path("new")
    for argv in (["--home", "old"], ["--home=old"]):
        command = relaunch_command(argv, home)
        assert command.count("--home") == 1 and command[-1] == str(home)
        assert "old" not in command and "--home=old" not in command


def test_without_a_home_the_platform_folders_stay() -> None:
    assert relaunch_command([], None) == [sys.executable, "-m", "backmove"]


def test_paths_know_their_home(tmp_path: Path) -> None:
    assert resolve(tmp_path, env={}).home == tmp_path.resolve()
    assert resolve(None, env={}).home is None
