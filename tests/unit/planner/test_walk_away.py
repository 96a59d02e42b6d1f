"""Leaving a prompt is taking the break; quiet modes take a prompt back; silence backs off."""

from __future__ import annotations

from typing import Any

from backmove.core.planner import Action
from backmove.core.planner_memory import PlannerState
from tests.unit.planner.tracekit import HOUR, MIN, Desk, active, at, brief, end, pick, run, user


def suspend(t: float, seconds: float) -> dict[str, Any]:
    return {"t": t, "type": "suspend", "for": seconds}


def toggle(t: float, what: str, on: bool) -> dict[str, Any]:
    return {"t": t, "type": what, "on": on}


def test_walking_away_from_a_prompt_is_that_break_taken_naturally() -> None:
    out = run([active(at("09:00"), 30 * MIN), active(at("09:40"), 31 * MIN), end(at("10:15"))])
    assert brief(out, "prompt", "break_end", "natural_break", "warn") == [
        (at("09:30:15"), "prompt", "micro"),
        # Up from the desk at 09:30, back at 09:40: the prompt's break, ten minutes long. It
        # is not logged as expired at 09:32:15 while the user is away.
        (at("09:40"), "natural_break", "walk"),
        # It was a walk's length, so the walk rotation moved on: next comes a stretch, due at
        # 10:10; the user stops typing at 10:11, a natural pause, so it needs no heads-up.
        (at("10:11:15"), "prompt", "micro"),
    ]
    natural = pick(out, "natural_break")[0]
    assert natural["break_id"] == pick(out, "prompt")[0]["break_id"] == 1
    assert (natural["outcome"], natural["reason"], natural["length_s"]) == ("natural", "idle", 600)
    assert pick(out, "prompt")[1]["break_id"] == 2


def test_leaving_a_prompt_is_credited_like_leaving_just_before_it() -> None:
    before = run([active(at("09:00"), 29 * MIN + 40), active(at("09:40"), MIN), end(at("09:45"))])
    at_it = run([active(at("09:00"), 30 * MIN), active(at("09:40"), MIN), end(at("09:45"))])
    assert [(r["t"], r["kind"], r["length_s"]) for r in pick(before, "natural_break")] == [
        (at("09:40"), "walk", 620)
    ]
    assert [(r["t"], r["kind"], r["length_s"]) for r in pick(at_it, "natural_break")] == [
        (at("09:40"), "walk", 600)
    ]


def test_back_before_the_threshold_the_prompt_expires_when_the_user_returns() -> None:
    out = run([active(at("09:00"), 30 * MIN), active(at("09:32:30"), MIN), end(at("09:40"))])
    # Its two minutes ran out at 09:32:15 with nobody there; 150 s away is no break.
    assert brief(out, "prompt", "break_end", "natural_break") == [
        (at("09:30:15"), "prompt", "micro"),
        (at("09:32:30"), "break_end", "expired"),
    ]


def test_the_lid_closed_on_a_prompt_is_that_break_taken() -> None:
    out = run(
        [
            active(at("09:00"), 30 * MIN),
            suspend(at("09:30:30"), 20 * MIN),
            active(at("09:50:30"), 5 * MIN),
            end(at("09:56")),
        ]
    )
    assert brief(out, "prompt", "break_end", "natural_break") == [
        (at("09:30:15"), "prompt", "micro"),
        (at("09:50:30"), "natural_break", "walk"),
    ]
    natural = pick(out, "natural_break")[0]
    assert (natural["break_id"], natural["reason"]) == (1, "suspend")
    assert natural["length_s"] == 20 * MIN + 30  # from the last input at 09:30


def test_a_lunch_hour_after_an_expired_prompt_is_a_natural_break() -> None:
    out = run(
        [
            active(at("09:00"), 35 * MIN),  # types on through the prompt, then to lunch
            active(at("10:35"), 40 * MIN),
            end(at("11:15")),
        ]
    )
    assert brief(out, "prompt", "break_end", "natural_break", "warn") == [
        (at("09:32:30"), "warn", "micro"),
        (at("09:33"), "prompt", "micro"),
        (at("09:35"), "break_end", "expired"),
        (at("10:35"), "natural_break", "walk"),
        (at("11:07:30"), "warn", "micro"),  # counted afresh from 10:35
        (at("11:08"), "prompt", "micro"),
        (at("11:10"), "break_end", "expired"),
    ]
    natural = pick(out, "natural_break")[0]
    assert natural["length_s"] == HOUR  # from the prompt's end, not before it
    assert natural["break_id"] == 2


