"""How long `backmove simulate` takes for a year of plausible working days.

Run on demand: `python -m bench.simulate_year [--days N] [--seed S]`. Prints the figures;
nothing is asserted (docs/architecture.md#budgets: budgets are measured here, never in timed tests).

The year: Europe/Berlin from 2026-01-05 (so both DST changes fall inside), Mon-Fri with a
few days off; each working day the user arrives around 08:50, types in bursts of 5-40 minutes
with short pauses, sometimes fetches a coffee, has lunch around noon (on some days with the
laptop closed), now and then presents full screen or has a meeting, and leaves around 17:40.
Every few minutes they click whatever the prompt offers (start, done, snooze or skip), which
does nothing when no prompt or break is up: a trace cannot react, so answers come often.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter
from typing import Any

from backmove.core.simulate import run_trace

DAY = 86400
START = "2026-01-05T00:00:00"  # a Monday
DAYS_OFF = [
    "2026-04-03",
    "2026-04-06",
    "2026-05-01",
    "2026-05-14",
    "2026-05-25",
    "2026-10-03",
    "2026-12-24",
    "2026-12-25",
    "2026-12-31",
]


def working_day(rng: random.Random, day: int) -> list[dict[str, Any]]:
    def minutes(lo: float, hi: float) -> int:
        return round(rng.uniform(lo, hi) * 60)

    base = day * DAY
    events: list[dict[str, Any]] = []
    t = base + 8 * 3600 + 50 * 60 + minutes(-15, 15)
    lunch = base + 12 * 3600 + minutes(-20, 30)
    leave = base + 17 * 3600 + 40 * 60 + minutes(-40, 40)
    lunch_done = False
    if rng.random() < 0.15:
        events.append({"t": base + 10 * 3600, "type": "fullscreen", "on": True})
        events.append({"t": base + 10 * 3600 + 1800, "type": "fullscreen", "on": False})
    while t < leave:
        if not lunch_done and t >= lunch:
            lunch_done = True
            away = minutes(30, 60)
            if rng.random() < 0.3:
                events.append({"t": t, "type": "suspend", "for": away})
            t += away
            continue
        block = minutes(5, 40)
        events.append({"t": t, "type": "active", "for": block})
        answer = rng.choices(["start", "done", "snooze", "skip"], [6, 1, 2, 2])[0]
        events += [
            {"t": t + 90 + 180 * n, "type": "user", "action": answer} for n in range(block // 180)
        ]
        if rng.random() < 0.03:
            events.append({"t": t + block, "type": "user", "action": "meeting", "minutes": 30})
        t += block + (minutes(3, 15) if rng.random() < 0.1 else minutes(1 / 6, 1.5))
    return events


def year_trace(days: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    header = {"start": START, "tz": "Europe/Berlin", "settings": {"days_off": DAYS_OFF}}
    events: list[dict[str, Any]] = []
    for day in range(days):
        if day % 7 < 5:
            events += working_day(rng, day)
    events.sort(key=lambda e: e["t"])
    events.append({"t": days * DAY, "type": "end"})
    return [json.dumps(header)] + [json.dumps(e) for e in events]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    lines = year_trace(args.days, args.seed)
    began = time.perf_counter()
    decisions = Counter(row["decision"] for row in run_trace(lines))
    took = time.perf_counter() - began
    print(f"simulated {args.days} days ({len(lines) - 1} trace events) in {took:.2f} s")
    print(
        f"{sum(decisions.values())} decisions: "
        + ", ".join(f"{name} {count}" for name, count in decisions.most_common())
    )


if __name__ == "__main__":
    main()
