"""Working hours, days off, the fresh start of each day and the daily cap."""

from __future__ import annotations

from tests.unit.planner.tracekit import HOUR, MIN, active, at, brief, end, pick, run, user


def test_input_before_hours_does_not_count_and_the_first_break_is_thirty_minutes_in() -> None:
    out = run([active(at("08:00"), 100 * MIN), end(at("09:40"))])
    assert brief(out) == [
        (0.0, "off_hours", None),
        (at("09:00"), "on_hours", None),
        (at("09:32:30"), "warn", "micro"),
        (at("09:33"), "prompt", "micro"),
        (at("09:35"), "break_end", "expired"),
    ]


def test_nothing_is_offered_after_hours_even_when_a_break_was_nearly_due() -> None:
    out = run([active(at("16:55"), HOUR), end(at("18:00"))], settings={"interval_min": 40})
    assert brief(out)[2:] == [(at("17:30"), "off_hours", None)]


def test_a_prompt_still_up_when_hours_end_is_withdrawn() -> None:
    out = run([active(at("16:55"), HOUR), end(at("18:00"))], settings={"walk_every_nth": 1})
    assert brief(out)[2:] == [
        (at("17:27:30"), "warn", "walk"),
        (at("17:28"), "prompt", "walk"),
        (at("17:30"), "off_hours", None),
        (at("17:30"), "break_end", "interrupted"),
    ]
    assert pick(out, "break_end")[0]["reason"] == "off_hours"


def test_a_day_off_offers_nothing_and_the_count_starts_fresh_each_working_day() -> None:
    out = run(
        [
            active(at("17:10"), 20 * MIN),  # Monday: 20 min counted by 17:30
            active(at("09:00", day=1), 8 * HOUR),  # Tuesday is a day off
            active(at("09:00", day=2), 40 * MIN),  # Wednesday
            end(at("09:40", day=2)),
        ],
        settings={"days_off": ["2026-03-31"]},
    )
    assert brief(out)[2:] == [
        (at("17:30"), "off_hours", None),
        (at("09:00", day=2), "on_hours", None),
        # Monday's 20 minutes are gone: 30 fresh minutes on Wednesday.
        (at("09:32:30", day=2), "warn", "micro"),
        (at("09:33", day=2), "prompt", "micro"),
        (at("09:35", day=2), "break_end", "expired"),
    ]


def test_several_ranges_a_day() -> None:
    settings = {"working_hours": {"mon": ["07:00-08:30", "10:00-11:00"]}}
    out = run([end(6 * HOUR)], start="2026-03-30T06:00:00", settings=settings)
    assert [(r["wall"][11:16], r["decision"]) for r in out] == [
        ("06:00", "off_hours"),
        ("07:00", "on_hours"),
        ("08:30", "off_hours"),
        ("10:00", "on_hours"),
        ("11:00", "off_hours"),
    ]


def test_ranges_that_meet_at_midnight_do_not_flip_but_the_day_starts_afresh() -> None:
    settings = {"working_hours": {"mon": ["22:00-24:00"], "tue": ["00:00-02:00"]}}
    out = run([active(at("23:40"), HOUR), end(at("02:30", day=1))], settings=settings)
    # 20 min before midnight, then a new day: the count starts again at 00:00.
    assert brief(out)[1:] == [
        (at("22:00"), "on_hours", None),
        (at("00:32:30", day=1), "warn", "micro"),
        (at("00:33", day=1), "prompt", "micro"),
        (at("00:35", day=1), "break_end", "expired"),
        (at("02:00", day=1), "off_hours", None),
    ]


def test_the_daily_cap_holds_further_breaks_for_the_rest_of_the_day() -> None:
    out = run(
        [
            active(at("09:00"), 2 * HOUR),
            active(at("09:00", day=1), 30 * MIN),
            end(at("09:30", day=1)),
        ],
        settings={"daily_cap": 2, "interval_min": 10},
    )
    assert brief(out, "warn", "prompt", "suppress", "on_hours") == [
        (at("09:00"), "on_hours", None),
        (at("09:12:30"), "warn", "micro"),
        (at("09:13"), "prompt", "micro"),
        (at("09:27:30"), "warn", "walk"),
        (at("09:28"), "prompt", "walk"),
        # The third break would be due at 09:43: no warning for it, one quiet note, then
        # nothing more today.
        (at("09:43"), "suppress", "micro"),
        (at("09:00", day=1), "on_hours", None),
        # Both prompts went unanswered (expired): more than half of the day, so the interval
        # is 10 minutes longer the next day.
        (at("09:22:30", day=1), "warn", "micro"),
        (at("09:23", day=1), "prompt", "micro"),
    ]
    assert pick(out, "suppress")[0]["reason"] == "daily_cap"


def test_a_break_of_ones_own_comes_back_after_hours_from_every_snooze() -> None:
    out = run(
        [
            user(at("18:00"), "break_now"),
            user(at("18:01"), "snooze", minutes=5),
            active(at("18:01"), 30 * MIN),
            user(at("18:09:30"), "snooze", minutes=5),
            end(at("18:30")),
        ],
        settings={"snooze_limit": 3},
    )
    # Not an offer, so not bound by the hours: each snooze brings it back, as asked (at the
    # end of the wait for a pause in the typing, with no heads-up after hours).
    assert brief(out, "prompt", "snooze", "break_end") == [
        (at("18:01"), "snooze", "micro"),
        (at("18:09"), "prompt", "micro"),
        (at("18:09:30"), "snooze", "micro"),
        (at("18:17:30"), "prompt", "micro"),
        (at("18:19:30"), "break_end", "expired"),
    ]


def test_a_break_running_at_the_end_of_hours_and_snoozed_after_is_not_offered_again() -> None:
    out = run(
        [
            active(at("16:55"), 35 * MIN),
            user(at("17:29"), "start"),
            user(at("17:30:30"), "snooze", minutes=5),
            end(at("17:45")),
        ],
        settings={"walk_every_nth": 1},
    )
    assert brief(out)[-4:] == [
        (at("17:29"), "break_start", "walk"),
        (at("17:30"), "off_hours", None),
        (at("17:30:30"), "snooze", "walk"),
        # Nothing is offered outside working hours: the snooze's end ends the break.
        (at("17:35:30"), "break_end", "interrupted"),
    ]
    assert pick(out, "break_end")[0]["reason"] == "off_hours"
