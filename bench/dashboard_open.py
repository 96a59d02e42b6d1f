"""How long the dashboard's first open takes over five years of history, and what it costs.

Run on demand: `python -m bench.dashboard_open [--years 5] [--runs 3] [--span 3m]`. Prints the
figures; nothing is asserted (docs/architecture.md#budgets: the budget is the first open in a
process painted within 300 ms, measured here, never in timed tests).

It writes the history once (bench/history.py) into a temporary folder (`--keep` keeps it for
`--db` in a later run), then opens the dashboard in a fresh process per run. That process
first becomes what the running app is when the user opens the dashboard from the tray (a
QApplication, the app's modules imported, the move library loaded, the tray menu drawn) and
only then starts the clock: importing the dashboard (with QtCharts), reading and computing the
data, building the window, and painting it. "painted" is when the pass that painted the window
and all its widgets is over; `painted_cpu_ms` is the CPU time the process spent until then,
which a busy machine changes less than the wall time. RSS is read from /proc/self/status
before and after.
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
from datetime import date, datetime
from pathlib import Path
from typing import Any


def rss_mib() -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def child(db: Path, profile: dict[str, Any], span_name: str, theme: str) -> dict[str, Any]:
    """One first open, in this (fresh) process."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMenu

    import backmove.app  # noqa: F401 - the running app has it all imported already
    from backmove.core.catalog import load_catalog
    from backmove.core.clock import SimulatedClock
    from backmove.core.settings import Settings
    from backmove.resources import stretches_dir
    from backmove.storage.database import Database
    from backmove.storage.repository import Repository

    app = QApplication([])
    # The dashboard is opened from the tray menu, so the menu has been drawn by then.
    menu = QMenu()
    for text in ("Take a break now", "Pause", "Dashboard", "Settings", "Quit backmove"):
        menu.addAction(text)
    menu.grab()
    names = {m.id: m.name for m in load_catalog(stretches_dir())[0]}
    clock = SimulatedClock(datetime.fromisoformat(profile["now"]))
    settings = Settings(profile["settings"])
    goal_start = date.fromisoformat(profile["goal_start"])
    repo = Repository(Database.open(db, clock).database)
    before = rss_mib()
    figures: dict[str, Any] = {}

    began, cpu_began = time.perf_counter(), time.process_time()
    from backmove.services.dashboard import DashboardData, Span
    from backmove.ui.dashboard.window import DashboardWindow

    figures["import_ms"] = (time.perf_counter() - began) * 1000
    data_ms: list[float] = []

    def provider(span: Span) -> DashboardData:
        t = time.perf_counter()
        data = DashboardData.build(
            repo, clock, settings, span, goal_start=goal_start, move_names=names
        )
        data_ms.append((time.perf_counter() - t) * 1000)
        return data

    painted: list[float] = []

    class Watch(QObject):
        """Notes the window's own paint events; its children paint in the same pass, before
        the processEvents() that delivered it returns."""

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(time.perf_counter())
            return False

    def paint() -> float:
        painted.clear()
        while not painted:
            app.processEvents()
        return time.perf_counter()

    window = DashboardWindow(provider, theme=theme, span=Span(span_name))
    figures["built_ms"] = (time.perf_counter() - began) * 1000
    watch = Watch()
    window.installEventFilter(watch)
    window.show()
    done = paint()
    figures["painted_cpu_ms"] = (time.process_time() - cpu_began) * 1000
    figures["first_paint_ms"] = (painted[0] - began) * 1000
    figures["painted_ms"] = (done - began) * 1000
    figures["data_ms"] = data_ms[0]
    figures["rss_before_mib"] = before
    figures["rss_after_mib"] = rss_mib()
    switches = {}
    for other in Span:
        t = time.perf_counter()
        window.set_span(other)
        window.update()
        switches[other.value] = round((paint() - t) * 1000, 1)
    figures["switch_ms"] = switches
    figures["rss_end_mib"] = rss_mib()
    window.close()
    return figures


def write_history(db: Path, years: float, seed: int) -> dict[str, int]:
    """Five years (or `years`) of history at `db`, with what a run needs to know beside it."""
    from bench.history import generate

    history = generate(db, years=years, seed=seed)
    db.with_suffix(".json").write_text(
        json.dumps(
            {
                "settings": history.settings.as_dict(),
                "now": history.now.isoformat(),
                "goal_start": history.goal_start.isoformat(),
            }
        )
    )
    return history.counts


def measure(
    db: Path, runs: int, span: str, theme: str = "light", env: dict[str, str] | None = None
) -> list[dict[str, Any]]:
    """`runs` first opens, each in a fresh process, after one that is not counted; the Qt
    platform is whatever `env` (default: this process's environment) makes it."""
    with tempfile.TemporaryDirectory(prefix="backmove-bench-") as folder:
        # An installed app imports from compiled bytecode: give the runs a bytecode cache of
        # their own (outside the work tree) and fill it with the run that is not counted.
        child_env = {
            **(os.environ if env is None else env),
            "PYTHONPYCACHEPREFIX": str(Path(folder) / "pycache"),
        }
        child_env.pop("PYTHONDONTWRITEBYTECODE", None)
        out = []
        for _ in range(runs + 1):
            done = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "bench.dashboard_open",
                    "--child",
                    str(db),
                    "--span",
                    span,
                    "--theme",
                    theme,
                ],
                capture_output=True,
                text=True,
                env=child_env,
                check=True,
            )
            out.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return out[1:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, default=5.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--span", default="3m", choices=["4w", "3m", "1y", "all"])
    parser.add_argument("--theme", default="light")
    parser.add_argument("--db", type=Path, help="a database written by an earlier run")
    parser.add_argument("--keep", action="store_true", help="keep the history written")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        profile = json.loads(args.child.with_suffix(".json").read_text())
        print(json.dumps(child(args.child, profile, args.span, args.theme)))
        return

    folder = Path(tempfile.mkdtemp(prefix="backmove-bench-"))
    db = args.db or folder / "backmove.db"
    if not db.exists():
        t = time.perf_counter()
        counts = write_history(db, args.years, args.seed)
        print(
            f"history: {args.years:g} years written in {time.perf_counter() - t:.2f} s: "
            + ", ".join(f"{n} {table}" for table, n in counts.items())
        )
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    runs = measure(db, args.runs, args.span, args.theme, env)
    for n, figures in enumerate(runs, 1):
        print(
            f"run {n}: painted {figures['painted_ms']:.0f} ms after the open began, "
            f"{figures['painted_cpu_ms']:.0f} ms of CPU "
            f"(first paint {figures['first_paint_ms']:.0f} ms; imports "
            f"{figures['import_ms']:.0f} ms, data {figures['data_ms']:.0f} ms, built "
            f"{figures['built_ms']:.0f} ms); RSS {figures['rss_before_mib']:.0f} -> "
            f"{figures['rss_after_mib']:.0f} MiB; range switches {figures['switch_ms']} ms"
        )
    median = statistics.median(r["painted_ms"] for r in runs)
    print(
        f"median first open ({args.span}, {args.years:g} years, "
        f"{env['QT_QPA_PLATFORM']}): painted in {median:.0f} ms"
    )
    if args.keep and args.db is None:
        print(f"history kept for --db: {db}")
    else:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
