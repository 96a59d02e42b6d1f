"""Thirty days of a restless user on the simulated clock: `backmove simulate` keeps its promises.

Each run is a month of random work (typing in bursts, clicks on whatever the prompt offers,
coffee, lunch, evenings), random sleeps of a few seconds to a whole night, the wall clock set
forward and back, full-screen windows, Do Not Disturb, pauses and meetings, over the spring DST
change. Hypothesis draws the settings and the seed of the month. Whatever happens:

- nothing is warned of or prompted outside working hours, or on a day off (a break the user
  started themselves comes back from a snooze when they asked, whatever the hour);
- nothing within two minutes of waking from a sleep;
- two prompts never come closer than the shortest snooze, unless the first was taken back by
  a quiet mode (a meeting, full screen, Do Not Disturb) that ended sooner than that;
- every prompt is resolved before the next one: taken, skipped, snoozed, expired, held back by
  a quiet mode, walked away from (a natural break), or interrupted (a sleep, a pause, the end
  of working hours); only a prompt still inside its length, or one the user left and has not
  come back to, may be open when the month ends;
- no day offers more breaks than the daily cap (a break the user starts is not offered);
- every heads-up keeps its word: its prompt comes exactly `warning_lead_s` later, unless a
  quiet mode, time away, the end of working hours, a pause or a sleep came first;
- work brings a break: a stretch in working hours that nothing holds quiet (no full screen, Do
  Not Disturb, meeting or pause, no sleep, clock change or "break now"), with no idle gap long
  enough to be a break and enough activity to fill the interval, brings a prompt by its end,
  or one came earlier that day. A month whose activity the generator happened to cover with
  quiet spans may rightly have no prompt at all.
"""

from __future__ import annotations

import bisect
import itertools
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from backmove.core.planner import WAKE_GRACE_S
from backmove.core.settings import WEEKDAYS, Settings
from backmove.core.simulate import run_trace
from tests.examples import examples
from tests.unit.planner.tracekit import broken_warnings, prompt_answers, working

DAY = 86400
MIN = 60
MS = 0.001  # simulate prints times to the millisecond
DAYS = 30
START = date(2026, 3, 2)  # a Monday; Berlin's clocks go forward on Sunday the 29th
TZ = "Europe/Berlin"
# The header's start, local midnight, as a UTC epoch: the wall clock at t = 0.
START_EPOCH = datetime.combine(START, time(), ZoneInfo(TZ)).timestamp()
# Clicks that answer a prompt or end a break: inside a stretch they cannot keep a prompt away,
# but for a snooze putting off a break that is due (see check_work_brings_breaks).
ANSWERS = {"start", "done", "snooze", "skip"}
# Times worked out here from the trace (the wall clock through every jump) and the planner's own
# differ by a few milliseconds of rounding; a second is far below anything the checks measure.
SLACK = 1.0
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

    # A prompt taken back by a quiet mode (a meeting, full screen, Do Not Disturb) returns when
    # it ends, however soon that is.
    after_meeting = {r["t"] for r in out if r["decision"] == "release"}
    shortest = min(chosen["snooze_options_min"]) * MIN
    for first, second in itertools.pairwise(prompts):
        if second["t"] - first["t"] < shortest - MS:
            assert second["t"] in after_meeting, f"prompts at t={first['t']} and t={second['t']}"

    end = events[-1]["t"]
    for prompt, answer, later in prompt_answers(out):
        if answer is None:
            lapsed = prompt["t"] + prompt["length_s"]
            typed = any(
                e["t"] <= end and e["t"] + e.get("for", 0) >= lapsed
                for e in events
                if e["type"] == "active" or (e["type"] == "user" and e["t"] >= lapsed)
            )
            assert end < lapsed or not typed, f"prompt at t={prompt['t']} open"
            continue
        assert not [r for r in later if r["decision"] == "prompt" and r["t"] < answer["t"]]

    per_day: dict[str, set[int]] = {}
    for prompt in shown:
        if prompt["decision"] == "prompt":
            per_day.setdefault(prompt["wall"][:10], set()).add(prompt["break_id"])
    assert max((len(ids) for ids in per_day.values()), default=0) <= chosen["daily_cap"]


@dataclass(frozen=True)
class Piece:
    """The time between two events that change what the planner may do, its wall-clock offset
    (the clock jumps so far), and whether anything holds prompts back all through it."""

    start: float
    end: float
    offset: float
    quiet: bool


