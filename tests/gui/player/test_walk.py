"""The walk break: a walking figure, a timer counting the walk down, "I'm back" and Skip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from backmove.core.catalog import Catalog
from backmove.core.clock import SimulatedClock
from backmove.core.safety import may_go_on_after, stop_flow
from backmove.ui.kit.stop import SYMPTOMS
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


def test_the_moves_after_the_walk_are_named_from_the_start(walk) -> None:
    window = walk(180, then=["Seated pelvic tilt", "Seated knee hug"])
    assert window.timer_label.text() == "3:00"  # the walk's own length, all of it
    assert window.then_label.isVisible()
    assert window.then_label.text() == "Then 2 moves: Seated pelvic tilt, Seated knee hug"
    assert not walk(then=[]).then_label.isVisible()


def routed(window: WalkWindow) -> None:
    """What the app does with a symptom: the core's rule, as for the player."""

    def route(move_id: str, symptom: str) -> None:
        where = stop_flow(symptom)  # type: ignore[arg-type]
        if where == "not_tolerated":
            window.mark_not_tolerated(move_id, go_on=may_go_on_after(symptom))  # type: ignore[arg-type]
        else:
            window.show_safety_card(where.removeprefix("safety_card_"))

    window.stop_this_hurts.connect(route)


def test_stop_this_hurts_asks_the_players_question(walk) -> None:
    window = walk()
    events = record(window)
    assert window.stop_button.isVisible() and window.stop_button.text() == "Stop — this hurts"
    window.stop_button.click()
    assert window.page() == "stop"
    assert list(window.symptom_buttons) == list(SYMPTOMS)
    window.stop_pages.back_button.click()  # nothing chosen: back to the walk
    assert window.page() == "walk" and events == []
    window.stop_button.click()
    window.symptom_buttons["dizziness"].click()
    assert events == [("stop_this_hurts", "T10", "dizziness")]


@pytest.mark.parametrize(("symptom", "tier"), [("saddle", "A"), ("leg", "B")])
def test_leg_or_saddle_symptoms_end_the_walk_on_the_safety_card(
    walk, symptom: str, tier: str
) -> None:
    window = walk()
    events = record(window)
    routed(window)
    window.stop_button.click()
    window.symptom_buttons[symptom].click()
    assert window.page() == "safety" and window.stop_pages.safety_card.tier == tier
    window.stop_pages.safety_card.acknowledge_button.click()
    assert events == [("stop_this_hurts", "T10", symptom), ("partial",)]
    assert not window.isVisible()


def test_another_symptom_leaves_the_walk_out_and_offers_what_follows(
    walk, clock: SimulatedClock
) -> None:
    window = walk(then=["Seated knee hug"])
    events = record(window)
    routed(window)
    clock.advance(40)
    window.stop_button.click()
    window.symptom_buttons["sharp"].click()
    assert window.page() == "not_tolerated"
    assert window.stop_pages.up_next.text() == "Next up: Seated knee hug"
    window.stop_pages.continue_button.click()
    assert events == [
        ("stop_this_hurts", "T10", "sharp"),
        ("move_feedback", "T10", "not_tolerated"),
        ("returned", 40),
    ]


def test_after_sharp_pain_on_the_walk_the_primary_focused_button_ends_the_break(
    qtbot, walk
) -> None:
    window = walk(then=["Seated knee hug"])
    events = record(window)
    routed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.stop_button.click()
    window.symptom_buttons["sharp"].click()
    end, cont = window.stop_pages.end_button, window.stop_pages.continue_button
    assert end.isVisible() and end.property("primary") and end.isDefault()
    assert QApplication.focusWidget() is end
    assert cont.isVisible() and not cont.isDefault() and not cont.property("primary")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert events == [
        ("stop_this_hurts", "T10", "sharp"),
        ("move_feedback", "T10", "not_tolerated"),
        ("partial",),
    ]


def test_ending_the_break_from_the_stop_pages_is_partial(walk) -> None:
    window = walk()
    events = record(window)
    routed(window)
    window.stop_button.click()
    window.symptom_buttons["worse"].click()
    assert not window.stop_pages.end_button.isVisible()  # nothing follows: finish is the way
    window.close()
    assert events == [
        ("stop_this_hurts", "T10", "worse"),
        ("move_feedback", "T10", "not_tolerated"),
        ("partial",),
    ]
