"""Reading a file the user (or anyone) may have put in backmove's way, without trusting it.

A settings file, a move file or an export is named by a path, and a path can lead anywhere: a
symlink to /dev/zero reads for ever, a FIFO blocks the open until a writer comes, a folder
cannot be read, and a file of gigabytes fills memory before a parser ever sees a byte. So a
file is opened without blocking, looked at through its open descriptor (what was checked is
what is read, even if the name is swapped meanwhile), and read only when it is a regular file
within a size limit. Anything else is an `OSError` whose `strerror` says what was wrong, so
every caller that already words an unreadable file words this one too.

JSON is parsed only after its nesting depth has been counted: Python's parser recurses once per
level, and a file of ten thousand `[` ends in a RecursionError deep inside the caller.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

MIB = 1024 * 1024
SMALL_FILE_LIMIT = MIB
"""Settings, move files, the planner's memory: a few kilobytes when written by backmove or by
hand; a megabyte leaves a thousandfold margin and still parses in a blink."""

JSON_DEPTH_LIMIT = 32
"""Deeper than anything backmove writes (its deepest JSON is two levels) by far."""


PRIVATE_DIR = 0o700


def make_private_dirs(folder: Path) -> list[Path]:
    """Create `folder`, and each missing folder above it, as 0700; returns those created.

    Every level is made by backmove itself with its final mode (mkdir's `parents` would give
    the levels above the umask's 0755). A folder that exists is the user's: a shared one
    stays shared, a read-only one read-only."""
    missing: list[Path] = []
    place = folder
    while not place.is_dir():
        missing.append(place)
        if place.parent == place:
            break
        place = place.parent
    created: list[Path] = []
    for level in reversed(missing):
        try:
            level.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            if not level.is_dir():
                raise
            continue  # made meanwhile by someone else: theirs, left as it is
        level.chmod(PRIVATE_DIR)  # mkdir's mode passes through the umask
        created.append(level)
    return created


class FileRefused(OSError):
    """A file that is not read at all: not a regular file, or larger than its limit."""


def _size_words(limit: int) -> str:
    return f"{limit // MIB} MiB" if limit % MIB == 0 else f"{limit} bytes"


@contextmanager
def open_regular(path: Path, limit: int) -> Iterator[IO[bytes]]:
    """`path` opened for reading in binary, once it is known to be a regular file of at most
    `limit` bytes; `FileRefused` (an OSError) otherwise, before a byte is read."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            what = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
            raise FileRefused(errno.EINVAL, f"it is {what}", str(path))
        if info.st_size > limit:
            raise FileRefused(errno.EFBIG, f"it is larger than {_size_words(limit)}", str(path))
        handle = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with handle:
        yield handle


def read_bounded(path: Path, limit: int = SMALL_FILE_LIMIT) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them, else `FileRefused`.

    The size is checked again while reading: a file that grows after the check is refused
    too, rather than read on past the limit."""
    with open_regular(path, limit) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileRefused(errno.EFBIG, f"it is larger than {_size_words(limit)}", str(path))
    return data


def json_depth(text: str, limit: int = JSON_DEPTH_LIMIT) -> int:
    """How deeply `text` nests arrays and objects; ValueError past `limit`.

    Brackets inside strings do not count. The text need not be valid JSON: this only decides
    whether handing it to the parser is safe."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > limit:
                raise ValueError(f"nested more than {limit} levels deep")
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def loads_bounded(text: str, limit: int = JSON_DEPTH_LIMIT) -> Any:
    """`json.loads`, refusing (ValueError) nesting past `limit` and NaN or Infinity; a number
    too large for a float (1e999) is refused too, where Python would make it infinite."""
    json_depth(text, limit)
    return json.loads(text, parse_constant=_no_constant, parse_float=_finite_float)


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"{text} is too large a number")
    return value
