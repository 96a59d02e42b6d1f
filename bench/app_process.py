"""backmove as a user starts it: launch to tray icon, then memory and CPU with only the tray up.

`python -m backmove --home HOME` runs as its own process on an X display where trayer runs.
The stopwatch starts just before the process is spawned and stops when the X server shows a
viewable window of class "backmove" inside trayer's panel (bench/xtree.py looks every 2 ms): the
app is never asked. The last launch is left running: after `settle_s` its RSS and PSS are read
from /proc/PID/smaps_rollup, then utime+stime from /proc/PID/stat over `window_s`.

The home is seeded as a returning user's, so nothing but the tray comes up: a safety check
yesterday (no welcome), a weekly check-in yesterday and an end-of-day answer today (nothing
due), and working hours all day every day, so the planner is counting whatever the hour the
bench runs at. The first launch is not counted: it compiles bytecode (into a cache outside the
work tree), fills the file cache and makes the day's first backup.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

from bench.xtree import XTree
from tests.e2e.desktop import Desktop

ICON_CLASS = "backmove"
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


def rss_pss_mib(pid: int) -> tuple[float, float]:
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] in ("Rss:", "Pss:"):
            fields[parts[0]] = int(parts[1]) / 1024
    return fields["Rss:"], fields["Pss:"]


def cpu_seconds(pid: int) -> float:
    """utime + stime of the whole process (all its threads), in seconds."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    after_name = stat[stat.rindex(")") + 2 :].split()
    utime, stime = int(after_name[11]), int(after_name[12])
    return (utime + stime) / os.sysconf("SC_CLK_TCK")


def threads(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("Threads:"):
            return int(line.split()[1])
    return 0


@dataclass
class AppFigures:
    to_tray_s: list[float]
    to_tray_cpu_s: list[float]
    rss_mib: float
    pss_mib: float
    cpu_s_per_min: float
    cpu_s: float
    window_s: float
    threads: int
    state: str
    visible: list[str]
    polled_cpu_s_per_min: float | None = None
    """The same idle window with the idle time asked every 5 s (BACKMOVE_IDLE=poll), as every
    backend was before they told: the figure beside `cpu_s_per_min`."""
    polled_cpu_s: float = 0.0


class AppRunner:
    """Launches and stops the app on `desk`, watching trayer's panel through `xtree`."""

    def __init__(self, desk: Desktop, home: Path, pycache: Path) -> None:
        self.desk = desk
        self.home = home
        self.env = {**desk.env, "PYTHONPYCACHEPREFIX": str(pycache)}
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        self.env.pop("BACKMOVE_HOME", None)
        self.tree = XTree(desk.display)
        self.panel = self._wait(self.tree.trayer_panel, 20, "trayer's panel")
        self.log = home / "bench-app-stderr.log"

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
        """Start the app; (the process, seconds from spawn to its icon embedded, CPU seconds
        the process had used by then: what a busy machine changes less)."""
        if self.tree.embedded(self.panel, ICON_CLASS):
            raise RuntimeError("a backmove icon is already in the tray")
        with self.log.open("ab") as log:
            began = time.perf_counter()
            proc = self.desk.spawn(
                sys.executable,
                "-m",
                "backmove",
                "--home",
                str(self.home),
                env=self.env,
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
            while not self.tree.embedded(self.panel, ICON_CLASS):
                if proc.poll() is not None:
                    raise RuntimeError(
                        f"backmove exited ({proc.returncode}) before its icon "
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
        self._wait(lambda: not self.tree.embedded(self.panel, ICON_CLASS), 20, "icon gone")

    def status(self) -> dict[str, object]:
        done = subprocess.run(
            [sys.executable, "-m", "backmove", "--home", str(self.home), "status", "--json"],
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


def measure(
    desk: Desktop,
    home: Path,
    pycache: Path,
    runs: int,
    settle_s: float,
    window_s: float,
    say: Callable[[str], None],
) -> AppFigures:
    seed_home(home)
    runner = AppRunner(desk, home, pycache)
    proc: subprocess.Popen[bytes] | None = None
    try:
        proc, first, _ = runner.launch()
        say(f"  launch not counted (bytecode, file cache, the day's backup): {first:.3f} s")
        runner.stop(proc)
        times, cpu = [], []
        for n in range(runs):
            if n == runs - 1:  # the idle window starts with the user just gone quiet
                desk.run("xdotool", "mousemove", "640", "400", check=False)
            proc, took, used = runner.launch()
            times.append(took)
            cpu.append(used)
            say(f"  launch {n + 1}: tray icon embedded after {took:.3f} s ({used:.2f} s CPU)")
            if n < runs - 1:
                runner.stop(proc)
        time.sleep(settle_s)
        rss, pss = rss_pss_mib(proc.pid)
        say(f"  after {settle_s:.0f} s: RSS {rss:.1f} MiB, PSS {pss:.1f} MiB")
        before, began = cpu_seconds(proc.pid), time.perf_counter()
        time.sleep(window_s)
        used, took = cpu_seconds(proc.pid) - before, time.perf_counter() - began
        say(f"  CPU over {took:.0f} s idle: {used:.2f} s")
        found = AppFigures(
            times,
            cpu,
            rss,
            pss,
            used / (took / 60),
            used,
            took,
            threads(proc.pid),
            str(runner.status().get("state", "unknown")),
            runner.visible_windows(proc.pid),
        )
        # Before and after, side by side: the same window with the idle time asked every 5 s.
        runner.stop(proc)
        runner.env["BACKMOVE_IDLE"] = "poll"
        desk.run("xdotool", "mousemove", "600", "380", check=False)
        proc, _, _ = runner.launch()
        time.sleep(settle_s)
        before, began = cpu_seconds(proc.pid), time.perf_counter()
        time.sleep(window_s)
        used, took = cpu_seconds(proc.pid) - before, time.perf_counter() - began
        say(f"  CPU over {took:.0f} s idle, idle time asked every 5 s: {used:.2f} s")
        found.polled_cpu_s_per_min, found.polled_cpu_s = used / (took / 60), used
        return found
    finally:
        if proc is not None and proc.poll() is None:
            runner.stop(proc)
        runner.close()
