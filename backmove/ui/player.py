"""The break window: a routine played move by move, grown from the prompt's Start.

It shows the animated figure, the move's name, its cues, the dose with a live rep counter or
hold countdown, progress through the routine and the time left, with the stop rule
(CONTENT.md §3.3) always in view. It decides nothing: it plays what it is given and emits what
the user did. Which symptom leads where after "Stop — this hurts" is the app's call, answered
through `show_safety_card` or `mark_not_tolerated`.

Keys act only when the window has the keyboard focus (they arrive as key presses, never as
global shortcuts): Enter = Next / Done, Esc = Skip, S = Snooze for the middle length.

How a break ends, one signal each:
- `completed()`: Done on the last move (after the optional after-questions).
- `skipped()`: Skip, Esc or closing the window before any move was done.
- `partial()`: the same once at least one move was done (the button then reads "End early"),
  or ending the break from the stop flow. A move counts as done once its dose ran out or the
  user moved past it with Next.
- `snoozed(minutes)`.

Time comes from a Clock: `tick()` reads it and updates the counters, and the window's own timer
calls `tick()` only while the window is shown, so tests drive it with a SimulatedClock.

The pieces other windows share with it (its look, labels and buttons, the stop rule, the
chime, placing it on the screens) live in `backmove.ui.kit`; this module holds only the player
and its private parts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from PySide6.QtCore import QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QHideEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backmove.core.catalog import Move
from backmove.core.clock import Clock, SystemClock
from backmove.core.pose_schedule import PoseSchedule, build
from backmove.ui.figure import FigureWidget
from backmove.ui.kit.chime import Chime
from backmove.ui.kit.theme import GAP, ROW_GAP, Look, accent_for, look_for, window_sheet
from backmove.ui.kit.widgets import (
    TICK_MS,
    OptionButton,
    ScreenDimmer,
    StopRule,
    button,
    button_row,
    card_page,
    centred,
    label,
    mmss,
    place,
    window_title,
)
from backmove.ui.rating import MoveVerdicts, NrsQuestion
from backmove.ui.safety_cards import SafetyCard

SYMPTOMS: tuple[str, ...] = ("leg", "saddle", "sharp", "dizziness", "worse")
"""The codes `stop_this_hurts` carries, in the order the stop page lists them: pain, numbness
or tingling down a leg; numbness around the genitals or bottom, or bladder or bowel trouble;
sharp or shooting pain; dizziness; it just feels worse."""

ADVANCE_AFTER_S = 3.0  # a finished move stays up this long before the next one comes


# --- the routine --------------------------------------------------------------------------


@dataclass(frozen=True)
class PlayerStep:
    """One move of a routine and how much of it: None takes the low end of the move's dose.

    `sides` is "both", "each" or "alternate" (None: as the move's dose says).
    """

    move: Move
    reps: int | None = None
    hold_s: float | None = None
    duration_s: float | None = None
    sets: int = 1
    sides: str | None = None


@dataclass(frozen=True)
class _Plan:
    step: PlayerStep
    move: Move  # with the step's sides
    timeline: PoseSchedule

    @property
    def total(self) -> float:
        return self.timeline.duration * max(1, self.step.sets)


def _plan(step: PlayerStep) -> _Plan:
    move = step.move
    if step.sides is not None and step.sides != move.dose.sides:
        move = replace(move, dose=replace(move.dose, sides=step.sides))
    kw: dict[str, Any] = {"reps": step.reps, "hold_s": step.hold_s, "duration_s": step.duration_s}
    if move.figure is not None:
        timeline = PoseSchedule.for_move(move, **kw)
    else:  # a user's move with a picture: count its dose all the same
        timeline = build(move.dose, 2, "there_and_back", **kw)
    return _Plan(step, move, timeline)


class _DoseFigure(FigureWidget):
    """The figure playing the step's own dose, so the ring and the counter agree.

    FigureWidget plays the catalog's low dose; a routine may ask for more reps or a longer
    hold, so the schedule is swapped for the step's before it starts.
    """

    def show_plan(self, plan: _Plan) -> None:
        self.set_move(plan.move)
        if plan.move.figure is not None:
            self._timeline = plan.timeline
        self.seek(0.0)


class _ProgressDots(QWidget):
    """One dot per move: done ones filled, the current one ringed, the rest hollow."""

    def __init__(self, look: Look, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._look = look
        self._count = 0
        self._current = 0
        self._done: set[int] = set()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_state(self, count: int, current: int, done: set[int]) -> None:
        self._count, self._current, self._done = count, current, set(done)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(max(1, self._count) * 20, 20)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        accent, line = QColor(self._look.accent), QColor(self._look.line)
        for i in range(self._count):
            c = QPointF(10 + i * 20, self.height() / 2)
            if i == self._current:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(accent)
                p.drawEllipse(c, 6.5, 6.5)
            elif i in self._done:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(accent)
                p.drawEllipse(c, 4.5, 4.5)
            else:
                p.setPen(line)
                p.setBrush(QColor(self._look.surface))
                p.drawEllipse(c, 4.5, 4.5)
        p.end()


class PlayerWindow(QWidget):
    """The routine player: see the module's docstring for how a break ends."""

    completed = Signal()
    skipped = Signal()
    snoozed = Signal(int)
    partial = Signal()
    move_feedback = Signal(str, str)
    rating = Signal(str, int)
    stop_this_hurts = Signal(str, str)

    PAGES: ClassVar[tuple[str, ...]] = (
        "before",
        "move",
        "stop",
        "not_tolerated",
        "safety",
        "after",
    )

    def __init__(
        self,
        steps: list[PlayerStep],
        *,
        theme: str = "system",
        reduced_motion: bool = False,
        ask_before_after: bool = False,
        snooze_options_min: list[int] | None = None,
        clock: Clock | None = None,
        sound: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        if not steps:
            raise ValueError("a routine needs at least one move")
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("player")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(window_title(self.tr("Break")))
        self.setAccessibleName(self.tr("Break"))
        self._look = look_for(theme)
        self.setStyleSheet(window_sheet(self._look, "player"))
        self._clock: Clock = clock if clock is not None else SystemClock()
        self._plans = [_plan(s) for s in steps]
        self._ask = ask_before_after
        self._snooze_options = sorted(snooze_options_min or [])
        self.chime: Chime | None = None
        self._sound = sound
        self._index = 0
        self._done: list[int] = []
        self._not_tolerated: set[int] = set()
        self._banked = 0.0
        self._run_from: float | None = None
        self._ended = False
        self._stop_move = ""
        self._dimmers: list[ScreenDimmer] = []
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

        self.stack = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        self._build_before()
        self._build_move(reduced_motion)
        self._build_stop()
        self._build_not_tolerated()
        self._build_safety()
        self._build_after()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setMinimumSize(720, 540)
        self._show_page("before" if self._ask else "move")
        self._enter_move(0)

    # --- building ---------------------------------------------------------------------------

    def _add(self, name: str, page: QWidget) -> None:
        self._pages[name] = page
        self.stack.addWidget(page)

    def _footer(self, *, stop: bool) -> tuple[QHBoxLayout, QToolButton, QPushButton]:
        row = QHBoxLayout()
        row.setSpacing(ROW_GAP)
        snooze = QToolButton()
        snooze.setText(self.tr("Snooze ▾"))
        snooze.setAccessibleName(self.tr("Snooze the break"))
        snooze.setAccessibleDescription(self.tr("Choose how many minutes to put it off."))
        snooze.setCursor(Qt.CursorShape.PointingHandCursor)
        snooze.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        snooze.setEnabled(bool(self._snooze_options))
        skip = button(self.tr("Skip"), self.tr("Skip this break"), kind="quiet")
        skip.clicked.connect(self._skip)
        if stop:
            self.stop_button = button(
                self.tr("Stop — this hurts"), self.tr("Stop — this hurts"), kind="stop"
            )
            self.stop_button.setAccessibleDescription(
                self.tr("Pauses the move and asks what you feel.")
            )
            self.stop_button.clicked.connect(self._open_stop)
            row.addWidget(self.stop_button)
        row.addStretch(1)
        row.addWidget(skip)
        row.addWidget(snooze)
        return row, snooze, skip

    def _snooze_menu(self, parent: QToolButton) -> QMenu:
        menu = QMenu(parent)
        menu.setAccessibleName(self.tr("Snooze for"))
        for minutes in self._snooze_options:
            action = QAction(self.tr("%n min", "", minutes), menu)
            action.triggered.connect(lambda _=False, m=minutes: self._snooze(m))
            menu.addAction(action)
        parent.setMenu(menu)
        return menu

    def _build_before(self) -> None:
        eyebrow = label(self.tr("BEFORE WE START"), "eyebrow")
        self.before_question = NrsQuestion(self.tr("How bad is your low back pain right now?"))
        self.before_question.answered.connect(self._answer_before)
        self.before_question.skipped.connect(self._skip_before)
        hint = label(
            self.tr(
                "One tap. We ask on about one break in four, so you can see whether breaks help."
            ),
            "muted",
            wrap=True,
        )
        row, snooze, skip = self._footer(stop=False)
        skip.setText(self.tr("Skip break"))
        self.before_snooze_button, self.before_skip_button = snooze, skip
        self._snooze_menu(snooze)
        page = card_page([eyebrow, self.before_question, hint], row, max_width=900)
        self._add("before", page)

    def _build_move(self, reduced_motion: bool) -> None:
        self.progress = label(role="eyebrow")
        self.dots = _ProgressDots(self._look)
        self.time_left = label(role="time-left")
        self.time_left.setAccessibleName(self.tr("Time left in the break"))
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.progress)
        top.addWidget(self.dots)
        top.addStretch(1)
        top.addWidget(self.time_left)

        self.figure = _DoseFigure(
            theme=self._look.name, reduced_motion=reduced_motion, clock=self._clock
        )
        self.figure.setMinimumSize(300, 260)

        self.title = label(role="title", wrap=True)
        self.title.setAccessibleName(self.tr("Move"))
        self.dose = label(role="dose", wrap=True)
        self.dose.setAccessibleName(self.tr("How much"))
        self.counter = label(role="counter")
        self.counter.setAccessibleName(self.tr("Counter"))
        self.counter_detail = label(role="muted")
        chip = QFrame()
        chip.setProperty("role", "chip")
        chip_layout = QVBoxLayout(chip)
        chip_layout.setContentsMargins(18, 12, 18, 12)
        chip_layout.setSpacing(2)
        chip_layout.addWidget(self.counter)
        chip_layout.addWidget(self.counter_detail)
        self.cues = QWidget()
        self._cue_grid = QGridLayout(self.cues)
        self._cue_grid.setContentsMargins(0, 0, 0, 0)
        self._cue_grid.setHorizontalSpacing(12)
        self._cue_grid.setVerticalSpacing(10)
        self._cue_grid.setColumnStretch(1, 1)
        self.cues.setAccessibleName(self.tr("How to do it"))
        self.cautions = label(role="caution", wrap=True)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(10, 6, 6, 6)  # room inside its focus ring
        side_layout.setSpacing(12)
        side_layout.addWidget(self.title)
        side_layout.addWidget(self.dose)
        side_layout.addSpacing(4)
        side_layout.addWidget(chip, 0, Qt.AlignmentFlag.AlignLeft)
        side_layout.addSpacing(8)
        side_layout.addWidget(self.cues)
        side_layout.addWidget(self.cautions)
        side_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        # A Tab stop of its own, so the arrow keys can scroll cues that large text pushed
        # out of view.
        scroll.setAccessibleName(self.tr("How to do it"))
        scroll.setProperty("ring", True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        body = QHBoxLayout()
        body.setSpacing(32)
        body.addWidget(self.figure, 11)
        body.addWidget(scroll, 9)

        self.stop_rule = StopRule()
        row, self.snooze_button, self.skip_button = self._footer(stop=True)
        self.snooze_menu = self._snooze_menu(self.snooze_button)
        self.next_button = button(self.tr("Next"), self.tr("Next move"), primary=True)
        self.next_button.clicked.connect(self._next)
        row.addSpacing(8)
        row.addWidget(self.next_button)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(36, 24, 36, 24)
        layout.setSpacing(GAP)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.stop_rule)
        layout.addLayout(row)
        self._add("move", page)

    def _build_stop(self) -> None:
        title = label(self.tr("Stop. What are you feeling?"), "question", wrap=True)
        intro = label(
            self.tr("Rest where you are. Pick what fits best: it helps us keep you safe."),
            "muted",
            wrap=True,
        )
        texts = {
            "leg": self.tr("Pain, numbness or tingling going down a leg"),
            "saddle": self.tr(
                "Numbness around the genitals or bottom, or trouble with bladder or bowels"
            ),
            "sharp": self.tr("Sharp or shooting pain"),
            "dizziness": self.tr("Dizziness"),
            "worse": self.tr("It just feels worse"),
        }
        self.symptom_buttons: dict[str, QPushButton] = {}
        for code in SYMPTOMS:
            b = OptionButton(texts[code])
            b.clicked.connect(lambda _=False, c=code: self._choose_symptom(c))
            self.symptom_buttons[code] = b
        self.back_button = button(
            self.tr("Back to the move"), self.tr("Back to the move"), kind="quiet"
        )
        self.back_button.clicked.connect(self._back_to_move)
        page = card_page(
            [title, intro, *self.symptom_buttons.values()],
            button_row(self.back_button),
            tone="danger",
            max_width=880,
        )
        self._add("stop", page)

    def _build_not_tolerated(self) -> None:
        self.not_tolerated_move = label(role="eyebrow")
        title = label(self.tr("We'll leave this move out for a week"), "question", wrap=True)
        body = label(
            self.tr(
                "Thanks for telling us. Rest a moment and let it settle. If it hasn't settled by "
                "tomorrow, pick gentler moves; if it keeps happening, check with a clinician."
            ),
            "body",
            wrap=True,
        )
        self.up_next = label(role="muted", wrap=True)
        self.continue_button = button(
            self.tr("Continue with the next move"),
            self.tr("Continue with the next move"),
            primary=True,
        )
        self.continue_button.clicked.connect(self._continue_after_stop)
        self.end_button = button(self.tr("End the break"), self.tr("End the break"))
        self.end_button.clicked.connect(lambda: self._end("partial"))
        page = card_page(
            [
                self.not_tolerated_move,
                title,
                body,
                self.up_next,
                button_row(self.end_button, self.continue_button),
            ],
            tone="info",
        )
        self._add("not_tolerated", page)

    def _build_safety(self) -> None:
        """The page that holds the safety card the app asks for (ui.safety_cards)."""
        self.safety_card: SafetyCard | None = None
        page = QWidget()
        self._safety_layout = QVBoxLayout(page)
        self._safety_layout.setContentsMargins(48, 32, 48, 32)
        self._add("safety", page)

    def _build_after(self) -> None:
        eyebrow = label(self.tr("NICELY DONE"), "eyebrow")
        self.after_question = NrsQuestion(
            self.tr("How bad is your low back pain right now?"), skip_text=self.tr("Clear")
        )
        self.after_question.skip_button.setAccessibleName(self.tr("Clear the answer"))
        self.after_question.skipped.connect(lambda: self.after_question.scale.set_value(None))
        self.moves_heading = label(self.tr("How did each move feel?"), "question")
        self.verdicts = MoveVerdicts([])
        self._verdict_holder = QVBoxLayout()
        self._verdict_holder.setContentsMargins(0, 0, 0, 0)
        self._verdict_holder.addWidget(self.verdicts)
        hint = label(self.tr("All optional: answer what you like."), "muted")
        self.finish_button = button(self.tr("Finish"), self.tr("Finish the break"), primary=True)
        self.finish_button.clicked.connect(self._finish)
        holder = QWidget()
        holder.setLayout(self._verdict_holder)
        page = card_page(
            [eyebrow, self.after_question, self.moves_heading, holder],
            button_row(self.finish_button, lead=hint),
            max_width=900,
        )
        self._add("after", page)

    # --- what is shown ----------------------------------------------------------------------

    def page(self) -> str:
        """The page up now: one of PAGES."""
        current = self.stack.currentWidget()
        return next(name for name, w in self._pages.items() if w is current)

    def current_index(self) -> int:
        return self._index

    def current_move(self) -> Move:
        return self._plans[self._index].step.move

    def _show_page(self, name: str) -> None:
        self.stack.setCurrentWidget(self._pages[name])
        focus = {
            "before": self.before_question.scale,
            "move": self.next_button,
            "stop": self.back_button,
            "not_tolerated": self.continue_button,
            "safety": self.safety_card.acknowledge_button if self.safety_card else self.stack,
            "after": self.finish_button,
        }[name]
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self._sync_timer()

    def _enter_move(self, index: int) -> None:
        self._index = index
        plan = self._plans[index]
        move = plan.move
        count = len(self._plans)
        self.progress.setText(self.tr("MOVE {n} OF {count}").format(n=index + 1, count=count))
        self.progress.setAccessibleName(
            self.tr("Move {n} of {count}").format(n=index + 1, count=count)
        )
        self.dots.set_state(count, index, set(self._done))
        self.title.setText(move.name)
        self.dose.setText(self._dose_text(plan))
        self._set_cues(move)
        self.figure.show_plan(plan)
        last = index == count - 1
        self.next_button.setText(self.tr("Done") if last else self.tr("Next"))
        self.next_button.setAccessibleName(
            self.tr("Done: finish the break") if last else self.tr("Next move")
        )
        self._banked = 0.0
        self._run_from = None
        self._resume()
        self.tick()

    def _set_cues(self, move: Move) -> None:
        while self._cue_grid.count():
            item = self._cue_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for i, cue in enumerate(move.cues):
            number = label(str(i + 1), "cue-number")
            number.setFixedSize(26, 26)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            number.setAccessibleName(self.tr("Step {n}").format(n=i + 1))
            text = label(cue, "cue", wrap=True)
            self._cue_grid.addWidget(number, i, 0, Qt.AlignmentFlag.AlignTop)
            self._cue_grid.addWidget(text, i, 1)
        cautions = " ".join(move.cautions)
        self.cautions.setText(
            self.tr("Take care: {text}").format(text=cautions) if cautions else ""
        )
        self.cautions.setVisible(bool(cautions))

    def _dose_text(self, plan: _Plan) -> str:
        dose = plan.move.dose
        tl = plan.timeline
        step = plan.step
        if dose.kind == "timed":
            seconds = round(tl.duration)
            what = (
                self.tr("%n min", "", seconds // 60)
                if seconds % 60 == 0
                else self.tr("%n s", "", seconds)
            )
        elif dose.kind == "hold":
            hold = step.hold_s if step.hold_s is not None else dose.hold_low_s
            what = self.tr("Hold {hold} s × {times}").format(hold=f"{hold:g}", times=tl.reps)
        else:
            what = self.tr("1 rep") if tl.reps == 1 else self.tr("{n} reps").format(n=tl.reps)
            hold = step.hold_s if step.hold_s is not None else dose.hold_low_s
            if hold > 0:
                what += " · " + self.tr("hold {hold} s each").format(hold=f"{hold:g}")
        parts = [what]
        if dose.sides == "each":
            parts.append(self.tr("each side"))
        elif dose.sides == "alternate":
            parts.append(self.tr("alternating sides"))
        if step.sets > 1:
            parts.append(self.tr("{n} sets").format(n=step.sets))
        return " · ".join(parts)

    def _elapsed(self) -> float:
        run = 0.0 if self._run_from is None else self._clock.monotonic() - self._run_from
        return self._banked + run

    def _pause(self) -> None:
        self._banked = self._elapsed()
        self._run_from = None

    def _resume(self) -> None:
        """Time runs only while a move is on screen: not before the window is shown, not
        while it is hidden, not on the stop page."""
        if (
            self._run_from is None
            and not self._ended
            and self.isVisible()
            and self.page() == "move"
        ):
            self._run_from = self._clock.monotonic()

    def seconds_left(self) -> float:
        """Seconds left in the break if every move runs its whole dose from here."""
        later = sum(p.total for p in self._plans[self._index + 1 :])
        return later + max(0.0, self._plans[self._index].total - self._elapsed())

    def tick(self) -> None:
        """Bring the counters up to the clock's time; the window's timer calls this."""
        plan = self._plans[self._index]
        elapsed = self._elapsed()
        self.time_left.setText(self.tr("{time} left").format(time=mmss(self.seconds_left())))
        big, small = self._counter_text(plan, elapsed)
        self.counter.setText(big)
        self.counter_detail.setText(small)
        self.counter_detail.setVisible(bool(small))
        self._relabel_skip()
        last = self._index == len(self._plans) - 1
        if (
            self.page() == "move"
            and not last
            and self._run_from is not None
            and elapsed >= plan.total + ADVANCE_AFTER_S
        ):
            self._next()

    def _counter_text(self, plan: _Plan, elapsed: float) -> tuple[str, str]:
        dose, tl, step = plan.move.dose, plan.timeline, plan.step
        last = self._index == len(self._plans) - 1
        if elapsed >= plan.total:
            if last:
                return self.tr("✓ Move done"), self.tr("That was the last one: press Done.")
            upcoming = self._plans[self._index + 1].move.name
            return self.tr("✓ Move done"), self.tr("Next: {name}").format(name=upcoming)
        sets = max(1, step.sets)
        set_no = min(sets - 1, int(elapsed // tl.duration))
        frame = tl.frame_at(elapsed - set_no * tl.duration)
        extra: list[str] = []
        if sets > 1:
            extra.append(self.tr("Set {n} of {sets}").format(n=set_no + 1, sets=sets))
        if dose.sides == "each":
            extra.append(self.tr("first side") if frame.side == 0 else self.tr("other side"))
        if dose.kind == "timed":
            big = mmss(plan.total - elapsed)
            extra.insert(0, self.tr("left of this move"))
        elif dose.kind == "hold":
            if frame.kind == "hold" and frame.hold_left is not None:
                big = self.tr("Hold · {s} s").format(s=math.ceil(frame.hold_left - 1e-6))
            elif frame.kind == "rest":
                big = self.tr("Relax")
            elif frame.dst > frame.src:
                big = self.tr("Ease into it")
            else:
                big = self.tr("Ease back")
            extra.insert(0, self.tr("Hold {n} of {reps}").format(n=frame.rep, reps=frame.reps))
        else:
            big = self.tr("Rep {n} of {reps}").format(n=frame.rep, reps=frame.reps)
            if frame.kind == "hold" and frame.hold_left is not None:
                extra.insert(0, self.tr("hold · {s} s").format(s=math.ceil(frame.hold_left - 1e-6)))
        return big, " · ".join(extra)

    # --- presenting ---------------------------------------------------------------------------

    def present(self, full_screen: bool = False) -> None:
        """Show the break on the screen holding the mouse pointer: a centred window, or full
        screen with every other screen dimmed. Plays the start chime when sound is on."""
        self._dimmers = place(self, full_screen, QSize(1000, 700), self._look.dim)
        if self._sound:
            self.chime = Chime.shared()
            self.chime.play("start")

    def dimmers(self) -> list[ScreenDimmer]:
        return list(self._dimmers)

    def _sync_timer(self) -> None:
        wanted = self.isVisible() and not self._ended and self.page() == "move"
        if wanted and not self._timer.isActive():
            self._timer.start()
        elif not wanted:
            self._timer.stop()

    # --- the app's answers to "Stop — this hurts" --------------------------------------------

    def show_safety_card(self, tier: str) -> None:
        """Show the safety card for tier "A" (get emergency help now, the whole screen) or
        "B" (see a doctor soon); "C" is accepted too. Acknowledging it ends the break
        (`partial`)."""
        if self.safety_card is not None:
            self.safety_card.hide()
            self.safety_card.deleteLater()
        while self._safety_layout.count():
            self._safety_layout.takeAt(0)
        dark = self._look.name == "dark"
        self.safety_card = SafetyCard(tier, dark=dark)
        look = self._look
        # The card styles itself from the desktop's palette; here it wears the window's look.
        self.safety_card.setStyleSheet(
            self.safety_card.styleSheet()
            + f"""
#safety-card {{ background: {look.surface}; border: 1px solid {look.line}; }}
#safety-card QLabel {{ color: {look.text}; background: transparent; }}
#safety-card #card-title {{ color: {accent_for(tier, dark)}; }}
"""
        )
        self.safety_card.acknowledged.connect(lambda: self._end("partial"))
        self._safety_layout.addLayout(centred(self.safety_card, 760))
        self._show_page("safety")
        if tier == "A" and not self.isFullScreen():
            self.showFullScreen()

    def mark_not_tolerated(self, move_id: str) -> None:
        """The move that hurt is left out for a week: say so, and offer to go on or stop.
        Emits move_feedback(move_id, "not_tolerated") for the app to record."""
        index = next(
            (i for i, p in enumerate(self._plans) if p.step.move.id == move_id), self._index
        )
        self._not_tolerated.add(index)
        self.move_feedback.emit(move_id, "not_tolerated")
        last = self._index == len(self._plans) - 1
        self.not_tolerated_move.setText(self._plans[index].step.move.name.upper())
        self.up_next.setText(
            ""
            if last
            else self.tr("Next up: {name}").format(name=self._plans[self._index + 1].step.move.name)
        )
        self.up_next.setVisible(not last)
        self.continue_button.setText(
            self.tr("Finish the break") if last else self.tr("Continue with the next move")
        )
        self.continue_button.setAccessibleName(self.continue_button.text())
        self.end_button.setVisible(not last)
        self._show_page("not_tolerated")

    # --- what the user does -------------------------------------------------------------------

    def _answer_before(self, value: int) -> None:
        self.rating.emit("now_before", value)
        self._start_moves()

    def _skip_before(self) -> None:
        self._start_moves()

    def _start_moves(self) -> None:
        self._show_page("move")
        self._resume()
        self.tick()

    def _next(self) -> None:
        if self._index not in self._done:
            self._done.append(self._index)
        if self._index + 1 < len(self._plans):
            self._enter_move(self._index + 1)
        else:
            self._routine_over()

    def _any_done(self) -> bool:
        return bool(self._done) or self._elapsed() >= self._plans[self._index].total

    def _relabel_skip(self) -> None:
        early = self._any_done()
        self.skip_button.setText(self.tr("End early") if early else self.tr("Skip"))
        self.skip_button.setAccessibleName(
            self.tr("End the break early") if early else self.tr("Skip this break")
        )

    def _routine_over(self) -> None:
        self._pause()
        if not self._ask:
            self._end("completed")
            return
        moves = [
            (self._plans[i].step.move.id, self._plans[i].step.move.name)
            for i in self._done
            if i not in self._not_tolerated
        ]
        fresh = MoveVerdicts(moves)
        self._verdict_holder.replaceWidget(self.verdicts, fresh)
        self.verdicts.deleteLater()
        self.verdicts = fresh
        self.moves_heading.setVisible(bool(moves))
        self._show_page("after")

    def _finish(self) -> None:
        value = self.after_question.scale.value()
        if value is not None:
            self.rating.emit("now_after", value)
        for move_id, verdict in self.verdicts.verdicts().items():
            self.move_feedback.emit(move_id, verdict)
        self._end("completed")

    def _skip(self) -> None:
        self._end("partial" if self._any_done() else "skipped")

    def _snooze(self, minutes: int) -> None:
        self._end("snoozed", minutes)

    def _open_stop(self) -> None:
        self._pause()
        self._stop_move = self.current_move().id
        for b in self.symptom_buttons.values():
            b.setEnabled(True)
        self._show_page("stop")

    def _choose_symptom(self, code: str) -> None:
        for b in self.symptom_buttons.values():
            b.setEnabled(False)
        self.stop_this_hurts.emit(self._stop_move, code)

    def _back_to_move(self) -> None:
        self._show_page("move")
        self._resume()
        self.tick()

    def _continue_after_stop(self) -> None:
        if self._index + 1 < len(self._plans):
            self._show_page("move")
            self._enter_move(self._index + 1)
        else:
            self._routine_over()

    def _end(self, outcome: str, minutes: int = 0) -> None:
        if self._ended:
            return
        self._ended = True
        self._timer.stop()
        if outcome == "completed":
            if self.chime is not None:
                self.chime.play("end")
            self.completed.emit()
        elif outcome == "partial":
            self.partial.emit()
        elif outcome == "skipped":
            self.skipped.emit()
        else:
            self.snoozed.emit(minutes)
        self.close()

    def dismiss(self) -> None:
        """Close without a word: the app ended the break itself (it expired, or the machine
        went to sleep), so nothing the user did is reported."""
        self._ended = True
        self._timer.stop()
        self.close()

    def is_ended(self) -> bool:
        return self._ended

    # --- Qt -----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, page = event.key(), self.page()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        escape = key == Qt.Key.Key_Escape
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        question = {"before": self.before_question, "after": self.after_question}.get(page)
        if question is not None and Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            question.scale.choose(key - Qt.Key.Key_0)
        elif key == Qt.Key.Key_S and plain and page in ("before", "move") and self._snooze_options:
            self._snooze(self._snooze_options[len(self._snooze_options) // 2])
        elif page == "move" and enter:
            self._next()
        elif page == "move" and escape:
            self._skip()
        elif page == "before" and escape:
            self._skip_before()
        elif page == "stop" and escape:
            self._back_to_move()
        elif page == "not_tolerated" and enter:
            self._continue_after_stop()
        elif page == "not_tolerated" and escape:
            self._end("partial")
        elif page == "safety" and (enter or escape) and self.safety_card is not None:
            self.safety_card.acknowledge_button.click()
        elif page == "after" and (enter or escape):
            self.finish_button.click()
        else:
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._resume()
        self._sync_timer()
        self.tick()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._pause()
        self._timer.stop()
        for dimmer in self._dimmers:
            dimmer.close()
        self._dimmers = []

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._ended:
            page = self.page()
            if page == "after":
                self._finish()
            elif page in ("stop", "not_tolerated", "safety"):
                self._end("partial")
            else:
                self._skip()
        event.accept()
