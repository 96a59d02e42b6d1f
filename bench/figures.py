"""The figures `python -m bench` reports, their budgets, and how they are written.

The budgets are those of docs/architecture.md#budgets.

Every figure has a fixed key, a name a person reads, a unit and, where docs/architecture.md#budgets
sets one, a budget: the most the figure may be. A run fills in what it measured; what it could not
measure stays in the table as "not measured" with the reason, so a missing tool never hides a
figure. The same results are written as a plain-text table (for the terminal), as Markdown (for the
README) and as JSON (for comparing runs).
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Budget:
    limit: float
    source: str
    """The budget in the words of docs/architecture.md#budgets."""


@dataclass(frozen=True)
class Spec:
    key: str
    name: str
    unit: str
    digits: int
    """Decimals shown."""
    budget: Budget | None = None


_PROMPT = Budget(50, "a prompt painted within 50 ms of its deadline, as the real timer fires")
_DASHBOARD = Budget(300, "the dashboard's first open over five years painted within 300 ms")
_EMPTY = Budget(50, "start and status within 50 ms of an empty profile")
_HEAVY = Budget(
    300, "each range's first open painted within 300 ms, at a million ratings and at 20 years"
)
_FLAT = Budget(10, "export memory flat: peak RSS at 1M ratings within 10 MiB of 5 years")
_STATUS = Budget(
    0.10, "backmove status at most 0.10 s, the whole process, 5-year log, running or not"
)

PEER_RATIOS = {"launch": "launch → icon", "rss": "RSS", "heap": "heap", "cpu": "idle CPU"}
"""backmove's figure over another break app's, measured in the same run."""

