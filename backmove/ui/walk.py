"""The walk break: a walking figure, a big timer, and "I'm back".

The user is away from the screen for most of it, so the window says what to do in one line,
counts the walk down in figures readable from across the room, and rings the soft chime (when
sound is on) as the time is up. It decides nothing about what a short walk means: "I'm back"
(or closing the window) reports the seconds walked, Skip reports a skip, and the app judges.
When moves follow the walk, the window names them from the start, so "I'm back" leading into
them is no surprise.

"Stop — this hurts" is here as in the player, with the same pages (ui.kit.stop): the symptom
goes out as `stop_this_hurts(move_id, code)` and the app answers with `show_safety_card` or
`mark_not_tolerated` (which reports `move_feedback(move_id, "not_tolerated")`, as the player
does). Ending the break from there reports `partial()`.

Keys act only when the window has the keyboard focus: Enter = I'm back, Esc = Skip (on the
stop page: back to the walk).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QStackedWidget, QVBoxLayout, QWidget

from backmove.core.catalog import Move
from backmove.core.clock import Clock, SystemClock
from backmove.ui.figure import FigureWidget
from backmove.ui.kit.chime import Chime
from backmove.ui.kit.stop import StopPages
from backmove.ui.kit.theme import look_for, window_sheet
from backmove.ui.kit.widgets import (
    TICK_MS,
    ScreenDimmer,
    StopRule,
    button,
    button_row,
    label,
    mmss,
    place,
    window_title,
)


class WalkWindow(QWidget):
    """A walk of `walk_s` seconds; `walk_move` is the catalog's walk (T10) for the figure.
    `then` names the moves that follow the walk, in order."""

    returned = Signal(int)
    skipped = Signal()
    partial = Signal()
    stop_this_hurts = Signal(str, str)
    move_feedback = Signal(str, str)
    """(move id, "not_tolerated"): the walk that hurt, for the app to record as the player's
    moves are, so "left out for a week" is true on the walk too."""

    def __init__(
        self,
        walk_move: Move,
        walk_s: float,
        *,
        then: list[str] | None = None,
        theme: str = "system",
        reduced_motion: bool = False,
        clock: Clock | None = None,
        sound: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("walk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(window_title(self.tr("Walk break")))
        self.setAccessibleName(self.tr("Walk break"))
        self._look = look_for(theme)
        self.setStyleSheet(
            window_sheet(self._look, "walk")
            + f"""
