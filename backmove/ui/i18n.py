"""A typed marker for strings that are translated later, where they are shown.

PySide6's stubs say `QT_TRANSLATE_NOOP` returns `object`, so a `dict[str, str]` table of
marked strings fails type checking although Qt's own function hands back the text unchanged.
This one does the same and says so. It keeps Qt's name because scripts/translations.py (and
pyside6-lupdate) find the strings by that name.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Returns `text` as it is; `context` is read only by the extractor."""
    return text
