"""The move library: the models, and loading them from TOML with every check.

Each move is one TOML file (resources/stretches/moves/*.toml); the break recipes are
resources/stretches/recipes.toml. docs/moves.md describes the format field by field. Users may
add moves of their own in a folder under the config dir, in the same format and through the
same checks; a file there may not reach outside that folder (no symlink out, no `..`, no
absolute path).

Loading never fails as a whole: a bad entry is skipped and reported (file, move id, field),
and everything else loads. The core words nothing: every problem is a Message with a code.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from types import EllipsisType, MappingProxyType
from typing import Any, ClassVar, overload

from backmove.core import pose
from backmove.core.files import SMALL_FILE_LIMIT, read_bounded
from backmove.core.messages import Message
from backmove.core.record import Record
from backmove.core.settings import AREAS as SETTINGS_AREAS

POSITIONS: tuple[str, ...] = ("seated", "standing", "floor")
# The settings' focus areas, plus two that only moves carry.
AREAS: tuple[str, ...] = (*SETTINGS_AREAS, "core", "whole_body")
DOSE_KINDS: tuple[str, ...] = ("reps", "hold", "timed")
SIDES: tuple[str, ...] = ("both", "each", "alternate")
IMAGE_SUFFIXES: tuple[str, ...] = (".png", ".svg", ".jpg", ".jpeg")
CUES = (2, 4)
POSES = (2, 4)
CAUTIONS = (0, 4)
SOURCES = (1, 8)
"""How many evidence keys a shipped move names: at least one, so every move a user is offered
can be traced to docs/evidence.md#the-sources-of-each-move; a user's own move may name none."""

_ID_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,39}$")
_SOURCE_KEY_RE = re.compile(r"^[A-Za-z][A-Za-z0-9-]{0,39}$")
"""A key as docs/evidence.md writes it in square brackets: `Hayden2021`, `HSE-DSE`."""
_TOP_KEYS = frozenset(
    {
        "id",
        "name",
        "position",
        "desk_safe",
        "areas",
        "dose",
        "cues",
        "cautions",
        "sources",
        "mirrored",
        "figure",
        "image",
    }
)
_DOSE_KEYS = frozenset({"kind", "reps", "hold_s", "duration_s", "tempo_s", "sets", "sides"})
_FIGURE_KEYS = frozenset({"view", "props", "highlight", "path", "poses"})
_POSE_KEYS = frozenset({"name", "base", "hold", "ground", "reach"})


# --- messages -----------------------------------------------------------------------------
# `move_id` is the id of the entry the problem is in: a move, or a recipe in recipes.toml;
# empty when the file could not be read far enough to know it.


class CatalogFileUnreadable(Message):
    code: ClassVar[str] = "catalog_file_unreadable"
    severity: ClassVar[str] = "error"
    file: str
    detail: str
    move_id: str = ""
    field: str = ""


class CatalogFieldMissing(Message):
    code: ClassVar[str] = "catalog_field_missing"
    severity: ClassVar[str] = "error"
    file: str
    move_id: str
    field: str


class CatalogWrongType(Message):
    code: ClassVar[str] = "catalog_wrong_type"
    severity: ClassVar[str] = "error"
    file: str
    move_id: str
    field: str
    expected: str
    value: Any


class CatalogNotAChoice(Message):
    code: ClassVar[str] = "catalog_not_a_choice"
    severity: ClassVar[str] = "error"
    file: str
    move_id: str
    field: str
    value: Any
    choices: tuple[str, ...]


class CatalogOutOfRange(Message):
    code: ClassVar[str] = "catalog_out_of_range"
    severity: ClassVar[str] = "error"
    file: str
    move_id: str
    field: str
    value: Any
    lo: float
    hi: float


class CatalogWrongCount(Message):
    """A list with too few or too many items (cues, key poses...)."""

    code: ClassVar[str] = "catalog_wrong_count"
    severity: ClassVar[str] = "error"
    file: str
    move_id: str
    field: str
    count: int
    lo: int
    hi: int


