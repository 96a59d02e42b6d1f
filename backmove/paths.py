"""Where backmove keeps its files.

By default the platform's own folders (platformdirs): settings in the config folder, the
database, backups and the log in the data folder. `BACKMOVE_HOME` or `--home DIR` put both in
one folder instead, for tests and for a portable install; tests never touch the real folders.
Folders are created 0700: the files inside say how someone's back feels.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP = "backmove"


@dataclass(frozen=True)
class Paths:
    config_dir: Path
    data_dir: Path

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
        """A short name for the single-instance socket, one per user and per data folder."""
        digest = hashlib.sha256(str(self.data_dir.resolve()).encode()).hexdigest()[:12]
        uid = os.getuid() if hasattr(os, "getuid") else 0
        return f"{APP}-{uid}-{digest}"

    def ensure(self) -> None:
        for folder in (self.config_dir, self.data_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            folder.chmod(0o700)


def resolve(home: str | os.PathLike[str] | None = None,
            env: dict[str, str] | None = None) -> Paths:
    """`home` (from --home) wins over BACKMOVE_HOME, which wins over the platform folders."""
    environ = os.environ if env is None else env
    chosen = home if home is not None else environ.get("BACKMOVE_HOME") or None
    if chosen is not None:
        base = Path(chosen).expanduser().resolve()
        return Paths(config_dir=base, data_dir=base)
    return Paths(
        config_dir=Path(platformdirs.user_config_dir(APP, appauthor=False)),
        data_dir=Path(platformdirs.user_data_dir(APP, appauthor=False)),
    )
