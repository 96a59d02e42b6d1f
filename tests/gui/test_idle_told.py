"""The driver and an idle probe that tells: the planner is asked when the probe says input
stopped for one of the planner's thresholds or came back, and the probe is never polled.

The probe here is the fake at the idle-probe seam (docs/architecture.md#seams-for-tests), run
on the simulated clock; the real backends are proven against real compositors in tests/e2e.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication

from backmove.core.clock import SimulatedClock
from backmove.core.planner import Action, Decision, Planner
from backmove.core.settings import WEEKDAYS, Settings
from backmove.scheduling.deadline import PlannerDriver

ALL_DAY = {"working_hours": {day: ["00:00-24:00"] for day in WEEKDAYS}}


class ToldProbe:
    """Tells like the desktop would: the test says when input stops and comes back."""

    def __init__(self, clock: SimulatedClock, *, can_tell: bool = True) -> None:
        self._clock = clock
        self._can_tell = can_tell
        self.idle_from: float | None = None
        self.thresholds: tuple[float, ...] | None = None
        self.changed: Callable[[], None] | None = None
        self.readings = 0

    def idle_seconds(self) -> float | None:
        self.readings += 1
        return 0.0 if self.idle_from is None else self._clock.monotonic() - self.idle_from

    def watch(self, thresholds: Iterable[float], changed: Callable[[], None]) -> bool:
        self.thresholds, self.changed = tuple(thresholds), changed
        return self._can_tell

    def input_stops(self) -> None:
        self.idle_from = self._clock.monotonic()

    def input_back(self) -> None:
        self.idle_from = None
        self.tell()

    def tell(self) -> None:
        assert self.changed is not None
        self.changed()


def _driver(
    clock: SimulatedClock, settings: Settings, probe: ToldProbe | KeysProbe
) -> PlannerDriver:
    planner = Planner(settings, clock, None)
    return PlannerDriver(planner, clock, probe.idle_seconds, watch=probe.watch)


PROMPT_ENDS_AT_THRESHOLD = {**ALL_DAY, "interval_min": 2, "micro_break_s": 45,
                            "idle_threshold_min": 1, "warning_lead_s": 20}  # fmt: skip
"""Due after 2 min of typing; a prompt that comes at 15 s of quiet runs out (45 s) just as
the time away reaches the threshold (60 s)."""


def test_the_probe_is_told_the_planners_thresholds_and_time_away_becomes_a_break(
    qapp: QApplication,
) -> None:
    clock = SimulatedClock(datetime(2026, 3, 2, 9, 0), ZoneInfo("Europe/Berlin"))
    probe = ToldProbe(clock)
    driver = _driver(clock, Settings(ALL_DAY), probe)
    decided: list[Decision] = []
    driver.decided.connect(decided.extend)
    driver.start()
    try:
        # A pause in the typing (15 s) and time away that is a break (3 min).
        assert probe.thresholds == (15.0, 180.0)
        assert driver.told
        clock.advance(10 * 60)
        probe.input_stops()
        clock.advance(180)
        probe.tell()  # "idle for 3 min"
        clock.advance(60)
        probe.input_back()
        natural = [d for d in decided if d.decision is Action.NATURAL_BREAK]
        assert len(natural) == 1
        assert natural[0].length_s == 240
        # Time away was the break: the next one is a whole interval away.
        assert driver.planner.status().until_break_s == 30 * 60
    finally:
        driver.stop()


def test_new_settings_move_the_thresholds_the_probe_tells_at(qapp: QApplication) -> None:
    clock = SimulatedClock(datetime(2026, 3, 2, 9, 0), ZoneInfo("Europe/Berlin"))
    probe = ToldProbe(clock)
    driver = _driver(clock, Settings(ALL_DAY), probe)
    driver.start()
    try:
        driver.settings_changed(Settings({**ALL_DAY, "idle_threshold_min": 5,
                                          "natural_pause_quiet_s": 20}))  # fmt: skip
        assert probe.thresholds == (20.0, 300.0)
        assert driver.told
    finally:
        driver.stop()


def test_a_probe_that_cannot_tell_is_asked_instead(qapp: QApplication) -> None:
    clock = SimulatedClock(datetime(2026, 3, 2, 9, 0), ZoneInfo("Europe/Berlin"))
    probe = ToldProbe(clock, can_tell=False)
    driver = _driver(clock, Settings(ALL_DAY), probe)
    driver.start()
    try:
        assert not driver.told
        assert probe.readings == 1  # the first reading, at start; the rest every few seconds
    finally:
        driver.stop()


def test_while_the_user_works_the_tray_hears_the_count_go_on(qapp: QApplication, qtbot) -> None:
    """Nothing is told while the user types; the planner is still asked every so often (a
    minute in the app), so "next break in about ..." counts down as the work goes on."""
    clock = SimulatedClock(datetime(2026, 3, 2, 9, 0), ZoneInfo("Europe/Berlin"))
    probe = ToldProbe(clock)
    planner = Planner(Settings(ALL_DAY), clock, None)
    driver = PlannerDriver(
        planner, clock, probe.idle_seconds, watch=probe.watch, present_tick_ms=10
    )
    shown: list[float] = []
    driver.ticked.connect(lambda: shown.append(planner.status().until_break_s))
    driver.start()
    try:
        clock.advance(12 * 60)  # typing on, nothing told
        qtbot.waitUntil(lambda: shown[-1] == 18 * 60)
    finally:
        driver.stop()


def test_a_reading_a_hair_short_is_not_input_and_the_walk_away_is_credited(
    qapp: QApplication,
) -> None:
    """A desktop's idle count and the app's clock differ by milliseconds: at the moment the
    time away reaches the threshold, a reading a hair short of the last one must not count as
    a key pressed, or the prompt walked away from ends as no break at all."""
    clock = SimulatedClock(datetime(2026, 3, 2, 9, 0), ZoneInfo("Europe/Berlin"))
    probe = ToldProbe(clock)
    jitter = {"s": 0.0}

    def reading() -> float | None:
        value = probe.idle_seconds()
        return None if value is None else max(0.0, value - jitter["s"])

    settings = Settings({**ALL_DAY, "interval_min": 2, "micro_break_s": 45,
                         "idle_threshold_min": 1, "warning_lead_s": 0})  # fmt: skip
    planner = Planner(settings, clock, None)
    driver = PlannerDriver(planner, clock, reading, watch=probe.watch)
    decided: list[Decision] = []
    driver.decided.connect(decided.extend)
    driver.start()
    try:
        clock.advance(2 * 60)
        driver.tick()  # due: waiting for a pause in the typing
        probe.input_stops()
        clock.advance(15)
        probe.tell()  # "idle for 15 s": the prompt
        assert [d.decision for d in decided].count(Action.PROMPT) == 1
        clock.advance(45)
        probe.tell()  # "idle for a minute", as the prompt's length runs out
        jitter["s"] = 0.01
        driver.tick()  # the deadline, a hair later by the desktop's count
        clock.advance(20)
        jitter["s"] = 0.0
        probe.input_back()
        natural = [d for d in decided if d.decision is Action.NATURAL_BREAK]
        assert len(natural) == 1 and natural[0].length_s >= 60
        assert not [d for d in decided if d.decision is Action.BREAK_END]
    finally:
        driver.stop()


@pytest.mark.parametrize("asked_before_told", [False, True])
@pytest.mark.parametrize("deadline_first", [True, False])
def test_walking_away_at_the_prompt_is_a_break_when_its_length_ends_at_the_threshold(
    qapp: QApplication, deadline_first: bool, asked_before_told: bool
) -> None:
    """As the simulator says of the same day: typing stops, the prompt comes at the pause,
    the user is away 80 s (the threshold is 60 s, the prompt's length 45 s, so both run out at
    the same moment, in either order): one natural break of 80 s. Also when the planner is asked
    (its minute's tick) after the user is back but before the desktop said so."""
    clock = SimulatedClock(datetime(2026, 3, 30, 10, 0), ZoneInfo("UTC"))
    probe = ToldProbe(clock)
    driver = _driver(clock, Settings(PROMPT_ENDS_AT_THRESHOLD), probe)
    decided: list[Decision] = []
    driver.decided.connect(decided.extend)
    driver.start()
    try:
        for _ in range(244):  # typing; the planner asked now and then, as in the app
            clock.advance(1)
            if int(clock.monotonic()) % 60 == 0:
                driver.tick()
        driver.tick()
        probe.input_stops()
        clock.advance(15)
        probe.tell()  # a pause in the typing: the prompt
        assert [d.decision for d in decided].count(Action.PROMPT) == 1
        clock.advance(45)
        if deadline_first:
            driver.tick()
            probe.tell()
        else:
            probe.tell()
            driver.tick()
        clock.advance(20)
        if asked_before_told:
            probe.idle_from = None  # a key pressed; the desktop has not said so yet
            driver.tick()
            probe.tell()
        else:
            probe.input_back()
        ends = [d for d in decided if d.decision in (Action.NATURAL_BREAK, Action.BREAK_END)]
        assert [(d.decision, round(d.length_s or 0)) for d in ends] == [(Action.NATURAL_BREAK, 80)]
    finally:
        driver.stop()


class KeysProbe:
    """An exact probe that tells, as the X server's alarms do: input is single key presses,
    the reading is the time since the last one, and it tells when the quiet reaches one of
    the thresholds and at the first key after that."""

    def __init__(self, clock: SimulatedClock) -> None:
        self._clock = clock
        self.last_key = clock.monotonic()
        self.thresholds: tuple[float, ...] = ()
        self.changed: Callable[[], None] | None = None

    def idle_seconds(self) -> float | None:
        return self._clock.monotonic() - self.last_key

    def watch(self, thresholds: Iterable[float], changed: Callable[[], None]) -> bool:
        self.thresholds, self.changed = tuple(thresholds), changed
        return True

    def told_at(self) -> list[float]:
        return [self.last_key + t for t in self.thresholds]


def _run_keys(
    clock: SimulatedClock, driver: PlannerDriver, probe: KeysProbe, keys: list[float], end: float
) -> int:
    """Run the driver as the app's timers would, on the simulated clock, from now to `end`
    (seconds from now): the keys pressed at `keys`, the deadline the driver armed, its
    minute's tick while the user is at the machine, and what the probe tells. Returns how
    often the planner was asked."""
    start = clock.monotonic()
    pending = sorted(start + k for k in keys)
    minute = start + 60
    asked = 0
    told: set[float] = set()
    while True:
        deadline = driver.planner.next_deadline()
        alarms = [t for t in probe.told_at() if t not in told]
        moments = [
            (pending[0] if pending else math.inf, "key"),
            (deadline if deadline is not None else math.inf, "deadline"),
            (minute if driver._minute.isActive() else math.inf, "minute"),
            (min(alarms) if alarms else math.inf, "alarm"),
        ]
        at, what = min(moments)
        if at > start + end:
            return asked
        clock.advance(max(0.0, at - clock.monotonic()))
        if what == "key":
            pending.pop(0)
            quiet = clock.monotonic() - probe.last_key
            probe.last_key = clock.monotonic()
            if quiet >= min(probe.thresholds):
                assert probe.changed is not None
                probe.changed()  # "input is back"
                asked += 1
        elif what == "alarm":
            told.add(min(alarms))
            assert probe.changed is not None
            probe.changed()
            asked += 1
        else:
            if what == "minute":
                minute += 60
            driver.tick()
            asked += 1
        assert asked < 1000, "the planner is asked over and over"


@pytest.mark.parametrize("offset", [0.1, 0.5, 0.9])
def test_a_break_due_while_keys_are_pressed_is_prompted_at_the_pause(
    qapp: QApplication, offset: float
) -> None:
    """As `backmove simulate` says of the same story: the app starts with the user away, keys
    are pressed every second for 130 s, then none. The break falls due at 120 s of typing and
    comes at 15 s of quiet. Input is single presses, read exactly: at the deadline the last
    press was a moment ago, which is typing, not a pause, and not time away either."""
    clock = SimulatedClock(datetime(2026, 3, 30, 10, 0), ZoneInfo("UTC"))
    probe = KeysProbe(clock)
    probe.last_key -= 70  # away for a while before the app starts
    driver = _driver(clock, Settings(PROMPT_ENDS_AT_THRESHOLD), probe)
    decided: list[Decision] = []
    driver.decided.connect(decided.extend)
    driver.start()
    try:
        start = clock.monotonic()
        keys = [3 + offset + i for i in range(130)]
        asked = _run_keys(clock, driver, probe, keys, end=200)
        prompts = [d for d in decided if d.decision is Action.PROMPT]
        assert len(prompts) == 1
        assert prompts[0].mono - start == pytest.approx(keys[-1] + 15, abs=0.01)
        assert not [d for d in decided if d.decision is Action.NATURAL_BREAK]
        # Asked a few times (the minute's ticks, the deadlines, what the probe told), never
        # again and again a moment apart as the count creeps up on the interval.
        assert asked < 20
    finally:
        driver.stop()


@pytest.mark.parametrize("offset", [0.1, 0.5, 0.9])
def test_the_count_is_the_time_typed_however_the_readings_fall(
    qapp: QApplication, offset: float
) -> None:
    """Keys pressed every second from 3 s after the start, read at the minute's tick and at
    the end, 7 s after the last key: all of it is typing (no quiet as long as a pause)."""
    clock = SimulatedClock(datetime(2026, 3, 30, 10, 0), ZoneInfo("UTC"))
    probe = KeysProbe(clock)
    probe.last_key -= 70  # away for a while before the app starts
    driver = _driver(
        clock, Settings({**ALL_DAY, "interval_min": 2, "idle_threshold_min": 1}), probe
    )
    driver.start()
    try:
        start = clock.monotonic()
        keys = [3 + offset + i for i in range(100)]
        _run_keys(clock, driver, probe, keys, end=keys[-1] + 7)
        clock.advance(start + keys[-1] + 7 - clock.monotonic())
        driver.tick()
        typed = keys[-1] + 7 - keys[0]
        assert driver.planner.status().until_break_s == pytest.approx(120 - typed, abs=0.01)
    finally:
        driver.stop()


class RunningClock(SimulatedClock):
    """Time moves on a little at every reading of the clock, as on a real machine: the
    driver's reading and the planner's own look at the clock are never the same instant."""

    reads = 0

    def monotonic(self) -> float:
        self.reads += 1
        self.advance(0.0001 * (1 + self.reads % 7))  # a tenth of a millisecond or a few
        return super().monotonic()


@pytest.mark.parametrize("deadline_first", [True, False])
def test_walking_away_at_the_prompt_is_a_break_when_time_moves_between_readings(
    qapp: QApplication, deadline_first: bool
) -> None:
    """The prompt comes at the pause; its length (45 s) and the threshold (60 s from the last
    key) run out together, and both ask the planner. The second reading says the same input
    as the first, a moment later by the clock: no key was pressed, and the time away, 80 s,
    is the prompt's break taken naturally."""
    clock = RunningClock(datetime(2026, 3, 30, 10, 0), ZoneInfo("UTC"))
    probe = KeysProbe(clock)
    driver = _driver(clock, Settings(PROMPT_ENDS_AT_THRESHOLD), probe)
    decided: list[Decision] = []
    driver.decided.connect(decided.extend)
    driver.start()
    try:
        keys = [0.5 + i for i in range(130)]
        _run_keys(clock, driver, probe, keys, end=keys[-1] + 59.9)
        assert [d.decision for d in decided].count(Action.PROMPT) == 1
        clock.advance(probe.last_key + 60 - clock.monotonic())
        assert probe.changed is not None
        if deadline_first:
            driver.tick()
            probe.changed()
        else:
            probe.changed()
            driver.tick()
        clock.advance(20)
        probe.last_key = clock.monotonic()
        probe.changed()  # a key: back
        ends = [d for d in decided if d.decision in (Action.NATURAL_BREAK, Action.BREAK_END)]
        assert [(d.decision, round(d.length_s or 0)) for d in ends] == [(Action.NATURAL_BREAK, 80)]
    finally:
        driver.stop()