class CatalogBadDose(Message):
    """A dose whose parts do not fit together; `problem` says how (a code)."""

    code: ClassVar[str] = "catalog_bad_dose"
    severity: ClassVar[str] = "error"
    file: str
    move_id: str
    field: str
    problem: str


class CatalogDuplicateId(Message):
    code: ClassVar[str] = "catalog_duplicate_id"
    severity: ClassVar[str] = "error"
    file: str
    move_id: str
    field: str
    first_file: str


class CatalogUnknownJoint(Message):
    """A key pose names a joint, limb, point or part the figure does not have."""

    code: ClassVar[str] = "catalog_unknown_joint"
    severity: ClassVar[str] = "error"
    file: str
    move_id: str
    field: str
    name: str


class CatalogUnknownMove(Message):
    """A recipe names a move the catalog does not have."""

    code: ClassVar[str] = "catalog_unknown_move"
    severity: ClassVar[str] = "error"
    file: str
    move_id: str
    field: str
    unknown: str


class CatalogPathOutside(Message):
    """A user file, or a file a field names, resolves outside the folder it must stay in."""

    code: ClassVar[str] = "catalog_path_outside"
    severity: ClassVar[str] = "error"
    file: str
    move_id: str
    field: str
    value: str


class CatalogFileMissing(Message):
    """A field names a file that is not there (or is not a picture backmove can show)."""

    code: ClassVar[str] = "catalog_file_missing"
    severity: ClassVar[str] = "error"
    file: str
    move_id: str
    field: str
    value: str


class CatalogUnknownField(Message):
    """A key backmove does not know (a typo, or a newer format): ignored, the entry loads."""

    code: ClassVar[str] = "catalog_unknown_field"
    severity: ClassVar[str] = "warning"
    file: str
    move_id: str
    field: str


class CatalogEntrySkipped(Message):
    """Follows the errors of one entry: it was left out, everything else loaded."""

    code: ClassVar[str] = "catalog_entry_skipped"
    severity: ClassVar[str] = "warning"
    file: str
    move_id: str
    field: str = ""


# --- models -------------------------------------------------------------------------------


class Dose(Record):
    """How much of a move: machine-readable so a player can count and progression can climb.

    kind `reps`: `reps_low`..`reps_high` reps, each taking `tempo_s` seconds of movement, with
    an optional hold (`hold_low_s`..`hold_high_s`) at the end position of each rep.
    kind `hold`: hold the end position `hold_low_s`..`hold_high_s`, `reps_low`..`reps_high`
    times; `tempo_s` is the time to move into and out of it.
    kind `timed`: keep going `duration_low_s`..`duration_high_s`; `tempo_s` is one cycle.
    `sides`: `both` (symmetrical), `each` (all reps on one side, then the other), `alternate`
    (each rep works one side then the other; counts are per side).
    """

    kind: str
    tempo_s: float
    reps_low: int = 1
    reps_high: int = 1
    hold_low_s: float = 0.0
    hold_high_s: float = 0.0
    duration_low_s: float = 0.0
    duration_high_s: float = 0.0
    sets: int = 1
    sides: str = "both"

    @property
    def per_side(self) -> bool:
        return self.sides != "both"


class Move(Record):
    id: str
    name: str
    position: str
    desk_safe: bool
    areas: tuple[str, ...]
    dose: Dose
    cues: tuple[str, ...]
    cautions: tuple[str, ...]
    mirrored: bool  # the other side is shown as the mirror image
    figure: pose.Figure | None
    image: Path | None = None  # a picture shown instead of a figure (user moves)
    source: Path | None = None  # the file the move was read from
    user: bool = False
    # The keys of docs/evidence.md#sources behind the move or its dose; never translated.
    sources: tuple[str, ...] = ()


class Slot(Record):
    """Pick `pick_low`..`pick_high` moves from `moves`; with `areas`, any move with one of
    those areas may stand in (the listed moves first). `duration_s` overrides a timed dose."""

    moves: tuple[str, ...]
    pick_low: int
    pick_high: int
    areas: tuple[str, ...] = ()
    duration_s: float | None = None


