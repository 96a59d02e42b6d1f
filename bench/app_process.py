"""backmove as a user starts it: launch to tray icon, then memory and CPU with only the tray up.

`python -m backmove --home HOME` runs as its own process on an X display where trayer runs.
The stopwatch starts just before the process is spawned and stops when the X server shows a
viewable window of class "backmove" inside trayer's panel (bench/xtree.py looks every 2 ms): the
app is never asked. The floor (bench/floor.py, the least a PySide6 tray app is) is launched in
turn with it, the same way, so both are measured in the same minutes on the same desktop.

Each launch is labelled with its state: bytecode cold (a cache of its own, still empty: the
first launch) or warm, and for backmove the first start of the day (no backup and no full
check of the log yet today: both come after the icon now, but they are still measured so) or
a later one. The file cache is warm throughout: the bench does not drop the machine's caches.

The home holds five years of history (bench/history.py) and is seeded as a returning user's,
so nothing but the tray comes up: a safety check yesterday (no welcome), a weekly check-in
yesterday and an end-of-day answer today (nothing due), and working hours all day every day,
so the planner is counting whatever the hour the bench runs at.

Then one of each is left running side by side: after `settle_s` RSS, PSS (smaps_rollup) and
RssAnon (status) are read, then the CPU time of every thread over the same `window_s`, in
nanoseconds from the scheduler (task/*/schedstat) rather than 10 ms ticks.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

from bench.xtree import XTree
from tests.e2e.desktop import Desktop

ICON_CLASS = "backmove"
FLOOR_CLASS = "backmove-floor"
STACK_CLASS = "backmove-floor-scheduler"
PEERS = {"Workrave": ("workrave", "Workrave"), "RSIBreak": ("rsibreak", "rsibreak")}
"""Other break apps measured beside backmove where installed: name -> (program, window
class of its tray icon)."""
POLL_S = 0.002

_T = TypeVar("_T")


def seed_home(home: Path) -> None:
    """A returning user's folder: see the module docstring."""
    from backmove.core.clock import SystemClock
    from backmove.core.settings import WEEKDAYS, Settings, save
    from backmove.paths import resolve
    from backmove.storage.database import Database
    from backmove.storage.records import Checkin, Rating, SafetyScreen, local_stamp
    from backmove.storage.repository import Repository

    paths = resolve(home)
    paths.ensure()
    failed = save(
        paths.settings_file, Settings({"working_hours": {d: ["00:00-24:00"] for d in WEEKDAYS}})
    )
    if failed is not None:
        raise OSError(f"settings not written: {failed}")
    clock = SystemClock()
    db = Database.open(paths.database, clock).database
    try:
        repo = Repository(db)
        at, offset = local_stamp(clock, clock.wall() - timedelta(days=1).total_seconds())
        repo.add_safety_screen(SafetyScreen(at, offset, {}, "none", "clear"))
        repo.add_checkin(Checkin(at, offset, {"low_back": 3}))
        now, offset = local_stamp(clock)
        repo.add_rating(Rating(now, offset, "end_of_day", 3))
    finally:
        db.close()


def peers_as_returning_users(desk: Desktop) -> None:
    """Workrave and RSIBreak set up as a returning user keeps them, only their tray icon up:
    RSIBreak's welcome told not to come again (the box its user ticks), Workrave's timer
    window switched off (its own setting). Measured with a window open, they would be
    charged for what backmove does not show."""
    config = Path(desk.env["XDG_CONFIG_HOME"])
    config.mkdir(parents=True, exist_ok=True)
    (config / "rsibreakrc").write_text(
        "[Notification Messages]\ndont_show_welcome_again_for_001=false\n"
    )
    if shutil.which("gsettings") is not None:
        desk.run(
            "gsettings", "set", "org.workrave.gui.main-window", "enabled", "false", check=False
        )


