"""The move library: every shipped move loads, and every kind of mistake is reported by file,
move and field while the rest of the library still loads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from backmove.core.catalog import (
    AREAS,
    CatalogBadDose,
    CatalogDuplicateId,
    CatalogEntrySkipped,
    CatalogFieldMissing,
    CatalogFileUnreadable,
    CatalogNotAChoice,
    CatalogOutOfRange,
    CatalogPathOutside,
    CatalogUnknownField,
    CatalogUnknownJoint,
    CatalogUnknownMove,
    CatalogWrongCount,
    CatalogWrongType,
    load_catalog,
)
from backmove.core.settings import AREAS as SETTINGS_AREAS
from backmove.resources import stretches_dir

from .conftest import good_move, write_move

CONTENT_IDS = [
    *(f"S{i}" for i in range(1, 14)),
    *(f"T{i}" for i in range(1, 12)),
    *(f"F{i}" for i in range(1, 9)),
]


def test_every_shipped_move_loads_without_a_single_message() -> None:
    catalog, messages = load_catalog(stretches_dir())
    assert messages == []
    assert list(catalog.moves) == CONTENT_IDS


def test_shipped_moves_follow_the_content_rules() -> None:
    catalog, _ = load_catalog(stretches_dir())
    for move in catalog:
        assert 2 <= len(move.cues) <= 4, move.id
        assert move.figure is not None and 2 <= len(move.figure.poses) <= 4, move.id
        assert set(move.areas) <= set(AREAS), move.id
        assert move.position == {"S": "seated", "T": "standing", "F": "floor"}[move.id[0]]
        assert move.desk_safe is (move.position != "floor"), move.id
        assert move.dose.reps_low <= move.dose.reps_high
        assert move.dose.hold_low_s <= move.dose.hold_high_s
        if move.mirrored:
            assert move.dose.per_side, move.id


def test_doses_are_machine_readable() -> None:
    catalog, _ = load_catalog(stretches_dir())
    knee_hug = catalog.move("S3").dose  # 15–20 s × 2 each side
    assert (knee_hug.kind, knee_hug.reps_low, knee_hug.hold_low_s, knee_hug.hold_high_s) == (
        "hold",
        2,
        15,
        20,
    )
    assert knee_hug.per_side and knee_hug.sides == "each"
    chin_tuck = catalog.move("S7").dose  # 5–10 reps, 3–5 s hold
    assert (chin_tuck.kind, chin_tuck.reps_low, chin_tuck.reps_high) == ("reps", 5, 10)
    assert (chin_tuck.hold_low_s, chin_tuck.hold_high_s) == (3, 5)
    walk = catalog.move("T10").dose  # 2–5 min
    assert (walk.kind, walk.duration_low_s, walk.duration_high_s) == ("timed", 120, 300)


def test_the_recipes_of_the_content_spec_load() -> None:
    catalog, _ = load_catalog(stretches_dir())
    assert set(catalog.recipes) == {
        "micro",
        "standard",
        "long",
        "neck_shoulders",
        "floor_back",
        "floor_fours",
        "home_strength",
        "meeting",
    }
    assert [r.id for r in catalog.recipes.values() if r.default] == ["standard"]
    micro = catalog.recipes["micro"]
    assert [[s.moves for s in option] for option in micro.options] == [
        [("T11",), ("S1",)],
        [("S1", "S7")],
        [("T1", "T9", "S1")],
    ]
    for recipe in catalog.recipes.values():
        for option in recipe.options:
            for slot in option:
                assert all(m in catalog for m in slot.moves)


def test_move_areas_extend_the_settings_focus_areas() -> None:
    assert AREAS[: len(SETTINGS_AREAS)] == SETTINGS_AREAS


# --- each kind of error ---------------------------------------------------------------------


def _without(data: dict[str, Any], *path: str) -> dict[str, Any]:
    target = data
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]
    return data


def _poses(move: dict[str, Any], index: int, **joints: Any) -> dict[str, Any]:
    move["figure"]["poses"][index].update(joints)
    return move


BROKEN = [
    pytest.param(_without(good_move(), "name"), CatalogFieldMissing, "name", id="missing"),
    pytest.param(good_move(desk_safe="yes"), CatalogWrongType, "desk_safe", id="wrong-type"),
    pytest.param(good_move(position="lying"), CatalogNotAChoice, "position", id="bad-enum"),
    pytest.param(good_move(areas=["knees"]), CatalogNotAChoice, "areas[0]", id="bad-area"),
    pytest.param(
        good_move(dose={"kind": "reps", "reps": [10, 5], "tempo_s": 4}),
        CatalogBadDose,
        "dose.reps",
        id="dose-low-above-high",
    ),
    pytest.param(
        good_move(dose={"kind": "hold", "reps": 2, "tempo_s": 4}),
        CatalogFieldMissing,
        "dose.hold_s",
        id="dose-hold-without-seconds",
    ),
    pytest.param(
        good_move(dose={"kind": "stretch", "reps": 2, "tempo_s": 4}),
        CatalogNotAChoice,
        "dose.kind",
        id="dose-bad-kind",
    ),
    pytest.param(good_move(cues=["Only one cue."]), CatalogWrongCount, "cues", id="too-few-cues"),
    pytest.param(good_move(cues=["a", "b", "c", "d", "e"]), CatalogWrongCount, "cues", id="5-cues"),
    pytest.param(
        _poses(good_move(), 1, l_elbo=20),
        CatalogUnknownJoint,
        "figure.poses[1].l_elbo",
        id="unknown-joint",
    ),
    pytest.param(
        _poses(good_move(), 0, reach={"l_hand": {"joint": "l_kne"}}),
        CatalogUnknownJoint,
        "figure.poses[0].reach.l_hand.joint",
        id="unknown-reach-point",
    ),
    pytest.param(
        _poses(good_move(), 0, l_knee=400),
        CatalogOutOfRange,
        "figure.poses[0].l_knee",
        id="joint-out-of-range",
    ),
    pytest.param(
        good_move(mirrored=True),
        CatalogBadDose,
        "mirrored",
        id="mirrored-without-sides",
    ),
    pytest.param(_without(good_move(), "sources"), CatalogFieldMissing, "sources", id="no-sources"),
    pytest.param(good_move(sources=[]), CatalogWrongCount, "sources", id="empty-sources"),
    pytest.param(
        good_move(sources=["Hayden 2021"]), CatalogWrongType, "sources[0]", id="not-a-key"
    ),
]


@pytest.mark.parametrize(("data", "kind", "field"), BROKEN)
def test_a_bad_move_is_reported_by_file_move_and_field_and_skipped(
    library: Path, data: dict[str, Any], kind: type, field: str
) -> None:
    bad = write_move(library / "moves", "x1_bad.toml", data)
    catalog, messages = load_catalog(library)
    errors = [m for m in messages if isinstance(m, kind)]
    assert len(errors) == 1, messages
    error = errors[0]
    assert (error.file, error.move_id, error.field) == (str(bad), "X1", field)  # type: ignore[attr-defined]
    assert any(isinstance(m, CatalogEntrySkipped) and m.file == str(bad) for m in messages)
    assert list(catalog.moves) == ["X2"]  # the good move still loads


def test_a_duplicate_id_is_refused_with_both_files_named(library: Path) -> None:
    second = write_move(library / "moves", "x3_copy.toml", good_move("X2"))
    catalog, messages = load_catalog(library)
    dup = [m for m in messages if isinstance(m, CatalogDuplicateId)]
    assert [(d.file, d.move_id, d.field) for d in dup] == [(str(second), "X2", "id")]
    assert dup[0].first_file == str(library / "moves" / "x2_good.toml")
    assert catalog.move("X2").source == library / "moves" / "x2_good.toml"


def test_a_file_that_is_not_toml_is_reported_and_skipped(library: Path) -> None:
    broken = library / "moves" / "x0_broken.toml"
    broken.write_text('id = "X0"\nname = \n')
    catalog, messages = load_catalog(library)
    assert [type(m) for m in messages] == [CatalogFileUnreadable, CatalogEntrySkipped]
    assert messages[0].file == str(broken)  # type: ignore[attr-defined]
    assert list(catalog.moves) == ["X2"]


def test_an_unknown_field_is_a_warning_and_the_move_loads(library: Path) -> None:
    write_move(library / "moves", "x1.toml", good_move(colour="red"))
    catalog, messages = load_catalog(library)
    assert [(type(m), m.field) for m in messages] == [(CatalogUnknownField, "colour")]  # type: ignore[attr-defined]
    assert messages[0].severity == "warning"
    assert "X1" in catalog


def test_a_recipe_naming_an_unknown_move_is_reported(library: Path) -> None:
    recipes = library / "recipes.toml"
    recipes.write_text(
        '[[recipe]]\nid = "quick"\nname = "Quick"\nlength_s = 60\n'
        '[[recipe.option]]\nslots = [{ moves = ["X2", "Z9"] }]\n'
        '[[recipe]]\nid = "fine"\nname = "Fine"\nlength_s = [30, 60]\n'
        '[[recipe.option]]\nslots = [{ moves = ["X2"] }]\n'
    )
    catalog, messages = load_catalog(library)
    unknown = [m for m in messages if isinstance(m, CatalogUnknownMove)]
    assert [(u.file, u.move_id, u.field, u.unknown) for u in unknown] == [
        (str(recipes), "quick", "option[0].slots[0].moves[1]", "Z9")
    ]
    assert list(catalog.recipes) == ["fine"]


# --- the user's own moves -------------------------------------------------------------------


def test_a_user_move_loads_through_the_same_checks(library: Path, tmp_path: Path) -> None:
    user = tmp_path / "config" / "moves"
    write_move(user, "mine.toml", good_move("MyTilt"))
    write_move(user, "bad.toml", good_move("MyBad", position="upside-down"))
    catalog, messages = load_catalog(library, user)
    assert catalog.move("MyTilt").user is True
    assert "MyBad" not in catalog
    assert any(isinstance(m, CatalogNotAChoice) and m.move_id == "MyBad" for m in messages)


def test_a_user_move_may_name_no_sources(library: Path, tmp_path: Path) -> None:
    """A source lets a reader check why backmove offers a move; a user's own move is their
    choice, not a claim backmove makes, so it needs none."""
    user = tmp_path / "config" / "moves"
    write_move(user, "mine.toml", _without(good_move("Mine"), "sources"))
    write_move(user, "cited.toml", good_move("Cited", sources=["Owen2020", "HSE-DSE"]))
    catalog, messages = load_catalog(library, user)
    assert messages == []
    assert catalog.move("Mine").sources == ()
    assert catalog.move("Cited").sources == ("Owen2020", "HSE-DSE")
    assert catalog.move("X2").sources == ("Hayden2021",)


def test_a_user_move_cannot_take_a_shipped_id(library: Path, tmp_path: Path) -> None:
    user = tmp_path / "config" / "moves"
    write_move(user, "x2.toml", good_move("X2", name="Mine"))
    catalog, messages = load_catalog(library, user)
    assert catalog.move("X2").name == "Test tilt"
    assert any(isinstance(m, CatalogDuplicateId) for m in messages)


def _picture(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x89PNG\r\n\x1a\n")
    return path


def test_a_user_move_may_show_a_picture_from_its_folder(library: Path, tmp_path: Path) -> None:
    user = tmp_path / "config" / "moves"
    _picture(user / "pics" / "mine.png")
    data = _without(good_move("Pic", image="pics/mine.png"), "figure")
    write_move(user, "pic.toml", data)
    catalog, messages = load_catalog(library, user)
    assert messages == []
    assert catalog.move("Pic").image == (user / "pics" / "mine.png").resolve()
    assert catalog.move("Pic").figure is None


@pytest.mark.parametrize("how", ["dotdot", "absolute", "symlink"])
def test_a_user_move_pointing_outside_its_folder_is_refused(
    library: Path, tmp_path: Path, how: str
) -> None:
    user = tmp_path / "config" / "moves"
    outside = _picture(tmp_path / "elsewhere" / "secret.png")
    if how == "dotdot":
        value = "../../elsewhere/secret.png"
    elif how == "absolute":
        value = str(outside)
    else:
        user.mkdir(parents=True)
        (user / "link.png").symlink_to(outside)
        value = "link.png"
    data = _without(good_move("Sneaky", image=value), "figure")
    move_file = write_move(user, "sneaky.toml", data)
    catalog, messages = load_catalog(library, user)
    refused = [m for m in messages if isinstance(m, CatalogPathOutside)]
    assert [(r.file, r.move_id, r.field, r.value) for r in refused] == [
        (str(move_file), "Sneaky", "image", value)
    ]
    assert "Sneaky" not in catalog


def test_a_user_move_file_linked_from_outside_is_refused(library: Path, tmp_path: Path) -> None:
    user = tmp_path / "config" / "moves"
    user.mkdir(parents=True)
    real = write_move(tmp_path / "elsewhere", "real.toml", good_move("Linked"))
    (user / "linked.toml").symlink_to(real)
    catalog, messages = load_catalog(library, user)
    assert "Linked" not in catalog
    assert [type(m) for m in messages] == [CatalogPathOutside, CatalogEntrySkipped]
    assert messages[0].file == str(user / "linked.toml")  # type: ignore[attr-defined]


def test_a_missing_user_folder_is_simply_empty(library: Path, tmp_path: Path) -> None:
    catalog, messages = load_catalog(library, tmp_path / "no-such-folder")
    assert (list(catalog.moves), messages) == (["X2"], [])
