"""The dashboard's figures are read on a worker thread: the window is up at once and draws
them when they arrive, the figures asked for last win, and a dashboard closed meanwhile is
let go. The app is the real one on a simulated clock (tests/gui/desk.py), with a real log."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from backmove.services.dashboard import DashboardData, Span
from backmove.storage.records import Break, Rating

from ..desk import Desk, open_desk


@pytest.fixture
def desk(qapp: QApplication, home: Path):
    with open_desk(qapp, home) as d:
        yield d


def _log_a_week(desk: Desk) -> None:
    now = int(desk.clock.wall())
    for day in range(7):
        at = now - day * 86_400
        desk.app.store.write(
            lambda repo, at=at: repo.add_break(
                Break(at - 600, 7200, "micro", ended_at=at - 500, outcome="completed")
            )
        )
        desk.app.store.write(lambda repo, at=at: repo.add_rating(Rating(at, 7200, "end_of_day", 4)))


def test_the_figures_are_built_off_the_gui_thread_and_drawn_when_they_arrive(
    desk: Desk, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _log_a_week(desk)
    built_on: list[threading.Thread] = []
    build = DashboardData.build

    def noting(*args: object, **kwargs: object) -> DashboardData:
        built_on.append(threading.current_thread())
        return build(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(DashboardData, "build", staticmethod(noting))
    views = desk.app.views
    views.open_dashboard()
    window = views.dashboard
    assert window.isVisible()
    with qtbot.waitSignal(window.shown, timeout=20_000):
        pass
    assert window.data is not None and window.data.span is Span.MONTHS_3
    assert window.data.trend.logged_ever == 7
    # One read, begun before the window was built, and not on the GUI thread.
    assert len(built_on) == 1 and built_on[0] is not threading.main_thread()
    # Two ranges asked for quickly: whichever arrives first, "All" is what stays drawn.
    window.set_span(Span.YEAR)
    window.set_span(Span.ALL)
    qtbot.waitUntil(lambda: window.data.span is Span.ALL, timeout=20_000)
    assert all(t is not threading.main_thread() for t in built_on)
    views.close()
    assert all(not t.is_alive() for t in built_on)


def test_a_dashboard_closed_before_its_figures_arrive_is_let_go(desk: Desk, qtbot) -> None:
    _log_a_week(desk)
    views = desk.app.views
    views.open_dashboard()
    views.dashboard.close()
    views.close()  # waits for the worker; its figures find no window and are dropped
    qtbot.waitUntil(lambda: views.dashboard is None, timeout=20_000)
