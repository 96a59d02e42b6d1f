"""The Planner as the desktop adapter drives it: probe readings, deadlines, status, settings."""

from __future__ import annotations

from backmove.core.kinds import BreakKind
from backmove.core.planner import Action, Outcome, State
from backmove.core.settings import Settings
from tests.unit.planner.tracekit import HOUR, MIN, Desk, active, at, brief, end, run


def test_status_tells_the_tray_how_long_until_which_break() -> None:
    desk = Desk()
    desk.wait(HOUR)
    desk.type(18 * MIN)
    status = desk.planner.status()
    assert status.state is State.WORKING
    assert status.until_break_s == 12 * MIN
    assert status.next_kind is BreakKind.STRETCH
    assert status.held is None and not status.paused
    # Next it wants to know whether the user is still there when a stop would have become
    # a natural break (3 min); the break would fall due 12 min on.
    assert desk.planner.next_deadline() == desk.clock.monotonic() + 3 * MIN
    desk.type(3 * MIN)
    assert desk.planner.next_deadline() == desk.clock.monotonic() + 3 * MIN
    desk.type(7 * MIN)
    assert desk.planner.next_deadline() == desk.clock.monotonic() + 2 * MIN


def test_status_while_held_paused_and_in_a_meeting() -> None:
    desk = Desk()
    desk.wait(HOUR)
    desk.planner.set_fullscreen(True)
    desk.type(31 * MIN)
    assert desk.planner.status().held == "fullscreen"
    assert desk.planner.status().until_break_s is None
    desk.planner.meeting(30)
    assert desk.planner.status().meeting_until == desk.clock.wall() + 30 * MIN
    desk.planner.pause(60)
    status = desk.planner.status()
    assert status.state is State.PAUSED
    assert status.paused_until == desk.clock.wall() + HOUR


def idle_at(spans: list[tuple[float, float]], t: float) -> float:
    """Idle seconds at `t` for input spans [(start, end)], as an idle probe would read."""
    last = 0.0
    for start, stop in spans:
        if start <= t <= stop:
            return 0.0
        if stop < t:
            last = stop
    return t - last


def test_a_probe_reading_every_five_seconds_gives_the_same_decisions_within_a_probe() -> None:
    spans = [(at("08:50"), at("09:40:07")), (at("09:41"), at("10:40"))]
    expected = brief(run([active(a, b - a) for a, b in spans] + [end(at("10:40"))]))
    desk = Desk()
    got: list[tuple[float, str]] = []
    t = 0.0
    while t < at("10:40"):
        deadline = desk.planner.next_deadline()
        step = 5.0 - t % 5.0  # the probe's own timer...
        if deadline is not None:  # ...or the deadline the adapter armed, if sooner
            step = min(step, deadline - desk.clock.monotonic())
        desk.clock.advance(step)
        t += step
        got += [(t, str(d.decision)) for d in desk.planner.observe_idle(idle_at(spans, t))]
    assert [name for _, name in got] == [name for _, name, _ in expected[1:]]
    for (t_got, _), (t_exp, _, _) in zip(got, expected[1:], strict=True):
        assert abs(t_got - t_exp) <= 5.0


def test_without_an_idle_probe_breaks_come_by_the_clock() -> None:
    desk = Desk()
    desk.wait(HOUR)
    desk.type(40 * MIN)  # what an adapter with no probe reports: always active
    assert desk.names()[2:5] == ["warn", "prompt", "break_end"]


def test_new_settings_take_effect_at_once() -> None:
    desk = Desk()
    desk.wait(HOUR)
    desk.type(25 * MIN)
    made = desk.planner.settings_changed(Settings({"interval_min": 20}))
    # 25 min counted, 20 due now: it waits for a pause (a heads-up only if none comes).
    assert made == []
    assert desk.planner.state is State.WARNED
    assert desk.planner.status().warned_until is None
    made = desk.planner.settings_changed(Settings({"working_hours": {"mon": ["08:00-09:00"]}}))
    assert [d.decision for d in made] == [Action.OFF_HOURS]
    assert desk.planner.state is State.OFF_HOURS


def test_a_wake_reported_with_its_length_when_the_monotonic_clock_ran_on() -> None:
    desk = Desk()
    desk.wait(HOUR)
    desk.type(20 * MIN)
    desk.planner.suspended()
    desk.clock.advance(10 * MIN)  # Windows: the monotonic clock runs through a sleep
    made = desk.planner.resumed(slept_s=10 * MIN)
    assert [(d.decision, d.kind, d.length_s) for d in made] == [
        (Action.NATURAL_BREAK, BreakKind.WALK, 10 * MIN)
    ]
    desk.type(33 * MIN)
    # Due 30 min after the wake; typing on, the heads-up comes 30 s before the wait ends.
    warn = next(d for d in desk.log if d.decision is Action.WARN)
    assert warn.wall == made[0].wall + 32 * MIN + 30


