"""The break window: a routine played move by move, grown from the prompt's Start.

It shows the animated figure, the move's name, its cues, the dose with a live rep counter or hold
countdown, progress through the routine and the time left, with the stop rule
(docs/evidence.md#stop-rule) always in view. It decides nothing: it plays what it is given and emits
what the user did. Which symptom leads where after "Stop — this hurts" is the app's call, answered
through `show_safety_card` or `mark_not_tolerated`.

The move page holds still: from rep to rep and hold to rest only words and the figure change,
never where anything sits (a line that comes and goes keeps its room, the hold ring stays in
its place between holds), so a user glancing back from a stretch finds the cue where it was.
Its buttons keep their names from the first move to the last; only Next becomes Done on the
last move. Once the last move's dose has run out, Done is the only thing offered, and it comes
by itself after `FINISH_GRACE_S`. A completed break says so ("Well done — break logged") for
`ACKNOWLEDGE_S` before the window closes.

Keys act only when the window has the keyboard focus (they arrive as key presses, never as
global shortcuts): Enter = Next / Done, Esc = End break, S = Snooze for the middle length.

How a break ends, one signal each:
- `completed()`: Done on the last move (after the optional after-questions), or the last
  move's grace running out.
- `skipped()`: End break, Esc or closing the window before any move was done.
- `partial()`: the same once at least one move was done, or ending the break from the stop
  flow. A move counts as done once its dose ran out or the user moved past it with Next.
- `snoozed(minutes)`.

Time comes from a Clock: `tick()` reads it and updates the counters, and the window's own timer
calls `tick()` only while the window is shown, so tests drive it with a SimulatedClock.

The pieces other windows share with it (its look, labels and buttons, the stop rule, the
chime, placing it on the screens) live in `backmove.ui.kit`; this module holds only the player
and its private parts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
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
    QLabel,
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
from backmove.core.pose_schedule import Frame, PoseSchedule, build
from backmove.core.routines import CHANGE_S
from backmove.ui.figure import FigureWidget
from backmove.ui.kit.chime import Chime
from backmove.ui.kit.stop import SYMPTOMS as SYMPTOMS
from backmove.ui.kit.stop import StopPages
from backmove.ui.kit.theme import GAP, ROW_GAP, Look, look_for, window_sheet
from backmove.ui.kit.widgets import (
    TICK_MS,
    ScreenDimmer,
    StopRule,
    button,
    button_row,
    card_page,
    label,
    mmss,
    place,
    window_title,
)
from backmove.ui.rating import MoveVerdicts, NrsQuestion
from backmove.ui.safety_cards import SafetyCard

ADVANCE_AFTER_S = CHANGE_S
"""A finished move stays up this long before the next one comes: the routine's own change
time between two moves, so the time left the window counts is the length the routine was
chosen and announced by (`backmove.core.routines.Routine.total_s`)."""

FINISH_GRACE_S = 10.0
"""Once the last move's dose has run out, Done comes by itself after this long. Long enough
to read "that was the last one" and press Done on purpose; short enough that a user who
stepped back from the desk, or never saw the button, is not kept in a break that is over (the
break is then logged as completed, which it was)."""

ACKNOWLEDGE_S = 2.0
"""How long "Well done — break logged" stays up before the window closes: long enough to read
four words, short enough not to keep the user from their work."""


def _keep_room(widget: QWidget) -> None:
    """Hidden, the widget keeps its room in the layout: what is shown changes, not where."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


def _round(number: QLabel) -> None:
    """A step's number in a circle as large as its digits need in the font the user has (the
    look's 26 px at the least): a fixed circle cut them off in larger or taller fonts."""
    number.ensurePolished()  # the look's sheet sets the font the digits are measured in
    metrics = number.fontMetrics()
    side = max(26, metrics.height() + 4, metrics.horizontalAdvance(number.text()) + 10)
    number.setFixedSize(side, side)
    number.setStyleSheet(f"border-radius: {side // 2}px;")


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
        move = move.replace(dose=move.dose.replace(sides=step.sides))
    kw: dict[str, Any] = {"reps": step.reps, "hold_s": step.hold_s, "duration_s": step.duration_s}
    if move.figure is not None:
        timeline = PoseSchedule.for_move(move, **kw)
    else:  # a user's move with a picture: count its dose all the same
        timeline = build(move.dose, 2, "there_and_back", **kw)
    return _Plan(step, move, timeline)


