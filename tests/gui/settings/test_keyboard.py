"""The window by keyboard alone: every control in the Tab order, named, with visible focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from backmove.core.settings import Settings
from tests.gui.settings.conftest import focused, open_window, press


def tab_cycle(qtbot, window) -> list[QWidget]:
    """Tab from the filter box until it comes round again; what took the focus, in order."""
    window.filter_box.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    for _ in range(300):
        seen.append(focused())
        press(qtbot, Qt.Key.Key_Tab)
        if focused() is window.filter_box:
            return seen
    raise AssertionError("Tab never came back to the filter box")


def tab_stops(page: QWidget) -> list[QWidget]:
    """Every control on a page a user could operate: shown, enabled and taking Tab (a spin
    box's inner text field hands its focus to the spin box, so it does not count)."""
    return [
        w
        for w in page.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusProxy() is None
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


PAGE_FILLING = Settings({"days_off": ["2026-04-03", "2026-04-06"]})


@pytest.mark.parametrize("page", ["Schedule", "Breaks", "Quiet", "Tracking", "General"])
def test_tab_reaches_every_control_which_is_named_and_shows_its_focus(qtbot, page) -> None:
    window = open_window(qtbot, PAGE_FILLING)
    window.show_page(page)
    cycle = tab_cycle(qtbot, window)
    assert cycle[:2] == [window.filter_box, window.nav]
    assert len(set(cycle)) == len(cycle), "Tab visits a control twice"
    unnamed = [type(w).__name__ for w in cycle if not w.accessibleName().strip()]
    assert unnamed == []
    on_page = [w for w in cycle if window.pages[page].isAncestorOf(w)]
    for stop in tab_stops(window.pages[page]):
        assert stop in on_page, f"{stop.accessibleName() or stop} cannot be reached with Tab"

    for widget in cycle:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        with_focus = widget.grab().toImage()
        elsewhere = window.nav if widget is window.filter_box else window.filter_box
        elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
        without = widget.grab().toImage()
        assert with_focus != without, f"{widget.accessibleName()} shows no focus"
    window.close()


def test_inline_editors_are_named_by_their_label_and_described_by_their_help(window) -> None:
    for row in window.rows.values():
        if row.editor.inline:
            target = row.editor.focusProxy()
            assert target.accessibleName() == row.editor.spec.label
            assert target.accessibleDescription() == row.editor.spec.help


def test_esc_closes(window, qtbot) -> None:
    window.editors["interval_min"].spin.setFocus()
    press(qtbot, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_ctrl_w_closes(window, qtbot) -> None:
    window.show_page("General")
    window.data.export_button.setFocus()
    press(qtbot, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_the_page_list_moves_with_the_arrow_keys(window, qtbot) -> None:
    window.nav.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    assert window.current_page() == "Breaks"
    assert window.rows["focus_areas"].isVisible()
