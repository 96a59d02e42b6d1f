"""When the machine sleeps and wakes, and when its wall clock is set.

Two sources, because neither is enough alone:
- logind's `PrepareForSleep(bool)` on the system bus: true just before a suspend, false just
  after the wake. Only on Linux with systemd-logind.
- a gap check that compares how far the wall clock moved with how far the monotonic clock
  moved: on Linux whenever the kernel says the wall clock was set or the machine woke
  (platform.clockset, a timerfd cancelled on clock sets), elsewhere every ~30 s. On Linux and
  macOS the monotonic clock stands still while the machine sleeps, so a wall clock that ran
  ahead means a sleep or a clock set forward; one that fell behind means the clock was set
  back. On Windows the monotonic clock runs on through a sleep, so there a sleep shows as a
  check that comes late by the monotonic clock too.

With only the wall and monotonic clocks, a sleep and a clock set forward look the same. When
logind watches, it settles it: a forward gap without a logind sleep is a clock jump. Without
logind, a forward gap is taken for a sleep (the common case on a laptop).

Nothing here decides policy: the app hears `suspending`, `resumed(gap_s)` and
`clock_jumped(by_s)` and re-plans.
"""

from __future__ import annotations

import logging
import sys
from typing import Protocol

from PySide6.QtCore import SLOT, QObject, QTimer, Signal, SignalInstance, Slot
from PySide6.QtDBus import QDBusConnection

from backmove.core.clock import Clock
from backmove.platform.bus import is_registered
from backmove.platform.clockset import ClockSetUnavailable, ClockSetWatch
from backmove.platform.probe import QT_TRANSLATE_NOOP, Effect, ProbeStatus

log = logging.getLogger(__name__)

_LOGIND = "org.freedesktop.login1"
_LOGIND_PATH = "/org/freedesktop/login1"
_LOGIND_MANAGER = "org.freedesktop.login1.Manager"


class SleepSource(Protocol):
    """Tells before a suspend (`prepare_for_sleep(True)`) and after the wake (`False`)."""

    name: str
    available: bool
    detail: str
    prepare_for_sleep: SignalInstance


# PySide6's stub types QDBusConnection's slot argument as bytes, but the binding accepts only
# the str that SLOT() gives (bytes raise ValueError), so the calls that pass it are ignored.
_ON_SLEEP_SLOT = SLOT("_on_prepare_for_sleep(bool)")


