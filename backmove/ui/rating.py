"""Asking how the back feels: the 0–10 scale, and helped / same / worse per move.

The scale is eleven whole-number buttons, never a slider: whole numbers are the validated form of
the pain NRS (docs/evidence.md#pain-rating-scale). A mouse answers with one click; the keyboard
answers with a digit (0–9), or walks the scale with the arrow keys (Home and End reach 0 and 10) and
answers with Enter or Space. Every question can be skipped: a rating nobody wanted to give is worse
than none.

These widgets only present and emit; what is stored, and when it is asked, is the app's call.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

VERDICTS: tuple[str, ...] = ("helped", "same", "worse")
_NAV_KEYS = frozenset(
    {
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
    }
)


class _ScaleButton(QPushButton):
    """A button of the scale that leaves arrows, digits and Enter to the scale around it,
    so they move along the scale rather than through the window's tab order."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tab lands on a number, not on the scale: the number carries the scale's name and
        question along, so "7 out of 10" is never read without what it answers."""
        scale = self.parentWidget()
        if scale is not None:
            self.setAccessibleDescription(
                ". ".join(t for t in (scale.accessibleName(), scale.accessibleDescription()) if t)
            )
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _NAV_KEYS or Qt.Key.Key_0 <= event.key() <= Qt.Key.Key_9:
            event.ignore()
            return
        super().keyPressEvent(event)


class NrsButtons(QWidget):
    """The 0–10 scale as a row of eleven buttons, with its two anchors underneath.

    `chosen(value)` is emitted whenever the user picks a number, by click, digit, or Enter or
    Space on the button the arrows reached. The picked number stays shown as selected.

    The scale is one stop in the Tab order, like a group of radio buttons: the picked number
    (0 before any pick), so Tab moves past the scale instead of through its eleven buttons,
    and the arrows move along it. Focusing the scale focuses that number.
    """

    chosen = Signal(int)

    def __init__(
        self,
        low_anchor: str | None = None,
        high_anchor: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("nrs")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Pain from 0 to 10"))
        self._value: int | None = None
        low = low_anchor if low_anchor is not None else self.tr("No pain")
        high = high_anchor if high_anchor is not None else self.tr("Worst pain you can imagine")
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.setSpacing(6)
        for n in range(11):
            button = _ScaleButton(str(n))
            button.setProperty("role", "scale")
            button.setCheckable(True)
            button.setAutoDefault(False)  # Enter on a number is the scale's, not a dialog's
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumSize(40, 46)
            if n == 0:
                button.setAccessibleName(self.tr("0 out of 10, {anchor}").format(anchor=low))
            elif n == 10:
                button.setAccessibleName(self.tr("10 out of 10, {anchor}").format(anchor=high))
            else:
                button.setAccessibleName(self.tr("{n} out of 10").format(n=n))
            button.clicked.connect(lambda _=False, n=n: self.choose(n))
            self.buttons.append(button)
            row.addWidget(button)
        anchors = QHBoxLayout()
        self.low_label = QLabel(self.tr("0 = {anchor}").format(anchor=low))
        self.high_label = QLabel(self.tr("10 = {anchor}").format(anchor=high))
        for label in (self.low_label, self.high_label):
            label.setProperty("role", "muted")
        self.high_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        anchors.addWidget(self.low_label)
        anchors.addStretch(1)
        anchors.addWidget(self.high_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(row)
        layout.addLayout(anchors)
        self._settle()

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        """Show `value` as selected (None: nothing), without emitting."""
        self._value = value
        for n, button in enumerate(self.buttons):
            button.setChecked(n == value)
        self._settle()

    def _settle(self) -> None:
        """Make the picked number (or 0) the scale's one Tab stop."""
        stop = self.buttons[self._value or 0]
        for button in self.buttons:
            button.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if button is stop else Qt.FocusPolicy.ClickFocus
            )
        self.setFocusProxy(stop)

    def choose(self, value: int) -> None:
        """Pick `value` as the user would."""
        self.set_value(value)
        self.buttons[value].setFocus(Qt.FocusReason.OtherFocusReason)
        self.chosen.emit(value)

    def _focused_index(self) -> int | None:
        focus = self.focusWidget()
        if focus is not None and focus.hasFocus() and focus in self.buttons:
            return self.buttons.index(focus)
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.choose(key - Qt.Key.Key_0)
            return
        at = self._focused_index()
        start = at if at is not None else self._value
        target: int | None = None
        if key == Qt.Key.Key_Right:
            target = 0 if start is None else min(10, start + 1)
        elif key == Qt.Key.Key_Left:
            target = 10 if start is None else max(0, start - 1)
        elif key == Qt.Key.Key_Home:
            target = 0
        elif key == Qt.Key.Key_End:
            target = 10
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and at is not None:
            if at == self._value:
                # Already the answer: Enter goes on to the window (Finish, Save), so typing a
                # digit and pressing Enter answers and moves on.
                event.ignore()
                return
            self.choose(at)
            return
        if target is None:
            super().keyPressEvent(event)
            return
        self.buttons[target].setFocus(Qt.FocusReason.TabFocusReason)


