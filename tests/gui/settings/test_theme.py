"""Light and dark: the whole window follows, including controls added while it is open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from tests.gui.settings.conftest import open_window


def lightness(widget: QWidget) -> float:
    """How light a widget is drawn on screen, 0 (black) to 1 (white), on average."""
    image = widget.grab().toImage()
    points = [
        (x, y) for x in range(2, image.width() - 2, 3) for y in range(2, image.height() - 2, 3)
    ]
    return sum(QColor(image.pixel(x, y)).lightnessF() for x, y in points) / len(points)


def test_dark_draws_dark_fields_and_pages_even_for_new_controls(qtbot) -> None:
    window = open_window(qtbot, theme="dark")
    assert lightness(window) < 0.35
    spin = window.editors["interval_min"].spin
    assert lightness(spin) < 0.35
    saturday = window.editors["working_hours"].days["sat"]
    with qtbot.waitSignal(window.settings_changed, timeout=1000):
        qtbot.mouseClick(saturday.add_button, Qt.MouseButton.LeftButton)
    assert lightness(saturday.rows[0].start) < 0.35
    window.show_page("Quiet")
    snooze = window.editors["snooze_options_min"]
    with qtbot.waitSignal(window.settings_changed, timeout=1000):
        qtbot.mouseClick(snooze.add_button, Qt.MouseButton.LeftButton)
    assert lightness(snooze.chips[20]) < 0.35
    window.close()


def test_light_draws_light_fields(qtbot) -> None:
    window = open_window(qtbot, theme="light")
    assert lightness(window) > 0.8
    assert lightness(window.editors["interval_min"].spin) > 0.8
    window.close()
