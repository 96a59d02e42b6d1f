"""One day of breaks, read by every view that counts them: they all say the same numbers.

`backmove status`, the dashboard's Today tile and its chart of breaks, and the PDF report
each show offered, done and the goal; all of them read `services.counts` over the same log.
The tray's tooltip says what comes next and shows no counts.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backmove.core.clock import SimulatedClock
from backmove.core.settings import Settings
from backmove.flows.commands import Commands
from backmove.paths import resolve
from backmove.services.dashboard import DashboardSource, Span
from backmove.services.library import MoveLibrary
from backmove.services.store import Store
from backmove.storage.records import Break, BreakOutcome, local_stamp
from backmove.ui.dashboard.window import DashboardWindow
from backmove.ui.report import write_report

from .test_report import pdf_text

BERLIN = ZoneInfo("Europe/Berlin")
DAY: list[tuple[int, BreakOutcome | None]] = [
    # minutes before now the prompt came, and how the break ended
    (400, "completed"),
    (340, "skipped"),
    (300, "natural"),
    (280, "completed"),
    (220, "expired"),
    (160, "partial"),
    (100, "interrupted"),
    (40, "completed"),
    (5, None),  # under way: counted once it ends
]
OFFERED, DONE, NATURAL = 7, 3, 1


@pytest.fixture
def day(tmp_path: Path) -> tuple[Store, SimulatedClock]:
    """A Wednesday afternoon after the first day with backmove, its breaks in the log."""
    clock = SimulatedClock(datetime(2026, 6, 17, 15, 0, tzinfo=BERLIN))
    store = Store(resolve(tmp_path / "home"), clock)
    fatal, _told = store.open()
    assert fatal is None
    now, offset = local_stamp(clock)
    for minutes, outcome in DAY:
        at = now - 60 * minutes
        if outcome == "natural":
            row = Break(at, offset, "walk", None, at, at + 600, outcome)
        elif outcome is None:
            row = Break(at, offset, "micro", at, at + 10)
        else:
            row = Break(at, offset, "micro", at, at + 10, at + 120, outcome, routine='["T1"]')
        store.write(lambda repo, row=row: repo.add_break(row))
    return store, clock


def test_status_the_dashboard_and_the_report_count_the_day_alike(
    qtbot: QtBot, day: tuple[Store, SimulatedClock], tmp_path: Path
) -> None:
    store, clock = day
    settings = Settings()
    goal = settings["daily_goal"]
    running = SimpleNamespace(
        settings=settings,
        driver=None,
        tray=object(),
        idle_known=lambda: True,
        show_main=lambda: None,
        quit=lambda: None,
    )
    commands = Commands(resolve(tmp_path / "home"), clock, store, running, None)
    status = commands.status()
    assert (status["breaks_today"], status["offered_today"], status["goal_today"]) == (
        DONE + NATURAL,
        OFFERED,
        goal,
    )

    source = DashboardSource(store, clock, lambda: settings, MoveLibrary(None))
    data = source.build(Span.MONTHS_3)
    assert data is not None
    window = DashboardWindow(lambda _span: data, theme="light")
    qtbot.addWidget(window)
    ring = window.today_card.ring
    assert ring.accessibleName() == f"{DONE + NATURAL} of {goal} breaks today"
    assert f"Today: {DONE} completed, {NATURAL} natural; {OFFERED} offered." in ring.toolTip()
    headline = window.adherence_headline.text()
    assert f"({DONE} of {OFFERED})" in headline
    assert headline.startswith(f"{round(100 * DONE / OFFERED)}% of offered breaks completed")
    # Today is the first working day with backmove, and it is one: 0 of 1, not 0 of 0.
    assert window.streak_card.last7.text() == "0 of 1 working days on target in the last 7 days"
    assert window.calendar_card.subtitle.text().startswith("0 of 1 working days on target")

    write_report(tmp_path / "report.pdf", source, clock)
    _pages, text = pdf_text(tmp_path / "report.pdf")
    # The report's breaks table: this week's column and the total, the same day's counts.
    assert re.search(rf"Offered(?: 0)* {OFFERED} {OFFERED}\b", text), text
    assert re.search(rf"Done(?: 0)* {DONE} {DONE}\b", text), text
    assert re.search(rf"Done naturally(?: 0)* {NATURAL} {NATURAL}\b", text), text

    # The break under way is still nowhere; closing the log ends it, and every view says so.
    store.close()
    store.open()
    assert commands.status()["offered_today"] == OFFERED + 1
    again = source.build(Span.MONTHS_3)
    assert again is not None and again.today_view.counts.offered == OFFERED + 1
    assert again.adherence.counts.interrupted == 2
    store.close()


def test_the_tooltip_shows_what_comes_next_and_no_counts() -> None:
    from backmove.core.kinds import BreakKind
    from backmove.core.planner import State, Status
    from backmove.ui.wording import status_words

    clock = SimulatedClock(datetime(2026, 6, 17, 15, 0, tzinfo=BERLIN))
    status = Status(
        state=State.WORKING,
        next_kind=BreakKind.STRETCH,
        active_s=600.0,
        interval_s=1800.0,
        until_break_s=700.0,
        held=None,
        snoozes=0,
        snoozed_until=None,
        paused=False,
        paused_until=None,
        meeting_until=None,
        offered_today=99,
        taken_today=98,
        goal=97,
    )
    assert not re.search(r"9[789]", status_words(status, clock))


def test_without_the_planners_memory_the_app_keeps_the_goal_the_log_has_earned(
    qapp: QApplication, tmp_path: Path
) -> None:
    """A log months old with no planner memory beside it (lost, restored, imported):
    `backmove status` before the app runs, the running app's planner and its status all
    count the goal's weekly steps from the log's first day, not from today."""
    from backmove.services.counts import day_counts

    from .desk import BERLIN as DESK_TZ
    from .desk import MONDAY_MORNING, open_desk

    home = tmp_path / "home"
    clock = SimulatedClock(MONDAY_MORNING - timedelta(weeks=20), DESK_TZ)
    store = Store(resolve(home), clock)
    assert store.open()[0] is None
    now, offset = local_stamp(clock)
    store.write(
        lambda repo: repo.add_break(
            Break(now, offset, "micro", now, now + 10, now + 120, "completed", routine='["T1"]')
        )
    )
    store.close()
    assert not store.memory_file.exists()

    at_start = SimulatedClock(MONDAY_MORNING, DESK_TZ)
    settings = Settings()
    reader = Store(resolve(home), at_start)
    assert reader.open()[0] is None
    before = reader.read(lambda repo: day_counts(repo, at_start, settings, None), None)
    reader.close()
    assert before is not None and before.goal > settings["daily_goal"]  # it has stepped

    with open_desk(qapp, home) as desk:
        assert desk.app.planner is not None
        assert desk.app.planner.status().goal == before.goal
        assert desk.app.commands.status()["goal_today"] == before.goal
