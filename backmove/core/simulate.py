"""`backmove simulate`: the planner on a simulated clock, driven by a trace (docs/simulate.md).

A trace is JSON lines: a header (`start`, `tz`, optional `settings`), then events in order of
`t`, the true elapsed seconds since the start (a stopwatch that runs on through a suspend).
Each decision the planner makes comes out as one JSON object (`t`, `wall`, `decision`, and
`kind`, `reason`, `outcome`, ... where they apply). docs/simulate.md explains it with an
example.

The run is event-driven: it jumps straight to the next event, the next end of input or the
planner's next deadline, whichever comes first, and tells the planner the exact idle time
there. So a simulated year is a few hundred thousand steps, not thirty million ticks.

Input: `active` spans are input all through (merged when they overlap), idle otherwise. At
the start of a span the planner gets two readings, the idle time just before and 0, which
is what a probe reading at every instant would show. A user action is input too (the user
clicked), as in the real app.
"""

from __future__ import annotations

import json
import math
import sys
import tomllib
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from backmove.core.catalog import Catalog
from backmove.core.clock import SimulatedClock
from backmove.core.messages import Message
from backmove.core.planner import Action, Decision, Planner
from backmove.core.record import Record
from backmove.core.routines import RoutineTrail
from backmove.core.settings import Settings, check_values

EVENT_FIELDS: dict[str, frozenset[str]] = {
    "active": frozenset({"for"}),
    "suspend": frozenset({"for"}),
    "clock_jump": frozenset({"by"}),
    "fullscreen": frozenset({"on"}),
    "dnd": frozenset({"on"}),
    "call": frozenset({"on"}),
    "user": frozenset({"action", "minutes", "until"}),
    "end": frozenset(),
}
ACTIONS = (
    "start",
    "done",
    "snooze",
    "skip",
    "break_now",
    "session_done",
    "pause",
    "resume",
    "meeting",
)
_WITH_MINUTES = ("snooze", "pause", "meeting")
_HEADER_FIELDS = frozenset({"start", "tz", "settings"})
_OPTIONAL = (
    "kind",
    "reason",
    "outcome",
    "break_id",
    "length_s",
    "snoozes",
    "minutes",
    "interval_min",
    "goal",
)


class TraceError(ValueError):
    """A malformed trace or settings file; `line` is 1-based (0: not about one line)."""

    def __init__(self, line: int, problem: str) -> None:
        super().__init__(f"line {line}: {problem}" if line else problem)
        self.line = line
        self.problem = problem


class Event(Record):
    line: int
    t: float
    type: str
    data: dict[str, Any]


class Trace(Record):
    start: datetime
    tz: ZoneInfo
    settings: dict[str, Any]
    events: list[Event]


# --- reading a trace ----------------------------------------------------------------------


def _number(
    data: dict[str, Any],
    key: str,
    line: int,
    *,
    positive: bool = False,
    at_least: float | None = None,
) -> float:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise TraceError(line, f"'{key}' must be a number, not {json.dumps(value)}")
    if positive and value <= 0:
        raise TraceError(line, f"'{key}' must be more than 0, not {value}")
    if at_least is not None and value < at_least:
        raise TraceError(line, f"'{key}' must be at least {at_least:g}, not {value}")
    return float(value)


def _object(text: str, line: int) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TraceError(line, f"not JSON: {exc.msg} (column {exc.colno})") from None
    if not isinstance(data, dict):
        raise TraceError(line, "each line must be a JSON object ({...})")
    return data


def _header(data: dict[str, Any]) -> tuple[datetime, ZoneInfo, dict[str, Any]]:
    unknown = sorted(set(data) - _HEADER_FIELDS)
    if unknown:
        raise TraceError(1, f"unknown header field {unknown[0]!r} (allowed: start, tz, settings)")
    tz_name = data.get("tz")
    if not isinstance(tz_name, str):
        raise TraceError(1, "the header needs 'tz', a time zone such as \"Europe/Berlin\"")
    try:
        tz = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        raise TraceError(1, f"unknown time zone {tz_name!r}") from None
    start_text = data.get("start")
    if not isinstance(start_text, str):
        raise TraceError(
            1, "the header needs 'start', a local time such as \"2026-03-30T08:30:00\""
        )
    try:
        start = datetime.fromisoformat(start_text)
    except ValueError:
        raise TraceError(1, f"'start' is not a date and time: {start_text!r}") from None
    start = start.replace(tzinfo=tz) if start.tzinfo is None else start.astimezone(tz)
    settings = data.get("settings", {})
    if not isinstance(settings, dict):
        raise TraceError(1, "'settings' must be an object of settings.toml keys")
    return start, tz, settings


