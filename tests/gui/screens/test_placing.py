"""Which screen a window opens on and how big it may be there, from the screens' rectangles
alone (the offscreen platform has one screen; tests/e2e/test_two_screens.py has two)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from backmove.ui.kit.screens import (
    ScreenFollower,
    Spot,
    fit_to_screen,
    frame_in,
    pick,
    place,
    screen_for_now,
)

LEFT = QRect(0, 0, 1280, 800)
RIGHT = QRect(1280, 0, 1280, 800)
RIGHT_FREE = QRect(1280, 0, 1280, 768)  # a panel along its bottom


def test_the_screen_holding_the_pointer_is_chosen() -> None:
    assert pick([LEFT, RIGHT], QPoint(1900, 400)) == 1
    assert pick([LEFT, RIGHT], QPoint(10, 10)) == 0
    assert pick([LEFT, RIGHT], QPoint(2559, 799)) == 1


def test_a_pointer_on_no_screen_chooses_none_and_the_primary_screen_is_used() -> None:
    assert pick([LEFT, RIGHT], QPoint(3000, 400)) is None
    assert pick([], QPoint(0, 0)) is None
    assert screen_for_now() is QGuiApplication.primaryScreen()  # the pointer's or the primary


def test_the_prompt_goes_top_right_of_the_chosen_screen() -> None:
    frame = frame_in(QSize(380, 160), RIGHT_FREE, Spot.TOP_RIGHT)
    assert frame == QRect(2560 - 380 - 24, 48, 380, 160)
    assert RIGHT_FREE.contains(frame)


def test_the_end_of_day_card_goes_bottom_right_above_the_panel() -> None:
    frame = frame_in(QSize(520, 200), RIGHT_FREE, Spot.BOTTOM_RIGHT)
    assert frame.bottom() == 768 - 16 - 1 and frame.right() == 2560 - 16 - 1


def test_a_window_larger_than_the_free_area_is_shrunk_and_kept_inside() -> None:
    for spot in Spot:
        frame = frame_in(QSize(1200, 940), RIGHT_FREE, spot)
        assert frame.size() == QSize(1200, 768)
        assert RIGHT_FREE.contains(frame), spot
    wide = frame_in(QSize(4000, 100), RIGHT_FREE, Spot.TOP_RIGHT)
    assert wide == QRect(1280, 48, 1280, 100)


def test_centred_is_in_the_middle_of_the_chosen_screen() -> None:
    frame = frame_in(QSize(1000, 700), RIGHT, Spot.CENTRE)
    assert frame.center().x() in (1919, 1920) and frame.top() == 50


def test_a_decorated_window_leaves_room_for_its_frame(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.setMinimumSize(900, 900)
    geometry = fit_to_screen(window, QSize(1200, 940), area=RIGHT_FREE)
    assert geometry.height() <= 768 - 40 and geometry.width() <= 1280
    assert window.minimumHeight() <= geometry.height()
    assert RIGHT_FREE.contains(geometry)


@pytest.fixture
def primary() -> QRect:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    return screen.availableGeometry()


def test_a_break_window_has_a_follower_that_keeps_its_dimmers_in_step(qtbot, primary) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    dimmers = place(window, True, QSize(1000, 700), "#000000")
    qtbot.waitExposed(window)
    assert dimmers == []  # one screen: nothing else to dim
    followers = window.findChildren(ScreenFollower)
    assert len(followers) == 1
    follower = followers[0]
    assert follower.screen is QGuiApplication.primaryScreen()
    follower.screen_added(follower.screen)  # arranged again: still there, still whole
    assert window.isFullScreen() and dimmers == []
    place(window, True, QSize(1000, 700), "#000000")
    assert len(window.findChildren(ScreenFollower)) == 1  # placed again: one follower


def test_a_window_whose_screen_goes_away_is_placed_on_one_that_remains(qtbot, primary) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    place(window, False, QSize(1000, 700), "#000000")
    qtbot.waitExposed(window)
    follower = window.findChild(ScreenFollower, ScreenFollower.NAME)
    assert follower is not None
    follower.screen = None  # as if its screen had been unplugged
    follower.screen_removed(QGuiApplication.primaryScreen())
    # The only screen cannot be avoided; the window stays shown, inside it.
    assert window.isVisible()
    assert primary.contains(window.frameGeometry().topLeft())


def test_the_prompt_opens_inside_the_screen_for_now(qtbot, primary) -> None:
    from backmove.ui.prompt import PromptWindow

    prompt = PromptWindow([5, 10])
    qtbot.addWidget(prompt)
    prompt.present("A stretch", "")
    qtbot.waitExposed(prompt)
    assert primary.contains(prompt.geometry())
    assert prompt.geometry().right() == primary.right() - 24


def test_windows_opened_by_themselves_fit_the_free_area(qtbot, primary) -> None:
    from backmove.core.settings import Settings
    from backmove.ui.checkin import WeeklyCheckin
    from backmove.ui.end_of_day import EndOfDayRating
    from backmove.ui.settings import SettingsWindow

    checkin = WeeklyCheckin(peg=True)
    card = EndOfDayRating()
    settings = SettingsWindow(Settings())
    for w in (checkin, card, settings):
        qtbot.addWidget(w)
    checkin.present()
    card.present()
    settings.show()
    for w in (checkin, card, settings):
        qtbot.waitExposed(w)
        assert w.height() <= primary.height(), w
        assert primary.contains(w.geometry().topLeft()), w
    # The check-in's body map and its scales side by side need about 870 px across: on a
    # narrower screen (this test's) its layout keeps that width.
    for w in (card, settings):
        assert w.width() <= primary.width(), w
