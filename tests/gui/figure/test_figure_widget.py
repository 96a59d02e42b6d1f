"""The figure on screen: it animates only while visible, stands still with reduced motion,
counts holds down, shows the other side mirrored, and exports PNG and SVG."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot

from backmove.core.catalog import Catalog, load_catalog
from backmove.core.clock import SimulatedClock
from backmove.resources import stretches_dir
from backmove.ui.figure import THEMES, FigureWidget
from backmove.ui.figure_export import contact_sheet, export_figures

LIGHT = THEMES["light"]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(stretches_dir())[0]


@pytest.fixture
def clock() -> SimulatedClock:
    return SimulatedClock(datetime(2026, 3, 30, 9, 0, tzinfo=UTC))


def _ink(image: QImage, rect: QRectF, colour: str, tolerance: int = 24) -> int:
    """How many pixels in `rect` are (close to) `colour`, sampled every 2 px."""
    want = QColor(colour)
    count = 0
    for x in range(int(rect.left()), int(rect.right()), 2):
        for y in range(int(rect.top()), int(rect.bottom()), 2):
            c = image.pixelColor(x, y)
            diff = (
                abs(c.red() - want.red())
                + abs(c.green() - want.green())
                + abs(c.blue() - want.blue())
            )
            count += diff <= tolerance
    return count


def _shown(qtbot, widget: FigureWidget) -> FigureWidget:
    qtbot.addWidget(widget)
    widget.resize(480, 320)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_animation_runs_only_while_the_figure_is_visible(
    qtbot: QtBot, catalog: Catalog, clock: SimulatedClock
) -> None:
    widget = FigureWidget(catalog.move("S1"), clock=clock)
    qtbot.addWidget(widget)
    assert not widget.is_animating()  # not shown yet
    _shown(qtbot, widget)
    assert widget.is_animating()
    clock.advance(1.0)
    qtbot.waitUntil(lambda: widget.position() == pytest.approx(1.0))
    widget.hide()
    assert not widget.is_animating()
    assert not any(t.isActive() for t in widget.findChildren(QTimer))
    clock.advance(30.0)  # time passes while hidden: the figure waits where it was
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.is_animating()
    assert widget.position() == pytest.approx(1.0, abs=0.05)


def test_the_figure_reaches_each_key_pose_on_the_dose_tempo(
    qtbot: QtBot, catalog: Catalog, clock: SimulatedClock
) -> None:
    widget = _shown(qtbot, FigureWidget(catalog.move("S1"), clock=clock))
    clock.advance(2.5)  # S1: 5 s a rep, tuck then arch
    qtbot.waitUntil(lambda: widget.frame() is not None and widget.frame().at_pose == 1)
    clock.advance(2.5)
    qtbot.waitUntil(lambda: widget.frame() is not None and widget.frame().at_pose == 0)


def test_a_hold_shows_a_countdown_ring(
    qtbot: QtBot, catalog: Catalog, clock: SimulatedClock
) -> None:
    widget = _shown(qtbot, FigureWidget(catalog.move("S3"), clock=clock))
    widget.seek(1.0)  # still moving into the hold: no ring
    corner = QRectF(widget.width() - 90, 0, 90, 90)
    assert _ink(widget.grab().toImage(), corner, LIGHT.highlight) == 0
    widget.seek(5.0)  # 3 s into a 15 s hold
    frame = widget.frame()
    assert frame is not None and frame.kind == "hold"
    assert _ink(widget.grab().toImage(), corner, LIGHT.highlight) > 20


def test_the_second_side_is_shown_mirrored(
    qtbot: QtBot, catalog: Catalog, clock: SimulatedClock
) -> None:
    widget = _shown(qtbot, FigureWidget(catalog.move("S6"), clock=clock))
    timeline = widget.timeline()
    assert timeline is not None
    first_hold = next(s for s in timeline.steps if s.kind == "hold" and s.side == 0)
    other_hold = next(s for s in timeline.steps if s.kind == "hold" and s.side == 1)
    widget.seek(first_hold.start + 1)
    left = widget.grab().toImage()
    widget.seek(other_hold.start + 1)
    assert widget.frame() is not None and widget.frame().mirrored
    right = widget.grab().toImage()
    half = widget.width() / 2
    top = QRectF(0, 0, half, widget.height() * 0.45)
    top_right = QRectF(half, 0, half, widget.height() * 0.45)
    # The raised, leaning arm is on one side of the picture, then on the other.
    assert _ink(left, top_right, LIGHT.body) > _ink(left, top, LIGHT.body)
    assert _ink(right, top, LIGHT.body) > _ink(right, top_right, LIGHT.body)


def test_reduced_motion_shows_key_poses_side_by_side_and_runs_no_timer(
    qtbot: QtBot, catalog: Catalog
) -> None:
    widget = _shown(qtbot, FigureWidget(catalog.move("T6"), reduced_motion=True))
    assert not widget.is_animating()
    assert not any(t.isActive() for t in widget.findChildren(QTimer))
    image = widget.grab().toImage()
    panels = widget.panels()
    assert len(panels) == 3  # sit, lean forward, stand
    for a, b in itertools.pairwise(panels):
        assert a.right() < b.left()
    for panel in panels:
        assert _ink(image, panel, LIGHT.body) > 50
    widget.set_reduced_motion(False)
    assert widget.is_animating()
    widget.set_reduced_motion(True)
    assert not widget.is_animating()


def test_dark_theme_draws_a_light_figure(qtbot: QtBot, catalog: Catalog) -> None:
    widget = _shown(qtbot, FigureWidget(catalog.move("T1"), theme="dark", reduced_motion=True))
    image = widget.grab().toImage()
    full = QRectF(0, 0, widget.width(), widget.height())
    dark_body = _ink(image, full, THEMES["dark"].body)
    assert dark_body > 100
    assert dark_body > 5 * _ink(image, full, LIGHT.body)


def test_export_writes_a_png_and_an_svg_per_move(tmp_path: Path, catalog: Catalog) -> None:
    few = Catalog({k: catalog.move(k) for k in ("S4", "T1", "F3")}, {})
    written = export_figures(tmp_path, "light", few)
    assert sorted(p.name for p in written) == [
        "F3.png",
        "F3.svg",
        "S4.png",
        "S4.svg",
        "T1.png",
        "T1.svg",
    ]
    png = QImage(str(tmp_path / "T1.png"))
    assert not png.isNull() and png.width() > 300
    assert _ink(png, QRectF(0, 0, png.width(), png.height()), LIGHT.highlight) > 20
    svg = tmp_path / "F3.svg"
    assert svg.read_text().lstrip().startswith("<?xml") and "<svg" in svg.read_text()
    assert QSvgRenderer(str(svg)).isValid()


def test_the_contact_sheet_has_a_cell_per_move(tmp_path: Path, catalog: Catalog) -> None:
    out = contact_sheet(tmp_path / "sheet.png", "dark", catalog)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (4 * 480, 8 * 300)