class NrsQuestion(QWidget):
    """A question above the scale, and a way to skip it.

    `answered(value)` follows each pick; `skipped()` follows the Skip link. Digits typed
    anywhere in the question (the Skip link focused, say) still answer.
    """

    answered = Signal(int)
    skipped = Signal()

    def __init__(
        self,
        question: str,
        *,
        skip_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        self.question.setProperty("role", "question")
        self.scale = NrsButtons()
        self.scale.setAccessibleDescription(question)
        self.scale.chosen.connect(self.answered)
        self.skip_button = QPushButton(
            skip_text if skip_text is not None else self.tr("Skip this question")
        )
        self.skip_button.setProperty("kind", "link")
        self.skip_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.skip_button.setAccessibleName(self.tr("Skip this question"))
        self.skip_button.clicked.connect(self.skipped)
        skip_row = QHBoxLayout()
        skip_row.addStretch(1)
        skip_row.addWidget(self.skip_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.question)
        layout.addWidget(self.scale)
        layout.addLayout(skip_row)
        self.setFocusProxy(self.scale)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if Qt.Key.Key_0 <= event.key() <= Qt.Key.Key_9:
            self.scale.choose(event.key() - Qt.Key.Key_0)
            return
        super().keyPressEvent(event)


class MoveVerdicts(QWidget):
    """One row per move: its name, then Helped, Same and Worse.

    An answer can be changed, or taken back by clicking it again; `verdicts()` says what is
    chosen now, and `changed(move_id, verdict)` follows every change ('' when taken back).
    """

    changed = Signal(str, str)

    def __init__(self, moves: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        """`moves` are (move id, move name) pairs, in the order they were done."""
        super().__init__(parent)
        labels = {
            "helped": self.tr("Helped"),
            "same": self.tr("Same"),
            "worse": self.tr("Worse"),
        }
        self._chosen: dict[str, str] = {}
        self.buttons: dict[str, dict[str, QPushButton]] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(0, 1)
        for row, (move_id, name) in enumerate(moves):
            label = QLabel(name)
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            self.buttons[move_id] = {}
            for col, verdict in enumerate(VERDICTS, start=1):
                button = QPushButton(labels[verdict])
                button.setCheckable(True)
                button.setProperty("role", "verdict")
                button.setAccessibleName(
                    self.tr("{move}: {verdict}").format(move=name, verdict=labels[verdict])
                )
                button.clicked.connect(lambda _=False, m=move_id, v=verdict: self._pick(m, v))
                self.buttons[move_id][verdict] = button
                grid.addWidget(button, row, col)

    def verdicts(self) -> dict[str, str]:
        return dict(self._chosen)

    def _pick(self, move_id: str, verdict: str) -> None:
        if self._chosen.get(move_id) == verdict:
            del self._chosen[move_id]
            verdict = ""
        else:
            self._chosen[move_id] = verdict
        for name, button in self.buttons[move_id].items():
            button.setChecked(name == verdict)
        self.changed.emit(move_id, verdict)
