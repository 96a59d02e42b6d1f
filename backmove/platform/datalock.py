"""Who owns a data folder, decided by the operating system: a lock on `backmove.lock` in it.

Whether backmove runs used to be judged by asking its socket, and the socket's place depended
on the environment; a shell from su, sudo, ssh or cron then took a running backmove for a
stopped one and replaced the database under it. A lock taken with `flock` needs no environment,
cannot be left behind by a crash (the kernel lets go when the holder dies) and is seen by every
process of the machine that opens the same file.

`flock`, not `lockf`/`fcntl`: a POSIX record lock is dropped when the process closes *any*
descriptor of the file, so a check made inside the app would silently free the app's own lock.
On Windows `msvcrt.locking` locks one byte far past the end of the file, so the process id
written at its start stays readable. Where the lock file cannot be opened at all (a read-only
data folder that has none yet) the answer is `UNKNOWN` and callers fall back to asking the
socket, which is what backmove did before.
"""

from __future__ import annotations

import contextlib
import enum
import os
import sys
import time
from pathlib import Path

_STEP_S = 0.05
_WINDOWS_BYTE = 1 << 30
"""The byte Windows locks: past any pid ever written, so reading the pid is never blocked."""


class Owner(enum.Enum):
    """What `DataLock.acquire` found."""

    US = "us"
    """We hold the lock now."""
    OTHER = "other"
    """Another process holds it: backmove (or one of its data commands) works on this folder."""
    UNKNOWN = "unknown"
    """The lock file could not be opened (a read-only folder without one): nobody can tell."""


class DataLock:
    """The data folder's lock, held from `acquire` until `release` or the process's end."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self.problem: OSError | None = None
        """Why the lock file could not be opened, when `acquire` said UNKNOWN."""

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, wait_s: float = 0.0) -> Owner:
        """Take the lock without blocking; while another process holds it, try again for up
        to `wait_s` (a command's own quick look must not make a starting app give up)."""
        owner = self._try()
        for _ in range(round(wait_s / _STEP_S)):
            if owner is not Owner.OTHER:
                break
            time.sleep(_STEP_S)
            owner = self._try()
        return owner

    def release(self) -> None:
        """Let go. The file stays: removing it would let a second process lock a new file
        while a third still holds the old one."""
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)  # closing drops the lock, on every system

    def _try(self) -> Owner:
        if self._fd is not None:
            return Owner.US
        for _ in range(3):  # the file replaced between open and lock: once more, on the new one
            try:
                fd = _open(self.path)
            except OSError as exc:
                self.problem = exc
                return Owner.UNKNOWN
            if not _lock(fd):
                os.close(fd)
                return Owner.OTHER
            if _same_file(fd, self.path):
                _write_pid(fd)
                self._fd = fd
                return Owner.US
            os.close(fd)
        return Owner.OTHER

    def __enter__(self) -> DataLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def holder_pid(path: Path) -> int | None:
    """The process id the holder wrote into the lock file, for messages; None if unreadable."""
    try:
        text = path.read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def _open(path: Path) -> int:
    """The lock file, made 0600 if missing; read-only when it may not be written (a lock needs
    no write access). A symbolic link is refused: the lock must be this folder's own file."""
    flags = os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        return os.open(path, os.O_RDWR | flags, 0o600)
    except PermissionError:
        return os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))


def _lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_BYTE, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:  # EWOULDBLOCK: someone holds it
        return False
    return True


def _same_file(fd: int, path: Path) -> bool:
    """Whether `path` still names the file we locked (nobody replaced it meanwhile)."""
    try:
        now = path.lstat()
    except OSError:
        return False
    mine = os.fstat(fd)
    return (now.st_dev, now.st_ino) == (mine.st_dev, mine.st_ino)


def _write_pid(fd: int) -> None:
    """Our process id at the start of the file, so a refused command can name the holder."""
    with contextlib.suppress(OSError):  # a read-only lock file still locks
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        if hasattr(os, "fchmod"):
            info = os.fstat(fd)
            if info.st_mode & 0o077 and info.st_uid == os.getuid():
                os.fchmod(fd, 0o600)
