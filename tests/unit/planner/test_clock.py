"""Wall-clock changes and DST: breaks run on active time, hours on the wall clock."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.planner.tracekit import HOUR, active, at, brief, end, pick, run


def jump(t: float, by: float) -> dict[str, Any]:
    return {"t": t, "type": "clock_jump", "by": by}


def test_the_clock_set_forward_an_hour_neither_fires_early_nor_loses_a_break() -> None:
    plain = run([active(at("09:00"), HOUR), end(at("10:00"))])
    jumped = run([active(at("09:00"), HOUR), jump(at("09:10"), HOUR), end(at("10:00"))])
    assert brief(jumped) == brief(plain)  # same decisions at the same elapsed times
    warn = pick(jumped, "warn")[0]
    assert warn["wall"] == "2026-03-30T10:32:30+02:00"  # only the wall clock says otherwise
    assert pick(jumped, "natural_break") == []


def test_the_clock_set_back_an_hour_neither_fires_early_nor_loses_a_break() -> None:
    plain = run([active(at("10:00"), HOUR), end(at("11:00"))])
    jumped = run([active(at("10:00"), HOUR), jump(at("10:10"), -HOUR), end(at("11:00"))])
    assert brief(jumped) == brief(plain)
    assert pick(jumped, "warn")[0]["wall"] == "2026-03-30T09:32:30+02:00"


def test_a_clock_set_back_out_of_working_hours_holds_the_count_until_they_resume() -> None:
    out = run([active(at("09:00"), 2 * HOUR), jump(at("09:10"), -HOUR), end(at("10:40"))])
    assert brief(out)[1:] == [
        (at("09:00"), "on_hours", None),
        (at("09:10"), "off_hours", None),  # the wall clock reads 08:10 now
        (at("10:00"), "on_hours", None),  # 09:00 again by the wall clock; the same day
        # Due 10:20: 10 min counted before, 20 after, nothing lost. No pause in the typing:
        # the heads-up 30 s before the 3-min wait is up.
        (at("10:22:30"), "warn", "micro"),
        (at("10:23"), "prompt", "micro"),
        (at("10:25"), "break_end", "expired"),
    ]


SUNDAY_ALL_DAY = {"working_hours": {"sun": ["00:00-24:00"]}}


@pytest.mark.parametrize(
    ("tz", "day", "week_before", "hours"),
    [
        ("Europe/Berlin", "2026-03-29", "2026-03-22", 23),
        ("Europe/Berlin", "2026-10-25", "2026-10-18", 25),
        ("America/New_York", "2026-03-08", "2026-03-01", 23),
        ("America/New_York", "2026-11-01", "2026-10-25", 25),
    ],
)
def test_dst_days_are_as_long_as_they_are_and_breaks_keep_their_spacing(
    tz: str, day: str, week_before: str, hours: int
) -> None:
    trace = [active(HOUR, 3 * HOUR), end(26 * HOUR)]  # input 01:00-04:00, across the change
    dst = run(trace, start=f"{day}T00:00:00", tz=tz, settings=SUNDAY_ALL_DAY)
    plain = run(trace, start=f"{week_before}T00:00:00", tz=tz, settings=SUNDAY_ALL_DAY)
    assert brief(dst, "on_hours", "off_hours") == [
        (0.0, "on_hours", None),
        (hours * HOUR, "off_hours", None),
    ]
    assert brief(plain, "off_hours") == [(24 * HOUR, "off_hours", None)]
    # Breaks come at the same true times as on an ordinary Sunday: the change of the local
    # clock moves none of them.
    breaks = ("warn", "prompt", "break_end")
    assert brief(dst, *breaks) == brief(plain, *breaks)
    # Three hours of typing through every prompt: the third unanswered one lengthens the
    # interval (back-off), so four prompts, not five.
    assert len(pick(dst, "prompt")) == 4
    walls = [r["wall"][11:] for r in pick(dst, "prompt")]
    assert walls != [r["wall"][11:] for r in pick(plain, "prompt")]  # the local times differ


def test_after_spring_forward_monday_starts_at_nine_local() -> None:
    out = run([end(48 * HOUR)], start="2026-03-28T12:00:00", tz="Europe/Berlin")
    on = pick(out, "on_hours")[0]
    assert on["wall"] == "2026-03-30T09:00:00+02:00"
    assert on["t"] == 44 * HOUR  # Saturday 12:00 CET to Monday 09:00 CEST is 44 h, not 45


def test_after_fall_back_monday_starts_at_nine_local() -> None:
    out = run([end(72 * HOUR)], start="2026-10-31T12:00:00", tz="America/New_York")
    on = pick(out, "on_hours")[0]
    assert on["wall"] == "2026-11-02T09:00:00-05:00"
    assert on["t"] == 46 * HOUR
