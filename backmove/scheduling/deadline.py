"""Drives the planner on the Qt thread: feeds it idle readings and arms its next deadline.

The planner counts active seconds on the monotonic clock and says when it next wants to be
asked (`next_deadline`). This adapter keeps exactly one single-shot timer armed for that
moment, re-armed after every call (a click, a probe reading, a wake, a settings change).

Idle readings come two ways. A probe that tells (`watch`) is given the planner's idle
thresholds and calls back when input stops for one of them and when it comes back: the planner
is then asked at those moments, at its own deadlines, and once a minute while the user is at
the machine (so the tray's count moves on); away from it, nothing runs in between. A probe
that only answers is read every `poll_ms` (the last fallback, and the test seam's plain
callable). Without an idle probe the reading is 0 ("always active"): breaks then come by the
clock, as doctor and the tooltip say.

A QTimer does not advance while the machine sleeps; the app calls `resumed` on wake, which
re-plans and re-arms from the clock, never from the old timer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal, SignalInstance

from backmove.core.clock import Clock
from backmove.core.planner import Decision, PauseLength, Planner
from backmove.core.settings import Settings

log = logging.getLogger(__name__)

IDLE_POLL_MS = 5000
"""How often a probe that cannot tell is asked."""

PRESENT_TICK_MS = 60_000
"""How often the planner is asked while a probe that tells has the user at the machine."""

IdleWatch = Callable[[Iterable[float], Callable[[], None]], bool]
"""A probe's `watch(thresholds, changed)`: True if it will call `changed` at those idle lengths
and when input comes back (platform.idle.IdleProbe.watch)."""


class DesktopEvents(Protocol):
    """What the desktop tells (platform.desktop.DesktopWatch has each)."""

    suspending: SignalInstance
    resumed: SignalInstance
    clock_jumped: SignalInstance
    fullscreen_changed: SignalInstance
    dnd_changed: SignalInstance
    call_changed: SignalInstance


_MAX_TIMER_MS = 2**31 - 1
_SAME_S = 0.5
"""Readings this close are the same moment (a probe's count and the clock differ a little)."""


class PlannerDriver(QObject):
    """Owns the planner's timers; every decision comes out of `decided`."""

    decided = Signal(list)
    """A list of `Decision`s, in order, after any call that made some."""
    ticked = Signal()
    """After every call, decisions or not: the tray refreshes its state from here."""

    def __init__(
        self,
        planner: Planner,
        clock: Clock,
        idle_seconds: Callable[[], float | None],
        parent: QObject | None = None,
        *,
        poll_ms: int = IDLE_POLL_MS,
        watch: IdleWatch | None = None,
        present_tick_ms: int = PRESENT_TICK_MS,
    ) -> None:
        """`watch` is the probe's, if it can tell; without it `idle_seconds` is polled."""
        super().__init__(parent)
        self.planner = planner
        self._clock = clock
        self._idle_seconds = idle_seconds
        self._watch = watch
        self._watched: tuple[float, ...] | None = None
        self._idle_from: float | None = None
        """After the probe told "idle", the last input it reported (Clock.monotonic())."""
        self._last_input: float | None = None
        """Where the last reading put the last input (Clock.monotonic()), for `idle`."""
        self._read_at = clock.monotonic()
        """When `idle` last read the probe (Clock.monotonic()): the planner hears that moment
        with the reading, not the later one at which it looks at the clock itself."""
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        # A default timer is a coarse one, which Qt may fire 5 % of its interval early or
        # late (and for 20 s or more rounds to whole seconds): a prompt due in 28 s came
        # half a second late. The deadline is the one timer here whose moment the user sees.
        self._deadline.setTimerType(Qt.TimerType.PreciseTimer)
        self._deadline.timeout.connect(self._due)
        self._look: Callable[[], None] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.tick)
        # While the user is at the machine and the probe tells, nothing else asks the planner
        # between its deadlines: once a minute it is asked, so the tray's ring and tooltip
        # ("next break in about 12 min") move on as the work goes on. Away, it stops.
        self._minute = QTimer(self)
        self._minute.setInterval(present_tick_ms)
        self._minute.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._minute.timeout.connect(self.tick)

    def start(self) -> None:
        self._follow_idle()
        self.tick()

    def stop(self) -> None:
        self._poll.stop()
        self._minute.stop()
        self._deadline.stop()
        self._watched = self._idle_from = None

    @property
    def told(self) -> bool:
        """True while the probe tells of idle and input; False while it is polled."""
        return self._watched is not None

    def _follow_idle(self) -> None:
        """Ask the probe to tell at the planner's thresholds; poll it if it cannot."""
        thresholds = self.planner.idle_thresholds()
        if self._watched == thresholds:
            return
        told = False
        if self._watch is not None:
            try:
                told = bool(self._watch(thresholds, self._idle_changed))
            except Exception:
                log.warning("idle probe cannot tell; asking it instead", exc_info=True)
        self._watched = thresholds if told else None
        if told:
            self._poll.stop()
        elif not self._poll.isActive():
            self._poll.start()
        self._follow_presence()

    def _follow_presence(self) -> None:
        """The minute's tick runs while the probe tells and the user is not idle."""
        if self._watched is not None and self._idle_from is None:
            if not self._minute.isActive():
                self._minute.start()
        else:
            self._minute.stop()

    def _idle_changed(self) -> None:
        """The probe told: input stopped for a threshold, came back, or the probe was lost.
        A probe that tells says "back" at the first input after an idle stretch, so time away
        runs to now (`_observe`), not to the threshold's reading."""
        self.feed(self._observe(self.idle()))

    def idle(self) -> float:
        """The probe's reading, seconds since the last input. One that puts the last input
        within `_SAME_S` of where the previous reading put it speaks of the same input: the
        desktop counts idle time on its own clock, and a reading a hair short would otherwise
        be a key pressed in the middle of time away, ending it as no break at all."""
        try:
            reading = self._idle_seconds()
        except Exception:
            log.warning("idle probe failed; counting as active", exc_info=True)
            reading = None
        value = 0.0 if reading is None else max(0.0, float(reading))
        now = self._read_at = self._clock.monotonic()
        last = self._last_input
        if value > 0 and last is not None and abs((now - value) - last) < _SAME_S:
            return max(0.0, now - last)
        self._last_input = now - value
        return value

    def tick(self) -> None:
        """Bring the planner up to now with a fresh idle reading."""
        self.feed(self._observe(self.idle()))

    def _observe(self, reading: float) -> list[Decision]:
        """Hand the planner `reading`, as `idle` just took it. When the probe had told "idle"
        and the reading shows input since, the user was idle from the last input it reported
        until that input: the planner hears that first, since it knows idle only up to its
        last reading, and nothing asked it while the user was away (time away would be cut
        where it last heard)."""
        now = self._read_at
        decisions: list[Decision] = []
        if self._idle_from is not None and now - reading > self._idle_from + _SAME_S:
            decisions += self.planner.observe_idle(now - self._idle_from, now)
        told_idle = self._watched is not None and reading >= min(self._watched) - _SAME_S
        self._idle_from = now - reading if told_idle else None
        self._follow_presence()
        return decisions + self.planner.observe_idle(reading, now)

    def _due(self) -> None:
        """The planner's deadline: first what the desktop does not tell of its own (a call
        logind knows of), so a prompt due now is decided on today's facts."""
        if self._look is not None:
            try:
                self._look()
            except Exception:
                log.warning("could not look at the desktop before a deadline", exc_info=True)
        self.tick()

    def follow(self, desktop: DesktopEvents) -> None:
        """Hear the desktop's moments: sleep and wake, clock jumps, full screen, DND, calls."""
        desktop.suspending.connect(self.suspended)
        desktop.resumed.connect(self.resumed)
        desktop.clock_jumped.connect(lambda _by: self.poll())
        desktop.fullscreen_changed.connect(self.set_fullscreen)
        desktop.dnd_changed.connect(self.set_dnd)
        desktop.call_changed.connect(self.set_call)
        self._look = getattr(desktop, "look", None)

    # --- events: each runs one planner call and hands on what it decided ---------------------

    def break_now(self) -> list[Decision]:
        return self.feed(self.planner.break_now())

    def session_done(self) -> list[Decision]:
        return self.feed(self.planner.session_done())

    def start_break(self) -> list[Decision]:
        return self.feed(self.planner.start())

    def finish_break(self, finished: bool = False) -> list[Decision]:
        return self.feed(self.planner.done(finished))

    def skip(self) -> list[Decision]:
        return self.feed(self.planner.skip())

    def snooze(self, minutes: float | None = None) -> list[Decision]:
        return self.feed(self.planner.snooze(minutes))

    def pause(self, length: PauseLength = None) -> list[Decision]:
        return self.feed(self.planner.pause(length))

    def resume(self) -> list[Decision]:
        return self.feed(self.planner.resume())

    def meeting(self, minutes: float | None = None) -> list[Decision]:
        return self.feed(self.planner.meeting(minutes))

    def suspended(self) -> list[Decision]:
        return self.feed(self.planner.suspended())

    def resumed(self, slept_s: float | None = None) -> list[Decision]:
        return self.feed(self.planner.resumed(slept_s))

    def poll(self) -> list[Decision]:
        return self.feed(self.planner.poll())

    def set_fullscreen(self, on: bool) -> list[Decision]:
        return self.feed(self.planner.set_fullscreen(on))

    def set_dnd(self, on: bool) -> list[Decision]:
        return self.feed(self.planner.set_dnd(on))

    def set_call(self, on: bool) -> list[Decision]:
        return self.feed(self.planner.set_call(on))

    def own_interval(self) -> list[Decision]:
        return self.feed(self.planner.own_interval())

    def settings_changed(self, settings: Settings) -> list[Decision]:
        decisions = self.feed(self.planner.settings_changed(settings))
        if self._watched is not None:
            self._follow_idle()
        return decisions

    def carry_on(self, active_s: float) -> list[Decision]:
        """Another device's cycle goes on here (core.devices.SittingSync)."""
        return self.feed(self.planner.carry_on(active_s))

    def break_elsewhere(self) -> list[Decision]:
        """A break on another device ended the cycle here too (core.devices.SittingSync)."""
        return self.feed(self.planner.break_elsewhere())

    def feed(self, decisions: list[Decision]) -> list[Decision]:
        """Re-arm the deadline, hand on `decisions` and say the state may have changed."""
        self._arm()
        if decisions:
            self.decided.emit(decisions)
        self.ticked.emit()
        return decisions

    def armed_in_ms(self) -> int | None:
        return self._deadline.remainingTime() if self._deadline.isActive() else None

    def _arm(self) -> None:
        deadline = self.planner.next_deadline()
        if deadline is None:
            self._deadline.stop()
            return
        ms = max(0, min(_MAX_TIMER_MS, int((deadline - self._clock.monotonic()) * 1000) + 1))
        self._deadline.start(ms)
