"""Every window by keyboard alone: Tab reaches each control, each has a name a screen reader
can say, and each shows where the focus is, in the light and the dark look."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.accessibility.conftest import THEMES, WINDOWS


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def tab_cycle(qtbot: QtBot, window: QWidget) -> list[QWidget]:
    """Press Tab from wherever the window put the focus until it comes round again; what
    took the focus, in order."""
    first = focused()
    seen: list[QWidget] = []
    for _ in range(200):
        seen.append(focused())
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert window.isVisible(), "Tab closed the window"
        if focused() is first:
            return seen
    raise AssertionError("Tab never came round to where it started")


def tab_stops(window: QWidget) -> list[QWidget]:
    """Every control a user could operate: shown, enabled and taking Tab (a control whose
    focus goes to another, such as a spin box's text field, counts as that one)."""
    return [
        w
        for w in window.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusProxy() is None
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def spoken_name(widget: QWidget) -> str:
    """What a screen reader announces: the accessible name, or what Qt derives (a button's
    text, a label's buddy)."""
    name = widget.accessibleName().strip()
    if name:
        return name
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def what(widget: QWidget) -> str:
    return widget.accessibleName() or widget.objectName() or type(widget).__name__


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("name", WINDOWS)
def test_tab_reaches_every_control_and_each_is_named(
    windows: Callable[..., QWidget], qtbot: QtBot, name: str, theme: str
) -> None:
    window = windows(name, theme)
    cycle = tab_cycle(qtbot, window)
    assert len(set(cycle)) == len(cycle), "Tab visits a control twice"
    unreached = [what(w) for w in tab_stops(window) if w not in cycle]
    assert unreached == []
    unnamed = [what(w) for w in cycle if not spoken_name(w)]
    assert unnamed == []
    bare = [spoken_name(w) for w in cycle if spoken_name(w).isdigit()]
    assert bare == [], "a bare number says nothing read aloud"
    window.close()


def ringed(widget: QWidget) -> QWidget:
    """What shows a control's focus: the control, or a row around it that hands it its
    focus and draws the ring itself."""
    out = widget
    parent = widget.parentWidget()
    while parent is not None and parent.focusProxy() is out:
        out, parent = parent, parent.parentWidget()
    return out


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("name", WINDOWS)
def test_every_control_shows_when_it_has_the_focus(
    windows: Callable[..., QWidget], qtbot: QtBot, name: str, theme: str
) -> None:
    window = windows(name, theme)
    unmarked = []
    for widget in tab_cycle(qtbot, window):
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        with_focus = ringed(widget).grab().toImage()
        widget.clearFocus()
        without = ringed(widget).grab().toImage()
        if with_focus == without:
            unmarked.append(what(widget))
    assert unmarked == []
    window.close()


@pytest.mark.parametrize(
    ("name", "question"),
    [
        ("player-before", "How bad is your low back pain right now?"),
        ("end-of-day", "How bad was your low back pain on average today?"),
        ("checkin-regions", "Lower back: discomfort from 0 to 10"),
    ],
)
def test_a_number_on_a_scale_is_read_with_what_it_answers(
    windows: Callable[..., QWidget], name: str, question: str
) -> None:
    window = windows(name, "light")
    number = focused()
    assert window.isAncestorOf(number)
    assert (
        number.accessibleName().endswith(" out of 10") or " out of 10, " in number.accessibleName()
    )
    assert question in number.accessibleDescription()
