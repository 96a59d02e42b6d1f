"""The animated figure that shows a move, and the painting it shares with export.

All the geometry comes from `backmove.core.pose` (key poses, blending, projection) and the
timing from `backmove.core.pose_schedule`; this module only paints shapes with QPainter. `render()`
paints one frame into any paint device (a widget, a QImage for PNG, a QSvgGenerator for SVG),
so the window and the exported pictures can never drift apart.

The widget animates only while it is visible: its timer starts in showEvent and stops in
hideEvent, so a hidden figure costs nothing. With reduced motion it shows the key poses side
by side and runs no timer at all.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QElapsedTimer, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QHideEvent,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPaintEvent,
    QPen,
    QPolygonF,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from backmove.core.catalog import Move
from backmove.core.clock import Clock
from backmove.core.pose import Blob, Drawing, Figure, Head
from backmove.core.pose_schedule import Frame, PoseSchedule
from backmove.ui.kit.theme import LOOKS


@dataclass(frozen=True)
class Theme:
    """The figure's colours in one look. Near limbs use `body`; limbs on the far side use
    `body_far`. The window's background and text colours are the theme's (`kit.theme.LOOKS`),
    so the figure sits on its window without a seam; the rest only the figure paints with."""

    name: str
    background: str
    body: str
    body_far: str
    hair: str
    eye: str
    highlight: str
    highlight_far: str
    prop: str
    prop_dark: str
    mat: str
    floor: str
    ring_track: str
    text: str
    muted: str


THEMES: dict[str, Theme] = {
    "light": Theme(
        name="light",
        background=LOOKS["light"].background,
        body="#3d5a80",
        body_far="#98aec6",
        hair="#243b5a",
        eye=LOOKS["light"].background,
        highlight="#ee6c3b",
        highlight_far="#f4aa87",
        prop="#d9dde3",
        prop_dark="#c3c9d2",
        mat="#b9ddd0",
        floor="#c5cad2",
        ring_track="#e1e4e9",
        text=LOOKS["light"].text,
        muted=LOOKS["light"].muted,
    ),
    "dark": Theme(
        name="dark",
        background=LOOKS["dark"].background,
        body="#a7c3e4",
        body_far="#5b7390",
        hair="#41597a",
        eye=LOOKS["dark"].background,
        highlight="#ff9559",
        highlight_far="#a8694a",
        prop="#3b4350",
        prop_dark="#323946",
        mat="#2c5146",
        floor="#4a5361",
        ring_track="#39414d",
        text=LOOKS["dark"].text,
        muted=LOOKS["dark"].muted,
    ),
}


def theme_named(name: str) -> Theme:
    return THEMES.get(name, THEMES["light"])


_NO_PEN = QPen(Qt.PenStyle.NoPen)
_NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)


class _Mapper:
    """World cm (y up) to device pixels (y down), fitting `bounds` into `rect`."""

    def __init__(self, rect: QRectF, bounds: tuple[float, float, float, float]) -> None:
        x0, y0, x1, y1 = bounds
        w, h = max(x1 - x0, 1.0), max(y1 - y0, 1.0)
        self.scale = min(rect.width() / w, rect.height() / h)
        self.ox = rect.center().x() - (x0 + x1) / 2 * self.scale
        self.oy = rect.center().y() + (y0 + y1) / 2 * self.scale

    def pt(self, p: tuple[float, float]) -> QPointF:
        return QPointF(self.ox + p[0] * self.scale, self.oy - p[1] * self.scale)


def _blob_path(m: _Mapper, blob: Blob) -> QPainterPath:
    path = QPainterPath()
    pts = [m.pt(p) for p in blob.points]
    r = blob.radius * m.scale
    if len(pts) == 1:
        path.addEllipse(pts[0], r, r)
        return path
    path.addPolygon(QPolygonF(pts))
    if len(pts) > 2:
        path.closeSubpath()
    stroker = QPainterPathStroker()
    stroker.setWidth(2 * r)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    outline = stroker.createStroke(path)
    return outline.united(path).simplified() if len(pts) > 2 else outline.simplified()


def _colour(theme: Theme, role: str) -> QColor:
    return QColor(getattr(theme, role))


def _disc(c: QPointF, r: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(c, r, r)
    return path


def _paint_head(p: QPainter, m: _Mapper, head: Head, theme: Theme, edge: QPen) -> None:
    c = m.pt(head.centre)
    r = head.radius * m.scale
    circle = _disc(c, r)
    fill = _colour(theme, "highlight" if head.role.startswith("highlight") else "body")
    if head.nose is not None:
        circle = circle.united(_disc(m.pt(head.nose), r * 0.2))
    p.setPen(edge)
    p.setBrush(fill)
    p.drawPath(circle)
    # Hair: the part of the head beyond a line across it, on the side away from the face.
    dx, dy = head.hair_dir[0], -head.hair_dir[1]
    if head.hair_cut <= -1.0:
        hair = _disc(c, r)
    else:
        big = 4 * r
        cut = QPointF(c.x() + dx * head.hair_cut * r, c.y() + dy * head.hair_cut * r)
        nx, ny = -dy, dx  # along the cut
        half = QPolygonF(
            [
                QPointF(cut.x() + nx * big, cut.y() + ny * big),
                QPointF(cut.x() + nx * big + dx * big, cut.y() + ny * big + dy * big),
                QPointF(cut.x() - nx * big + dx * big, cut.y() - ny * big + dy * big),
                QPointF(cut.x() - nx * big, cut.y() - ny * big),
            ]
        )
        clip = QPainterPath()
        clip.addPolygon(half)
        hair = _disc(c, r).intersected(clip)
    p.setPen(_NO_PEN)
    p.setBrush(QColor(theme.hair))
    p.drawPath(hair)
    p.setBrush(QColor(theme.eye))
    for e in head.eyes:
        p.drawEllipse(m.pt(e), r * 0.13, r * 0.13)


def _paint_group(p: QPainter, m: _Mapper, blobs: list[Blob], theme: Theme, edge: QPen) -> None:
    """One limb or the trunk: a single silhouette, its highlighted parts glowing inside it."""
    far = blobs[0].role.endswith("_far")
    lit = [b for b in blobs if b.role.startswith("highlight")]
    if lit:
        glow = QColor(theme.highlight)
        glow.setAlpha(55)
        p.setPen(_NO_PEN)
        p.setBrush(glow)
        for b in lit:
            p.drawPath(_blob_path(m, Blob(b.points, b.radius + 4.0, b.role, b.depth)))
    outline = QPainterPath()
    for b in blobs:
        outline = outline.united(_blob_path(m, b))
    outline.setFillRule(Qt.FillRule.WindingFill)
    p.setPen(edge)
    p.setBrush(QColor(theme.body_far if far else theme.body))
    p.drawPath(outline)
    if lit:
        p.setPen(_NO_PEN)
        p.setBrush(QColor(theme.highlight_far if far else theme.highlight))
        for b in lit:
            p.drawPath(_blob_path(m, b).intersected(outline))


def _paint_shapes(p: QPainter, m: _Mapper, drawing: Drawing, theme: Theme) -> None:
    edge = QPen(QColor(theme.background), max(1.0, 1.3 * m.scale))
    edge.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    shapes = list(drawing.shapes)
    i = 0
    while i < len(shapes):
        shape = shapes[i]
        if isinstance(shape, Head):
            if shape.role.startswith("highlight"):
                glow = QColor(theme.highlight)
                glow.setAlpha(55)
                p.setPen(_NO_PEN)
                p.setBrush(glow)
                rr = (shape.radius + 4.0) * m.scale
                p.drawEllipse(m.pt(shape.centre), rr, rr)
            _paint_head(p, m, shape, theme, edge)
            i += 1
            continue
        if shape.role.startswith(("body", "highlight")):
            group: list[Blob] = []
            j = i
            while (
                j < len(shapes)
                and isinstance(blob := shapes[j], Blob)
                and blob.group == shape.group
            ):
                group.append(blob)
                j += 1
            _paint_group(p, m, group, theme, edge)
            i = j
            continue
        p.setPen(_NO_PEN)
        p.setBrush(_colour(theme, shape.role))
        p.drawPath(_blob_path(m, shape))
        i += 1


def _paint_floor(p: QPainter, rect: QRectF, m: _Mapper, floor_y: float, theme: Theme) -> None:
    y = m.pt((0.0, floor_y)).y()
    pen = QPen(QColor(theme.floor), max(1.5, 1.4 * m.scale))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    inset = rect.width() * 0.04
    p.drawLine(QPointF(rect.left() + inset, y), QPointF(rect.right() - inset, y))


def paint_hold_ring(
    p: QPainter,
    rect: QRectF,
    remaining: float,
    total: float,
    theme: Theme,
    *,
    waiting: bool = False,
) -> None:
    """The countdown of a hold: a ring that empties clockwise, and the seconds left.

    `waiting` draws the ring at rest between holds (the track and the hold's length, no
    coloured arc), so a window can keep it in one place rather than have it pop in and out.
    """
    size = min(rect.width(), rect.height())
    r = size * 0.085
    width = max(2.0, r * 0.22)
    c = QPointF(rect.right() - r - width - size * 0.03, rect.top() + r + width + size * 0.03)
    box = QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r)
    pen = QPen(QColor(theme.ring_track), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(_NO_BRUSH)
    p.drawEllipse(box)
    frac = 0.0 if total <= 0 else max(0.0, min(1.0, remaining / total))
    if frac > 0 and not waiting:
        pen.setColor(QColor(theme.highlight))
        p.setPen(pen)
        p.drawArc(box, 90 * 16, int(-frac * 360 * 16))
    font = QFont()
    font.setPixelSize(max(6, int(r * 0.85)))
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor(theme.text))
    p.drawText(box, Qt.AlignmentFlag.AlignCenter, str(max(0, math.ceil(remaining - 1e-6))))


def render(
    painter: QPainter,
    rect: QRectF,
    figure: Figure,
    drawing: Drawing,
    theme: Theme | str = "light",
    *,
    hold: tuple[float, float] | None = None,
    hold_waiting: bool = False,
    background: bool = False,
    margin: float = 0.06,
) -> None:
    """Paint one frame of `figure` into `rect`.

    `drawing` is the frame (from `Figure.drawing`); the figure supplies the steady framing
    and the floor. `hold` = (seconds left, hold length) adds the countdown ring;
    `hold_waiting` draws it at rest, between two holds.
    """
    theme = theme_named(theme) if isinstance(theme, str) else theme
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if background:
        painter.fillRect(rect, QColor(theme.background))
    pad = min(rect.width(), rect.height()) * margin
    inner = rect.adjusted(pad, pad, -pad, -pad)
    m = _Mapper(inner, figure.bounds())
    if figure.floor_y is not None:
        _paint_floor(painter, rect, m, figure.floor_y, theme)
    _paint_shapes(painter, m, drawing, theme)
    if hold is not None:
        paint_hold_ring(painter, rect, hold[0], hold[1], theme, waiting=hold_waiting)
    painter.restore()


def panel_rects(rect: QRectF, count: int, gap: float) -> list[QRectF]:
    """`count` equal panels side by side across `rect`, `gap` apart."""
    w = (rect.width() - gap * (count - 1)) / count
    return [QRectF(rect.left() + i * (w + gap), rect.top(), w, rect.height()) for i in range(count)]


def render_key_poses(
    painter: QPainter,
    rect: QRectF,
    figure: Figure,
    theme: Theme | str = "light",
    *,
    background: bool = False,
) -> list[QRectF]:
    """Reduced motion: the key poses side by side (a loop's return to an earlier pose left
    out), with a small arrow between them. Returns the panels, left to right."""
    theme = theme_named(theme) if isinstance(theme, str) else theme
    if background:
        painter.fillRect(rect, QColor(theme.background))
    shown = figure.distinct_poses()
    n = len(shown)
    gap = rect.width() * 0.05
    panels = panel_rects(rect, n, gap)
    for i, panel in zip(shown, panels, strict=True):
        render(painter, panel, figure, figure.drawing(i), theme, margin=0.04)
        if panel is not panels[-1]:
            _paint_arrow(painter, QPointF(panel.right() + gap / 2, panel.center().y()), gap, theme)
    return panels


def _paint_arrow(p: QPainter, c: QPointF, gap: float, theme: Theme) -> None:
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(QColor(theme.muted), max(1.5, gap * 0.08))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    s = gap * 0.28
    p.drawLine(QPointF(c.x() - s, c.y()), QPointF(c.x() + s, c.y()))
    p.drawPolyline(
        QPolygonF(
            [
                QPointF(c.x() + s * 0.3, c.y() - s * 0.6),
                QPointF(c.x() + s, c.y()),
                QPointF(c.x() + s * 0.3, c.y() + s * 0.6),
            ]
        )
    )
    p.restore()


def paint_picture(painter: QPainter, rect: QRectF, path: str) -> None:
    """A user move's own picture (PNG, JPEG or SVG), fitted into `rect`."""
    painter.save()
    if path.lower().endswith(".svg"):
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(path)
        size = renderer.defaultSize()
        target = _fit(rect, size.width(), size.height())
        renderer.render(painter, target)
    else:
        from PySide6.QtGui import QImage

        image = QImage(path)
        if not image.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(_fit(rect, image.width(), image.height()), image)
    painter.restore()


