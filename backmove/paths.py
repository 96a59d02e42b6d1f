"""Where backmove keeps its files.

By default the platform's own folders (platformdirs): settings in the config folder, the
database, backups and the log in the data folder. `BACKMOVE_HOME` or `--home DIR` put both in
one folder instead, for tests and for a portable install; tests never touch the real folders.
Folders backmove creates are 0700: the files inside say how someone's back feels. A folder
that already exists is the user's: a shared folder given with --home is not closed to the
others who use it, and a read-only one is not made writable; backmove only says when other
users may write into it.

The single-instance socket goes in the session's runtime folder ($XDG_RUNTIME_DIR) when there is
a private one: a name in the shared temp folder can be taken first by another user, who would
then keep backmove from starting and answer its commands.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from backmove.core.files import make_private_dirs
from backmove.core.messages import FolderTooOpen, Message

APP = "backmove"
SOCKET_PATH_MAX = 100
"""Bytes of a socket path: the kernel holds 108 (104 on macOS) and Qt needs a few more while
it sets the socket's mode."""


OTHERS_WRITE = stat.S_IWGRP | stat.S_IWOTH
"""A folder others may write into is one where they can replace or add files; one they may
only read is not worth a warning, the files in it being 0600."""


@dataclass(frozen=True)
class Paths:
    config_dir: Path
    data_dir: Path
    runtime_dir: Path | None = None
    """A folder only this user can enter, for the single-instance socket; None: the temp folder."""

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def user_moves_dir(self) -> Path:
        return self.config_dir / "moves"

    @property
    def database(self) -> Path:
        return self.data_dir / "backmove.db"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_file(self) -> Path:
        return self.data_dir / "backmove.log"

    @property
    def instance_key(self) -> str:
        """The single-instance socket, one per user and per data folder: a full path in the
        runtime folder, else a short name Qt puts in the temp folder (a pipe on Windows)."""
        digest = hashlib.sha256(os.fsencode(self.data_dir.resolve())).hexdigest()[:12]
        uid = os.getuid() if hasattr(os, "getuid") else 0
        name = f"{APP}-{uid}-{digest}"
        if self.runtime_dir is not None:
            full = self.runtime_dir / name
            if len(os.fsencode(full)) <= SOCKET_PATH_MAX:
                return str(full)
        return name

    def ensure(self) -> list[Message]:
        """Create the missing folders 0700; a note for each existing one others may write to.

        Changing the mode of a folder backmove did not make would take it from whoever shares
        it (a 1777 folder), or make writable what the user made read-only on purpose."""
        created: list[Path] = []
        for folder in (self.config_dir, self.data_dir):
            created += make_private_dirs(folder)
        notes: list[Message] = []
        for folder in dict.fromkeys((self.config_dir, self.data_dir)):
            if folder in created:
                continue
            mode = stat.S_IMODE(folder.stat().st_mode)
            if mode & OTHERS_WRITE:
                notes.append(FolderTooOpen(str(folder), f"{mode:o}"))
        return notes


def resolve(home: str | os.PathLike[str] | None = None, env: dict[str, str] | None = None) -> Paths:
    """`home` (from --home) wins over BACKMOVE_HOME, which wins over the platform folders."""
    environ = os.environ if env is None else env
    runtime = private_runtime_dir(environ)
    chosen = home if home is not None else environ.get("BACKMOVE_HOME") or None
    if chosen is not None:
        base = Path(chosen).expanduser().resolve()
        return Paths(config_dir=base, data_dir=base, runtime_dir=runtime)
    return Paths(
        config_dir=Path(platformdirs.user_config_dir(APP, appauthor=False)),
        data_dir=Path(platformdirs.user_data_dir(APP, appauthor=False)),
        runtime_dir=runtime,
    )


def private_runtime_dir(env: Mapping[str, str]) -> Path | None:
    """$XDG_RUNTIME_DIR when it is what the XDG spec promises: an absolute path to a folder
    owned by this user that nobody else may enter. Anything less is not trusted."""
    value = env.get("XDG_RUNTIME_DIR")
    if not value or not hasattr(os, "getuid"):
        return None
    folder = Path(value)
    if not folder.is_absolute():
        return None
    try:
        info = folder.stat()
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        return None
    return folder
