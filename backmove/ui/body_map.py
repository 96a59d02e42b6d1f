"""The body map: a figure seen from behind with the nine check-in regions on it.

It is seen from behind because that is the one view in which all nine regions of the Nordic
Musculoskeletal Questionnaire show, the lower back above all (NMQ's own figure is a back view for
the same reason). The figure is our own drawing (docs/evidence.md#weekly-body-map): rounded shapes
joined into one silhouette, each region a soft overlay clipped to it, the lower back always tinted.

Two modes:
- interactive: a click on a region or on its label, or the keyboard (Tab into the map, the
  arrow keys walk the regions head to feet, Space or Enter marks one), toggles it and emits
  `region_toggled(region, marked)`. A marked region is filled and ticked, so it does not rely
  on colour alone; the region the keyboard is on is outlined while the map has the focus.
- read-only (`interactive=False`): a heat figure. `set_values({region: 0..10})` colours each
  region on a sequential scale that reads on light and dark, with a small legend; a region
  without a value stays bare.

Labels with leader lines are drawn beside the figure when the widget is wide enough for them;
a small dashboard picture goes without.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from backmove.core.regions import LOW_BACK, REGIONS
from backmove.ui.kit.theme import Look, look_for, points

# --- the drawing, in figure units (x right, y down; the figure stands 300 units tall) -------

_BOUNDS = QRectF(14.0, 1.0, 92.0, 297.0)
_MID = 60.0


def _mirror(x: float) -> float:
    return 2 * _MID - x


def _ellipse(cx: float, cy: float, rx: float, ry: float | None = None) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(cx, cy), rx, rx if ry is None else ry)
    return path


def _rounded(x: float, y: float, w: float, h: float, r: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(x, y, w, h), r, r)
    return path


def _limb(a: tuple[float, float], ra: float, b: tuple[float, float], rb: float) -> QPainterPath:
    """A tapering capsule from circle (a, ra) to circle (b, rb): the two circles and the band
    between their outer tangents, so the sides meet the round ends without a kink."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy)
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux
    s = (ra - rb) / length
    c = math.sqrt(max(0.0, 1 - s * s))
    sides = []
    for sign in (1, -1):
        mx, my = s * ux + sign * c * nx, s * uy + sign * c * ny
        sides.append(
            (QPointF(a[0] + ra * mx, a[1] + ra * my), QPointF(b[0] + rb * mx, b[1] + rb * my))
        )
    band = QPainterPath()
    band.addPolygon(QPolygonF([sides[0][0], sides[0][1], sides[1][1], sides[1][0]]))
    band.closeSubpath()
    return band.united(_ellipse(*a, ra)).united(_ellipse(*b, rb))


def _torso() -> QPainterPath:
    """Trapezius, shoulders, the taper to the waist and the flare of the hips, in one outline."""
    right = [
        ((70.0, 57.0), (77.0, 60.0), (86.0, 61.5)),  # trapezius
        ((93.0, 62.5), (97.5, 67.0), (97.0, 75.0)),  # shoulder cap
        ((96.5, 82.0), (90.0, 86.0), (85.0, 92.0)),  # into the armpit
        ((83.5, 108.0), (79.0, 126.0), (79.0, 140.0)),  # waist
        ((79.0, 151.0), (85.0, 160.0), (85.5, 172.0)),  # hip
        ((86.0, 182.0), (76.0, 186.0), (60.0, 186.0)),  # seat
    ]
    start = QPointF(67.0, 48.0)  # the right side of the neck's base
    path = QPainterPath(start)
    for c1, c2, end in right:
        path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
    # The left side: the same curves walked back in mirror image.
    ends = [(start.x(), start.y())] + [end for _c1, _c2, end in right]
    left = QPainterPath(QPointF(_MID, 186.0))
    for i in range(len(right) - 1, -1, -1):
        c1, c2, _end = right[i]
        left.cubicTo(
            QPointF(_mirror(c2[0]), c2[1]),
            QPointF(_mirror(c1[0]), c1[1]),
            QPointF(_mirror(ends[i][0]), ends[i][1]),
        )
    path.connectPath(left)
    path.closeSubpath()
    return path