class Recipe(Record):
    """A kind of break (docs/evidence.md#break-recipes-and-rotation): one of `options` is served,
    each a list of slots."""

    id: str
    name: str
    length_low_s: int
    length_high_s: int
    options: tuple[tuple[Slot, ...], ...]
    default: bool = False


_NOTHING: Mapping[str, Any] = MappingProxyType({})
"""An empty library's moves and recipes (a default shared by every instance: read-only)."""


class Catalog(Record):
    moves: Mapping[str, Move] = _NOTHING
    recipes: Mapping[str, Recipe] = _NOTHING

    def move(self, move_id: str) -> Move:
        return self.moves[move_id]

    def __iter__(self) -> Iterator[Move]:
        return iter(self.moves.values())

    def __len__(self) -> int:
        return len(self.moves)

    def __contains__(self, move_id: object) -> bool:
        return move_id in self.moves

    def translated(self, translate: Callable[[str], str]) -> Catalog:
        """The same library with the built-in moves' words in the user's language; the user's
        own moves keep the words they wrote."""

        def words(move: Move) -> Move:
            if move.user:
                return move
            return move.replace(
                name=translate(move.name),
                cues=tuple(translate(c) for c in move.cues),
                cautions=tuple(translate(c) for c in move.cautions),
            )

        return self.replace(moves={k: words(m) for k, m in self.moves.items()})


# --- checking -----------------------------------------------------------------------------


class _Bad(Exception):
    """Raised inside one entry's parse once a field is wrong; the entry is skipped."""


class _Checker:
    """Reads fields of one entry, recording a message for every problem."""

    def __init__(self, file: str, move_id: str = "") -> None:
        self.file = file
        self.move_id = move_id
        self.messages: list[Message] = []
        self.failed = False

    def fail(self, msg: Message) -> None:
        self.messages.append(msg)
        self.failed = True

    def unknown_keys(self, table: Mapping[str, Any], known: frozenset[str], prefix: str) -> None:
        for key in table:
            if key not in known:
                self.messages.append(CatalogUnknownField(self.file, self.move_id, f"{prefix}{key}"))

    def get(
        self,
        table: Mapping[str, Any],
        key: str,
        path: str,
        kind: type | tuple[type, ...],
        expected: str,
        *,
        default: Any = ...,
    ) -> Any:
        if key not in table:
            if default is ...:
                self.fail(CatalogFieldMissing(self.file, self.move_id, path))
                raise _Bad
            return default
        value = table[key]
        ok = isinstance(value, kind) and not (
            isinstance(value, bool) and bool not in _as_tuple(kind)
        )
        if not ok:
            self.fail(CatalogWrongType(self.file, self.move_id, path, expected, value))
            raise _Bad
        return value

    def text(
        self, table: Mapping[str, Any], key: str, path: str, *, default: str | EllipsisType = ...
    ) -> str:
        # `get` has checked the kind, or handed back the caller's own text default.
        value: str = self.get(table, key, path, str, "text", default=default)
        if isinstance(value, str) and not value.strip():
            self.fail(CatalogWrongType(self.file, self.move_id, path, "text", value))
            raise _Bad
        return value

    @overload
    def number(
        self,
        table: Mapping[str, Any],
        key: str,
        path: str,
        lo: float,
        hi: float,
        *,
        default: float | EllipsisType = ...,
    ) -> float: ...
    @overload
    def number(
        self,
        table: Mapping[str, Any],
        key: str,
        path: str,
        lo: float,
        hi: float,
        *,
        default: None,
    ) -> float | None: ...
    def number(
        self,
        table: Mapping[str, Any],
        key: str,
        path: str,
        lo: float,
        hi: float,
        *,
        default: float | EllipsisType | None = ...,
    ) -> float | None:
        if key not in table and not isinstance(default, EllipsisType):
            return default
        value = self.get(table, key, path, (int, float), "number")
        if not lo <= value <= hi:
            self.fail(CatalogOutOfRange(self.file, self.move_id, path, value, lo, hi))
            raise _Bad
        return float(value)

    def choice(
        self,
        table: Mapping[str, Any],
        key: str,
        path: str,
        choices: tuple[str, ...],
        *,
        default: Any = ...,
    ) -> str:
        value = self.text(table, key, path, default=default)
        if value not in choices:
            self.fail(CatalogNotAChoice(self.file, self.move_id, path, value, choices))
            raise _Bad
        return value

    def texts(
        self,
        table: Mapping[str, Any],
        key: str,
        path: str,
        count: tuple[int, int],
        *,
        default: Any = ...,
    ) -> tuple[str, ...]:
        value = self.get(table, key, path, list, "list of text", default=default)
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.fail(CatalogWrongType(self.file, self.move_id, f"{path}[{i}]", "text", item))
                raise _Bad
        if not count[0] <= len(value) <= count[1]:
            self.fail(CatalogWrongCount(self.file, self.move_id, path, len(value), *count))
            raise _Bad
        return tuple(value)

    def choices(
        self,
        table: Mapping[str, Any],
        key: str,
        path: str,
        choices: tuple[str, ...],
        *,
        default: Any = ...,
        min_count: int = 0,
        unknown: str = "choice",
    ) -> tuple[str, ...]:
        values = self.texts(table, key, path, (min_count, 99), default=default)
        for i, v in enumerate(values):
            if v not in choices:
                where = f"{path}[{i}]"
                if unknown == "joint":
                    self.fail(CatalogUnknownJoint(self.file, self.move_id, where, v))
                else:
                    self.fail(CatalogNotAChoice(self.file, self.move_id, where, v, choices))
                raise _Bad
        return values

    def span(
        self,
        table: Mapping[str, Any],
        key: str,
        path: str,
        lo: float,
        hi: float,
        *,
        integer: bool,
        default: Any = ...,
    ) -> tuple[float, float]:
        """A range written `[low, high]`, or one number for both."""
        expected = "whole number or [low, high]" if integer else "number or [low, high]"
        kinds: tuple[type, ...] = (int,) if integer else (int, float)
        if key not in table and default is not ...:
            return (default, default) if not isinstance(default, list) else tuple(default)
        value = self.get(table, key, path, (*kinds, list), expected)
        if isinstance(value, list):
            if len(value) != 2 or not all(
                isinstance(v, kinds) and not isinstance(v, bool) for v in value
            ):
                self.fail(CatalogWrongType(self.file, self.move_id, path, expected, value))
                raise _Bad
            low, high = value
        else:
            low = high = value
        for v in (low, high):
            if not lo <= v <= hi:
                self.fail(CatalogOutOfRange(self.file, self.move_id, path, v, lo, hi))
                raise _Bad
        if low > high:
            self.fail(CatalogBadDose(self.file, self.move_id, path, "low_above_high"))
            raise _Bad
        return (low, high)


