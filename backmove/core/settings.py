"""Every setting backmove has, defined once, and the settings file.

Each `Spec` carries the type, the unit (in the key's name: `interval_min`, `micro_break_s`), the
default (docs/evidence.md#defaults-at-a-glance), the allowed range (what validation accepts; wide,
so a test can run a 1-minute interval) and the recommended range (what the settings window
suggests). The settings window, the CLI and validation all read this one table.

The file is TOML. Loading never fails: a bad key falls back to its default, the rest is kept,
the original stays beside the file as `settings.toml.broken-<timestamp>`, and the caller gets
messages saying what happened. Saving is atomic (write a temporary file, fsync, rename).

Versioning rule for `SCHEMA_VERSION`: adding a key needs no bump (it simply gets its default);
renaming or removing a key, or changing what a value means, bumps the version and adds a
migration from the old version to the new one in `MIGRATIONS`.
"""

from __future__ import annotations

import itertools
import os
import re
import tomllib
from collections.abc import Callable, Iterator, Mapping
from datetime import date, time
from pathlib import Path
from typing import Any

import tomli_w

from backmove.core.files import SMALL_FILE_LIMIT, make_private_dirs, read_bounded
from backmove.core.messages import (
    Message,
    SettingBadFormat,
    SettingEntriesDropped,
    SettingListTrimmed,
    SettingNotAChoice,
    SettingOutOfRange,
    SettingOutsideRecommended,
    SettingsFileNewer,
    SettingsFileRepaired,
    SettingsFileUnreadable,
    SettingsNotSaved,
    SettingsUnknownMany,
    SettingUnknown,
    SettingWrongType,
)
from backmove.core.record import Record

SCHEMA_VERSION = 1

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
AREAS: tuple[str, ...] = (
    "low_back",
    "hips",
    "neck",
    "shoulders",
    "upper_back",
    "wrists",
    "legs",
)
GROUPS: tuple[str, ...] = ("Schedule", "Breaks", "Quiet", "Tracking", "Devices", "General")

DAYS_OFF_MAX = 400
"""Days off kept: more than a year of them. A file with more keeps the latest 400 (those still
to come matter; the oldest have passed) and says so."""
SHOWN_CHARS = 60
"""Characters of a refused value quoted in a message; the rest is cut off with an ellipsis."""

_TIME_RE = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_RANGE_RE = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")


class Spec(Record):
    """One setting. `kind` is one of: int, bool, choice, time, hours, dates, int_list, areas,
    text (`hi` its length at most), folder (a full path, or empty)."""

    key: str
    kind: str
    default: Any
    group: str
    label: str
    help: str
    lo: float | None = None
    hi: float | None = None
    rec_lo: float | None = None
    rec_hi: float | None = None
    choices: tuple[str, ...] = ()
    max_items: int | None = None


def _weekday_hours(ranges: list[str]) -> dict[str, list[str]]:
    return {d: (list(ranges) if d in WEEKDAYS[:5] else []) for d in WEEKDAYS}


