"""The one theme: colours for light and dark, text sizes that follow the desktop's font,
spacing, and the style sheets that put them on the kit's widgets.

Every colour a window shows is named here once, so the contrast tests check each pair where it
is defined and a change reaches every window that uses it. Drawings (the figure, the body map)
keep the colours only they paint with beside their painting, and take the shared ones (window
background, text, muted text, accent) from here.

Text sizes are given in points as they were drawn beside a desktop font of DESIGN_PT (Qt's own
default, and Windows'). A user who chose a larger font, or a desktop whose font is larger
(GNOME's 11 pt, macOS's 13 pt), gets every size scaled by the same factor, in style sheets and
in painted text alike, so backmove's text is never smaller than the rest of the desktop's in
proportion.

Two families of windows wear the theme:
- the ones the user picks a look for (break, walk, prompt, tracking questions, dashboard,
  settings) take a `Look` from `look_for(theme)`;
- the onboarding and the safety cards wear the same look, through `house_style` (their text
  sizes and the safety tiers' accents) and `wear` (the look's colours);
- the ones that follow the desktop (the no-tray window, the toast, the notice) wear the
  desktop's palette and take from here only `house_style`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFontInfo, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# --- text sizes -----------------------------------------------------------------------------

DESIGN_PT = 9.0
"""The desktop font size the looks' point sizes were drawn beside."""

READING_SCALE = 1.1
"""Pages that are read, not scanned (onboarding, safety cards): text a little larger than the
desktop's own."""

_FONT_SIZE = re.compile(r"(font-size:\s*)(\d+(?:\.\d+)?)pt")


def desktop_pt() -> float:
    """The application font's size in points, also when the desktop set it in pixels."""
    font = QGuiApplication.font()
    size = font.pointSizeF()
    if size <= 0:  # a font set in pixels
        size = QFontInfo(font).pointSizeF()
    return size


def text_scale() -> float:
    """The desktop's font size over the one the looks were drawn at."""
    return desktop_pt() / DESIGN_PT


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


# --- spacing --------------------------------------------------------------------------------

GAP = 16
"""Space between the blocks of a page and between cards, and the padding inside a card."""

ROW_GAP = 10
"""Space between the buttons of a row."""


# --- the looks ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Look:
    """One look's colours; `name` ("light" or "dark") also names the figure's and the body
    map's drawing colours that go with it."""

    name: str
    background: str
    surface: str
    text: str
    muted: str
    line: str
    accent: str
    accent_hover: str
    on_accent: str
    accent_soft: str
    stop: str
    stop_line: str
    rule_bg: str
    rule_line: str
    rule_text: str
    dim: str


LOOKS: dict[str, Look] = {
    "light": Look(
        name="light",
        background="#f7f5f0",
        surface="#ffffff",
        text="#27374d",
        muted="#5e6b7e",
        line="#dedad1",
        accent="#157767",
        accent_hover="#12695b",
        on_accent="#ffffff",
        accent_soft="#dcefe9",
        stop="#b3261e",
        stop_line="#e9b8b2",
        rule_bg="#fbf1df",
        rule_line="#efd9ad",
        rule_text="#5b4722",
        dim="#10141a",
    ),
    "dark": Look(
        name="dark",
        background="#1d222a",
        surface="#272d37",
        text="#e6eaf0",
        muted="#98a4b5",
        line="#3a424f",
        accent="#4fd1b5",
        accent_hover="#74dcc5",
        on_accent="#0d201b",
        accent_soft="#1f3a35",
        stop="#ffb0a5",
        stop_line="#6e3b35",
        rule_bg="#2d2a23",
        rule_line="#4a4232",
        rule_text="#eadcbf",
        dim="#000000",
    ),
}


def look_for(theme: str) -> Look:
    """ "light", "dark", or "system"/"auto" (dark when the application palette is dark)."""
    if theme in LOOKS:
        return LOOKS[theme]
    app = QApplication.instance()
    dark = isinstance(app, QApplication) and app.palette().window().color().lightnessF() < 0.5
    return LOOKS["dark" if dark else "light"]


def desktop_is_dark() -> bool:
    """Whether the desktop's palette is a dark one (the windows that follow the desktop wear
    its colours)."""
    return QGuiApplication.palette().window().color().lightnessF() < 0.5


def qpalette(look: Look) -> QPalette:
    """A Qt palette of the look's colours, for what a style sheet leaves to the style (inputs,
    drop-downs, calendars): they then follow light and dark and ring the focused field."""
    c = look
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.background,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.surface,
        QPalette.ColorRole.AlternateBase: c.background,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.surface,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.on_accent,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.ToolTipBase: c.surface,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.Link: c.accent,
        QPalette.ColorRole.Mid: c.line,
        QPalette.ColorRole.Midlight: c.line,
        QPalette.ColorRole.Light: c.surface,
        QPalette.ColorRole.Dark: c.muted,
        QPalette.ColorRole.Shadow: c.dim,
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.muted))
    return pal


