"""The break window as a user meets it: moving through a routine by mouse or keyboard, skipping,
snoozing, counting reps and holds against the clock, and the screens it can take."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from backmove.core.catalog import Catalog
from backmove.core.clock import SimulatedClock
from backmove.ui.player import (
    ACKNOWLEDGE_S,
    ADVANCE_AFTER_S,
    FINISH_GRACE_S,
    PlayerStep,
    PlayerWindow,
)

from .conftest import record


def focus(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def press(qtbot: QtBot, key: Qt.Key) -> None:
    """A key typed by the user: it goes to whatever has the keyboard focus."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key)


def test_done_by_mouse_through_a_three_move_routine(
    qtbot: QtBot, player, clock: SimulatedClock
) -> None:
    window = player()
    events = record(window)
    seen = []
    for _ in range(3):
        seen.append(
            (window.progress.accessibleName(), window.title.text(), window.next_button.text())
        )
        window.next_button.click()
    assert seen == [
        ("Move 1 of 3", "Seated pelvic tilt", "Next"),
        ("Move 2 of 3", "Seated knee hug", "Next"),
        ("Move 3 of 3", "Standing back extension", "Done"),
    ]
    assert events == [("completed",)]
    # The break is logged at once; the window says so briefly, then goes.
    assert window.page() == "done" and window.done_title.text() == "Well done — break logged"
    clock.advance(ACKNOWLEDGE_S)
    window.tick()
    assert not window.isVisible()


def test_each_move_shows_its_cues_numbered_and_its_dose(player) -> None:
    window = player(("S3",))
    cues = [w.text() for w in window.cues.findChildren(type(window.title)) if w.isVisible()]
    assert cues == [
        "1",
        "Sit back in the chair.",
        "2",
        "Lift one knee and hold it with both hands below the knee.",
        "3",
        "Draw it gently toward your chest; sit tall.",
    ]
    assert window.dose.text() == "Hold 15 s × 2 · each side"


def test_keyboard_only_enter_moves_on_and_finishes(qtbot: QtBot, player) -> None:
    window = player()
    events = record(window)
    focus(qtbot, window)
    press(qtbot, Qt.Key.Key_Return)
    assert window.title.text() == "Seated knee hug"
    press(qtbot, Qt.Key.Key_Enter)
    assert window.title.text() == "Standing back extension"
    press(qtbot, Qt.Key.Key_Return)
    assert events == [("completed",)]


def test_keyboard_only_esc_skips(qtbot: QtBot, player) -> None:
    window = player()
    events = record(window)
    focus(qtbot, window)
    press(qtbot, Qt.Key.Key_Escape)
    assert events == [("skipped",)]
    assert not window.isVisible()


def test_keyboard_only_s_snoozes_for_the_middle_length(qtbot: QtBot, player) -> None:
    window = player()
    events = record(window)
    focus(qtbot, window)
    press(qtbot, Qt.Key.Key_S)
    assert events == [("snoozed", 10)]


def test_skip_before_any_move_is_a_skip(player) -> None:
    window = player()
    events = record(window)
    assert window.skip_button.text() == "End break"
    window.skip_button.click()
    assert events == [("skipped",)]


def test_ending_after_a_move_is_partial(player) -> None:
    window = player()
    events = record(window)
    window.next_button.click()
    assert window.skip_button.text() == "End break"
    window.skip_button.click()
    assert events == [("partial",)]


def test_closing_the_window_half_way_is_partial(player) -> None:
    window = player()
    events = record(window)
    window.next_button.click()
    window.close()
    assert events == [("partial",)]


def test_snooze_for_a_chosen_length(player) -> None:
    window = player(snooze_options_min=[15, 5, 10])
    events = record(window)
    menu = {a.text(): a for a in window.snooze_menu.actions()}
    assert list(menu) == ["5 min", "10 min", "15 min"]
    menu["15 min"].trigger()
    assert events == [("snoozed", 15)]


def test_without_snooze_choices_there_is_no_snooze(qtbot: QtBot, player) -> None:
    window = player(snooze_options_min=[])
    events = record(window)
    assert not window.snooze_button.isEnabled()
    focus(qtbot, window)
    press(qtbot, Qt.Key.Key_S)
    assert events == []


def test_the_rep_counter_follows_the_clock(player, clock: SimulatedClock) -> None:
    window = player(("S1", "T1"))  # S1: 5 reps of 5 s
    assert window.counter.text() == "Rep 1 of 5"
    start_left = window.seconds_left()
    clock.advance(5.2)
    window.tick()
    assert window.counter.text() == "Rep 2 of 5"
    assert window.seconds_left() == pytest.approx(start_left - 5.2)
    assert window.time_left.text().endswith("left")


def test_a_hold_counts_down(player, clock: SimulatedClock) -> None:
    window = player(("S3",))  # into the hold in 2 s, then 15 s
    assert window.counter_detail.text().startswith("Hold 1 of 2")
    clock.advance(5.0)
    window.tick()
    assert window.counter.text() == "Hold · 12 s"
    clock.advance(4.0)
    window.tick()
    assert window.counter.text() == "Hold · 8 s"


