"""The end-of-day card: the day's average on 0–10, by mouse or keyboard alone, or "Not today"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QSlider
from pytestqt.qtbot import QtBot

from backmove.ui.end_of_day import EndOfDayRating

from .conftest import activate, press, record


@pytest.fixture
def card(qtbot: QtBot) -> EndOfDayRating:
    widget = EndOfDayRating(theme="light")
    qtbot.addWidget(widget)
    widget.present()
    qtbot.waitExposed(widget)
    return widget


def test_it_asks_about_today_never_about_right_now(card: EndOfDayRating) -> None:
    assert card.question.text() == "How bad was your low back pain on average today?"
    assert [b.text() for b in card.scale.buttons] == [str(n) for n in range(11)]
    assert card.scale.low_label.text() == "0 = No pain"
    assert card.scale.high_label.text() == "10 = Worst pain you can imagine"
    assert card.findChildren(QSlider) == []
    texts = [label.text().lower() for label in card.findChildren(QLabel)]
    assert not any("right now" in t for t in texts)
    assert sum("this computer" in t for t in texts) == 1


def test_it_sits_at_the_bottom_right_and_is_shown_without_activation(card: EndOfDayRating) -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    frame = card.frameGeometry()
    assert area.contains(frame)
    assert area.right() - frame.right() < 40 and area.bottom() - frame.bottom() < 40
    # What the window manager is told: shown without taking the focus, kept on top, no
    # taskbar entry. (The offscreen platform activates every window; a real desktop does not.)
    assert card.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    flags = card.windowFlags()
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert flags & Qt.WindowType.Tool == Qt.WindowType.Tool


def test_a_click_picks_and_save_sends_it(qtbot: QtBot, card: EndOfDayRating) -> None:
    events = record(card, "rated", "dismissed")
    assert not card.save_button.isEnabled()
    card.save_button.click()
    assert events == []
    card.scale.buttons[3].click()
    card.scale.buttons[6].click()  # changed its mind
    assert events == []
    card.save_button.click()
    assert events == [("rated", 6)]
    qtbot.waitUntil(lambda: not card.isVisible())


def test_keyboard_only_a_digit_then_enter(qtbot: QtBot, card: EndOfDayRating) -> None:
    events = record(card, "rated", "dismissed")
    activate(qtbot, card)
    press(qtbot, Qt.Key.Key_7)
    assert events == [] and card.value() == 7
    press(qtbot, Qt.Key.Key_Return)
    assert events == [("rated", 7)]


def test_keyboard_only_arrows_reach_ten_and_enter_saves_the_outlined_number(
    qtbot: QtBot, card: EndOfDayRating
) -> None:
    events = record(card, "rated", "dismissed")
    activate(qtbot, card)
    press(qtbot, Qt.Key.Key_End, Qt.Key.Key_Left, Qt.Key.Key_Right)
    assert events == [] and card.value() is None
    press(qtbot, Qt.Key.Key_Enter)
    assert events == [("rated", 10)]


def test_enter_before_any_pick_answers_nothing(qtbot: QtBot, card: EndOfDayRating) -> None:
    events = record(card, "rated", "dismissed")
    activate(qtbot, card)
    press(qtbot, Qt.Key.Key_Return)  # the focus rests on 0, but nobody chose it
    assert events == [] and card.value() is None and card.isVisible()


def test_tab_passes_the_scale_in_one_step_and_enter_on_save_saves(
    qtbot: QtBot, card: EndOfDayRating
) -> None:
    events = record(card, "rated", "dismissed")
    activate(qtbot, card)
    press(qtbot, Qt.Key.Key_2)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card.skip_button
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card.save_button
    press(qtbot, Qt.Key.Key_5)  # digits answer wherever the focus is in the card
    press(qtbot, Qt.Key.Key_Return)
    assert events == [("rated", 5)]


@pytest.mark.parametrize("how", ["not-today", "esc", "close"])
def test_not_today_esc_or_closing_dismisses_once(
    qtbot: QtBot, card: EndOfDayRating, how: str
) -> None:
    events = record(card, "rated", "dismissed")
    card.scale.buttons[4].click()  # a pick that was never saved is not an answer
    if how == "not-today":
        card.skip_button.click()
    elif how == "esc":
        activate(qtbot, card)
        press(qtbot, Qt.Key.Key_Escape)
    else:
        card.close()
    card.close()
    assert events == [("dismissed",)]
    assert not card.isVisible()
