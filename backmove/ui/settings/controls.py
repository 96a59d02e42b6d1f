"""The controls the settings editors are made of, with what a preferences window needs.

Fields are at least FIELD_HEIGHT tall and ring themselves in the accent colour when they have
the keyboard focus; a scroll wheel passing over one scrolls the page instead of changing it;
Tab leaves a time or date field instead of walking through its parts. The on/off switch and
the area chips are check boxes underneath, so assistive tools know what they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from backmove.core.settings import Spec
from backmove.ui.kit.theme import grown
from backmove.ui.settings.words import unit_of

TIME_FORMAT = "HH:mm"
FIELD_HEIGHT = 30

if TYPE_CHECKING:
    _Mixin = QWidget
    """What the mixins below are to the type checker: each only ever sits in front of a
    QWidget subclass, so `self` is a widget and `super()` reaches the widget's own handler."""
else:
    _Mixin = object  # at run time a plain mixin, so each field has a single Qt base


class _WheelOnlyWhenFocused(_Mixin):
    """A scroll wheel passing over a field scrolls the page; it changes a value only in the
    field the user has chosen. Otherwise scrolling a long page silently edits settings."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class _FocusRing(_Mixin):
    """A ring in the accent colour around the field that has the keyboard focus. Qt's own
    style draws a faint one on some fields and none on a drop-down."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            p = QPainter(self)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(QPen(self.palette().highlight().color(), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)
            p.end()


class Field(_FocusRing, QLineEdit):
    """A line of text with the same focus ring as every other field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(FIELD_HEIGHT)
        self.setTextMargins(6, 0, 6, 0)


class _TabLeavesTheField(_Mixin):
    """Tab goes to the next control, not to the next part (hour, minute) of a time or date:
    typing moves from part to part by itself, and a week of working hours would otherwise
    take twice as many Tabs to cross."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class Spin(_FocusRing, _WheelOnlyWhenFocused, QSpinBox):
    def __init__(self, spec: Spec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(FIELD_HEIGHT)
        assert spec.lo is not None and spec.hi is not None
        self.setRange(int(spec.lo), int(spec.hi))
        unit = unit_of(spec.key)
        if unit:
            self.setSuffix(unit if unit == "%" else f" {unit}")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMinimumWidth(grown(104))


class Combo(_FocusRing, _WheelOnlyWhenFocused, QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(FIELD_HEIGHT)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)


class TimeField(_FocusRing, _TabLeavesTheField, _WheelOnlyWhenFocused, QTimeEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(FIELD_HEIGHT)
        self.setDisplayFormat(TIME_FORMAT)
        self.setButtonSymbols(QTimeEdit.ButtonSymbols.NoButtons)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumWidth(grown(68))


class DateField(_FocusRing, _TabLeavesTheField, _WheelOnlyWhenFocused, QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(FIELD_HEIGHT)
        self.setCalendarPopup(True)
        self.calendarWidget().setGridVisible(False)  # built now, so the window's theme reaches it
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumWidth(grown(124))


def small_button(text: str, accessible: str, kind: str | None = None) -> QToolButton:
    out = QToolButton()
    out.setText(text)
    out.setAccessibleName(accessible)
    out.setToolTip(accessible)
    if kind:
        out.setProperty("kind", kind)
    out.setCursor(Qt.CursorShape.PointingHandCursor)
    out.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    if kind == "remove":
        out.setFixedSize(grown(24), grown(24))  # its "×" grows with the desktop's text
    return out


class TabAnchor(QWidget):
    """An invisible mark in the Tab order for controls that are built again as values change.

    Qt appends a new widget to the end of the window's Tab order, after every other page; the
    rebuilt controls are chained after this mark instead, so Tab still goes through them in
    the order they are shown.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.hide()

    def chain(self, widgets: list[QWidget]) -> None:
        before: QWidget = self
        for widget in widgets:
            QWidget.setTabOrder(before, widget)
            before = widget


class Switch(QCheckBox):
    """An on/off switch: a check box (for assistive tools and tests) drawn as a toggle, with
    its own focus ring because the style draws none around a check box without text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(48, 30)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        pal = self.palette()
        accent = pal.highlight().color()
        on = self.isChecked()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Flush right, like the other controls, with just room for the focus ring around it.
        track = QRectF(self.width() - 43.5, (self.height() - 18) / 2, 40, 18)
        if self.hasFocus():
            p.setPen(QPen(accent, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(track.adjusted(-2.5, -2.5, 2.5, 2.5), 11.5, 11.5)
        off_track = QColor(pal.dark().color())
        off_track.setAlphaF(0.55)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(accent if on else off_track)
        if not self.isEnabled():
            p.setOpacity(0.4)
        p.drawRoundedRect(track, 9, 9)
        knob = 14
        x = track.right() - knob - 2 if on else track.left() + 2
        p.setBrush(QColor(pal.highlightedText().color() if on else pal.base().color()))
        p.drawEllipse(QRectF(x, track.top() + 2, knob, knob))
        p.end()


class AreaBox(QCheckBox):
    """A body area drawn as a chip; a click anywhere on the chip ticks it."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setProperty("role", "area")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)
