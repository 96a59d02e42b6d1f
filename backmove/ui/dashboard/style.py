"""The dashboard's style sheet, from the theme's chart palette.

The colours, the chart colours among them, are the theme's (`backmove.ui.kit.theme`); what is
the dashboard's own is its sheet: shorter than the break window's, in a report's type sizes.
"""

from __future__ import annotations

from backmove.ui.kit.theme import ChartPalette, scaled_sheet

ROOT = "dashboard"


def stylesheet(p: ChartPalette) -> str:
    """The player's look in the dashboard's own, shorter sheet: a style sheet costs time for
    every rule on every widget it styles, and the dashboard has many. Text sizes follow the
    desktop's font."""
    c = p.look
    return scaled_sheet(f"""
#{ROOT} {{ background: {c.background}; }}
#{ROOT} QLabel {{ color: {c.text}; font-size: 10.5pt; }}
#{ROOT} QLabel[role="muted"] {{ color: {c.muted}; }}
#{ROOT} QLabel[role="title"] {{ font-size: 20pt; font-weight: 700; }}
#{ROOT} QLabel[role="card-title"] {{ font-size: 12.5pt; font-weight: 700; }}
#{ROOT} QLabel[role="note"], #{ROOT} QLabel[role="stat-label"] {{ color: {c.muted};
    font-size: 9.5pt; }}
#{ROOT} QLabel[role="big"] {{ font-size: 26pt; font-weight: 700; }}
#{ROOT} QLabel[role="stat"] {{ font-size: 13pt; font-weight: 600; }}
#{ROOT} QLabel[role="move"] {{ font-size: 11pt; font-weight: 600; }}
#{ROOT} QLabel[role="headline"] {{ font-size: 11pt; }}
#{ROOT} QLabel[role="empty"] {{ color: {c.muted}; font-size: 11pt; }}
#{ROOT} QLabel[role="better"] {{ color: {p.better}; font-weight: 600; }}
#{ROOT} QLabel[role="worse"] {{ color: {p.worse}; font-weight: 600; }}
#{ROOT} QFrame[role="card"] {{ background: {c.surface}; border: 1px solid {c.line};
    border-radius: 12px; }}
#{ROOT} QScrollArea, #{ROOT} QScrollArea > QWidget > QWidget {{ background: transparent;
    border: none; }}
#{ROOT} QPushButton {{ background: {c.surface}; color: {c.text}; border: 1px solid {c.line};
    border-radius: 8px; padding: 6px 16px; font-size: 10pt; }}
#{ROOT} QPushButton:hover {{ border-color: {c.muted}; }}
#{ROOT} QPushButton:focus {{ border: 2px solid {c.accent}; padding: 5px 15px; }}
#{ROOT} QPushButton:checked {{ background: {c.accent}; color: {c.on_accent};
    border-color: {c.accent}; }}
#{ROOT} QPushButton:checked:focus {{ border: 2px solid {c.text}; }}
#{ROOT} QPushButton[role="span"] {{ border-radius: 0px; margin: 0px; }}
#{ROOT} QPushButton[role="span"][edge="first"] {{ border-top-left-radius: 8px;
    border-bottom-left-radius: 8px; }}
#{ROOT} QPushButton[role="span"][edge="last"] {{ border-top-right-radius: 8px;
    border-bottom-right-radius: 8px; }}
#{ROOT} QScrollBar:vertical {{ background: transparent; width: 8px; margin: 0px; }}
#{ROOT} QScrollBar::handle:vertical {{ background: {c.line}; border-radius: 4px;
    min-height: 24px; }}
#{ROOT} QScrollBar::add-line:vertical, #{ROOT} QScrollBar::sub-line:vertical {{
    height: 0px; }}
#{ROOT} QScrollBar::add-page:vertical, #{ROOT} QScrollBar::sub-page:vertical {{
    background: none; }}
QToolTip {{ background: {c.surface}; color: {c.text}; border: 1px solid {c.line};
    padding: 6px; }}
""")
