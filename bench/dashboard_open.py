"""How long the dashboard's first open takes over five years of history, and what it costs.

Run on demand: `python -m bench.dashboard_open [--years 5] [--runs 3] [--span 3m]`. Prints the
figures; nothing is asserted (docs/architecture.md#budgets: the budget is the first open in a
process painted within 300 ms, measured here, never in timed tests).

It writes the history once (bench/history.py) into a temporary folder (`--keep` keeps it for
`--db` in a later run), then opens the dashboard in a fresh process per run. That process
first becomes what the running app is when the user opens the dashboard from the tray (a
QApplication, the app's modules imported, the log open, the move library loaded, the tray menu
drawn) and only then starts the clock: importing the dashboard (with QtCharts), building the
window and painting it while a worker thread reads and computes the figures (as the app does,
`Views.fetch`), then drawing them. "window up" is the window's first paint; "painted" is when
the pass that painted the figures is over, the budgeted figure; "GUI blocked" is the longest
the event loop was kept from answering meanwhile; `painted_cpu_ms` is the CPU time the
process spent until then, which a busy machine changes less than the wall time. RSS is read
from /proc/self/status before and after.

The GUI thread waits as the app's does, in Qt's event loop (`--loop exec`, the default): it
sleeps in Qt until an event comes, so the worker reading the figures has the interpreter to
itself. `--loop spin` waits as this bench did before, calling processEvents() again and again
from Python: the worker then shares the interpreter with that loop and reads the figures more
slowly (at twenty years by 20 to 100 ms, the more the more Python the read runs), time the app
never spends; kept to compare with figures taken that way.
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
from collections.abc import Callable
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


TICK_MS = 5
"""How often the event loop is asked to answer while the bench waits in it (`--loop exec`):
the longest it could not is the gap between two ticks less this."""


def child(
    db: Path, profile: dict[str, Any], span_name: str, theme: str, loop: str = "exec"
) -> dict[str, Any]:
    """One first open, in this (fresh) process, as the app opens it: the window is built and
    shown while a worker thread reads the figures (`Views.fetch`), which are drawn when they
    arrive."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMenu

    import backmove.app  # noqa: F401 - the running app has it all imported already
    from backmove.core.clock import SimulatedClock
    from backmove.core.settings import Settings
    from backmove.paths import Paths
    from backmove.services.dashboard_source import DashboardSource
    from backmove.services.library import MoveLibrary
    from backmove.services.store import Store
    from backmove.ui.notice import Notices
    from backmove.ui.views import Views

    app = QApplication([])
    # The dashboard is opened from the tray menu, so the menu has been drawn by then.
    menu = QMenu()
    for text in ("Take a break now", "Pause", "Dashboard", "Settings", "Quit backmove"):
        menu.addAction(text)
    menu.grab()
    clock = SimulatedClock(datetime.fromisoformat(profile["now"]))
    settings = Settings(profile["settings"])
    goal_start = date.fromisoformat(profile["goal_start"])
    paths = Paths(db.parent, db.parent)
    store = Store(paths, clock)
    store.open()
    library = MoveLibrary(None)
    library.names()  # the running app has loaded its moves by then
    source = DashboardSource(store, clock, lambda: settings, library, goal_start=lambda: goal_start)
    views = Views(source, paths, clock, lambda: settings, Notices("bench"))
    before = rss_mib()
    figures: dict[str, Any] = {}

    from backmove.services.dashboard import DashboardData, Span

    data_ms: list[float] = []
    build = DashboardData.build

    def timed(*args: Any, **kwargs: Any) -> DashboardData:
        t = time.perf_counter()
        data = build(*args, **kwargs)
        data_ms.append((time.perf_counter() - t) * 1000)
        return data

    DashboardData.build = staticmethod(timed)  # type: ignore[method-assign]
    began, cpu_began = time.perf_counter(), time.process_time()
    painted: list[float] = []

    waiting: list[tuple[QEventLoop, Callable[[], bool]]] = []

    class Watch(QObject):
        """Notes the window's own paint events; its children paint in the same pass, before
        the processEvents() that delivered it returns (with `--loop exec`: before the event
        loop, told to stop now, runs anything else)."""

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(time.perf_counter())
                for waiter, done in waiting:
                    if done():
                        QTimer.singleShot(0, waiter.quit)
            return False

    longest = [0.0]

    def paint(until: Callable[[], bool] | None = None) -> float:
        """Run the loop until a paint has happened (with `until`: until it holds, a paint
        after it began to hold included); notes the longest the loop was kept from answering
        meanwhile (what a click would have waited)."""
        if until is None:
            painted.clear()
        done = until if until is not None else lambda: bool(painted)
        if loop == "spin":
            last = time.perf_counter()
            while not done():
                app.processEvents()
                now = time.perf_counter()
                longest[0] = max(longest[0], now - last)
                last = now
            return time.perf_counter()
        waiter = QEventLoop()
        ticks = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            longest[0] = max(longest[0], now - ticks[0] - TICK_MS / 1000)
            ticks[0] = now

        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(tick)
        timer.start(TICK_MS)
        waiting.append((waiter, done))
        if not done():
            waiter.exec()
        waiting.clear()
        timer.stop()
        return time.perf_counter()

    arrived: list[float] = []
    views.open_dashboard(Span(span_name))  # as the tray's Dashboard does
    window = views.dashboard
    window.shown.connect(lambda: arrived.append(time.perf_counter()))
    figures["built_ms"] = (time.perf_counter() - began) * 1000
    watch = Watch()
    window.installEventFilter(watch)
    up = paint()
    figures["window_up_ms"] = (up - began) * 1000
    done = paint(lambda: bool(arrived) and bool(painted) and painted[-1] > arrived[0])
    figures["painted_cpu_ms"] = (time.process_time() - cpu_began) * 1000
    figures["painted_ms"] = (done - began) * 1000
    figures["gui_blocked_ms"] = longest[0] * 1000
    figures["data_ms"] = data_ms[0]
    figures["rss_before_mib"] = before
    figures["rss_after_mib"] = rss_mib()
    switches = {}
    for other in Span:
        if other is window.span:
            continue  # the same range is not asked again
        t = time.perf_counter()
        arrived.clear()
        window.set_span(other)
        window.update()
        done = paint(lambda: bool(arrived) and bool(painted) and painted[-1] > arrived[0])
        switches[other.value] = round((done - t) * 1000, 1)
    figures["switch_ms"] = switches
    figures["rss_end_mib"] = rss_mib()
    window.close()
    views.close()
    store.close()
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
    db: Path,
    runs: int,
    span: str,
    theme: str = "light",
    env: dict[str, str] | None = None,
    loop: str = "exec",
) -> list[dict[str, Any]]:
    """`runs` first opens, each in a fresh process, after one that is not counted; the Qt
    platform is whatever `env` (default: this process's environment) makes it; `loop` is how
    the GUI thread waits (the module's docstring)."""
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
                    "--loop",
                    loop,
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
    parser.add_argument(
        "--loop",
        default="exec",
        choices=["exec", "spin"],
        help="how the GUI thread waits: in Qt's event loop, as the app does, or by calling "
        "processEvents() from Python, as this bench did before",
    )
    parser.add_argument("--db", type=Path, help="a database written by an earlier run")
    parser.add_argument("--keep", action="store_true", help="keep the history written")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        profile = json.loads(args.child.with_suffix(".json").read_text())
        print(json.dumps(child(args.child, profile, args.span, args.theme, args.loop)))
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
    runs = measure(db, args.runs, args.span, args.theme, env, args.loop)
    for n, figures in enumerate(runs, 1):
        print(
            f"run {n}: painted {figures['painted_ms']:.0f} ms after the open began, "
            f"{figures['painted_cpu_ms']:.0f} ms of CPU "
            f"(window up {figures['window_up_ms']:.0f} ms, GUI blocked at most "
            f"{figures['gui_blocked_ms']:.0f} ms; data read on a worker "
            f"{figures['data_ms']:.0f} ms, window built and shown "
            f"{figures['built_ms']:.0f} ms); RSS {figures['rss_before_mib']:.0f} -> "
            f"{figures['rss_after_mib']:.0f} MiB; range switches {figures['switch_ms']} ms"
        )
    median = statistics.median(r["painted_ms"] for r in runs)
    print(
        f"median first open ({args.span}, "
        f"{f'{args.years:g} years' if args.db is None else args.db}, "
        f"{env['QT_QPA_PLATFORM']}, loop {args.loop}): painted in {median:.0f} ms"
    )
    if args.keep and args.db is None:
        print(f"history kept for --db: {db}")
    else:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