def dress(widget: QWidget, colours: QPalette) -> None:
    """Give `widget` and everything inside it the palette. Under a style sheet Qt no longer
    hands a parent's palette down to its children, so each one gets it here, and controls
    built later are dressed by whoever builds them."""
    for each in (widget, *widget.findChildren(QWidget)):
        each.setPalette(colours)


_PALETTE_REF = re.compile(r"palette\(([a-z-]+)\)")


def wear(widget: QWidget, look: Look) -> None:
    """Put `look` on `widget` and everything inside it, by its style sheets.

    A style sheet's `palette(role)` is read from the application's palette, which is the
    desktop's, and a child under a style sheet takes no palette from its parent: a window
    built on such sheets (the onboarding, the safety cards) would stay light on a light desktop
    whatever the user chose. Here each `palette(role)` becomes the look's colour, and the
    widget's sheet starts with the look's text and field colours, which any more particular
    rule (a primary button's text, a card's title) still overrides."""
    colours = qpalette(look)

    def resolved(sheet: str) -> str:
        return _PALETTE_REF.sub(lambda m: _colour_of(colours, m.group(1)), sheet)

    for each in widget.findChildren(QWidget):
        if "palette(" in each.styleSheet():
            each.setStyleSheet(resolved(each.styleSheet()))
    base = f"""
QLabel, QCheckBox, QRadioButton, QPushButton, QToolButton {{ color: {look.text}; }}
QLineEdit, QDateEdit, QSpinBox, QComboBox {{ color: {look.text}; background: {look.surface};
    selection-background-color: {look.accent}; selection-color: {look.on_accent}; }}
"""
    widget.setPalette(colours)
    widget.setStyleSheet(base + resolved(widget.styleSheet()))


def _colour_of(colours: QPalette, role: str) -> str:
    name = "".join(part.capitalize() for part in role.split("-"))
    found = getattr(QPalette.ColorRole, name, None)
    if found is None:
        return f"palette({role})"
    return colours.color(found).name()


# --- the safety tiers' colours --------------------------------------------------------------

TIER_ACCENT: dict[str, str] = {"A": "#c0392b", "B": "#9d5e00", "C": "#2871aa", "none": "#157767"}
"""Each tier's colour on a light window: as text there, and under white text, it reads at
4.5:1 or better (WCAG AA). "none" is the light look's accent."""

TIER_ACCENT_ON_DARK: dict[str, str] = {
    "A": "#de766b",
    "B": "#d57f00",
    "C": "#4e9bd6",
    "none": "#4fd1b5",
}
"""The same on a dark window, under dark text. "none" is the dark look's accent."""

DARK_ON_ACCENT = "#1d222a"
"""Text on a tier's colour on a dark window: the dark look's background."""


def accent_for(tier: str, dark: bool) -> str:
    """`tier`'s colour ("A", "B", "C" or "none") on a dark or a light window."""
    return (TIER_ACCENT_ON_DARK if dark else TIER_ACCENT)[tier]


def tint(colour: str, alpha: int = 28) -> str:
    """The colour, faint: a background that reads on light and on dark windows alike."""
    c = QColor(colour)
    return f"rgba({c.red()}, {c.green()}, {c.blue()}, {alpha})"


# --- the dashboard's chart colours ----------------------------------------------------------


@dataclass(frozen=True)
class ChartPalette:
    """A look plus what only charts need: a five-step heat scale for the calendar and one
    colour per way a break can end, chosen so that light and dark read the same way (more
    done is more accent)."""

    look: Look
    heat: tuple[str, str, str, str, str]
    """Calendar cells: nothing done, up to a third of the goal, two thirds, less than the
    goal, the goal met."""
    empty_cell: str
    partial: str
    skipped: str
    expired: str
    natural: str
    better: str
    worse: str
    band: str
    band_key: str
    """The band as drawn in the legend: a little stronger, so the small square shows."""
    grid: str
    dot: str
    mean: str


