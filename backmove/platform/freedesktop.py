"""The freedesktop.org rules backmove's launcher and login files follow.

The XDG base directories (an unset, empty or relative variable means the default) and the
Desktop Entry quoting of `Exec=`, which a path with a space or a `$` in it would otherwise
break: the launcher would run something else, or nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_ID = "io.github.backmove.Backmove"
"""The reverse-DNS name of the desktop entry, the icon and the AppStream component."""

# Desktop Entry spec, "The Exec key": an argument holding any of these must be quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
# Inside double quotes these four are escaped with a backslash.
_QUOTED_ESCAPES = str.maketrans({c: "\\" + c for c in '"`$\\'})
# The string-value escapes, applied to the whole value after the quoting.
_VALUE_ESCAPES = str.maketrans({"\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"})


def _base_dir(variable: str, default: str) -> Path:
    value = os.environ.get(variable, "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / default


def config_home() -> Path:
    return _base_dir("XDG_CONFIG_HOME", ".config")


def data_home() -> Path:
    return _base_dir("XDG_DATA_HOME", ".local/share")


def _exec_argument(arg: str) -> str:
    arg = arg.replace("%", "%%")
    if arg and not _RESERVED.intersection(arg):
        return arg
    return '"' + arg.translate(_QUOTED_ESCAPES) + '"'


def exec_value(argv: list[str]) -> str:
    """The text after `Exec=` that runs `argv` exactly."""
    return " ".join(_exec_argument(a) for a in argv).translate(_VALUE_ESCAPES)


def entry_keys(text: str, group: str = "Desktop Entry") -> dict[str, str]:
    """The raw key=value pairs of one group of a desktop file (no unescaping)."""
    keys: dict[str, str] = {}
    current = None
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
        elif current == group and "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            keys[key.strip()] = value.strip()
    return keys
