"""Properties that hold for any day: random input, sleeps, clock jumps, quiet modes, clicks."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backmove.core.planner import WAKE_GRACE_S, Action
from backmove.core.settings import Settings
from tests.examples import examples
from tests.unit.planner.tracekit import HOUR, MIN, prompt_answers, run, working

DAYS = 3
HOURS_PRESETS = [
    None,  # the default: Mon-Fri 09:00-17:30
    {d: ["07:00-12:00", "13:00-20:00"] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")},
]
# Answers to a prompt come up more often than pauses, which would quiet the rest of a trace.
ACTIONS = (
    ["start"] * 3
    + ["done"] * 2
    + ["snooze"] * 3
    + ["skip"] * 2
    + ["break_now", "pause", "resume", "meeting"]
)


def events_() -> st.SearchStrategy[dict[str, Any]]:
    user = st.builds(
        lambda action, minutes, tomorrow: {
            "type": "user",
            "action": action,
            **(
                {"minutes": minutes} if minutes and action in ("snooze", "pause", "meeting") else {}
            ),
            **({"until": "tomorrow"} if tomorrow and not minutes and action == "pause" else {}),
        },
        st.sampled_from(ACTIONS),
        st.sampled_from([None, 5, 10, 15, 30, 60]),
        st.booleans(),
    )
    typing = st.builds(lambda s: {"type": "active", "for": s}, st.integers(MIN, 3 * HOUR))
    # The same answer once a minute for a while, so some of them meet a prompt.
    burst = st.builds(
        lambda a, n: {"type": "burst", "action": a, "count": n},
        st.sampled_from(["start", "done", "snooze", "skip"]),
        st.integers(2, 30),
    )
    return st.one_of(
        typing,
        typing,
        typing,
        user,
        burst,
        burst,
        st.builds(lambda s: {"type": "suspend", "for": s}, st.integers(10, 4 * HOUR)),
        st.builds(
            lambda by: {"type": "clock_jump", "by": by},
            st.sampled_from([-HOUR, -10 * MIN, 10 * MIN, HOUR]),
        ),
        st.builds(
            lambda k, on: {"type": k, "on": on},
            st.sampled_from(["fullscreen", "dnd"]),
            st.booleans(),
        ),
    )


@st.composite
def traces(draw: st.DrawFn) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    hours = draw(st.sampled_from(HOURS_PRESETS))
    chosen: dict[str, Any] = {
        "interval_min": draw(st.integers(5, 45)),
        "micro_break_s": draw(st.integers(30, 300)),
        "walk_break_min": draw(st.integers(1, 10)),
        "daily_cap": draw(st.integers(1, 20)),
        "snooze_limit": draw(st.integers(0, 3)),
        "warning_lead_s": draw(st.sampled_from([0, 30, 60])),
    }
    if hours is not None:
        chosen["working_hours"] = hours
    events: list[dict[str, Any]] = []
    t = 0.0
    for gap, event in draw(
        st.lists(st.tuples(st.integers(0, 90 * MIN), events_()), min_size=10, max_size=80)
    ):
        t += gap
        if t >= DAYS * 24 * HOUR:
            break
        if event["type"] == "burst":
            for _ in range(event["count"]):
                events.append({"t": t, "type": "user", "action": event["action"]})
                t += MIN
            continue
        events.append({"t": t, **event})
        if event["type"] == "suspend":
            t += event["for"]
    events.append({"t": t, "type": "end"})
    return chosen, events


def inside_hours(wall: str, chosen: dict[str, Any]) -> bool:
    return working(wall, Settings({k: v for k, v in chosen.items() if k == "working_hours"}))


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(traces())
def test_the_planner_keeps_its_promises_on_any_trace(
    case: tuple[dict[str, Any], list[dict[str, Any]]],
) -> None:
    chosen, events = case
    out = run(events, settings=chosen)
    assert [r["t"] for r in out] == sorted(r["t"] for r in out)
    assert {r["decision"] for r in out} <= {str(a) for a in Action}
    shown = [r for r in out if r["decision"] in ("warn", "prompt")]

    # Nothing is offered outside working hours.
    assert all(inside_hours(r["wall"], chosen) for r in shown)

    # Nothing within two minutes of waking.
    wakes = [e["t"] + e["for"] for e in events if e["type"] == "suspend"]
    assert not [r for r in shown for w in wakes if w <= r["t"] < w + WAKE_GRACE_S]

    # Every prompt is answered, taken back, or ends before another prompt can come.
    end_t = events[-1]["t"]
    for row, answer, later in prompt_answers(out):
        if answer is None:
            assert end_t < row["t"] + row["length_s"]
            answer_t = end_t
        else:
            answer_t = answer["t"]
        others = [
            r for r in later if r["decision"] == "prompt" and r["t"] <= answer_t and r is not answer
        ]
        assert others == []

    # A release follows a hold, once.
    holding = False
    for row in out:
        if row["decision"] == "suppress" and row["reason"] in ("fullscreen", "dnd", "meeting"):
            holding = True
        elif row["decision"] == "release":
            assert holding
            holding = False

    # Never more breaks offered in a day than the cap.
    per_day: dict[str, set[int]] = {}
    for row in out:
        if row["decision"] == "prompt":
            per_day.setdefault(row["wall"][:10], set()).add(row["break_id"])
    assert all(len(ids) <= chosen["daily_cap"] for ids in per_day.values())
