"""A Record behaves as the frozen dataclass it replaces: what code built on one relies on."""

from __future__ import annotations

from functools import cached_property
from typing import ClassVar

import pytest

from backmove.core.record import FrozenRecordError, Record
from backmove.storage.records import Break, Rating


class Point(Record):
    x: int
    y: int = 0
    label: str = ""
    unit: ClassVar[str] = "px"


class Labelled(Point):
    note: str = "none"

    @cached_property
    def both(self) -> str:
        return f"{self.label}/{self.note}"


def test_fields_are_given_in_order_by_position_or_name_with_defaults() -> None:
    assert Point.field_names() == ("x", "y", "label")
    assert Point(1) == Point(x=1, y=0, label="")
    assert Point(1, 2, "a") == Point(label="a", y=2, x=1)
    assert (Point(1, 2).x, Point(1, 2).y, Point(1, 2).label) == (1, 2, "")


def test_wrong_arguments_are_refused_as_a_function_refuses_them() -> None:
    with pytest.raises(TypeError, match="missing required argument: 'x'"):
        Point()
    with pytest.raises(TypeError, match="takes 3 arguments, 4 given"):
        Point(1, 2, "a", "b")
    with pytest.raises(TypeError, match="unexpected keyword argument 'z'"):
        Point(1, z=3)
    with pytest.raises(TypeError, match="multiple values for argument 'x'"):
        Point(1, x=2)


def test_equal_and_hashed_by_class_and_fields() -> None:
    assert Point(1, 2) == Point(1, 2)
    assert Point(1, 2) != Point(2, 1)
    assert Point(1) != Labelled(1)  # a subclass with the same values is another thing
    assert len({Point(1, 2), Point(1, 2), Point(3)}) == 2
    assert repr(Point(1, label="a")) == "Point(x=1, y=0, label='a')"


def test_nothing_is_assigned_after_construction() -> None:
    p = Point(1)
    with pytest.raises(FrozenRecordError):
        p.x = 2  # type: ignore[misc]
    with pytest.raises(AttributeError):  # as dataclasses.FrozenInstanceError is one
        del p.y  # type: ignore[misc]
    assert p == Point(1)


def test_replace_makes_a_changed_copy_and_refuses_unknown_names() -> None:
    p = Point(1, 2)
    assert p.replace(y=5) == Point(1, 5)
    assert p == Point(1, 2)
    with pytest.raises(TypeError, match="'z'"):
        p.replace(z=1)


def test_a_subclass_adds_its_fields_after_its_bases_and_may_cache_a_value() -> None:
    item = Labelled(1, label="a")
    assert Labelled.field_names() == ("x", "y", "label", "note")
    assert item.both == "a/none"
    assert item == Labelled(1, 0, "a", "none")  # the cached value is not a field


def test_a_mutable_default_or_a_required_field_after_a_default_is_refused() -> None:
    with pytest.raises(TypeError, match="mutable default"):

        class Shared(Record):
            items: list[int] = []  # noqa: RUF012

    with pytest.raises(TypeError, match="follows a default"):

        class Misordered(Record):
            a: int = 1
            b: int


def test_a_log_row_reads_back_as_its_record_and_copies_with_changes() -> None:
    row = (100, 3600, "micro", 130, 140, None, None, 1, '["S1"]', "interval", 7)
    b = Break(*row)
    assert (b.planned_at, b.prompted_at, b.routine, b.id) == (100, 130, '["S1"]', 7)
    done = b.replace(ended_at=260, outcome="completed")
    assert (done.outcome, done.ended_at, done.id) == ("completed", 260, 7)
    assert b.outcome is None
    assert Rating(5, 0, "end_of_day", 3) == Rating(
        at=5, utc_offset_s=0, moment="end_of_day", value=3
    )


class Checked(Record):
    low: int
    high: int

    def __post_init__(self) -> None:
        if self.low > self.high:
            raise ValueError(f"{self.low} > {self.high}")


def test_a_post_init_refuses_bad_values_however_the_record_is_made() -> None:
    assert Checked(1, 2).high == 2
    with pytest.raises(ValueError, match="3 > 2"):
        Checked(3, 2)
    with pytest.raises(ValueError, match="3 > 2"):
        Checked(high=2, low=3)
    with pytest.raises(ValueError, match="5 > 2"):
        Checked(1, 2).replace(low=5)