def memory_mib(pid: int) -> dict[str, float]:
    """RSS, PSS (smaps_rollup) and RssAnon (status: the process's own heap and stacks, which
    stays put whatever else shares its libraries), in MiB."""
    fields: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] in ("Rss:", "Pss:"):
            fields[parts[0][:-1]] = int(parts[1]) / 1024
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("RssAnon:"):
            fields["RssAnon"] = int(line.split()[1]) / 1024
    return fields


def cpu_seconds(pid: int) -> float:
    """utime + stime of the whole process (all its threads), in seconds (clock ticks)."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    after_name = stat[stat.rindex(")") + 2 :].split()
    utime, stime = int(after_name[11]), int(after_name[12])
    return (utime + stime) / os.sysconf("SC_CLK_TCK")


def cpu_ns(pid: int) -> dict[int, int]:
    """Nanoseconds on a CPU of each of the process's threads, by thread id
    (/proc/PID/task/*/schedstat, the scheduler's own count): unlike utime+stime, not rounded
    to 10 ms ticks. Subtract two readings with `cpu_ns_since`."""
    found: dict[int, int] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError, ValueError, IndexError):  # a thread gone meanwhile
            found[int(task.name)] = int((task / "schedstat").read_text().split()[0])
    return found


def cpu_ns_since(before: dict[int, int], pid: int) -> int:
    """CPU nanoseconds the process spent since `before`, thread by thread. A sum of totals
    would go down when a thread ends within the window (Qt's pool threads end 30 s after
    their last task, taking all the CPU they ever used out of the sum): here a thread that
    ended counts nothing for the window, one that began counts all it used."""
    return sum(ns - before.get(tid, 0) for tid, ns in cpu_ns(pid).items())


def threads(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("Threads:"):
            return int(line.split()[1])
    return 0


@dataclass
class Idle:
    """One program with only its tray icon up, after the settle."""

    rss_mib: float
    pss_mib: float
    anon_mib: float
    cpu_s_per_min: float
    cpu_ns: int
    window_s: float
    threads: int


@dataclass
class AppFigures:
    launches: dict[str, list[float]]
    """Seconds from spawn to icon embedded, by state ("backmove, cold bytecode, first start
    of the day", "floor, warm bytecode", ...)."""
    launch_cpu: dict[str, list[float]]
    idle: dict[str, Idle]
    """"backmove", "floor" and "stack" (the floor with APScheduler started), measured over
    the same window."""
    state: str
    visible: list[str]
    polled_cpu_s_per_min: float | None = None
    """The same idle window with the idle time asked every 5 s (BACKMOVE_IDLE=poll), as every
    backend was before they told: the figure beside `cpu_s_per_min`."""
    polled_cpu_s: float = 0.0
    peers_visible: dict[str, list[str]] = field(default_factory=dict)
    """What each other break app showed besides its icon, by name."""


class AppRunner:
    """Launches and stops a tray program on `desk`, watching trayer's panel through `xtree`."""

    def __init__(
        self,
        desk: Desktop,
        argv: list[str],
        app_class: str,
        log: Path,
        pycache: Path,
        program: str = sys.executable,
    ) -> None:
        self.desk = desk
        self.argv = argv
        self.program = program
        self.app_class = app_class
        self.pycache = pycache
        self.env = {**desk.env, "PYTHONPYCACHEPREFIX": str(pycache)}
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        self.env.pop("BACKMOVE_HOME", None)
        self.tree = XTree(desk.display)
        self.panel = self._wait(self.tree.trayer_panel, 20, "trayer's panel")
        self.log = log

    def close(self) -> None:
        self.tree.close()

    @staticmethod
    def _wait(check: Callable[[], _T | None], limit_s: float, what: str) -> _T:
        began = time.perf_counter()
        while not (result := check()):
            if time.perf_counter() - began > limit_s:
                raise TimeoutError(f"no {what} after {limit_s:.0f} s")
            time.sleep(POLL_S)
        return result

    def launch(self) -> tuple[subprocess.Popen[bytes], float, float]:
        """Start the program; (the process, seconds from spawn to its icon embedded, CPU
        seconds the process had used by then: what a busy machine changes less)."""
        if self.tree.embedded(self.panel, self.app_class):
            raise RuntimeError(f"a {self.app_class} icon is already in the tray")
        with self.log.open("ab") as log:
            began = time.perf_counter()
            proc = self.desk.spawn(
                self.program, *self.argv, env=self.env, stdout=subprocess.DEVNULL, stderr=log
            )
            while not self.tree.embedded(self.panel, self.app_class):
                if proc.poll() is not None:
                    raise RuntimeError(
                        f"{self.app_class} exited ({proc.returncode}) before its icon "
                        f"was embedded; see {self.log}"
                    )
                if time.perf_counter() - began > 60:
                    raise TimeoutError("no tray icon 60 s after launch")
                time.sleep(POLL_S)
            took = time.perf_counter() - began
            return proc, took, cpu_seconds(proc.pid)

    def stop(self, proc: subprocess.Popen[bytes]) -> None:
        proc.terminate()
        proc.wait(timeout=30)
        self._wait(lambda: not self.tree.embedded(self.panel, self.app_class), 20, "icon gone")

    def status(self, home: Path) -> dict[str, object]:
        done = subprocess.run(
            [sys.executable, "-m", "backmove", "--home", str(home), "status", "--json"],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        try:
            return dict(json.loads(done.stdout))
        except ValueError:
            return {}

    def visible_windows(self, pid: int) -> list[str]:
        out = self.desk.run("xdotool", "search", "--onlyvisible", "--pid", str(pid), check=False)
        in_tray = set(self.tree.descendants(self.panel))
        return sorted(
            "the tray icon"
            if int(w) in in_tray
            else self.tree.name(int(w)) or f"an unnamed window {int(w):#x}"
            for w in out.split()
        )


def _new_day(home: Path) -> None:
    """Make the next start the first of the day: no backup of today, no check of today."""
    shutil.rmtree(home / "backups", ignore_errors=True)
    (home / "integrity-checked").unlink(missing_ok=True)


def measure(
    desk: Desktop,
    home: Path,
    history: Path,
    tmp: Path,
    runs: int,
    settle_s: float,
    window_s: float,
    say: Callable[[str], None],
) -> AppFigures:
    """backmove over a copy of `history` and the floor, launched in turns: first with
    bytecode not yet compiled (its own empty cache), then `runs` times each warm, backmove
    both as the first start of the day and as a later one. Then both are left running side by
    side: after `settle_s`, memory; then CPU over the same `window_s`."""
    home.mkdir(parents=True, exist_ok=True)
    shutil.copy(history, home / "backmove.db")
    seed_home(home)  # today's answers on top of the history: nothing due but breaks
    app = AppRunner(
        desk,
        ["-m", "backmove", "--home", str(home)],
        ICON_CLASS,
        tmp / "bench-app-stderr.log",
        tmp / "pycache-app",
    )
    floor = AppRunner(
        desk, ["-m", "bench.floor"], FLOOR_CLASS, tmp / "bench-floor-stderr.log", tmp / "pyc-floor"
    )
    stack = AppRunner(
        desk,
        ["-m", "bench.floor", "--scheduler"],
        STACK_CLASS,
        tmp / "bench-stack-stderr.log",
        tmp / "pyc-stack",
    )
    peers = {
        name: AppRunner(
            desk, [], app_class, tmp / f"bench-{program}-stderr.log", tmp / "pyc-peers", path
        )
        for name, (program, app_class) in PEERS.items()
        if (path := shutil.which(program)) is not None
    }
    launches: dict[str, list[float]] = {}
    launch_cpu: dict[str, list[float]] = {}
    procs: list[subprocess.Popen[bytes]] = []

    def once(runner: AppRunner, label: str, keep: bool = False) -> subprocess.Popen[bytes]:
        proc, took, used = runner.launch()
        launches.setdefault(label, []).append(took)
        launch_cpu.setdefault(label, []).append(used)
        say(f"  {label}: icon embedded after {took:.3f} s ({used:.2f} s CPU)")
        if keep:
            procs.append(proc)
        else:
            runner.stop(proc)
        return proc

    try:
        _new_day(home)
        once(app, "backmove, cold bytecode, first start of the day")
        once(floor, "floor, cold bytecode")
        for _ in range(runs):
            _new_day(home)
            once(app, "backmove, warm bytecode, first start of the day")
            once(app, "backmove, warm bytecode, later start")
            once(floor, "floor, warm bytecode")
        desk.run("xdotool", "mousemove", "640", "400", check=False)  # the user gone quiet
        mine = once(app, "backmove, warm bytecode, later start", keep=True)
        base = once(floor, "floor, warm bytecode", keep=True)
        once(stack, "floor with APScheduler, cold bytecode")  # compiles its bytecode
        with_scheduler = once(stack, "floor with APScheduler, warm bytecode", keep=True)
        running = [("backmove", mine), ("floor", base), ("stack", with_scheduler)]
        if peers:
            peers_as_returning_users(desk)
        for name, peer in peers.items():
            once(peer, f"{name}, its first start")  # with files of its own to write
            for _ in range(runs):
                once(peer, f"{name}, later start")
            running.append((name, once(peer, f"{name}, later start", keep=True)))
        time.sleep(settle_s)
        memory = {name: memory_mib(p.pid) for name, p in running}
        for name, m in memory.items():
            say(
                f"  {name} after {settle_s:.0f} s: RSS {m['Rss']:.1f} MiB, RssAnon "
                f"{m['RssAnon']:.1f} MiB, PSS {m['Pss']:.1f} MiB"
            )
        before = {p.pid: cpu_ns(p.pid) for _, p in running}
        began = time.perf_counter()
        time.sleep(window_s)
        took = time.perf_counter() - began
        idle: dict[str, Idle] = {}
        for name, p in running:
            used = cpu_ns_since(before[p.pid], p.pid)
            m = memory[name]
            idle[name] = Idle(
                m["Rss"], m["Pss"], m["RssAnon"], used / 1e9 / (took / 60), used, took,
                threads(p.pid),
            )  # fmt: skip
            say(f"  {name}: {used / 1e6:.1f} ms CPU over {took:.0f} s idle")
        found = AppFigures(
            launches,
            launch_cpu,
            idle,
            str(app.status(home).get("state", "unknown")),
            app.visible_windows(mine.pid),
            peers_visible={
                name: peers[name].visible_windows(p.pid) for name, p in running if name in peers
            },
        )
        # Before and after in the same run: the same window with the idle time asked every
        # 5 s (BACKMOVE_IDLE=poll), as every backend was before the desktop told.
        app.stop(mine)
        procs.remove(mine)
        app.env["BACKMOVE_IDLE"] = "poll"
        desk.run("xdotool", "mousemove", "600", "380", check=False)
        polled, _, _ = app.launch()
        procs.insert(0, polled)
        time.sleep(settle_s)
        start, began = cpu_ns(polled.pid), time.perf_counter()
        time.sleep(window_s)
        used, took = cpu_ns_since(start, polled.pid), time.perf_counter() - began
        say(f"  backmove, idle time asked every 5 s: {used / 1e6:.1f} ms CPU over {took:.0f} s")
        found.polled_cpu_s_per_min, found.polled_cpu_s = used / 1e9 / (took / 60), used / 1e9
        return found
    finally:
        for proc, runner in zip(procs, (app, floor, stack, *peers.values()), strict=False):
            if proc.poll() is None:
                runner.stop(proc)
        for runner in (app, floor, stack, *peers.values()):
            runner.close()
