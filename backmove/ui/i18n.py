"""Words in the user's language: `translate`, the one way text is looked up outside a widget,
and the marker for texts translated later.

A running Qt application with backmove's translators (the app, and the commands that draw)
is asked through Qt (`ui.language.Language` hands its `translate` over while they are
installed). Elsewhere, the commands that draw nothing, the words come from the chosen
language's catalogue read without Qt (`ui.catalogue`): importing Qt would take longer than
`backmove status` takes to run. Both give the same words for every message.

`QT_TRANSLATE_NOOP` is typed here: PySide6's stubs say it returns `object`, so a
`dict[str, str]` table of marked strings fails type checking although Qt's own function hands
back the text unchanged. It keeps Qt's name because scripts/translations.py (and
pyside6-lupdate) find the strings by that name, as they find `translate("context", "text")`.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping
from functools import cache

from backmove.ui.catalogue import Catalogue, translated

QtTranslate = Callable[[str, str, str | None, int], str]

_qt: list[QtTranslate] = []  # QCoreApplication.translate while backmove's translators are in
_language = ["en"]  # the language of the catalogue read when Qt is not asked


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Returns `text` as it is; `context` is read only by the extractor."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` of `context` in the user's language, with %n replaced by `n` when n >= 0: what
    QCoreApplication.translate returns with backmove's translators installed. English without
    a count is the source text as it is."""
    if _qt:
        return _qt[0](context, text, disambiguation, n)
    if _language[0] == "en" and n < 0:
        return text
    return translated(catalogue(_language[0]), context, text, disambiguation or "", n)


def speak(code: str) -> str:
    """Use `code`'s catalogue from now on, where Qt is not asked; returns the code it
    replaced, for a command to put back when it ends."""
    previous, _language[0] = _language[0], code
    return previous


def hand_to_qt(qt_translate: QtTranslate | None) -> None:
    """Ask Qt (`qt_translate`) from now on, or no longer (None)."""
    _qt[:] = [] if qt_translate is None else [qt_translate]


@cache
def catalogue(code: str) -> Catalogue:
    """`code`'s catalogue, read once per process, when first needed."""
    from backmove.resources import resources_dir  # pathlib: `--version` needs none

    return Catalogue.read(resources_dir() / "translations" / f"backmove_{code}.qm")


LANGUAGES = ("en", "de")
"""Languages backmove is written in; a system language not here falls back to English."""


def chosen_language(choice: str) -> str | None:
    """The language code the setting `choice` ("en", "de" or "system") means here, decided
    without Qt; None where only Qt can tell (the system's language off Linux)."""
    if choice in LANGUAGES:
        return choice
    return system_language()


LONG_CODES = {"deu": "de", "ger": "de", "eng": "en"}
"""Three-letter codes (ISO 639-2/T and /B) that Qt reads as one of `LANGUAGES`."""


def system_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The language of `LANGUAGES` (else English) Qt's QLocale.system() gives on Linux, read
    from the environment as Qt's Unix system locale reads it; None elsewhere, where Qt must be
    asked.

    Qt takes LC_ALL, else LC_MESSAGES, else LANG; an empty value, "C" or "POSIX" is the C
    locale (English here). Otherwise the first entry of LANGUAGE, when it is set, wins: Qt
    keeps LANG only when LANGUAGE agrees with its language, and then the language is the same.
    Of a name like "de_AT.UTF-8@euro" the language is the part before the first "_", "-",
    "." or "@"; a name Qt cannot read (or whose territory is POSIX) is the C locale."""
    if not sys.platform.startswith("linux"):
        return None
    env = os.environ if environ is None else environ
    name = env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or ""
    if name in ("", "C", "POSIX"):
        return "en"
    name = env.get("LANGUAGE", "").split(":")[0] or name
    code = _language_code(name)
    code = LONG_CODES.get(code, code)
    return code if code in LANGUAGES else "en"


def _language_code(name: str) -> str:
    """The language part of a locale name as Qt's QLocale(name) reads it, lower-cased; ""
    when Qt reads the name as the C locale."""
    tags = re.split(r"[_\-.@]", name)
    valid = _leading_valid(tags)
    if not valid or len(valid[0]) not in (2, 3):
        return ""
    rest = valid[1:]
    if rest and re.fullmatch(r"[A-Z][a-z]{3}", rest[0]):  # a script (Latn) comes first
        rest = rest[1:]
    if rest and rest[0].upper() == "POSIX":
        return ""
    return valid[0].lower()


def _leading_valid(tags: list[str]) -> list[str]:
    """The tags Qt reads: up to the first that is empty or not ASCII letters and digits."""
    out: list[str] = []
    for tag in tags:
        if not (tag.isascii() and tag.isalnum()):
            break
        out.append(tag)
    return out
