"""Settings and move files with anything in them: random bytes, TOML-ish noise, and the right
shape with wrong types and values.

Whatever the file holds, loading never raises; every problem comes back as a message whose
words name the file (and the setting's key); good settings keep their values; a broken move
file is skipped with a message and the other moves still load; the original of a settings file
that had to be repaired is kept beside it byte for byte.
"""

from __future__ import annotations

import copy
import math
import tempfile
from pathlib import Path
from typing import Any

import tomli_w
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from backmove.core import settings as settings_mod
from backmove.core.catalog import Move, load_catalog, load_moves
from backmove.core.messages import Message
from backmove.core.settings import SPEC_BY_KEY, Settings, validate
from backmove.ui.wording import describe
from tests.unit.catalog.conftest import GOOD_MOVE, good_move, write_move

STAMP = "20260330-083000"
FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.one_of(
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(),
    st.text(max_size=40),
    st.datetimes(),
    st.dates(),
    st.times(),
)
toml_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=15,
)
TOKENS = [
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    "=",
    ",",
    ".",
    '"',
    "'",
    '"""',
    "#",
    "\n",
    " ",
    "\\",
    "true",
    "false",
    "nan",
    "-inf",
    "1979-05-27T07:32:00Z",
    "09:00",
    "0x1f",
    "1e999",
    "9" * 30,
    "é",
    "\x00",
    "\ufeff",
    *SPEC_BY_KEY,
    "schema_version",
    "mon",
    "working_hours.",
]
toml_noise = st.lists(st.sampled_from(TOKENS), max_size=60).map("".join)


def says_where(message: Message, file: Path) -> None:
    """The words for `message` name the file it is about, and the setting's key if it has one."""
    words = describe(message)
    params = message.params()
    if "key" in params:
        assert str(params["key"]) in words, words
    else:
        assert str(file) in words, words


# --- settings ---------------------------------------------------------------------------------


def check_settings_load(content: bytes) -> settings_mod.LoadResult:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.toml"
        path.write_bytes(content)
        result = settings_mod.load(path, STAMP)
        assert isinstance(result.settings, Settings)
        for message in result.messages:
            says_where(message, path)
            kept_as = message.params().get("kept_as")
            if kept_as is not None and kept_as != str(path):
                assert Path(kept_as).read_bytes() == content  # the original, kept beside
    return result


@FUZZ
@given(st.binary(max_size=3000))
def test_random_bytes_as_settings(content: bytes) -> None:
    check_settings_load(content)


