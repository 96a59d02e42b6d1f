"""The walk break: a walking figure, a big timer, and "I'm back".

The user is away from the screen for most of it, so the window says what to do in one line,
counts the walk down in figures readable from across the room, and rings the soft chime (when
sound is on) as the time is up. It decides nothing about what a short walk means: "I'm back"
(or closing the window) reports the seconds walked, Skip reports a skip, and the app judges.

Keys act only when the window has the keyboard focus: Enter = I'm back, Esc = Skip.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from backmove.core.catalog import Move
from backmove.core.clock import Clock, SystemClock
from backmove.ui.figure import FigureWidget
from backmove.ui.kit.chime import Chime
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
    """A walk of `walk_s` seconds; `walk_move` is the catalog's walk (T10) for the figure."""

    returned = Signal(int)
    skipped = Signal()

    def __init__(
        self,
        walk_move: Move,
        walk_s: float,
        *,
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
        side = QVBoxLayout()
        side.setSpacing(12)
        side.addStretch(1)
        side.addWidget(self.timer_label)
        side.addWidget(self.caption)
        side.addSpacing(6)
        side.addWidget(self.bar)
        side.addSpacing(18)
        side.addWidget(self.cue)
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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 24, 36, 24)
        layout.setSpacing(16)
        layout.addWidget(eyebrow)
        layout.addLayout(body, 1)
        layout.addWidget(self.stop_rule)
        layout.addLayout(button_row(self.skip_button, self.back_button))
        self.setMinimumSize(680, 500)
        self.tick()

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
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._back()
        elif event.key() == Qt.Key.Key_Escape:
            self._skip()
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
        self._dimmers = []

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window counts as coming back: the app gets the seconds walked."""
        self._end(returned=True)
        event.accept()
