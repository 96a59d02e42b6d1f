"""The body map: marking regions by mouse and keyboard, and the read-only heat figure."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from backmove.core.regions import REGIONS
from backmove.ui.body_map import BodyMap

from .conftest import activate, press, record


def shown(qtbot: QtBot, widget: QWidget, width: int = 360, height: int = 480) -> QWidget:
    widget.resize(width, height)
    widget.show()
    qtbot.addWidget(widget)
    qtbot.waitExposed(widget)
    return widget


def click(qtbot: QtBot, body: BodyMap, at: QPointF) -> None:
    qtbot.mouseClick(body, Qt.MouseButton.LeftButton, pos=at.toPoint())


def colour_at(body: BodyMap, region: str) -> QColor:
    image = body.grab().toImage()
    ratio = image.devicePixelRatio()
    p = body.region_point(region)
    return image.pixelColor(QPoint(round(p.x() * ratio), round(p.y() * ratio)))


def test_a_click_on_a_region_marks_it_and_a_second_click_unmarks_it(qtbot: QtBot) -> None:
    body = BodyMap(theme="light")
    shown(qtbot, body)
    events = record(body, "region_toggled")
    before = colour_at(body, "low_back")
    click(qtbot, body, body.region_point("low_back"))
    assert events == [("region_toggled", "low_back", True)]
    assert body.marked() == {"low_back"}
    assert colour_at(body, "low_back") != before
    click(qtbot, body, body.region_point("low_back"))
    assert events[-1] == ("region_toggled", "low_back", False)
    assert body.marked() == frozenset()


@pytest.mark.parametrize("size", [(360, 480), (180, 240)])
def test_every_region_can_be_hit_where_it_is_drawn(qtbot: QtBot, size) -> None:
    body = BodyMap(theme="dark")
    shown(qtbot, body, *size)
    for region in REGIONS:
        assert body.region_at(body.region_point(region)) == region
    click(qtbot, body, body.region_point("elbows"))
    assert body.marked() == {"elbows"}


def test_a_click_on_a_regions_label_marks_it_too(qtbot: QtBot) -> None:
    body = BodyMap(theme="light")
    shown(qtbot, body)
    events = record(body, "region_toggled")
    # The labels of the left column sit left of the figure, on the level of their region.
    neck = body.region_point("neck")
    click(qtbot, body, QPointF(body.width() * 0.2, neck.y()))
    assert events == [("region_toggled", "neck", True)]


def test_the_keyboard_tabs_in_walks_the_regions_and_toggles_one(qtbot: QtBot) -> None:
    host = QWidget()
    before = QPushButton("before")
    body = BodyMap(theme="light")
    layout = QVBoxLayout(host)
    layout.addWidget(before)
    layout.addWidget(body)
    shown(qtbot, host, 380, 560)
    activate(qtbot, host)
    before.setFocus()
    events = record(body, "region_toggled")
    press(qtbot, Qt.Key.Key_Tab)
    assert body.hasFocus() and body.current_region() == "neck"
    press(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Down)
    assert body.current_region() == "low_back"
    press(qtbot, Qt.Key.Key_Space)
    assert events == [("region_toggled", "low_back", True)]
    press(qtbot, Qt.Key.Key_Up, Qt.Key.Key_Return)
    assert events[-1] == ("region_toggled", "elbows", True)
    press(qtbot, Qt.Key.Key_End, Qt.Key.Key_Enter)
    assert events[-1] == ("region_toggled", "ankles_feet", True)
    press(qtbot, Qt.Key.Key_Home, Qt.Key.Key_Left, Qt.Key.Key_Space)
    assert events[-1] == ("region_toggled", "neck", True)
    press(qtbot, Qt.Key.Key_Space)
    assert events[-1] == ("region_toggled", "neck", False)
    assert body.marked() == {"low_back", "elbows", "ankles_feet"}
    assert "Lower back" in body.accessibleDescription()


def test_the_region_the_keyboard_is_on_is_outlined_only_while_focused(qtbot: QtBot) -> None:
    host = QWidget()
    other = QPushButton("elsewhere")
    body = BodyMap(theme="light")
    layout = QVBoxLayout(host)
    layout.addWidget(body)
    layout.addWidget(other)
    shown(qtbot, host, 380, 560)
    activate(qtbot, host)
    other.setFocus()
    plain = body.grab().toImage()
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    assert body.grab().toImage() != plain
    other.setFocus()
    qtbot.waitUntil(lambda: not body.hasFocus())
    assert body.grab().toImage() == plain


def test_the_read_only_map_colours_a_region_by_its_value(qtbot: QtBot) -> None:
    for theme in ("light", "dark"):
        body = BodyMap(interactive=False, theme=theme)
        shown(qtbot, body, 180, 240)
        bare = colour_at(body, "low_back")
        body.set_values({"low_back": 0})
        none = colour_at(body, "low_back")
        body.set_values({"low_back": 9})
        bad = colour_at(body, "low_back")
        assert len({bare.rgb(), none.rgb(), bad.rgb()}) == 3
        # A worse region always stands out more from the page: deeper on light, brighter on
        # dark.
        if theme == "light":
            assert bad.lightnessF() < none.lightnessF()
        else:
            assert bad.lightnessF() > none.lightnessF()
        assert body.values() == {"low_back": 9.0}
        assert "Lower back 9" in body.accessibleDescription()


def test_the_read_only_map_ignores_clicks_and_keys(qtbot: QtBot) -> None:
    body = BodyMap(interactive=False, theme="light")
    shown(qtbot, body)
    events = record(body, "region_toggled")
    click(qtbot, body, body.region_point("knees"))
    assert events == [] and body.marked() == frozenset()
    assert body.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_unknown_regions_are_refused(qtbot: QtBot) -> None:
    body = BodyMap(interactive=False, theme="light")
    qtbot.addWidget(body)
    with pytest.raises(ValueError):
        body.set_values({"lower_back": 3})
    with pytest.raises(ValueError):
        body.set_marked({"tail"})
