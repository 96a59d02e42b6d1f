"""The widgets and layouts backmove's windows share.

Two sets, for the theme's two families of windows (see `theme`):
- for the windows that wear a `Look`: `label` and `button` carry the roles the theme's
  `window_sheet` styles; `OptionButton`, `StopRule`, `card_page` and `button_row` are built
  from them; `place` (from `screens`) puts a break window on the screens, dimming the others
  (`ScreenDimmer`);
- for the reading windows (onboarding, safety cards, the no-tray window): `title_label`,
  `body_label`, `primary_button`, `callout` and `StopRuleLabel`, which the theme's
  `house_style` styles.
`centred`, `layout_of`, `Scroller`, `window_title` and the countdown's `mmss` and `TICK_MS` serve
both.

The strings here are translated in the context of the class that shows them (StopRule,
StopRuleLabel, ScreenDimmer), wherever that class lives.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

# Placing a break window lives in `screens`; the break windows import it from here.
from backmove.ui.kit.screens import ScreenDimmer as ScreenDimmer
from backmove.ui.kit.screens import needed_height as needed_height
from backmove.ui.kit.screens import place as place
from backmove.ui.kit.theme import GAP, ROW_GAP

# --- counting down ------------------------------------------------------------------------

TICK_MS = 250
"""How often a break window brings its counters up to the clock."""


def mmss(seconds: float) -> str:
    """Seconds as "m:ss", rounded up: a countdown shows 0:00 only once the time is up."""
    s = max(0, math.ceil(seconds - 1e-6))
    return f"{s // 60}:{s % 60:02d}"


# --- for the windows that wear a look -----------------------------------------------------


def label(text: str = "", role: str | None = None, *, wrap: bool = False) -> QLabel:
    """Plain text (never markup: names and notes come from users and files) with the `role`
    the theme's sheet sizes and colours it by."""
    out = QLabel(text)
    if role:
        out.setProperty("role", role)
    out.setWordWrap(wrap)
    out.setTextFormat(Qt.TextFormat.PlainText)
    return out


def button(
    text: str, accessible: str, *, kind: str | None = None, primary: bool = False
) -> QPushButton:
    """A button the theme's sheet styles by `kind` ("stop", "quiet", "link", "danger", …);
    a `primary` one is filled with the accent and is what Enter presses."""
    out = QPushButton(text)
    out.setAccessibleName(accessible)
    out.setCursor(Qt.CursorShape.PointingHandCursor)
    if kind:
        out.setProperty("kind", kind)
    if primary:
        out.setProperty("primary", True)
        out.setDefault(True)
    return out


class OptionButton(QPushButton):
    """A wide, left-aligned choice whose words wrap rather than being cut off."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("kind", "option")
        self.setAccessibleName(text)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label = label(text, "option", wrap=True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 13, 18, 13)
        layout.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def sizeHint(self) -> QSize:
        return layout_of(self).totalSizeHint()

    def minimumSizeHint(self) -> QSize:
        return layout_of(self).totalMinimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return layout_of(self).totalHeightForWidth(width)


class StopRule(QFrame):
    """The stop rule, always in view: a short form, and the whole of it one click away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stop-rule")
        self.full_text = self.tr(
            "Mild stretching or effort is fine. Stop and rest if you feel sharp or shooting "
            "pain, pain or tingling spreading down a leg or arm, new numbness or weakness, "
            "dizziness, or pain that is clearly worse than when you started. If it hasn't "
            "settled by the next day, pick gentler moves; if it keeps happening, check with a "
            "clinician."
        )
        self.short_text = self.tr(
            "Mild stretching is fine. Stop if you feel sharp pain, pain or tingling down a "
            "leg or arm, numbness, weakness or dizziness."
        )
        self.text = label(self.short_text, wrap=True)
        self.text.setAccessibleName(self.tr("Stop rule"))
        self.setToolTip(self.full_text)
        self.setAccessibleName(self.tr("When to stop"))
        self.setAccessibleDescription(self.full_text)
        self.more_button = button(
            self.tr("Read all"), self.tr("Show the whole stop rule"), kind="link"
        )
        self.more_button.clicked.connect(self.toggle)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 10, 8)
        row.setSpacing(ROW_GAP)
        row.addWidget(self.text, 1)
        row.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignTop)

    def is_expanded(self) -> bool:
        return self.text.text() == self.full_text

    def toggle(self) -> None:
        expanded = not self.is_expanded()
        self.text.setText(self.full_text if expanded else self.short_text)
        self.more_button.setText(self.tr("Show less") if expanded else self.tr("Read all"))
        self.more_button.setAccessibleName(
            self.tr("Show the short stop rule") if expanded else self.tr("Show the whole stop rule")
        )


