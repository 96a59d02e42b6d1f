"""Words for the core's message codes, shared by the CLI and the UI.

The core says what happened as a code with parameters; this module is the one place that
turns it into a sentence, through `ui.i18n.translate` so German (or any language) is a
translation file, not a rewrite. It imports no Qt, so the commands that draw nothing can use
it. Every template names what was wrong and what happens next.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

from backmove.core.clock import Clock
from backmove.core.kinds import BreakKind
from backmove.core.messages import Message
from backmove.core.planner import State, Status
from backmove.core.settings import SPEC_BY_KEY
from backmove.ui.i18n import QT_TRANSLATE_NOOP, translate

_CTX = "messages"

TEMPLATES: dict[str, str] = {
    "setting_unknown": QT_TRANSLATE_NOOP(
        "messages", "Setting “{key}” is not one backmove knows; it was left out."
    ),
    "settings_unknown_many": QT_TRANSLATE_NOOP(
        "messages", "{count} settings backmove does not know were left out of {path}."
    ),
    "setting_entries_dropped": QT_TRANSLATE_NOOP(
        "messages",
        "Entries of {label} ({key}) left out: {count}, the first of them {value} (expected: "
        "{expected}); the other entries are kept.",
    ),
    "setting_list_trimmed": QT_TRANSLATE_NOOP(
        "messages",
        "{label} ({key}) lists {count} entries, more than the {limit} backmove keeps; it kept "
        "{limit} (of days off, the latest) and left out the rest.",
    ),
    "folder_too_open": QT_TRANSLATE_NOOP(
        "messages",
        "Other users may write into the folder {path} (mode {mode}). backmove keeps its own "
        "files in it private and leaves the folder as it is; use a folder of your own, or "
        "make this one private (chmod 700).",
    ),
    "setting_wrong_type": QT_TRANSLATE_NOOP(
        "messages",
        "{label} ({key}) should be {expected}, not {value}; it is back at its default, {default}.",
    ),
    "setting_out_of_range": QT_TRANSLATE_NOOP(
        "messages",
        "{label} ({key}) must be between {lo} and {hi}, not {value}; it is back at "
        "its default, {default}.",
    ),
    "setting_not_a_choice": QT_TRANSLATE_NOOP(
        "messages",
        "{label} ({key}) cannot be {value}; the choices are {choices}. It is back "
        "at its default, {default}.",
    ),
    "setting_bad_format": QT_TRANSLATE_NOOP(
        "messages",
        "{label} ({key}) has {value}, which should be {expected}; it is back at "
        "its default, {default}.",
    ),
    "setting_outside_recommended": QT_TRANSLATE_NOOP(
        "messages", "{value} is allowed, but {lo}–{hi} is what we suggest for {label}."
    ),
    "settings_file_unreadable": QT_TRANSLATE_NOOP(
        "messages",
        "The settings file {path} could not be read ({detail}). backmove is using "
        "its defaults; your file was kept as {kept_as}.",
    ),
    "settings_file_repaired": QT_TRANSLATE_NOOP(
        "messages",
        "Some settings in {path} were not valid and are back at their defaults; "
        "the rest are kept. Your original file was kept as {kept_as}.",
    ),
    "settings_file_newer": QT_TRANSLATE_NOOP(
        "messages",
        "The settings file {path} was written by a newer backmove (version "
        "{version}; this one knows {supported}). backmove reads what it understands "
        "and will not change the file.",
    ),
    "settings_not_saved": QT_TRANSLATE_NOOP(
        "messages",
        "Settings could not be saved to {path} ({detail}). They apply until "
        "backmove quits; check that the disk has space and the folder is writable.",
    ),
    # --- storage ---------------------------------------------------------------------------
    "database_recovered": QT_TRANSLATE_NOOP(
        "messages",
        "Your backmove database {path} could not be used ({reason}). It was kept "
        "as {kept_as} and a new, empty one was started; nothing was deleted.",
    ),
    "database_upgraded": QT_TRANSLATE_NOOP(
        "messages",
        "Your backmove database was upgraded from version {from_version} to "
        "{to_version}. A copy of the old one is at {backup}.",
    ),
    "database_newer": QT_TRANSLATE_NOOP(
        "messages",
        "The database {path} was written by a newer backmove (version {version}; "
        "this one knows {supported}). It was left untouched. Install the newer "
        "backmove, or start this one with another folder (--home).",
    ),
    "database_foreign": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is an SQLite file that belongs to another program. backmove left "
        "it untouched; move it away or start backmove with another folder (--home).",
    ),
    "migration_failed": QT_TRANSLATE_NOOP(
        "messages",
        "Upgrading the database {path} to version {version} failed ({detail}). "
        "Nothing was changed; the copy made before the upgrade is beside it.",
    ),
    "database_locked": QT_TRANSLATE_NOOP(
        "messages",
        "The database {path} is busy in another program, so the last record could "
        "not be saved. backmove keeps running and saves the next one; if this keeps "
        "happening, close other programs using it.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "messages",
        "The disk holding {path} is full, so the last record could not be saved. "
        "backmove keeps running; free some space and it will save again.",
    ),
    "database_not_writable": QT_TRANSLATE_NOOP(
        "messages",
        "backmove cannot write to {path} (the file or its folder is read-only). "
        "Breaks still run; backmove tries again each minute and saves once it is "
        "writable.",
    ),
    "database_damaged": QT_TRANSLATE_NOOP(
        "messages",
        "The database {path} is damaged. backmove will keep it aside and start a "
        "fresh one next time it starts; your daily backups are in the backups "
        "folder (backmove restore FILE).",
    ),
    "storage_unavailable": QT_TRANSLATE_NOOP(
        "messages",
        "The database {path} could not be used ({detail}). Breaks still run; "
        "backmove tries again each minute and saves once it can.",
    ),
    "backup_unusable": QT_TRANSLATE_NOOP(
        "messages", "{path} cannot be restored ({reason}). Nothing was changed."
    ),
    "backup_refused": QT_TRANSLATE_NOOP(
        "messages", "{path} cannot be restored: {why}. Nothing was changed."
    ),
    "backups_dated_ahead": QT_TRANSLATE_NOOP(
        "messages",
        "{count} backups in {folder} are dated after now (the latest is {newest}): the clock "
        "was set ahead when they were made. backmove keeps them, and keeps its seven daily "
        "backups besides; delete them yourself once you no longer need them.",
    ),
    "database_restored": QT_TRANSLATE_NOOP(
        "messages", "Restored {backup}. The database you had before is kept as {kept_as}."
    ),
    "import_target_not_empty": QT_TRANSLATE_NOOP(
        "messages",
        "The database {path} already holds records, so nothing was imported. "
        "Import into a new, empty folder (--home DIR).",
    ),
    "import_file_invalid": QT_TRANSLATE_NOOP(
        "messages", "{file} is not a usable export ({detail}). Nothing was imported."
    ),
    "import_row_invalid": QT_TRANSLATE_NOOP(
        "messages", "{file}, row {row}: {detail}. Nothing was imported."
    ),
    "import_version_mismatch": QT_TRANSLATE_NOOP(
        "messages",
        "{file} comes from database version {version}; this backmove imports "
        "version {supported}. Nothing was imported.",
    ),
    # --- the move library ------------------------------------------------------------------
    "catalog_file_unreadable": QT_TRANSLATE_NOOP(
        "messages", "The move file {file} could not be read ({detail})."
    ),
    "catalog_field_missing": QT_TRANSLATE_NOOP(
        "messages", "In {file}, move {move_id} has no “{field}”."
    ),
    "catalog_wrong_type": QT_TRANSLATE_NOOP(
        "messages", "In {file}, move {move_id}: “{field}” should be {expected}, not {value}."
    ),
    "catalog_not_a_choice": QT_TRANSLATE_NOOP(
        "messages",
        "In {file}, move {move_id}: “{field}” cannot be {value}; the choices are {choices}.",
    ),
    "catalog_out_of_range": QT_TRANSLATE_NOOP(
        "messages",
        "In {file}, move {move_id}: “{field}” must be between {lo} and {hi}, not {value}.",
    ),
    "catalog_wrong_count": QT_TRANSLATE_NOOP(
        "messages", "In {file}, move {move_id}: “{field}” has {count} items; it needs {lo} to {hi}."
    ),
    "catalog_bad_dose": QT_TRANSLATE_NOOP(
        "messages", "In {file}, move {move_id}: the dose in “{field}” does not add up ({problem})."
    ),
    "catalog_duplicate_id": QT_TRANSLATE_NOOP(
        "messages", "In {file}, the id {move_id} is already used by {first_file}."
    ),
    "catalog_unknown_joint": QT_TRANSLATE_NOOP(
        "messages",
        "In {file}, move {move_id}: “{field}” names {name}, which the figure does not have.",
    ),
    "catalog_unknown_move": QT_TRANSLATE_NOOP(
        "messages",
        "In {file}, {move_id}: “{field}” names the move {unknown}, which is not in the library.",
    ),
    "catalog_path_outside": QT_TRANSLATE_NOOP(
        "messages",
        "In {file}, move {move_id}: “{field}” points outside the moves folder "
        "({value}); backmove only reads files inside it.",
    ),
    "catalog_file_missing": QT_TRANSLATE_NOOP(
        "messages",
        "In {file}, move {move_id}: “{field}” names {value}, which is not there or "
        "is not a picture backmove can show.",
    ),
    "catalog_unknown_field": QT_TRANSLATE_NOOP(
        "messages",
        "In {file}, move {move_id}: “{field}” is not a field backmove knows; it was ignored.",
    ),
    "catalog_entry_skipped": QT_TRANSLATE_NOOP(
        "messages",
        "So {move_id} from {file} is left out of your breaks; every other move is "
        "there. Fix the file and restart backmove to get it back.",
    ),
    # --- the desktop --------------------------------------------------------------------------
    "autostart_not_written": QT_TRANSLATE_NOOP(
        "messages",
        "backmove could not set itself to start at login: {location} could not be "
        "written ({detail}).",
    ),
    "autostart_not_removed": QT_TRANSLATE_NOOP(
        "messages",
        "backmove could not stop itself starting at login: {location} could not be "
        "removed ({detail}). Remove it by hand to stop it.",
    ),
    "desktop_icons_written": QT_TRANSLATE_NOOP(
        "messages", "Installed the backmove icon at {sizes} px and as SVG in {folder}."
    ),
    "desktop_metainfo_written": QT_TRANSLATE_NOOP(
        "messages", "Wrote the description that software centres show: {path}."
    ),
    "desktop_entry_written": QT_TRANSLATE_NOOP(
        "messages", "Added backmove to the applications menu: {path}. It runs {command}."
    ),
    "desktop_file_not_written": QT_TRANSLATE_NOOP(
        "messages",
        "Could not write {path} ({detail}), so backmove is not in the menu. "
        "`backmove install-desktop --uninstall` removes what was written before "
        "it.",
    ),
    "desktop_cache_not_updated": QT_TRANSLATE_NOOP(
        "messages",
        "{tool} failed ({detail}); the menu may show the change only after you log in again.",
    ),
    "desktop_files_removed": QT_TRANSLATE_NOOP(
        "messages", "Removed backmove's menu entry, description and icons from {folder}."
    ),
    "desktop_nothing_to_remove": QT_TRANSLATE_NOOP(
        "messages", "backmove was not in the menu under {folder}; nothing was removed."
    ),
    "desktop_file_not_removed": QT_TRANSLATE_NOOP(
        "messages", "Could not remove {path} ({detail}); delete it by hand."
    ),
    "desktop_unsupported": QT_TRANSLATE_NOOP(
        "messages",
        "This system ({platform}) has no freedesktop applications menu; nothing was changed.",
    ),
    "catalog_file_skipped": QT_TRANSLATE_NOOP(
        "messages",
        "So the moves in {file} are left out of your breaks; every other move is "
        "there. Fix the file and restart backmove to get them back.",
    ),
    "copy_skipped_newer": QT_TRANSLATE_NOOP(
        "messages",
        "{path} was written by a newer backmove (version {version}); its history is not "
        "shown here until this computer has the newer backmove too. Nothing of yours changed.",
    ),
    "copy_skipped_damaged": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is damaged, so its history is not shown here; it is read again once the "
        "other computer publishes a new copy. Nothing of yours changed.",
    ),
    "copy_skipped_conflict": QT_TRANSLATE_NOOP(
        "messages",
        "{path} is a copy your sync tool made of a conflict; backmove does not read it. "
        "You may delete it.",
    ),
    "copy_skipped_unknown": QT_TRANSLATE_NOOP(
        "messages",
        "{path} looks like a backmove file but is none backmove wrote; it is not read.",
    ),
    "copy_skipped_own": QT_TRANSLATE_NOOP(
        "messages",
        "{path} carries this computer's id but another installation writes it too (a data "
        "folder copied to a second computer?); it is not read. On the copy, delete "
        "device.json before its next start so it takes an id of its own.",
    ),
    "copy_skipped_foreign": QT_TRANSLATE_NOOP(
        "messages", "{path} is not a backmove database; it is not read."
    ),
    "working_alone": QT_TRANSLATE_NOOP(
        "messages",
        "The sync folder {path} is not there (a share not mounted?), so backmove works "
        "alone on this computer: your history here is kept as always, and the other "
        "computers' history is shown again once the folder is back.",
    ),
    "sync_folder_open": QT_TRANSLATE_NOOP(
        "messages",
        "Other users of this computer may look into the sync folder {path} (mode {mode}). "
        "backmove's files in it are private (0600), but make the folder private too "
        "(chmod 700).",
    ),
    "publish_failed": QT_TRANSLATE_NOOP(
        "messages",
        "backmove could not write this computer's copy into the sync folder {path} "
        "({detail}). Your history here is safe; it tries again after the next break.",
    ),
}

EFFECTS: dict[str, str] = {  # what each probe's state means for the user (platform.probe.Effect)
    "idle_measured": QT_TRANSLATE_NOOP(
        "messages", "breaks follow your real activity: only time at the keyboard and mouse counts"
    ),
    "idle_wall_clock": QT_TRANSLATE_NOOP(
        "messages", "breaks come by the clock, and time away is not noticed"
    ),
    "suspend_events": QT_TRANSLATE_NOOP(
        "messages", "a sleep counts as a break, and nothing pops up right after waking"
    ),
    "suspend_clock_gap": QT_TRANSLATE_NOOP(
        "messages", "a sleep still counts as a break, noticed from the clock"
    ),
    "fullscreen_detected": QT_TRANSLATE_NOOP(
        "messages", "breaks wait while a film or presentation is full screen"
    ),
    "fullscreen_unknown": QT_TRANSLATE_NOOP(
        "messages",
        "backmove cannot tell when you present or watch full screen, so use Pause or Meeting "
        "mode then",
    ),
    "dnd_followed": QT_TRANSLATE_NOOP("messages", "breaks wait while Do Not Disturb is on"),
    "dnd_unknown": QT_TRANSLATE_NOOP(
        "messages",
        "backmove cannot see the desktop's Do Not Disturb, so use Pause or Meeting mode for "
        "quiet time",
    ),
    "calls_followed": QT_TRANSLATE_NOOP(
        "messages",
        "breaks wait while an app keeps the screen awake, as video calls and slide shows do",
    ),
    "calls_unknown": QT_TRANSLATE_NOOP(
        "messages", "backmove cannot tell when you are in a call, so use Meeting mode then"
    ),
}


def effect(code: str) -> str:
    """The user-facing meaning of a probe's state (see platform.probe.Effect)."""
    template = EFFECTS.get(str(code))
    return translate(_CTX, template) if template else str(code)


