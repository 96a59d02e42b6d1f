"""How the user answers: no answer, snooze and its limit, skip, pause and resume."""

from __future__ import annotations

from tests.unit.planner.tracekit import HOUR, MIN, active, at, brief, end, pick, run, user


def test_an_unanswered_prompt_expires_after_the_breaks_length() -> None:
    # The user types on through both prompts (walking away from one is test_idle's).
    out = run([active(at("09:00"), 75 * MIN), end(at("10:15"))])
    assert brief(out, "prompt", "break_end") == [
        (at("09:33"), "prompt", "micro"),  # due 09:30, no pause in the typing: 3 min later
        (at("09:35"), "break_end", "expired"),  # a stretch: 2 min
        (at("10:08"), "prompt", "walk"),
        (at("10:13"), "break_end", "expired"),  # a walk: 5 min
    ]


def test_two_snoozes_in_a_row_then_the_break_is_let_go_quietly() -> None:
    out = run(
        [
            active(at("09:00"), 2 * HOUR),
            user(at("09:33"), "snooze", minutes=5),  # the first prompt comes at 09:33
            user(at("09:41"), "snooze", minutes=5),  # back at 09:38, then 3 min for a pause
            end(at("10:20")),
        ]
    )
    assert brief(out)[2:] == [
        # Due 09:30, no pause in the typing: the heads-up 30 s before the 3 min are up.
        (at("09:32:30"), "warn", "micro"),
        (at("09:33"), "prompt", "micro"),
        (at("09:33"), "snooze", "micro"),
        (at("09:40:30"), "warn", "micro"),
        (at("09:41"), "prompt", "micro"),
        (at("09:41"), "snooze", "micro"),
        # No third prompt: held for good, recorded as skipped, and a new cycle from 09:46.
        (at("09:46"), "suppress", "micro"),
        (at("09:46"), "break_end", "skipped"),
        (at("10:18:30"), "warn", "walk"),
        (at("10:19"), "prompt", "walk"),
    ]
    assert [r["snoozes"] for r in pick(out, "snooze")] == [1, 2]
    assert pick(out, "suppress")[0]["reason"] == "snooze_limit"
    assert pick(out, "break_end")[0]["reason"] == "snooze_limit"


def test_a_snooze_without_minutes_takes_the_middle_option() -> None:
    out = run([active(at("09:00"), HOUR), user(at("09:33"), "snooze"), end(at("09:50"))])
    assert pick(out, "snooze")[0]["minutes"] == 10
    assert brief(out, "prompt")[-1] == (at("09:46"), "prompt", "micro")


def test_a_snooze_limit_of_one() -> None:
    out = run(
        [active(at("09:00"), HOUR), user(at("09:33"), "snooze", minutes=5), end(at("09:45"))],
        settings={"snooze_limit": 1},
    )
    assert brief(out, "prompt", "suppress", "break_end") == [
        (at("09:33"), "prompt", "micro"),
        (at("09:38"), "suppress", "micro"),
        (at("09:38"), "break_end", "skipped"),
    ]


def test_actions_without_a_prompt_change_nothing() -> None:
    out = run(
        [
            active(at("09:00"), 20 * MIN),
            user(at("09:10"), "start"),
            user(at("09:11"), "skip"),
            user(at("09:12"), "snooze"),
            user(at("09:13"), "done"),
            end(at("09:20")),
        ]
    )
    assert brief(out) == [(0.0, "off_hours", None), (at("09:00"), "on_hours", None)]


def test_a_timed_pause_interrupts_the_prompt_and_the_count_goes_on_after_it() -> None:
    out = run(
        [active(at("09:00"), 2 * HOUR), user(at("09:34"), "pause", minutes=30), end(at("10:40"))]
    )
    assert brief(out)[4:] == [
        (at("09:34"), "break_end", "interrupted"),
        (at("09:34"), "pause", "timed"),
        (at("10:04"), "resume", "timeout"),
        (at("10:36:30"), "warn", "walk"),
        (at("10:37"), "prompt", "walk"),
    ]
    assert pick(out, "pause")[0]["until"] == "2026-03-30T10:04:00+02:00"


def test_a_pause_keeps_the_count_it_had() -> None:
    out = run(
        [active(at("09:00"), 2 * HOUR), user(at("09:20"), "pause", minutes=60), end(at("10:40"))]
    )
    # 20 min before the pause, 10 after it: due 10:30, and no pause in the typing.
    assert brief(out, "resume", "warn", "prompt")[-3:] == [
        (at("10:20"), "resume", "timeout"),
        (at("10:32:30"), "warn", "micro"),
        (at("10:33"), "prompt", "micro"),
    ]


def test_pause_until_tomorrow_resumes_on_the_next_working_day() -> None:
    out = run(
        [
            active(at("09:00"), 20 * MIN),
            user(at("10:00", day=4), "pause", until="tomorrow"),
            end(at("10:00", day=7)),
        ]
    )
    # Friday 10:00: paused until Monday 09:00.
    assert pick(out, "pause")[0]["until"] == "2026-04-06T09:00:00+02:00"
    assert brief(out, "pause", "resume", "on_hours", "off_hours")[-4:] == [
        (at("10:00", day=4), "pause", "tomorrow"),
        (at("17:30", day=4), "off_hours", None),
        (at("09:00", day=7), "on_hours", None),
        (at("09:00", day=7), "resume", "tomorrow"),
    ]


def test_pause_until_resumed_and_resume() -> None:
    out = run(
        [
            active(at("09:00"), 3 * HOUR),
            user(at("09:10"), "pause"),
            user(at("11:00"), "resume"),
            end(at("11:40")),
        ]
    )
    assert brief(out)[2:] == [
        (at("09:10"), "pause", "until_resumed"),
        (at("11:00"), "resume", "user"),
        (at("11:22:30"), "warn", "micro"),  # due 11:20: 10 min before the pause, 20 after
        (at("11:23"), "prompt", "micro"),
        (at("11:25"), "break_end", "expired"),
    ]
    assert "until" not in pick(out, "pause")[0]


def test_walking_away_from_a_snoozed_break_is_that_break_taken_naturally() -> None:
    out = run(
        [
            active(at("09:00"), 34 * MIN),
            user(at("09:33"), "snooze", minutes=10),
            active(at("09:45"), 10 * MIN),
            end(at("09:55")),
        ]
    )
    assert brief(out)[3:] == [
        (at("09:33"), "prompt", "micro"),
        (at("09:33"), "snooze", "micro"),
        # Away from 09:34; at 09:37 that is a natural break, so no prompt at 09:43.
        (at("09:45"), "natural_break", "walk"),
    ]
    assert pick(out, "natural_break")[0]["break_id"] == pick(out, "prompt")[0]["break_id"]
