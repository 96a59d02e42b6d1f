"""Thirty days of a restless user on the simulated clock: `backmove simulate` keeps its promises.

Each run is a month of random work (typing in bursts, clicks on whatever the prompt offers,
coffee, lunch, evenings), random sleeps of a few seconds to a whole night, the wall clock set
forward and back, full-screen windows, Do Not Disturb, pauses and meetings, over the spring DST
change. Hypothesis draws the settings and the seed of the month. Whatever happens:

- nothing is warned of or prompted outside working hours, or on a day off (a break the user
  started themselves comes back from a snooze when they asked, whatever the hour);
- nothing within two minutes of waking from a sleep;
- two prompts never come closer than the shortest snooze, unless the user put the first off
  with a meeting shorter than that (or ended the meeting early);
- every prompt is resolved before the next one: taken, skipped, snoozed, expired, held back by
  meeting mode, or interrupted (a sleep, a pause, the end of working hours); only a prompt still
  inside its length when the month ends may be open;
- no day offers more breaks than the daily cap (a break the user starts is not offered).
"""

from __future__ import annotations

import itertools
import json
import random
from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backmove.core.planner import WAKE_GRACE_S
from backmove.core.settings import WEEKDAYS, Settings
from backmove.core.simulate import run_trace
from tests.unit.planner.tracekit import prompt_answers, working

DAY = 86400
MIN = 60
MS = 0.001  # simulate prints times to the millisecond
DAYS = 30
START = date(2026, 3, 2)  # a Monday; Berlin's clocks go forward on Sunday the 29th
TZ = "Europe/Berlin"
HOURS = {
    "office": None,  # the default: Monday to Friday, 09:00-17:30
    "split": {d: ["08:00-12:00", "13:00-17:00"] for d in WEEKDAYS[:5]},
    "every day": {d: ["07:30-19:30"] for d in WEEKDAYS},
}


@st.composite
def month_settings(draw: st.DrawFn) -> dict[str, Any]:
    snoozes = sorted(draw(st.sets(st.integers(5, 15), min_size=1, max_size=3)))
    chosen: dict[str, Any] = {
        "interval_min": draw(st.integers(15, 60)),  # never shorter than a snooze
        "micro_break_s": draw(st.integers(30, 300)),
        "walk_break_min": draw(st.integers(2, 10)),
        "walk_every_nth": draw(st.integers(0, 4)),
        "idle_threshold_min": draw(st.integers(2, 10)),
        "warning_lead_s": draw(st.sampled_from([0, 30, 60])),
        "daily_cap": draw(st.integers(1, 20)),
        "snooze_limit": draw(st.integers(0, 3)),
        "snooze_options_min": snoozes,
        "days_off": sorted(
            {
                (START + timedelta(days=n)).isoformat()
                for n in draw(st.sets(st.integers(0, DAYS - 1), max_size=4))
            }
        ),
    }
    hours = HOURS[draw(st.sampled_from(sorted(HOURS)))]
    if hours is not None:
        chosen["working_hours"] = hours
    return chosen


