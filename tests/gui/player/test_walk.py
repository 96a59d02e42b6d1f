"""The walk break: a walking figure, a timer counting the walk down, "I'm back" and Skip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from backmove.core.catalog import Catalog
from backmove.core.clock import SimulatedClock
from backmove.ui.walk import WalkWindow

from .conftest import record


@pytest.fixture
def walk(qtbot: QtBot, catalog: Catalog, clock: SimulatedClock):
    def build(seconds: float = 300, *, full_screen: bool = False, **kw) -> WalkWindow:
        window = WalkWindow(catalog.move("T10"), seconds, clock=clock, theme="light", **kw)
        qtbot.addWidget(window)
        window.present(full_screen)
        qtbot.waitExposed(window)
        return window

    return build


def test_the_timer_counts_the_walk_down_and_im_back_reports_it(walk, clock: SimulatedClock) -> None:
    window = walk(300)
    events = record(window)
    assert window.timer_label.text() == "5:00"
    assert window.caption.text() == "left of your 5-minute walk"
    clock.advance(83)
    window.tick()
    assert window.timer_label.text() == "3:37"
    window.back_button.click()
    assert events == [("returned", 83)]
    assert not window.isVisible()


def test_when_the_time_is_up_it_says_so(walk, clock: SimulatedClock) -> None:
    window = walk(120)
    events = record(window)
    clock.advance(130)
    window.tick()
    assert window.timer_label.text() == "0:00"
    assert window.caption.text().startswith("That's your walk.")
    assert events == []  # the user says when they are back
    clock.advance(45)
    window.back_button.click()
    assert events == [("returned", 175)]


def test_the_walking_figure_and_the_cue(walk) -> None:
    window = walk()
    assert window.figure.current_move().id == "T10"
    assert window.figure.is_animating()
    assert window.cue.text() == (
        "Stand up, walk a lap, to the water point or the stairs. Swing your arms."
    )
    assert window.stop_rule.isVisible()


def test_skip(walk) -> None:
    window = walk()
    events = record(window)
    window.skip_button.click()
    assert events == [("skipped",)]


def test_keys_once_focused(qtbot: QtBot, walk, clock: SimulatedClock) -> None:
    window = walk()
    events = record(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    clock.advance(10)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert events == [("returned", 10)]

    other = walk()
    events = record(other)
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert events == [("skipped",)]


def test_closing_the_window_counts_as_back(walk, clock: SimulatedClock) -> None:
    window = walk()
    events = record(window)
    clock.advance(200)
    window.close()
    assert events == [("returned", 200)]


def test_reduced_motion_and_full_screen(walk) -> None:
    window = walk(reduced_motion=True, full_screen=True)
    assert not window.figure.is_animating()
    assert window.isFullScreen() and window.dimmers() == []


def test_every_control_has_an_accessible_name(walk) -> None:
    window = walk()
    assert all(b.accessibleName() for b in window.findChildren(QPushButton))


def test_dismissed_by_the_app_reports_nothing(walk, clock: SimulatedClock) -> None:
    window = walk()
    events = record(window)
    clock.advance(60)
    window.dismiss()
    assert events == [] and not window.isVisible()
