"""The data commands a user runs, timed as the user sees them: a whole `backmove ...` process.

`backmove export` over five years of history (bench/history.py) and `backmove simulate` over
a year of working days (bench/simulate_year.py). Each figure is the wall time from spawn to
exit, Python's start included; the first run is not counted (bytecode, file cache).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench.simulate_year import year_trace


def _timed(argv: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True)
    return time.perf_counter() - began


def export_times(home: Path, fmt: str, runs: int, env: dict[str, str]) -> list[float]:
    """`backmove --home HOME export --format FMT`, into a fresh folder each time."""
    times = []
    for n in range(runs + 1):
        out = home / f"export-{fmt}-{n}"
        took = _timed(
            [
                sys.executable,
                "-m",
                "backmove",
                "--home",
                str(home),
                "export",
                "--format",
                fmt,
                "--out",
                str(out),
            ],
            env,
        )
        shutil.rmtree(out)
        if n:
            times.append(took)
    return times


def simulate_times(
    home: Path, days: int, runs: int, env: dict[str, str]
) -> tuple[list[float], int]:
    """`backmove simulate` over `days` days; (the times, the trace's events)."""
    home.mkdir(parents=True, exist_ok=True)
    trace = home / "year.jsonl"
    lines = year_trace(days, seed=1)
    trace.write_text("\n".join(lines) + "\n")
    times = [
        _timed(
            [
                sys.executable,
                "-m",
                "backmove",
                "--home",
                str(home),
                "simulate",
                "--trace",
                str(trace),
            ],
            env,
        )
        for _ in range(runs + 1)
    ]
    return times[1:], len(lines) - 1
