"""The first start: welcome, the safety check by keyboard and by mouse, each tier's result.

These tests walk the dialog the way a user would and check what the app is told
(`finished_screen` / `skipped`) and what the user is shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QLabel, QPushButton, QWidget

from backmove.core.safety import QUESTION_IDS, TIER_A, limits, screen_result
from backmove.storage.records import SafetyScreen
from backmove.ui.onboarding import OnboardingWizard
from backmove.ui.safety_cards import SafetyCard


@pytest.fixture
def wizard(qtbot, tmp_path: Path) -> Iterator[OnboardingWizard]:
    w = OnboardingWizard(tmp_path / "backmove-data")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    yield w
    w.close()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key)


def tab_to(qtbot, target: QWidget) -> None:
    """Tab forward until `target` has the focus, as a keyboard user would."""
    for _ in range(60):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"{target.objectName() or target} cannot be reached with Tab")


def visible_texts(page: QWidget) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel) if label.isVisible()]


def visible_buttons(page: QWidget) -> list[str]:
    return [b.text() for b in page.findChildren(QPushButton) if b.isVisible()]


def click_wording(qtbot, wizard: OnboardingWizard, question: str) -> None:
    """Click on the question's words (not on the small box), as most people do."""
    row = wizard.question_boxes[question].parentWidget()
    label = row.label
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(20, label.height() // 2))


def test_the_welcome_says_what_backmove_does_what_it_keeps_and_where(wizard, tmp_path) -> None:
    assert wizard.current_page() is wizard.welcome_page
    text = " ".join(visible_texts(wizard.welcome_page))
    assert str(tmp_path / "backmove-data") in text
    assert "breaks, your ratings and your answers to the safety check" in text
    assert "Nothing leaves your computer." in text
    assert "not a medical device" in text
    assert focused() is wizard.start_button


def test_by_keyboard_none_of_these_apply_on_every_step_is_all_clear(wizard, qtbot) -> None:
    press(qtbot, Qt.Key.Key_Return)
    for page in wizard.check_pages:
        assert wizard.current_page() is page
        assert focused() is page.first_focus()
        press(qtbot, Qt.Key.Key_Return)  # nothing answered yet: Enter does not move on
        assert wizard.current_page() is page
        tab_to(qtbot, page.none_box)
        if page is wizard.check_pages[-1]:
            with qtbot.waitSignal(wizard.finished_screen) as finished:
                press(qtbot, Qt.Key.Key_Space)
                press(qtbot, Qt.Key.Key_Return)
        else:
            press(qtbot, Qt.Key.Key_Space)
            press(qtbot, Qt.Key.Key_Return)
    answers, tier = finished.args
    assert tier == "none"
    assert answers == dict.fromkeys(QUESTION_IDS, False)
    assert wizard.current_page() is wizard.done_page
    assert "When to stop" in " ".join(visible_texts(wizard.done_page))
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.current_page() is wizard.goals_page  # one optional question, then done
    tab_to(qtbot, wizard.skip_goals_button)
    press(qtbot, Qt.Key.Key_Space)
    assert not wizard.isVisible()
    assert wizard.result() == QDialog.DialogCode.Accepted


def test_by_keyboard_an_a_answer_ends_the_check_with_the_emergency_card(wizard, qtbot) -> None:
    press(qtbot, Qt.Key.Key_Return)
    tab_to(qtbot, wizard.question_boxes["A4"])
    press(qtbot, Qt.Key.Key_Space)
    with qtbot.waitSignal(wizard.finished_screen) as finished:
        press(qtbot, Qt.Key.Key_Return)
    answers, tier = finished.args
    assert tier == "A"
    assert answers == {**dict.fromkeys(TIER_A, False), "A4": True}  # nothing more was asked
    assert wizard.current_page() is wizard.card_page
    assert isinstance(wizard.card, SafetyCard) and wizard.card.tier == "A"
    assert wizard.card.title.text() == "Get emergency help now"
    assert wizard.isFullScreen()


def walk_by_mouse(qtbot, wizard: OnboardingWizard, ticked: set[str]) -> tuple[dict, str]:
    qtbot.mouseClick(wizard.start_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(wizard.finished_screen) as finished:
        for page in wizard.check_pages:
            if wizard.current_page() is not page:
                break
            mine = ticked & set(page.boxes)
            for question in sorted(mine):
                click_wording(qtbot, wizard, question)
            if not mine:
                qtbot.mouseClick(page.none_box, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    return finished.args[0], finished.args[1]


@pytest.mark.parametrize(
    ("ticked", "tier", "title", "button"),
    [
        ({"A2"}, "A", "Get emergency help now", "I understand"),
        ({"B7", "C2"}, "B", "See a doctor soon", "I understand"),
        ({"C5"}, "C", "Worth a routine appointment", "Continue"),
    ],
)
def test_by_mouse_each_tier_shows_its_card(wizard, qtbot, ticked, tier, title, button) -> None:
    answers, got = walk_by_mouse(qtbot, wizard, ticked)
    assert got == tier
    assert {q for q, yes in answers.items() if yes} == ticked
    asked = TIER_A if tier == "A" else QUESTION_IDS
    assert set(answers) == set(asked)
    assert wizard.card is not None and wizard.card.isVisible()
    assert wizard.card.title.text() == title
    assert visible_buttons(wizard.card_page) == [button]
    assert wizard.isFullScreen() == (tier == "A")
    qtbot.mouseClick(wizard.card.acknowledge_button, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()


def test_the_c_card_carries_the_stop_rule(wizard, qtbot) -> None:
    walk_by_mouse(qtbot, wizard, {"C1"})
    assert "Stop and rest if you feel sharp or shooting pain" in " ".join(
        visible_texts(wizard.card_page)
    )


def test_the_emergency_card_cannot_be_dismissed_into_exercise(wizard, qtbot) -> None:
    answers, tier = walk_by_mouse(qtbot, wizard, {"A1"})
    page = wizard.card_page
    assert visible_buttons(page) == ["I understand"]  # no Back, no "continue anyway"
    assert wizard.card is not None and wizard.card.assessed_button is None
    # What the app records from the signal keeps exercise locked, however the card is left.
    record = SafetyScreen(0, 0, answers, tier, screen_result(answers).outcome)
    assert record.outcome == "emergency_card_shown"
    assert not limits(record, False).exercise_allowed
    with qtbot.assertNotEmitted(wizard.skipped), qtbot.assertNotEmitted(wizard.finished_screen):
        press(qtbot, Qt.Key.Key_Escape)
    assert not wizard.isVisible()


def test_continue_needs_a_tick_or_none_of_these_and_the_two_exclude_each_other(
    wizard, qtbot
) -> None:
    qtbot.mouseClick(wizard.start_button, Qt.MouseButton.LeftButton)
    page = wizard.check_pages[0]
    assert not page.next_button.isEnabled()
    click_wording(qtbot, wizard, "A3")
    assert page.next_button.isEnabled()
    qtbot.mouseClick(page.none_box, Qt.MouseButton.LeftButton)
    assert page.none_box.isChecked() and not wizard.question_boxes["A3"].isChecked()
    click_wording(qtbot, wizard, "A3")
    assert wizard.question_boxes["A3"].isChecked() and not page.none_box.isChecked()
    click_wording(qtbot, wizard, "A3")
    assert not page.next_button.isEnabled()


def test_going_back_keeps_the_answers(wizard, qtbot) -> None:
    qtbot.mouseClick(wizard.start_button, Qt.MouseButton.LeftButton)
    first, second = wizard.check_pages[:2]
    qtbot.mouseClick(first.none_box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(first.next_button, Qt.MouseButton.LeftButton)
    click_wording(qtbot, wizard, "B2")
    qtbot.mouseClick(second.back_button, Qt.MouseButton.LeftButton)
    assert wizard.current_page() is first and first.none_box.isChecked()
    qtbot.mouseClick(first.next_button, Qt.MouseButton.LeftButton)
    assert wizard.question_boxes["B2"].isChecked()


def test_esc_explains_skipping_and_a_second_esc_skips(wizard, qtbot) -> None:
    qtbot.mouseClick(wizard.start_button, Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_Escape)
    assert wizard.isVisible() and wizard.current_page() is wizard.skip_page
    assert "breaks will only suggest standing up and moving" in " ".join(
        visible_texts(wizard.skip_page)
    )
    press(qtbot, Qt.Key.Key_Return)  # Enter: back to where the user was
    assert wizard.current_page() is wizard.check_pages[0]
    press(qtbot, Qt.Key.Key_Escape)
    with qtbot.waitSignal(wizard.skipped), qtbot.assertNotEmitted(wizard.finished_screen):
        press(qtbot, Qt.Key.Key_Escape)
    assert not wizard.isVisible()


def test_not_now_then_skip_for_now_skips(wizard, qtbot) -> None:
    qtbot.mouseClick(wizard.not_now_button, Qt.MouseButton.LeftButton)
    assert wizard.current_page() is wizard.skip_page
    with qtbot.waitSignal(wizard.skipped):
        qtbot.mouseClick(wizard.skip_button, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()


def test_closing_the_window_before_answering_is_a_skip(wizard, qtbot) -> None:
    with qtbot.waitSignal(wizard.skipped):
        wizard.close()


def test_closing_after_the_result_is_no_skip(wizard, qtbot) -> None:
    walk_by_mouse(qtbot, wizard, {"B1"})
    with qtbot.assertNotEmitted(wizard.skipped):
        wizard.close()
    assert not wizard.isVisible()


def focusable(page: QWidget) -> list[QWidget]:
    return [
        w
        for w in page.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
    ]


def assert_keyboard_complete(qtbot, page: QWidget) -> None:
    """Tab reaches every control on the page, and each has a name for a screen reader."""
    seen: set[int] = set()
    for _ in range(40):
        seen.add(id(focused()))
        press(qtbot, Qt.Key.Key_Tab)
    controls = focusable(page)
    assert controls
    unreached = [w.objectName() or type(w).__name__ for w in controls if id(w) not in seen]
    assert unreached == []
    unnamed = [w.objectName() or type(w).__name__ for w in controls if not w.accessibleName()]
    assert unnamed == []


def test_every_page_of_the_check_is_keyboard_complete_and_named(wizard, qtbot) -> None:
    assert_keyboard_complete(qtbot, wizard.welcome_page)
    press(qtbot, Qt.Key.Key_Escape)
    assert_keyboard_complete(qtbot, wizard.skip_page)
    tab_to(qtbot, wizard.return_button)
    press(qtbot, Qt.Key.Key_Return)
    tab_to(qtbot, wizard.start_button)
    press(qtbot, Qt.Key.Key_Return)
    for page in wizard.check_pages:
        qtbot.keyClick(page.none_box, Qt.Key.Key_Space)  # so Continue is enabled and counted
        assert_keyboard_complete(qtbot, page)
        tab_to(qtbot, page.next_button)
        press(qtbot, Qt.Key.Key_Return)
    assert wizard.current_page() is wizard.done_page
    assert_keyboard_complete(qtbot, wizard.done_page)


@pytest.mark.parametrize("ticked", ["A6", "B5", "C3"])
def test_each_card_is_keyboard_complete_and_named(wizard, qtbot, ticked) -> None:
    walk_by_mouse(qtbot, wizard, {ticked})
    assert wizard.card is not None and wizard.card.accessibleName()
    assert_keyboard_complete(qtbot, wizard.card_page)


def test_every_question_box_is_named_by_its_wording(wizard) -> None:
    assert set(wizard.question_boxes) == set(QUESTION_IDS)
    for box in wizard.question_boxes.values():
        assert isinstance(box, QCheckBox)
        assert len(box.accessibleName()) > 20


def test_a_rescreen_starts_at_the_check_and_says_why(qtbot, tmp_path) -> None:
    w = OnboardingWizard(tmp_path, rescreen_reason="severe_rating")
    qtbot.addWidget(w)
    w.show()
    first = w.check_pages[0]
    assert w.current_page() is first
    assert "You rated your back 8 or more" in first.reason.text()
    assert not first.back_button.isVisible()
    w.reject()
    assert "Your last answers still apply" in " ".join(visible_texts(w.skip_page))
    with qtbot.waitSignal(w.skipped):
        w.reject()


def test_the_last_optional_page_names_function_goals(qtbot, wizard: OnboardingWizard) -> None:
    wizard.start_button.click()
    for page in wizard.check_pages:
        if wizard.current_page() is page:
            page.none_box.setChecked(True)
            page.next_button.click()
    wizard.finish_button.click()
    assert wizard.current_page() is wizard.goals_page
    assert "What does your back make hard?" in visible_texts(wizard.goals_page)
    assert focused() is wizard.goals_form.new_rows[0].field
    assert not wizard.save_goals_button.isEnabled()
    qtbot.keyClicks(focused(), "sit through a meeting")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_4)
    assert wizard.save_goals_button.isEnabled()
    with qtbot.waitSignal(wizard.goals_named) as named:
        wizard.save_goals_button.click()
    assert named.args == [[("sit through a meeting", 4)]]
    assert not wizard.isVisible()


def test_a_rescreen_has_no_goals_page(qtbot, tmp_path: Path) -> None:
    w = OnboardingWizard(tmp_path, rescreen_reason="monthly")
    qtbot.addWidget(w)
    assert w.goals_page is None and w.finish_button.text() == "Start using backmove"


def test_none_of_these_apply_ticked_by_its_key_scrolls_into_sight(wizard, qtbot) -> None:
    """Alt+N ticks "None of these apply" below a list longer than the window: the user sees
    what was ticked instead of a Continue that came alive for no visible reason."""
    wizard.resize(680, 560)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.mouseClick(wizard.check_pages[0].none_box, Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_Return)
    page = wizard.check_pages[1]
    assert wizard.current_page() is page
    qtbot.waitUntil(lambda: page.none_box.visibleRegion().isEmpty())  # below the fold
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(page.none_box.isChecked)
    qtbot.waitUntil(lambda: not page.none_box.visibleRegion().isEmpty())
