"""What the core has to tell the user, as codes with parameters.

The core never words a message: the CLI and the UI do (the UI through Qt's tr()), so a second
language costs no rewrite and a test can assert on what happened rather than on English text.
Every message is a frozen record of its fields (a subclass of `Message` that declares them, as
a dataclass would); `code` names it for logs and JSON output.

`Message` gives each subclass its `__init__`, equality, hash and repr from the declared fields,
without the `dataclass` decorator: a dataclass compiles six small functions from source for
every class, about half a millisecond each, and the app has some seventy messages, loaded by
every command (`backmove status` among them) before it can say anything.
"""

from __future__ import annotations

import copy
import inspect
from dataclasses import FrozenInstanceError
from typing import Any, ClassVar, Self, dataclass_transform


@dataclass_transform(frozen_default=True)
class Message:
    """Base of every message. `severity` is "info", "warning" or "error".

    A subclass declares its fields as annotations, in order, a default after the fields
    without one (an immutable value: a message never changes); `code` and `severity` are
    `ClassVar`s. Instances are immutable, equal when of the same class with equal fields, and
    hashable when their fields are. A message is not a dataclass: `dataclasses.replace` does
    not take one (`message.replace(...)` does); a subclass still decorated with
    `@dataclass(frozen=True)` works as before, at the dataclass's cost."""

    code: ClassVar[str] = "message"
    severity: ClassVar[str] = "info"
    _fields: ClassVar[tuple[str, ...]] = ()
    _defaults: ClassVar[dict[str, Any]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields = list(cls._fields)
        defaults = dict(cls._defaults)
        for name, annotation in inspect.get_annotations(cls).items():
            if _class_var(annotation):
                continue
            if name in cls.__dict__:
                defaults[name] = cls.__dict__[name]
            elif defaults and name not in fields:
                raise TypeError(f"{cls.__name__}: {name!r} without a default follows a default")
            if name not in fields:
                fields.append(name)
        cls._fields = tuple(fields)
        cls._defaults = defaults

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        name = type(self).__name__
        if len(args) > len(self._fields):
            raise TypeError(f"{name}() takes {len(self._fields)} arguments, {len(args)} given")
        values = dict(zip(self._fields, args, strict=False))
        for key, value in kwargs.items():
            if key not in self._fields:
                raise TypeError(f"{name}() got an unexpected keyword argument {key!r}")
            if key in values:
                raise TypeError(f"{name}() got multiple values for argument {key!r}")
            values[key] = value
        for field in self._fields:
            if field in values:
                object.__setattr__(self, field, values[field])
            elif field in self._defaults:
                object.__setattr__(self, field, self._defaults[field])
            else:
                raise TypeError(f"{name}() missing required argument: {field!r}")

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, f) for f in self._fields)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__qualname__}({inner})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def replace(self, **changes: Any) -> Self:
        """A copy with `changes` to its fields (what `dataclasses.replace` is to a dataclass);
        a name that is not a field is a TypeError, as there."""
        return type(self)(**{**{f: getattr(self, f) for f in self._fields}, **changes})

    def params(self) -> dict[str, Any]:
        """The fields by name, copied: what the caller does with them leaves the message as
        it was."""
        return {f: copy.deepcopy(getattr(self, f)) for f in self._fields}

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "severity": self.severity, **self.params()}


def _class_var(annotation: object) -> bool:
    """Whether a field's annotation (text, under `from __future__ import annotations`) says
    ClassVar: a class constant, not a field."""
    text = annotation if isinstance(annotation, str) else repr(annotation)
    return text.startswith(("ClassVar", "typing.ClassVar"))


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
