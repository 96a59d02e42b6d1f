"""Where backmove keeps its files.

By default the platform's own folders (platformdirs): settings in the config folder, the
database, backups and the log in the data folder. `BACKMOVE_HOME` or `--home DIR` put both in
one folder instead, for tests and for a portable install; tests never touch the real folders.
Folders backmove creates are 0700: the files inside say how someone's back feels. A folder
that already exists is the user's: a shared folder given with --home is not closed to the
others who use it, and a read-only one is not made writable; backmove only says when other
users may write into it.

Which backmove runs on a data folder is decided by a lock on `backmove.lock` in it, and the
running one's command socket lives in a private folder derived from the data folder and the
user id alone. Nothing here reads $XDG_RUNTIME_DIR or $TMPDIR: a command run from su, sudo, ssh
or cron sees other variables than the desktop session, and must still find the same lock and
the same socket, or it would take a running backmove for a stopped one.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from backmove.core.record import Record

if TYPE_CHECKING:
    from backmove.core.messages import Message

# hashlib, platformdirs and the messages are imported where they are needed: each serves only
# some of the commands that resolve their paths here, and `backmove status` is short enough
# for the imports to be most of its time.

APP = "backmove"
SOCKET_PATH_MAX = 100
"""Bytes of a socket path: the kernel holds 108 (104 on macOS) and Qt needs a few more while
it sets the socket's mode."""
SHARED_TEMP = Path("/tmp")  # noqa: S108 - fixed on purpose: $TMPDIR differs between shells
"""Where the socket's folder goes when the data folder's path is too long for a socket: the
one temp folder every shell of the machine agrees on. The folder in it is the user's own,
0700, and checked to be so before it is used."""


OTHERS_WRITE = stat.S_IWGRP | stat.S_IWOTH
"""A folder others may write into is one where they can replace or add files; one they may
only read is not worth a warning, the files in it being 0600."""


class Paths(Record):
    config_dir: Path
    data_dir: Path

    @property
    def home(self) -> Path | None:
        """The one folder given by --home or $BACKMOVE_HOME, None with the platform's folders:
        what a relaunch passes on, so the new app reads the same files."""
        return self.data_dir if self.config_dir == self.data_dir else None

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
    def lock_file(self) -> Path:
        """Held by the running backmove for its whole life, and by `restore` and `import`
        while they replace the log: whoever holds it owns the data folder."""
        return self.data_dir / "backmove.lock"

    @property
    def socket_dir(self) -> Path:
        """The private folder of the command socket: `run` in the data folder, which is the
        user's own and 0700 already, so no other user can put anything there first. Only when
        that path is too long for a socket, `/tmp/backmove-<uid>`, which is checked to be this
        user's and 0700 before anything is said through it, and when the data folder's name
        is not UTF-8: Qt's local sockets take only names it can spell."""
        inside = self.data_dir.resolve() / "run"
        raw = os.fsencode(inside / "backmove.sock")
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            return SHARED_TEMP / f"{APP}-{_uid()}"
        if len(raw) <= SOCKET_PATH_MAX:
            return inside
        return SHARED_TEMP / f"{APP}-{_uid()}"

    @property
    def instance_key(self) -> str:
        """The command socket, one per user and per data folder: a full path in `socket_dir`
        (a pipe name on Windows, where a named pipe has no folder)."""
        folder = self.socket_dir
        if sys.platform == "win32":
            return f"{APP}-{self._digest()}"
        if folder.parent == SHARED_TEMP:
            return str(folder / f"{self._digest()}.sock")
        return str(folder / "backmove.sock")

    def _digest(self) -> str:
        """The data folder in 12 characters, for a socket name it cannot be part of."""
        import hashlib

        return hashlib.sha256(os.fsencode(self.data_dir.resolve())).hexdigest()[:12]

    def ensure(self) -> list[Message]:
        """Create the missing folders 0700; a note for each existing one others may write to.

        Changing the mode of a folder backmove did not make would take it from whoever shares
        it (a 1777 folder), or make writable what the user made read-only on purpose."""
        from backmove.core.files import make_private_dirs
        from backmove.core.messages import FolderTooOpen

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
    chosen = home if home is not None else environ.get("BACKMOVE_HOME") or None
    if chosen is not None:
        base = Path(chosen).expanduser().resolve()
        return Paths(config_dir=base, data_dir=base)
    import platformdirs

    return Paths(
        config_dir=Path(platformdirs.user_config_dir(APP, appauthor=False)),
        data_dir=Path(platformdirs.user_data_dir(APP, appauthor=False)),
    )


def _uid() -> int:
    return os.getuid() if hasattr(os, "getuid") else 0
