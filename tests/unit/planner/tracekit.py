"""Write traces as Python lists and read back what the planner decided.

Times in tests are easier to read as clock times, so `at("09:30")` gives the trace `t` of a
local time on the first day of a trace that starts at 08:00, and `hm(t)` turns one back.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from backmove.core.clock import SimulatedClock
from backmove.core.planner import Action, Decision, Planner
from backmove.core.planner_memory import PlannerState
from backmove.core.settings import Settings
from backmove.core.simulate import run_trace

START = "2026-03-30T08:00:00"  # a Monday; the trace's t = 0
TZ = "Europe/Berlin"
MIN = 60
HOUR = 3600


def at(clock: str, day: int = 0) -> float:
    """Seconds from START (08:00 on day 0) to `clock` ("HH:MM" or "HH:MM:SS") on `day`."""
    parts = [int(p) for p in clock.split(":")] + [0]
    return day * 86400 + (parts[0] - 8) * HOUR + parts[1] * MIN + parts[2]


def run(
    events: list[dict[str, Any]],
    *,
    start: str = START,
    tz: str = TZ,
    settings: dict[str, Any] | None = None,
    base: Settings | None = None,
) -> list[dict[str, Any]]:
    header: dict[str, Any] = {"start": start, "tz": tz}
    if settings:
        header["settings"] = settings
    lines = [json.dumps(header)] + [json.dumps(e) for e in events]
    return list(run_trace(lines, base))


def active(t: float, seconds: float) -> dict[str, Any]:
    return {"t": t, "type": "active", "for": seconds}


def user(t: float, action: str, **extra: Any) -> dict[str, Any]:
    return {"t": t, "type": "user", "action": action, **extra}


def end(t: float) -> dict[str, Any]:
    return {"t": t, "type": "end"}


def pick(out: list[dict[str, Any]], *names: str) -> list[dict[str, Any]]:
    return [row for row in out if row["decision"] in names]


def brief(out: list[dict[str, Any]], *names: str) -> list[tuple[Any, ...]]:
    """(t, decision, outcome or kind or reason) for a compact comparison; a natural break's
    outcome is always `natural`, so it shows its kind."""
    rows = pick(out, *names) if names else out
    return [(r["t"], r["decision"], _gist(r)) for r in rows]


def _gist(row: dict[str, Any]) -> Any:
    outcome = row.get("outcome") if row["decision"] != "natural_break" else None
    return outcome or row.get("kind") or row.get("reason")


class Desk:
    """The Planner driven through its API, as the desktop adapter would: the clock moves to
    each deadline, the probe reads idle time there, and prompts are answered as told."""

    def __init__(
        self,
        settings: dict[str, Any] | None = None,
        *,
        start: str = START,
        tz: str = TZ,
        state: PlannerState | None = None,
    ) -> None:
        self.clock = SimulatedClock(datetime.fromisoformat(start), ZoneInfo(tz))
        self.planner = Planner(Settings(settings or {}), self.clock, state)
        self.log: list[Decision] = self.planner.poll()

    def wait(self, seconds: float) -> None:
        """Away from the keyboard for `seconds` (idle readings at every deadline)."""
        self._run(seconds, typing=False, answer=None)

    def type(self, seconds: float, answer: str | None = None) -> None:
        """Typing without a pause for `seconds`; a prompt gets `answer` (a method name)."""
        self._run(seconds, typing=True, answer=answer)

    def _run(self, seconds: float, *, typing: bool, answer: str | None) -> None:
        stop = self.clock.monotonic() + seconds
        idle_from = self.clock.monotonic()
        while True:
            deadline = self.planner.next_deadline()
            step = stop if deadline is None else min(deadline, stop)
            self.clock.advance(step - self.clock.monotonic())
            idle = 0.0 if typing else self.clock.monotonic() - idle_from
            made = self.planner.observe_idle(idle)
            if answer and any(d.decision is Action.PROMPT for d in made):
                made += getattr(self.planner, answer)()
            self.log += made
            if step >= stop:
                return

    def names(self) -> list[str]:
        return [str(d.decision) for d in self.log]


def working(wall: str, values: Settings) -> bool:
    """Whether a row's local wall time ("wall" in simulate's output) is working time."""
    local = datetime.fromisoformat(wall)
    if local.date() in values.days_off():
        return False
    minute = local.hour * 60 + local.minute + local.second / 60
    for start, stop_at in values.working_ranges(local.weekday()):
        stop = 24 * 60 if stop_at is None else stop_at.hour * 60 + stop_at.minute
        if start.hour * 60 + start.minute <= minute < stop:
            return True
    return False


RESOLVING = {"break_start", "snooze", "break_end", "suppress", "natural_break"}
"""What can answer a prompt: taken, put off, ended, taken back, or walked away from."""


def prompt_answers(
    out: list[dict[str, Any]],
) -> Iterator[tuple[dict[str, Any], dict[str, Any] | None, list[dict[str, Any]]]]:
    """Each prompt, the row that answered it (None if nothing did), and the rows after it."""
    for i, row in enumerate(out):
        if row["decision"] != "prompt":
            continue
        later = out[i + 1 :]
        answer = next(
            (
                r
                for r in later
                if r.get("break_id") == row["break_id"] and r["decision"] in RESOLVING
            ),
            None,
        )
        yield row, answer, later


KEPT_BY = {"prompt", "suppress", "natural_break", "off_hours", "pause", "break_start", "snooze"}
"""What may follow a heads-up: its prompt, or what holds, puts off or ends the break first."""


def broken_warnings(
    out: list[dict[str, Any]], events: list[dict[str, Any]], lead_s: float, away_s: float
) -> list[dict[str, Any]]:
    """The heads-ups that did not keep their word.

    Every `warn` is followed by its prompt exactly `lead_s` later, or before that moment by a
    quiet mode's `suppress`, the end of working hours, a pause, a break the user started, the
    user's snooze (the announced prompt put off, as they asked), or a natural break; or the
    user had been away `away_s` (the idle threshold) by then, which is the break taken (logged
    when they come back); or the machine slept in between (nothing can be shown asleep, and the
    two minutes after a wake hold it); or the trace ended first.
    """
    broken = []
    sleeps = [(e["t"], e["t"] + e["for"]) for e in events if e["type"] == "suspend"]
    end_t = events[-1]["t"] if events else 0.0
    for i, warn in enumerate(out):
        if warn["decision"] != "warn":
            continue
        due = warn["t"] + lead_s
        after = next((r for r in out[i + 1 :] if r["decision"] in KEPT_BY), None)
        if after is not None and after["decision"] == "prompt" and abs(after["t"] - due) < 0.002:
            continue
        if after is not None and after["decision"] != "prompt" and after["t"] <= due + 0.002:
            continue
        if end_t < due or any(warn["t"] <= lo <= due for lo, _ in sleeps):
            continue
        if not _input_in(events, due - away_s, due):
            continue
        broken.append(warn)
    return broken


def _input_in(events: list[dict[str, Any]], lo: float, hi: float) -> bool:
    """Whether the trace has keyboard or mouse input (typing or a click) in [lo, hi]."""
    for e in events:
        if e["type"] == "active" and e["t"] < hi and e["t"] + e["for"] > lo:
            return True
        if e["type"] == "user" and lo <= e["t"] <= hi:
            return True
    return False
