"""A message is a frozen record of its fields, whatever module declares it: what the CLI prints
and the UI words is what was made, and a message compared in a test or held in a set behaves as
the dataclass it used to be."""

from __future__ import annotations

import pytest

from backmove.core.messages import SettingOutOfRange, SettingsFileRepaired, SettingUnknown
from backmove.core.record import FrozenRecordError
from backmove.storage.messages import DatabaseRecovered


def test_a_message_holds_its_fields_by_name_and_order_with_its_defaults() -> None:
    told = SettingsFileRepaired("/home/u/settings.toml", kept_as="/home/u/settings.toml.bad")
    assert told.keys == ()
    assert told.to_json() == {
        "code": "settings_file_repaired",
        "severity": "warning",
        "path": "/home/u/settings.toml",
        "kept_as": "/home/u/settings.toml.bad",
        "keys": (),
    }
    assert repr(told) == (
        "SettingsFileRepaired(path='/home/u/settings.toml', "
        "kept_as='/home/u/settings.toml.bad', keys=())"
    )


def test_messages_are_equal_by_class_and_fields_and_can_be_held_in_a_set() -> None:
    first = SettingOutOfRange("interval_min", 500, 10, 120)
    same = SettingOutOfRange(key="interval_min", value=500, lo=10, hi=120)
    assert first == same and len({first, same}) == 1
    assert first != SettingOutOfRange("interval_min", 501, 10, 120)
    assert SettingUnknown("x") != DatabaseRecovered("x", "y", "empty")


def test_a_message_cannot_be_changed_after_it_was_made() -> None:
    told = SettingUnknown("colour")
    with pytest.raises(FrozenRecordError):
        told.key = "color"  # type: ignore[misc]
    params = SettingsFileRepaired("p", "k", ("a",)).params()
    params["keys"] += ("b",)
    assert params["keys"] == ("a", "b")


@pytest.mark.parametrize(
    ("args", "kwargs", "words"),
    [
        (("k", 1, 2), {}, "missing required argument: 'hi'"),
        (("k", 1, 2, 3, 4), {}, "takes 4 arguments, 5 given"),
        (("k", 1, 2), {"lo": 2, "hi": 3}, "multiple values for argument 'lo'"),
        (("k", 1, 2, 3), {"high": 3}, "unexpected keyword argument 'high'"),
    ],
)
def test_a_message_made_wrongly_says_how_as_a_call_would(
    args: tuple[object, ...], kwargs: dict[str, object], words: str
) -> None:
    with pytest.raises(TypeError, match=words):
        SettingOutOfRange(*args, **kwargs)  # type: ignore[arg-type]


def test_a_message_replaced_keeps_its_other_fields_and_refuses_unknown_ones() -> None:
    from backmove.core.messages import SettingUnknown

    told = SettingUnknown("colour")
    assert told.replace(key="theme") == SettingUnknown("theme")
    assert told == SettingUnknown("colour")  # the original is as it was
    with pytest.raises(TypeError):
        told.replace(shade="dark")
