"""The heads-up says "Break in 30 seconds", and the prompt comes 30 seconds later.

A due break first waits for a pause in the typing; one found is the moment, with no heads-up
needed. Only when none comes is the prompt given its time, and the heads-up sent: the prompt
then comes at that time whether the user types on or stops (docs/simulate.md).
"""

from __future__ import annotations

from typing import Any

from backmove.core.planner import State
from tests.unit.planner.tracekit import MIN, Desk, active, at, brief, end, pick, run, user


def suspend(t: float, seconds: float) -> dict[str, Any]:
    return {"t": t, "type": "suspend", "for": seconds}


def toggle(t: float, what: str, on: bool) -> dict[str, Any]:
    return {"t": t, "type": what, "on": on}


def test_typing_on_the_prompt_comes_exactly_the_lead_after_the_heads_up() -> None:
    out = run([active(at("09:00"), 40 * MIN), end(at("09:40"))])
    # Due 09:30; no pause in the typing by 09:32:30, 30 s before the 3-min wait is up.
    assert brief(out, "warn", "prompt") == [
        (at("09:32:30"), "warn", "micro"),
        (at("09:33"), "prompt", "micro"),
    ]
    out = run([active(at("09:00"), 40 * MIN), end(at("09:40"))], settings={"warning_lead_s": 60})
    assert brief(out, "warn", "prompt") == [
        (at("09:32"), "warn", "micro"),
        (at("09:33"), "prompt", "micro"),
    ]


def test_stopping_right_after_the_heads_up_still_brings_the_prompt_at_its_time() -> None:
    # The user stops typing a second after the heads-up to wait for the break.
    out = run([active(at("09:00"), at("09:32:31") - at("09:00")), end(at("09:40"))])
    assert brief(out, "warn", "prompt") == [
        (at("09:32:30"), "warn", "micro"),
        (at("09:33"), "prompt", "micro"),  # not at the pause (09:32:46), and not never
    ]


def test_a_pause_after_the_heads_up_neither_hurries_nor_holds_the_prompt() -> None:
    out = run(
        [
            active(at("09:00"), at("09:32:35") - at("09:00")),
            active(at("09:32:55"), 10 * MIN),  # back at the keyboard before the prompt
            end(at("09:40")),
        ],
        settings={"warning_lead_s": 60},
    )
    assert brief(out, "warn", "prompt") == [
        (at("09:32"), "warn", "micro"),
        (at("09:33"), "prompt", "micro"),
    ]


def test_a_natural_pause_once_the_break_is_due_brings_the_prompt_with_no_heads_up() -> None:
    out = run([active(at("09:00"), at("09:31:10") - at("09:00")), end(at("09:40"))])
    # Due 09:30; the user stops at 09:31:10: 15 quiet seconds later is the moment.
    assert brief(out, "warn", "prompt") == [(at("09:31:25"), "prompt", "micro")]


def test_without_a_lead_the_prompt_comes_when_the_wait_is_up_with_no_heads_up() -> None:
    out = run([active(at("09:00"), 40 * MIN), end(at("09:40"))], settings={"warning_lead_s": 0})
    assert brief(out, "warn", "prompt") == [(at("09:33"), "prompt", "micro")]


def test_a_lead_longer_than_the_wait_gives_the_heads_up_when_the_break_is_due() -> None:
    settings = {"warning_lead_s": 60, "natural_pause_wait_s": 30}
    out = run([active(at("09:00"), 40 * MIN), end(at("09:40"))], settings=settings)
    assert brief(out, "warn", "prompt") == [
        (at("09:30"), "warn", "micro"),
        (at("09:31"), "prompt", "micro"),
    ]


def test_a_quiet_mode_in_the_lead_holds_the_break_and_lets_it_out_once() -> None:
    out = run(
        [
            active(at("09:00"), 40 * MIN),
            toggle(at("09:32:40"), "fullscreen", True),
            toggle(at("09:36"), "fullscreen", False),
            end(at("09:40")),
        ]
    )
    assert brief(out, "warn", "suppress", "release", "prompt") == [
        (at("09:32:30"), "warn", "micro"),
        (at("09:32:40"), "suppress", "micro"),
        (at("09:36"), "release", "micro"),
        (at("09:36"), "prompt", "micro"),  # no second heads-up: the release is the prompt
    ]


def test_away_in_the_lead_long_enough_for_a_break_is_the_break() -> None:
    settings = {"warning_lead_s": 60, "idle_threshold_min": 1}
    out = run(
        [
            active(at("09:00"), at("09:31:50") - at("09:00")),
            active(at("09:40"), MIN),
            end(at("09:41")),
        ],
        settings=settings,
    )
    # Heads-up at 09:32 (10 quiet seconds are no pause yet); gone from 09:31:50, so at
    # 09:32:50, before the prompt's time, that is a break taken.
    assert brief(out, "warn", "prompt", "natural_break") == [
        (at("09:32"), "warn", "micro"),
        (at("09:40"), "natural_break", "walk"),
    ]
    assert pick(out, "natural_break")[0]["length_s"] == 8 * MIN + 10


def test_a_short_sleep_in_the_lead_brings_the_prompt_after_the_wake_s_grace() -> None:
    out = run(
        [
            active(at("09:00"), at("09:32:40") - at("09:00")),
            suspend(at("09:32:40"), 10),
            active(at("09:32:50"), 5 * MIN),
            end(at("09:40")),
        ]
    )
    assert brief(out, "warn", "prompt", "natural_break") == [
        (at("09:32:30"), "warn", "micro"),
        (at("09:34:50"), "prompt", "micro"),  # two minutes after the wake
    ]


def test_hours_ending_in_the_lead_drop_the_break() -> None:
    out = run([active(at("16:57:20"), 40 * MIN), end(at("17:40"))])
    # Due 17:27:20, heads-up at 17:29:50; working hours end at 17:30, before its prompt.
    assert brief(out, "warn", "prompt", "off_hours")[1:] == [
        (at("17:29:50"), "warn", "micro"),
        (at("17:30"), "off_hours", None),
    ]


def test_break_now_in_the_lead_starts_the_break() -> None:
    out = run([active(at("09:00"), 40 * MIN), user(at("09:32:45"), "break_now"), end(at("09:40"))])
    assert brief(out, "warn", "prompt", "break_start") == [
        (at("09:32:30"), "warn", "micro"),
        (at("09:32:45"), "break_start", "micro"),
    ]


def test_the_status_says_when_the_prompt_comes() -> None:
    desk = Desk()
    desk.wait(60 * MIN)  # 09:00
    desk.type(31 * MIN)  # due 09:30: waiting for a pause
    status = desk.planner.status()
    assert status.state is State.WARNED
    assert status.warned_until is None and status.until_break_s is None
    assert not status.no_more_today
    desk.type(90)  # 09:32:30: no pause came, the heads-up gives the prompt its time
    status = desk.planner.status()
    assert status.warned_until == desk.clock.wall() + 30
    desk.wait(30)
    assert desk.planner.state is State.PROMPTED


def test_a_break_of_ones_own_back_from_a_snooze_after_hours_comes_with_no_heads_up() -> None:
    out = run(
        [
            user(at("18:00"), "break_now"),
            user(at("18:01"), "snooze", minutes=5),
            active(at("18:01"), 15 * MIN),
            end(at("18:20")),
        ]
    )
    # Nothing is warned outside working hours; the break the user asked back comes back.
    assert brief(out, "warn", "prompt") == [(at("18:09"), "prompt", "micro")]
