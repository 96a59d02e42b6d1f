"""Each kind of editor, changed the way a user changes it, reaches the settings file.

Every test changes a value through the widget, catches `settings_changed`, saves the new
settings to a settings.toml, loads them back, and finds the value the user chose.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from backmove.core.settings import Settings
from tests.gui.settings.conftest import open_window, press, retype, saved_and_loaded, type_time


def changed(qtbot, window, act) -> Settings:
    with qtbot.waitSignal(window.settings_changed, timeout=3000) as blocker:
        act()
    return blocker.args[0]


def test_int_typed_applies_after_a_pause_as_one_change(window, qtbot, tmp_path) -> None:
    seen: list[int] = []
    window.settings_changed.connect(lambda s: seen.append(s["interval_min"]))
    spin = window.editors["interval_min"].spin
    new = changed(qtbot, window, lambda: retype(qtbot, spin, "45"))
    assert seen == [45]  # not 4, then 45
    assert saved_and_loaded(tmp_path, new)["interval_min"] == 45
    assert saved_and_loaded(tmp_path, new) == new


def test_int_stepped_with_the_arrow_keys(window, qtbot, tmp_path) -> None:
    spin = window.editors["walk_break_min"].spin
    spin.setFocus()

    def up_twice() -> None:
        press(qtbot, Qt.Key.Key_Up)
        press(qtbot, Qt.Key.Key_Up)

    new = changed(qtbot, window, up_twice)
    assert saved_and_loaded(tmp_path, new)["walk_break_min"] == 7


def test_bool_switch_clicked_and_its_label_clicked(window, qtbot, tmp_path) -> None:
    window.show_page("Breaks")
    switch = window.editors["floor_moves"].switch
    new = changed(qtbot, window, lambda: qtbot.mouseClick(switch, Qt.MouseButton.LeftButton))
    assert saved_and_loaded(tmp_path, new)["floor_moves"] is True
    title = window.rows["floor_moves"].title
    new = changed(qtbot, window, lambda: qtbot.mouseClick(title, Qt.MouseButton.LeftButton))
    assert saved_and_loaded(tmp_path, new)["floor_moves"] is False
    assert switch.hasFocus()


def test_bool_switch_toggled_with_space(window, qtbot, tmp_path) -> None:
    window.show_page("Tracking")
    window.editors["peg_enabled"].switch.setFocus()
    new = changed(qtbot, window, lambda: press(qtbot, Qt.Key.Key_Space))
    assert saved_and_loaded(tmp_path, new)["peg_enabled"] is True


def test_choice_picked_from_the_keyboard_shows_translated_names(window, qtbot, tmp_path) -> None:
    window.show_page("Tracking")
    combo = window.editors["weekly_checkin_day"].combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
    combo.setFocus()
    new = changed(qtbot, window, lambda: press(qtbot, Qt.Key.Key_Down))
    assert saved_and_loaded(tmp_path, new)["weekly_checkin_day"] == "sat"
    theme = window.editors["theme"].combo
    assert [theme.itemText(i) for i in range(theme.count())] == [
        "Same as the system",
        "Light",
        "Dark",
    ]


def test_time_typed(window, qtbot, tmp_path) -> None:
    window.show_page("Tracking")
    field = window.editors["end_of_day_time"].field
    new = changed(qtbot, window, lambda: type_time(qtbot, field, "1630"))
    assert saved_and_loaded(tmp_path, new)["end_of_day_time"] == "16:30"


def test_hours_add_a_day_change_an_end_and_remove_a_range(window, qtbot, tmp_path) -> None:
    hours = window.editors["working_hours"]
    saturday = hours.days["sat"]
    assert saturday.off.isVisible()
    new = changed(
        qtbot, window, lambda: qtbot.mouseClick(saturday.add_button, Qt.MouseButton.LeftButton)
    )
    assert new["working_hours"]["sat"] == ["09:00-17:30"]
    assert saturday.rows[0].start.hasFocus()

    monday_end = hours.days["mon"].rows[0].end
    new = changed(qtbot, window, lambda: type_time(qtbot, monday_end, "1200"))
    assert new["working_hours"]["mon"] == ["09:00-12:00"]

    friday = hours.days["fri"]
    new = changed(
        qtbot, window, lambda: qtbot.mouseClick(friday.rows[0].remove, Qt.MouseButton.LeftButton)
    )
    loaded = saved_and_loaded(tmp_path, new)
    assert loaded["working_hours"] == {
        "mon": ["09:00-12:00"],
        "tue": ["09:00-17:30"],
        "wed": ["09:00-17:30"],
        "thu": ["09:00-17:30"],
        "fri": [],
        "sat": ["09:00-17:30"],
        "sun": [],
    }
    assert loaded.working_ranges(4) == []


def test_hours_a_second_range_and_an_end_at_midnight(window, qtbot, tmp_path) -> None:
    tuesday = window.editors["working_hours"].days["tue"]
    new = changed(
        qtbot, window, lambda: qtbot.mouseClick(tuesday.add_button, Qt.MouseButton.LeftButton)
    )
    assert new["working_hours"]["tue"] == ["09:00-17:30", "18:00-22:00"]
    end = tuesday.rows[1].end
    new = changed(qtbot, window, lambda: type_time(qtbot, end, "0000"))
    assert saved_and_loaded(tmp_path, new)["working_hours"]["tue"] == ["09:00-17:30", "18:00-24:00"]


def test_dates_a_holiday_added_and_one_day_removed(window, qtbot, tmp_path) -> None:
    days = window.editors["days_off"]
    assert days.first.date().toPython().isoformat() == "2026-03-30"  # the clock's today
    type_time(qtbot, days.first, "20260403")
    type_time(qtbot, days.last, "20260407")
    new = changed(
        qtbot, window, lambda: qtbot.mouseClick(days.add_button, Qt.MouseButton.LeftButton)
    )
    assert new["days_off"] == ["2026-04-03", "2026-04-04", "2026-04-05", "2026-04-06", "2026-04-07"]
    assert days.list.count() == 5
    assert days.list.item(0).text() == "Friday, 3 April 2026"

    days.list.setCurrentRow(1)
    days.list.setFocus()
    new = changed(qtbot, window, lambda: press(qtbot, Qt.Key.Key_Delete))
    loaded = saved_and_loaded(tmp_path, new)
    assert loaded["days_off"] == ["2026-04-03", "2026-04-05", "2026-04-06", "2026-04-07"]
    assert [d.isoformat() for d in sorted(loaded.days_off())] == loaded["days_off"]


def test_int_list_add_and_remove_chips(window, qtbot, tmp_path) -> None:
    window.show_page("Quiet")
    snooze = window.editors["snooze_options_min"]
    assert snooze.new_value.value() == 20  # offered: the next round length not in the list
    new = changed(
        qtbot, window, lambda: qtbot.mouseClick(snooze.add_button, Qt.MouseButton.LeftButton)
    )
    assert new["snooze_options_min"] == [5, 10, 15, 20]
    remove_five = snooze.chips[5].findChild(type(snooze.add_button))
    new = changed(qtbot, window, lambda: qtbot.mouseClick(remove_five, Qt.MouseButton.LeftButton))
    assert saved_and_loaded(tmp_path, new)["snooze_options_min"] == [10, 15, 20]


def test_int_list_keeps_at_least_one_and_at_most_max_items(qtbot) -> None:
    w = open_window(qtbot, Settings({"snooze_options_min": [10]}))
    w.show_page("Quiet")
    snooze = w.editors["snooze_options_min"]
    only = snooze.chips[10].findChild(type(snooze.add_button))
    assert not only.isEnabled()
    full = open_window(qtbot, Settings({"snooze_options_min": [5, 10, 15, 20, 25]}))
    full.show_page("Quiet")
    assert not full.editors["snooze_options_min"].add_button.isEnabled()


def test_areas_ticked(window, qtbot, tmp_path) -> None:
    window.show_page("Breaks")
    areas = window.editors["focus_areas"]
    new = changed(
        qtbot, window, lambda: qtbot.mouseClick(areas.boxes["neck"], Qt.MouseButton.LeftButton)
    )
    assert new["focus_areas"] == ["neck"]
    areas.boxes["low_back"].setFocus()
    new = changed(qtbot, window, lambda: press(qtbot, Qt.Key.Key_Space))
    assert saved_and_loaded(tmp_path, new)["focus_areas"] == ["low_back", "neck"]
    assert areas.boxes["upper_back"].text() == "Upper back"


def test_closing_the_window_applies_what_is_still_being_typed(window, qtbot) -> None:
    spin = window.editors["daily_goal"].spin
    retype(qtbot, spin, "8")
    with qtbot.waitSignal(window.settings_changed, timeout=1000) as blocker:
        press(qtbot, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert blocker.args[0]["daily_goal"] == 8


def test_changing_the_theme_setting_restyles_the_window(window, qtbot) -> None:
    window.show_page("General")
    before = window.palette().window().color().lightnessF()
    combo = window.editors["theme"].combo
    with qtbot.waitSignal(window.settings_changed, timeout=1000) as blocker:
        combo.setCurrentIndex(combo.findData("dark"))
    assert blocker.args[0]["theme"] == "dark"
    assert before > 0.5 > window.palette().window().color().lightnessF()