def pieces(chosen: dict[str, Any], events: list[dict[str, Any]]) -> Iterator[Piece]:
    """Cut the month at every event but input and answering clicks, and say of each piece
    whether full screen, Do Not Disturb, a meeting or a pause holds it; a meeting or a timed
    pause that runs out inside a piece splits it there. Sleeps are left out."""
    values = Settings(chosen)
    offset = 0.0
    fullscreen = dnd = False
    meeting_until = -1.0
    paused: float | str | None = None  # until t; "resumed"; or the ISO day of "tomorrow"
    since = 0.0
    for event in events:
        kind, t = event["type"], event["t"]
        if kind == "active" or (kind == "user" and event["action"] in ANSWERS):
            continue
        # The piece since the last cut, with the state that held over it.
        cuts = sorted(
            {
                since,
                t,
                *(x for x in (meeting_until, paused) if isinstance(x, float) and since < x < t),
            }
        )
        for lo, hi in itertools.pairwise(cuts):
            held = (
                (fullscreen and values["quiet_when_fullscreen"])
                or (dnd and values["quiet_when_dnd"])
                or lo < meeting_until
            )
            if isinstance(paused, float):
                held = held or lo < paused
            elif paused == "resumed":
                held = True
            elif paused is not None:  # until working hours begin on a later day
                held = held or local_day(lo, offset) <= paused
            yield Piece(lo, hi, offset, held)
        since = t
        if kind == "suspend":
            since = t + event["for"]
        elif kind == "clock_jump":
            offset += event["by"]
        elif kind == "fullscreen":
            fullscreen = event["on"]
        elif kind == "dnd":
            dnd = event["on"]
        elif kind == "user" and event["action"] == "meeting":
            meeting_until = t + event.get("minutes", values["meeting_default_min"]) * MIN
        elif kind == "user" and event["action"] == "pause":
            if "minutes" in event:
                paused = t + event["minutes"] * MIN
            elif event.get("until") == "tomorrow":
                paused = local_day(t, offset)
            else:
                paused = "resumed"
        elif kind == "user" and event["action"] == "resume":
            paused, meeting_until = None, -1.0


def local_day(t: float, offset: float) -> str:
    """The local date (ISO) on the simulated wall clock at `t`."""
    return datetime.fromtimestamp(START_EPOCH + t + offset, ZoneInfo(TZ)).date().isoformat()


def hours_in(values: Settings, piece: Piece) -> Iterator[tuple[float, float, str]]:
    """The parts of `piece` inside working hours, as (from t, to t, local ISO day)."""
    tz = ZoneInfo(TZ)
    first = datetime.fromtimestamp(START_EPOCH + piece.start + piece.offset, tz).date()
    last = datetime.fromtimestamp(START_EPOCH + piece.end + piece.offset, tz).date()
    day = first
    while day <= last:
        if day not in values.days_off():
            for start, stop in values.working_ranges(day.weekday()):
                lo = datetime.combine(day, start, tz).timestamp()
                hi = (
                    datetime.combine(day + timedelta(days=1), time(), tz)
                    if stop is None
                    else datetime.combine(day, stop, tz)
                ).timestamp()
                lo_t = max(piece.start, lo - START_EPOCH - piece.offset)
                hi_t = min(piece.end, hi - START_EPOCH - piece.offset)
                if lo_t < hi_t:
                    yield lo_t, hi_t, day.isoformat()
        day += timedelta(days=1)


