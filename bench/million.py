"""A million ratings against five years: the dashboard's data, the start, `status` and export.

Run on demand: `python -m bench.million [--ratings 1000000]`; `python -m bench` calls
`measure`. The log is bench/history.py's five years, copied and filled up to a million ratings
with `add_ratings`. Each figure is taken in a process of its own, so the file cache is the only
thing two runs share:

- the dashboard's data for each span (`DashboardData.build`, the part of the first open that
  reads the log; the window's drawing does not depend on the log's size);
- start to the store open: `Store.open`, what the app does with the log before the tray;
- `status`: `day_counts`, what the running app reads to answer it;
- export: `backmove export` as a whole process, its wall time and its peak RSS
  (`resource.getrusage(RUSAGE_CHILDREN)` after it exits).
Each is also taken on an empty profile, the mark that start and `status` are held to.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SPANS = ("4w", "3m", "1y", "all")


def _child(db: Path, what: str) -> dict[str, Any]:
    """One measurement in this (fresh) process."""
    from datetime import datetime

    from backmove.core.clock import SimulatedClock
    from backmove.core.settings import Settings
    from backmove.paths import Paths
    from backmove.services.counts import day_counts
    from backmove.services.dashboard import DashboardData, Span
    from backmove.services.store import Store

    profile = json.loads(db.with_suffix(".json").read_text())
    clock = SimulatedClock(datetime.fromisoformat(profile["now"]))
    settings = Settings(profile["settings"])
    began = time.perf_counter()
    store = Store(Paths(db.parent, db.parent), clock)
    store.open()
    opened = time.perf_counter()
    assert store.repo is not None
    if what == "open":
        ms = (opened - began) * 1000
    elif what == "status":
        day_counts(store.repo, clock, settings, None)
        ms = (time.perf_counter() - opened) * 1000
    else:
        DashboardData.build(store.repo, clock, settings, Span(what))
        ms = (time.perf_counter() - opened) * 1000
    store.close()
    return {"ms": ms}


def _run(db: Path, what: str, env: dict[str, str]) -> float:
    done = subprocess.run(
        [sys.executable, "-m", "bench.million", "--child", str(db), "--what", what],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return float(json.loads(done.stdout.strip().splitlines()[-1])["ms"])


def _export(home: Path, fmt: str, env: dict[str, str]) -> tuple[float, float]:
    """(seconds, peak RSS MiB) of one `backmove export` process."""
    out = home / f"export-{fmt}"
    script = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
        "s = time.perf_counter() - t\n"
        "print(json.dumps([s, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss]))\n"
    )
    argv = [sys.executable, "-m", "backmove", "--home", str(home), "export"]
    argv += ["--format", fmt, "--out", str(out)]
    done = subprocess.run(
        [sys.executable, "-c", script, *argv], capture_output=True, text=True, env=env, check=True
    )
    shutil.rmtree(out, ignore_errors=True)
    took, kib = json.loads(done.stdout.strip().splitlines()[-1])
    return float(took), kib / 1024


def prepare(five_years: Path, folder: Path, ratings: int) -> dict[str, Path]:
    """Homes for an empty profile, five years, and five years filled to `ratings` ratings."""
    from bench.history import add_ratings

    profile = json.loads(five_years.with_suffix(".json").read_text())
    homes = {}
    for name in ("empty", "5y", "1M"):
        home = folder / name
        home.mkdir()
        (home / "backmove.json").write_text(json.dumps(profile))
        if name != "empty":
            shutil.copy(five_years, home / "backmove.db")
        homes[name] = home
    from datetime import datetime

    end = int(datetime.fromisoformat(profile["now"]).timestamp())
    add_ratings(homes["1M"] / "backmove.db", ratings, end=end)
    return homes


def measure(homes: dict[str, Path], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Every figure, by home: spans and open/status in ms, export (s, MiB) by format."""
    env = dict(os.environ if env is None else env)
    out: dict[str, Any] = {}
    for name, home in homes.items():
        db = home / "backmove.db"
        if name == "empty":
            _run(db, "open", env)  # creates the empty log once
        _run(db, "open", env)  # not counted: the file cache and the bytecode
        figures: dict[str, Any] = {w: _run(db, w, env) for w in ("open", "status")}
        if name != "empty":
            figures |= {span: _run(db, span, env) for span in SPANS}
            figures["export"] = {fmt: _export(home, fmt, env) for fmt in ("csv", "json")}
        out[name] = figures
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ratings", type=int, default=1_000_000)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--what", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(_child(args.child, args.what)))
        return
    from bench.dashboard_open import write_history

    with tempfile.TemporaryDirectory(prefix="backmove-bench-") as folder:
        tmp = Path(folder)
        t = time.perf_counter()
        write_history(tmp / "history.db", 5, seed=1)
        print(f"five years written in {time.perf_counter() - t:.1f} s")
        t = time.perf_counter()
        homes = prepare(tmp / "history.db", tmp, args.ratings)
        print(f"filled to {args.ratings} ratings in {time.perf_counter() - t:.1f} s")
        print(json.dumps(measure(homes), indent=1))


if __name__ == "__main__":
    main()