def _as_tuple(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _parse_dose(c: _Checker, table: Mapping[str, Any]) -> Dose:
    c.unknown_keys(table, _DOSE_KEYS, "dose.")
    kind = c.choice(table, "kind", "dose.kind", DOSE_KINDS)
    tempo = c.number(table, "tempo_s", "dose.tempo_s", 0.5, 60.0)
    sides = c.choice(table, "sides", "dose.sides", SIDES, default="both")
    sets = int(c.span(table, "sets", "dose.sets", 1, 10, integer=True, default=1)[0])
    reps = c.span(
        table, "reps", "dose.reps", 1, 100, integer=True, default=... if kind != "timed" else [1, 1]
    )
    hold = c.span(
        table,
        "hold_s",
        "dose.hold_s",
        0,
        300,
        integer=False,
        default=... if kind == "hold" else [0, 0],
    )
    duration = c.span(
        table,
        "duration_s",
        "dose.duration_s",
        5,
        3600,
        integer=False,
        default=... if kind == "timed" else [0, 0],
    )
    if kind == "hold" and hold[0] <= 0:
        c.fail(CatalogBadDose(c.file, c.move_id, "dose.hold_s", "hold_needs_seconds"))
        raise _Bad
    if kind == "timed" and "reps" in table:
        c.fail(CatalogBadDose(c.file, c.move_id, "dose.reps", "timed_has_no_reps"))
        raise _Bad
    return Dose(
        kind=kind,
        tempo_s=tempo,
        reps_low=int(reps[0]),
        reps_high=int(reps[1]),
        hold_low_s=float(hold[0]),
        hold_high_s=float(hold[1]),
        duration_low_s=float(duration[0]),
        duration_high_s=float(duration[1]),
        sets=sets,
        sides=sides,
    )


def _parse_target(c: _Checker, value: Any, path: str) -> pose.Target | None:
    """`[x, y]`, `[x, y, z]`, `false` (let go), or `{ joint = "l_knee", offset = [dx, dy] }`."""
    if value is False:
        return None
    if isinstance(value, list):
        nums = _numbers(c, value, path, (2, 3))
        z = nums[2] if len(nums) == 3 else None
        return pose.Target(at=(nums[0], nums[1], z))
    if isinstance(value, dict):
        for key in value:
            if key not in {"joint", "offset"}:
                c.messages.append(CatalogUnknownField(c.file, c.move_id, f"{path}.{key}"))
        joint = c.text(value, "joint", f"{path}.joint")
        if joint not in pose.POINTS:
            c.fail(CatalogUnknownJoint(c.file, c.move_id, f"{path}.joint", joint))
            raise _Bad
        offset = _numbers(c, value.get("offset", [0, 0]), f"{path}.offset", (2, 3))
        off = (offset[0], offset[1], offset[2] if len(offset) == 3 else 0.0)
        return pose.Target(joint=joint, offset=off)
    c.fail(CatalogWrongType(c.file, c.move_id, path, "[x, y], a joint table or false", value))
    raise _Bad


def _numbers(c: _Checker, value: Any, path: str, count: tuple[int, int]) -> list[float]:
    if not isinstance(value, list) or not all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in value
    ):
        c.fail(CatalogWrongType(c.file, c.move_id, path, "list of numbers", value))
        raise _Bad
    if not count[0] <= len(value) <= count[1]:
        c.fail(CatalogWrongCount(c.file, c.move_id, path, len(value), *count))
        raise _Bad
    for v in value:
        if abs(v) > 500:
            c.fail(CatalogOutOfRange(c.file, c.move_id, path, v, -500, 500))
            raise _Bad
    return [float(v) for v in value]


