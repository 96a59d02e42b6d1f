"""A day of breaks leaves nothing behind: closed break windows and a closed dashboard are
destroyed, so the app's memory does not grow with every break (the app runs all day).

The app is the real one on a simulated clock (tests/gui/desk.py).
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from backmove.core.planner import State
from backmove.ui.player import ACKNOWLEDGE_S

from .desk import Desk, open_desk


@pytest.fixture
def desk(qapp: QApplication, home: Path):
    with open_desk(qapp, home) as d:
        yield d


def settle(qapp: QApplication) -> None:
    for _ in range(3):
        qapp.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        gc.collect()


def take_break(desk: Desk) -> object:
    """Prompt, Start, and play one break to its end; returns its (last) window."""
    flow = desk.app.flow
    for _ in range(200):
        if desk.prompt_up():
            break
        st = desk.app.planner.status() if desk.app.planner is not None else None
        if st is not None and (st.state is State.OFF_HOURS or st.no_more_today):
            now = desk.clock.local()  # on to the next morning's breaks
            morning = (now + timedelta(days=1)).replace(hour=9, minute=5, second=0)
            desk.clock.advance((morning - now).total_seconds())
            desk.app.driver.tick()
        desk.work(60)
    assert desk.prompt_up(), (desk.tooltip(), desk.clock.local())
    flow.prompt.start_button.click()
    window = flow.window
    last = window
    while window is not None and not window.is_ended():
        last = window
        if hasattr(window, "returned"):
            window.back_button.click()
        elif window.page() == "before":
            window.before_question.skipped.emit()
        elif window.page() == "after":
            window.finish_button.click()
        else:
            window.next_button.click()
        window = flow.window or window
    if last.isVisible():
        desk.clock.advance(ACKNOWLEDGE_S)
        last.tick()
    return last


def test_a_closed_break_window_and_its_children_are_destroyed(
    desk: Desk, qapp: QApplication
) -> None:
    window = take_break(desk)
    menu = window.snooze_menu
    gone: list[bool] = []
    window.destroyed.connect(lambda: gone.append(True))
    settle(qapp)
    assert gone and not shiboken6.isValid(window) and not shiboken6.isValid(menu)
    assert desk.app.flow.player is None and desk.app.flow.window is None


def test_twenty_breaks_leave_no_windows_behind(desk: Desk, qapp: QApplication) -> None:
    take_break(desk)
    settle(qapp)
    before = len(QApplication.topLevelWidgets())
    for _ in range(20):
        take_break(desk)
    settle(qapp)
    assert len(QApplication.topLevelWidgets()) <= before


def test_a_dismissed_break_window_is_destroyed(desk: Desk, qapp: QApplication) -> None:
    desk.work(30 * 60)
    desk.app.flow.prompt.start_clicked.emit()
    window = desk.app.flow.window
    desk.app.flow.dismiss()
    settle(qapp)
    assert not shiboken6.isValid(window)


def test_a_closed_dashboard_is_let_go_and_opens_again(desk: Desk, qapp: QApplication) -> None:
    views = desk.app.views
    views.open_dashboard()
    views.dashboard.close()
    settle(qapp)
    before = len(QApplication.topLevelWidgets())
    for _ in range(5):
        views.open_dashboard()
        window = views.dashboard
        assert window.isVisible()
        window.close()
        settle(qapp)
        assert not shiboken6.isValid(window) and views.dashboard is None
    assert len(QApplication.topLevelWidgets()) <= before


def test_status_asks_the_running_app_without_qt(desk: Desk, qtbot) -> None:
    code = (
        "import sys, runpy\n"
        "sys.argv = ['backmove', '--home', sys.argv[1], 'status']\n"
        "try:\n    runpy.run_module('backmove', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print('qt:', sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "", "LANGUAGE": ""}
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(desk.home)], stdout=subprocess.PIPE, text=True, env=env
    )
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20000)
    assert proc.stdout is not None
    out = proc.stdout.read()
    proc.stdout.close()
    assert "running: yes" in out and "qt: []" in out, out


def test_a_redrawn_chart_lets_go_of_its_old_axes_and_paths(
    desk: Desk, qapp: QApplication, qtbot
) -> None:
    """Choosing another range (or a break logged while the dashboard is open) draws the
    charts again: what the last drawing used is destroyed, not kept for the app's life."""
    from backmove.services.dashboard import Span

    take_break(desk)
    views = desk.app.views
    views.open_dashboard()
    window = views.dashboard
    charts = (window.trend_chart, window.adherence_chart)
    # The figures are read on a worker and drawn when they arrive.
    qtbot.waitUntil(lambda: bool(window.adherence_chart.chart.axes()))  # always two axes
    old_axes = [axis for chart in charts for axis in chart.chart.axes()]
    old_paths = [item for item, _ in window.trend_chart._lines]
    window.set_span(Span.ALL)
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(axis) for axis in old_axes))
    settle(qapp)
    assert not any(shiboken6.isValid(item) for item in old_paths)
    assert all(len(chart.chart.axes()) <= 2 for chart in charts)
    window.close()