def a_month(rng: random.Random, chosen: dict[str, Any]) -> list[dict[str, Any]]:
    """The events of thirty days, in order; nothing happens while the machine sleeps."""
    events: list[dict[str, Any]] = []

    def add(t: float, kind: str, **data: Any) -> None:
        # Milliseconds, as simulate prints them, so a check can compare its times exactly.
        data = {k: round(v, 3) if isinstance(v, float) else v for k, v in data.items()}
        events.append({"t": round(t, 3), "type": kind, **data})

    t = 0.0
    for day in range(DAYS):
        t = max(t, day * DAY + rng.uniform(6.5, 10) * 3600)
        leave = day * DAY + rng.uniform(16, 20.5) * 3600
        while t < leave:
            roll = rng.random()
            if roll < 0.55:
                span = rng.uniform(1, 50) * MIN
                add(t, "active", **{"for": span})
                for n in range(int(span // 200)):  # a click now and then, answer or not
                    if rng.random() < 0.5:
                        action = rng.choice(["start", "start", "done", "snooze", "skip"])
                        extra = (
                            {"minutes": rng.choice(chosen["snooze_options_min"])}
                            if action == "snooze" and rng.random() < 0.5
                            else {}
                        )
                        add(t + 100 + 200 * n, "user", action=action, **extra)
                t += span + rng.choice([rng.uniform(1, 90), rng.uniform(1, 5 * MIN)])
            elif roll < 0.65:
                asleep = rng.choice(
                    [rng.uniform(10, 120), rng.uniform(2, 30) * MIN, rng.uniform(0.5, 3) * 3600]
                )
                add(t, "suspend", **{"for": asleep})
                t += asleep + rng.uniform(1, 30)
            elif roll < 0.72:
                add(
                    t,
                    "clock_jump",
                    by=rng.choice([-3600, -600, 600, 3600, rng.uniform(-7200, 7200)]),
                )
                t += rng.uniform(1, 60)
            elif roll < 0.80:
                add(t, rng.choice(["fullscreen", "dnd"]), on=rng.random() < 0.5)
                t += rng.uniform(1, 30 * MIN)
            elif roll < 0.87:
                action = rng.choice(["pause", "pause", "meeting", "meeting", "resume", "break_now"])
                length: dict[str, Any] = {}
                if action in ("pause", "meeting") and rng.random() < 0.8:
                    length = {"minutes": rng.choice([5, 15, 30, 60, 120])}
                elif action == "pause" and rng.random() < 0.5:
                    length = {"until": "tomorrow"}
                add(t, "user", action=action, **length)
                t += rng.uniform(1, 10 * MIN)
            else:
                t += rng.uniform(1, 60) * MIN  # away from the desk
        if rng.random() < 0.3:  # the lid closed for the night
            asleep = (day + 1) * DAY + rng.uniform(6, 9) * 3600 - t
            if asleep > 0:
                add(t, "suspend", **{"for": asleep})
                t += asleep + 1
    add(max(t, DAYS * DAY), "end")
    return events


def simulate_month(chosen: dict[str, Any], events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    header = {"start": START.isoformat() + "T00:00:00", "tz": TZ, "settings": chosen}
    return list(run_trace([json.dumps(header)] + [json.dumps(e) for e in events]))


def check_month(
    chosen: dict[str, Any], events: list[dict[str, Any]], out: list[dict[str, Any]]
) -> None:
    values = Settings(chosen)
    prompts = [r for r in out if r["decision"] == "prompt"]
    # Breaks the user started themselves ("take a break now", at any hour): never offered,
    # though one they snoozed comes back as a prompt when they asked it to.
    own = {
        r["break_id"]
        for r in out
        if r["decision"] == "break_start"
        and r.get("reason") == "user"
        and not any(p["break_id"] == r["break_id"] and p["t"] <= r["t"] for p in prompts)
    }
    shown = [
        r
        for r in out
        if r["decision"] == "warn" or (r["decision"] == "prompt" and r["break_id"] not in own)
    ]

    outside = [r for r in shown if not working(r["wall"], values)]
    assert outside == [], "offered outside working hours"

    wakes = [round(e["t"] + e["for"], 3) for e in events if e["type"] == "suspend"]
    early = [
        r
        for r in out
        if r["decision"] in ("warn", "prompt")
        for w in wakes
        if w <= r["t"] < w + WAKE_GRACE_S - MS
    ]
    assert early == [], "offered within two minutes of waking"

    # A prompt taken back by meeting mode returns when the meeting ends, which the user chose.
    after_meeting = {r["t"] for r in out if r["decision"] == "release" and r["reason"] == "meeting"}
    shortest = min(chosen["snooze_options_min"]) * MIN
    for first, second in itertools.pairwise(prompts):
        if second["t"] - first["t"] < shortest - MS:
            assert second["t"] in after_meeting, f"prompts at t={first['t']} and t={second['t']}"

    end = events[-1]["t"]
    for prompt, answer, later in prompt_answers(out):
        if answer is None:
            assert end < prompt["t"] + prompt["length_s"], f"prompt at t={prompt['t']} open"
            continue
        assert not [r for r in later if r["decision"] == "prompt" and r["t"] < answer["t"]]

    per_day: dict[str, set[int]] = {}
    for prompt in shown:
        if prompt["decision"] == "prompt":
            per_day.setdefault(prompt["wall"][:10], set()).add(prompt["break_id"])
    assert max((len(ids) for ids in per_day.values()), default=0) <= chosen["daily_cap"]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(month_settings(), st.integers(0, 2**32 - 1))
def test_a_month_of_restless_use_keeps_every_promise(chosen: dict[str, Any], seed: int) -> None:
    events = a_month(random.Random(seed), chosen)
    out = simulate_month(chosen, events)
    assert [r["t"] for r in out] == sorted(r["t"] for r in out)
    assert sum(r["decision"] == "prompt" for r in out) > 0
    check_month(chosen, events, out)