def _parse_pose(c: _Checker, table: Any, path: str) -> pose.KeyPose:
    if not isinstance(table, dict):
        c.fail(CatalogWrongType(c.file, c.move_id, path, "table", table))
        raise _Bad
    name = c.text(table, "name", f"{path}.name", default="")
    base = c.choice(table, "base", f"{path}.base", tuple(pose.BASES))
    hold = c.get(table, "hold", f"{path}.hold", bool, "true or false", default=False)
    ground = c.get(table, "ground", f"{path}.ground", bool, "true or false", default=False)
    joints: dict[str, float] = {}
    for key in table:
        if key in _POSE_KEYS:
            continue
        if key not in pose.JOINT_RANGES:
            c.fail(CatalogUnknownJoint(c.file, c.move_id, f"{path}.{key}", key))
            raise _Bad
        lo, hi = pose.JOINT_RANGES[key]
        joints[key] = c.number(table, key, f"{path}.{key}", lo, hi)
    reach_table = c.get(table, "reach", f"{path}.reach", dict, "table", default={})
    reach: dict[str, pose.Target | None] = {}
    for limb, value in reach_table.items():
        if limb not in pose.LIMBS:
            c.fail(CatalogUnknownJoint(c.file, c.move_id, f"{path}.reach.{limb}", limb))
            raise _Bad
        reach[limb] = _parse_target(c, value, f"{path}.reach.{limb}")
    return pose.key_pose(name, base, joints, reach, hold=hold, ground=ground)


