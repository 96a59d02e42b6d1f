"""What a day of breaks leaves behind: RSS after the first break and after many.

Run on demand, offscreen or on a display: `python -m bench.leak [--breaks N] [--dashboards N]
[--json]`. Prints the figures; nothing is asserted (docs/architecture.md#budgets: the app runs
all day, so RSS after 100 breaks and 20 dashboard opens stays within 5 MiB of RSS after the
first break).

The app is the real one over a real SQLite file on a simulated clock (bench/inprocess.py);
each break is prompted, started and played to its end the way a user would (Next to the last
move, "I'm back" on a walk), and the dashboard is opened, shown in each of its ranges and
closed in between. After each, the event loop does what it does in the minutes before the
next break: it delivers what was posted and deletes what was let go. (Without that, nothing
closed is ever deleted, and the figure measures the bench: +36 MiB where the app holds 1.)
A window that outlives its break, or a chart that keeps what it replaced, shows here as RSS
that grows with every round.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from backmove.app import BackmoveApp
from backmove.core.clock import SimulatedClock
from backmove.ui.player import ACKNOWLEDGE_S
from bench.inprocess import qapp, running_app, settle, simulated

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
    """Prompt, Start and play one break to its end as a user would, then let the event loop
    run as it does in the minutes before the next one."""
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
    settle(app.qapp)


def open_and_close_dashboard(app: BackmoveApp, spans: int = 4) -> None:
    """Open the dashboard, look at each of its ranges in turn, close it."""
    from backmove.services.dashboard import Span

    app.views.open_dashboard()
    app.qapp.processEvents()
    window = app.views.dashboard
    if window is not None:
        for span in list(Span)[:spans]:
            window.set_span(span)
            app.qapp.processEvents()
        window.close()
    settle(app.qapp)


def measure(breaks: int, dashboards: int) -> Leak:
    application = qapp()
    clock = simulated()
    with running_app(clock, "natural_pause_wait_s = 0\n") as app:
        every = max(1, breaks // max(1, dashboards))
        play_break(app, clock)
        open_and_close_dashboard(app)
        first, tops_first = rss_mib(), len(QApplication.topLevelWidgets())
        opened = 1
        for i in range(1, breaks):
            play_break(app, clock)
            if i % every == 0 and opened < dashboards:
                open_and_close_dashboard(app)
                opened += 1
        settle(application)
        last, tops_last = rss_mib(), len(QApplication.topLevelWidgets())
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
