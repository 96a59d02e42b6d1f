"""The files around the database: private modes, names with stamps, moving aside, copying.

The database holds health data, so every file it writes is 0600 and every folder it creates
0700. A file that has to make way is renamed, never deleted, and its -wal and -shm go with it
under the same new name, so SQLite can still open the kept copy as it was. A copy of a live
database is taken with `VACUUM INTO`, because a plain file copy misses what is still in the WAL.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import IO

from backmove.core.clock import Clock
from backmove.core.files import make_private_dirs

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700

# The files SQLite keeps beside a database; they belong to it and travel with it.
SIDE_SUFFIXES: tuple[str, ...] = ("-wal", "-shm", "-journal")


def side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def ensure_private_dir(folder: Path) -> list[Path]:
    """Create `folder`, and each missing folder above it, 0700; returns those created. A folder
    that exists is the user's to keep as it is (see `core.files.make_private_dirs`)."""
    return make_private_dirs(folder)


def create_private_file(path: Path) -> None:
    """Create `path` empty and 0600; SQLite gives its -wal and -shm the same mode later."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))


def make_private(path: Path) -> None:
    """chmod 0600 the database and whichever of its side files exist."""
    for candidate in (path, *(side_file(path, s) for s in SIDE_SUFFIXES)):
        if candidate.exists():
            candidate.chmod(PRIVATE_FILE)


def file_stamp(clock: Clock) -> str:
    """Local time to the second, for names like backmove.db.corrupt-20260330-083000."""
    return clock.local().strftime("%Y%m%d-%H%M%S")


def unused_name(path: Path) -> Path:
    """`path`, or `path-2`, `path-3`, ... whichever is free with all its side files."""
    candidate, n = path, 1
    while any(p.exists() for p in (candidate, *(side_file(candidate, s) for s in SIDE_SUFFIXES))):
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate


def move_aside(path: Path, label: str) -> Path:
    """Rename the database and its side files to `<name>.<label>`; returns the new name."""
    target = unused_name(path.with_name(f"{path.name}.{label}"))
    path.rename(target)
    for suffix in SIDE_SUFFIXES:
        side = side_file(path, suffix)
        if side.exists():
            side.rename(side_file(target, suffix))
    return target


def write_private(path: Path, text: str | Callable[[IO[str]], object]) -> None:
    """Write `path` whole or not at all, 0600 from its first byte, synced.

    `text` is the whole text, or a function that writes it into the file it is given, so a
    large file (an export of a million rows) is written as it is made and never held whole.
    The text goes to `.<name>.partial` first, created 0600 (a partial file an earlier crash
    left is ours and removed first); a failure part-way (a full disk) removes it again."""
    partial = path.with_name(f".{path.name}.partial")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            if isinstance(text, str):
                f.write(text)
            else:
                text(f)
            f.flush()
            os.fsync(f.fileno())
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_database(conn: sqlite3.Connection, target: Path) -> None:
    """A consistent, private, durable copy of `conn`'s database at `target` (which must not exist).

    `conn` must be outside a transaction. A half-written copy (say, on a full disk) is removed:
    it is ours, not the user's data, and a partial file would pass for a backup.
    """
    create_private_file(target)
    try:
        name = str(target)
        if _is_text(name):
            conn.execute("VACUUM INTO ?", (name,))
        else:
            _page_copy(conn, target)
        fsync_file(target)
    except BaseException:
        for leftover in (target, *(side_file(target, s) for s in SIDE_SUFFIXES)):
            leftover.unlink(missing_ok=True)
        raise


def _is_text(name: str) -> bool:
    """Whether SQLite can be given `name` as text: a folder named in bytes that are no UTF-8
    (an old Latin-1 "ü") reaches Python as lone surrogates, which SQLite's text cannot hold."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _page_copy(conn: sqlite3.Connection, target: Path) -> None:
    """The copy through SQLite's backup API, which opens `target` by its bytes; the copy is
    then taken out of WAL mode so that, like a `VACUUM INTO` copy, it is one whole file."""
    copy = sqlite3.connect(target, isolation_level=None)
    try:
        conn.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()