SPECS: tuple[Spec, ...] = (
    # --- Schedule ------------------------------------------------------------------------
    Spec(
        "working_hours",
        "hours",
        _weekday_hours(["09:00-17:30"]),
        "Schedule",
        "Working hours",
        "When backmove may suggest breaks, per weekday. Several ranges a day are allowed, "
        "for example 09:00-12:30 and 13:30-17:30 to keep lunch free. Outside them it stays "
        "quiet.",
    ),
    Spec(
        "days_off",
        "dates",
        [],
        "Schedule",
        "Days off",
        "Dates (YYYY-MM-DD) with no breaks at all: holidays, leave. They never break a streak.",
        max_items=DAYS_OFF_MAX,
    ),
    Spec(
        "interval_min",
        "int",
        30,
        "Schedule",
        "Minutes of activity before a break",
        "Only time at the keyboard and mouse counts; time away does not. Studies used 20 to "
        "30 minutes; more than 60 is long to sit without a change.",
        lo=1,
        hi=240,
        rec_lo=20,
        rec_hi=60,
    ),
    Spec(
        "micro_break_s",
        "int",
        120,
        "Schedule",
        "Stretch break length (seconds)",
        "A short break: stand up and do one to three moves. At least half of them work the "
        "low back, hips or trunk.",
        lo=10,
        hi=1800,
        rec_lo=30,
        rec_hi=300,
    ),
    Spec(
        "walk_break_min",
        "int",
        5,
        "Schedule",
        "Walk break length (minutes)",
        "A longer break to walk about, roughly once an hour. With floor moves on, a walk "
        "may give way to a short floor routine from 3 minutes, or to the full home "
        "strength routine from 7.",
        lo=1,
        hi=60,
        rec_lo=3,
        rec_hi=10,
    ),
    Spec(
        "walk_every_nth",
        "int",
        2,
        "Schedule",
        "Make every Nth break a walk",
        "2 means every second break is a walk. 0 means never.",
        lo=0,
        hi=20,
        rec_lo=2,
        rec_hi=4,
    ),
    Spec(
        "idle_threshold_min",
        "int",
        3,
        "Schedule",
        "Time away that counts as a break (minutes)",
        "If you leave the keyboard and mouse alone this long, backmove counts it as a break "
        "you took and starts counting again.",
        lo=1,
        hi=60,
        rec_lo=2,
        rec_hi=10,
    ),
    Spec(
        "warning_lead_s",
        "int",
        30,
        "Schedule",
        "Heads-up before a break (seconds)",
        "A quiet notification this long before a break, so you can finish a sentence. "
        "0 turns it off.",
        lo=0,
        hi=600,
        rec_lo=10,
        rec_hi=60,
    ),
    Spec(
        "natural_pause_wait_s",
        "int",
        180,
        "Schedule",
        "Wait for a pause in typing, at most (seconds)",
        "When a break is due while you are typing, backmove waits this long at most for a "
        "short pause, so it does not interrupt you mid-thought.",
        lo=0,
        hi=900,
        rec_lo=60,
        rec_hi=300,
    ),
    Spec(
        "natural_pause_quiet_s",
        "int",
        15,
        "Schedule",
        "A pause is this many quiet seconds",
        "How long without input counts as a pause in your work.",
        lo=1,
        hi=120,
        rec_lo=5,
        rec_hi=30,
    ),
    Spec(
        "daily_cap",
        "int",
        16,
        "Schedule",
        "Most breaks offered in a day",
        "backmove never offers more than this many breaks in one day.",
        lo=1,
        hi=100,
        rec_lo=8,
        rec_hi=20,
    ),
    Spec(
        "daily_goal",
        "int",
        6,
        "Schedule",
        "Daily goal: breaks completed",
        "Start easy. The goal rises by the weekly step toward the target.",
        lo=1,
        hi=50,
        rec_lo=4,
        rec_hi=16,
    ),
    Spec(
        "daily_goal_weekly_step",
        "int",
        1,
        "Schedule",
        "Raise the daily goal each week by",
        "Breaks added to the daily goal each week until it reaches the target. 0 keeps it fixed.",
        lo=0,
        hi=5,
        rec_lo=1,
        rec_hi=2,
    ),
    Spec(
        "daily_goal_target",
        "int",
        12,
        "Schedule",
        "Daily goal target",
        "Where the weekly steps stop. 12 to 16 is about one break every 30 minutes.",
        lo=1,
        hi=50,
        rec_lo=12,
        rec_hi=16,
    ),
    Spec(
        "adaptive_backoff",
        "bool",
        True,
        "Schedule",
        "Space breaks out when I skip many",
        "After 3 skipped breaks in a row, or more than half skipped in a day, the interval "
        "grows by 10 minutes (up to 60). It comes back after a good day.",
    ),
    # --- Breaks --------------------------------------------------------------------------
    Spec(
        "floor_moves",
        "bool",
        False,
        "Breaks",
        "Include floor moves",
        "Adds the 8 floor moves, among them the bridge, pelvic tilt, plank and bird dog, "
        "now and then in place of a walk. They need a mat and some space. Off keeps every "
        "break doable at a desk in office clothes.",
    ),
    Spec(
        "back_session",
        "bool",
        False,
        "Breaks",
        "Daily back session (optional)",
        "An extra 8 to 12 minutes of core strengthening once a day, standing and on a mat: "
        "pelvic tilts, bridges, a modified plank, bird dog and knee-to-chest, growing slowly "
        "over the weeks. backmove reminds you at the time below on working days. It is "
        "optional; you can also start it from the tray menu at any time.",
    ),
    Spec(
        "back_session_time",
        "time",
        "17:30",
        "Breaks",
        "Back session reminder at",
        "Local time, on working days, for example after work.",
    ),
    Spec(
        "focus_areas",
        "areas",
        [],
        "Breaks",
        "Focus areas",
        "Body areas to favour: their moves come more often and may stand in for others. At "
        "least half of every stretch break still works the low back, hips or trunk. Empty "
        "means a balanced mix.",
        choices=AREAS,
        max_items=len(AREAS),
    ),
    Spec(
        "full_screen_break",
        "bool",
        False,
        "Breaks",
        "Show breaks full screen",
        "Cover every screen during a break. Off shows a window you can move aside.",
    ),
    Spec("sound", "bool", False, "Breaks", "Soft chime at the start and end of a break", ""),
    Spec("notify_warning", "bool", True, "Breaks", "Heads-up notification before a break", ""),
    # --- Quiet ---------------------------------------------------------------------------
    Spec(
        "snooze_options_min",
        "int_list",
        [5, 10, 15],
        "Quiet",
        "Snooze choices (minutes)",
        "The lengths offered under Snooze.",
        lo=1,
        hi=120,
        rec_lo=5,
        rec_hi=30,
        max_items=5,
    ),
    Spec(
        "snooze_limit",
        "int",
        2,
        "Quiet",
        "Snoozes in a row",
        "After this many snoozes in a row the break is let go quietly and the count starts again.",
        lo=0,
        hi=10,
        rec_lo=1,
        rec_hi=3,
    ),
    Spec(
        "quiet_when_fullscreen",
        "bool",
        True,
        "Quiet",
        "Hold breaks while a window is full screen",
        "A break that falls due during a film or presentation waits until it ends, then comes "
        "once.",
    ),
    Spec(
        "quiet_when_dnd",
        "bool",
        True,
        "Quiet",
        "Hold breaks during Do Not Disturb",
        "Followed on GNOME, KDE Plasma, XFCE and with dunst; `backmove doctor` says whether "
        "your desktop's is seen.",
    ),
    Spec(
        "quiet_during_calls",
        "bool",
        True,
        "Quiet",
        "Hold breaks during video calls and presentations",
        "An app that keeps the screen awake (a video call, a slide show) counts as a meeting: "
        "a break that falls due waits until it ends, then comes once.",
    ),
    Spec(
        "meeting_default_min",
        "int",
        60,
        "Quiet",
        "Meeting mode lasts (minutes)",
        "How long meeting mode holds breaks unless you choose an end time.",
        lo=5,
        hi=480,
        rec_lo=15,
        rec_hi=120,
    ),
    # --- Tracking ------------------------------------------------------------------------
    Spec(
        "before_after_share_pct",
        "int",
        25,
        "Tracking",
        "Ask how your back feels before and after (percent of breaks)",
        "About one break in four keeps it quick. 0 never asks.",
        lo=0,
        hi=100,
        rec_lo=20,
        rec_hi=30,
    ),
    Spec(
        "end_of_day_rating",
        "bool",
        True,
        "Tracking",
        "Ask about my back at the end of the day",
        "One tap: how bad was your low back pain on average today. This is the main line of "
        "your trend.",
    ),
    Spec(
        "end_of_day_time",
        "time",
        "17:15",
        "Tracking",
        "End-of-day question at",
        "Local time, on working days.",
    ),
    Spec(
        "weekly_checkin",
        "bool",
        True,
        "Tracking",
        "Weekly check-in",
        "Once a week: where did you feel discomfort, and how much.",
    ),
    Spec(
        "weekly_checkin_day",
        "choice",
        "fri",
        "Tracking",
        "Weekly check-in day",
        "",
        choices=WEEKDAYS,
    ),
    Spec(
        "peg_enabled",
        "bool",
        False,
        "Tracking",
        "Add the PEG questions to the weekly check-in",
        "Three questions on pain and how it got in the way (Krebs et al. 2009).",
    ),
    # --- Devices (docs/devices.md) -------------------------------------------------------
    Spec(
        "sync_folder",
        "folder",
        "",
        "Devices",
        "Sync folder",
        "A folder your computers already sync (Syncthing, Nextcloud, a network share). "
        "Each of them keeps a copy of its history there, and every one shows them all. "
        "Empty: this computer works alone.",
        hi=4096,
    ),
    Spec(
        "device_name",
        "text",
        "",
        "Devices",
        "This computer's name",
        "How the other computers name this one. Empty: the computer's own name.",
        hi=64,
    ),
    # --- General -------------------------------------------------------------------------
    Spec("theme", "choice", "system", "General", "Theme", "", choices=("system", "light", "dark")),
    Spec(
        "reduced_motion",
        "bool",
        False,
        "General",
        "Reduce motion",
        "Show the key poses of each move side by side instead of animating them.",
    ),
    Spec(
        "language",
        "choice",
        "system",
        "General",
        "Language",
        "backmove changes language the next time it starts.",
        choices=("system", "en", "de"),
    ),
    Spec("autostart", "bool", False, "General", "Start backmove when I log in", ""),
)