def _parse_figure(c: _Checker, table: Mapping[str, Any]) -> pose.Figure:
    c.unknown_keys(table, _FIGURE_KEYS, "figure.")
    view = c.choice(table, "view", "figure.view", tuple(pose.VIEWS))
    props = _parse_props(c, c.get(table, "props", "figure.props", list, "list", default=[]))
    highlight = c.choices(
        table, "highlight", "figure.highlight", pose.SEGMENTS, min_count=1, unknown="joint"
    )
    path = c.choice(table, "path", "figure.path", pose.PATHS, default="there_and_back")
    raw = c.get(table, "poses", "figure.poses", list, "list of key poses")
    if not POSES[0] <= len(raw) <= POSES[1]:
        c.fail(CatalogWrongCount(c.file, c.move_id, "figure.poses", len(raw), *POSES))
        raise _Bad
    poses = tuple(_parse_pose(c, p, f"figure.poses[{i}]") for i, p in enumerate(raw))
    return pose.Figure(
        view=view,
        poses=poses,
        props=props,
        highlight=highlight,
        path=path,
    )


def _parse_props(c: _Checker, items: list[Any]) -> tuple[pose.Prop, ...]:
    """`"chair"`, or `{ kind = "desk", x = 25 }` to move a prop along the floor (cm)."""
    out: list[pose.Prop] = []
    for i, item in enumerate(items):
        where = f"figure.props[{i}]"
        table = {"kind": item} if isinstance(item, str) else item
        if not isinstance(table, dict):
            c.fail(CatalogWrongType(c.file, c.move_id, where, "prop name or table", item))
            raise _Bad
        c.unknown_keys(table, frozenset({"kind", "x", "y"}), f"{where}.")
        kind = c.choice(table, "kind", f"{where}.kind", pose.PROP_NAMES)
        x = c.number(table, "x", f"{where}.x", -200, 200, default=0.0)
        y = c.number(table, "y", f"{where}.y", -50, 50, default=0.0)
        out.append(pose.Prop(kind, float(x), float(y)))
    return tuple(out)


def _inside(path: Path, root: Path) -> bool:
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, ValueError):  # ValueError: a NUL byte in the name
        return False


def _parse_image(c: _Checker, value: Any, file: Path, root: Path) -> Path:
    if not isinstance(value, str) or not value.strip():
        c.fail(CatalogWrongType(c.file, c.move_id, "image", "file name", value))
        raise _Bad
    if Path(value).is_absolute() or ".." in Path(value).parts:
        c.fail(CatalogPathOutside(c.file, c.move_id, "image", value))
        raise _Bad
    target = file.parent / value
    if "\x00" not in value and not _inside(target, root):
        c.fail(CatalogPathOutside(c.file, c.move_id, "image", value))
        raise _Bad
    try:
        found = target.is_file() and target.suffix.lower() in IMAGE_SUFFIXES
    except (OSError, ValueError):  # a name no file system takes: far too long, a NUL byte
        found = False
    if not found:
        c.fail(CatalogFileMissing(c.file, c.move_id, "image", value))
        raise _Bad
    return target.resolve()


def _parse_sources(c: _Checker, data: Mapping[str, Any], *, user: bool) -> tuple[str, ...]:
    """The evidence keys: required for a shipped move, so no move ships without the reason it is
    there; optional for the user's own moves, which are their choice, not a claim backmove
    makes. The keys are only checked for form here: the core does not read the docs."""
    lo, hi = SOURCES
    keys = c.texts(data, "sources", "sources", (0 if user else lo, hi), default=[] if user else ...)
    for i, key in enumerate(keys):
        if not _SOURCE_KEY_RE.match(key):
            c.fail(
                CatalogWrongType(
                    c.file, c.move_id, f"sources[{i}]", "a key such as Hayden2021", key
                )
            )
            raise _Bad
    return keys


