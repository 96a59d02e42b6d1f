"""A million ratings and twenty years against five years: the dashboard, the start, `status`
and export.

Run on demand: `python -m bench.million [--ratings 1000000]`; `python -m bench` calls
`measure`. The five years are bench/history.py's, copied and filled up to a million ratings
with `add_ratings`; the twenty years are written by bench/history.py too. Each figure is taken
in a process of its own, so the file cache is the only thing two runs share:

- the dashboard's first open for each range, as bench/dashboard_open.py takes it: the window
  up and the figures (read on a worker thread, as the app does) painted;
- start: `BackmoveApp.start` in a fresh process (offscreen, without the desktop's watchers),
  median of three, after a first start that made the day's backup (which runs once a day;
  the day's first start pays for the copy); and `Store.open` alone, what it does with the
  log as the app opens it (SQLite's page-by-page check comes after the tray icon, on a thread
  of its own);
- `status`: `backmove status --json` as a whole process with the app not running (it opens
  the log itself), median of three;
- export: `backmove export` as a whole process, its wall time and its peak RSS
  (`resource.getrusage(RUSAGE_CHILDREN)` after it exits).
Start and `status` are also taken on an empty profile, the mark they are held to.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SPANS = ("4w", "3m", "1y", "all")


def _child(db: Path, what: str) -> dict[str, Any]:
    """One measurement in this (fresh) process: `open` the store's open of the log, `start`
    the whole `BackmoveApp.start` (offscreen, without the desktop's watchers), the clock at
    the history's end."""
    from datetime import datetime

    from backmove.core.clock import SimulatedClock
    from backmove.paths import Paths
    from backmove.services.store import Store

    profile = json.loads(db.with_suffix(".json").read_text())
    clock = SimulatedClock(datetime.fromisoformat(profile["now"]))
    paths = Paths(db.parent, db.parent)
    if what == "start":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from backmove.app import BackmoveApp

        qapp = QApplication([])
        app = BackmoveApp(
            qapp,
            paths,
            clock,
            tray_available=lambda: True,
            idle_seconds=lambda: 0.0,
            notifiers=[],
            watch_desktop=False,
        )
        began = time.perf_counter()
        started = app.start()
        ms = (time.perf_counter() - began) * 1000
        assert started
        app.close_down()
        return {"ms": ms}
    began = time.perf_counter()
    store = Store(paths, clock)
    store.open(check=False)  # as the app opens it: the page check comes after the icon
    ms = (time.perf_counter() - began) * 1000
    assert what == "open" and store.repo is not None
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


def _status(home: Path, env: dict[str, str], runs: int = 3) -> float:
    """Median wall time (ms) of `backmove status --json` with the app not running."""
    times = []
    for _ in range(runs + 1):
        began = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "backmove", "--home", str(home), "status", "--json"],
            capture_output=True,
            env=env,
            check=True,
        )
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times[1:])  # the first fills the bytecode cache


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


HOMES = ("empty", "5y", "1M", "20y")


def prepare(five_years: Path, folder: Path, ratings: int) -> dict[str, Path]:
    """Homes for an empty profile, five years, five years filled to `ratings` ratings, and
    twenty years."""
    from bench.dashboard_open import write_history
    from bench.history import add_ratings

    profile = json.loads(five_years.with_suffix(".json").read_text())
    folder.mkdir(parents=True, exist_ok=True)
    homes = {}
    for name in HOMES:
        home = folder / name
        home.mkdir()
        homes[name] = home
        if name == "20y":
            write_history(home / "backmove.db", 20, seed=1)
            continue
        (home / "backmove.json").write_text(json.dumps(profile))
        if name != "empty":
            shutil.copy(five_years, home / "backmove.db")
    from datetime import datetime

    end = int(datetime.fromisoformat(profile["now"]).timestamp())
    add_ratings(homes["1M"] / "backmove.db", ratings, end=end)
    return homes


def measure(
    homes: dict[str, Path], env: dict[str, str] | None = None, runs: int = 1
) -> dict[str, Any]:
    """Every figure, by home: start and status in ms; per range the dashboard's first open
    (bench/dashboard_open.py's figures, medians of `runs`); export (s, MiB) by format."""
    from bench import dashboard_open

    env = dict(os.environ if env is None else env)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    out: dict[str, Any] = {}
    for name, home in homes.items():
        db = home / "backmove.db"
        if name == "empty":
            _run(db, "open", env)  # creates the empty log once
        _run(db, "open", env)  # not counted: the file cache and the bytecode
        _run(db, "start", env)  # not counted: makes the day's backup, as the day's first start
        figures: dict[str, Any] = {
            "open": _run(db, "open", env),
            "start": statistics.median(_run(db, "start", env) for _ in range(3)),
            "status": _status(home, env),
        }
        if name != "empty":
            for span in SPANS:
                found = dashboard_open.measure(db, runs, span, env=env)
                figures[span] = {
                    key: statistics.median(r[key] for r in found)
                    for key in ("painted_ms", "window_up_ms", "data_ms", "gui_blocked_ms")
                }
        if name in ("5y", "1M"):
            figures["export"] = {fmt: _export(home, fmt, env) for fmt in ("csv", "json")}
        out[name] = figures
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ratings", type=int, default=1_000_000)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--what", help=argparse.SUPPRESS)
    parser.add_argument(
        "--homes", type=Path, help="a folder with the homes an earlier prepare wrote, reused"
    )
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(_child(args.child, args.what)))
        return
    if args.homes is not None:
        print(json.dumps(measure({h: args.homes / h for h in HOMES}), indent=1))
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
