"""The suspend/resume and clock-jump detector on a SimulatedClock: `advance` is the machine
awake, `sleep` is a suspend, `set_wall` is the user or NTP setting the clock."""

from __future__ import annotations

import sys
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from backmove.core.clock import SimulatedClock
from backmove.platform.power import LogindSleepSource, PowerMonitor, create_power_monitor
from backmove.platform.probe import Effect


class FakeLogind(QObject):
    """The OS sleep source, as logind would drive it."""

    prepare_for_sleep = Signal(bool)
    name = "logind"
    detail = "fake"

    def __init__(self, available: bool = True) -> None:
        super().__init__()
        self.available = available


class Heard:
    """Everything a PowerMonitor said, in order."""

    def __init__(self, monitor: PowerMonitor) -> None:
        self.events: list[tuple[str, float | None]] = []
        monitor.suspending.connect(lambda: self.events.append(("suspending", None)))
        monitor.resumed.connect(lambda gap: self.events.append(("resumed", gap)))
        monitor.clock_jumped.connect(lambda by: self.events.append(("clock_jumped", by)))


@pytest.fixture
def clock() -> SimulatedClock:
    return SimulatedClock(datetime(2026, 3, 30, 8, 30, tzinfo=ZoneInfo("Europe/Berlin")))


def monitor_on(
    clock: SimulatedClock, source: FakeLogind | None = None
) -> tuple[PowerMonitor, Heard]:
    monitor = PowerMonitor(clock, source, monotonic_counts_sleep=False)
    return monitor, Heard(monitor)


def test_a_machine_that_stays_awake_hears_nothing(clock: SimulatedClock) -> None:
    monitor, heard = monitor_on(clock)
    for _ in range(10):
        clock.advance(30)
        monitor.check()
    clock.advance(30)
    clock.set_wall(5)  # NTP nudges the clock a little: not a jump
    monitor.check()
    assert heard.events == []


def test_without_logind_a_wall_gap_is_a_sleep(clock: SimulatedClock) -> None:
    monitor, heard = monitor_on(clock)
    clock.advance(12)
    clock.sleep(3600)
    clock.advance(18)
    monitor.check()
    assert heard.events == [("resumed", pytest.approx(3600))]
    clock.advance(30)
    monitor.check()
    assert len(heard.events) == 1  # reported once


def test_a_clock_set_back_is_a_jump_not_a_sleep(clock: SimulatedClock) -> None:
    monitor, heard = monitor_on(clock)
    clock.advance(30)
    clock.set_wall(-3600)
    monitor.check()
    assert heard.events == [("clock_jumped", pytest.approx(-3600))]


def test_with_logind_a_forward_gap_without_a_sleep_is_a_clock_jump(
    clock: SimulatedClock,
) -> None:
    monitor, heard = monitor_on(clock, FakeLogind())
    clock.advance(30)
    clock.set_wall(7200)
    monitor.check()
    assert heard.events == [("clock_jumped", pytest.approx(7200))]


def test_logind_reports_suspend_then_resume_with_the_gap(clock: SimulatedClock) -> None:
    logind = FakeLogind()
    monitor, heard = monitor_on(clock, logind)
    clock.advance(10)
    logind.prepare_for_sleep.emit(True)
    clock.sleep(1800)
    logind.prepare_for_sleep.emit(False)
    clock.advance(20)
    monitor.check()  # the gap check must not report the same sleep again
    assert heard.events == [("suspending", None), ("resumed", pytest.approx(1800))]


def test_a_check_that_runs_before_logind_says_woke_reports_the_wake_once(
    clock: SimulatedClock,
) -> None:
    logind = FakeLogind()
    monitor, heard = monitor_on(clock, logind)
    logind.prepare_for_sleep.emit(True)
    clock.sleep(900)
    clock.advance(1)
    monitor.check()
    logind.prepare_for_sleep.emit(False)
    assert heard.events == [("suspending", None), ("resumed", pytest.approx(900))]


def test_a_jump_before_a_suspend_is_not_counted_as_sleep(clock: SimulatedClock) -> None:
    logind = FakeLogind()
    _monitor, heard = monitor_on(clock, logind)
    clock.advance(5)
    clock.set_wall(-600)
    logind.prepare_for_sleep.emit(True)
    clock.sleep(300)
    logind.prepare_for_sleep.emit(False)
    assert heard.events == [
        ("clock_jumped", pytest.approx(-600)),
        ("suspending", None),
        ("resumed", pytest.approx(300)),
    ]


def test_where_monotonic_runs_through_sleep_a_late_check_is_a_sleep(
    clock: SimulatedClock,
) -> None:
    # Windows: the monotonic clock counts the sleep, so only the check's lateness shows it.
    monitor = PowerMonitor(clock, monotonic_counts_sleep=True, interval_s=30)
    heard = Heard(monitor)
    clock.advance(30)
    monitor.check()
    clock.advance(30 + 2400)
    monitor.check()
    assert heard.events == [("resumed", pytest.approx(2400))]


def test_an_unavailable_sleep_source_leaves_the_gap_check_in_charge(
    clock: SimulatedClock,
) -> None:
    monitor, heard = monitor_on(clock, FakeLogind(available=False))
    assert not monitor.logind
    clock.sleep(600)
    monitor.check()
    assert heard.events == [("resumed", pytest.approx(600))]
    status = monitor.describe()
    assert (status.backend, status.effect) == ("clock-gap", Effect.SUSPEND_CLOCK_GAP)


def test_describe_says_logind_is_watching(clock: SimulatedClock) -> None:
    status = PowerMonitor(clock, FakeLogind()).describe()
    assert status.available
    assert (status.backend, status.effect) == ("logind+clock-gap", Effect.SUSPEND_EVENTS)


def test_logind_without_a_system_bus_is_not_available() -> None:
    source = LogindSleepSource(QDBusConnection("backmove-test-no-bus"))
    assert not source.available
    assert source.detail == "no system bus"


def test_off_linux_only_the_gap_check_runs(clock: SimulatedClock) -> None:
    monitor = create_power_monitor(clock, platform="darwin")
    assert not monitor.logind
    assert monitor.describe().detail == "no OS sleep events here"


def test_the_timer_runs_the_check(clock: SimulatedClock, qtbot: QtBot) -> None:
    monitor = PowerMonitor(
        clock, interval_s=0.01, monotonic_counts_sleep=False, told_of_clock_sets=False
    )
    heard = Heard(monitor)
    monitor.start()
    clock.sleep(120)
    qtbot.waitUntil(lambda: heard.events == [("resumed", pytest.approx(120))])
    monitor.stop()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a timerfd is Linux's")
def test_on_linux_the_kernel_says_when_to_check_and_no_timer_runs(clock: SimulatedClock) -> None:
    """The gap check runs when a timerfd cancelled on clock sets (and on resume) says so, not
    every 30 s: an idle app is not woken for it."""
    monitor = PowerMonitor(clock, monotonic_counts_sleep=False)
    monitor.start()
    try:
        assert monitor.checking_every_s is None
        assert "whenever the clock is set" in monitor.describe().words
    finally:
        monitor.stop()


def test_where_the_kernel_cannot_tell_the_check_runs_every_30_s(clock: SimulatedClock) -> None:
    monitor = PowerMonitor(clock, monotonic_counts_sleep=False, told_of_clock_sets=False)
    monitor.start()
    try:
        assert monitor.checking_every_s == 30.0
        assert monitor.describe().words == "a clock check every 30 seconds"
    finally:
        monitor.stop()