def _fit(rect: QRectF, w: float, h: float) -> QRectF:
    if w <= 0 or h <= 0:
        return rect
    scale = min(rect.width() / w, rect.height() / h)
    out = QRectF(0, 0, w * scale, h * scale)
    out.moveCenter(rect.center())
    return out


class FigureWidget(QWidget):
    """Shows one move: animated through its dose, or its key poses side by side.

    The animation runs only while the widget is visible and animated; the timeline loops, and
    `finished` is emitted each time it comes to its end. Time comes from `clock.monotonic()`
    so tests can drive it with a simulated clock.
    """

    finished = Signal()
    FRAME_MS = 33

    def __init__(
        self,
        move: Move | None = None,
        *,
        theme: str = "light",
        reduced_motion: bool = False,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._elapsed = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(self.FRAME_MS)
        self._timer.timeout.connect(self._tick)
        self._theme = theme
        self._reduced = reduced_motion
        self._move: Move | None = None
        self._timeline: PoseSchedule | None = None
        self._position = 0.0
        self._started_at = 0.0
        self._panels: list[QRectF] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self.set_move(move)

    # --- what is shown ---------------------------------------------------------------------

    def set_move(self, move: Move | None) -> None:
        self._move = move
        self._timeline = PoseSchedule.for_move(move) if move and move.figure else None
        self._position = 0.0
        self._started_at = self._now()
        name = move.name if move else ""
        self.setAccessibleName(self.tr("Illustration of the move"))
        self.setAccessibleDescription(name)
        self._sync_timer()
        self.update()

    def current_move(self) -> Move | None:
        return self._move

    def set_theme(self, theme: str) -> None:
        """ "light", "dark", or "auto" (follow the widget's palette)."""
        self._theme = theme
        self.update()

    def theme(self) -> Theme:
        if self._theme == "auto":
            dark = self.palette().window().color().lightnessF() < 0.5
            return THEMES["dark" if dark else "light"]
        return theme_named(self._theme)

    def set_reduced_motion(self, on: bool) -> None:
        self._reduced = on
        self._sync_timer()
        self.update()

    def reduced_motion(self) -> bool:
        return self._reduced

    def timeline(self) -> PoseSchedule | None:
        return self._timeline

    # --- playing ---------------------------------------------------------------------------

    def is_animating(self) -> bool:
        return self._timer.isActive()

    def position(self) -> float:
        """Seconds into the timeline."""
        return self._position

    def seek(self, seconds: float) -> None:
        self._started_at = self._now() - seconds
        self._position = self._wrap(seconds)
        self.update()

    def frame(self) -> Frame | None:
        """The frame painted now (None with reduced motion or without a figure)."""
        if self._timeline is None or self._reduced:
            return None
        return self._timeline.frame_at(self._position)

    def hold_ring(self, frame: Frame) -> tuple[float, float, bool] | None:
        """The hold ring painted over `frame`: (seconds left, hold length, waiting), or None
        for no ring. Here only during a hold; a window may keep it up between holds."""
        if frame.hold_left is not None and frame.hold_total is not None:
            return frame.hold_left, frame.hold_total, False
        return None

    def panels(self) -> list[QRectF]:
        """With reduced motion: where each key pose was painted, left to right."""
        return list(self._panels)

    def _now(self) -> float:
        if self._clock is not None:
            return self._clock.monotonic()
        if not self._elapsed.isValid():
            self._elapsed.start()
        return self._elapsed.elapsed() / 1000.0

    def _wrap(self, seconds: float) -> float:
        assert self._timeline is not None
        return seconds % self._timeline.duration

    def _tick(self) -> None:
        if self._timeline is None:
            return
        run = self._now() - self._started_at
        laps = int(run // self._timeline.duration)
        self._position = self._wrap(run)
        if laps > 0:
            self._started_at += laps * self._timeline.duration
            self.finished.emit()
        self.update()

    def _sync_timer(self) -> None:
        """Run the timer only when something moves on screen."""
        wanted = self.isVisible() and not self._reduced and self._timeline is not None
        if wanted and not self._timer.isActive():
            self._started_at = self._now() - self._position
            self._timer.start()
        elif not wanted and self._timer.isActive():
            self._timer.stop()

    # --- Qt --------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(420, 320)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._sync_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        p = QPainter(self)
        rect = QRectF(self.rect())
        theme = self.theme()
        self._panels = []
        move = self._move
        if move is None:
            p.end()
            return
        if move.figure is None:
            if move.image is not None:
                paint_picture(p, rect, str(move.image))
        elif self._reduced:
            self._panels = render_key_poses(p, rect, move.figure, theme)
        else:
            frame = self.frame()
            assert frame is not None
            drawing = move.figure.drawing(frame.src, frame.dst, frame.t, frame.mirrored)
            ring = self.hold_ring(frame)
            hold = None if ring is None else (ring[0], ring[1])
            waiting = ring is not None and ring[2]
            render(p, rect, move.figure, drawing, theme, hold=hold, hold_waiting=waiting)
        p.end()