def test_a_routine_dose_overrides_the_catalog_and_the_figure_plays_it(
    player, catalog: Catalog
) -> None:
    window = player(
        steps=[
            PlayerStep(catalog.move("S1"), reps=8),
            PlayerStep(catalog.move("S3"), hold_s=25, sides="both"),
        ]
    )
    assert window.dose.text() == "8 reps"
    assert window.counter.text() == "Rep 1 of 8"
    assert window.figure.timeline() is not None and window.figure.timeline().reps == 8
    window.next_button.click()
    assert window.dose.text() == "Hold 25 s × 2"
    hold = next(s for s in window.figure.timeline().steps if s.kind == "hold")
    assert hold.duration == 25


def test_a_finished_move_gives_way_to_the_next(player, clock: SimulatedClock) -> None:
    window = player(("S1", "S7"))
    clock.advance(25.5)  # 5 reps of 5 s
    window.tick()
    assert window.counter.text() == "✓ Move done"
    assert window.counter_detail.text() == "Next: Chin tuck"
    clock.advance(ADVANCE_AFTER_S)
    window.tick()
    assert window.title.text() == "Chin tuck"
    assert window.skip_button.text() == "End break"


def test_the_last_move_offers_only_done_then_finishes_by_itself(
    player, clock: SimulatedClock
) -> None:
    window = player(("S1",))  # 25 s
    events = record(window)
    clock.advance(26)
    window.tick()
    assert window.time_left.text() == "0:00 left"
    assert window.counter_detail.text() == "That was the last one: the break finishes in 9 s"
    offered = [
        b.text()
        for b in (window.stop_button, window.skip_button, window.snooze_button, window.next_button)
        if b.isVisible() and b.isEnabled()
    ]
    assert offered == ["Done"] and events == []
    assert window.figure.is_settled() and not window.figure.is_animating()
    clock.advance(FINISH_GRACE_S - 1)
    window.tick()
    assert events == [("completed",)] and window.page() == "done"


def test_time_does_not_run_while_the_window_is_hidden(
    qtbot: QtBot, player, clock: SimulatedClock
) -> None:
    window = player(("S1",))
    timers = window.findChildren(QTimer)
    window.hide()
    assert not any(t.isActive() for t in timers)
    clock.advance(12)
    window.show()
    qtbot.waitExposed(window)
    assert window.counter.text() == "Rep 1 of 5"


def test_the_stop_rule_is_always_on_the_move_page(player) -> None:
    window = player(("S1",))
    rule = window.stop_rule
    assert rule.isVisible()
    assert "Stop if you feel sharp pain" in rule.text.text()
    assert "check with a clinician" in rule.toolTip()
    rule.more_button.click()
    assert rule.text.text().startswith("Mild stretching or effort is fine. Stop and rest")
    assert rule.text.text().endswith("if it keeps happening, check with a clinician.")


def test_every_control_has_an_accessible_name(player) -> None:
    window = player(ask_before_after=True)
    controls = window.findChildren(QPushButton) + window.findChildren(QToolButton)
    assert len(controls) > 20
    assert [b.text() for b in controls if not b.accessibleName()] == []


def test_full_screen_when_chosen(player) -> None:
    window = player(full_screen=True)
    assert window.isFullScreen()
    assert len(QApplication.screens()) == 1  # offscreen: no other screen to dim
    assert window.dimmers() == []


def test_a_normal_centred_window_by_default(player) -> None:
    window = player()
    assert not window.isFullScreen()
    area = QApplication.primaryScreen().availableGeometry()
    assert area.contains(window.frameGeometry().center())


def test_reduced_motion_shows_the_key_poses(qtbot: QtBot, player) -> None:
    window = player(("T6",), reduced_motion=True)
    qtbot.waitUntil(lambda: len(window.figure.panels()) == 3)
    assert not window.figure.is_animating()
    assert window.counter.text() == "Rep 1 of 5"  # the counter runs all the same


def test_the_figure_animates_with_motion_on(player) -> None:
    window = player(("T6",))
    assert window.figure.is_animating()
    assert window.figure.current_move().id == "T6"


def test_a_routine_needs_a_move(qapp: QApplication) -> None:
    with pytest.raises(ValueError, match="at least one move"):
        PlayerWindow([])


def test_keys_typed_in_another_window_do_nothing(qtbot: QtBot, player) -> None:
    window = player()
    events = record(window)
    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    focus(qtbot, elsewhere)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape, Qt.Key.Key_S):
        qtbot.keyClick(elsewhere, key)
    assert events == [] and window.isVisible()


def test_dismissed_by_the_app_reports_nothing(player) -> None:
    window = player()
    events = record(window)
    window.next_button.click()
    window.dismiss()
    assert events == [] and not window.isVisible()


def test_skipping_once_a_dose_has_run_out_is_partial(player, clock: SimulatedClock) -> None:
    window = player(("S1", "S7"))
    events = record(window)
    clock.advance(26)
    window.tick()
    assert window.skip_button.text() == "End break"
    window.skip_button.click()
    assert events == [("partial",)]