def stretches_that_must_prompt(
    chosen: dict[str, Any], events: list[dict[str, Any]], out: list[dict[str, Any]]
) -> Iterator[tuple[float, float, str]]:
    """(from t, by t, local ISO day) of every stretch of work after which a prompt must have
    come that day, by the planner's rules (docs/simulate.md, backmove/core/planner.py).

    In a part of working hours that nothing holds quiet, from the first input on, the user
    keeps at it: no idle gap reaches `idle_threshold_min`, so the cycle is never ended by a
    natural break. A new
    cycle starts soon: a break the user started before may still run, be snoozed and be let go
    after the snooze limit. From then the active seconds fill the interval (the longest in force
    by the end, as back-off may lengthen it), the break is due and waits at most
    `natural_pause_wait_s` for a pause, after the two minutes' grace of a wake that may just
    have happened. What can keep it from being prompted needs an earlier prompt that day: one
    that is up or snoozed, or the daily cap reached. A quiet mode that held a break lets it out
    at the stretch's start.
    """
    values = Settings(chosen)
    spans = [(e["t"], e["t"] + e["for"]) for e in events if e["type"] == "active"]
    starts = [a for a, _ in spans]
    wakes = [e["t"] + e["for"] for e in events if e["type"] == "suspend"]
    own = [e["t"] for e in events if e["type"] == "user" and e["action"] == "break_now"]
    # A break the user started may run its length, be snoozed, and be let go when the snooze
    # runs out past the limit: a new cycle has started by then.
    settled = (
        max(values["walk_break_min"] * MIN, values["micro_break_s"])
        + max(values["snooze_options_min"]) * MIN
    )
    gap = values["idle_threshold_min"] * MIN - 1  # a second short of a natural break
    intervals = [(r["t"], r["interval_min"] * MIN) for r in out if r["decision"] == "interval"]
    for piece in pieces(chosen, events):
        if piece.quiet:
            continue
        for lo, hi, day in hours_in(values, piece):
            # The input inside [lo, hi) (the spans follow one another), as runs with no gap
            # long enough to be a break.
            runs: list[list[float]] = []
            for a, b in spans[
                max(0, bisect.bisect_right(starts, lo) - 1) : bisect.bisect_left(starts, hi)
            ]:
                a, b = max(a, lo), min(b, hi)
                if a >= b:
                    continue
                if runs and a - runs[-1][-1] < gap:
                    runs[-1] += [a, b]
                else:
                    runs.append([a, b])
            for run in runs:
                need = max(
                    [
                        chosen["interval_min"] * MIN,
                        *(length for at, length in intervals if at <= run[-1]),
                    ]
                )
                counted_from = max([run[0], *(t + settled for t in own if t <= run[0])])
                grace_until = max([-1.0, *(t + WAKE_GRACE_S for t in wakes if t <= run[0])])
                for a, b in zip(run[::2], run[1::2], strict=True):
                    part = max(0.0, b - max(a, counted_from))
                    if part >= need:
                        due = max(a, counted_from) + need
                        by = max(due, grace_until) + values["natural_pause_wait_s"]
                        if by <= run[-1]:
                            yield run[0], by, day
                        break
                    need -= part


def check_work_brings_breaks(
    chosen: dict[str, Any], events: list[dict[str, Any]], out: list[dict[str, Any]]
) -> None:
    """Every stretch that must bring a prompt did, or the day had one before it.

    The planner's day begins at the first moment in working hours on a new local date. A wall
    clock set back across midnight can bring working hours of an earlier date after a later
    one; the planner keeps the later day then, so such a stretch is not judged.
    """
    values = Settings(chosen)
    begins: dict[str, float] = {}  # local day -> t its working hours first began
    for piece in pieces(chosen, events):
        for lo, _, day in hours_in(values, piece):
            begins[day] = min(begins.get(day, lo), lo)
    # A snooze counts as the prompt here: clicked while the break was due and not yet
    # prompted (during its heads-up, or its wait for a pause), it puts that prompt off.
    prompts = [r["t"] for r in out if r["decision"] in ("prompt", "snooze")]
    for start, by, day in stretches_that_must_prompt(chosen, events, out):
        if any(other > day and at < start for other, at in begins.items()):
            continue
        assert any(begins[day] - SLACK <= t <= by + SLACK for t in prompts), (
            f"no prompt on {day} by t={by} after the work from t={start}"
        )


@settings(max_examples=examples(12), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(month_settings(), st.integers(0, 2**32 - 1))
# Snoozes during a heads-up (seed 1) and during a due break's wait for a pause (seed 0): each
# puts off the prompt that was coming, as the user asked.
@example(
    {
        "interval_min": 26,
        "micro_break_s": 30,
        "walk_break_min": 2,
        "walk_every_nth": 0,
        "idle_threshold_min": 2,
        "warning_lead_s": 60,
        "daily_cap": 1,
        "snooze_limit": 0,
        "snooze_options_min": [5],
        "days_off": [],
        "working_hours": {d: ["07:30-19:30"] for d in WEEKDAYS},
    },
    1,
)
@example(
    {
        "interval_min": 15,
        "micro_break_s": 30,
        "walk_break_min": 2,
        "walk_every_nth": 0,
        "idle_threshold_min": 2,
        "warning_lead_s": 0,
        "daily_cap": 1,
        "snooze_limit": 0,
        "snooze_options_min": [5],
        "days_off": [],
        "working_hours": {d: ["07:30-19:30"] for d in WEEKDAYS},
    },
    0,
)
def test_a_month_of_restless_use_keeps_every_promise(chosen: dict[str, Any], seed: int) -> None:
    events = a_month(random.Random(seed), chosen)
    out = simulate_month(chosen, events)
    assert [r["t"] for r in out] == sorted(r["t"] for r in out)
    check_month(chosen, events, out)
    assert (
        broken_warnings(out, events, chosen["warning_lead_s"], chosen["idle_threshold_min"] * MIN)
        == []
    )
    check_work_brings_breaks(chosen, events, out)
