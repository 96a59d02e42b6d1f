"""The General page's data buttons: they only ask; deleting asks twice."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.settings.conftest import focused, press


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def in_sight(widget) -> bool:
    """The whole widget is on the window, not scrolled away or cut by what holds it."""
    return widget.visibleRegion().boundingRect() == widget.rect() and not widget.rect().isEmpty()


def shown_whole(panel) -> bool:
    """All of the panel's words and both its buttons are in the window, where a user sees them."""
    text = panel.text
    return text.height() >= text.heightForWidth(text.width()) and all(
        in_sight(w) for w in (text, panel.cancel_button, panel.confirm_button)
    )


def test_each_data_button_asks_the_app(window, qtbot) -> None:
    window.show_page("General")
    data = window.data
    for signal, widget in (
        (window.export_requested, data.export_button),
        (window.backup_requested, data.backup_button),
        (window.restore_requested, data.restore_button),
        (window.open_data_folder_requested, data.open_button),
    ):
        with qtbot.waitSignal(signal, timeout=1000):
            click(qtbot, widget)


def test_the_data_folder_is_shown_and_cannot_be_edited(window, qtbot) -> None:
    window.set_data_folder("/somewhere/backmove-data")
    window.show_page("General")
    field = window.data.folder
    assert field.text() == "/somewhere/backmove-data"
    assert field.isReadOnly()
    field.setFocus()
    qtbot.keyClicks(field, "x")
    assert field.text() == "/somewhere/backmove-data"


def test_delete_all_needs_a_second_step_that_says_what_goes(window, qtbot) -> None:
    window.set_data_folder("/somewhere/backmove-data")
    window.show_page("General")
    data = window.data
    with qtbot.assertNotEmitted(window.delete_all_requested, wait=0):
        click(qtbot, data.delete_button)
    panel = data.panel
    assert panel.isVisible()
    qtbot.waitUntil(lambda: shown_whole(panel), timeout=1000)
    words = panel.text.text()
    for part in (
        "in /somewhere/backmove-data",
        "every break",
        "every rating",
        "weekly check-ins",
        "safety check",
        "daily backups",
        "Your settings and your own moves are kept",
        "This cannot be undone",
    ):
        assert part in words
    assert focused() is panel.cancel_button  # the safe choice is where Enter lands
    with qtbot.assertNotEmitted(window.delete_all_requested, wait=0):
        press(qtbot, Qt.Key.Key_Return)
    assert not panel.isVisible()
    assert focused() is data.delete_button

    click(qtbot, data.delete_button)
    qtbot.waitUntil(lambda: shown_whole(panel), timeout=1000)
    with qtbot.waitSignal(window.delete_all_requested, timeout=1000):
        click(qtbot, panel.confirm_button)
    assert not panel.isVisible()


def test_closing_the_window_forgets_a_half_made_deletion(window, qtbot) -> None:
    window.show_page("General")
    click(qtbot, window.data.delete_button)
    window.close()
    window.show()
    assert not window.data.panel.isVisible()
    assert window.data.delete_button.isEnabled()
