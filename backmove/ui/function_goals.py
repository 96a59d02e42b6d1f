"""The function goals' card: up to three activities the back makes hard, each rated 0–10
(the Patient-Specific Functional Scale, docs/evidence.md#function-goals).

Pain ratings say how the back feels; these say what the user can do. The goals tracked now are
listed with their own 0–10 scale, each with "Stop tracking" for an activity that no longer
fits; any room left up to three takes a new activity in the user's words with its first
rating. The scale's anchors are its authors' (0 = unable to do it, 10 = able to do it as
before), so the answers keep the meaning the scale's important change was measured with.

`GoalsForm` is the part that asks, shared by this dialog and the onboarding's optional page;
`FunctionGoalsDialog` wraps it for the tray, the dashboard and the four-weekly re-rating.
Keyboard: Tab reaches each field, scale and button (a scale is one Tab stop; the arrows move
along it), Enter saves once the answers are complete, Esc closes without saving.

It only asks and emits: `saved(ratings, new, retired)` with ratings {goal id: 0..10} of the
goals still tracked, new [(activity, 0..10)], retired [goal id]; or `dismissed()`.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from backmove.core.function_goals import MAX_ACTIVITY_CHARS, MAX_GOALS
from backmove.ui.end_of_day import EnterGoesOn, tracking_style
from backmove.ui.kit.theme import look_for, scaled_sheet
from backmove.ui.kit.widgets import Scroller, button, label, needed_height, window_title
from backmove.ui.rating import NrsButtons

_SCALE_BUTTON = 34


def _scale(spoken: str) -> NrsButtons:
    """A 0–10 scale with the function scale's anchors, read aloud with what it answers."""
    scale = NrsButtons(
        QCoreApplication.translate("GoalsForm", "Unable to do"),
        QCoreApplication.translate("GoalsForm", "Able to do as before"),
    )
    scale.setAccessibleName(spoken)
    for b in scale.buttons:
        b.setMinimumSize(_SCALE_BUTTON, 38)
        b.setAccessibleDescription(spoken)
    return scale


class _TrackedRow(QWidget):
    """A goal tracked now: its activity, its scale, and "Stop tracking"."""

    def __init__(self, goal_id: int, activity: str) -> None:
        super().__init__()
        self.goal_id = goal_id
        self.name = label(activity, "row-name", wrap=True)
        self.scale = _scale(
            self.tr("{activity}: how well you can do it now, 0 to 10").format(activity=activity),
        )
        self.stop_button = button(
            self.tr("Stop tracking"),
            self.tr("Stop tracking: {activity}").format(activity=activity),
            kind="quiet",
        )
        self.stop_button.setCheckable(True)
        self.stop_button.toggled.connect(self._stopped)
        self.stopped_note = label(
            self.tr("No longer tracked once you save; its ratings so far are kept."),
            "muted",
            wrap=True,
        )
        self.stopped_note.hide()
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.name, 1)
        head.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.scale)
        layout.addWidget(self.stopped_note)

    @property
    def stopped(self) -> bool:
        return self.stop_button.isChecked()

    def _stopped(self, on: bool) -> None:
        self.scale.setEnabled(not on)
        self.scale.setVisible(not on)
        self.stopped_note.setVisible(on)
        self.stop_button.setText(self.tr("Keep tracking") if on else self.tr("Stop tracking"))


class _NewRow(QWidget):
    """Room for a new activity: the user's words and its first rating."""

    def __init__(self, number: int) -> None:
        super().__init__()
        self.field = QLineEdit()
        self.field.setObjectName("activity")
        self.field.setMaxLength(MAX_ACTIVITY_CHARS)
        self.field.setPlaceholderText(self.tr("For example: sit through a one-hour meeting"))
        self.field.setAccessibleName(self.tr("Activity {n}").format(n=number))
        self.scale = _scale(
            self.tr("Activity {n}: how well you can do it now, 0 to 10").format(n=number)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.field)
        layout.addWidget(self.scale)

    @property
    def activity(self) -> str:
        return " ".join(self.field.text().split())


