"""The weekly check-in: body regions with 0–10 each, "Nothing this week", the optional PEG
page, and leaving without losing answers silently."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from backmove.ui.checkin import WeeklyCheckin

from .conftest import activate, press, record

SIGNALS = ("saved", "dismissed")


@pytest.fixture
def checkin(qtbot: QtBot) -> Callable[..., WeeklyCheckin]:
    # Held until qtbot closes them, as the app holds the check-in it shows: a shown window
    # whose last reference goes with the test's locals could be destroyed while Qt still
    # paints it after the test.
    shown: list[WeeklyCheckin] = []

    def build(*, peg: bool = False) -> WeeklyCheckin:
        dialog = WeeklyCheckin(peg=peg, theme="light")
        qtbot.addWidget(dialog)
        shown.append(dialog)
        dialog.present()
        dialog.resize(940, 680)
        qtbot.waitExposed(dialog)
        return dialog

    return build


def tap(qtbot: QtBot, dialog: WeeklyCheckin, region: str) -> None:
    body = dialog.body_map
    qtbot.mouseClick(body, Qt.MouseButton.LeftButton, pos=body.region_point(region).toPoint())


def texts(dialog: WeeklyCheckin) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)]


def test_by_mouse_tapped_regions_get_a_row_and_save_sends_them(qtbot: QtBot, checkin) -> None:
    dialog = checkin()
    events = record(dialog, *SIGNALS)
    tap(qtbot, dialog, "knees")
    tap(qtbot, dialog, "low_back")
    assert list(dialog.regions()) == ["low_back", "knees"]  # head to feet, not tap order
    assert not dialog.regions_button.isEnabled()  # every marked place needs a number
    dialog.region_row("low_back").buttons[6].click()
    assert not dialog.regions_button.isEnabled()
    dialog.region_row("knees").buttons[0].click()
    dialog.regions_button.click()
    assert events == [("saved", {"low_back": 6, "knees": 0}, None)]
    assert dialog.peg_page is None


def test_untapping_a_region_takes_its_row_and_answer_away(qtbot: QtBot, checkin) -> None:
    dialog = checkin()
    events = record(dialog, *SIGNALS)
    tap(qtbot, dialog, "neck")
    dialog.region_row("neck").buttons[3].click()
    tap(qtbot, dialog, "low_back")
    dialog.region_row("low_back").buttons[5].click()
    tap(qtbot, dialog, "neck")
    assert dialog.regions() == {"low_back": 5}
    dialog.regions_button.click()
    assert events == [("saved", {"low_back": 5}, None)]


def test_nothing_this_week_saves_an_empty_mapping(checkin) -> None:
    dialog = checkin()
    events = record(dialog, *SIGNALS)
    dialog.nothing_button.click()
    assert events == [("saved", {}, None)]


def test_nothing_this_week_is_not_offered_beside_marked_regions(qtbot: QtBot, checkin) -> None:
    dialog = checkin()
    tap(qtbot, dialog, "elbows")
    assert not dialog.nothing_button.isEnabled()
    tap(qtbot, dialog, "elbows")
    assert dialog.nothing_button.isEnabled()


def test_keyboard_only_mark_rate_and_save(qtbot: QtBot, checkin) -> None:
    dialog = checkin()
    events = record(dialog, *SIGNALS)
    activate(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.body_map
    press(qtbot, *[Qt.Key.Key_Down] * 4, Qt.Key.Key_Space)  # neck → ... → lower back
    press(qtbot, Qt.Key.Key_Up, Qt.Key.Key_Up, Qt.Key.Key_Up, Qt.Key.Key_Space)  # shoulders
    assert list(dialog.regions()) == ["shoulders", "low_back"]
    press(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_2)
    press(qtbot, Qt.Key.Key_Tab, Qt.Key.Key_End, Qt.Key.Key_Left)
    assert dialog.regions() == {"shoulders": 2, "low_back": None}
    press(qtbot, Qt.Key.Key_Return)  # picks the outlined 9, which completes the page: saved
    assert events == [("saved", {"shoulders": 2, "low_back": 9}, None)]


def test_tab_visits_map_rows_and_buttons_once_each_in_order(qtbot: QtBot, checkin) -> None:
    dialog = checkin()
    tap(qtbot, dialog, "knees")
    tap(qtbot, dialog, "neck")  # tapped second, listed first
    neck, knees = dialog.region_row("neck"), dialog.region_row("knees")
    knees.buttons[4].click()
    neck.buttons[1].click()
    activate(qtbot, dialog)
    dialog.body_map.setFocus()
    visited = []
    for _ in range(5):
        press(qtbot, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    # Each scale is one stop, on its answer; "Nothing this week" is off beside marked places.
    assert visited == [
        neck.buttons[1],
        knees.buttons[4],
        dialog.later_button,
        dialog.regions_button,
        dialog.body_map,
    ]


def test_without_peg_there_is_no_second_page(checkin) -> None:
    dialog = checkin(peg=False)
    assert dialog.regions_button.text() == "Save"
    assert not any("Krebs" in t or "interfered" in t for t in texts(dialog))


def test_with_peg_the_second_page_needs_all_three_answers(qtbot: QtBot, checkin) -> None:
    dialog = checkin(peg=True)
    events = record(dialog, *SIGNALS)
    assert dialog.regions_button.text() == "Next"
    tap(qtbot, dialog, "low_back")
    dialog.region_row("low_back").buttons[4].click()
    dialog.regions_button.click()
    assert dialog.page() == "peg" and events == []
    p, e, g = dialog.peg_scales
    p.buttons[5].click()
    e.buttons[3].click()
    assert not dialog.peg_button.isEnabled()
    dialog.peg_button.click()
    assert events == []
    g.buttons[2].click()
    dialog.peg_button.click()
    assert events == [("saved", {"low_back": 4}, (5, 3, 2))]


def test_the_peg_page_words_and_credits_the_items_exactly(checkin) -> None:
    dialog = checkin(peg=True)
    assert [q.text() for q in dialog.peg_questions] == [
        "What number best describes your pain on average in the past week?",
        "What number best describes how, during the past week, pain has interfered with "
        "your enjoyment of life?",
        "What number best describes how, during the past week, pain has interfered with "
        "your general activity?",
    ]
    anchors = [(s.low_label.text(), s.high_label.text()) for s in dialog.peg_scales]
    assert anchors == [
        ("0 = No pain", "10 = Pain as bad as you can imagine"),
        ("0 = Does not interfere", "10 = Completely interferes"),
        ("0 = Does not interfere", "10 = Completely interferes"),
    ]
    assert "PEG: Krebs et al., J Gen Intern Med 2009" in texts(dialog)


def test_the_region_list_is_credited_without_calling_itself_the_nmq(checkin) -> None:
    dialog = checkin()
    words = " ".join(texts(dialog))
    assert "based on the regions used in the Nordic Musculoskeletal Questionnaire" in words
    assert "NMQ" not in words
    assert "Where did you feel discomfort this week?" in texts(dialog)


def test_the_peg_questions_can_be_skipped_as_a_whole(qtbot: QtBot, checkin) -> None:
    dialog = checkin(peg=True)
    events = record(dialog, *SIGNALS)
    tap(qtbot, dialog, "neck")
    dialog.region_row("neck").buttons[1].click()
    dialog.regions_button.click()
    dialog.peg_scales[0].buttons[8].click()  # one of three is no PEG score
    dialog.skip_peg_button.click()
    assert events == [("saved", {"neck": 1}, None)]


def test_nothing_this_week_then_peg(checkin) -> None:
    dialog = checkin(peg=True)
    events = record(dialog, *SIGNALS)
    dialog.nothing_button.click()
    assert dialog.page() == "peg"
    for scale in dialog.peg_scales:
        scale.buttons[0].click()
    dialog.peg_button.click()
    assert events == [("saved", {}, (0, 0, 0))]


def test_keyboard_only_through_the_peg_page(qtbot: QtBot, checkin) -> None:
    dialog = checkin(peg=True)
    events = record(dialog, *SIGNALS)
    activate(qtbot, dialog)
    press(qtbot, Qt.Key.Key_Space, Qt.Key.Key_Tab, Qt.Key.Key_3, Qt.Key.Key_Return)  # neck: 3
    assert dialog.page() == "peg"
    press(qtbot, Qt.Key.Key_6, Qt.Key.Key_Tab, Qt.Key.Key_4, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)  # the third is not answered yet: nothing happens
    assert events == []
    press(qtbot, Qt.Key.Key_1, Qt.Key.Key_Return)
    assert events == [("saved", {"neck": 3}, (6, 4, 1))]


def test_esc_with_nothing_answered_dismisses_at_once(qtbot: QtBot, checkin) -> None:
    dialog = checkin()
    events = record(dialog, *SIGNALS)
    activate(qtbot, dialog)
    press(qtbot, Qt.Key.Key_Escape)
    assert events == [("dismissed",)]
    assert not dialog.isVisible()


def test_esc_after_an_answer_asks_in_the_window_first(qtbot: QtBot, checkin) -> None:
    dialog = checkin()
    events = record(dialog, *SIGNALS)
    tap(qtbot, dialog, "low_back")
    activate(qtbot, dialog)
    windows = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
    press(qtbot, Qt.Key.Key_Escape)
    assert events == [] and dialog.isVisible()
    assert dialog.asking_to_discard()
    assert QApplication.focusWidget() is dialog.keep_button
    assert {w for w in QApplication.topLevelWidgets() if w.isVisible()} == windows  # no box
    press(qtbot, Qt.Key.Key_Return)  # "Keep going"
    assert not dialog.asking_to_discard() and dialog.regions() == {"low_back": None}
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Escape)  # asked, and asked again: gone
    assert events == [("dismissed",)]


@pytest.mark.parametrize("how", ["discard", "not-now", "close"])
def test_leaving_after_an_answer_is_confirmed_before_anything_is_lost(
    qtbot: QtBot, checkin, how: str
) -> None:
    dialog = checkin()
    events = record(dialog, *SIGNALS)
    tap(qtbot, dialog, "knees")
    dialog.region_row("knees").buttons[7].click()
    if how == "close":
        dialog.close()
    else:
        dialog.later_button.click()
    assert dialog.isVisible() and dialog.asking_to_discard() and events == []
    dialog.discard_button.click()
    assert events == [("dismissed",)]
    assert not dialog.isVisible()
