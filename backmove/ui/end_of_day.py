"""The end-of-day question: how the low back was on average today, 0 to 10.

This is backmove's main series (docs/evidence.md#end-of-day-rating), so its wording never
changes and never says "right now": its recall window is the day, and a chart must not mix the
two. It comes as a small card at the bottom right of the screen the user works on, and does not
take the focus, so typing goes on into whatever the user was doing; once clicked, the card works
from the keyboard alone: 0–9 pick (the arrows and End reach 10, and Enter picks the number they
reached), Enter saves, Esc means "Not today".

It only asks and emits: `rated(value)` after Save, `dismissed()` after "Not today", Esc or
closing. Storing the answer is the app's job.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QVBoxLayout, QWidget

from backmove.ui.kit.screens import Spot, put
from backmove.ui.kit.theme import Look, grown, look_for, scaled_sheet, window_sheet
from backmove.ui.kit.widgets import button, label, layout_of, window_title
from backmove.ui.rating import NrsButtons

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_WALK = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End)


def tracking_style(look: Look, root: str) -> str:
    """The break window's style sheet, plus what the tracking questions add to it."""
    return window_sheet(look, root) + scaled_sheet(f"""
#{root} QLabel[role="fine-print"] {{ color: {look.muted}; font-size: 9pt; }}
#{root} QPushButton[role="scale"] {{ font-size: 12pt; }}
#{root} QPushButton[role="scale"]:checked:focus {{ border: 2px solid {look.text}; }}
#{root} QPushButton[primary="true"]:disabled {{ background: {look.accent_soft};
    border-color: {look.accent_soft}; color: {look.muted}; }}
""")


def focused_number(scale: NrsButtons) -> int | None:
    """The number whose button has the keyboard focus, if any."""
    focus = QApplication.focusWidget()
    return scale.buttons.index(focus) if focus in scale.buttons else None


class EnterGoesOn(QObject):
    """Enter on a 0–10 scale: picks the number the arrow keys walked to, if they did, then
    calls `go_on` (save, or the next page, when the answers are complete).

    Only a walked-to number is picked: Tab lands on 0 before any answer, and an Enter there
    must not answer 0 for the user.
    """

    entered = Signal()
    """Enter was pressed on a watched scale (after picking the walked-to number)."""

    def __init__(self, go_on: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        # A signal, not a stored `go_on`: this child holding its dialog's bound method would
        # tie the two in a reference cycle, and a window in a cycle is destroyed by Python's
        # cycle collector at any allocation, even inside its own paintEvent.
        self.entered.connect(go_on)

    def watch(self, scale: NrsButtons) -> None:
        scale.installEventFilter(self)
        scale.chosen.connect(lambda _value: scale.setProperty("walked", False))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not (
            isinstance(watched, NrsButtons)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            return False
        if event.key() in _WALK:
            watched.setProperty("walked", True)
            return False
        if event.key() in _ENTER:
            at = focused_number(watched)
            if at is not None and watched.property("walked"):
                watched.choose(at)
            self.entered.emit()
            return True
        return False


class EndOfDayRating(QDialog):
    rated = Signal(int)
    dismissed = Signal()

    def __init__(self, *, theme: str = "system", parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setObjectName("end-of-day")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(window_title(self.tr("Your back today")))
        look = look_for(theme)
        self.setStyleSheet(
            tracking_style(look, "end-of-day")
            + scaled_sheet(f"""
#end-of-day {{ border: 1px solid {look.line}; border-left: 5px solid {look.accent}; }}
#end-of-day QLabel[role="question"] {{ font-size: 12pt; }}
""")
        )
        self._done = False

        eyebrow = label(self.tr("END OF THE DAY"), "eyebrow")
        self.question = label(
            self.tr("How bad was your low back pain on average today?"), "question", wrap=True
        )
        self.setAccessibleName(self.tr("End-of-day question"))
        self.setAccessibleDescription(self.question.text())
        self.scale = NrsButtons()
        self.scale.setAccessibleDescription(self.question.text())
        for b in self.scale.buttons:
            b.setMinimumSize(34, 40)
        self.scale.chosen.connect(self._picked)
        EnterGoesOn(self._save, self).watch(self.scale)
        self.privacy = label(
            self.tr("Your answer stays on this computer only."), "fine-print", wrap=True
        )

        self.skip_button = button(
            self.tr("Not today"), self.tr("Not today: skip the question"), kind="quiet"
        )
        self.skip_button.clicked.connect(self.reject)
        self.save_button = button(self.tr("Save"), self.tr("Save my answer"), primary=True)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._save)
        footer = QHBoxLayout()
        footer.setSpacing(8)
        footer.addWidget(self.privacy, 1)
        footer.addWidget(self.skip_button)
        footer.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 18, 16)
        layout.setSpacing(10)
        layout.addWidget(eyebrow)
        layout.addWidget(self.question)
        layout.addSpacing(2)
        layout.addWidget(self.scale)
        layout.addSpacing(4)
        layout.addLayout(footer)
        self.setFixedWidth(grown(520))
        self.scale.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def value(self) -> int | None:
        return self.scale.value()

    def present(self) -> None:
        """Show the card at the bottom right of the screen holding the mouse pointer, without
        taking focus."""
        self.resize(self.width(), layout_of(self).totalHeightForWidth(self.width()))
        put(self, Spot.BOTTOM_RIGHT, self.size())

    def _picked(self, _value: int) -> None:
        self.save_button.setEnabled(True)

    def _save(self) -> None:
        value = self.scale.value()
        if value is None or self._done:
            return
        self._done = True
        self.accept()
        self.rated.emit(value)

    def reject(self) -> None:
        """ "Not today", Esc and closing the card all end here."""
        if not self._done:
            self._done = True
            super().reject()
            self.dismissed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.scale.choose(key - Qt.Key.Key_0)
            return
        super().keyPressEvent(event)
