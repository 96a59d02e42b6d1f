"""What a day of breaks leaves behind: RSS after the first break and after many.

Run on demand, offscreen or on a display: `python -m bench.leak [--breaks N] [--dashboards N]
[--json]`. Prints the figures; nothing is asserted (docs/architecture.md#budgets: the app runs
all day, so RSS after 100 breaks and 20 dashboard opens stays within 5 MiB of RSS after the
first break).

The app is the real one over a real SQLite file on a simulated clock, as in
`bench.break_latency`; each break is prompted, started and played to its end the way a user
would (Next to the last move, "I'm back" on a walk), and the dashboard is opened and closed in
between. A window that outlives its break shows here as RSS that grows with every round.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import tempfile
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from backmove.app import BackmoveApp
from backmove.core.clock import SimulatedClock
from backmove.paths import resolve
from backmove.storage.database import Database
from backmove.storage.records import SafetyScreen, local_stamp
from backmove.storage.repository import Repository
from backmove.ui.player import ACKNOWLEDGE_S

BERLIN = ZoneInfo("Europe/Berlin")

BUDGET_MIB = 5.0
"""How much more RSS many breaks may hold than the first one did."""


def rss_mib() -> float:
    """Resident set size of this process now, from /proc (Linux); 0 where there is none."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def settle(qapp: QApplication) -> None:
    """Let Qt delete what was let go, and Python collect what only it holds."""
    for _ in range(3):
        qapp.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        gc.collect()


@dataclass(frozen=True)
class Leak:
    platform: str
    breaks: int
    dashboards: int
    rss_first_mib: float
    """RSS after the first break and the first dashboard open."""
    rss_last_mib: float
    """RSS after all of them."""
    top_levels_first: int
    top_levels_last: int

    @property
    def grown_mib(self) -> float:
        return self.rss_last_mib - self.rss_first_mib


def play_break(app: BackmoveApp, clock: SimulatedClock) -> None:
    """Prompt, Start and play one break to its end as a user would."""
    assert app.planner is not None and app.driver is not None
    while app.planner.state.value != "prompted":
        deadline = app.planner.next_deadline()
        clock.advance(max(0.0, deadline - clock.monotonic()) if deadline else 60.0)
        app.driver.tick()
    assert app.flow.prompt is not None
    app.flow.prompt.start_button.click()
    window: Any = app.flow.window
    while window is not None and not window.is_ended():
        if hasattr(window, "back_button") and hasattr(window, "returned"):
            window.back_button.click()  # the walk: "I'm back"
        elif window.page() == "before":
            window.before_question.skipped.emit()
        elif window.page() == "after":
            window.finish_button.click()
        else:
            window.next_button.click()
        nxt = app.flow.window  # moves that follow a walk open in a new window
        window = nxt if nxt is not None else window
    if window is not None and window.isVisible():
        clock.advance(ACKNOWLEDGE_S)
        window.tick()  # "break logged" has been read: the window closes itself
    clock.advance(60)
    app.driver.tick()


def open_and_close_dashboard(app: BackmoveApp, qapp: QApplication) -> None:
    app.views.open_dashboard()
    qapp.processEvents()
    if app.views.dashboard is not None:
        app.views.dashboard.close()
    qapp.processEvents()


def measure(breaks: int, dashboards: int) -> Leak:
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    with tempfile.TemporaryDirectory(prefix="backmove-bench-") as folder:
        home = Path(folder)
        (home / "settings.toml").write_text("natural_pause_wait_s = 0\n")
        clock = SimulatedClock(datetime(2026, 3, 30, 9, 0), BERLIN)
        db = Database.open(home / "backmove.db", clock).database
        at, offset = local_stamp(clock, clock.wall() - 86_400)
        Repository(db).add_safety_screen(
            SafetyScreen(at=at, utc_offset_s=offset, answers={}, tier="none", outcome="clear")
        )
        db.close()
        app = BackmoveApp(
            qapp,
            resolve(home),
            clock,
            tray_available=lambda: False,
            idle_seconds=lambda: 0.0,
            notifiers=[],
            watch_desktop=False,
        )
        app.start()
        assert app.safety is not None
        app.safety.close()
        qapp.processEvents()
        every = max(1, breaks // max(1, dashboards))
        play_break(app, clock)
        open_and_close_dashboard(app, qapp)
        settle(qapp)
        first, tops_first = rss_mib(), len(QApplication.topLevelWidgets())
        opened = 1
        for i in range(1, breaks):
            play_break(app, clock)
            if i % every == 0 and opened < dashboards:
                open_and_close_dashboard(app, qapp)
                opened += 1
        settle(qapp)
        last, tops_last = rss_mib(), len(QApplication.topLevelWidgets())
        app.close_down()
    return Leak(QApplication.platformName(), breaks, opened, first, last, tops_first, tops_last)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--breaks", type=int, default=100)
    parser.add_argument("--dashboards", type=int, default=20)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    leak = measure(max(2, args.breaks), max(1, args.dashboards))
    if args.json:
        print(json.dumps(asdict(leak) | {"grown_mib": leak.grown_mib}))
        return
    verdict = "met" if leak.grown_mib <= BUDGET_MIB else "over"
    print(
        f"platform {leak.platform}: RSS {leak.rss_first_mib:.1f} MiB after the first break, "
        f"{leak.rss_last_mib:.1f} MiB after {leak.breaks} breaks and {leak.dashboards} "
        f"dashboard opens (+{leak.grown_mib:.1f} MiB, budget {BUDGET_MIB:.0f} MiB: {verdict}); "
        f"top-level widgets {leak.top_levels_first} -> {leak.top_levels_last}"
    )


if __name__ == "__main__":
    main()
