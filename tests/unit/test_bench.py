"""`python -m bench` reports every figure with its budget, measured or not.

The budgets are those of docs/architecture.md#budgets.
"""

from __future__ import annotations

import json
from pathlib import Path

from bench import figures, machine
from bench.figures import MET, NO_BUDGET, NOT_MEASURED, OVER, SPECS, Results

BUDGETED = {
    "launch_over_floor": 0.05,
    "idle_rss": 70,
    "heap_over_floor": 7,
    "idle_cpu": 0.002,
    "prompt": 50,
    "leak": 5,
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
    "version": 0.06,
    "status_stopped": 0.10,
    "status_running": 0.10,
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
    results.put("launch_over_floor", 0.0504)
    results.put("idle_rss", 70.04)
    verdicts = {name: v for name, _, _, v in figures.rows(results)}
    assert verdicts["Launch → icon over the floor (slower of the two warm states)"] == MET
    assert verdicts["RSS, only the tray up"] == MET


def test_a_figure_of_several_rounds_shows_min_median_and_max() -> None:
    results = Results()
    results.put_rounds("prompt", [30.0, 12.0, 60.0])
    (shown, verdict) = next((v, x) for n, v, _, x in figures.rows(results) if "real timer" in n)
    assert shown == "12 / 30 / 60 ms (n=3)" and verdict == MET  # the median meets it
    assert figures.as_json(results)["figures"][[s.key for s in SPECS].index("prompt")][
        "min_max_rounds"
    ] == (12.0, 60.0, 3)


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
    results.missing(["launch_later", "prompt"], "not measured: no trayer panel")
    rows = {name: (value, verdict) for name, value, _, verdict in figures.rows(results)}
    assert rows["Launch → icon, warm, later start"] == ("—", NOT_MEASURED)
    assert rows["Deadline → prompt painted (real timer), later ones"] == ("12 ms", MET)
    assert "no trayer panel" in figures.table(results)
    data = figures.as_json(results)
    tray = next(f for f in data["figures"] if f["key"] == "launch_later")
    assert (tray["value"], tray["verdict"]) == (None, NOT_MEASURED)
    assert "no trayer panel" in tray["note"]


def test_the_machine_is_described() -> None:
    described = machine.describe()
    assert set(MACHINE) <= set(described)
    assert all(described[k] for k in MACHINE)
    assert "Qt 6." in described["Qt"]
