"""Finding a setting: Ctrl+F, then words from its label or its help."""

from __future__ import annotations

from PySide6.QtCore import Qt

from backmove.core.settings import SPECS
from tests.gui.settings.conftest import focused, press


def shown_keys(window) -> set[str]:
    return {
        key
        for key, row in window.rows.items()
        if row.isVisibleTo(window.pages[row.editor.spec.group])
    }


def shown_pages(window) -> list[str]:
    return [
        window.nav.item(i).text()
        for i in range(window.nav.count())
        if not window.nav.item(i).isHidden()
    ]


def test_ctrl_f_goes_to_the_filter_box_from_anywhere(window, qtbot) -> None:
    window.editors["interval_min"].spin.setFocus()
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.filter_box


def test_typing_narrows_to_settings_whose_label_or_help_has_the_words(window, qtbot) -> None:
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.filter_box, "Snooze")
    expected = {s.key for s in SPECS if "snooze" in (s.label + " " + s.help).casefold()}
    assert expected == {"snooze_options_min", "snooze_limit"}
    assert shown_keys(window) == expected
    assert shown_pages(window) == ["Quiet"]
    assert window.current_page() == "Quiet"
    assert window.rows["snooze_limit"].isVisible()
    assert not window.rows["meeting_default_min"].isVisible()


def test_words_from_the_help_text_find_the_setting(window, qtbot) -> None:
    window.focus_filter()
    qtbot.keyClicks(window.filter_box, "lunch")
    assert shown_keys(window) == {"working_hours"}
    assert window.current_page() == "Schedule"


def test_the_data_buttons_are_found_too(window, qtbot) -> None:
    window.focus_filter()
    qtbot.keyClicks(window.filter_box, "backup")
    assert shown_pages(window) == ["General"]
    assert window.data.restore_button.isVisible()
    assert not window.data.delete_button.isVisible()


def test_no_match_says_so_and_esc_clears_the_filter_before_it_closes(window, qtbot) -> None:
    window.focus_filter()
    qtbot.keyClicks(window.filter_box, "xylophone")
    assert shown_pages(window) == []
    assert window.no_match.isVisible()
    assert window.no_match.text() == "No setting matches “xylophone”."
    press(qtbot, Qt.Key.Key_Escape)
    assert window.isVisible()
    assert window.filter_box.text() == ""
    assert shown_keys(window) == set(window.rows)
    assert len(shown_pages(window)) == window.nav.count()
    assert window.pages[window.current_page()].isVisible()
    press(qtbot, Qt.Key.Key_Escape)
    assert not window.isVisible()
