"""Quiet modes hold a due break and let it out once afterwards: never a burst."""

from __future__ import annotations

from typing import Any

from tests.unit.planner.tracekit import MIN, active, at, brief, end, pick, run, user


def toggle(t: float, what: str, on: bool) -> dict[str, Any]:
    return {"t": t, "type": what, "on": on}


def test_forty_minutes_fullscreen_hold_one_break_and_release_it_once() -> None:
    out = run(
        [
            active(at("09:00"), 90 * MIN),
            toggle(at("09:20"), "fullscreen", True),
            toggle(at("10:00"), "fullscreen", False),
            end(at("10:20")),
        ]
    )
    assert brief(out)[2:] == [
        # No warning during fullscreen either; at 09:30 the break is due and held.
        (at("09:30"), "suppress", "micro"),
        # An hour of input by 10:00 would have made two breaks due: only one comes out.
        (at("10:00"), "release", "micro"),
        (at("10:00"), "prompt", "micro"),
        (at("10:02"), "break_end", "expired"),
    ]
    assert pick(out, "suppress")[0]["reason"] == "fullscreen"
    assert pick(out, "release")[0]["reason"] == "fullscreen"


def test_do_not_disturb_holds_like_fullscreen_unless_turned_off_in_settings() -> None:
    trace = [
        active(at("09:00"), 45 * MIN),
        toggle(at("09:10"), "dnd", True),
        toggle(at("09:40"), "dnd", False),
        end(at("09:45")),
    ]
    held = run(trace)
    assert brief(held, "suppress", "release", "prompt") == [
        (at("09:30"), "suppress", "micro"),
        (at("09:40"), "release", "micro"),
        (at("09:40"), "prompt", "micro"),
    ]
    assert pick(held, "suppress")[0]["reason"] == "dnd"
    loud = run(trace, settings={"quiet_when_dnd": False})
    assert brief(loud, "suppress", "release", "prompt") == [(at("09:33"), "prompt", "micro")]


def test_a_quiet_mode_that_starts_while_a_break_waits_for_a_pause_holds_it() -> None:
    out = run(
        [
            active(at("09:00"), 45 * MIN),
            toggle(at("09:31"), "fullscreen", True),
            toggle(at("09:35"), "fullscreen", False),
            end(at("09:45")),
        ]
    )
    # Due at 09:30 and waiting for a pause, so no heads-up yet when full screen comes.
    assert brief(out, "warn", "suppress", "release", "prompt") == [
        (at("09:31"), "suppress", "micro"),
        (at("09:35"), "release", "micro"),
        (at("09:35"), "prompt", "micro"),
    ]


def test_meeting_mode_holds_the_break_and_its_end_lets_it_out_once() -> None:
    out = run(
        [active(at("09:00"), 90 * MIN), user(at("09:10"), "meeting", minutes=45), end(at("10:00"))]
    )
    assert brief(out)[2:] == [
        (at("09:10"), "meeting", None),
        (at("09:30"), "suppress", "micro"),
        (at("09:55"), "meeting_end", "timeout"),
        (at("09:55"), "release", "micro"),
        (at("09:55"), "prompt", "micro"),
        (at("09:57"), "break_end", "expired"),
    ]
    meeting = pick(out, "meeting")[0]
    assert meeting["until"] == "2026-03-30T09:55:00+02:00"
    assert meeting["minutes"] == 45


def test_meeting_mode_takes_back_a_prompt_and_brings_the_same_break_back() -> None:
    out = run(
        [
            active(at("09:00"), 90 * MIN),
            user(at("09:33:30"), "meeting", minutes=30),
            end(at("10:10")),
        ]
    )
    assert brief(out)[3:] == [
        (at("09:33"), "prompt", "micro"),
        (at("09:33:30"), "meeting", None),
        (at("09:33:30"), "suppress", "micro"),
        (at("10:03:30"), "meeting_end", "timeout"),
        (at("10:03:30"), "release", "micro"),
        (at("10:03:30"), "prompt", "micro"),
        (at("10:05:30"), "break_end", "expired"),
    ]
    assert {r["break_id"] for r in pick(out, "prompt", "suppress", "break_end")} == {1}


def test_meeting_mode_lasts_the_default_and_resume_ends_it_early() -> None:
    out = run(
        [
            active(at("09:00"), 60 * MIN),
            user(at("09:10"), "meeting"),
            user(at("09:40"), "resume"),
            end(at("09:41")),
        ],
        settings={"meeting_default_min": 90},
    )
    assert pick(out, "meeting")[0]["until"] == "2026-03-30T10:40:00+02:00"
    assert brief(out)[3:] == [
        (at("09:30"), "suppress", "micro"),
        (at("09:40"), "meeting_end", "user"),
        (at("09:40"), "release", "micro"),
        (at("09:40"), "prompt", "micro"),
    ]