def card_page(
    items: list[QWidget | QHBoxLayout],
    footer: QHBoxLayout | None = None,
    *,
    max_width: int = 720,
    tone: str | None = None,
) -> QWidget:
    """A page with one card in its middle (`items` inside it), and `footer` along the bottom.

    `tone` ("danger" or "info") adds a coloured bar down the card's leading edge."""
    card = QFrame()
    card.setProperty("role", "card")
    card.setMaximumWidth(max_width)
    outer = QHBoxLayout(card)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    if tone:
        card.setProperty("tone", tone)
        strip = QFrame()
        strip.setObjectName("strip")
        strip.setProperty("role", "strip")
        strip.setProperty("tone", tone)
        strip.setFixedWidth(6)
        bar = QVBoxLayout()
        bar.setContentsMargins(22, 32, 0, 32)
        bar.addWidget(strip)
        outer.addLayout(bar)
    inner = QVBoxLayout()
    inner.setContentsMargins(28 if tone else 36, 30, 36, 28)
    inner.setSpacing(14)
    outer.addLayout(inner, 1)
    for item in items:
        if isinstance(item, QHBoxLayout):
            inner.addLayout(item)
        else:
            inner.addWidget(item)
    holder = QWidget()
    middle = QHBoxLayout(holder)
    middle.setContentsMargins(0, 0, 0, 0)
    middle.addStretch(1)
    middle.addWidget(card, 100)
    middle.addStretch(1)
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(48, 32, 48, 28)
    layout.setSpacing(GAP)
    layout.addStretch(1)
    # A card taller than the screen has room for (large text, a small screen) scrolls; the
    # footer's buttons stay in view.
    layout.addWidget(Scroller(holder))
    layout.addStretch(1)
    if footer is not None:
        layout.addLayout(footer)
    return page


def button_row(*buttons: QWidget, lead: QWidget | None = None) -> QHBoxLayout:
    """`buttons` at the trailing end of a row, `lead` (a hint, a button) at its start."""
    row = QHBoxLayout()
    row.setSpacing(ROW_GAP)
    if lead is not None:
        row.addWidget(lead)
    row.addStretch(1)
    for b in buttons:
        row.addWidget(b)
    return row


# --- for the windows that follow the desktop ----------------------------------------------


def primary_button(text: str, accessible_name: str | None = None) -> QPushButton:
    """The button that goes on, filled with the tier's colour by `house_style`."""
    button = QPushButton(text)
    button.setProperty("primary", True)
    button.setAccessibleName(accessible_name or text)
    return button


def title_label(text: str, role: str = "title") -> QLabel:
    """A heading; `role` is "title", "subtitle" or "heading", largest first."""
    label = QLabel(text)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def callout(text: str) -> QFrame:
    """What to do, set apart in the accent colour."""
    frame = QFrame()
    frame.setObjectName("callout")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 12, 10)
    label = body_label(text)
    layout.addWidget(label)
    frame.setAccessibleName(text)
    return frame


