"""The command that starts this installation of backmove, for launchers and login items.

A login item or a menu entry outlives the shell it was made from, so it names the program by
its absolute path: the `backmove` script beside the interpreter running now (a venv, pipx, a
user install), or this interpreter with `-m backmove` when there is no script (a source
checkout). On Windows the console-less `pythonw.exe` is preferred, because the `backmove.exe`
script would open a console window at every login.
"""

from __future__ import annotations

import os
import site
import sys
import sysconfig
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