SPECS: tuple[Spec, ...] = (
    Spec("launch_cold", "Launch → icon, cold bytecode, first start of the day", "s", 3),
    Spec("launch_first_day", "Launch → icon, warm, first start of the day", "s", 3),
    Spec("launch_later", "Launch → icon, warm, later start", "s", 3),
    Spec("launch_floor", "Floor: launch → icon, warm (bare PySide6 tray)", "s", 3),
    Spec(
        "launch_over_floor",
        "Launch → icon over the floor (slower of the two warm states)",
        "s",
        3,
        Budget(0.05, "launch to icon at most 0.05 s over the bare PySide6 tray, 5-year log"),
    ),
    Spec(
        "idle_rss",
        "RSS, only the tray up",
        "MiB",
        1,
        Budget(70, "at most 70 MiB RSS with only the tray up"),
    ),
    Spec("idle_heap", "Heap (RssAnon), only the tray up", "MiB", 1),
    Spec("floor_rss", "Floor: RSS", "MiB", 1),
    Spec("floor_heap", "Floor: heap (RssAnon)", "MiB", 1),
    Spec(
        "heap_over_floor",
        "Heap over the floor",
        "MiB",
        1,
        Budget(7, "heap (RssAnon) at most 7 MiB over the bare PySide6 tray"),
    ),
    Spec("stack_rss", "Floor with APScheduler started: RSS", "MiB", 1),
    Spec("stack_over_floor", "Floor with APScheduler started: heap over the floor", "MiB", 1),
    Spec("heap_over_stack", "Heap over the floor with APScheduler (backmove's own)", "MiB", 1),
    Spec("idle_pss", "PSS, only the tray up (moves with what else runs)", "MiB", 1),
    Spec(
        "idle_cpu",
        "CPU per idle minute",
        "s/min",
        4,
        Budget(0.002, "at most 0.002 s CPU per idle minute"),
    ),
    Spec("floor_cpu", "Floor: CPU per idle minute", "s/min", 4),
    Spec("idle_cpu_polled", "CPU per idle minute, idle time asked every 5 s (before)", "s/min", 4),
    *(
        spec
        for peer in ("Workrave", "RSIBreak")
        for spec in (
            Spec(f"{peer.lower()}_launch", f"{peer}: launch → icon, later start", "s", 3),
            Spec(f"{peer.lower()}_rss", f"{peer}: RSS, beside backmove", "MiB", 1),
            Spec(f"{peer.lower()}_heap", f"{peer}: heap (RssAnon)", "MiB", 1),
            Spec(f"{peer.lower()}_cpu", f"{peer}: CPU per idle minute", "s/min", 4),
            *(
                Spec(f"{peer.lower()}_{what}_ratio", f"backmove ÷ {peer}: {words}", "×", 3)
                for what, words in PEER_RATIOS.items()
            ),
        )
    ),
    Spec("prompt_first", "Deadline → prompt painted, first in a process", "ms", 0),
    Spec("prompt", "Deadline → prompt painted (real timer), later ones", "ms", 0, _PROMPT),
    Spec("break_window", "Start → break window painted, later ones", "ms", 0),
    Spec(
        "leak",
        "RSS grown over 100 breaks and 20 dashboard opens",
        "MiB",
        1,
        Budget(5, "RSS after 100 breaks and 20 dashboard opens within 5 MiB of the first's"),
    ),
    Spec("dashboard_3m", "Dashboard first open, 5 years, 3 months (default)", "ms", 0, _DASHBOARD),
    Spec("dashboard_all", "Dashboard first open, 5 years, All", "ms", 0, _DASHBOARD),
    Spec("export_csv", "Export 5 years to CSV (backmove export)", "s", 2),
    Spec("export_json", "Export 5 years to JSON (backmove export)", "s", 2),
    Spec("simulate_year", "Simulate 365 days (backmove simulate)", "s", 2),
    Spec(
        "version",
        "backmove --version, the whole process",
        "s",
        3,
        Budget(0.06, "backmove --version at most 0.06 s, the whole process"),
    ),
    Spec("status_stopped", "backmove status, 5 years, backmove not running", "s", 3, _STATUS),
    Spec("status_running", "backmove status, 5 years, backmove running", "s", 3, _STATUS),
    *(
        Spec(f"{key}_{span}", f"Dashboard first open, {what}, {name}", "ms", 0, _HEAVY)
        for key, what in (("million", "1M ratings"), ("twenty", "20 years"))
        for span, name in (("4w", "4 weeks"), ("3m", "3 months"), ("1y", "1 year"), ("all", "All"))
    ),
    Spec(
        "million_start",
        "Start (app.start, the day's backup made), 1M ratings, over an empty profile",
        "ms",
        0,
        _EMPTY,
    ),
    Spec(
        "million_open",
        "Start: the store's open alone, 1M ratings, over an empty profile",
        "ms",
        0,
        _EMPTY,
    ),
    Spec("million_status", "backmove status, 1M ratings, over an empty profile", "ms", 0, _EMPTY),
    Spec("million_export_csv", "Export to CSV, 1M ratings", "s", 2),
    Spec("million_export_json", "Export to JSON, 1M ratings", "s", 2),
    Spec("million_export_rss", "Export peak RSS, 1M ratings over 5 years", "MiB", 1, _FLAT),
    Spec("devices_publish", "Publish 5 years into a sync folder", "ms", 0),
    Spec("devices_merge", "Merge 5 years of two computers (after a copy changed)", "ms", 0),
)
BY_KEY: dict[str, Spec] = {s.key: s for s in SPECS}

MET = "met"
OVER = "over"
NO_BUDGET = "—"
NOT_MEASURED = "not measured"


