"""The dashboard on a small screen: as large as the screen's free area allows, no larger, and
its cards scroll instead of running off the bottom."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication

from backmove.ui.dashboard.window import PREFERRED, DashboardWindow
from backmove.ui.kit.screens import fit_to_screen

SMALL = QRect(0, 0, 1280, 800)


def test_on_an_800_px_screen_the_dashboard_is_shorter_than_the_screen_and_scrolls(
    qtbot, year
) -> None:
    window = DashboardWindow(year)
    qtbot.addWidget(window)
    geometry = fit_to_screen(window, PREFERRED, area=SMALL)
    assert geometry.height() < SMALL.height()
    assert geometry.width() == PREFERRED.width()
    window.show()
    qtbot.waitExposed(window)
    assert window.height() < SMALL.height()
    assert window.scroll_area.verticalScrollBar().maximum() > 0  # the rest is a scroll away


def test_a_new_dashboard_fits_the_screen_it_opens_on(qtbot, nothing) -> None:
    window = DashboardWindow(nothing)
    qtbot.addWidget(window)
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()
    assert window.minimumWidth() <= area.width()
