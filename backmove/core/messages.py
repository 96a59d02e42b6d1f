"""What the core has to tell the user, as codes with parameters.

The core never words a message: the CLI and the UI do (the UI through Qt's tr()), so a second
language costs no rewrite and a test can assert on what happened rather than on English text.
Every message is a frozen record of its fields (a subclass of `Message`, itself a `Record`
(core/record.py): some seventy of them are loaded by every command before it can say
anything, too many to compile as dataclasses); `code` names it for logs and JSON output.
"""

from __future__ import annotations

import copy
from typing import Any, ClassVar

from backmove.core.record import Record


class Message(Record):
    """Base of every message. `severity` is "info", "warning" or "error".

    A subclass declares its fields as a `Record` does; `code` and `severity` are `ClassVar`s.
    A message is not a dataclass: `dataclasses.replace` does not take one
    (`message.replace(...)` does)."""

    code: ClassVar[str] = "message"
    severity: ClassVar[str] = "info"

    def params(self) -> dict[str, Any]:
        """The fields by name, copied: what the caller does with them leaves the message as
        it was."""
        return {f: copy.deepcopy(getattr(self, f)) for f in self._fields}

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "severity": self.severity, **self.params()}


# --- settings -------------------------------------------------------------------------------


class SettingUnknown(Message):
    code: ClassVar[str] = "setting_unknown"
    severity: ClassVar[str] = "warning"
    key: str


class SettingsUnknownMany(Message):
    """More than one key of the file is not a setting; told once, as a count, however many."""

    code: ClassVar[str] = "settings_unknown_many"
    severity: ClassVar[str] = "warning"
    count: int
    path: str = ""


class SettingEntriesDropped(Message):
    """`count` entries of the list `key` were left out (`value` the first of them, not
    `expected`); the rest of the list is kept."""

    code: ClassVar[str] = "setting_entries_dropped"
    severity: ClassVar[str] = "warning"
    key: str
    count: int
    value: Any
    expected: str


class SettingListTrimmed(Message):
    """The list `key` had `count` entries; the `limit` kept are said in the wording per kind
    (the latest dates, the first snooze lengths)."""

    code: ClassVar[str] = "setting_list_trimmed"
    severity: ClassVar[str] = "warning"
    key: str
    count: int
    limit: int


class FolderTooOpen(Message):
    """A folder backmove keeps its files in, and did not create, lets other users in (`mode`,
    octal); backmove leaves the mode as the user set it and says so."""

    code: ClassVar[str] = "folder_too_open"
    severity: ClassVar[str] = "warning"
    path: str
    mode: str


class SettingWrongType(Message):
    code: ClassVar[str] = "setting_wrong_type"
    severity: ClassVar[str] = "warning"
    key: str
    value: Any
    expected: str


class SettingOutOfRange(Message):
    code: ClassVar[str] = "setting_out_of_range"
    severity: ClassVar[str] = "warning"
    key: str
    value: Any
    lo: float
    hi: float


class SettingNotAChoice(Message):
    code: ClassVar[str] = "setting_not_a_choice"
    severity: ClassVar[str] = "warning"
    key: str
    value: Any
    choices: tuple[str, ...]


class SettingBadFormat(Message):
    """A value of the right type whose text is not in the expected form ("09:00-17:30")."""

    code: ClassVar[str] = "setting_bad_format"
    severity: ClassVar[str] = "warning"
    key: str
    value: Any
    expected: str


class SettingOutsideRecommended(Message):
    """Allowed, but outside what the evidence suggests; the settings window shows it as a note."""

    code: ClassVar[str] = "setting_outside_recommended"
    severity: ClassVar[str] = "info"
    key: str
    value: Any
    lo: float
    hi: float


class SettingsFileUnreadable(Message):
    """The file is not TOML at all; every setting is back at its default."""

    code: ClassVar[str] = "settings_file_unreadable"
    severity: ClassVar[str] = "warning"
    path: str
    detail: str
    kept_as: str


class SettingsFileRepaired(Message):
    """Some keys were bad and were reset; the original was kept beside the file."""

    code: ClassVar[str] = "settings_file_repaired"
    severity: ClassVar[str] = "warning"
    path: str
    kept_as: str
    keys: tuple[str, ...] = ()


class SettingsFileNewer(Message):
    """Written by a newer backmove: read what we understand, never overwrite it."""

    code: ClassVar[str] = "settings_file_newer"
    severity: ClassVar[str] = "warning"
    path: str
    version: int
    supported: int


class SettingsNotSaved(Message):
    code: ClassVar[str] = "settings_not_saved"
    severity: ClassVar[str] = "error"
    path: str
    detail: str