def body_label(text: str) -> QLabel:
    """Wrapped text the user can select (to copy a phone number or a path)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class StopRuleLabel(QFrame):
    """The stop rule, for every exercise screen (docs/evidence.md#stop-rule)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stop-rule")
        heading = self.tr("When to stop")
        self.rule = self.tr(
            "Mild stretching or effort is fine. Stop and rest if you feel sharp or shooting "
            "pain, pain or tingling spreading down a leg or arm, new numbness or weakness, "
            "dizziness, or pain that is clearly worse than when you started. If it hasn't "
            "settled by the next day, pick gentler moves; if it keeps happening, check with a "
            "clinician."
        )
        self.setAccessibleName(heading)
        self.setAccessibleDescription(self.rule)
        self.setStyleSheet(
            "#stop-rule { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 6px; } #stop-rule QLabel { background: transparent; }"
            ' #stop-rule QLabel[role="heading"] { font-weight: 600; }'
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(4)
        title = QLabel(heading)
        title.setProperty("role", "heading")
        layout.addWidget(title)
        layout.addWidget(body_label(self.rule))


# --- both ---------------------------------------------------------------------------------


def window_title(what: str) -> str:
    """Every window's title in one style, "backmove — <what>": the app's name first, so a
    task bar or a window switcher groups them, then what the window is for."""
    return f"backmove — {what}"


def centred(widget: QWidget, max_width: int) -> QVBoxLayout:
    """A layout that keeps `widget` in the middle, at most `max_width` wide.

    Stretch factors rather than an alignment flag: an aligned widget is given its preferred
    width but the height the layout worked out for the full width, and wrapped text is cut off.
    """
    widget.setMaximumWidth(max_width)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget, 1000)
    row.addStretch(1)
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    column.addStretch(1)
    column.addLayout(row)
    column.addStretch(1)
    return column


class Scroller(QScrollArea):
    """`content` at its whole height when the window can be that tall, scrolling when not.

    A layout short of room squeezes every widget in it, wrapped words too, until their lines
    are cut off; and how much room words need depends on the desktop's font and its size. Put
    what may not fit (everything but a window's buttons) in here: it asks for the height its
    content needs at the width it has, and below that it scrolls instead of squeezing."""

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        inner = content.layout()
        if inner is not None and inner.hasHeightForWidth():
            # The scroll area then sizes the content by its height at the width it has, not
            # by its minimum height, which is taken at its narrowest and scrolled needlessly.
            policy = content.sizePolicy()
            policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
            content.setSizePolicy(policy)
        self.setWidget(content)

    def _content(self) -> QWidget:
        content = self.widget()
        if content is None:
            raise TypeError("Scroller has no content to measure")
        return content

    def sizeHint(self) -> QSize:
        content = self._content()
        hint = content.sizeHint()
        frame = 2 * self.frameWidth()
        # Before the first layout the width is not known yet: the content's own stands in.
        laid_out = self.testAttribute(Qt.WidgetAttribute.WA_Resized)
        width = self.width() - frame if laid_out else hint.width()
        width = max(width, content.minimumSizeHint().width())
        height = content.heightForWidth(width) if content.hasHeightForWidth() else -1
        return QSize(hint.width() + frame, (height if height >= 0 else hint.height()) + frame)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the content allows (and its scroll bar), and only a few lines high:
        past that it scrolls."""
        least = self._content().minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        lines = 4 * self.fontMetrics().lineSpacing()
        return QSize(least.width() + bar, min(lines, self.sizeHint().height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # wrapped words need another height at another width


def layout_of(widget: QWidget) -> QLayout:
    """The layout `widget` was built with, for the windows that size themselves by it.

    Qt's `layout()` may answer None; these widgets always set one, so a missing layout is a
    mistake in building them, and it is named here rather than as an attribute of None.
    """
    layout = widget.layout()
    if layout is None:
        raise TypeError(f"{type(widget).__name__} has no layout to measure")
    return layout
