"""Sleep and wake: a long sleep is a break, an open break ends, and waking is quiet for 2 min."""

from __future__ import annotations

from typing import Any

from tests.unit.planner.tracekit import MIN, active, at, brief, end, pick, run, user


def suspend(t: float, seconds: float) -> dict[str, Any]:
    return {"t": t, "type": "suspend", "for": seconds}


def test_a_sleep_during_work_is_a_natural_break() -> None:
    out = run(
        [
            active(at("09:00"), 20 * MIN),
            suspend(at("09:20"), 10 * MIN),
            active(at("09:30"), 60 * MIN),
            end(at("10:30")),
        ]
    )
    assert brief(out, "natural_break", "warn", "prompt") == [
        (at("09:30"), "natural_break", "walk"),
        (at("10:02:30"), "warn", "micro"),  # due 10:00, no pause in the typing
        (at("10:03"), "prompt", "micro"),
    ]
    assert pick(out, "natural_break")[0]["reason"] == "suspend"
    assert pick(out, "natural_break")[0]["length_s"] == 10 * MIN


def test_a_sleep_shorter_than_a_break_keeps_the_count() -> None:
    out = run(
        [
            active(at("09:00"), 20 * MIN),
            suspend(at("09:20"), 60),
            active(at("09:21"), 20 * MIN),
            end(at("09:41")),
        ]
    )
    assert brief(out, "natural_break", "warn", "prompt") == [
        # Due 09:31: 20 + 10 minutes of input, 09:20-09:21 asleep.
        (at("09:33:30"), "warn", "micro"),
        (at("09:34"), "prompt", "micro"),
    ]


def test_nothing_is_prompted_within_two_minutes_of_waking() -> None:
    out = run(
        [
            active(at("09:00"), 31 * MIN),  # due at 09:30, waits for a pause
            suspend(at("09:31"), 60),  # a short sleep: still due
            active(at("09:32"), 90),  # then quiet from 09:33:30
            end(at("09:40")),
        ]
    )
    # 15 s of quiet at 09:33:45, but the wake was at 09:32: not before 09:34.
    assert brief(out, "prompt") == [(at("09:34"), "prompt", "micro")]


def test_a_sleep_during_the_warning_is_the_break() -> None:
    out = run(
        [
            active(at("09:00"), at("09:32:40") - at("09:00")),
            suspend(at("09:32:40"), 5 * MIN),
            active(at("09:37:40"), 35 * MIN),
            end(at("10:12:40")),
        ]
    )
    assert brief(out, "warn", "natural_break", "prompt") == [
        (at("09:32:30"), "warn", "micro"),  # due 09:30, no pause in the typing
        (at("09:37:40"), "natural_break", "walk"),  # 5 min asleep: as long as a walk
        (at("10:10:10"), "warn", "micro"),
        (at("10:10:40"), "prompt", "micro"),
    ]


def test_the_lid_closed_during_a_running_break_that_it_outlasts_completes_it() -> None:
    out = run(
        [
            active(at("09:00"), 30 * MIN),
            user(at("09:31"), "start"),
            suspend(at("09:32"), 20 * MIN),
            active(at("09:52"), 35 * MIN),
            end(at("10:25")),
        ]
    )
    # The two-minute stretch from 09:31 had run its length by the wake: the user was away
    # from the machine all through it. One break, no natural break on top of it.
    assert brief(out, "break_start", "break_end", "natural_break", "warn") == [
        (at("09:31"), "break_start", "micro"),
        (at("09:52"), "break_end", "completed"),
        (at("10:24:30"), "warn", "walk"),  # due 10:22, no pause in the typing
    ]
    assert pick(out, "break_end")[0]["reason"] == "suspend"


def test_a_short_sleep_during_a_running_break_interrupts_it() -> None:
    out = run(
        [
            active(at("09:00"), 30 * MIN),
            user(at("09:31"), "start"),
            suspend(at("09:31:30"), 30),
            end(at("09:40")),
        ]
    )
    assert brief(out, "break_start", "break_end", "natural_break") == [
        (at("09:31"), "break_start", "micro"),
        (at("09:32"), "break_end", "interrupted"),
    ]
    assert pick(out, "break_end")[0]["reason"] == "suspend"


def test_a_prompt_open_across_a_sleep_ends_interrupted_on_wake() -> None:
    out = run([active(at("09:00"), 30 * MIN), suspend(at("09:30:30"), 60), end(at("09:40"))])
    assert brief(out, "prompt", "break_end") == [
        (at("09:30:15"), "prompt", "micro"),
        (at("09:31:30"), "break_end", "interrupted"),
    ]


def test_timers_the_user_set_in_minutes_run_on_through_a_sleep() -> None:
    out = run(
        [
            active(at("09:00"), 10 * MIN),
            user(at("09:10"), "pause", minutes=30),
            suspend(at("09:20"), 40 * MIN),
            end(at("10:30")),
        ]
    )
    assert brief(out, "pause", "resume") == [
        (at("09:10"), "pause", "timed"),
        (at("10:00"), "resume", "timeout"),
    ]


def test_a_sleep_over_the_end_of_the_day_is_not_a_break() -> None:
    out = run(
        [
            active(at("17:00"), 20 * MIN),
            suspend(at("17:20"), 15 * 3600),
            active(at("08:50", day=1), 20 * MIN),
            end(at("09:30", day=1)),
        ]
    )
    assert pick(out, "natural_break") == []
    assert brief(out, "off_hours", "on_hours")[-2:] == [
        (at("08:20", day=1), "off_hours", None),  # the wake reports the hours afresh
        (at("09:00", day=1), "on_hours", None),
    ]