def test_a_wake_found_by_the_wall_clock_gap_alone() -> None:
    desk = Desk()
    desk.wait(HOUR)
    desk.type(20 * MIN)
    desk.clock.sleep(15 * MIN)
    made = desk.planner.resumed()
    assert [(d.decision, d.reason, d.length_s) for d in made] == [
        (Action.NATURAL_BREAK, "suspend", 15 * MIN)
    ]


def test_decisions_carry_both_clocks_and_the_break() -> None:
    desk = Desk()
    desk.wait(HOUR)
    desk.type(40 * MIN, answer="start")
    prompt, start, finish = (d for d in desk.log if d.break_id == 1)
    assert (prompt.decision, start.decision, finish.decision) == (
        Action.PROMPT,
        Action.BREAK_START,
        Action.BREAK_END,
    )
    assert finish.outcome is Outcome.COMPLETED
    assert finish.mono - start.mono == 120 == finish.wall - start.wall
    assert desk.planner.status().taken_today == 1


def test_a_wake_reported_after_the_first_probe_reading_still_counts_the_whole_sleep() -> None:
    desk = Desk()
    desk.wait(HOUR)
    desk.type(20 * MIN)
    desk.clock.sleep(15 * MIN)
    assert desk.planner.observe_idle(0.0) == []  # the probe was quicker than the wake signal
    made = desk.planner.resumed(slept_s=15 * MIN)
    assert [(d.decision, d.length_s) for d in made] == [(Action.NATURAL_BREAK, 15 * MIN)]
    assert desk.planner.status().active_s == 0


def _in_a_break() -> Desk:
    desk = Desk({"natural_pause_wait_s": 0, "warning_lead_s": 0})
    desk.wait(HOUR)
    desk.type(30 * MIN + 1, answer="start")
    assert desk.planner.state is State.IN_BREAK
    return desk


def test_done_after_the_whole_routine_is_completed_however_short() -> None:
    desk = _in_a_break()
    desk.clock.advance(60)  # the routine came out shorter than the 2-min break
    (end_,) = [d for d in desk.planner.done(finished=True) if d.decision is Action.BREAK_END]
    assert end_.outcome is Outcome.COMPLETED


def test_done_before_the_routine_is_through_is_partial() -> None:
    desk = _in_a_break()
    desk.clock.advance(60)
    (end_,) = [d for d in desk.planner.done() if d.decision is Action.BREAK_END]
    assert end_.outcome is Outcome.PARTIAL


def test_the_break_window_can_skip_a_running_break() -> None:
    desk = _in_a_break()
    (end_,) = [d for d in desk.planner.skip() if d.decision is Action.BREAK_END]
    assert end_.outcome is Outcome.SKIPPED


def test_snoozing_a_running_break_brings_it_back_later_from_the_start() -> None:
    desk = _in_a_break()
    desk.clock.advance(30)
    made = desk.planner.snooze(5)
    assert [d.decision for d in made] == [Action.SNOOZE]
    assert desk.planner.state is State.WORKING
    assert desk.planner.status().snoozed_until == desk.clock.wall() + 5 * MIN
    desk.type(5 * MIN + 1)
    assert desk.planner.state is State.PROMPTED
    desk.planner.start()
    desk.clock.advance(2 * MIN)
    (end_,) = [d for d in desk.planner.poll() if d.decision is Action.BREAK_END]
    assert end_.outcome is Outcome.COMPLETED  # the full length counted from the new start


def test_a_back_session_done_starts_the_count_again_without_a_natural_break() -> None:
    desk = Desk()
    desk.wait(HOUR)
    desk.type(20 * MIN)
    assert desk.planner.status().active_s == 20 * MIN
    desk.wait(10 * MIN)  # the session: away from the keyboard all the while
    decisions = desk.planner.session_done()
    assert not [d for d in decisions if d.decision is Action.NATURAL_BREAK]
    status = desk.planner.status()
    assert status.state is State.WORKING
    assert status.until_break_s == 30 * MIN
    desk.type(MIN)
    assert desk.planner.status().active_s == MIN


def test_a_back_session_leaves_a_prompt_that_is_up() -> None:
    desk = Desk()
    desk.wait(HOUR)
    desk.type(34 * MIN)  # the prompt waited for a pause, at most 3 minutes
    assert desk.planner.state is State.PROMPTED
    desk.planner.session_done()
    assert desk.planner.state is State.PROMPTED