SPEC_BY_KEY: dict[str, Spec] = {s.key: s for s in SPECS}
DEFAULTS: dict[str, Any] = {s.key: s.default for s in SPECS}

# Migrations: MIGRATIONS[n] turns a version-n mapping into a version n+1 mapping.
Migration = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: dict[int, Migration] = {}


# --- validation ----------------------------------------------------------------------------


def _minutes(text: str) -> int:
    hh, mm = text.split(":")
    return int(hh) * 60 + int(mm)


def _check_one(spec: Spec, value: Any) -> Message | None:
    k = spec.key
    if spec.kind == "bool":
        return None if isinstance(value, bool) else SettingWrongType(k, value, "true or false")
    if spec.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            return SettingWrongType(k, value, "a whole number")
        if spec.lo is not None and spec.hi is not None and not spec.lo <= value <= spec.hi:
            return SettingOutOfRange(k, value, spec.lo, spec.hi)
        return None
    if spec.kind == "choice":
        if not isinstance(value, str):
            return SettingWrongType(k, value, "text")
        return None if value in spec.choices else SettingNotAChoice(k, value, spec.choices)
    if spec.kind == "time":
        if not isinstance(value, str):
            return SettingWrongType(k, value, "a time as text")
        return None if _TIME_RE.match(value) else SettingBadFormat(k, value, "HH:MM")
    if spec.kind == "dates":
        if not isinstance(value, list):
            return SettingWrongType(k, value, "a list of dates")
        if spec.max_items is not None and len(value) > spec.max_items:
            return SettingOutOfRange(k, len(value), 0, spec.max_items)
        for item in value:
            if not isinstance(item, str):
                return SettingBadFormat(k, item, "YYYY-MM-DD")
            try:
                date.fromisoformat(item)
            except ValueError:
                return SettingBadFormat(k, item, "YYYY-MM-DD")
        return None
    if spec.kind == "int_list":
        if not isinstance(value, list) or not value:
            return SettingWrongType(k, value, "a list of whole numbers")
        if spec.max_items is not None and len(value) > spec.max_items:
            return SettingOutOfRange(k, len(value), 1, spec.max_items)
        for item in value:
            if isinstance(item, bool) or not isinstance(item, int):
                return SettingWrongType(k, item, "a whole number")
            assert spec.lo is not None and spec.hi is not None
            if not spec.lo <= item <= spec.hi:
                return SettingOutOfRange(k, item, spec.lo, spec.hi)
        return None
    if spec.kind == "areas":
        if not isinstance(value, list):
            return SettingWrongType(k, value, "a list of body areas")
        for item in value:
            if item not in spec.choices:
                return SettingNotAChoice(k, item, spec.choices)
        return None
    if spec.kind == "hours":
        return _check_hours(k, value)
    if spec.kind in ("text", "folder"):
        if not isinstance(value, str):
            return SettingWrongType(k, value, "text")
        assert spec.hi is not None
        if len(value) > spec.hi or not value.isprintable():
            return SettingBadFormat(k, value, f"at most {int(spec.hi)} printable characters")
        if (
            spec.kind == "folder"
            and value
            and not (value.startswith(("/", "~")) or re.match(r"^[A-Za-z]:[\\/]", value))
        ):
            return SettingBadFormat(k, value, "a full path to a folder")
        return None
    raise AssertionError(f"unknown kind {spec.kind}")


