"""Allowed and recommended ranges, as the user meets them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from backmove.core.messages import SettingOutsideRecommended
from backmove.core.settings import Settings
from backmove.ui.wording import describe
from tests.gui.settings.conftest import open_window, press, retype, type_time


def test_outside_the_recommended_range_is_applied_with_a_note(window, qtbot) -> None:
    row = window.rows["interval_min"]
    assert not row.note.isVisible()
    with qtbot.waitSignal(window.settings_changed, timeout=3000) as blocker:
        retype(qtbot, row.editor.spin, "90")
    assert blocker.args[0]["interval_min"] == 90
    assert row.note.isVisible()
    assert row.note.text() == describe(SettingOutsideRecommended("interval_min", 90, 20, 60))
    assert row.note.text() == (
        "90 is allowed, but 20–60 is what we suggest for Minutes of activity before a break."
    )
    with qtbot.waitSignal(window.settings_changed, timeout=3000):
        retype(qtbot, row.editor.spin, "30")
    assert not row.note.isVisible()


def test_a_value_already_outside_shows_its_note_on_opening(qtbot) -> None:
    w = open_window(qtbot, Settings({"before_after_share_pct": 80}))
    w.show_page("Tracking")
    assert w.rows["before_after_share_pct"].note.text() == (
        "80 is allowed, but 20–30 is what we suggest for Ask how your back feels before and "
        "after (percent of breaks)."
    )


def test_a_list_item_outside_the_recommended_range_gets_the_note(window, qtbot) -> None:
    window.show_page("Quiet")
    snooze = window.editors["snooze_options_min"]
    retype(qtbot, snooze.new_value, "45")
    with qtbot.waitSignal(window.settings_changed, timeout=1000) as blocker:
        qtbot.mouseClick(snooze.add_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0]["snooze_options_min"] == [5, 10, 15, 45]
    assert window.rows["snooze_options_min"].note.text().startswith("45 is allowed, but 5–30")


def test_a_number_outside_the_allowed_range_cannot_be_typed(window, qtbot) -> None:
    spin = window.editors["interval_min"].spin  # allowed 1–240
    with qtbot.waitSignal(window.settings_changed, timeout=3000) as blocker:
        retype(qtbot, spin, "999")
    assert spin.text() == "99 min"
    assert blocker.args[0]["interval_min"] == 99
    retype(qtbot, spin, "0")
    press(qtbot, Qt.Key.Key_Tab)
    assert spin.value() >= 1
    window.show_page("Quiet")
    snooze = window.editors["snooze_options_min"].new_value  # allowed 1–120
    retype(qtbot, snooze, "500")
    assert snooze.value() == 50


def test_overlapping_hours_are_not_applied_and_the_note_names_them(window, qtbot) -> None:
    monday = window.editors["working_hours"].days["mon"]
    with qtbot.waitSignal(window.settings_changed, timeout=1000):
        qtbot.mouseClick(monday.add_button, Qt.MouseButton.LeftButton)
    row = window.rows["working_hours"]
    applied = window.settings()
    with qtbot.assertNotEmitted(window.settings_changed, wait=0):
        type_time(qtbot, monday.rows[1].start, "1200")
        press(qtbot, Qt.Key.Key_Return)
    assert window.settings() == applied
    assert row.note.isVisible()
    assert row.note.text() == (
        "12:00-22:00 was not applied: Working hours needs ranges that "
        "do not overlap. The setting keeps its last value."
    )
    with qtbot.waitSignal(window.settings_changed, timeout=1000) as blocker:
        type_time(qtbot, monday.rows[1].start, "1900")
        press(qtbot, Qt.Key.Key_Return)
    assert blocker.args[0]["working_hours"]["mon"] == ["09:00-17:30", "19:00-22:00"]
    assert not row.note.isVisible()


def test_a_range_ending_before_it_starts_is_named(window, qtbot) -> None:
    tuesday = window.editors["working_hours"].days["tue"]
    with qtbot.assertNotEmitted(window.settings_changed, wait=0):
        type_time(qtbot, tuesday.rows[0].end, "0800")
        press(qtbot, Qt.Key.Key_Return)
    assert "09:00-08:00 was not applied" in window.rows["working_hours"].note.text()
