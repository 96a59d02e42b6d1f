"""Idle time: it never counts toward a break, and a long enough stretch is a break itself."""

from __future__ import annotations

from tests.unit.planner.tracekit import HOUR, MIN, active, at, brief, end, pick, run


def test_a_short_pause_neither_counts_nor_resets() -> None:
    out = run([active(at("09:00"), 20 * MIN), active(at("09:22"), 30 * MIN), end(at("09:45"))])
    # 20 min + 10 min of input: due at 09:32, two minutes later than with no pause; typing on,
    # the heads-up comes 30 s before the 3-min wait for a pause is up.
    assert brief(out, "warn", "natural_break") == [(at("09:34:30"), "warn", "micro")]


def test_idle_past_the_threshold_is_a_natural_break_and_restarts_the_count() -> None:
    out = run([active(at("09:00"), 20 * MIN), active(at("09:24"), 40 * MIN), end(at("10:00"))])
    assert brief(out, "warn", "natural_break") == [
        (at("09:24"), "natural_break", "micro"),
        (at("09:56:30"), "warn", "walk"),  # due 30 min after 09:24; the natural break was a stretch
    ]
    natural = pick(out, "natural_break")[0]
    assert natural["reason"] == "idle"
    assert natural["length_s"] == 4 * MIN


def test_a_lunch_hour_away_is_a_natural_walk() -> None:
    settings = {"interval_min": 200}  # no prompt gets in the way of the morning
    out = run(
        [active(at("09:00"), 3 * HOUR), active(at("13:00"), 3 * HOUR + 30 * MIN), end(at("16:30"))],
        settings=settings,
    )
    assert brief(out, "warn", "natural_break", "prompt") == [
        (at("13:00"), "natural_break", "walk"),
        (at("16:22:30"), "warn", "micro"),  # the count started again at 13:00
        (at("16:23"), "prompt", "micro"),
    ]
    assert pick(out, "natural_break")[0]["length_s"] == HOUR


def test_idle_after_a_break_is_not_logged_as_another_break() -> None:
    out = run(
        [
            active(at("09:00"), 30 * MIN),
            {"t": at("09:31"), "type": "user", "action": "start"},
            active(at("09:45"), 10 * MIN),
            end(at("10:00")),
        ]
    )
    assert brief(out, "break_end", "natural_break") == [(at("09:33"), "break_end", "completed")]


def test_leaving_for_the_day_is_not_a_break() -> None:
    out = run(
        [
            active(at("16:00"), 20 * MIN),
            active(at("09:00", day=1), 10 * MIN),
            end(at("09:30", day=1)),
        ]
    )
    assert pick(out, "natural_break") == []
    assert brief(out, "off_hours", "on_hours")[-2:] == [
        (at("17:30"), "off_hours", None),
        (at("09:00", day=1), "on_hours", None),
    ]


def test_a_lunch_gap_between_ranges_keeps_the_count_and_ignores_input_in_it() -> None:
    settings = {"working_hours": {"mon": ["09:00-12:30", "13:30-17:30"]}}
    out = run(
        [
            active(at("12:10"), 30 * MIN),  # 20 min count before 12:30, 10 off hours
            active(at("13:30"), 30 * MIN),
            end(at("14:00")),
        ],
        settings=settings,
    )
    assert brief(out, "off_hours", "on_hours", "warn", "prompt", "natural_break")[2:] == [
        (at("12:30"), "off_hours", None),
        (at("13:30"), "on_hours", None),
        (at("13:42:30"), "warn", "micro"),
        (at("13:43"), "prompt", "micro"),
    ]


def test_away_over_a_lunch_gap_is_measured_from_when_hours_resume() -> None:
    settings = {"working_hours": {"mon": ["09:00-12:30", "13:30-17:30"]}}
    out = run(
        [active(at("12:10"), 20 * MIN), active(at("13:40"), 20 * MIN), end(at("14:00"))],
        settings=settings,
    )
    # Off hours do not count as part of a break; 13:30-13:40 away does (10 min: a walk).
    naturals = pick(out, "natural_break")
    assert [(r["t"], r["length_s"], r["kind"]) for r in naturals] == [(at("13:40"), 600, "walk")]


def test_a_gap_shorter_than_a_pause_in_the_typing_counts() -> None:
    """Keys come a moment apart: a gap under `natural_pause_quiet_s` (15 s) is typing, as it
    is between the key presses the real app's probe reads, so the count is not cut short."""
    out = run([active(at("09:00"), 20 * MIN - 10), active(at("09:20"), 20 * MIN), end(at("09:45"))])
    # 30 min from 09:00, the 10 s gap included: due at 09:30; typing on, the heads-up comes
    # 30 s before the 3-min wait for a pause is up.
    assert brief(out, "warn", "natural_break") == [(at("09:32:30"), "warn", "micro")]
