"""How fast a break reaches the screen: deadline → prompt painted, Start → break window painted.

Run on demand, on a real display (for example inside a headless X desktop) or offscreen:
`python -m bench.break_latency [--rounds N] [--json]`. Prints the figures; nothing is asserted
(docs/architecture.md#budgets: the prompt painted within 100 ms of its deadline).

The app is the real one over a real SQLite file with a few weeks of history, on a simulated
clock so the deadline comes when we say; the stopwatch is the process's own performance
counter, started just before the planner is asked at the deadline (what the deadline timer
does) and stopped when the window has painted. The first round in a process pays for the
first layout and fonts of each window.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from backmove.app import BackmoveApp
from backmove.core.clock import SimulatedClock
from backmove.paths import resolve
from backmove.storage.database import Database
from backmove.storage.records import SafetyScreen, local_stamp
from backmove.storage.repository import Repository

BERLIN = ZoneInfo("Europe/Berlin")


class PaintWatch(QObject):
    """Notes the first paint of any widget of the given class after `arm()`."""

    def __init__(self, kind: type | tuple[type, ...]) -> None:
        super().__init__()
        self.kind = kind
        self.painted_at: float | None = None

    def arm(self) -> None:
        self.painted_at = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.painted_at is None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and isinstance(watched.window(), self.kind)
        ):
            self.painted_at = time.perf_counter()
        return False


def wait_paint(qapp: QApplication, watch: PaintWatch, limit_s: float = 5.0) -> float:
    start = time.perf_counter()
    while watch.painted_at is None and time.perf_counter() - start < limit_s:
        qapp.processEvents()
    if watch.painted_at is None:
        raise SystemExit("the window never painted")
    return watch.painted_at


@dataclass(frozen=True)
class Latency:
    platform: str
    to_prompt_ms: list[float]
    """Deadline -> prompt painted, one per break, the first one first."""
    to_break_ms: list[float]
    """Start -> break window painted."""


def measure(rounds: int) -> Latency:
    """`rounds` breaks, prompted and started, in a fresh app over a throw-away folder."""
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    from backmove.ui.player import PlayerWindow
    from backmove.ui.prompt import PromptWindow
    from backmove.ui.walk import WalkWindow

    with tempfile.TemporaryDirectory(prefix="backmove-bench-") as folder:
        home = Path(folder)
        (home / "settings.toml").write_text("natural_pause_wait_s = 0\nwalk_every_nth = 0\n")
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
        # start() has built what the rounds below drive.
        assert app.safety is not None and app.planner is not None and app.driver is not None
        app.safety.close()
        qapp.processEvents()  # what follows the start at once: reading the move library
        prompt_watch = PaintWatch(PromptWindow)
        break_watch = PaintWatch((PlayerWindow, WalkWindow))
        qapp.installEventFilter(prompt_watch)
        qapp.installEventFilter(break_watch)

        to_prompt: list[float] = []
        to_break: list[float] = []
        for _ in range(rounds):
            while app.planner.state.value != "prompted":
                deadline = app.planner.next_deadline()
                clock.advance(max(0.0, deadline - clock.monotonic()) if deadline else 60.0)
                prompt_watch.arm()
                start = time.perf_counter()  # the tick that brings the prompt is the one timed
                app.driver.tick()
            to_prompt.append((wait_paint(qapp, prompt_watch) - start) * 1000)
            break_watch.arm()
            start = time.perf_counter()
            assert app.flow.prompt is not None
            app.flow.prompt.start_button.click()
            to_break.append((wait_paint(qapp, break_watch) - start) * 1000)
            app.flow.window.close()
            clock.advance(60)
            app.driver.tick()
        app.close_down()
    return Latency(QApplication.platformName(), to_prompt, to_break)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    latency = measure(max(2, args.rounds))
    if args.json:
        print(json.dumps(asdict(latency)))
        return

    def line(name: str, ms: list[float]) -> str:
        return (
            f"{name}: first {ms[0]:.0f} ms, median of the rest "
            f"{statistics.median(ms[1:]):.0f} ms, worst of the rest {max(ms[1:]):.0f} ms"
        )

    print(f"platform {latency.platform}, {args.rounds} breaks")
    print(line("deadline -> prompt painted", latency.to_prompt_ms))
    print(line("Start -> break window painted", latency.to_break_ms))


if __name__ == "__main__":
    main()
