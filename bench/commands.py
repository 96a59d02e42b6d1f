"""The commands a user runs, timed as the user sees them: a whole `backmove ...` process.

`backmove export` over five years of history (bench/history.py), `backmove simulate` over a
year of working days (bench/simulate_year.py), and the short ones typed by hand or by scripts:
`backmove --version`, and `backmove status` over five years with backmove running (it asks the
app over its socket) and not running (it opens the log itself). Each figure is the wall time
from spawn to exit, Python's start included; the first run is not counted (bytecode, file
cache).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench.simulate_year import year_trace


def warm_env(env: dict[str, str], pycache: Path) -> dict[str, str]:
    """`env` with bytecode written to and read from `pycache`: the first run compiles, the
    ones counted read it, whatever PYTHONDONTWRITEBYTECODE the caller has."""
    warm = {**env, "PYTHONPYCACHEPREFIX": str(pycache)}
    warm.pop("PYTHONDONTWRITEBYTECODE", None)
    warm.pop("BACKMOVE_HOME", None)
    return warm


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


def command_times(args: list[str], runs: int, env: dict[str, str]) -> list[float]:
    """`python -m backmove ARGS`, `runs` times after one not counted."""
    argv = [sys.executable, "-m", "backmove", *args]
    return [_timed(argv, env) for _ in range(runs + 1)][1:]


def version_times(runs: int, env: dict[str, str]) -> list[float]:
    """`backmove --version`."""
    return command_times(["--version"], runs, env)


def status_times(home: Path, runs: int, env: dict[str, str], *, json: bool = False) -> list[float]:
    """`backmove --home HOME status`: whether backmove runs there is the caller's doing."""
    return command_times(["--home", str(home), "status", *(["--json"] if json else [])], runs, env)