@dataclass(frozen=True)
class _Geometry:
    silhouette: QPainterPath
    hair: QPainterPath
    details: QPainterPath
    lumbar: QPainterPath
    regions: dict[str, QPainterPath]
    marks: dict[str, tuple[QPointF, ...]]
    anchors: dict[str, QPointF]
    probes: dict[str, QPointF]


@dataclass(frozen=True)
class _Label:
    region: str
    box: QRectF
    lines: tuple[str, ...]
    font: QFont
    strong: bool  # marked, valued, or the lower back: bold
    anchor: QPointF
    left: bool

    def hit(self) -> QRectF:
        return self.box.adjusted(-6, -4, 6, 4)


# The regions labelled on the left of the figure; the rest are labelled on the right.
_LEFT = ("neck", "upper_back", "low_back", "hips_thighs", "ankles_feet")


@cache
def _geometry() -> _Geometry:
    """The figure's shapes, built once: they take about 10 ms to build and are needed by
    every paint and, through `region_at`, by every mouse move over an interactive map."""
    pieces = [
        _torso(),
        _rounded(52.0, 34.0, 16.0, 22.0, 7.0),  # neck
        _ellipse(45.5, 24.0, 3.2, 5.2),  # ears
        _ellipse(74.5, 24.0, 3.2, 5.2),
        _ellipse(_MID, 22.0, 14.5, 17.5),  # head
    ]
    for left in (False, True):

        def x(v: float, left: bool = left) -> float:
            return _mirror(v) if left else v

        pieces += [
            _limb((x(86.0), 74.0), 9.5, (x(92.0), 126.0), 6.6),  # upper arm
            _limb((x(92.0), 126.0), 6.6, (x(95.0), 173.0), 4.6),  # forearm
            _limb((x(95.0), 173.0), 4.8, (x(96.5), 192.5), 5.6),  # hand
            _limb((x(71.0), 172.0), 12.8, (x(69.5), 232.0), 8.0),  # thigh
            _limb((x(69.5), 232.0), 8.0, (x(68.5), 279.0), 4.6),  # shin
            _ellipse(x(70.8), 250.0, 8.6, 15.0),  # calf
            _limb((x(68.5), 279.0), 4.8, (x(68.6), 290.5), 6.0),  # heel
        ]
    silhouette = QPainterPath()
    silhouette.setFillRule(Qt.FillRule.WindingFill)
    for piece in pieces:
        silhouette = silhouette.united(piece)
    silhouette = silhouette.simplified()

    head = _ellipse(_MID, 22.0, 14.5, 17.5)
    hair = head.intersected(_ellipse(_MID, 12.0, 21.0, 22.5))

    details = QPainterPath()
    details.moveTo(_MID, 58.0)  # the spine, down to where the lumbar marks take over
    details.lineTo(_MID, 114.0)
    for left in (False, True):

        def x2(v: float, left: bool = left) -> float:
            return _mirror(v) if left else v

        details.moveTo(x2(67.5), 72.0)  # shoulder blade
        details.cubicTo(x2(75.0), 74.0, x2(77.0), 92.0, x2(69.0), 101.0)
        details.moveTo(x2(61.0), 192.0)  # under the buttock
        details.cubicTo(x2(64.0), 197.0, x2(74.0), 198.0, x2(80.0), 194.0)
    details.moveTo(_MID, 170.0)
    details.lineTo(_MID, 193.0)

    lumbar = QPainterPath()
    for y in (124.0, 133.0, 142.0, 151.0):
        lumbar.addRoundedRect(QRectF(_MID - 3.2, y - 1.6, 6.4, 3.2), 1.6, 1.6)

    shapes: dict[str, list[tuple[QPainterPath, QPointF]]] = {
        "neck": [(_rounded(51.0, 30.0, 18.0, 27.0, 6.0).subtracted(hair), QPointF(_MID, 48.0))],
        "upper_back": [(_rounded(47.0, 60.0, 26.0, 52.0, 11.0), QPointF(_MID, 86.0))],
        "low_back": [(_rounded(45.0, 116.0, 30.0, 44.0, 12.0), QPointF(_MID, 138.0))],
    }
    paired = {
        "shoulders": (_ellipse(84.5, 69.0, 12.5, 11.5), (87.0, 69.0)),
        "elbows": (_ellipse(92.0, 126.0, 9.5), (92.0, 126.0)),
        "wrists_hands": (_ellipse(95.8, 184.0, 8.5, 14.5), (95.8, 184.0)),
        "hips_thighs": (_rounded(61.0, 163.0, 25.0, 52.0, 12.0), (72.0, 190.0)),
        "knees": (_ellipse(69.5, 232.0, 10.0), (69.5, 232.0)),
        "ankles_feet": (_ellipse(68.6, 284.0, 8.8, 12.5), (68.6, 284.0)),
    }
    for region, (shape, (mx, my)) in paired.items():
        flip = QTransform(-1, 0, 0, 1, 2 * _MID, 0)
        shapes[region] = [(shape, QPointF(mx, my)), (flip.map(shape), QPointF(_mirror(mx), my))]
    regions: dict[str, QPainterPath] = {}
    marks: dict[str, tuple[QPointF, ...]] = {}
    for region in REGIONS:
        area = QPainterPath()
        for shape, _mark in shapes[region]:
            area = area.united(shape.intersected(silhouette))
        regions[region] = area.simplified()
        marks[region] = tuple(mark for _shape, mark in shapes[region])

    anchors = {
        "neck": QPointF(53.0, 47.0),
        "upper_back": QPointF(49.0, 88.0),
        "low_back": QPointF(47.0, 138.0),
        "hips_thighs": QPointF(38.0, 190.0),
        "ankles_feet": QPointF(46.0, 284.0),
        "shoulders": QPointF(93.0, 66.0),
        "elbows": QPointF(98.5, 126.0),
        "wrists_hands": QPointF(101.5, 184.0),
        "knees": QPointF(77.5, 232.0),
    }
    # A point well inside each region, clear of the detail lines: where a test or a tooltip
    # can be sure it is on the region.
    probes = {region: marks[region][0] for region in REGIONS}
    probes["upper_back"] = QPointF(54.0, 66.0)
    probes["low_back"] = QPointF(67.0, 138.0)
    return _Geometry(silhouette, hair, details, lumbar, regions, marks, anchors, probes)


