"""`python -m bench` reports every figure with its budget, measured or not.

The budgets are those of docs/architecture.md#budgets.
"""

from __future__ import annotations

import json
from pathlib import Path

from bench import figures, machine
from bench.figures import MET, NO_BUDGET, NOT_MEASURED, OVER, SPECS, Results

BUDGETED = {
    "cold_start_tray": 0.25,
    "idle_rss": 75,
    "idle_pss": 60,
    "idle_cpu": 0.01,
    "prompt_first": 100,
    "prompt": 100,
    "dashboard_3m": 300,
    "dashboard_all": 300,
    "million_4w": 300,
    "million_3m": 300,
    "million_1y": 300,
    "million_all": 300,
    "twenty_4w": 300,
    "twenty_3m": 300,
    "twenty_1y": 300,
    "twenty_all": 300,
    "million_start": 50,
    "million_open": 50,
    "million_status": 50,
    "million_export_rss": 10,
}
"""The budgets of docs/architecture.md#budgets, copied by hand: the bench must not drift from
them unnoticed."""
MACHINE = {
    "CPU": "Test CPU",
    "Cores": "2 logical",
    "RAM": "4.0 GiB",
    "OS": "Test OS",
    "Python": "CPython 3.11",
    "Qt": "Qt 6.11.3, PySide6 6.11.3",
}


def measured_everything() -> Results:
    results = Results(machine=dict(MACHINE))
    for n, spec in enumerate(SPECS):
        results.put(spec.key, 1000.0 if n % 2 else 0.001, note=f"note {spec.key}")
    return results


def test_the_budgets_are_the_documented_ones() -> None:
    assert {s.key: s.budget.limit for s in SPECS if s.budget} == BUDGETED
    assert {s.key for s in SPECS} >= {"break_window", "export_csv", "export_json", "simulate_year"}


def test_the_table_has_every_figure_its_budget_and_a_verdict() -> None:
    results = measured_everything()
    text, md = figures.table(results), figures.markdown(results)
    for spec, (name, value, budget, verdict) in zip(SPECS, figures.rows(results), strict=True):
        assert name == spec.name
        assert name in text and name in md
        assert value in text and budget in text and f"| {budget} |" in md
        if spec.budget is None:
            assert (budget, verdict) == ("—", NO_BUDGET)
        else:
            assert budget.startswith("≤ ")
            assert verdict == (OVER if results.values[spec.key] > spec.budget.limit else MET)
    for key, value in MACHINE.items():
        assert f"{key}: {value}" in text and f"- {key}: {value}" in md


def test_a_figure_at_its_budget_as_shown_has_met_it() -> None:
    results = Results()
    results.put("cold_start_tray", 0.2504)
    results.put("idle_pss", 60.04)
    verdicts = {name: v for name, _, _, v in figures.rows(results)}
    assert verdicts["Cold start → tray icon embedded (median)"] == MET
    assert verdicts["PSS, only the tray up, after 30 s"] == MET


def test_json_holds_every_figure_with_budget_verdict_and_note(tmp_path: Path) -> None:
    path = tmp_path / "bench-results.json"
    figures.write_json(measured_everything(), path)
    data = json.loads(path.read_text())
    assert data["machine"] == MACHINE
    by_key = {f["key"]: f for f in data["figures"]}
    assert list(by_key) == [s.key for s in SPECS]
    for spec in SPECS:
        f = by_key[spec.key]
        assert f["name"] == spec.name and f["unit"] == spec.unit
        assert f["budget"] == (spec.budget.limit if spec.budget else None)
        assert f["verdict"] in (MET, OVER, NO_BUDGET)
        assert f["note"] == f"note {spec.key}"


def test_what_could_not_be_measured_is_listed_with_the_reason() -> None:
    results = Results(machine=dict(MACHINE))
    results.put("prompt", 12.0)
    results.missing(["cold_start_tray", "prompt"], "not measured: no trayer panel")
    rows = {name: (value, verdict) for name, value, _, verdict in figures.rows(results)}
    assert rows["Cold start → tray icon embedded (median)"] == ("—", NOT_MEASURED)
    assert rows["Deadline → prompt painted, median of later ones"] == ("12 ms", MET)
    assert "no trayer panel" in figures.table(results)
    data = figures.as_json(results)
    tray = next(f for f in data["figures"] if f["key"] == "cold_start_tray")
    assert (tray["value"], tray["verdict"]) == (None, NOT_MEASURED)
    assert "no trayer panel" in tray["note"]


def test_the_machine_is_described() -> None:
    described = machine.describe()
    assert set(MACHINE) <= set(described)
    assert all(described[k] for k in MACHINE)
    assert "Qt 6." in described["Qt"]
