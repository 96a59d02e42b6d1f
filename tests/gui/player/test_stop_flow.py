""" "Stop — this hurts": the symptom page, the code it sends, and what the window shows once the
app has answered (a safety card, or the move left out for a week)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backmove.core.clock import SimulatedClock
from backmove.core.safety import STOP_SYMPTOMS, may_go_on_after, stop_flow
from backmove.ui.player import SYMPTOMS, PlayerWindow

from .conftest import record

WORDING = {
    "leg": "Pain, numbness or tingling going down a leg",
    "saddle": "Numbness around the genitals or bottom, or trouble with bladder or bowels",
    "sharp": "Sharp or shooting pain",
    "dizziness": "Dizziness",
    "worse": "It just feels worse",
}


def app_routing(window: PlayerWindow) -> None:
    """What the app does with the answer: the core's rule, not the window's."""

    def route(move_id: str, symptom: str) -> None:
        where = stop_flow(symptom)  # type: ignore[arg-type]
        if where == "not_tolerated":
            window.mark_not_tolerated(move_id, go_on=may_go_on_after(symptom))  # type: ignore[arg-type]
        else:
            window.show_safety_card(where.removeprefix("safety_card_"))

    window.stop_this_hurts.connect(route)


def stop_on_second_move(player) -> tuple[PlayerWindow, list[tuple]]:
    window = player()
    window.next_button.click()
    events = record(window)
    app_routing(window)
    window.stop_button.click()
    assert window.page() == "stop"
    return window, events


def test_the_window_speaks_the_cores_symptom_codes() -> None:
    assert SYMPTOMS == STOP_SYMPTOMS


def test_the_stop_page_asks_which_symptom(player) -> None:
    window = player()
    window.stop_button.click()
    shown = [b.label.text() for b in window.symptom_buttons.values() if b.isVisible()]
    assert shown == [WORDING[code] for code in SYMPTOMS]


@pytest.mark.parametrize("symptom", ["saddle", "leg"])
def test_leg_saddle_and_bladder_symptoms_end_on_the_safety_card(player, symptom: str) -> None:
    window, events = stop_on_second_move(player)
    window.symptom_buttons[symptom].click()
    assert events == [("stop_this_hurts", "S3", symptom)]
    assert window.page() == "safety"
    card = window.safety_card
    assert card is not None and card.isVisible()
    if symptom == "saddle":
        assert (card.tier, card.title.text()) == ("A", "Get emergency help now")
        assert window.isFullScreen()
    else:
        assert (card.tier, card.title.text()) == ("B", "See a doctor soon")
        assert not window.isFullScreen()
    card.acknowledge_button.click()
    assert events[1:] == [("partial",)]
    assert not window.isVisible()


@pytest.mark.parametrize("symptom", ["sharp", "worse"])
def test_other_symptoms_leave_the_move_out_and_go_on(player, symptom: str) -> None:
    window, events = stop_on_second_move(player)
    window.symptom_buttons[symptom].click()
    assert events == [("stop_this_hurts", "S3", symptom), ("move_feedback", "S3", "not_tolerated")]
    assert window.page() == "not_tolerated"
    texts = [w.text() for w in window.findChildren(type(window.title)) if w.isVisible()]
    assert "We'll leave this move out for a week" in texts
    assert "Next up: Standing back extension" in texts
    window.continue_button.click()
    assert window.page() == "move"
    assert window.title.text() == "Standing back extension"


def test_ending_the_break_after_a_move_left_out(player) -> None:
    window, events = stop_on_second_move(player)
    window.symptom_buttons["worse"].click()
    window.end_button.click()
    assert events[-1] == ("partial",)


def test_a_last_move_left_out_finishes_the_break(player) -> None:
    window = player(("S1",))
    events = record(window)
    app_routing(window)
    window.stop_button.click()
    window.symptom_buttons["sharp"].click()
    assert window.continue_button.text() == "Finish the break"
    assert not window.end_button.isVisible()
    window.continue_button.click()
    assert events[-1] == ("completed",)


def test_back_to_the_move_and_the_clock_stood_still(
    qtbot: QtBot, player, clock: SimulatedClock
) -> None:
    window = player(("S1",))
    clock.advance(6)
    window.tick()
    assert window.counter.text() == "Rep 2 of 5"
    window.stop_button.click()
    clock.advance(30)  # resting on the stop page does not use up the move
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert window.page() == "move"
    assert window.counter.text() == "Rep 2 of 5"


@pytest.mark.parametrize("symptom", ["sharp", "worse", "dizziness"])
def test_after_a_stop_the_primary_focused_button_ends_the_break(
    qtbot: QtBot, player, symptom: str
) -> None:
    window, events = stop_on_second_move(player)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.symptom_buttons[symptom].click()
    assert window.page() == "not_tolerated"
    end = window.end_button
    assert end.isVisible() and end.text() == "End the break"
    assert end.property("primary") and end.isDefault()
    assert QApplication.focusWidget() is end
    cont = window.continue_button
    assert not cont.property("primary") and not cont.isDefault()
    assert cont.isVisible() is (symptom != "dizziness")  # dizziness is not about the move
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert events[-1] == ("partial",)
    assert not window.isVisible()


def test_after_sharp_pain_enter_on_the_window_ends_the_break(qtbot: QtBot, player) -> None:
    window, events = stop_on_second_move(player)
    window.symptom_buttons["sharp"].click()
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert events[-1] == ("partial",)


def test_after_dizziness_the_break_only_ends(player) -> None:
    window, events = stop_on_second_move(player)
    window.symptom_buttons["dizziness"].click()
    texts = [w.text() for w in window.findChildren(type(window.title)) if w.isVisible()]
    assert not any(t.startswith("Next up") for t in texts)
    assert not window.continue_button.isVisible()
    window.end_button.click()
    assert events[-1] == ("partial",)
