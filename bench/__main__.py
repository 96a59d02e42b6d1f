"""`python -m bench`: every budgeted figure measured, printed as a table, saved as JSON.

The budgets are those of docs/architecture.md#budgets.

Run from the repository root. Without a DISPLAY it starts its own headless desktop (Xvfb, a
D-Bus session bus, openbox, trayer and dunst: the programs tests/e2e uses, and the same code);
with one it measures there, and needs trayer running for the tray figure. The app's and the
dashboard's figures come from processes of their own on that display; export, simulate,
`--version` and `status` (with backmove running on that display, and not) are timed as the CLI
commands. HOME and the XDG folders point into a temporary folder for the whole run, so nothing
touches the user's own files.

backmove is measured beside the floor, a bare PySide6 tray app (bench/floor.py), launched in
turn with it and left running beside it, so each figure of backmove's has the floor's from the
same minutes next to it. Figures of several rounds are shown as min / median / max; the median
is held to the budget. Each figure says what state it measured: bytecode cold or warm, the
first start of the day or a later one, and the history (five years for launch and dashboard).
Workrave and RSIBreak are named where installed, never installed by the bench.

`--quick` takes fewer rounds and a 30 s CPU window instead of 3 minutes (the table says so); a
full run takes about twelve minutes. Figures are wall times on a machine that may be shared:
compare runs on the same machine, with the load average the machine section shows.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from bench import app_process, commands, dashboard_open, figures, machine, million
from bench.figures import PEER_RATIOS, SPECS, Results
from tests.e2e.desktop import Desktop, desktop


@dataclass(frozen=True)
class Plan:
    launches: int
    settle_s: float
    window_s: float
    rounds: int
    dashboard_runs: int
    command_runs: int
    short_runs: int
    """Runs of the commands that take a tenth of a second: --version, status."""


FULL = Plan(
    launches=5, settle_s=30, window_s=180, rounds=6, dashboard_runs=3, command_runs=3, short_runs=10
)
QUICK = Plan(
    launches=3, settle_s=20, window_s=30, rounds=3, dashboard_runs=1, command_runs=1, short_runs=5
)
YEARS = 5


def _say(text: str) -> None:
    print(text, flush=True)


def _list(values: list[float], fmt: str) -> str:
    return ", ".join(format(v, fmt) for v in values)


def _isolate(tmp: Path) -> None:
    """Point HOME and the XDG folders of this process and its children into `tmp`."""
    xauthority = Path(os.environ.get("XAUTHORITY", Path.home() / ".Xauthority"))
    if os.environ.get("DISPLAY") and xauthority.exists():
        os.environ["XAUTHORITY"] = str(xauthority)  # a real display still lets us in
    for name, sub in (
        ("HOME", "home"),
        ("XDG_CONFIG_HOME", "home/.config"),
        ("XDG_DATA_HOME", "home/.local/share"),
        ("XDG_CACHE_HOME", "home/.cache"),
        ("XDG_STATE_HOME", "home/.local/state"),
    ):
        folder = tmp / sub
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.environ[name] = str(folder)
    os.environ.pop("BACKMOVE_HOME", None)


@contextlib.contextmanager
def _display(tmp: Path, headless: bool) -> Iterator[tuple[Desktop, str]]:
    """A desktop to measure on, and a line saying which."""
    shots = tmp / "desktop"
    if headless or not os.environ.get("DISPLAY"):
        with desktop(shots) as desk:
            yield (
                desk,
                (
                    "own headless desktop: Xvfb 1280x800x24, D-Bus session bus, openbox, "
                    "trayer (XEmbed tray), dunst"
                ),
            )
        return
    shots.mkdir(parents=True, exist_ok=True)
    desk = Desktop(os.environ["DISPLAY"], dict(os.environ), shots)
    try:
        yield desk, f"DISPLAY {desk.display} (the running desktop)"
    finally:
        for proc in desk.procs:
            if proc.poll() is None:
                proc.terminate()
                proc.wait(timeout=30)


def _step(results: Results, keys: tuple[str, ...], what: str, run: Callable[[], None]) -> None:
    """Run one part; if it fails, its figures say why instead of ending the whole run."""
    _say(f"\n{what}")
    began = time.perf_counter()
    try:
        run()
    except Exception as exc:  # any failure is reported in the table, not raised
        traceback.print_exc()
        results.missing(keys, f"not measured: {type(exc).__name__}: {exc}")
    _say(f"  ({time.perf_counter() - began:.0f} s)")


def measure_app(
    results: Results, desk: Desktop, tmp: Path, history: Path, plan: Plan, quick: bool
) -> None:
    found = app_process.measure(
        desk,
        tmp / "app-home",
        history,
        tmp,
        plan.launches,
        plan.settle_s,
        plan.window_s,
        _say,
    )
    how = "spawn of the process to its icon embedded in trayer (XQueryTree every 2 ms)"
    log = f"{YEARS}-year log; file cache warm"
    cold = found.launches["backmove, cold bytecode, first start of the day"]
    results.put("launch_cold", cold[0], f"one launch, bytecode not yet compiled; {how}; {log}")
    for key, label in (
        ("launch_first_day", "backmove, warm bytecode, first start of the day"),
        ("launch_later", "backmove, warm bytecode, later start"),
        ("launch_floor", "floor, warm bytecode"),
    ):
        cpu = found.launch_cpu[label]
        results.put_rounds(
            key,
            found.launches[label],
            f"{label}; CPU time by then {_list(cpu, '.2f')} s; {how}"
            + ("" if label.startswith("floor") else f"; {log}"),
        )
    slower = max(results.values["launch_first_day"], results.values["launch_later"])
    results.put(
        "launch_over_floor",
        slower - results.values["launch_floor"],
        "median of the slower backmove state minus the floor's median, same run",
    )
    mine, floor = found.idle["backmove"], found.idle["floor"]
    state = (
        f"{mine.threads} threads; visible windows of the process: "
        f"{', '.join(found.visible) or 'none'}; planner state: {found.state}"
    )
    after = f"{plan.settle_s:.0f} s after the icon, side by side with the floor"
    results.put("idle_rss", mine.rss_mib, f"{after}; {state}")
    results.put("idle_heap", mine.anon_mib, f"RssAnon from /proc/PID/status; {after}")
    results.put("floor_rss", floor.rss_mib, f"bench/floor.py; {after}")
    results.put("floor_heap", floor.anon_mib, "RssAnon")
    results.put("heap_over_floor", mine.anon_mib - floor.anon_mib, "same run, same moment")
    stack = found.idle["stack"]
    results.put(
        "stack_rss",
        stack.rss_mib,
        "bench/floor.py --scheduler: the floor with APScheduler's Qt scheduler started as "
        f"backmove starts it; {after}",
    )
    results.put(
        "stack_over_floor",
        stack.anon_mib - floor.anon_mib,
        "RssAnon; what the wall-clock scheduler's library costs before any of backmove's code",
    )
    results.put("heap_over_stack", mine.anon_mib - stack.anon_mib, "same run, same moment")
    results.put("idle_pss", mine.pss_mib, "shares libraries with whatever else runs")
    window = f"{mine.window_s:.0f} s" + (" (--quick: shorter window)" if quick else "")
    results.put(
        "idle_cpu",
        mine.cpu_s_per_min,
        f"{mine.cpu_ns / 1e6:.2f} ms on a CPU over {window} idle, every thread's "
        "/proc/PID/task/*/schedstat (nanoseconds), after the settle",
    )
    results.put(
        "floor_cpu",
        floor.cpu_s_per_min,
        f"{floor.cpu_ns / 1e6:.2f} ms over the same {window}",
    )
    ours = {
        "launch": slower,
        "rss": mine.rss_mib,
        "heap": mine.anon_mib,
        "cpu": mine.cpu_s_per_min,
    }
    for peer in ("Workrave", "RSIBreak"):
        key = peer.lower()
        keys = [f"{key}_{k}" for k in ("launch", "rss", "heap", "cpu")]
        keys += [f"{key}_{k}_ratio" for k in PEER_RATIOS]
        if peer not in found.idle:
            results.missing(keys, f"{peer} is not installed here (Debian: apt install {key})")
            continue
        theirs = found.idle[peer]
        shown = ", ".join(found.peers_visible.get(peer, [])) or "none"
        first = found.launches[f"{peer}, its first start"][0]
        results.put_rounds(
            f"{key}_launch",
            found.launches[f"{peer}, later start"],
            f"{how}; its first start (settings written) {first:.3f} s",
        )
        results.put(f"{key}_rss", theirs.rss_mib, f"{after}; visible windows: {shown}")
        results.put(f"{key}_heap", theirs.anon_mib, "RssAnon")
        results.put(
            f"{key}_cpu",
            theirs.cpu_s_per_min,
            f"{theirs.cpu_ns / 1e6:.2f} ms over the same {window}",
        )
        values = {
            "launch": results.values[f"{key}_launch"],
            "rss": theirs.rss_mib,
            "heap": theirs.anon_mib,
            "cpu": theirs.cpu_s_per_min,
        }
        for what, theirs_value in values.items():
            if theirs_value > 0:
                results.put(
                    f"{key}_{what}_ratio",
                    ours[what] / theirs_value,
                    "below 1: backmove takes less; same run, same desktop",
                )
            else:
                results.missing([f"{key}_{what}_ratio"], f"{peer}'s figure is 0")
    if found.polled_cpu_s_per_min is not None:
        results.put(
            "idle_cpu_polled",
            found.polled_cpu_s_per_min,
            f"the same window in a new launch with BACKMOVE_IDLE=poll (the idle time asked "
            f"every 5 s, as before the desktop told): {found.polled_cpu_s * 1000:.1f} ms",
        )


def measure_latency(results: Results, desk: Desktop, plan: Plan) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench.break_latency", "--rounds", str(plan.rounds), "--json"],
        env=desk.env,
        capture_output=True,
        text=True,
        timeout=1800,
        check=True,
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    prompt, window = found["to_prompt_ms"], found["to_break_ms"]
    where = (
        f"{found['platform']}, {len(prompt)} breaks in one app (bench/break_latency.py), "
        f"each brought by the app's own deadline timer armed {found['lead_s']:.0f} s ahead; "
        "stopwatch from the deadline to the prompt's first paint"
    )
    results.put("prompt_first", prompt[0], f"{where}; the first pays the first layout")
    results.put_rounds("prompt", prompt[1:], where)
    results.put_rounds("break_window", window[1:], f"a click on Start; first {window[0]:.0f} ms")
    _say(f"  prompt: {_list(prompt, '.0f')} ms\n  break window: {_list(window, '.0f')} ms")


def measure_leak(results: Results, desk: Desktop) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench.leak", "--json"],
        env=desk.env,
        capture_output=True,
        text=True,
        timeout=1800,
        check=True,
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    results.put(
        "leak",
        found["grown_mib"],
        f"{found['platform']}, the real app in one process (bench/leak.py): RSS "
        f"{found['rss_first_mib']:.1f} MiB after the first break and dashboard open, "
        f"{found['rss_last_mib']:.1f} MiB after {found['breaks']} breaks and "
        f"{found['dashboards']} opens (each showing all four ranges)",
    )
    _say(f"  RSS {found['rss_first_mib']:.1f} -> {found['rss_last_mib']:.1f} MiB")


def measure_others(results: Results) -> None:
    """Workrave and RSIBreak, where installed, are launched and measured beside backmove in
    the same run (bench/app_process.py); the bench does not install them, and a run on a
    machine without them says so rather than failing."""
    found = {name: shutil.which(name) for name in ("workrave", "rsibreak")}
    results.machine["Other break apps"] = ", ".join(
        f"{name}: {'measured beside backmove, ' + where if where else 'not installed'}"
        for name, where in found.items()
    )


def measure_dashboard(results: Results, desk: Desktop, db: Path, plan: Plan) -> None:
    for key, span, name in (("dashboard_3m", "3m", "3 months"), ("dashboard_all", "all", "All")):
        runs = dashboard_open.measure(db, plan.dashboard_runs, span, env=desk.env)
        painted = [r["painted_ms"] for r in runs]
        data = statistics.median(r["data_ms"] for r in runs)
        up = statistics.median(r["window_up_ms"] for r in runs)
        cpu = statistics.median(r["painted_cpu_ms"] for r in runs)
        results.put_rounds(
            key,
            painted,
            f"{len(runs)} fresh processes (bench/dashboard_open.py, {name}): "
            f"{_list(painted, '.0f')} ms; medians: reading and computing the data "
            f"{data:.0f} ms on a worker, window up {up:.0f} ms, CPU time until painted "
            f"{cpu:.0f} ms",
        )
        _say(f"  {name}: painted {_list(painted, '.0f')} ms (data {data:.0f} ms)")


def measure_commands(
    results: Results, db: Path, counts: dict[str, int], tmp: Path, plan: Plan
) -> None:
    home = tmp / "export-home"
    home.mkdir()
    shutil.copy(db, home / "backmove.db")
    size = ", ".join(f"{n} {table}" for table, n in counts.items())
    env = commands.warm_env(dict(os.environ), tmp / "pycache")
    for key, fmt in (("export_csv", "csv"), ("export_json", "json")):
        times = commands.export_times(home, fmt, plan.command_runs, env)
        results.put_rounds(key, times, f"{_list(times, '.2f')} s ({size})")
        _say(f"  export {fmt}: {_list(times, '.2f')} s")
    times, events = commands.simulate_times(tmp / "sim-home", 365, plan.command_runs, env)
    results.put_rounds(
        "simulate_year",
        times,
        f"{_list(times, '.2f')} s; {events} trace events (bench/simulate_year.py)",
    )
    _say(f"  simulate: {_list(times, '.2f')} s")
    times = commands.version_times(plan.short_runs, env)
    results.put_rounds("version", times, f"{_list(times, '.3f')} s; python -m backmove")
    _say(f"  --version: {_list(times, '.3f')} s")


def measure_status(results: Results, desk: Desktop, db: Path, tmp: Path, plan: Plan) -> None:
    """`backmove status` over a returning user's five years (bench/app_process.py's home),
    first with backmove not running (it opens the log itself), then with it running on `desk`
    (it asks the app over its socket)."""
    home = tmp / "status-home"
    home.mkdir()
    shutil.copy(db, home / "backmove.db")
    app_process.seed_home(home)
    env = commands.warm_env(desk.env, tmp / "pycache")

    def timed(key: str, state: str) -> None:
        times = commands.status_times(home, plan.short_runs, env)
        as_json = commands.status_times(home, plan.short_runs, env, json=True)
        results.put_rounds(
            key,
            times,
            f"{_list(times, '.3f')} s; with --json {_list(as_json, '.3f')} s; backmove {state}; "
            "python -m backmove --home HOME status",
        )
        _say(f"  status, {state}: {_list(times, '.3f')} s, --json {_list(as_json, '.3f')} s")

    timed("status_stopped", "not running")
    runner = app_process.AppRunner(
        desk,
        ["-m", "backmove", "--home", str(home)],
        app_process.ICON_CLASS,
        tmp / "bench-status-app-stderr.log",
        tmp / "pycache-app",
    )
    try:
        proc, _, _ = runner.launch()
        try:
            # The icon comes before the rest of the app (ui/first_icon.py): the socket
            # answers a moment after it.
            began = time.perf_counter()
            while "state" not in runner.status(home):
                if time.perf_counter() - began > 30:
                    raise RuntimeError("the running backmove did not answer `status`")
            timed("status_running", "running")
        finally:
            runner.stop(proc)
    finally:
        runner.close()


def measure_million(results: Results, db: Path, tmp: Path, env: dict[str, str]) -> None:
    began = time.perf_counter()
    homes = million.prepare(db, tmp / "million", 1_000_000)
    _say(f"  a million ratings and 20 years written in {time.perf_counter() - began:.1f} s")
    found = million.measure(homes, env)
    heavy, five, twenty, empty = found["1M"], found["5y"], found["20y"], found["empty"]
    for key, home in (("million", heavy), ("twenty", twenty)):
        for span in million.SPANS:
            got = home[span]
            results.put(
                f"{key}_{span}",
                got["painted_ms"],
                f"figures painted (bench/dashboard_open.py in a fresh process, read on a worker "
                f"thread): window up {got['window_up_ms']:.0f} ms, figures read "
                f"{got['data_ms']:.0f} ms, GUI thread blocked at most "
                f"{got['gui_blocked_ms']:.0f} ms; 5 years: painted {five[span]['painted_ms']:.0f}"
                f" ms",
            )
    for key in ("start", "open", "status"):
        results.put(
            f"million_{key}",
            heavy[key] - empty[key],
            f"{heavy[key]:.0f} ms at 1M ratings, {empty[key]:.0f} ms on an empty profile, "
            f"{five[key]:.0f} ms at 5 years, {twenty[key]:.0f} ms at 20 years",
        )
    for fmt in ("csv", "json"):
        took, rss = heavy["export"][fmt]
        results.put(
            f"million_export_{fmt}",
            took,
            f"peak RSS {rss:.0f} MiB; 5 years: {five['export'][fmt][0]:.2f} s, "
            f"{five['export'][fmt][1]:.0f} MiB",
        )
    rss_heavy = max(heavy["export"][f][1] for f in ("csv", "json"))
    rss_five = max(five["export"][f][1] for f in ("csv", "json"))
    results.put(
        "million_export_rss",
        rss_heavy - rss_five,
        f"growth of the larger peak RSS (getrusage of the child): {rss_heavy:.0f} MiB at 1M "
        f"ratings, {rss_five:.0f} MiB at 5 years",
    )
    _say("  " + json.dumps(found))


def measure_devices(results: Results, db: Path, tmp: Path, plan: Plan) -> None:
    """This computer's copy published into a sync folder, and the history merged with a
    second computer's five years, as the first read after a copy changed does it."""
    from backmove.core.clock import SystemClock
    from backmove.storage.database import Database
    from backmove.storage.devices import merged, publish_copy, scan

    folder = tmp / "sync-folder"
    folder.mkdir()
    other = tmp / "other-computer" / "backmove.db"
    other.parent.mkdir()
    dashboard_open.write_history(other, YEARS, seed=2)
    local = Database.open(db, SystemClock()).database
    peer = Database.open(other, SystemClock()).database
    try:
        publish: list[float] = []
        for _ in range(plan.command_runs):
            began = time.perf_counter()
            publish_copy(peer, folder, "2222222222222222")
            publish.append((time.perf_counter() - began) * 1000)
        merge: list[float] = []
        rows = 0
        for _ in range(plan.command_runs):
            began = time.perf_counter()
            history, _ = merged(db, "1111111111111111", scan(folder, "1111111111111111").copies)
            merge.append((time.perf_counter() - began) * 1000)
            rows = history.counts()["breaks"]
            history.close()
    finally:
        local.close()
        peer.close()
    results.put(
        "devices_publish",
        statistics.median(publish),
        f"median of {len(publish)}: {_list(publish, '.0f')} ms (SQLite backup API, fsync, rename)",
    )
    results.put(
        "devices_merge",
        statistics.median(merge),
        f"median of {len(merge)}: {_list(merge, '.0f')} ms, {rows} breaks merged; "
        "kept until a copy or the local log changes",
    )
    _say(f"  publish: {_list(publish, '.0f')} ms, merge: {_list(merge, '.0f')} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--json",
        type=Path,
        default=Path("bench-results.json"),
        help="where to write the results (default: bench-results.json)",
    )
    parser.add_argument("--markdown", type=Path, help="also write the table as Markdown here")
    parser.add_argument(
        "--quick", action="store_true", help="fewer repetitions and a 30 s CPU window"
    )
    parser.add_argument(
        "--headless",
        action="store_true",
        help="use an own headless desktop even when DISPLAY is set",
    )
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    results = Results(machine=machine.describe(), options={"quick": args.quick, **vars(plan)})
    with tempfile.TemporaryDirectory(prefix="backmove-bench-") as folder:
        tmp = Path(folder)
        _isolate(tmp)
        (tmp / "pycache").mkdir()
        db = tmp / "history" / "backmove.db"
        db.parent.mkdir()
        began = time.perf_counter()
        counts = dashboard_open.write_history(db, YEARS, seed=1)
        _say(f"{YEARS} years of history written in {time.perf_counter() - began:.1f} s: {counts}")
        results.machine["History"] = f"{YEARS} years: " + ", ".join(
            f"{n} {table}" for table, n in counts.items()
        )
        measure_others(results)
        with _display(tmp, args.headless) as (desk, described):
            results.machine["Display"] = described
            _step(
                results,
                (
                    "launch_cold", "launch_first_day", "launch_later", "launch_floor",
                    "launch_over_floor", "idle_rss", "idle_heap", "floor_rss", "floor_heap",
                    "heap_over_floor", "stack_rss", "stack_over_floor", "heap_over_stack",
                    *(s.key for s in SPECS if s.key.startswith(("workrave", "rsibreak"))),
                    "idle_pss", "idle_cpu", "floor_cpu", "idle_cpu_polled",
                ),
                "backmove and the bare PySide6 tray: launch to icon, memory and idle CPU",
                lambda: measure_app(results, desk, tmp, db, plan, args.quick),
            )  # fmt: skip
            _step(
                results,
                ("prompt_first", "prompt", "break_window"),
                "Deadline -> prompt (the app's own timer), Start -> break window",
                lambda: measure_latency(results, desk, plan),
            )
            _step(
                results,
                ("leak",),
                "100 breaks and 20 dashboard opens",
                lambda: measure_leak(results, desk),
            )
            _step(
                results,
                ("dashboard_3m", "dashboard_all"),
                "The dashboard's first open",
                lambda: measure_dashboard(results, desk, db, plan),
            )
            _step(
                results,
                tuple(s.key for s in figures.SPECS if s.key.startswith(("million_", "twenty_"))),
                "A million ratings and 20 years: dashboard first open, start, status, export",
                lambda: measure_million(results, db, tmp, desk.env),
            )
            _step(
                results,
                ("status_stopped", "status_running"),
                "backmove status over five years, backmove not running and running",
                lambda: measure_status(results, desk, db, tmp, plan),
            )
        _step(
            results,
            ("export_csv", "export_json", "simulate_year", "version"),
            "Export, simulate and --version",
            lambda: measure_commands(results, db, counts, tmp, plan),
        )
        _step(
            results,
            ("devices_publish", "devices_merge"),
            "Several computers: publish and merge",
            lambda: measure_devices(results, db, tmp, plan),
        )
    results.machine["Load average at end"] = machine.load_average()
    _say("\n" + figures.table(results))
    figures.write_json(results, args.json)
    _say(f"\nJSON written to {args.json}")
    if args.markdown is not None:
        args.markdown.write_text(figures.markdown(results) + "\n")
        _say(f"Markdown written to {args.markdown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
