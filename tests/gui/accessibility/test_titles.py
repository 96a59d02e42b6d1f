"""Every window's title in one style, "backmove — <what>": a task bar or a window switcher
lists them together, each saying what it is."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWidget

from backmove.ui.notice import show_notice
from tests.gui.accessibility.conftest import WINDOWS

STYLE = re.compile(r"^backmove — \S.*$")


@pytest.mark.parametrize("name", WINDOWS)
def test_every_window_is_titled_in_the_one_style(
    windows: Callable[..., QWidget], name: str
) -> None:
    window = windows(name, "light")
    assert STYLE.match(window.windowTitle()), window.windowTitle()


def test_a_notice_is_titled_in_the_one_style(qtbot) -> None:
    box = show_notice("Notice", ["Something to know."])
    qtbot.addWidget(box)
    assert STYLE.match(box.windowTitle())
    assert box.windowTitle() == "backmove — Notice"
