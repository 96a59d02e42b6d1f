"""The words the settings window puts on values: units, choices, body areas, refusals.

Labels and help come from the schema (translated in the "settings" context, as wording.py
does); what the schema keeps as codes ("fri", "dark", "low_back") is named here, and a code
this table does not know is shown as it is rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from backmove.core.messages import Message
from backmove.core.settings import SPEC_BY_KEY, WEEKDAYS, Spec
from backmove.ui.i18n import QT_TRANSLATE_NOOP
from backmove.ui.wording import describe

_CTX = "SettingsWindow"

UNITS: dict[str, str] = {
    "_min": QT_TRANSLATE_NOOP("SettingsWindow", "min"),
    "_s": QT_TRANSLATE_NOOP("SettingsWindow", "s"),
    "_pct": QT_TRANSLATE_NOOP("SettingsWindow", "%"),
}

CHOICES: dict[str, dict[str, str]] = {
    "theme": {
        "system": QT_TRANSLATE_NOOP("SettingsWindow", "Same as the system"),
        "light": QT_TRANSLATE_NOOP("SettingsWindow", "Light"),
        "dark": QT_TRANSLATE_NOOP("SettingsWindow", "Dark"),
    },
    "language": {
        "system": QT_TRANSLATE_NOOP("SettingsWindow", "Same as the system"),
    },
}
"""Choice names by setting; weekdays come from the locale, languages name themselves."""

AREAS: dict[str, str] = {
    "low_back": QT_TRANSLATE_NOOP("SettingsWindow", "Low back"),
    "hips": QT_TRANSLATE_NOOP("SettingsWindow", "Hips"),
    "neck": QT_TRANSLATE_NOOP("SettingsWindow", "Neck"),
    "shoulders": QT_TRANSLATE_NOOP("SettingsWindow", "Shoulders"),
    "upper_back": QT_TRANSLATE_NOOP("SettingsWindow", "Upper back"),
    "wrists": QT_TRANSLATE_NOOP("SettingsWindow", "Wrists"),
    "legs": QT_TRANSLATE_NOOP("SettingsWindow", "Legs"),
}

REFUSALS: dict[str, str] = {
    "setting_out_of_range": QT_TRANSLATE_NOOP(
        "SettingsWindow",
        "{value} is outside what {label} allows ({lo}–{hi}), so it was not "
        "applied; the setting keeps its last value.",
    ),
    "setting_bad_format": QT_TRANSLATE_NOOP(
        "SettingsWindow",
        "{value} was not applied: {label} needs {expected}. The setting keeps its last value.",
    ),
    "setting_wrong_type": QT_TRANSLATE_NOOP(
        "SettingsWindow",
        "{value} was not applied: {label} needs {expected}. The setting keeps its last value.",
    ),
    "setting_not_a_choice": QT_TRANSLATE_NOOP(
        "SettingsWindow",
        "{value} was not applied: {label} can be {choices}. The setting keeps its last value.",
    ),
}


def tr(text: str, n: int = -1) -> str:
    """`text` in the user's language; with a count `n`, in its plural form for `n` (%n)."""
    return QCoreApplication.translate(_CTX, text, "", n)


def label_of(spec: Spec) -> str:
    return QCoreApplication.translate("settings", spec.label)


def help_of(spec: Spec) -> str:
    return QCoreApplication.translate("settings", spec.help) if spec.help else ""


def group_title(group: str) -> str:
    return QCoreApplication.translate("settings", group)


def unit_of(key: str) -> str:
    """The unit in the key's name (`interval_min` → "min"), or "" for a bare number."""
    for suffix, unit in UNITS.items():
        if key.endswith(suffix):
            return tr(unit)
    return ""


def with_unit(key: str, value: int) -> str:
    unit = unit_of(key)
    if not unit:
        return str(value)
    return f"{value}{unit}" if unit == "%" else f"{value} {unit}"


def weekday_name(day: str) -> str:
    """ "mon" → "Monday", in the user's language."""
    return QLocale().dayName(WEEKDAYS.index(day) + 1, QLocale.FormatType.LongFormat)


def choice_label(key: str, choice: str) -> str:
    known = CHOICES.get(key, {}).get(choice)
    if known is not None:
        return tr(known)
    if choice in WEEKDAYS:
        return weekday_name(choice)
    if key == "language":
        name = QLocale(choice).nativeLanguageName()
        return name[:1].upper() + name[1:] if name else choice
    return choice


def area_label(area: str) -> str:
    known = AREAS.get(area)
    return tr(known) if known is not None else area.replace("_", " ").capitalize()


def refusal(message: Message) -> str:
    """Why a value typed into the window was not applied. The core's own sentence says the
    value went back to its default, which is true of a file but not of the window."""
    template = REFUSALS.get(message.code)
    if template is None:
        return describe(message)
    params = {k: _show(v) for k, v in message.params().items()}
    key = str(params.get("key", ""))
    spec = SPEC_BY_KEY.get(key)
    params["label"] = label_of(spec) if spec is not None else key
    try:
        return tr(template).format(**params)
    except (KeyError, IndexError):
        return describe(message)


def _show(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