CHART_PALETTES: dict[str, ChartPalette] = {
    "light": ChartPalette(
        look=LOOKS["light"],
        heat=("#e7e3da", "#cde6df", "#93ccbd", "#4ea894", "#157767"),
        empty_cell="#f1eee8",
        partial="#8cc7b8",
        skipped="#cfc8bb",
        expired="#e6b765",
        natural="#4f78b0",
        better="#157767",
        worse="#b65423",
        band="#e4f1ed",
        band_key="#c9e4dc",
        grid="#ebe7df",
        dot="#9aa6b5",
        mean="#3d5a80",
    ),
    "dark": ChartPalette(
        look=LOOKS["dark"],
        heat=("#323a46", "#21433c", "#286a5c", "#36a088", "#4fd1b5"),
        empty_cell="#252b34",
        partial="#2f8572",
        skipped="#5a6473",
        expired="#c99a48",
        natural="#8fb2ec",
        better="#4fd1b5",
        worse="#f29a6b",
        band="#223631",
        band_key="#2d4a43",
        grid="#313844",
        dot="#6d7a8c",
        mean="#a7c3e4",
    ),
}


def chart_palette_for(theme: str) -> ChartPalette:
    """ "light", "dark", or "system" (as `look_for` decides)."""
    return CHART_PALETTES[look_for(theme).name]


# --- style sheets ---------------------------------------------------------------------------


def window_sheet(look: Look, root: str) -> str:
    """The style sheet for a window wearing `look` whose object name is `root`: the roles the
    kit's labels and buttons carry, in the break window's large type. The prompt and the
    tracking questions add their own few rules on top; its text sizes follow the desktop's
    font."""
    c = look
    return scaled_sheet(f"""
#{root} {{ background: {c.background}; }}
#{root} QLabel {{ color: {c.text}; font-size: 11pt; }}
#{root} QLabel[role="muted"] {{ color: {c.muted}; }}
#{root} QLabel[role="eyebrow"] {{ color: {c.muted}; font-size: 10pt; font-weight: 600;
    letter-spacing: 1px; }}
#{root} QLabel[role="title"] {{ font-size: 23pt; font-weight: 700; }}
#{root} QLabel[role="dose"] {{ color: {c.muted}; font-size: 12pt; }}
#{root} QLabel[role="question"] {{ font-size: 16pt; font-weight: 600; }}
#{root} QLabel[role="body"] {{ font-size: 12pt; }}
#{root} QLabel[role="counter"] {{ color: {c.accent}; font-size: 20pt; font-weight: 700; }}
#{root} QLabel[role="timer"] {{ color: {c.text}; font-size: 56pt; font-weight: 300; }}
#{root} QLabel[role="time-left"] {{ color: {c.muted}; font-size: 11pt; font-weight: 600; }}
#{root} QLabel[role="cue-number"] {{ background: {c.accent_soft}; color: {c.accent};
    border-radius: 13px; font-size: 10pt; font-weight: 700; }}
#{root} QLabel[role="cue"] {{ font-size: 12pt; }}
#{root} QLabel[role="caution"] {{ color: {c.muted}; font-size: 10pt; }}
#{root} QFrame[role="card"] {{ background: {c.surface}; border: 1px solid {c.line};
    border-radius: 14px; }}
#{root} QFrame[role="strip"] {{ border-radius: 3px; background: {c.accent}; }}
#{root} QFrame[role="strip"][tone="danger"] {{ background: {c.stop}; }}
#{root} QFrame[role="chip"] {{ background: {c.accent_soft}; border-radius: 12px; }}
#{root} QFrame#stop-rule {{ background: {c.rule_bg}; border: 1px solid {c.rule_line};
    border-radius: 10px; }}
#{root} QFrame#stop-rule QLabel {{ color: {c.rule_text}; font-size: 10pt; }}
#{root} QScrollArea, #{root} QScrollArea > QWidget > QWidget {{ background: transparent;
    border: none; }}
#{root} QScrollArea[ring="true"] {{ border: 2px solid transparent; border-radius: 10px; }}
#{root} QScrollArea[ring="true"]:focus {{ border-color: {c.accent}; }}
#{root} QPushButton, #{root} QToolButton {{ background: {c.surface}; color: {c.text};
    border: 1px solid {c.line}; border-radius: 10px; padding: 9px 18px; font-size: 11pt; }}
#{root} QPushButton:hover, #{root} QToolButton:hover {{ border-color: {c.muted}; }}
#{root} QPushButton:focus, #{root} QToolButton:focus {{ border: 2px solid {c.accent};
    padding: 8px 17px; }}
#{root} QPushButton:checked {{ background: {c.accent}; color: {c.on_accent};
    border-color: {c.accent}; }}
#{root} QPushButton:checked:focus {{ border: 2px solid {c.text}; }}
#{root} QPushButton:disabled, #{root} QToolButton:disabled {{ color: {c.line}; }}
#{root} QPushButton[primary="true"] {{ background: {c.accent}; color: {c.on_accent};
    border: 1px solid {c.accent}; font-weight: 700; padding: 10px 28px; }}
#{root} QPushButton[primary="true"]:hover {{ background: {c.accent_hover}; }}
#{root} QPushButton[primary="true"]:focus {{ border: 2px solid {c.text}; padding: 9px 27px; }}
#{root} QPushButton[kind="stop"] {{ color: {c.stop}; border-color: {c.stop_line};
    font-weight: 600; }}
#{root} QPushButton[kind="stop"]:hover {{ border-color: {c.stop}; }}
#{root} QPushButton[kind="link"] {{ background: transparent; border: none; color: {c.accent};
    text-decoration: underline; padding: 4px 6px; }}
#{root} QPushButton[kind="link"]:focus {{ border: 1px solid {c.accent}; padding: 3px 5px; }}
#{root} QPushButton[kind="quiet"] {{ background: transparent; border-color: transparent;
    color: {c.muted}; }}
#{root} QPushButton[kind="quiet"]:hover {{ border-color: {c.line}; }}
#{root} QPushButton[kind="quiet"]:focus {{ border: 2px solid {c.accent}; }}
#{root} QPushButton[role="scale"] {{ padding: 0px; font-size: 14pt; font-weight: 600; }}
#{root} QPushButton[role="scale"]:focus {{ padding: 0px; }}
#{root} QPushButton[role="verdict"] {{ padding: 7px 14px; }}
#{root} QPushButton[role="verdict"]:focus {{ padding: 6px 13px; }}
#{root} QLabel[role="option"] {{ font-size: 12pt; }}
#{root} QScrollBar:vertical {{ background: transparent; width: 8px; margin: 0px; }}
#{root} QScrollBar::handle:vertical {{ background: {c.line}; border-radius: 4px;
    min-height: 24px; }}
#{root} QScrollBar::add-line:vertical, #{root} QScrollBar::sub-line:vertical {{ height: 0px; }}
#{root} QScrollBar::add-page:vertical, #{root} QScrollBar::sub-page:vertical {{
    background: none; }}
#{root} QToolButton::menu-indicator {{ image: none; width: 0px; }}
#{root} QMenu {{ background: {c.surface}; color: {c.text}; border: 1px solid {c.line};
    padding: 6px; }}
#{root} QMenu::item {{ padding: 7px 22px; border-radius: 6px; }}
#{root} QMenu::item:selected {{ background: {c.accent_soft}; }}
""")