def test_full_screen_takes_back_a_prompt_and_brings_it_back_once() -> None:
    out = run(
        [
            active(at("09:00"), 90 * MIN),
            toggle(at("09:33:15"), "fullscreen", True),  # a presentation, 15 s into the prompt
            toggle(at("10:00"), "fullscreen", False),
            end(at("10:10")),
        ]
    )
    assert brief(out, "prompt", "suppress", "release", "break_end") == [
        (at("09:33"), "prompt", "micro"),
        (at("09:33:15"), "suppress", "micro"),
        (at("10:00"), "release", "micro"),
        (at("10:00"), "prompt", "micro"),
        (at("10:02"), "break_end", "expired"),
    ]
    assert pick(out, "suppress")[0]["reason"] == "fullscreen"
    assert {r["break_id"] for r in pick(out, "prompt", "suppress", "release", "break_end")} == {1}


def test_do_not_disturb_takes_back_a_prompt_and_brings_it_back_once() -> None:
    out = run(
        [
            active(at("09:00"), 90 * MIN),
            toggle(at("09:34"), "dnd", True),
            toggle(at("09:50"), "fullscreen", True),
            toggle(at("10:05"), "dnd", False),  # full screen still holds it
            toggle(at("10:15"), "fullscreen", False),
            end(at("10:20")),
        ]
    )
    assert brief(out, "prompt", "suppress", "release", "break_end") == [
        (at("09:33"), "prompt", "micro"),
        (at("09:34"), "suppress", "micro"),
        (at("10:15"), "release", "micro"),
        (at("10:15"), "prompt", "micro"),
        (at("10:17"), "break_end", "expired"),
    ]
    assert pick(out, "suppress")[0]["reason"] == "dnd"
    assert pick(out, "release")[0]["reason"] == "dnd"


def test_a_prompt_held_past_the_end_of_working_hours_is_dropped() -> None:
    out = run(
        [
            active(at("16:40"), 50 * MIN),
            toggle(at("17:14"), "dnd", True),
            toggle(at("17:45"), "dnd", False),
            end(at("18:00")),
        ]
    )
    assert brief(out, "prompt", "suppress", "release", "break_end", "off_hours")[-4:] == [
        (at("17:13"), "prompt", "micro"),
        (at("17:14"), "suppress", "micro"),
        (at("17:30"), "off_hours", None),
        (at("17:30"), "break_end", "interrupted"),
    ]
    assert pick(out, "release") == []


def test_a_day_of_unanswered_prompts_backs_off_and_offers_to_adjust_once() -> None:
    days = [active(at("09:00", day), 8 * HOUR + 30 * MIN) for day in range(2)]
    out = run([*days, end(at("17:30", 1))])
    assert {r["outcome"] for r in pick(out, "break_end")} == {"expired"}
    # The user types through every prompt and never answers: the third one to expire in a
    # row lengthens the interval (09:35, 10:13, 10:48), and the user is offered once to
    # change it themselves; later steps of the back-off, and the next day, do not ask again.
    backoff = [(r["t"], r["interval_min"]) for r in pick(out, "interval")]
    assert backoff == [(at("10:48"), 40), (at("13:09"), 50), (at("15:57"), 60)]
    offers = pick(out, "offer_adjust")
    assert [(r["t"], r["interval_min"]) for r in offers] == [(at("10:48"), 40)]


def test_the_offer_to_adjust_is_remembered_across_a_restart() -> None:
    state = PlannerState(adjust_offered="2026-03-20")
    restored = PlannerState.from_dict(state.to_dict())
    assert restored.adjust_offered == "2026-03-20"


def test_a_skip_then_lunch_is_a_natural_break() -> None:
    out = run([active(at("09:00"), 34 * MIN), user(at("09:34"), "skip"), active(at("10:30"), MIN)])
    assert brief(out, "break_end", "natural_break") == [
        (at("09:34"), "break_end", "skipped"),
        (at("10:30"), "natural_break", "walk"),
    ]
    assert pick(out, "natural_break")[0]["length_s"] == 56 * MIN


def test_a_call_without_a_probe_reading_never_makes_an_empty_natural_break() -> None:
    desk = Desk()
    desk.wait(HOUR)  # 09:00
    desk.type(10 * MIN)
    clock, planner = desk.clock, desk.planner
    # No probe reading after the last input, only calls that do not read it (a clock jump's
    # poll): away cannot be declared on a guess, so coming back cannot end it before it began.
    clock.advance(65)
    desk.log += planner.poll()
    clock.advance(200)
    desk.log += planner.poll()
    clock.advance(5)
    desk.log += planner.observe_idle(0)
    # Before the fix this logged a natural break of 0 s. No reading ever showed the absence,
    # so there is none to log.
    assert [d for d in desk.log if d.decision is Action.NATURAL_BREAK] == []
