"""How fast a break reaches the screen: deadline → prompt painted, Start → break window painted.

Run on demand, on a real display (for example inside a headless X desktop) or offscreen:
`python -m bench.break_latency [--rounds N] [--lead-s S] [--json]`. Prints the figures; nothing
is asserted (docs/architecture.md#budgets: the prompt painted within 50 ms of its deadline).

The app is the real one over a real SQLite file (bench/inprocess.py), on a clock that runs with
the machine's (`RunningClock`). Each round skips the clock to `lead_s` before the next break's
deadline, lets the app re-arm its own deadline timer from there, and then only runs the event
loop: the prompt comes when that timer fires, as it does for the user. The stopwatch runs from
the deadline itself (the moment the clock reaches it) to the end of the prompt's first paint,
so a timer that fires late is counted, and so is one that fires early (a prompt painted before
its deadline shows as a negative figure). Start → break window is a click on Start, timed to
the break window's first paint. The first round in a process pays for the first layout and
fonts of each window.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from dataclasses import asdict, dataclass

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from backmove.app import BackmoveApp
from bench.inprocess import BERLIN, MONDAY_MORNING, RunningClock, qapp, running_app, settle

LEAD_S = 25.0
"""How long before each deadline the clock is left to run by itself: the deadline timer is
armed for this interval. Real deadlines are minutes away, and Qt treats a default (coarse)
timer of 20 s or more as a very coarse one, rounded to whole seconds: a lead above 20 s shows
what the user gets, at the cost of that long a wait per round."""


class PaintWatch(QObject):
    """Notes the first paint of any widget of the given class after `arm()`."""

    def __init__(self, kind: type | tuple[type, ...]) -> None:
        super().__init__()
        self.kind = kind
        self.painted_at: float | None = None
        self.loop: QEventLoop | None = None

    def arm(self) -> None:
        self.painted_at = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.painted_at is None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and isinstance(watched.window(), self.kind)
        ):
            self.painted_at = time.monotonic()
            if self.loop is not None:
                self.loop.quit()
        return False


def wait_paint(watch: PaintWatch, limit_s: float = 5.0, *, must: bool = True) -> float | None:
    """Run the event loop, sleeping between events as the app's does, until the watched
    window has painted, or `limit_s` passed: then None, or when it `must` have painted, the
    bench stops and says so."""
    if watch.painted_at is None:
        loop = QEventLoop()
        limit = QTimer(singleShot=True, interval=int(limit_s * 1000))
        limit.timeout.connect(loop.quit)
        watch.loop = loop
        limit.start()
        loop.exec()
        limit.stop()
        watch.loop = None
    if watch.painted_at is None and must:
        raise SystemExit("the window never painted")
    return watch.painted_at


def prompt_deadline(app: BackmoveApp, clock: RunningClock) -> float:
    """The next deadline that brings a prompt; the planner's other moments before it (the
    end of a wait after a break cut short, say) are passed straight through."""
    assert app.planner is not None and app.driver is not None
    for _ in range(100):
        deadline = app.planner.next_deadline()
        until = app.planner.status().until_break_s
        if deadline is None:
            break
        if until is not None and abs(deadline - clock.monotonic() - until) < 1.0:
            return deadline
        clock.skip(deadline - clock.monotonic())
        app.driver.tick()
    raise SystemExit(f"no break ahead: {app.planner.status()}")


@dataclass(frozen=True)
class Latency:
    platform: str
    lead_s: float
    to_prompt_ms: list[float]
    """Deadline -> prompt painted, one per break, the first one first; the deadline timer
    armed `lead_s` before the deadline."""
    to_break_ms: list[float]
    """Start -> break window painted."""


def measure(rounds: int, lead_s: float = LEAD_S) -> Latency:
    """`rounds` breaks, prompted by the app's own timer and started, in a fresh app."""
    application = qapp()
    from backmove.ui.player import PlayerWindow
    from backmove.ui.prompt import PromptWindow
    from backmove.ui.walk import WalkWindow

    clock = RunningClock(MONDAY_MORNING, BERLIN)
    settings = "natural_pause_wait_s = 0\nwalk_every_nth = 0\nwarning_lead_s = 0\n"
    with running_app(clock, settings) as app:
        assert app.planner is not None and app.driver is not None
        prompt_watch = PaintWatch(PromptWindow)
        break_watch = PaintWatch((PlayerWindow, WalkWindow))
        application.installEventFilter(prompt_watch)
        application.installEventFilter(break_watch)

        to_prompt: list[float] = []
        to_break: list[float] = []
        for _ in range(rounds):
            deadline = prompt_deadline(app, clock)
            prompt_watch.arm()
            clock.skip(deadline - lead_s - clock.monotonic())
            app.driver.tick()  # re-armed from the new "now", as after any reading
            painted = wait_paint(prompt_watch, lead_s + 5.0)
            assert painted is not None
            to_prompt.append((painted - clock.at_machine(deadline)) * 1000)
            break_watch.arm()
            start = time.monotonic()
            assert app.flow.prompt is not None
            app.flow.prompt.start_button.click()
            shown = wait_paint(break_watch)
            assert shown is not None
            to_break.append((shown - start) * 1000)
            app.flow.window.close()
            settle(application)
            app.driver.tick()
    return Latency(QApplication.platformName(), lead_s, to_prompt, to_break)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument(
        "--lead-s", type=float, default=LEAD_S, help="the deadline timer's interval each round"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    latency = measure(max(2, args.rounds), max(0.5, args.lead_s))
    if args.json:
        print(json.dumps(asdict(latency)))
        return

    def line(name: str, ms: list[float]) -> str:
        return (
            f"{name}: first {ms[0]:.0f} ms, median of the rest "
            f"{statistics.median(ms[1:]):.0f} ms, worst of the rest {max(ms[1:]):.0f} ms"
        )

    print(
        f"platform {latency.platform}, {args.rounds} breaks, timer armed {latency.lead_s} s ahead"
    )
    print(line("deadline -> prompt painted", latency.to_prompt_ms))
    print(line("Start -> break window painted", latency.to_break_ms))


if __name__ == "__main__":
    main()