def _event(data: dict[str, Any], line: int) -> Event:
    kind = data.get("type")
    if kind not in EVENT_FIELDS:
        raise TraceError(
            line, f"'type' must be one of {', '.join(EVENT_FIELDS)}, not {json.dumps(kind)}"
        )
    t = _number(data, "t", line, at_least=0)
    fields = {k: v for k, v in data.items() if k not in ("t", "type")}
    unknown = sorted(set(fields) - EVENT_FIELDS[kind])
    if unknown:
        raise TraceError(line, f"a {kind!r} event has no field {unknown[0]!r}")
    if kind == "active":
        _number(fields, "for", line, at_least=0)
    elif kind == "suspend":
        _number(fields, "for", line, positive=True)
    elif kind == "clock_jump":
        _number(fields, "by", line)
    elif kind in ("fullscreen", "dnd", "call"):
        if not isinstance(fields.get("on"), bool):
            raise TraceError(line, f'a {kind!r} event needs "on": true or false')
    elif kind == "user":
        _user(fields, line)
    return Event(line, t, kind, fields)


def _user(fields: dict[str, Any], line: int) -> None:
    action = fields.get("action")
    if action not in ACTIONS:
        raise TraceError(
            line, f"'action' must be one of {', '.join(ACTIONS)}, not {json.dumps(action)}"
        )
    if "minutes" in fields:
        if action not in _WITH_MINUTES:
            raise TraceError(line, f"{action!r} takes no 'minutes'")
        _number(fields, "minutes", line, positive=True)
    if "until" in fields:
        if action != "pause" or fields["until"] != "tomorrow":
            raise TraceError(line, "'until' is only for pause, and only \"tomorrow\"")
        if "minutes" in fields:
            raise TraceError(line, "a pause has 'minutes' or 'until', not both")


def parse_trace(lines: Iterable[str]) -> Trace:
    """Read and check a whole trace; TraceError names the first line that is wrong."""
    header: tuple[datetime, ZoneInfo, dict[str, Any]] | None = None
    events: list[Event] = []
    asleep_until: tuple[float, int] | None = None
    for number, text in enumerate(lines, 1):
        if not text.strip():
            continue
        data = _object(text, number)
        if header is None:
            if number != 1:
                raise TraceError(number, "the header must be the first line")
            header = _header(data)
            continue
        event = _event(data, number)
        if events and events[-1].type == "end":
            raise TraceError(number, f"nothing may follow 'end' (line {events[-1].line})")
        if events and event.t < events[-1].t:
            raise TraceError(
                number,
                f"'t' goes back in time: {event.t:g} after "
                f"{events[-1].t:g} (line {events[-1].line})",
            )
        if asleep_until is not None and event.t < asleep_until[0]:
            raise TraceError(
                number,
                f"at t={event.t:g} the machine is asleep (suspended "
                f"on line {asleep_until[1]} until t={asleep_until[0]:g})",
            )
        if event.type == "suspend":
            asleep_until = (event.t + event.data["for"], number)
        events.append(event)
    if header is None:
        raise TraceError(1, "the trace is empty; it needs a header line")
    return Trace(*header, events)


def trace_settings(trace: Trace, base: Settings | None = None) -> Settings:
    """`base` (defaults, or a settings file) with the header's settings over it."""
    values = (base or Settings()).as_dict()
    values.update(trace.settings)
    try:
        return Settings(values)
    except ValueError as exc:
        problem = exc.args[0]
        detail = _describe(problem) if isinstance(problem, Message) else str(problem)
        raise TraceError(1, f"header settings: {detail}") from None


def _describe(message: Message) -> str:
    params = ", ".join(f"{k}={v!r}" for k, v in message.params().items())
    return f"{message.code} ({params})"


# --- running it ---------------------------------------------------------------------------