class LogindSleepSource(QObject):
    """logind's PrepareForSleep signal, from the system bus given (normally the real one)."""

    prepare_for_sleep = Signal(bool)
    name = "logind"

    def __init__(self, bus: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self.available = False
        if not bus.isConnected():
            self.detail = "no system bus"
        elif not is_registered(bus, _LOGIND):
            self.detail = f"{_LOGIND} is not on the system bus"
        elif not bus.connect(*self._match(), self, _ON_SLEEP_SLOT):  # type: ignore[call-overload]  # see _ON_SLEEP_SLOT
            self.detail = f"cannot listen to {_LOGIND_MANAGER}.PrepareForSleep"
        else:
            self.available = True
            self.detail = _LOGIND

    @staticmethod
    def _match() -> tuple[str, str, str, str]:
        return (_LOGIND, _LOGIND_PATH, _LOGIND_MANAGER, "PrepareForSleep")

    @Slot(bool)
    def _on_prepare_for_sleep(self, starting: bool) -> None:
        self.prepare_for_sleep.emit(starting)

    def close(self) -> None:
        if self.available:
            self._bus.disconnect(*self._match(), self, _ON_SLEEP_SLOT)  # type: ignore[call-overload]  # see _ON_SLEEP_SLOT
            self.available = False


class PowerMonitor(QObject):
    """Suspend, resume and clock jumps, from logind (if given and available) and the gap check.

    `resumed(gap_s)`: the machine (or this process) was asleep for about `gap_s` seconds by the
    wall clock. `clock_jumped(by_s)`: the wall clock was set forward (> 0) or back (< 0) while
    the machine was awake. Differences under `threshold_s` (NTP slewing, a slow tick) are
    ignored. `check()` is what the timer calls; tests call it after moving a fake clock.
    """

    suspending = Signal()
    resumed = Signal(float)
    clock_jumped = Signal(float)

    def __init__(
        self,
        clock: Clock,
        sleep_source: SleepSource | None = None,
        *,
        interval_s: float = 30.0,
        threshold_s: float = 20.0,
        monotonic_counts_sleep: bool | None = None,
        told_of_clock_sets: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`told_of_clock_sets`: let the kernel say when to check (None: where it can, on
        Linux); otherwise, or where it cannot after all, check every `interval_s`."""
        super().__init__(parent)
        self._clock = clock
        self._source = sleep_source
        self._watched = sleep_source is not None and sleep_source.available
        self._interval_s = interval_s
        self._threshold_s = threshold_s
        self._monotonic_counts_sleep = (
            sys.platform == "win32" if monotonic_counts_sleep is None else monotonic_counts_sleep
        )
        self._asleep = False
        self._told_of_sets = (
            sys.platform.startswith("linux") and not self._monotonic_counts_sleep
            if told_of_clock_sets is None
            else told_of_clock_sets
        )
        self._sets: ClockSetWatch | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(round(interval_s * 1000))
        self._timer.timeout.connect(self.check)
        self._mark()
        if sleep_source is not None and self._watched:
            sleep_source.prepare_for_sleep.connect(self._on_prepare_for_sleep)

    @property
    def logind(self) -> bool:
        """True when an OS sleep source (logind) reports sleeps, not only the gap check."""
        return self._watched

    @property
    def checking_every_s(self) -> float | None:
        """How often the gap check runs by itself, or None while the kernel says when."""
        return self._interval_s if self._timer.isActive() else None

    def start(self) -> None:
        self._mark()
        if self._told_of_sets and self._sets is None:
            try:
                self._sets = ClockSetWatch(self.check)
            except ClockSetUnavailable as exc:
                log.info("the kernel cannot tell of clock sets (%s): checking every %.0f s",
                         exc, self._interval_s)  # fmt: skip
                self._told_of_sets = False
        if self._sets is None:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._sets is not None:
            self._sets.close()
            self._sets = None

    def describe(self) -> ProbeStatus:
        if self._watched and self._source is not None:
            return ProbeStatus(
                "power", f"{self._source.name}+clock-gap", True, Effect.SUSPEND_EVENTS,
                self._source.detail,
                QT_TRANSLATE_NOOP("backends", "logind's sleep signal, and a clock check"),
            )  # fmt: skip
        detail = self._source.detail if self._source is not None else "no OS sleep events here"
        words = (
            QT_TRANSLATE_NOOP(
                "backends", "a clock check whenever the clock is set or the machine wakes"
            )
            if self._told_of_sets
            else QT_TRANSLATE_NOOP("backends", "a clock check every 30 seconds")
        )
        return ProbeStatus("power", "clock-gap", True, Effect.SUSPEND_CLOCK_GAP, detail, words)

    def _mark(self) -> None:
        self._last_wall = self._clock.wall()
        self._last_mono = self._clock.monotonic()

    def _since_mark(self) -> tuple[float, float]:
        """How far the wall and monotonic clocks moved since the last look; then look again."""
        wall, mono = self._clock.wall(), self._clock.monotonic()
        moved = (wall - self._last_wall, mono - self._last_mono)
        self._last_wall, self._last_mono = wall, mono
        return moved

    @Slot()
    def check(self) -> None:
        wall_moved, mono_moved = self._since_mark()
        if self._monotonic_counts_sleep:
            late = mono_moved - self._interval_s
            if late > self._threshold_s:
                self._asleep = False
                self.resumed.emit(late)
        ahead = wall_moved - mono_moved
        if ahead < -self._threshold_s:
            self.clock_jumped.emit(ahead)
        elif ahead > self._threshold_s:
            if self._asleep or not self._watched:
                # Asleep: the check ran before logind's "woke" arrived; report the wake once.
                self._asleep = False
                self.resumed.emit(ahead)
            else:
                self.clock_jumped.emit(ahead)

    def _on_prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.check()  # settle anything pending, so the gap from here on is the sleep
            self._asleep = True
            self.suspending.emit()
            return
        wall_moved, mono_moved = self._since_mark()
        ahead = wall_moved - mono_moved
        if self._asleep or ahead > self._threshold_s:
            self._asleep = False
            self.resumed.emit(max(ahead, 0.0))


def create_power_monitor(
    clock: Clock,
    *,
    platform: str | None = None,
    system_bus: QDBusConnection | None = None,
    parent: QObject | None = None,
) -> PowerMonitor:
    """A PowerMonitor with logind where the system has it (Linux), the gap check everywhere.

    Call `start()` on it once the app runs; needs a QCoreApplication.
    """
    platform = sys.platform if platform is None else platform
    source: LogindSleepSource | None = None
    if platform.startswith("linux"):
        source = LogindSleepSource(
            QDBusConnection.systemBus() if system_bus is None else system_bus, parent
        )
    return PowerMonitor(clock, source, parent=parent)
