"""An ordinary morning: warnings, natural pauses, stretches and walks, a skip and a snooze."""

from __future__ import annotations

from tests.unit.planner.tracekit import MIN, active, at, brief, end, run, user


def test_an_ordinary_morning_runs_on_active_time_with_warnings_and_natural_pauses() -> None:
    out = run(
        [
            active(at("08:30"), at("09:30:10") - at("08:30")),  # stops typing at 09:30:10
            user(at("09:30:40"), "start"),
            active(at("09:33"), 31 * MIN),  # until 10:04
            user(at("10:05"), "start"),
            active(at("10:12"), at("11:31:30") - at("10:12")),  # types on through two prompts
            user(at("10:45:30"), "skip"),
            user(at("11:18:30"), "snooze", minutes=10),
            user(at("11:31:30"), "start"),
            end(at("11:40")),
        ]
    )
    assert brief(out) == [
        (0.0, "off_hours", None),
        (at("09:00"), "on_hours", None),
        # Activity before 09:00 does not count; 30 min of it from 09:00. Due at 09:30, but
        # the user is typing: prompt after 15 s without input, a natural pause, so it needs
        # no heads-up.
        (at("09:30:25"), "prompt", "micro"),
        (at("09:30:40"), "break_start", "micro"),
        (at("09:32:40"), "break_end", "completed"),
        # Idle 09:32:40-09:33 does not count: due 30 min after 09:33, at 10:03.
        (at("10:04:15"), "prompt", "walk"),
        (at("10:05"), "break_start", "walk"),
        (at("10:10"), "break_end", "completed"),
        # Due at 10:42, typing without a pause: the prompt waits 3 min at most, and the
        # heads-up comes 30 s before it, exactly when the prompt will.
        (at("10:44:30"), "warn", "micro"),
        (at("10:45"), "prompt", "micro"),
        (at("10:45:30"), "break_end", "skipped"),
        (at("11:18"), "warn", "walk"),
        (at("11:18:30"), "prompt", "walk"),
        (at("11:18:30"), "snooze", "walk"),
        # Snooze over at 11:28:30; still typing, so again up to 3 min for a pause, and a
        # heads-up when none came.
        (at("11:31"), "warn", "walk"),
        (at("11:31:30"), "prompt", "walk"),
        (at("11:31:30"), "break_start", "walk"),
        (at("11:36:30"), "break_end", "completed"),
    ]
    prompts = [r for r in out if r["decision"] == "prompt"]
    assert [p["break_id"] for p in prompts] == [1, 2, 3, 4, 4]
    assert [p["snoozes"] for p in prompts] == [0, 0, 0, 0, 1]
    assert [p["length_s"] for p in prompts] == [120, 300, 120, 300, 300]


def test_every_decision_has_the_trace_format() -> None:
    out = run([active(at("09:00"), 40 * MIN), end(at("09:40"))])
    warn = out[2]
    assert warn == {
        "t": 5550.0,
        "wall": "2026-03-30T09:32:30+02:00",
        "decision": "warn",
        "kind": "micro",
        "length_s": 120,
    }
    assert all(isinstance(r["t"], float) for r in out)


def test_done_before_the_end_is_partial_and_walks_follow_the_setting() -> None:
    out = run(
        [
            active(at("09:00"), 30 * MIN),
            user(at("09:31"), "start"),
            user(at("09:32"), "done"),
            active(at("09:33"), 30 * MIN),
            end(at("10:10")),
        ],
        settings={"walk_every_nth": 0},
    )
    assert brief(out, "prompt", "break_start", "break_end") == [
        (at("09:30:15"), "prompt", "micro"),
        (at("09:31"), "break_start", "micro"),
        (at("09:32"), "break_end", "partial"),
        (at("10:03:15"), "prompt", "micro"),  # never a walk with walk_every_nth = 0
        # The user left at 10:03: the prompt waits for them past its length (test_idle).
    ]


def test_break_now_starts_a_break_at_once_and_restarts_the_count() -> None:
    out = run(
        [
            active(at("09:00"), 20 * MIN),
            user(at("09:20"), "break_now"),
            active(at("09:23"), 40 * MIN),
            end(at("10:00")),
        ]
    )
    assert brief(out, "warn", "prompt", "break_start", "break_end") == [
        (at("09:20"), "break_start", "micro"),
        (at("09:22"), "break_end", "completed"),
        (at("09:55:30"), "warn", "walk"),
        (at("09:56"), "prompt", "walk"),
    ]
    assert out[2]["reason"] == "user"