class GoalsForm(QWidget):
    """The goals tracked now to rate, and fields for new ones up to three in all."""

    changed = Signal()
    """An answer changed: the window may enable or disable its Save."""

    def __init__(self, tracked: Sequence[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tracked_rows = [_TrackedRow(goal_id, text) for goal_id, text in tracked[:MAX_GOALS]]
        self.new_rows = [_NewRow(n + 1) for n in range(MAX_GOALS - len(self.tracked_rows))]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        for row in self.tracked_rows:
            row.scale.chosen.connect(lambda _v: self.changed.emit())
            row.stop_button.toggled.connect(lambda _on: self.changed.emit())
            layout.addWidget(row)
        if self.tracked_rows and self.new_rows:
            layout.addWidget(
                label(self.tr("Another activity your back makes hard (optional)"), "muted")
            )
        for new in self.new_rows:
            new.field.textChanged.connect(lambda _t: self.changed.emit())
            new.scale.chosen.connect(lambda _v: self.changed.emit())
            layout.addWidget(new)
        layout.addStretch(1)

    def scales(self) -> list[NrsButtons]:
        return [r.scale for r in self.tracked_rows] + [r.scale for r in self.new_rows]

    def tab_chain(self) -> list[QWidget]:
        """The form's controls in reading order, for the window's Tab order. Every number of a
        scale is in it: which one is the scale's Tab stop changes with the answer."""
        chain: list[QWidget] = []
        for row in self.tracked_rows:
            chain += [row.stop_button, *row.scale.buttons]
        for new in self.new_rows:
            chain += [new.field, *new.scale.buttons]
        return chain

    def first_focus(self) -> QWidget:
        if self.tracked_rows:
            return self.tracked_rows[0].scale.buttons[0]
        return self.new_rows[0].field

    def answer(self) -> tuple[dict[int, int], list[tuple[str, int]], list[int]] | None:
        """(ratings, new, retired) when the answers are complete, else None: every goal still
        tracked rated, every new activity with words rated, a rating without words refused,
        and something to save at all."""
        ratings: dict[int, int] = {}
        retired: list[int] = []
        for row in self.tracked_rows:
            if row.stopped:
                retired.append(row.goal_id)
                continue
            value = row.scale.value()
            if value is None:
                return None
            ratings[row.goal_id] = value
        new: list[tuple[str, int]] = []
        for new_row in self.new_rows:
            value = new_row.scale.value()
            if not new_row.activity:
                if value is not None:
                    return None
                continue
            if value is None:
                return None
            new.append((new_row.activity, value))
        if not (ratings or new or retired):
            return None
        return ratings, new, retired

    def has_answers(self) -> bool:
        return any(s.value() is not None for s in self.scales()) or any(
            r.activity for r in self.new_rows
        )


def field_sheet(root: str, text: str, surface: str, line: str, accent: str) -> str:
    """The activity fields: the window's colours, and a ring in the accent while focused (the
    width stays the same, so the text does not move when the focus comes)."""
    return scaled_sheet(f"""
#{root} QLineEdit {{ background: {surface}; color: {text}; border: 2px solid {line};
    border-radius: 8px; padding: 6px 8px; font-size: 11pt; }}
#{root} QLineEdit:focus {{ border-color: {accent}; }}
""")


class FunctionGoalsDialog(QDialog):
    saved = Signal(object, object, object)
    """(ratings, new, retired): `object`, as a dict keyed by numbers is no Qt map."""
    dismissed = Signal()

    def __init__(
        self,
        tracked: Sequence[tuple[int, str]],
        *,
        theme: str = "system",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("goals")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(window_title(self.tr("What your back makes hard")))
        self.setAccessibleName(self.tr("Function goals"))
        look = look_for(theme)
        self.setStyleSheet(
            tracking_style(look, "goals")
            + scaled_sheet("""
#goals QLabel[role="row-name"] { font-size: 12pt; font-weight: 600; }
#goals QPushButton[role="scale"] { font-size: 11pt; }
""")
            + field_sheet("goals", look.text, look.surface, look.line, look.accent)
        )
        self._done = False
        self._enter = EnterGoesOn(self._go_on, self)
        self.form = GoalsForm(tracked)
        self.form.changed.connect(self._refresh)
        for scale in self.form.scales():
            self._enter.watch(scale)

        if self.form.tracked_rows:
            question = self.tr("How well can you do these now?")
            intro = self.tr(
                "Rate each activity as it is today. You can stop tracking one that no longer "
                "fits, and name another."
            )
        else:
            question = self.tr("What does your back make hard?")
            intro = self.tr(
                "Name up to three activities your back makes hard, in your own words, and rate "
                "how well you can do each now. backmove asks again every four weeks, so you can "
                "see what you can do change."
            )
        source = label(
            self.tr(
                "Patient-Specific Functional Scale (Stratford et al., Physiotherapy Canada 1995)"
            ),
            "fine-print",
            wrap=True,
        )
        self.hint = label(
            self.tr("Rate each activity to save; an activity needs words and a number."),
            "muted",
            wrap=True,
        )
        self.later_button = button(
            self.tr("Not now"), self.tr("Not now: close without saving"), kind="quiet"
        )
        self.later_button.clicked.connect(self.reject)
        self.save_button = button(self.tr("Save"), self.tr("Save the ratings"), primary=True)
        self.save_button.clicked.connect(self._save)
        footer = QHBoxLayout()
        footer.setSpacing(10)
        footer.addWidget(self.hint, 1)
        footer.addStretch(1)  # keeps the buttons their size while the hint is hidden
        footer.addWidget(self.later_button)
        footer.addWidget(self.save_button)

        words = QWidget()
        column = QVBoxLayout(words)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(label(self.tr("FUNCTION GOALS"), "eyebrow"))
        column.addWidget(label(question, "question", wrap=True))
        column.addWidget(label(intro, "muted", wrap=True))
        column.addSpacing(6)
        column.addWidget(self.form, 1)
        column.addWidget(source)
        # On a short screen, or with large text, the questions scroll; the buttons stay.
        self.scroller = Scroller(words)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 20)
        layout.setSpacing(10)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(footer)
        chain = [*self.form.tab_chain(), self.later_button, self.save_button]
        for a, b in pairwise(chain):
            QWidget.setTabOrder(a, b)
        self.resize(720, 640)
        self._refresh()
        self.form.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)

    def _refresh(self) -> None:
        complete = self.form.answer() is not None
        self.save_button.setEnabled(complete)
        self.hint.setVisible(not complete)

    def _go_on(self) -> None:
        if self.save_button.isEnabled():
            self.save_button.click()

    def _save(self) -> None:
        answer = self.form.answer()
        if answer is None or self._done:
            return
        self._done = True
        self.accept()
        self.saved.emit(*answer)

    def reject(self) -> None:
        if self._done:
            return
        self._done = True
        super().reject()
        self.dismissed.emit()

    def present(self) -> None:
        """In the middle of the primary screen, without taking focus; taller when larger text
        needs it."""
        self.resize(self.width(), max(self.height(), needed_height(self)))
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.resize(min(self.width(), area.width()), min(self.height(), area.height()))
            self.move(area.center().x() - self.width() // 2, area.center().y() - self.height() // 2)
        self.show()