def parse_move(
    data: Mapping[str, Any], file: Path, root: Path, *, user: bool = False
) -> tuple[Move | None, list[Message]]:
    """Check one move's table; the move, or None with the reasons."""
    raw_id = data.get("id")
    c = _Checker(str(file), raw_id if isinstance(raw_id, str) else "")
    try:
        c.unknown_keys(data, _TOP_KEYS, "")
        move_id = c.text(data, "id", "id")
        if not _ID_RE.match(move_id):
            c.fail(
                CatalogWrongType(
                    c.file,
                    move_id,
                    "id",
                    "letters, digits, - or _, starting with a letter",
                    move_id,
                )
            )
            raise _Bad
        name = c.text(data, "name", "name")
        position = c.choice(data, "position", "position", POSITIONS)
        desk_safe = c.get(data, "desk_safe", "desk_safe", bool, "true or false")
        areas = c.choices(data, "areas", "areas", AREAS, min_count=1)
        cues = c.texts(data, "cues", "cues", CUES)
        cautions = c.texts(data, "cautions", "cautions", CAUTIONS, default=[])
        sources = _parse_sources(c, data, user=user)
        mirrored = c.get(data, "mirrored", "mirrored", bool, "true or false", default=False)
        dose = _parse_dose(c, c.get(data, "dose", "dose", dict, "table"))
        if mirrored and dose.sides != "each":
            c.fail(CatalogBadDose(c.file, move_id, "mirrored", "mirrored_needs_each_side"))
            raise _Bad
        image = None
        if "image" in data:
            image = _parse_image(c, data["image"], file, root)
        figure = None
        if "figure" in data or image is None:
            figure = _parse_figure(c, c.get(data, "figure", "figure", dict, "table"))
    except _Bad:
        return None, c.messages
    move = Move(
        id=move_id,
        name=name,
        position=position,
        desk_safe=desk_safe,
        areas=areas,
        dose=dose,
        cues=cues,
        cautions=cautions,
        mirrored=mirrored,
        figure=figure,
        image=image,
        source=file,
        user=user,
        sources=sources,
    )
    return move, c.messages


def _read_toml(file: Path) -> tuple[dict[str, Any] | None, Message | None]:
    try:
        # A regular file within the limit only: a FIFO would hang the start, /dev/zero fill
        # memory.
        return tomllib.loads(read_bounded(file, SMALL_FILE_LIMIT).decode("utf-8")), None
    except OSError as exc:
        return None, CatalogFileUnreadable(str(file), exc.strerror or str(exc))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        return None, CatalogFileUnreadable(str(file), str(exc))
    except RecursionError:
        # tomllib recurses once per level of nested arrays or tables.
        return None, CatalogFileUnreadable(str(file), "nested too deeply")


def load_moves(
    folder: Path, *, user: bool = False, taken: Mapping[str, Move] | None = None
) -> tuple[list[Move], list[Message]]:
    """Every move file under `folder` (files ending .toml, sorted by path).

    `taken` are moves already loaded: a second move with one of their ids is refused. For a
    user folder, a file (or a symlink) that resolves outside `folder` is refused.
    """
    messages: list[Message] = []
    moves: list[Move] = []
    seen: dict[str, Move] = dict(taken or {})
    if not folder.is_dir():
        return moves, messages
    for file in sorted(folder.rglob("*.toml")):
        if not _inside(file, folder):
            messages.append(CatalogPathOutside(str(file), "", "file", str(file)))
            messages.append(CatalogEntrySkipped(str(file), ""))
            continue
        data, problem = _read_toml(file)
        if data is None:
            assert problem is not None
            messages += [problem, CatalogEntrySkipped(str(file), "")]
            continue
        move, found = parse_move(data, file, folder, user=user)
        messages += found
        if move is not None and move.id in seen:
            first = seen[move.id].source
            messages.append(CatalogDuplicateId(str(file), move.id, "id", str(first)))
            move = None
        if move is None:
            given_id = data.get("id")
            skipped_id = given_id if isinstance(given_id, str) else ""
            messages.append(CatalogEntrySkipped(str(file), skipped_id))
            continue
        seen[move.id] = move
        moves.append(move)
    return moves, messages


def _natural(move: Move) -> tuple[int, str, int]:
    m = re.match(r"^([A-Za-z]+)(\d+)$", move.id)
    rank = POSITIONS.index(move.position)
    return (rank, m.group(1), int(m.group(2))) if m else (rank, move.id, 0)


