"""Whether the command socket's place can be trusted, checked before anything is said there.

The socket lives in a folder only its user may enter (see `Paths.socket_dir`). Another user
who made that folder first, or put a socket of theirs at the name, would receive `pause`
requests, answer `status` with whatever they like and make a start say "already running"; a
folder or file left at the socket's path would do the last of those by accident. So the app
checks the place before it listens, and a command checks it before it connects: the folder
and the socket must be this user's own and closed to others, and the socket must be a socket.
On Windows the socket is a named pipe with no folder, and Qt's user-only access is all there
is to check.
"""

from __future__ import annotations

import contextlib
import enum
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path


class Trouble(enum.Enum):
    NOT_A_FOLDER = "not_a_folder"
    """The socket's folder is a file or a symbolic link."""
    FOLDER_NOT_OURS = "folder_not_ours"
    FOLDER_OPEN = "folder_open"
    """Others may enter or write the folder (a client never fixes that; the app does)."""
    NOT_A_SOCKET = "not_a_socket"
    """A folder, a file or a link where the socket belongs."""
    SOCKET_NOT_OURS = "socket_not_ours"
    SOCKET_OPEN = "socket_open"
    """Others may write the socket: they could connect to it."""


@dataclass(frozen=True)
class Problem:
    trouble: Trouble
    path: Path
    """The folder or the socket the trouble is with."""
    uid: int
    mode: int


def check(key: str) -> tuple[Problem | None, bool]:
    """(what is wrong with the place, whether a socket is there), for a command about to
    connect. Nothing is changed."""
    if sys.platform == "win32":
        return None, True
    socket_path = Path(key)
    folder = _folder_problem(socket_path.parent, fix=False)
    if folder is not None:
        return (None, False) if folder is _MISSING else (folder, False)
    try:
        info = os.lstat(socket_path)
    except FileNotFoundError:
        return None, False
    if not stat.S_ISSOCK(info.st_mode):
        return _problem(Trouble.NOT_A_SOCKET, socket_path, info), False
    if info.st_uid != _uid():
        return _problem(Trouble.SOCKET_NOT_OURS, socket_path, info), False
    if info.st_mode & 0o022:
        return _problem(Trouble.SOCKET_OPEN, socket_path, info), False
    return None, True


def prepare(key: str) -> Problem | None:
    """Make the place ready for the app to listen: the folder made (or closed) 0700, and a
    socket left by a backmove that died removed. Only the holder of the data folder's lock
    calls this, so a socket found there is stale, never a live instance's."""
    if sys.platform == "win32":
        return None
    socket_path = Path(key)
    with contextlib.suppress(FileExistsError):
        socket_path.parent.mkdir(mode=0o700)
    problem = _folder_problem(socket_path.parent, fix=True)
    if problem is not None:
        return problem if problem is not _MISSING else None
    try:
        info = os.lstat(socket_path)
    except FileNotFoundError:
        return None
    if not stat.S_ISSOCK(info.st_mode):
        return _problem(Trouble.NOT_A_SOCKET, socket_path, info)
    if info.st_uid != _uid():
        return _problem(Trouble.SOCKET_NOT_OURS, socket_path, info)
    socket_path.unlink()
    return None


_MISSING = Problem(Trouble.NOT_A_FOLDER, Path(), -1, 0)
"""A folder that is not there: nothing wrong, and nothing listens."""


def _folder_problem(folder: Path, *, fix: bool) -> Problem | None:
    try:
        info = os.lstat(folder)
    except FileNotFoundError:
        return _MISSING
    if not stat.S_ISDIR(info.st_mode):
        return _problem(Trouble.NOT_A_FOLDER, folder, info)
    if info.st_uid != _uid():
        return _problem(Trouble.FOLDER_NOT_OURS, folder, info)
    if info.st_mode & 0o077:
        if not fix:
            return _problem(Trouble.FOLDER_OPEN, folder, info)
        folder.chmod(0o700)
    return None


def _problem(trouble: Trouble, path: Path, info: os.stat_result) -> Problem:
    return Problem(trouble, path, info.st_uid, stat.S_IMODE(info.st_mode))


def _uid() -> int:
    return os.getuid() if hasattr(os, "getuid") else 0