class _Run:
    """One simulation: the clock, the planner, and where input stands."""

    def __init__(self, trace: Trace, settings: Settings, catalog: Catalog | None = None) -> None:
        self.clock = SimulatedClock(trace.start, trace.tz)
        self.planner = Planner(settings, self.clock)
        self.routines = None if catalog is None else RoutineTrail(catalog, settings)
        self.t = 0.0
        self.input_until: float | None = None
        """Input runs through this `t` (spans merged); None before the first span."""
        self.actions: dict[str, Callable[[dict[str, Any]], list[Decision]]] = {
            "start": lambda _: self.planner.start(),
            "done": lambda _: self.planner.done(),
            "skip": lambda _: self.planner.skip(),
            "break_now": lambda _: self.planner.break_now(),
            "session_done": lambda _: self.planner.session_done(),
            "resume": lambda _: self.planner.resume(),
            "snooze": lambda d: self.planner.snooze(d.get("minutes")),
            "meeting": lambda d: self.planner.meeting(d.get("minutes")),
            "pause": lambda d: self.planner.pause(
                "tomorrow" if d.get("until") == "tomorrow" else d.get("minutes")
            ),
        }

    def idle(self) -> float:
        if self.input_until is None:
            return self.t
        return max(0.0, self.t - self.input_until)

    def run(self, events: list[Event]) -> Iterator[dict[str, Any]]:
        yield from self.rows(self.planner.observe_idle(self.idle()))
        for event in events:
            yield from self.until(event.t)
            yield from self.apply(event)

    def until(self, target: float) -> Iterator[dict[str, Any]]:
        """Run the planner's deadlines and the ends of input up to `target`."""
        while True:
            step = target
            deadline = self.planner.next_deadline()
            if deadline is not None:
                step = min(step, self.t + (deadline - self.clock.monotonic()))
            if self.input_until is not None and self.t < self.input_until:
                step = min(step, self.input_until)
            if step >= target:
                self.advance(target)
                return
            if step <= self.t:
                raise RuntimeError(f"the planner asked for a deadline in the past at t={self.t}")
            self.advance(step)
            yield from self.rows(self.planner.observe_idle(self.idle()))

    def apply(self, event: Event) -> list[dict[str, Any]]:
        p, data = self.planner, event.data
        if event.type == "active":
            out: list[Decision] = []
            end = event.t + data["for"]
            if self.input_until is None or event.t > self.input_until:
                out += p.observe_idle(self.idle())  # the reading just before the input
                self.input_until = end
            else:
                self.input_until = max(self.input_until, end)
            return self.rows(out + p.observe_idle(0.0))
        before = self.rows(p.observe_idle(self.idle()))
        if event.type == "suspend":
            before += self.rows(p.suspended())
            self.clock.sleep(data["for"])
            self.t += data["for"]
            return before + self.rows(p.resumed() + p.observe_idle(self.idle()))
        if event.type == "clock_jump":
            self.clock.set_wall(data["by"])
            return before + self.rows(p.poll())
        if event.type == "fullscreen":
            return before + self.rows(p.set_fullscreen(data["on"]))
        if event.type == "dnd":
            return before + self.rows(p.set_dnd(data["on"]))
        if event.type == "call":
            return before + self.rows(p.set_call(data["on"]))
        if event.type == "user":
            return before + self.rows(self.actions[data["action"]](data))
        return before  # "end"

    def advance(self, to: float) -> None:
        if to > self.t:
            self.clock.advance(to - self.t)
            self.t = to

    def rows(self, decisions: list[Decision]) -> list[dict[str, Any]]:
        return [self.row(d) for d in decisions]

    def row(self, d: Decision) -> dict[str, Any]:
        row: dict[str, Any] = {
            "t": round(self.t, 3),
            "wall": self.iso(d.wall),
            "decision": str(d.decision),
        }
        for name in _OPTIONAL:
            value = getattr(d, name)
            if value is None:
                continue
            if isinstance(value, float):
                value = int(value) if value.is_integer() else round(value, 3)
            row[name] = str(value) if isinstance(value, str) else value
        if d.until is not None:
            row["until"] = self.iso(d.until)
        if self.routines is not None and d.break_id is not None:  # the moves the app would show
            if d.decision in (Action.PROMPT, Action.BREAK_START) and d.kind is not None:
                offset = self.clock.local(d.wall).utcoffset()
                seconds = int(offset.total_seconds()) if offset else 0
                row["routine"] = list(self.routines.offer(d.break_id, d.kind, d.wall, seconds))
            elif d.decision is Action.BREAK_END and d.outcome is not None:
                self.routines.end(d.break_id, str(d.outcome))
        return row

    def iso(self, wall: float) -> str:
        local = self.clock.local(wall)
        return local.isoformat(timespec="seconds" if wall.is_integer() else "milliseconds")


def run_trace(
    lines: Iterable[str], settings: Settings | None = None, catalog: Catalog | None = None
) -> Iterator[dict[str, Any]]:
    """Check the whole trace (TraceError on the first bad line), then return an iterator of
    decisions as JSON-ready dicts. `settings` is the base the header's settings override.
    With a move `catalog`, prompt and break_start rows also carry the break's `routine`."""
    trace = parse_trace(lines)
    return _Run(trace, trace_settings(trace, settings), catalog).run(trace.events)


def load_settings_file(path: Path) -> Settings:
    """A settings.toml for simulate: read only (never repaired), and strict about it."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise TraceError(0, f"{path}: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise TraceError(0, f"{path}: not TOML: {exc}") from None
    raw.pop("schema_version", None)
    good, problems = check_values(raw)
    if problems:
        raise TraceError(0, f"{path}: " + "; ".join(_describe(p) for p in problems))
    return Settings(good)


def simulate(
    trace_path: Path,
    settings_path: Path | None,
    out: TextIO,
    err: TextIO | None = None,
    catalog: Catalog | None = None,
) -> int:
    """The `backmove simulate` command: decisions to `out` as JSON lines; 0 on success, 2
    with one message on `err` (stderr by default) when the trace or settings are wrong.
    `catalog` is the move library the routines come from (none: no routines)."""
    err = sys.stderr if err is None else err
    try:
        base = None if settings_path is None else load_settings_file(settings_path)
        try:
            text = trace_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise TraceError(0, f"cannot read the trace: {exc}") from None
        for row in run_trace(text.splitlines(), base, catalog):
            out.write(json.dumps(row) + "\n")
    except TraceError as exc:
        where = f"{trace_path}:{exc.line}: " if exc.line else ""
        err.write(f"backmove simulate: {where}{exc.problem}\n")
        return 2
    return 0