HOUSE_STYLE = """
QLabel, QCheckBox, QPushButton, QToolButton { font-size: @basept; }
QLabel[role="title"] { font-size: @titlept; font-weight: 600; }
QLabel[role="subtitle"] { font-size: @subtitlept; font-weight: 600; }
QLabel[role="heading"] { font-size: @headingpt; font-weight: 600; }
QPushButton, QToolButton { padding: 8px 18px; border-radius: 6px; border: 1px solid palette(mid);
                           background: palette(button); }
QPushButton:hover, QToolButton:hover { border-color: palette(dark); }
QPushButton:focus, QToolButton:focus { border: 2px solid palette(highlight); padding: 7px 17px; }
QPushButton[primary="true"] { background: @accent; color: @onaccent;
                              border: 1px solid @accent; font-weight: bold; }
QPushButton[primary="true"]:focus { border: 2px solid palette(text); }
QPushButton:disabled { color: palette(mid); }
QPushButton[primary="true"]:disabled { background: palette(midlight); border-color: palette(mid);
                                       color: palette(dark); }
#callout { background: @tint; border-left: 4px solid @accent; }
#callout QLabel { font-weight: bold; }
"""
"""`house_style` before its accent and sizes are filled in."""


def house_style(tier: str, dark: bool | None = None) -> str:
    """The sheet of the reading windows (onboarding, safety cards, the no-tray window): text
    sizes, buttons (a `primary` one is filled with the tier's colour) and callouts, on a dark
    or a light window (None: as the desktop is). Its colours are the palette's: the desktop's
    for the no-tray window, the chosen look's once `wear` puts it on (onboarding, cards).

    Sizes follow the desktop's font, a little larger (READING_SCALE), so a user who set a
    larger one gets larger pages.
    """
    dark = desktop_is_dark() if dark is None else dark
    accent = accent_for(tier, dark)
    base = desktop_pt() * READING_SCALE
    sizes = {"@titlept": 1.55, "@subtitlept": 1.3, "@headingpt": 1.12, "@basept": 1.0}
    style = (
        HOUSE_STYLE.replace("@accent", accent)
        .replace("@tint", tint(accent))
        .replace("@onaccent", DARK_ON_ACCENT if dark else "white")
    )
    for key, scale in sizes.items():
        style = style.replace(key, f"{base * scale:.1f}pt")
    return style