REASONS: dict[str, str] = {
    "empty": QT_TRANSLATE_NOOP("messages", "the file was empty"),
    "not_sqlite": QT_TRANSLATE_NOOP("messages", "it is not a database file"),
    "truncated": QT_TRANSLATE_NOOP("messages", "the file is cut short"),
    "corrupt": QT_TRANSLATE_NOOP("messages", "the file is damaged"),
    "missing": QT_TRANSLATE_NOOP("messages", "the file does not exist"),
    "unreadable": QT_TRANSLATE_NOOP("messages", "the file cannot be read"),
    "not_backmove": QT_TRANSLATE_NOOP("messages", "it is not a backmove database"),
    "same_file": QT_TRANSLATE_NOOP(
        "messages", "it is the database backmove uses; choose a backup from the backups folder"
    ),
    "not_regular": QT_TRANSLATE_NOOP("messages", "it is not a regular file"),
    "too_large": QT_TRANSLATE_NOOP("messages", "it is larger than 2 GiB"),
}

REFUSALS: dict[str, str] = {
    "extra": QT_TRANSLATE_NOOP(
        "messages",
        "it holds the {name}, which backmove never makes (it could change or drop "
        "what backmove saves)",
    ),
    "missing": QT_TRANSLATE_NOOP("messages", "the {name} of backmove is missing from it"),
    "changed": QT_TRANSLATE_NOOP("messages", "its {name} is not the one backmove makes"),
    "integrity": QT_TRANSLATE_NOOP("messages", "SQLite's integrity check found: {name}"),
    "foreign_key": QT_TRANSLATE_NOOP(
        "messages", "a row refers to a record that is not there ({name})"
    ),
    "bad_value": QT_TRANSLATE_NOOP(
        "messages", "it holds a value backmove would never write ({name})"
    ),
}
"""Why a file backmove did not write is not restored (`BackupRefused.what`)."""


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ", ".join(_show(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_show(v)}" for k, v in value.items())
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def describe(message: Message) -> str:
    """One sentence for `message`, in the user's language."""
    params = {k: _show(v) for k, v in message.params().items()}
    spec = SPEC_BY_KEY.get(str(params.get("key", "")))
    if spec is not None:
        params.setdefault("label", translate("settings", spec.label))
        params.setdefault("default", _show(spec.default) or "none")
    if "reason" in params and params["reason"] in REASONS:
        params["reason"] = translate(_CTX, REASONS[params["reason"]])
    if message.code == "backup_refused" and params.get("what") in REFUSALS:
        why = translate(_CTX, REFUSALS[params["what"]])
        params["why"] = why.format_map(_Missing(params))
    code = message.code
    if code == "copy_skipped":
        code = f"copy_skipped_{message.params()['reason']}"
    if code == "catalog_entry_skipped" and not params.get("move_id"):
        code = "catalog_file_skipped"  # the file could not be read far enough to know the move
    template = TEMPLATES.get(code)
    if template is None:
        detail = ", ".join(f"{k}={v}" for k, v in params.items())
        return f"{message.code}: {detail}"
    try:
        return translate(_CTX, template).format(**params)
    except (KeyError, IndexError):
        return template.format_map(_Missing(params))


class _Missing(dict[str, Any]):
    """Leaves an unknown {placeholder} visible rather than failing on a bad translation."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


# --- breaks and the planner's state: the one place that words a break's kind -----------------


def kind_name(kind: BreakKind | str | None) -> str:
    """The kind as a noun in a sentence: "stretch", "walk" or "back session"."""
    if kind == BreakKind.WALK:
        return translate("Words", "walk")
    if kind == BreakKind.SESSION:
        return translate("Words", "back session")
    return translate("Words", "stretch")


SAID_WITHIN_S = 10.0
"""How far the length a break is announced with may be from the length its window then counts
down: a "2-min stretch" that shows 1:19 left on its first screen reads as a broken promise."""


def kind_words(kind: BreakKind | str | None, length_s: float | None) -> str:
    """A break's length and kind as the prompt and the heads-up say it: "2-min stretch".

    Whole minutes when they are within `SAID_WITHIN_S` of the length, else minutes and seconds
    (to 5 s): "2 min 15 s stretch"."""
    length = length_s or 0.0
    minutes = max(1, round(length / 60))
    close = abs(length - 60 * minutes) <= SAID_WITHIN_S
    if kind == BreakKind.SESSION:
        # Eight to twelve minutes that the user paces: whole minutes are all it needs.
        return translate("Words", "%n-min back session", "", minutes)
    if kind == BreakKind.WALK:
        if close or length < 60:
            return translate("Words", "%n-min walk", "", minutes)
        m, sec = divmod(5 * round(length / 5), 60)
        return translate("Words", "{m} min {s} s walk").format(m=m, s=sec)
    if length < 60:
        return translate("Words", "%n-second stretch", "", int(length))
    if close:
        return translate("Words", "%n-min stretch", "", minutes)
    m, sec = divmod(5 * round(length / 5), 60)
    return translate("Words", "{m} min {s} s stretch").format(m=m, s=sec)


def _weekday(day: int) -> str:
    """The short name of a weekday (0 is Monday), in the user's language."""
    names = (
        translate("Words", "Mon"),
        translate("Words", "Tue"),
        translate("Words", "Wed"),
        translate("Words", "Thu"),
        translate("Words", "Fri"),
        translate("Words", "Sat"),
        translate("Words", "Sun"),
    )
    return names[day]


def hours_begin_words(start: datetime, now: datetime) -> str:
    """When working hours begin, as near as the user thinks of it: "Working hours begin at
    13:30" today, "tomorrow at 09:00", "Mon 09:00" within the week, else with the date."""
    at = start.strftime("%H:%M")
    days = (start.date() - now.date()).days
    if days <= 0:
        return translate("Words", "Working hours begin at {time}").format(time=at)
    if days == 1:
        return translate("Words", "Working hours begin tomorrow at {time}").format(time=at)
    if days < 7:
        return translate("Words", "Working hours begin {day} {time}").format(
            day=_weekday(start.weekday()), time=at
        )
    return translate("Words", "Working hours begin {day} {date} {time}").format(
        day=_weekday(start.weekday()), date=start.strftime("%Y-%m-%d"), time=at
    )


def status_words(st: Status, clock: Clock, *, idle_known: bool = True) -> str:
    """What comes next and when, as the tray's tooltip and menu, the no-tray window and
    `status` say it: a line that never leaves the user guessing whether or when a break
    comes. `idle_known` False adds that breaks come by the clock on this desktop."""

    def clock_time(wall: float | None) -> str:
        return clock.local(wall).strftime("%H:%M") if wall is not None else ""

    # A status made without the length (an older snapshot) still names the kind.
    what = (
        kind_words(st.next_kind, st.next_length_s) if st.next_length_s else kind_name(st.next_kind)
    )
    now = clock.local(clock.wall())
    if st.state is State.OFF_HOURS:
        text = (
            hours_begin_words(st.next_hours_start, now)
            if st.next_hours_start is not None
            else translate("Words", "Outside working hours")
        )
    elif st.paused:
        text = (
            translate("Words", "Paused until {time}").format(time=clock_time(st.paused_until))
            if st.paused_until
            else translate("Words", "Paused until you resume")
        )
    elif st.state is State.PROMPTED:
        text = translate("Words", "Break waiting for you: {what}").format(what=what)
    elif st.state is State.IN_BREAK:
        text = translate("Words", "On a break")
    elif st.meeting_until is not None:
        text = translate("Words", "Meeting mode until {time}").format(
            time=clock_time(st.meeting_until)
        )
    elif st.held == "call":
        text = translate("Words", "Next: {what}, held until the call or presentation ends").format(
            what=what
        )
    elif st.held is not None:
        text = translate(
            "Words", "Next: {what}, held until the full-screen window or Do Not Disturb ends"
        ).format(what=what)
    elif st.snoozed_until is not None:
        text = translate("Words", "Snoozed until {time}").format(time=clock_time(st.snoozed_until))
    elif st.warned_until is not None:
        seconds = max(1, math.ceil(st.warned_until - clock.wall()))
        text = translate("Words", "Break in %n seconds: {what}", "", seconds).format(what=what)
    elif st.state is State.WARNED:
        text = translate("Words", "Next: {what} at your next pause in typing").format(what=what)
    elif st.no_more_today:
        text = translate("Words", "No more breaks today")
        if st.next_hours_start is not None:
            text += ". " + hours_begin_words(st.next_hours_start, now)
    elif st.until_break_s is not None:
        minutes = max(1, math.ceil(st.until_break_s / 60))
        text = translate("Words", "Next: {what} in about %n min", "", minutes).format(what=what)
    else:
        text = translate("Words", "Next: {what}").format(what=what)
    if not idle_known:
        text += "\n" + translate(
            "Words", "Timing by the clock: this desktop does not report idle time"
        )
    return text
