"""Frozen records: small immutable values declared by their fields, as a frozen dataclass is.

Why not `@dataclass(frozen=True)`: the decorator writes the source of six methods for every
class (`__init__`, `__eq__`, `__hash__`, `__repr__`, `__setattr__`, `__delattr__`) and compiles
each at import, about 0.7 ms a class, and it imports `inspect` (with `ast`, `dis` and
`tokenize`) to do so. The records, the settings and the counts that `backmove status` reads
are some thirty such classes: a third of the command's time went to making them. `Record`
gives every subclass the same methods once, from the declared fields, and nothing is
compiled.

What a subclass gets is what a frozen dataclass gives: the fields in declaration order (a
subclass's after its base's), positional or keyword construction with defaults, equality
between instances of the same class with equal fields, a hash of the fields, a repr, and no
assignment after construction, and a `__post_init__` called after the fields are set (to
refuse bad values). What it does not get: field specifiers (`field(...)`), and
`dataclasses.replace`/`fields`/`asdict`, which take dataclasses only; `record.replace(...)`
and `Cls.field_names()` stand in for the first two. A value computed from the fields belongs
in a `functools.cached_property`, which writes past the frozen `__setattr__`.
"""

from __future__ import annotations

from typing import Any, ClassVar, Self, dataclass_transform


class FrozenRecordError(AttributeError):
    """A field of a record was assigned or deleted (as `dataclasses.FrozenInstanceError`)."""


_MUTABLE_DEFAULTS = (list, dict, set, bytearray)


@dataclass_transform(frozen_default=True)
class Record:
    """Base of every frozen record; see the module for what a subclass gets.

    A subclass declares its fields as annotations, a default after the fields without one;
    a default must be immutable (shared by every instance), and a `ClassVar` is a class
    constant, not a field."""

    _fields: ClassVar[tuple[str, ...]] = ()
    _field_set: ClassVar[frozenset[str]] = frozenset()
    _defaults: ClassVar[dict[str, Any]] = {}
    _checked: ClassVar[bool] = False  # the class has a __post_init__

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields = list(cls._fields)
        defaults = dict(cls._defaults)
        # This class's own annotations only (the base's fields come from its `_fields`), read
        # as `inspect.get_annotations` would, without importing `inspect` for it.
        own = cls.__dict__.get("__annotations__", {})  # noqa: RUF063
        for name, annotation in own.items():
            if _class_var(annotation):
                continue
            if name in cls.__dict__:
                default = cls.__dict__[name]
                if isinstance(default, _MUTABLE_DEFAULTS):
                    raise TypeError(f"{cls.__name__}: {name!r} has a mutable default")
                defaults[name] = default
            elif defaults and name not in defaults:
                raise TypeError(f"{cls.__name__}: {name!r} without a default follows a default")
            if name not in fields:
                fields.append(name)
        cls._fields = tuple(fields)
        cls._field_set = frozenset(fields)
        cls._defaults = defaults
        cls._checked = hasattr(cls, "__post_init__")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # The values go straight into the instance's dictionary (past the frozen
        # `__setattr__`, as a frozen dataclass's `__init__` goes past it too): one call for
        # all the fields given by position, which is how the log's rows are read back.
        fields = self._fields
        if len(args) > len(fields):
            name = type(self).__name__
            raise TypeError(f"{name}() takes {len(fields)} arguments, {len(args)} given")
        values = self.__dict__
        values.update(zip(fields, args, strict=False))
        if kwargs:
            for key in kwargs:
                if key not in self._field_set or key in values:
                    name = type(self).__name__
                    if key in values:
                        raise TypeError(f"{name}() got multiple values for argument {key!r}")
                    raise TypeError(f"{name}() got an unexpected keyword argument {key!r}")
            values.update(kwargs)
        if len(values) < len(fields):
            for field in fields:
                if field not in values:
                    if field not in self._defaults:
                        name = type(self).__name__
                        raise TypeError(f"{name}() missing required argument: {field!r}")
                    values[field] = self._defaults[field]
        if self._checked:
            self.__post_init__()  # type: ignore[attr-defined]

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        """The fields, in order (what `dataclasses.fields` names)."""
        return cls._fields

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, f) for f in self._fields)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__qualname__}({inner})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenRecordError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenRecordError(f"cannot delete field {name!r}")

    def replace(self, **changes: Any) -> Self:
        """A copy with `changes` to its fields (what `dataclasses.replace` is to a dataclass);
        a name that is not a field is a TypeError, as there."""
        return type(self)(**{**{f: getattr(self, f) for f in self._fields}, **changes})


def _class_var(annotation: object) -> bool:
    """Whether a field's annotation (text, under `from __future__ import annotations`) says
    ClassVar: a class constant, not a field."""
    text = annotation if isinstance(annotation, str) else repr(annotation)
    return text.startswith(("ClassVar", "typing.ClassVar"))