@FUZZ
@given(toml_noise)
def test_toml_ish_noise_as_settings(text: str) -> None:
    check_settings_load(text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(
    st.dictionaries(
        st.one_of(st.sampled_from(sorted(SPEC_BY_KEY)), st.text(max_size=12)),
        toml_values,
        max_size=8,
    ),
    st.one_of(st.none(), st.integers(-3, 3), toml_values),
)
def test_settings_of_the_right_shape_with_wrong_types_and_values(
    raw: dict[str, Any], version: Any
) -> None:
    data = dict(raw)
    if version is not None:
        data["schema_version"] = version
    result = check_settings_load(tomli_w.dumps(data).encode())
    raw = {k: v for k, v in raw.items() if k != "schema_version"}
    newer = type(version) is int and version > settings_mod.SCHEMA_VERSION
    named = {m.params().get("key") for m in result.messages}
    unknown = [k for k in raw if k not in SPEC_BY_KEY]
    for key, value in raw.items():
        if validate(key, value) is None:
            assert result.settings[key] == Settings({key: value})[key], key
        elif not newer and (key in SPEC_BY_KEY or len(unknown) == 1):
            assert key in named, key
    if len(unknown) > 1 and not newer:  # told once, as a count
        counted = [m.params() for m in result.messages if m.code == "settings_unknown_many"]
        assert [c["count"] for c in counted] == [len(unknown)]
    if newer:
        assert [m.code for m in result.messages] == ["settings_file_newer"]


def test_settings_nested_beyond_the_stack_are_reported() -> None:
    result = check_settings_load(b"interval_min = " + b"[" * 5000 + b"]" * 5000)
    assert [m.code for m in result.messages] == ["settings_file_unreadable"]
    assert result.settings == Settings()


# --- move files -----------------------------------------------------------------------------


def paths_in(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a nested table: keys of tables and indices of lists."""
    found: list[tuple[Any, ...]] = []
    items = (
        value.items()
        if isinstance(value, dict)
        else (enumerate(value) if isinstance(value, list) else ())
    )
    for key, inner in items:
        found.append((*prefix, key))
        found += paths_in(inner, (*prefix, key))
    return found


@st.composite
def spoilt_moves(draw: st.DrawFn) -> dict[str, Any]:
    """A good move with one to three places changed: a new value, gone, or an unknown key."""
    move = copy.deepcopy(GOOD_MOVE)
    move["id"] = "U2"
    for _ in range(draw(st.integers(1, 3))):
        places = paths_in(move)
        place = draw(st.sampled_from(places))
        parent = move
        for step in place[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["replace", "replace", "delete", "add"]))
        if action == "replace":
            parent[place[-1]] = draw(toml_values)
        elif action == "delete":
            del parent[place[-1]]
        elif isinstance(parent, dict):
            key = draw(
                st.one_of(
                    st.sampled_from(["image", "mirrored", "sides", "offset"]),
                    st.text(min_size=1, max_size=8),
                )
            )
            parent[key] = draw(toml_values)
    return move


def sane(move: Move) -> None:
    """What a loaded move promises the player: real, positive numbers and words to show."""
    dose = move.dose
    numbers = [
        dose.tempo_s,
        dose.hold_low_s,
        dose.hold_high_s,
        dose.duration_low_s,
        dose.duration_high_s,
    ]
    assert all(math.isfinite(n) and n >= 0 for n in numbers)
    assert 1 <= dose.reps_low <= dose.reps_high and dose.sets >= 1
    assert move.name.strip() and all(c.strip() for c in move.cues)
    assert move.figure is not None or move.image is not None


def check_moves_load(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as top:
        folder = Path(top) / "moves"
        good = write_move(folder, "a_good.toml", good_move("U1"))
        spoilt = folder / "b_spoilt.toml"
        spoilt.write_bytes(content)
        moves, messages = load_moves(folder, user=True)
    ids = [m.id for m in moves]
    assert ids[0] == "U1"
    for move in moves:
        sane(move)
    for message in messages:
        assert message.params()["file"] == str(spoilt)
        says_where(message, spoilt)
    if "U2" not in ids:
        assert messages[-1].code == "catalog_entry_skipped"
    assert str(good) not in " ".join(describe(m) for m in messages)


@FUZZ
@given(st.binary(max_size=3000))
def test_random_bytes_as_a_move_file(content: bytes) -> None:
    check_moves_load(content)


@FUZZ
@given(toml_noise)
def test_toml_ish_noise_as_a_move_file(text: str) -> None:
    check_moves_load(text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(spoilt_moves())
@example(good_move("U2", image="a\x00b.png"))  # names no file system takes
@example(good_move("U2", image="x" * 300 + ".png"))
@example(good_move("U2", image="../../outside.png"))
def test_a_move_of_the_right_shape_with_wrong_types_and_values(move: dict[str, Any]) -> None:
    check_moves_load(tomli_w.dumps(move).encode())


def test_a_move_file_nested_beyond_the_stack_is_skipped() -> None:
    check_moves_load(b"cues = " + b"[" * 5000 + b"]" * 5000)


@st.composite
def spoilt_recipes(draw: st.DrawFn) -> dict[str, Any]:
    recipe = {
        "recipe": [
            {
                "id": "quick",
                "name": "Quick",
                "length_s": [30, 60],
                "option": [{"slots": [{"moves": ["U1"], "pick": 1, "duration_s": 60}]}],
            }
        ]
    }
    for _ in range(draw(st.integers(1, 3))):
        place = draw(st.sampled_from(paths_in(recipe)))
        parent: Any = recipe
        for step in place[:-1]:
            parent = parent[step]
        parent[place[-1]] = draw(toml_values)
    return recipe


@FUZZ
@given(spoilt_recipes())
def test_a_recipes_file_with_wrong_types_and_values(recipes: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as top:
        root = Path(top) / "stretches"
        write_move(root / "moves", "a_good.toml", good_move("U1"))
        (root / "recipes.toml").write_text(tomli_w.dumps(recipes), encoding="utf-8")
        catalog, messages = load_catalog(root)
    assert list(catalog.moves) == ["U1"]
    for message in messages:
        says_where(message, root / "recipes.toml")
    for recipe in catalog.recipes.values():
        assert 10 <= recipe.length_low_s <= recipe.length_high_s <= 3600
        for option in recipe.options:
            for slot in option:
                assert slot.duration_s is None or 5 <= slot.duration_s <= 3600
                assert 1 <= slot.pick_low <= slot.pick_high
