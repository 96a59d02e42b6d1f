"""Before/after ratings in the break (11 buttons, keys 0–9, arrows, always skippable) and the
per-move helped / same / worse answers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSlider
from pytestqt.qtbot import QtBot

from backmove.ui.rating import MoveVerdicts, NrsButtons, NrsQuestion

from .conftest import record


def focus(qtbot: QtBot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def press(qtbot: QtBot, key: Qt.Key) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key)


def test_the_before_question_comes_first_as_eleven_buttons(player) -> None:
    window = player(ask_before_after=True)
    assert window.page() == "before"
    question = window.before_question
    assert question.question.text() == "How bad is your low back pain right now?"
    assert [b.text() for b in question.scale.buttons] == [str(n) for n in range(11)]
    assert question.scale.low_label.text() == "0 = No pain"
    assert question.scale.high_label.text() == "10 = Worst pain you can imagine"
    assert window.findChildren(QSlider) == []  # whole numbers, never a slider


def test_a_click_answers_before_and_the_first_move_starts(player) -> None:
    window = player(ask_before_after=True)
    events = record(window)
    window.before_question.scale.buttons[4].click()
    assert events == [("rating", "now_before", 4)]
    assert window.page() == "move" and window.title.text() == "Seated pelvic tilt"


def test_a_digit_key_answers_before(qtbot: QtBot, player) -> None:
    window = player(ask_before_after=True)
    events = record(window)
    focus(qtbot, window)
    press(qtbot, Qt.Key.Key_7)
    assert events == [("rating", "now_before", 7)]
    assert window.page() == "move"


def test_arrows_and_enter_reach_ten(qtbot: QtBot, player) -> None:
    window = player(ask_before_after=True)
    events = record(window)
    focus(qtbot, window)
    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Right)
    assert window.page() == "before" and events == []  # moving along is not answering
    press(qtbot, Qt.Key.Key_Return)
    assert events == [("rating", "now_before", 10)]


def test_the_before_question_can_be_skipped_by_link_or_esc(qtbot: QtBot, player) -> None:
    window = player(ask_before_after=True)
    events = record(window)
    window.before_question.skip_button.click()
    assert window.page() == "move" and events == []

    other = player(ask_before_after=True)
    events = record(other)
    focus(qtbot, other)
    press(qtbot, Qt.Key.Key_Escape)  # skips the question, not the break
    assert other.page() == "move" and events == []


def test_after_the_last_move_pain_and_each_move_then_finish(player) -> None:
    window = player(ask_before_after=True)
    events = record(window)
    window.before_question.skip_button.click()
    for _ in range(3):
        window.next_button.click()
    assert window.page() == "after" and events == []
    window.after_question.scale.buttons[2].click()
    verdicts = window.verdicts
    assert list(verdicts.buttons) == ["S1", "S3", "T1"]
    verdicts.buttons["S1"]["helped"].click()
    verdicts.buttons["T1"]["same"].click()
    verdicts.buttons["T1"]["worse"].click()  # changed its mind
    assert events == []  # nothing is sent until the user is done here
    window.finish_button.click()
    assert events == [
        ("rating", "now_after", 2),
        ("move_feedback", "S1", "helped"),
        ("move_feedback", "T1", "worse"),
        ("completed",),
    ]


def test_after_questions_by_keyboard(qtbot: QtBot, player) -> None:
    window = player(("S1",), ask_before_after=True)
    events = record(window)
    focus(qtbot, window)
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Return)
    assert window.page() == "after"
    press(qtbot, Qt.Key.Key_3)
    window.finish_button.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert events == [("rating", "now_after", 3), ("completed",)]


def test_the_after_questions_are_skippable(player) -> None:
    window = player(("S1",), ask_before_after=True)
    events = record(window)
    window.before_question.skip_button.click()
    window.next_button.click()
    window.after_question.scale.buttons[6].click()
    window.after_question.skip_button.click()  # "Clear" takes the answer back
    window.finish_button.click()
    assert events == [("completed",)]


def test_a_move_left_out_is_not_asked_about(player) -> None:
    window = player(("S1", "S3"), ask_before_after=True)
    window.stop_this_hurts.connect(lambda move, _code: window.mark_not_tolerated(move))
    window.before_question.skip_button.click()
    window.next_button.click()
    window.stop_button.click()
    window.symptom_buttons["worse"].click()
    window.continue_button.click()
    assert window.page() == "after"
    assert list(window.verdicts.buttons) == ["S1"]


def test_without_ratings_done_completes_at_once(player) -> None:
    window = player(("S1",))
    assert window.page() == "move"
    events = record(window)
    window.next_button.click()
    assert events == [("completed",)]


# --- the widgets on their own ----------------------------------------------------------------


def test_set_value_shows_without_answering(qtbot: QtBot) -> None:
    scale = NrsButtons()
    qtbot.addWidget(scale)
    with qtbot.assertNotEmitted(scale.chosen):
        scale.set_value(5)
    assert scale.value() == 5
    assert [b.isChecked() for b in scale.buttons].count(True) == 1
    with qtbot.waitSignal(scale.chosen) as blocker:
        scale.buttons[0].click()
    assert blocker.args == [0] and scale.buttons[0].isChecked()
    assert not scale.buttons[5].isChecked()


def test_a_question_takes_digits_wherever_its_focus_is(qtbot: QtBot) -> None:
    question = NrsQuestion("How bad is it?")
    qtbot.addWidget(question)
    question.show()
    qtbot.waitExposed(question)
    with qtbot.waitSignal(question.answered) as blocker:
        qtbot.keyClick(question.skip_button, Qt.Key.Key_9)
    assert blocker.args == [9]
    with qtbot.waitSignal(question.skipped):
        question.skip_button.click()


def test_move_verdicts_can_be_taken_back(qtbot: QtBot) -> None:
    verdicts = MoveVerdicts([("S1", "Seated pelvic tilt")])
    qtbot.addWidget(verdicts)
    changes: list[tuple[str, str]] = []
    verdicts.changed.connect(lambda m, v: changes.append((m, v)))
    verdicts.buttons["S1"]["same"].click()
    verdicts.buttons["S1"]["same"].click()
    assert changes == [("S1", "same"), ("S1", "")]
    assert verdicts.verdicts() == {}
    assert not any(b.isChecked() for b in verdicts.buttons["S1"].values())