class _DoseFigure(FigureWidget):
    """The figure playing the step's own dose, in step with the window's counter.

    FigureWidget plays the catalog's low dose; a routine may ask for more reps or a longer
    hold, so the schedule is swapped for the step's before it starts. The window moves it to
    its own count of the move (`follow`), so the ring and the counter never disagree, not even
    after a pause on the stop page. The hold ring stays in its place between holds, at rest,
    rather than popping in and out with each one; once the dose is over the figure stands
    still in its starting pose with no ring (`settle`), so nothing counts on after 0:00.
    """

    def __init__(self, **kw: Any) -> None:
        self._settled = False
        self._ring_s: float | None = None
        super().__init__(**kw)

    def show_plan(self, plan: _Plan) -> None:
        self._settled = False
        self.set_move(plan.move)
        self._ring_s = None
        if plan.move.figure is not None:
            self._timeline = plan.timeline
            holds = [s.duration for s in plan.timeline.steps if s.kind == "hold"]
            self._ring_s = max(holds) if holds else None
            self.seek(0.0)

    def follow(self, seconds: float) -> None:
        """Show the moment `seconds` into one set of the dose."""
        if self._timeline is not None and not self._settled:
            self.seek(seconds)

    def settle(self) -> None:
        """The dose is over: stand still, at the start, without the ring."""
        if self._settled:
            return
        self._settled = True
        if self._timeline is not None:
            self.seek(0.0)
        self._sync_timer()
        self.update()

    def is_settled(self) -> bool:
        return self._settled

    def hold_ring(self, frame: Frame) -> tuple[float, float, bool] | None:
        if self._settled:
            return None
        ring = super().hold_ring(frame)
        if ring is None and self._ring_s is not None:
            return self._ring_s, self._ring_s, True
        return ring

    def _sync_timer(self) -> None:
        if self._settled:
            self._timer.stop()
        else:
            super()._sync_timer()


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
        "done",
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
        self._done_at: float | None = None
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
        self._build_after()
        self._build_done()
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
        # One name from the first move to the last: what it does (end the break here) does not
        # change, only how the log counts it (skipped before any move is done, partial after).
        skip = button(self.tr("End break"), self.tr("End the break now"), kind="quiet")
        skip.clicked.connect(self._skip)
        _keep_room(skip)
        _keep_room(snooze)
        if stop:
            self.stop_button = button(
                self.tr("Stop — this hurts"), self.tr("Stop — this hurts"), kind="stop"
            )
            self.stop_button.setAccessibleDescription(
                self.tr("Pauses the move and asks what you feel.")
            )
            self.stop_button.clicked.connect(self._open_stop)
            _keep_room(self.stop_button)
            row.addWidget(self.stop_button)
        row.addStretch(1)
        row.addWidget(skip)
        row.addWidget(snooze)
        return row, snooze, skip

    def _snooze_menu(self, parent: QToolButton) -> QMenu:
        menu = QMenu(parent)
        menu.setAccessibleName(self.tr("Snooze for"))
        for minutes in self._snooze_options:
            action = QAction(self.tr("%n min", "", minutes), menu)
            action.setData(minutes)
            menu.addAction(action)
        # One connection to a bound method, not a closure per action: a closure holding the
        # window from inside its own menu keeps both alive once the break is over.
        menu.triggered.connect(self._snooze_chosen)
        parent.setMenu(menu)
        return menu

    def _snooze_chosen(self, action: QAction) -> None:
        self._snooze(int(action.data()))

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
        # The line under the counter comes and goes with the dose ("hold · 4 s", "Set 2 of 3");
        # its room stays, so the cues under it do not jump with every rep. It wraps within
        # room kept for two lines, so a longer line does not push the cues down either.
        self.counter_detail.setWordWrap(True)
        _keep_room(self.counter_detail)
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
        side_layout.addWidget(chip)
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
        # The column's width comes from the window, not from the words in it.
        scroll.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)

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
        """The stop pages every break window shares (ui.kit.stop)."""
        self.stop_pages = StopPages(self._look, self.tr("Back to the move"), self)
        self.symptom_buttons = self.stop_pages.symptom_buttons
        self.back_button = self.stop_pages.back_button
        self.continue_button = self.stop_pages.continue_button
        self.end_button = self.stop_pages.end_button
        self.up_next = self.stop_pages.up_next
        self.not_tolerated_move = self.stop_pages.not_tolerated_move
        self.stop_pages.chosen.connect(self._choose_symptom)
        self.stop_pages.back.connect(self._back_to_move)
        self.stop_pages.go_on.connect(self._continue_after_stop)
        self.stop_pages.end.connect(lambda: self._end("partial"))
        self._add("stop", self.stop_pages.stop_page)
        self._add("not_tolerated", self.stop_pages.not_tolerated_page)
        self._add("safety", self.stop_pages.safety_page)

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

    def _build_done(self) -> None:
        """The last word: the break is over and in the log. Still text, no animation, so it
        reads the same with reduced motion."""
        tick = label("✓", "counter")
        tick.setAccessibleName(self.tr("Done"))
        self.done_title = label(self.tr("Well done — break logged"), "question", wrap=True)
        self.done_title.setAccessibleName(self.done_title.text())
        page = card_page([tick, self.done_title], max_width=640)
        self._add("done", page)

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
            "not_tolerated": self.stop_pages.primary(),
            "safety": self.safety_card.acknowledge_button if self.safety_card else self.stack,
            "after": self.finish_button,
            "done": self.stack,
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
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            number.setAccessibleName(self.tr("Step {n}").format(n=i + 1))
            text = label(cue, "cue", wrap=True)
            self._cue_grid.addWidget(number, i, 0, Qt.AlignmentFlag.AlignTop)
            self._cue_grid.addWidget(text, i, 1)
            _round(number)
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
                self.tr("%n min", "", seconds // 60)
                if seconds % 60 == 0
                else self.tr("%n s", "", seconds)
            )
        elif dose.kind == "hold":
            hold = step.hold_s if step.hold_s is not None else dose.hold_low_s
            what = self.tr("Hold {hold} s × {times}").format(hold=f"{hold:g}", times=tl.reps)
        else:
            what = self.tr("1 rep") if tl.reps == 1 else self.tr("{n} reps").format(n=tl.reps)
            hold = step.hold_s if step.hold_s is not None else dose.hold_low_s
            if hold > 0:
                what += " · " + self.tr("hold {hold} s each").format(hold=f"{hold:g}")
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
        """Seconds left in the break if every move runs its whole dose from here, with the
        change between two moves: at the first move's start, the routine's announced length."""
        later = self._plans[self._index + 1 :]
        change = ADVANCE_AFTER_S if later else 0.0
        this = self._plans[self._index].total + change
        rest = sum(p.total for p in later) + ADVANCE_AFTER_S * max(0, len(later) - 1)
        return rest + max(0.0, this - self._elapsed())

    def finishing(self) -> bool:
        """The last move's dose has run out: only Done is left to do, and it comes by itself
        after `FINISH_GRACE_S`."""
        last = self._index == len(self._plans) - 1
        return last and self._elapsed() >= self._plans[self._index].total

    def tick(self) -> None:
        """Bring the counters up to the clock's time; the window's timer calls this."""
        if self.page() == "done":
            shown = 0.0 if self._done_at is None else self._clock.monotonic() - self._done_at
            if shown >= ACKNOWLEDGE_S:
                self.close()
            return
        plan = self._plans[self._index]
        elapsed = self._elapsed()
        self.time_left.setText(self.tr("{time} left").format(time=mmss(self.seconds_left())))
        big, small = self._counter_text(plan, elapsed)
        self.counter.setText(big)
        self.counter_detail.setText(small)
        self.counter_detail.setVisible(bool(small))
        finishing = self.finishing()
        for b in (self.stop_button, self.skip_button, self.snooze_button):
            b.setVisible(not finishing)
        if elapsed >= plan.total:
            self.figure.settle()
        elif plan.timeline.duration > 0:
            sets = max(1, plan.step.sets)
            set_no = min(sets - 1, int(elapsed // plan.timeline.duration))
            self.figure.follow(elapsed - set_no * plan.timeline.duration)
        if self.page() != "move" or self._run_from is None:
            return
        wait = FINISH_GRACE_S if finishing else ADVANCE_AFTER_S
        if elapsed >= plan.total + wait:
            self._next()

    def _counter_text(self, plan: _Plan, elapsed: float) -> tuple[str, str]:
        dose, tl, step = plan.move.dose, plan.timeline, plan.step
        last = self._index == len(self._plans) - 1
        if elapsed >= plan.total:
            if last:
                left = math.ceil(plan.total + FINISH_GRACE_S - elapsed - 1e-6)
                return self.tr("✓ Move done"), self.tr(
                    "That was the last one: the break finishes in %n s", "", max(0, left)
                )
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
                big = self.tr("Hold · {s} s").format(s=math.ceil(frame.hold_left - 1e-6))
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
                extra.insert(0, self.tr("hold · {s} s").format(s=math.ceil(frame.hold_left - 1e-6)))
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
        page = self.page()
        wanted = self.isVisible() and (page == "done" or (not self._ended and page == "move"))
        if wanted and not self._timer.isActive():
            self._timer.start()
        elif not wanted:
            self._timer.stop()

    # --- the app's answers to "Stop — this hurts" --------------------------------------------

    def show_safety_card(self, tier: str) -> None:
        """Show the safety card for tier "A" (get emergency help now, the whole screen) or
        "B" (see a doctor soon); "C" is accepted too. Acknowledging it ends the break
        (`partial`)."""
        self.stop_pages.show_safety_card(tier)
        self._show_page("safety")
        if tier == "A" and not self.isFullScreen():
            self.showFullScreen()

    @property
    def safety_card(self) -> SafetyCard | None:
        return self.stop_pages.safety_card

    def mark_not_tolerated(self, move_id: str, *, go_on: bool = False) -> None:
        """The move that hurt is left out for a week: say so, lead with ending the break, and
        offer the next move as a second choice only when `go_on` (the app's call). Emits
        move_feedback(move_id, "not_tolerated") for the app to record."""
        index = next(
            (i for i, p in enumerate(self._plans) if p.step.move.id == move_id), self._index
        )
        self._not_tolerated.add(index)
        self.move_feedback.emit(move_id, "not_tolerated")
        last = self._index == len(self._plans) - 1
        self.stop_pages.show_not_tolerated(
            self._plans[index].step.move.name,
            None if last else self._plans[self._index + 1].step.move.name,
            go_on=go_on,
        )
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

    def _clear_after(self) -> None:
        self.after_question.scale.set_value(None)

    def _end_partial(self) -> None:
        self._end("partial")

    def _skip(self) -> None:
        self._end("partial" if self._any_done() else "skipped")

    def _snooze(self, minutes: int) -> None:
        self._end("snoozed", minutes)

    def _open_stop(self) -> None:
        self._pause()
        self._stop_move = self.current_move().id
        self.stop_pages.open()
        self._show_page("stop")

    def _choose_symptom(self, code: str) -> None:
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
            # Logged: say so before going, rather than vanish as if nothing was kept.
            self._done_at = self._clock.monotonic()
            self._show_page("done")
            return
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
        elif (
            key == Qt.Key.Key_S
            and plain
            and page in ("before", "move")
            and self._snooze_options
            and not (page == "move" and self.finishing())
        ):
            self._snooze(self._snooze_options[len(self._snooze_options) // 2])
        elif page == "move" and enter:
            self._next()
        elif page == "move" and escape and not self.finishing():
            self._skip()
        elif page == "before" and escape:
            self._skip_before()
        elif page == "stop" and escape:
            self._back_to_move()
        elif page == "not_tolerated" and enter:
            self.stop_pages.primary().click()
        elif page == "not_tolerated" and escape:
            self._end("partial")
        elif page == "safety" and (enter or escape) and self.safety_card is not None:
            self.safety_card.acknowledge_button.click()
        elif page == "after" and (enter or escape):
            self.finish_button.click()
        elif page == "done" and (enter or escape):
            self.close()
        else:
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._steady_widths()
        self._resume()
        self._sync_timer()
        self.tick()

    def _steady_widths(self) -> None:
        """The primary button as wide as its widest word, measured once styled, so "Next"
        turning into "Done" on the last move moves nothing beside it."""
        b = self.next_button
        text, name = b.text(), b.accessibleName()
        widths = []
        for word in (self.tr("Next"), self.tr("Done")):
            b.setText(word)
            widths.append(b.sizeHint().width())
        b.setText(text)
        b.setAccessibleName(name)
        b.setMinimumWidth(max(widths))
        lines = self.counter_detail.fontMetrics().lineSpacing()
        self.counter_detail.setFixedHeight(2 * lines)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._pause()
        self._timer.stop()
        for dimmer in self._dimmers:
            dimmer.close()
            dimmer.deleteLater()  # parentless: nothing else would ever free it
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