#walk QProgressBar {{ background: {self._look.line}; border: none; border-radius: 4px; }}
#walk QProgressBar::chunk {{ background: {self._look.accent}; border-radius: 4px; }}
"""
        )
        self._clock: Clock = clock if clock is not None else SystemClock()
        self._walk_move = walk_move
        self._then = list(then or [])
        self._length = max(1.0, float(walk_s))
        self._started: float | None = None
        self._rang = False
        self._ended = False
        self._sound = sound
        self.chime: Chime | None = None
        self._dimmers: list[ScreenDimmer] = []
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

        eyebrow = label(self.tr("WALK BREAK"), "eyebrow")
        self.figure = FigureWidget(
            walk_move, theme=self._look.name, reduced_motion=reduced_motion, clock=self._clock
        )
        self.figure.setMinimumSize(280, 260)
        self.timer_label = label(mmss(self._length), "timer")
        self.timer_label.setAccessibleName(self.tr("Time left of the walk"))
        self.caption = label(role="muted", wrap=True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName(self.tr("How much of the walk is done"))
        self.cue = label(
            self.tr("Stand up, walk a lap, to the water point or the stairs. Swing your arms."),
            "body",
            wrap=True,
        )
        self.cue.setAccessibleName(self.tr("What to do"))
        self.then_label = label(self._then_text(), "muted", wrap=True)
        self.then_label.setAccessibleName(self.tr("After the walk"))
        self.then_label.setVisible(bool(self._then))
        side = QVBoxLayout()
        side.setSpacing(12)
        side.addStretch(1)
        side.addWidget(self.timer_label)
        side.addWidget(self.caption)
        side.addSpacing(6)
        side.addWidget(self.bar)
        side.addSpacing(18)
        side.addWidget(self.cue)
        side.addWidget(self.then_label)
        side.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(40)
        body.addWidget(self.figure, 11)
        body.addLayout(side, 9)

        self.stop_rule = StopRule()
        self.back_button = button(
            self.tr("I'm back"), self.tr("I'm back from my walk"), primary=True
        )
        self.back_button.clicked.connect(self._back)
        self.skip_button = button(self.tr("Skip"), self.tr("Skip this walk"), kind="quiet")
        self.skip_button.clicked.connect(self._skip)
        self.stop_button = button(
            self.tr("Stop — this hurts"), self.tr("Stop — this hurts"), kind="stop"
        )
        self.stop_button.setAccessibleDescription(self.tr("Asks what you feel."))
        self.stop_button.clicked.connect(self._open_stop)

        walk_page = QWidget()
        layout = QVBoxLayout(walk_page)
        layout.setContentsMargins(36, 24, 36, 24)
        layout.setSpacing(16)
        layout.addWidget(eyebrow)
        layout.addLayout(body, 1)
        layout.addWidget(self.stop_rule)
        layout.addLayout(button_row(self.skip_button, self.back_button, lead=self.stop_button))

        self.stop_pages = StopPages(self._look, self.tr("Back to the walk"), self)
        self.symptom_buttons = self.stop_pages.symptom_buttons
        self.stop_pages.chosen.connect(
            lambda code: self.stop_this_hurts.emit(self._walk_move.id, code)
        )
        self.stop_pages.back.connect(lambda: self._show_page("walk"))
        self.stop_pages.go_on.connect(self._back)
        self.stop_pages.end.connect(self._end_partial)
        self.stack = QStackedWidget()
        self._pages = {
            "walk": walk_page,
            "stop": self.stop_pages.stop_page,
            "not_tolerated": self.stop_pages.not_tolerated_page,
            "safety": self.stop_pages.safety_page,
        }
        for page in self._pages.values():
            self.stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.setMinimumSize(680, 500)
        self.tick()

    def _then_text(self) -> str:
        """What comes after the walk, said up front: "Then 2 moves: A, B"."""
        if not self._then:
            return ""
        if len(self._then) == 1:
            return self.tr("Then one move: {name}").format(name=self._then[0])
        return self.tr("Then {n} moves: {names}").format(
            n=len(self._then), names=", ".join(self._then)
        )

    # --- the stop pages ---------------------------------------------------------------------

    def page(self) -> str:
        """The page up now: "walk", "stop", "not_tolerated" or "safety"."""
        current = self.stack.currentWidget()
        return next(name for name, w in self._pages.items() if w is current)

    def _show_page(self, name: str) -> None:
        self.stack.setCurrentWidget(self._pages[name])
        card = self.stop_pages.safety_card
        focus: QWidget = {
            "walk": self.back_button,
            "stop": self.stop_pages.back_button,
            "not_tolerated": self.stop_pages.primary(),
            "safety": card.acknowledge_button if card is not None else self.stack,
        }[name]
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_stop(self) -> None:
        self.stop_pages.open()
        self._show_page("stop")

    def show_safety_card(self, tier: str) -> None:
        """Show the safety card for tier "A" (the whole screen), "B" or "C"; reading it ends
        the break (`partial`)."""
        self.stop_pages.show_safety_card(tier)
        self._show_page("safety")
        if tier == "A" and not self.isFullScreen():
            self.showFullScreen()

    def mark_not_tolerated(self, move_id: str, *, go_on: bool = False) -> None:
        """The walk is left out for a week: say so, lead with ending the break, and offer the
        moves that follow it as a second choice only when `go_on` (the app's call)."""
        del move_id  # only the walk is on this window
        self.move_feedback.emit(self._walk_move.id, "not_tolerated")
        self.stop_pages.show_not_tolerated(
            self._walk_move.name, self._then[0] if self._then else None, go_on=go_on
        )
        self._show_page("not_tolerated")

    def _end_partial(self) -> None:
        if self._ended:
            return
        self._ended = True
        self._timer.stop()
        self.partial.emit()
        self.close()

    def present(self, full_screen: bool = False) -> None:
        """Show the walk on the screen holding the mouse pointer and start its timer (full
        screen with other screens dimmed, or a centred window); the start chime rings when
        sound is on."""
        self._started = self._clock.monotonic()
        self._dimmers = place(self, full_screen, QSize(960, 640), self._look.dim)
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._sound:
            self.chime = Chime.shared()
            self.chime.play("start")
        self.tick()

    def dimmers(self) -> list[ScreenDimmer]:
        return list(self._dimmers)

    def seconds_walked(self) -> float:
        return 0.0 if self._started is None else self._clock.monotonic() - self._started

    def tick(self) -> None:
        """Bring the timer up to the clock's time; the window's timer calls this."""
        walked = self.seconds_walked()
        left = self._length - walked
        self.timer_label.setText(mmss(left))
        self.bar.setValue(round(1000 * min(1.0, walked / self._length)))
        if left > 0:
            minutes = round(self._length / 60)
            self.caption.setText(
                self.tr("left of your {n}-minute walk").format(n=minutes)
                if self._length >= 60 and self._length % 60 == 0
                else self.tr("left of your walk")
            )
            return
        self.caption.setText(
            self.tr("That's your walk. Press “I'm back” when you're at your desk.")
        )
        if not self._rang:
            self._rang = True
            if self.chime is not None:
                self.chime.play("end")

    def _back(self) -> None:
        self._end(returned=True)

    def _skip(self) -> None:
        self._end(returned=False)

    def _end(self, *, returned: bool) -> None:
        if self._ended:
            return
        self._ended = True
        self._timer.stop()
        if returned:
            self.returned.emit(round(self.seconds_walked()))
        else:
            self.skipped.emit()
        self.close()

    def dismiss(self) -> None:
        """Close without a word: the app ended the break itself (it expired, or the machine
        went to sleep), so nothing the user did is reported."""
        self._ended = True
        self._timer.stop()
        self.close()

    def is_ended(self) -> bool:
        return self._ended

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        escape = event.key() == Qt.Key.Key_Escape
        page = self.page()
        card = self.stop_pages.safety_card
        if page == "walk" and enter:
            self._back()
        elif page == "walk" and escape:
            self._skip()
        elif page == "stop" and escape:
            self._show_page("walk")
        elif page == "not_tolerated" and enter:
            self.stop_pages.primary().click()
        elif page == "not_tolerated" and escape:
            self._end_partial()
        elif page == "safety" and (enter or escape) and card is not None:
            card.acknowledge_button.click()
        else:
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._ended:
            self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()
        for dimmer in self._dimmers:
            dimmer.close()
            dimmer.deleteLater()  # parentless: nothing else would ever free it
        self._dimmers = []

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window counts as coming back: the app gets the seconds walked. From
        the stop pages it ends the break, as in the player."""
        if self.page() == "walk":
            self._end(returned=True)
        else:
            self._end_partial()
        event.accept()