# --- colours ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Palette:
    skin: str
    edge: str
    hair: str
    detail: str
    idle: str  # an unmarked region: a faint wash, so the user sees where to tap
    idle_edge: str
    warm: str  # marked regions, and the lower back's standing tint
    warm_edge: str
    tick: str
    heat: tuple[str, ...]  # the 0–10 scale, evenly spaced stops


_PALETTES = {
    "light": _Palette(
        skin="#e6ecf3",
        edge="#8da1ba",
        hair="#a3b5cb",
        detail="#3d5a8033",
        idle="#3d5a8012",
        idle_edge="#3d5a8047",
        warm="#ee6c3b",
        warm_edge="#c6532a",
        tick="#ffffff",
        heat=("#fcecb3", "#f9c46e", "#f28c45", "#d9492f", "#a51f2c"),
    ),
    "dark": _Palette(
        skin="#323c4a",
        edge="#6d809a",
        hair="#4e617b",
        detail="#a7c3e438",
        idle="#a7c3e414",
        idle_edge="#a7c3e44d",
        warm="#ff9559",
        warm_edge="#ffc09a",
        tick="#1d222a",
        heat=("#4c3b6e", "#8c3f78", "#cf5462", "#f58c45", "#fdd36a"),
    ),
}


def _argb(hex_rgba: str) -> QColor:
    """ "#rrggbb" or "#rrggbbaa" (CSS order; Qt reads eight digits as #aarrggbb)."""
    colour = QColor(hex_rgba[:7])
    if len(hex_rgba) == 9:
        colour.setAlpha(int(hex_rgba[7:], 16))
    return colour


