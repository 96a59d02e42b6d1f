"""Writing backmove's small files into the user's own folders (menus, login items, icons).

Each file is written beside its final name and then renamed over it, so a desktop that reads
the folder at that moment (a menu watching for changes, a login at a full disk) sees the old
file or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write_atomically(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Create missing folders, write `data` to `path` whole; OSError says what went wrong."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.part")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        temporary.replace(path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
