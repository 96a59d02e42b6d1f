"""The command that starts this installation of backmove, for launchers and login items.

A login item or a menu entry outlives the shell it was made from, so it names the program by
its absolute path: the `backmove` script beside the interpreter running now (a venv, pipx, a
user install), or this interpreter with `-m backmove` when there is no script (a source
checkout). On Windows the console-less `pythonw.exe` is preferred, because the `backmove.exe`
script would open a console window at every login.

A running app that must start again (to use another language) relaunches itself with the
interpreter it runs in, and the arguments and home folder it was started with.
"""

from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
from collections.abc import Callable, Sequence
from pathlib import Path

import backmove


def _in_user_site() -> bool:
    """Whether backmove itself was installed with `pip install --user`."""
    user_site = site.getusersitepackages()
    return bool(user_site) and Path(backmove.__file__).is_relative_to(user_site)


def _script_folders() -> list[Path]:
    folders = [Path(sysconfig.get_path("scripts"))]
    if _in_user_site():
        folders.insert(0, Path(sysconfig.get_path("scripts", f"{os.name}_user")))
    return folders


def launch_command(platform: str = sys.platform) -> list[str]:
    """argv that starts the backmove this code belongs to."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    python = Path(sys.executable)
    if platform == "win32":
        windowed = python.with_name("pythonw.exe")
        if windowed.is_file():
            return [str(windowed), "-m", "backmove"]
    name = "backmove.exe" if platform == "win32" else "backmove"
    for folder in _script_folders():
        script = folder / name
        if script.is_file() and os.access(script, os.X_OK):
            return [str(script)]
    return [str(python), "-m", "backmove"]


def relaunch_command(argv: Sequence[str], home: Path | None) -> list[str]:
    """argv that starts backmove again as it runs now: this interpreter with `-m backmove`,
    the same arguments, and the same `--home` (named once, ahead of any command, whether it
    came from the command line or from $BACKMOVE_HOME)."""
    rest: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--home":
            skip = True
        elif not arg.startswith("--home="):
            rest.append(arg)
    chosen = ["--home", str(home)] if home is not None else []
    return [sys.executable, "-m", "backmove", *chosen, *rest]


def relaunch(
    home: Path | None, quit: Callable[[], None], argv: Sequence[str] | None = None
) -> subprocess.Popen[bytes]:
    """Quit this backmove (`quit` closes its log and its single-instance socket), then start
    a new one, detached: a language chosen in the settings is installed only as the app
    starts. Quitting first lets the new one find the socket free, rather than asking this
    one to show itself and leaving."""
    quit()
    command = relaunch_command(sys.argv[1:] if argv is None else argv, home)
    return subprocess.Popen(command, start_new_session=True, stdin=subprocess.DEVNULL)
