"""Text that follows the desktop's font size.

The looks give their sizes in points as they were drawn beside a desktop font of DESIGN_PT
(Qt's own default, and Windows'). A user who chose a larger font, or a desktop whose font is
larger (GNOME's 11 pt, macOS's 13 pt), gets every size scaled by the same factor, in style
sheets and in painted text alike, so backmove's text is never smaller than the rest of the
desktop's in proportion.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFontInfo, QGuiApplication

DESIGN_PT = 9.0

_FONT_SIZE = re.compile(r"(font-size:\s*)(\d+(?:\.\d+)?)pt")


def text_scale() -> float:
    """The desktop's font size over the one the looks were drawn at."""
    font = QGuiApplication.font()
    size = font.pointSizeF()
    if size <= 0:  # a font set in pixels
        size = QFontInfo(font).pointSizeF()
    return size / DESIGN_PT


def points(design_pt: float) -> float:
    """A size the looks give as `design_pt`, on this desktop."""
    return design_pt * text_scale()


def grown(pixels: int) -> int:
    """A width or height the looks give as `pixels`, grown with larger desktop text (never
    shrunk: smaller text still gets the room it was given)."""
    return round(pixels * max(1.0, text_scale()))


def scaled_sheet(sheet: str) -> str:
    """`sheet` with every `font-size: …pt` scaled to the desktop's font."""
    scale = text_scale()
    return _FONT_SIZE.sub(lambda m: f"{m.group(1)}{float(m.group(2)) * scale:.1f}pt", sheet)