@dataclass
class Results:
    """What one run measured, figure by figure, with a note each (how, or why not)."""

    machine: dict[str, str] = field(default_factory=dict)
    values: dict[str, float] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)
    spreads: dict[str, tuple[float, float, int]] = field(default_factory=dict)
    """min, max and how many rounds, for a figure that is the median of several."""

    def put(self, key: str, value: float, note: str = "") -> None:
        if key not in BY_KEY:
            raise KeyError(f"no figure {key!r}")
        self.values[key] = value
        if note:
            self.notes[key] = note

    def put_rounds(self, key: str, rounds: list[float], note: str = "") -> None:
        """The median of `rounds` as the figure, with their min and max beside it."""
        self.put(key, statistics.median(rounds), note)
        self.spreads[key] = (min(rounds), max(rounds), len(rounds))

    def missing(self, keys: Iterable[str], why: str) -> None:
        for key in keys:
            if key not in self.values:
                self.notes[key] = why


def verdict(spec: Spec, value: float | None) -> str:
    if value is None:
        return NOT_MEASURED
    if spec.budget is None:
        return NO_BUDGET
    # Compared as shown: a value that rounds to the budget has met it.
    return MET if round(value, spec.digits) <= spec.budget.limit else OVER


def _amount(spec: Spec, value: float) -> str:
    return f"{value:.{spec.digits}f} {spec.unit}"


def _budget(spec: Spec) -> str:
    return "—" if spec.budget is None else f"≤ {_amount(spec, spec.budget.limit)}"


def _shown(spec: Spec, results: Results) -> str:
    """The value; for a median of rounds, min / median / max and how many."""
    value = results.values.get(spec.key)
    if value is None:
        return "—"
    if spec.key not in results.spreads:
        return _amount(spec, value)
    lo, hi, n = results.spreads[spec.key]
    d = spec.digits
    return f"{lo:.{d}f} / {value:.{d}f} / {hi:.{d}f} {spec.unit} (n={n})"


def rows(results: Results) -> list[tuple[str, str, str, str]]:
    """(figure, value, budget, verdict) for every figure, in SPECS order; a figure of several
    rounds shows min / median / max, and its median is what meets the budget or not."""
    out = []
    for spec in SPECS:
        value = results.values.get(spec.key)
        out.append(
            (
                spec.name,
                _shown(spec, results),
                _budget(spec),
                verdict(spec, value),
            )
        )
    return out


def table(results: Results) -> str:
    """The terminal table, then the machine and a note per figure."""
    header = ("Figure", "Value (min / median / max)", "Budget", "Verdict")
    body = rows(results)
    widths = [max(len(r[i]) for r in (header, *body)) for i in range(4)]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip()
        for r in (header, tuple("-" * w for w in widths), *body)
    ]
    lines += ["", "Machine:"] + [f"  {k}: {v}" for k, v in results.machine.items()]
    if results.notes:
        lines += ["", "Notes:"] + [
            f"  {BY_KEY[k].name}: {results.notes[k]}" for k in BY_KEY if k in results.notes
        ]
    return "\n".join(lines)


def markdown(results: Results) -> str:
    """The table and the machine as Markdown, for the README."""
    lines = ["| Figure | Value (min / median / max) | Budget | Verdict |", "|---|---:|---:|---|"]
    lines += [f"| {name} | {value} | {budget} | {v} |" for name, value, budget, v in rows(results)]
    lines += [""] + [f"- {k}: {v}" for k, v in results.machine.items()]
    return "\n".join(lines)


def as_json(results: Results) -> dict[str, Any]:
    figures = []
    for spec in SPECS:
        value = results.values.get(spec.key)
        figures.append(
            {
                "key": spec.key,
                "name": spec.name,
                "unit": spec.unit,
                "value": None if value is None else round(value, spec.digits + 3),
                "min_max_rounds": results.spreads.get(spec.key),
                "budget": None if spec.budget is None else spec.budget.limit,
                "budget_source": None if spec.budget is None else spec.budget.source,
                "verdict": verdict(spec, value),
                "note": results.notes.get(spec.key, ""),
            }
        )
    return {"machine": results.machine, "options": results.options, "figures": figures}


def write_json(results: Results, path: Path) -> None:
    path.write_text(json.dumps(as_json(results), indent=2, ensure_ascii=False) + "\n")
