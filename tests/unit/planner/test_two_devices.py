"""One sitting clock across two computers (core.devices.SittingSync), simulated: two planners
on two fake clocks, the sync folder a dict of heartbeats that each device writes at most once a
minute while in use and reads every ten seconds, as the app does.

Working hours are all day so that only the sitting counts; the interval is 30 minutes.
"""

from __future__ import annotations

import itertools
import math
from datetime import datetime
from zoneinfo import ZoneInfo

from backmove.core.clock import SimulatedClock
from backmove.core.devices import HEARTBEAT_EVERY_S, Heartbeat, SittingSync
from backmove.core.planner import Action, Decision, Planner, State
from backmove.core.settings import WEEKDAYS, Settings

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2026, 3, 30, 9, 0, tzinfo=BERLIN)
MIN = 60
STEP_S = 10
SETTINGS = Settings(
    {
        "interval_min": 30,
        "working_hours": {d: ["00:00-24:00"] for d in WEEKDAYS},
        "walk_every_nth": 0,
    }
)


class Device:
    def __init__(self, device_id: str, folder: dict[str, Heartbeat], skew_s: float = 0.0):
        self.id = device_id
        self.clock = SimulatedClock(START)
        self.clock.set_wall(skew_s)
        self.folder = folder
        self.planner = Planner(SETTINGS, self.clock)
        counter = itertools.count(1)
        self.sync = SittingSync(device_id, self.clock, lambda: f"{device_id[:1]}{next(counter)}")
        self.last_input = self.clock.wall() - 3600
        self.last_beat = -math.inf
        self.decided: list[Decision] = []
        self.take_breaks = True

    def step(self, in_use: bool) -> None:
        if in_use:
            self.last_input = self.clock.wall()
        idle = self.clock.wall() - self.last_input
        out = self.planner.observe_idle(idle)
        self.sync.decided(out)
        self.sync.heard(b for k, b in self.folder.items() if k != self.id)
        facts = self.sync.facts(self.planner, idle)
        self.sync.decided(facts)
        out += facts
        if in_use and self.take_breaks and self.planner.state is State.PROMPTED:
            started = self.planner.start()
            self.sync.decided(started)
            out += started
        self.decided += out
        now = self.clock.monotonic()
        if idle < 60 and now - self.last_beat >= HEARTBEAT_EVERY_S:
            self.last_beat = now
            self.folder[self.id] = self.sync.heartbeat(self.planner.status().active_s, idle)

    @property
    def active_min(self) -> float:
        return self.planner.status().active_s / MIN

    def actions(self, *names: str) -> list[str]:
        return [str(d.decision) for d in self.decided if str(d.decision) in names]


def spend(minutes: float, at: Device | None, *devices: Device) -> None:
    """`minutes` pass on every device's clock, the user at `at` (None: away from both)."""
    for _ in range(int(minutes * MIN / STEP_S)):
        for d in devices:
            d.clock.advance(STEP_S)
        for d in devices:
            d.step(d is at)


def pair(skew_s: float = 0.0) -> tuple[Device, Device]:
    folder: dict[str, Heartbeat] = {}
    a = Device("aaaaaaaaaaaaaaaa", folder)
    b = Device("bbbbbbbbbbbbbbbb", folder, skew_s)
    spend(0.5, None, a, b)  # both started and looked once
    return a, b


def test_switching_machines_mid_cycle_carries_the_cycle_on() -> None:
    a, b = pair()
    spend(20, a, a, b)
    spend(1, None, a, b)  # the walk to the other desk
    spend(1, b, a, b)
    assert 20 <= b.active_min <= 22  # A's twenty minutes, and the one just spent on B
    spend(12, b, a, b)
    # Thirty minutes of sitting across the two (and the wait for a pause in the typing): the
    # break comes on B, not thirty minutes after starting there.
    assert b.actions("warn", "prompt")
    assert not a.actions("warn", "prompt")


def test_a_device_used_long_after_the_other_starts_at_zero() -> None:
    a, b = pair()
    spend(20, a, a, b)
    spend(10, None, a, b)  # ten minutes away: more than the few minutes that carry on
    spend(1, b, a, b)
    assert b.active_min <= 1.5


def test_a_break_on_one_ends_the_cycle_on_both() -> None:
    a, b = pair()
    spend(20, a, a, b)
    spend(1, b, a, b)
    spend(15, b, a, b)  # due at thirty, prompted on B, and the user takes it there
    assert "break_end" in b.actions("break_end")
    spend(1, None, a, b)
    assert a.active_min == 0  # A's own twenty minutes are gone with the break taken on B
    spend(2, a, a, b)
    assert a.active_min < 6  # back at A: counting from the break, not from A's old cycle


def test_a_skewed_clock_still_carries_on_by_when_the_heartbeat_was_seen() -> None:
    for skew in (3600.0, -3600.0):  # B's clock an hour ahead, then an hour behind
        a, b = pair(skew)
        spend(20, a, a, b)
        spend(1, b, a, b)
        assert 20 <= b.active_min <= 22, skew
        spend(1, None, a, b)
        spend(1, a, a, b)
        assert a.active_min >= 21, skew  # and back again, with B's minute


def test_a_skewed_heartbeat_already_there_at_start_is_not_carried_on() -> None:
    """Nobody can say how old a future-dated heartbeat found at start is: it is not trusted."""
    folder: dict[str, Heartbeat] = {}
    a = Device("aaaaaaaaaaaaaaaa", folder, skew_s=2 * 3600)
    spend(25, a, a)
    b = Device("bbbbbbbbbbbbbbbb", folder)
    spend(0.5, None, b)
    spend(1, b, b)
    assert b.active_min <= 1.5


def test_a_break_taken_on_one_with_a_skewed_clock_ends_the_cycle_on_the_other() -> None:
    a, b = pair(-2 * 3600)
    spend(25, a, a, b)
    spend(1, b, a, b)
    spend(10, b, a, b)
    assert b.actions("break_end")
    spend(1, None, a, b)
    assert a.active_min == 0
    assert any(d.decision is Action.BREAK_END for d in b.decided)