def heat_colour(value: float, dark: bool) -> QColor:
    """The colour of `value` (0–10) on the heat scale: light to deep on a light background,
    dim to bright on a dark one, so a worse region always stands out more."""
    stops = _PALETTES["dark" if dark else "light"].heat
    t = max(0.0, min(1.0, value / 10.0)) * (len(stops) - 1)
    i = min(int(t), len(stops) - 2)
    a, b = QColor(stops[i]), QColor(stops[i + 1])
    f = t - i
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * f,
        a.greenF() + (b.greenF() - a.greenF()) * f,
        a.blueF() + (b.blueF() - a.blueF()) * f,
    )


def region_names() -> dict[str, str]:
    """Each region's name as the user reads it, in display order."""
    tr = QCoreApplication.translate
    return {
        "neck": tr("BodyMap", "Neck"),
        "shoulders": tr("BodyMap", "Shoulders"),
        "upper_back": tr("BodyMap", "Upper back"),
        "elbows": tr("BodyMap", "Elbows"),
        "low_back": tr("BodyMap", "Lower back"),
        "wrists_hands": tr("BodyMap", "Wrists/hands"),
        "hips_thighs": tr("BodyMap", "Hips/thighs"),
        "knees": tr("BodyMap", "Knees"),
        "ankles_feet": tr("BodyMap", "Ankles/feet"),
    }


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


# --- the widget ------------------------------------------------------------------------------