def _check_hours(k: str, value: Any) -> Message | None:
    if not isinstance(value, dict):
        return SettingWrongType(k, value, "a table of weekdays")
    for day, ranges in value.items():
        if day not in WEEKDAYS:
            return SettingNotAChoice(k, day, WEEKDAYS)
        if not isinstance(ranges, list):
            return SettingWrongType(k, ranges, 'a list of ranges such as "09:00-17:30"')
        spans = []
        for r in ranges:
            if not isinstance(r, str) or not _RANGE_RE.match(r):
                return SettingBadFormat(k, r, "HH:MM-HH:MM")
            start, end = (_minutes(p) for p in r.split("-"))
            if end <= start or end > 24 * 60:
                return SettingBadFormat(k, r, "a start before its end, within one day")
            spans.append((start, end, r))
        spans.sort()
        for (_, e1, _), (s2, _, r2) in itertools.pairwise(spans):
            if s2 < e1:
                return SettingBadFormat(k, r2, "ranges that do not overlap")
    return None


def validate(key: str, value: Any) -> Message | None:
    """None if `value` is acceptable for `key`, else a message saying what is wrong."""
    spec = SPEC_BY_KEY.get(key)
    if spec is None:
        return SettingUnknown(key)
    return _check_one(spec, value)


def advise(key: str, value: Any) -> Message | None:
    """A note when an allowed value lies outside the recommended range, else None."""
    spec = SPEC_BY_KEY[key]
    if spec.rec_lo is None or spec.rec_hi is None:
        return None
    values = value if isinstance(value, list) else [value]
    for v in values:
        if isinstance(v, int) and not spec.rec_lo <= v <= spec.rec_hi:
            return SettingOutsideRecommended(key, v, spec.rec_lo, spec.rec_hi)
    return None