def parse_recipes(
    data: Mapping[str, Any], file: Path, moves: Mapping[str, Move]
) -> tuple[list[Recipe], list[Message]]:
    messages: list[Message] = []
    recipes: list[Recipe] = []
    entries = data.get("recipe", [])
    if not isinstance(entries, list):
        return [], [CatalogWrongType(str(file), "", "recipe", "list of recipes", entries)]
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        raw_id = entry.get("id") if isinstance(entry, dict) else None
        c = _Checker(str(file), raw_id if isinstance(raw_id, str) else f"recipe[{i}]")
        try:
            if not isinstance(entry, dict):
                c.fail(CatalogWrongType(c.file, c.move_id, f"recipe[{i}]", "table", entry))
                raise _Bad
            c.unknown_keys(entry, frozenset({"id", "name", "length_s", "option", "default"}), "")
            rid = c.text(entry, "id", "id")
            if rid in seen:
                c.fail(CatalogDuplicateId(c.file, rid, "id", c.file))
                raise _Bad
            name = c.text(entry, "name", "name")
            length = c.span(entry, "length_s", "length_s", 10, 3600, integer=True)
            default = c.get(entry, "default", "default", bool, "true or false", default=False)
            raw_options = c.get(entry, "option", "option", list, "list of options")
            options = tuple(
                _parse_option(c, o, f"option[{j}]", moves) for j, o in enumerate(raw_options)
            )
            if not options:
                c.fail(CatalogWrongCount(c.file, rid, "option", 0, 1, 99))
                raise _Bad
        except _Bad:
            messages += c.messages
            messages.append(CatalogEntrySkipped(c.file, c.move_id))
            continue
        messages += c.messages
        seen.add(rid)
        recipes.append(Recipe(rid, name, int(length[0]), int(length[1]), options, default))
    return recipes, messages


def _parse_option(
    c: _Checker, option: Any, path: str, moves: Mapping[str, Move]
) -> tuple[Slot, ...]:
    if not isinstance(option, dict):
        c.fail(CatalogWrongType(c.file, c.move_id, path, "table", option))
        raise _Bad
    slots = c.get(option, "slots", f"{path}.slots", list, "list of slots")
    out: list[Slot] = []
    for k, slot in enumerate(slots):
        where = f"{path}.slots[{k}]"
        if not isinstance(slot, dict):
            c.fail(CatalogWrongType(c.file, c.move_id, where, "table", slot))
            raise _Bad
        ids = c.texts(slot, "moves", f"{where}.moves", (1, 40))
        for m, move_id in enumerate(ids):
            if move_id not in moves:
                c.fail(CatalogUnknownMove(c.file, c.move_id, f"{where}.moves[{m}]", move_id))
                raise _Bad
        pick = c.span(slot, "pick", f"{where}.pick", 1, 10, integer=True, default=len(ids))
        areas = c.choices(slot, "areas", f"{where}.areas", AREAS, default=[])
        if not areas and pick[1] > len(ids):
            c.fail(CatalogOutOfRange(c.file, c.move_id, f"{where}.pick", pick[1], 1, len(ids)))
            raise _Bad
        duration = c.number(slot, "duration_s", f"{where}.duration_s", 5, 3600, default=None)
        out.append(
            Slot(
                ids,
                int(pick[0]),
                int(pick[1]),
                areas,
                float(duration) if duration is not None else None,
            )
        )
    return tuple(out)


def load_catalog(directory: Path, user_dir: Path | None = None) -> tuple[Catalog, list[Message]]:
    """The shipped library in `directory` (its moves/ folder and recipes.toml), plus the user's
    own moves from `user_dir` if given. Returns the catalog and every message, in file order.
    """
    shipped, messages = load_moves(directory / "moves")
    shipped.sort(key=_natural)
    by_id: dict[str, Move] = {m.id: m for m in shipped}
    if user_dir is not None:
        own, more = load_moves(user_dir, user=True, taken=by_id)
        messages += more
        by_id.update({m.id: m for m in own})
    recipes: list[Recipe] = []
    recipe_file = directory / "recipes.toml"
    if recipe_file.is_file():
        data, problem = _read_toml(recipe_file)
        if data is None:
            assert problem is not None
            messages.append(problem)
        else:
            recipes, more = parse_recipes(data, recipe_file, by_id)
            messages += more
    return Catalog(by_id, {r.id: r for r in recipes}), messages