class BodyMap(QWidget):
    """The figure with its nine regions; see the module docstring for the two modes."""

    region_toggled = Signal(str, bool)

    def __init__(
        self, *, interactive: bool = True, theme: str = "system", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._interactive = interactive
        self._look: Look = look_for(theme)
        self._marked: set[str] = set()
        self._values: dict[str, float] = {}
        self._current: str | None = None
        self._hover: str | None = None
        self._names = region_names()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 160)
        if interactive:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setMouseTracking(True)
            self.setAccessibleName(self.tr("Body map: where you felt discomfort"))
        else:
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.setAccessibleName(self.tr("Body map: discomfort by region"))
        self._describe()

    # --- state -------------------------------------------------------------------------------

    def interactive(self) -> bool:
        return self._interactive

    def marked(self) -> frozenset[str]:
        return frozenset(self._marked)

    def set_marked(self, regions: Iterable[str]) -> None:
        """Show exactly `regions` as marked, without emitting."""
        wanted = set(regions)
        unknown = wanted - set(REGIONS)
        if unknown:
            raise ValueError(f"unknown body regions {sorted(unknown)}")
        self._marked = wanted
        self._describe()
        self.update()

    def toggle(self, region: str) -> None:
        """Mark or unmark `region` as a tap would, and say so."""
        if region not in REGIONS:
            raise ValueError(f"unknown body region {region!r}")
        on = region not in self._marked
        if on:
            self._marked.add(region)
        else:
            self._marked.discard(region)
        self._describe()
        self.update()
        self.region_toggled.emit(region, on)

    def values(self) -> dict[str, float]:
        return dict(self._values)

    def set_values(self, values: Mapping[str, float]) -> None:
        """The heat figure's values, 0–10 per region; regions left out show no colour."""
        unknown = set(values) - set(REGIONS)
        if unknown:
            raise ValueError(f"unknown body regions {sorted(unknown)}")
        self._values = {r: float(values[r]) for r in REGIONS if r in values}
        self._describe()
        self.update()

    def set_theme(self, theme: str) -> None:
        self._look = look_for(theme)
        self.update()

    def current_region(self) -> str | None:
        """The region the keyboard is on (outlined while the map has the focus)."""
        return self._current

    # --- where things are ----------------------------------------------------------------------

    def _layout(self) -> tuple[QTransform, QRectF | None, bool]:
        """Figure units to widget pixels; the legend's box (heat mode); whether labels fit."""
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        legend: QRectF | None = None
        if not self._interactive:
            height = max(18.0, min(34.0, rect.height() * 0.075))
            legend = QRectF(rect.left(), rect.bottom() - height, rect.width(), height)
            rect.setBottom(legend.top() - 4)
        scale = min(rect.width() / _BOUNDS.width(), rect.height() / _BOUNDS.height())
        labels = False
        if rect.height() >= 300:
            side = (
                max(
                    QFontMetricsF(self._label_font()).horizontalAdvance(name)
                    for name in self._names.values()
                )
                + 22
            )
            room = (rect.width() - 2 * side) / _BOUNDS.width()
            if room >= scale * 0.72:
                scale = min(scale, room)
                labels = True
        width, height = _BOUNDS.width() * scale, _BOUNDS.height() * scale
        left = rect.center().x() - width / 2
        top = rect.center().y() - height / 2
        transform = QTransform()
        transform.translate(left, top)
        transform.scale(scale, scale)
        transform.translate(-_BOUNDS.left(), -_BOUNDS.top())
        return transform, legend, labels

    def _label_font(self) -> QFont:
        """The labels in the desktop's text size; the room left for them is measured in it,
        so larger text leaves them out of a small map rather than crowding it."""
        font = QFont(self.font())
        font.setPointSizeF(points(8.5))
        return font

    def region_at(self, point: QPointF) -> str | None:
        """The region under `point` (widget pixels), its label included; a near miss of a few
        pixels still counts, so small regions such as the elbows are easy to hit."""
        transform, _legend, labels = self._layout()
        if labels:
            for item in self._labels(transform):
                if item.hit().contains(point):
                    return item.region
        inverse, _ok = transform.inverted()
        p = inverse.map(point)
        geometry = _geometry()
        for region in REGIONS:
            if geometry.regions[region].contains(p):
                return region
        slack = 6.0 / max(transform.m11(), 1e-6)
        best: tuple[float, str] | None = None
        for region in REGIONS:
            box = geometry.regions[region].boundingRect().adjusted(-slack, -slack, slack, slack)
            if box.contains(p):
                d = math.hypot(box.center().x() - p.x(), box.center().y() - p.y())
                if best is None or d < best[0]:
                    best = (d, region)
        return None if best is None else best[1]

    def region_point(self, region: str) -> QPointF:
        """A point well inside `region`, in widget pixels."""
        transform, _legend, _labels = self._layout()
        return transform.map(_geometry().probes[region])

    # --- input ----------------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._interactive:
            hover = self.region_at(event.position())
            if hover != self._hover:
                self._hover = hover
                self.setCursor(
                    Qt.CursorShape.PointingHandCursor if hover else Qt.CursorShape.ArrowCursor
                )
                self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        region = self.region_at(event.position()) if self._interactive else None
        if region is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        self._current = region
        self.toggle(region)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if not self._interactive:
            super().keyPressEvent(event)
            return
        at = REGIONS.index(self._current) if self._current else None
        target: int | None = None
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            target = 0 if at is None else min(len(REGIONS) - 1, at + 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Left):
            target = 0 if at is None else max(0, at - 1)
        elif key == Qt.Key.Key_Home:
            target = 0
        elif key == Qt.Key.Key_End:
            target = len(REGIONS) - 1
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._current is None:
                self._current = REGIONS[0]
            self.toggle(self._current)
            return
        if target is None:
            super().keyPressEvent(event)
            return
        self._current = REGIONS[target]
        self._describe()
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._current is None:
            self._current = REGIONS[0]
            self._describe()
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            region = self.region_at(QPointF(event.pos()))
            if region is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._says(region), self)
            return True
        return super().event(event)

    def _says(self, region: str) -> str:
        name = self._names[region]
        if not self._interactive:
            if region not in self._values:
                return self.tr("{region}: no answer").format(region=name)
            return self.tr("{region}: {value} of 10").format(
                region=name, value=_number(self._values[region])
            )
        if region in self._marked:
            return self.tr("{region}: marked").format(region=name)
        return self.tr("{region}: not marked").format(region=name)

    def _describe(self) -> None:
        """Keep the accessible description saying what a sighted user sees."""
        names = self._names
        if self._interactive:
            marked = [names[r] for r in REGIONS if r in self._marked]
            parts = [
                self.tr(
                    "Seen from behind. Arrow keys move between body regions; Space "
                    "marks or unmarks one."
                )
            ]
            if self._current is not None:
                parts.append(self._says(self._current) + ".")
            parts.append(
                self.tr("Marked: {regions}.").format(regions=", ".join(marked))
                if marked
                else self.tr("Nothing marked.")
            )
        else:
            given = [f"{names[r]} {_number(v)}" for r, v in self._values.items()]
            parts = [
                self.tr("Seen from behind, 0 to 10 per region."),
                ", ".join(given) + "." if given else self.tr("No answers."),
            ]
        self.setAccessibleDescription(" ".join(parts))

    # --- painting -------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(360, 480)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 160)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        transform, legend, labels = self._layout()
        geometry = _geometry()
        dark = self._look.name == "dark"
        palette = _PALETTES["dark" if dark else "light"]
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setTransform(transform)

        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(_argb(palette.skin))
        p.drawPath(geometry.silhouette)
        p.setBrush(_argb(palette.hair))
        p.drawPath(geometry.hair)
        self._paint_regions(p, geometry, palette, dark)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(self._pen(palette.detail, 1.2))
        p.drawPath(geometry.details)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(_argb(palette.detail))
        p.drawPath(geometry.lumbar)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(self._pen(palette.edge, 1.5))
        p.drawPath(geometry.silhouette)
        p.drawPath(geometry.hair)
        self._paint_focus(p, geometry)

        p.resetTransform()
        if labels:
            self._paint_labels(p, transform, palette)
        if legend is not None:
            self._paint_legend(p, legend, dark)
        p.end()

    @staticmethod
    def _pen(colour: str | QColor, width: float) -> QPen:
        pen = QPen(_argb(colour) if isinstance(colour, str) else colour, width)
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        return pen

    def _paint_regions(
        self, p: QPainter, geometry: _Geometry, palette: _Palette, dark: bool
    ) -> None:
        for region in REGIONS:
            area = geometry.regions[region]
            low_back = region == LOW_BACK
            if not self._interactive:
                if region not in self._values:
                    continue
                p.setPen(self._pen(palette.edge, 2.0 if low_back else 1.0))
                p.setBrush(heat_colour(self._values[region], dark))
                p.drawPath(area)
                continue
            marked = region in self._marked
            if marked:
                fill, edge = _argb(palette.warm), _argb(palette.warm_edge)
            elif low_back:
                fill, edge = _argb(palette.warm), _argb(palette.warm)
                fill.setAlpha(44)
                edge.setAlpha(150)
            else:
                fill, edge = _argb(palette.idle), _argb(palette.idle_edge)
            if region == self._hover and not marked:
                fill = _argb(palette.warm)
                fill.setAlpha(90)
            p.setPen(self._pen(edge, 1.5 if low_back or marked else 1.0))
            p.setBrush(fill)
            p.drawPath(area)
            if marked:
                self._paint_ticks(p, geometry.marks[region], palette.tick)

    def _paint_ticks(self, p: QPainter, marks: tuple[QPointF, ...], colour: str) -> None:
        scale = p.transform().m11()
        if scale < 0.9:
            return  # too small to read; the fill alone says it
        size = 4.2
        for c in marks:
            tick = QPainterPath(QPointF(c.x() - size * 0.55, c.y() + size * 0.05))
            tick.lineTo(c.x() - size * 0.12, c.y() + size * 0.5)
            tick.lineTo(c.x() + size * 0.62, c.y() - size * 0.45)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(self._pen(colour, max(1.6, scale * 1.6)))
            p.drawPath(tick)

    def _paint_focus(self, p: QPainter, geometry: _Geometry) -> None:
        if not (self._interactive and self.hasFocus() and self._current):
            return
        area = geometry.regions[self._current]
        halo = QColor(self._look.accent)
        halo.setAlpha(70)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(self._pen(halo, 6.0))
        p.drawPath(area)
        p.setPen(self._pen(self._look.accent, 2.2))
        p.drawPath(area)

    def _labels(self, transform: QTransform) -> list[_Label]:
        """Where each label goes: beside the figure, level with its region."""
        font = self._label_font()
        bold = QFont(font)
        bold.setBold(True)
        figure = transform.mapRect(_BOUNDS)
        geometry = _geometry()
        out = []
        for region in REGIONS:
            left = region in _LEFT
            anchor = transform.map(geometry.anchors[region])
            value = self._values.get(region)
            lines = [self._names[region]]
            if value is not None and not self._interactive:
                lines.append(_number(value))
            strong = region in self._marked or region == LOW_BACK or value is not None
            metrics = QFontMetricsF(bold if strong else font)
            width = max(metrics.horizontalAdvance(line) for line in lines)
            edge_x = figure.left() - 10 if left else figure.right() + 10
            box = QRectF(
                edge_x - width if left else edge_x,
                anchor.y() - metrics.height() / 2,
                width,
                metrics.height() * len(lines),
            )
            out.append(
                _Label(region, box, tuple(lines), bold if strong else font, strong, anchor, left)
            )
        return out

    def _paint_labels(self, p: QPainter, transform: QTransform, palette: _Palette) -> None:
        muted, text = QColor(self._look.muted), QColor(self._look.text)
        for item in self._labels(transform):
            marked = item.region in self._marked
            line_colour = QColor(palette.warm if marked else self._look.muted)
            if not marked:
                line_colour.setAlpha(120)
            p.setPen(self._pen(line_colour, 1.0))
            box = item.box
            end = QPointF(box.right() + 4 if item.left else box.left() - 4, item.anchor.y())
            p.drawLine(end, item.anchor)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(line_colour)
            p.drawEllipse(item.anchor, 2.0, 2.0)
            p.setFont(item.font)
            p.setPen(text if item.strong else muted)
            if marked:
                p.setPen(QColor(palette.warm_edge if self._look.name == "light" else palette.warm))
            align = Qt.AlignmentFlag.AlignRight if item.left else Qt.AlignmentFlag.AlignLeft
            line_h = box.height() / len(item.lines)
            for i, line in enumerate(item.lines):
                row = QRectF(box.left(), box.top() + i * line_h, box.width(), line_h)
                p.drawText(row, int(align | Qt.AlignmentFlag.AlignVCenter), line)
            if self._interactive and self.hasFocus() and item.region == self._current:
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(self._pen(self._look.accent, 1.6))
                p.drawRoundedRect(item.hit(), 5, 5)

    def _paint_legend(self, p: QPainter, box: QRectF, dark: bool) -> None:
        font = QFont(self.font())
        font.setPointSizeF(points(7.5))
        metrics = QFontMetricsF(font)
        p.setFont(font)
        lo, hi = "0", "10"
        bar_w = min(box.width() - metrics.horizontalAdvance(lo + hi) - 16, 180.0)
        bar_h = max(6.0, box.height() * 0.3)
        total = metrics.horizontalAdvance(lo) + 6 + bar_w + 6 + metrics.horizontalAdvance(hi)
        x = box.center().x() - total / 2
        cy = box.center().y()
        p.setPen(QColor(self._look.muted))
        p.drawText(QPointF(x, cy + metrics.capHeight() / 2), lo)
        x += metrics.horizontalAdvance(lo) + 6
        bar = QRectF(x, cy - bar_h / 2, bar_w, bar_h)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        for i in range(11):
            gradient.setColorAt(i / 10, heat_colour(i, dark))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(gradient)
        p.drawRoundedRect(bar, bar_h / 2, bar_h / 2)
        p.setPen(QColor(self._look.muted))
        p.drawText(QPointF(bar.right() + 6, cy + metrics.capHeight() / 2), hi)
