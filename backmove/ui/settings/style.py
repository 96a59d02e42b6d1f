"""The settings window's style sheet: the theme's colours at a preferences window's scale.

The break window speaks in large type; a preferences window is read row by row, so its text is
smaller and its controls compact. Inputs are drawn by Qt's own style from the theme's palette
of the same colours (`kit.theme.qpalette`, handed to every control by `kit.theme.dress`), so
spin boxes, drop-downs and calendars follow light and dark without images and ring the field
that has the focus; this sheet shapes the rest: cards, lists, buttons.
"""

from __future__ import annotations

from backmove.ui.kit.theme import Look, scaled_sheet

ROOT = "settings-window"


def stylesheet(look: Look) -> str:
    """The window's sheet; its text sizes follow the desktop's font."""
    c = look
    r = f"#{ROOT}"
    inputs_font = ", ".join(f"{r} {w}" for w in ("QLineEdit", "QAbstractSpinBox", "QComboBox"))
    return scaled_sheet(f"""
{r} {{ background: {c.background}; }}
{r} QLabel {{ color: {c.text}; font-size: 10pt; background: transparent; }}
{r} QLabel[role="page-title"] {{ font-size: 17pt; font-weight: 700; }}
{r} QLabel[role="section"] {{ color: {c.muted}; font-size: 9pt; font-weight: 700;
    letter-spacing: 1px; }}
{r} QLabel[role="setting"] {{ font-size: 10pt; font-weight: 600; }}
{r} QLabel[role="help"] {{ color: {c.muted}; font-size: 9pt; }}
{r} QLabel[role="muted"] {{ color: {c.muted}; font-size: 9pt; }}
{r} QLabel[role="day"] {{ font-size: 10pt; }}
{r} QLabel[role="note"] {{ color: {c.rule_text}; background: {c.rule_bg};
    border: 1px solid {c.rule_line}; border-radius: 6px; padding: 5px 9px; font-size: 9pt; }}
{r} QLabel[role="note"][tone="error"] {{ color: {c.stop}; background: transparent;
    border: 1px solid {c.stop_line}; }}
{r} QLabel[role="warning"] {{ color: {c.text}; font-size: 10pt; }}
{r} QFrame[role="sidebar"] {{ background: {c.surface}; border-right: 1px solid {c.line}; }}
{r} QFrame[role="card"] {{ background: {c.surface}; border: 1px solid {c.line};
    border-radius: 10px; }}
{r} QFrame[role="rule"] {{ background: {c.line}; border: none; min-height: 1px;
    max-height: 1px; }}
{r} QFrame[role="confirm"] {{ background: {c.background}; border: 1px solid {c.stop_line};
    border-radius: 8px; }}
{r} QFrame[role="restart"] {{ background: {c.accent_soft}; border-bottom: 1px solid {c.line}; }}
{r} QFrame[role="chip"] {{ background: {c.accent_soft}; border-radius: 13px; }}
{r} QFrame[role="chip"] QLabel {{ color: {c.text}; }}
{r} QScrollArea, {r} QScrollArea > QWidget > QWidget {{ background: transparent;
    border: none; }}
{r} QListWidget#nav {{ background: transparent; border: none; outline: none;
    font-size: 10pt; padding: 0px; }}
{r} QListWidget#nav::item {{ color: {c.text}; padding: 7px 10px; border-radius: 7px;
    margin: 1px 0px; }}
{r} QListWidget#nav::item:hover {{ background: {c.background}; }}
{r} QListWidget#nav::item:selected {{ background: {c.accent_soft}; color: {c.text};
    font-weight: 600; }}
{r} QListWidget#nav:focus {{ border: 2px solid {c.accent}; border-radius: 9px; }}
{r} QListWidget#days {{ background: {c.surface}; color: {c.text};
    border: 1px solid {c.line}; border-radius: 6px; padding: 2px; font-size: 10pt; }}
{r} QListWidget#days::item {{ padding: 3px 6px; border-radius: 4px; }}
{r} QListWidget#days::item:selected {{ background: {c.accent_soft}; color: {c.text}; }}
{r} QListWidget#days:focus {{ border: 2px solid {c.accent}; padding: 1px; }}
{inputs_font} {{ font-size: 10pt; }}
{r} QComboBox QAbstractItemView {{ background: {c.surface}; color: {c.text};
    border: 1px solid {c.line}; selection-background-color: {c.accent_soft};
    selection-color: {c.text}; outline: none; }}
{r} QPushButton, {r} QToolButton {{ background: {c.surface}; color: {c.text};
    border: 1px solid {c.line}; border-radius: 6px; padding: 5px 14px; font-size: 10pt; }}
{r} QPushButton:hover, {r} QToolButton:hover {{ border-color: {c.muted}; }}
{r} QPushButton:focus, {r} QToolButton:focus {{ border: 2px solid {c.accent};
    padding: 4px 13px; }}
{r} QPushButton:disabled, {r} QToolButton:disabled {{ color: {c.muted};
    border-color: {c.line}; background: {c.background}; }}
{r} QPushButton[kind="danger"] {{ color: {c.stop}; border-color: {c.stop_line};
    font-weight: 600; }}
{r} QPushButton[kind="danger"]:hover {{ border-color: {c.stop}; }}
{r} QPushButton[kind="danger"]:focus {{ border: 2px solid {c.stop}; }}
{r} QPushButton[kind="danger"]:disabled {{ color: {c.muted}; border-color: {c.line};
    font-weight: 400; }}
{r} QPushButton[kind="danger-solid"] {{ background: {c.stop}; color: {c.surface};
    border: 1px solid {c.stop}; font-weight: 700; }}
{r} QPushButton[kind="danger-solid"]:focus {{ border: 2px solid {c.text}; }}
{r} QToolButton[kind="remove"] {{ background: transparent; border: 1px solid transparent;
    color: {c.muted}; padding: 0px; border-radius: 11px; font-size: 11pt; }}
{r} QToolButton[kind="remove"]:hover {{ color: {c.stop}; border-color: {c.line}; }}
{r} QToolButton[kind="remove"]:focus {{ border: 2px solid {c.accent}; padding: 0px; }}
{r} QToolButton[kind="add"] {{ background: transparent; border: 1px dashed {c.line};
    color: {c.accent}; padding: 3px 10px; font-weight: 600; }}
{r} QToolButton[kind="add"]:hover {{ border-color: {c.accent}; }}
{r} QToolButton[kind="add"]:focus {{ border: 2px solid {c.accent}; padding: 2px 9px; }}
{r} QCheckBox[role="area"] {{ color: {c.text}; background: {c.surface}; font-size: 10pt;
    border: 1px solid {c.line}; border-radius: 8px; padding: 6px 10px; spacing: 8px; }}
{r} QCheckBox[role="area"]:checked {{ background: {c.accent_soft};
    border-color: {c.accent_soft}; }}
{r} QCheckBox[role="area"]:focus {{ border: 2px solid {c.accent}; padding: 5px 9px; }}
{r} QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px; }}
{r} QScrollBar::handle:vertical {{ background: {c.line}; border-radius: 3px;
    min-height: 24px; }}
{r} QScrollBar::add-line:vertical, {r} QScrollBar::sub-line:vertical {{ height: 0px; }}
{r} QScrollBar::add-page:vertical, {r} QScrollBar::sub-page:vertical {{ background: none; }}
""")