def _normalise(key: str, value: Any) -> Any:
    if key == "working_hours":
        merged: dict[str, list[str]] = {d: [] for d in WEEKDAYS}
        merged.update({d: sorted(r) for d, r in value.items()})
        return merged
    if key == "days_off":
        return sorted(set(value))
    return value


# --- the settings object --------------------------------------------------------------------


class Settings(Mapping[str, Any]):
    """An immutable, validated set of every setting. `replace` gives a new one."""

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, Any] | None = None) -> None:
        merged = dict(DEFAULTS)
        for key, value in (values or {}).items():
            problem = validate(key, value)
            if problem is not None:
                raise ValueError(problem)
            merged[key] = _normalise(key, value)
        self._values = merged

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        changed = {k: v for k, v in self._values.items() if v != DEFAULTS[k]}
        return f"Settings({changed!r})"

    def replace(self, **changes: Any) -> Settings:
        return Settings({**self._values, **changes})

    def as_dict(self) -> dict[str, Any]:
        return dict(self._values)

    # Typed views the planner and the UI need often.

    def working_ranges(self, weekday: int) -> list[tuple[time, time | None]]:
        """Working ranges for a weekday (0 = Monday), as (start, end); end None is midnight."""
        out: list[tuple[time, time | None]] = []
        for r in self._values["working_hours"][WEEKDAYS[weekday]]:
            start, end = r.split("-")
            sm, em = _minutes(start), _minutes(end)
            out.append(
                (time(sm // 60, sm % 60), None if em == 24 * 60 else time(em // 60, em % 60))
            )
        return out

    def days_off(self) -> frozenset[date]:
        return frozenset(date.fromisoformat(d) for d in self._values["days_off"])


def _brief(value: Any) -> Any:
    """`value` as a message may quote it: a long text or a whole table cut to a few words."""
    if isinstance(value, (bool, int, float)) or value is None:
        return value
    text = str(value)
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "…"


_ENTRY_EXPECTED = {"dates": "YYYY-MM-DD", "areas": "a body area", "int_list": "a whole number"}


def _good_entry(spec: Spec, item: Any) -> bool:
    if spec.kind == "dates":
        if not isinstance(item, str):
            return False
        try:
            date.fromisoformat(item)
        except ValueError:
            return False
        return True
    if spec.kind == "areas":
        return isinstance(item, str) and item in spec.choices
    assert spec.lo is not None and spec.hi is not None
    return not isinstance(item, bool) and isinstance(item, int) and spec.lo <= item <= spec.hi


def _repair_list(spec: Spec, value: list[Any]) -> tuple[list[Any] | None, list[Message]]:
    """The entries of a list setting that are good, and a message for what was left out.

    A list is many values: one bad date among a year of days off costs that date, not the
    year. Past `max_items` the latest dates are kept (the others have passed), or the first
    entries of any other list. None when nothing usable is left: the default applies."""
    messages: list[Message] = []
    good = [item for item in value if _good_entry(spec, item)]
    if len(good) < len(value):
        first_bad = next(item for item in value if not _good_entry(spec, item))
        expected = _ENTRY_EXPECTED[spec.kind]
        dropped = len(value) - len(good)
        messages.append(SettingEntriesDropped(spec.key, dropped, _brief(first_bad), expected))
    if spec.kind in ("dates", "areas"):
        good = list(dict.fromkeys(good))
    if spec.max_items is not None and len(good) > spec.max_items:
        messages.append(SettingListTrimmed(spec.key, len(good), spec.max_items))
        if spec.kind == "dates":
            good = sorted(good, key=date.fromisoformat)[-spec.max_items :]
        else:
            good = good[: spec.max_items]
    if spec.kind == "int_list" and not good:  # a list to choose from needs an entry
        if not messages:
            messages.append(SettingWrongType(spec.key, value, "a list of whole numbers"))
        return None, messages
    return good, messages


_LIST_KINDS = frozenset(_ENTRY_EXPECTED)


def check_values(raw: Mapping[str, Any]) -> tuple[dict[str, Any], list[Message]]:
    """Split raw values into the good ones and messages for the rest.

    Keys backmove does not know are told once: by name when there is one, as a count when
    there are more (a file of twenty thousand is one message, not twenty thousand). A list
    keeps its good entries."""
    good: dict[str, Any] = {}
    problems: list[Message] = []
    unknown: list[str] = []
    for key, value in raw.items():
        spec = SPEC_BY_KEY.get(key)
        if spec is None:
            unknown.append(key)
            continue
        if spec.kind in _LIST_KINDS and isinstance(value, list):
            kept, notes = _repair_list(spec, value)
            if kept is not None:
                good[key] = kept
            problems += notes
            continue
        problem = _check_one(spec, value)
        if problem is None:
            good[key] = value
        else:
            problems.append(problem)
    if len(unknown) == 1:
        problems.append(SettingUnknown(unknown[0]))
    elif unknown:
        problems.append(SettingsUnknownMany(len(unknown)))
    return good, problems


def _problem_keys(problems: list[Message]) -> tuple[str, ...]:
    """The keys named by `problems`, each once; many unknown keys are one count, not named."""
    return tuple(dict.fromkeys(str(p.params()["key"]) for p in problems if "key" in p.params()))


# --- the file ----------------------------------------------------------------------------


class LoadResult(Record):
    settings: Settings
    messages: tuple[Message, ...]
    read_only: bool = False
    """True when the file came from a newer backmove: use it, never overwrite it."""


def migrate(
    raw: dict[str, Any], from_version: int, migrations: Mapping[int, Migration] | None = None
) -> dict[str, Any]:
    """Run the migrations from `from_version` up to SCHEMA_VERSION, in order."""
    steps = MIGRATIONS if migrations is None else migrations
    data = dict(raw)
    for v in range(from_version, SCHEMA_VERSION):
        step = steps.get(v)
        if step is not None:
            data = step(data)
    return data


def _keep_aside(path: Path, stamp: str) -> Path | None:
    """A copy of `path` beside it; None when none could be written (a read-only folder, a
    full disk), and then the original must not be overwritten either."""
    target = path.with_name(f"{path.name}.broken-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.broken-{stamp}-{n}")
    try:
        content = read_bounded(path, SMALL_FILE_LIMIT)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(content)
    except OSError:
        target.unlink(missing_ok=True)
        return None
    return target


def load(path: Path, stamp: str, migrations: Mapping[int, Migration] | None = None) -> LoadResult:
    """Read the settings file at `path`; never raises for what is inside it.

    `stamp` names the copy kept beside a broken file (the caller takes it from its Clock,
    for example "20260330-091500"). A missing file gives the defaults and no message.
    """
    if not path.exists():
        return LoadResult(Settings(), ())
    try:
        # Only a regular file within the limit is read: a FIFO would block the start, a link
        # to /dev/zero would read until memory runs out.
        text = read_bounded(path, SMALL_FILE_LIMIT)
    except OSError as exc:  # not readable by this user, a folder, a device, too large
        detail = exc.strerror or str(exc)
        return LoadResult(Settings(), (SettingsFileUnreadable(str(path), detail, str(path)),))
    try:
        # tomllib recurses once per level of nesting: a deep enough file exhausts the stack.
        raw = tomllib.loads(text.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError) as exc:
        kept = _keep_aside(path, stamp)
        unreadable = SettingsFileUnreadable(str(path), str(exc), str(kept or path))
        saved = None if kept is None else save(path, Settings())
        return LoadResult(Settings(), (unreadable,) if saved is None else (unreadable, saved))

    version = raw.pop("schema_version", SCHEMA_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        version = SCHEMA_VERSION
    if version > SCHEMA_VERSION:
        good, _ = check_values(raw)
        note = SettingsFileNewer(str(path), version, SCHEMA_VERSION)
        return LoadResult(Settings(good), (note,), read_only=True)

    raw = migrate(raw, version, migrations)
    good, problems = check_values(raw)
    problems = [
        SettingsUnknownMany(p.count, str(path)) if isinstance(p, SettingsUnknownMany) else p
        for p in problems
    ]
    settings = Settings(good)
    if not problems and version == SCHEMA_VERSION:
        return LoadResult(settings, ())
    messages: list[Message] = list(problems)
    if problems:
        kept = _keep_aside(path, stamp)
        messages.append(SettingsFileRepaired(str(path), str(kept or path), _problem_keys(problems)))
        if kept is None:
            return LoadResult(settings, tuple(messages))
    saved = save(path, settings)
    if saved is not None:
        messages.append(saved)
    return LoadResult(settings, tuple(messages))


def dumps(settings: Settings) -> str:
    body = {"schema_version": SCHEMA_VERSION, **settings.as_dict()}
    header = (
        "# backmove settings. Edit with the app's Settings window, or here while backmove is\n"
        "# not running. A bad value is reset to its default and the original kept beside.\n"
    )
    return header + tomli_w.dumps(body)


def save(path: Path, settings: Settings) -> SettingsNotSaved | None:
    """Write atomically: a reader sees the old file or the new one, never half of one."""
    try:
        make_private_dirs(path.parent)
        import tempfile  # here: every command reads the settings, few write them

        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)  # 0600
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(dumps(settings))
                fh.flush()
                os.fsync(fh.fileno())
            Path(tmp).replace(path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        return SettingsNotSaved(str(path), exc.strerror or str(exc))
    return None


def load_or_create(path: Path, stamp: str) -> LoadResult:
    """`load`, and on a first start the defaults written out, so the user finds a settings
    file to read and edit; a file that could not be written is one more message."""
    result = load(path, stamp)
    if path.exists():
        return result
    problem = save(path, result.settings)
    if problem is None:
        return result
    return LoadResult(result.settings, (*result.messages, problem), result.read_only)
