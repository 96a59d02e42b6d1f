"""The tray icon, drawn by code so it can show progress to the next break.

A ring fills clockwise as activity builds toward the next break, around a small figure
stretching up. It is drawn at each size the tray may ask for (16 to 64 px) so it stays crisp,
with an outline that keeps it legible on light and on dark panels.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

ACCENT = QColor("#1f9e89")
PAUSED = QColor("#8a8f98")
DUE = QColor("#e07a1f")
TRACK_LIGHT = QColor(0, 0, 0, 70)
TRACK_DARK = QColor(255, 255, 255, 90)
SIZES = (16, 22, 24, 32, 48, 64)


def _figure(p: QPainter, size: float, colour: QColor, grow: float = 0.0) -> None:
    """A person reaching up: the app's mark. Bold strokes so it survives 16 px; `grow` widens
    every stroke, for the halo drawn underneath."""
    c = size / 2
    pen = QPen(
        colour,
        max(1.6, size * 0.09) + grow,
        Qt.PenStyle.SolidLine,
        Qt.PenCapStyle.RoundCap,
        Qt.PenJoinStyle.RoundJoin,
    )
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    body = QPainterPath(QPointF(c, size * 0.40))
    body.quadTo(QPointF(c + size * 0.05, size * 0.55), QPointF(c, size * 0.70))
    p.drawPath(body)
    p.drawLine(QPointF(c, size * 0.70), QPointF(c - size * 0.10, size * 0.80))
    p.drawLine(QPointF(c, size * 0.70), QPointF(c + size * 0.10, size * 0.80))
    p.drawLine(QPointF(c, size * 0.45), QPointF(c - size * 0.13, size * 0.31))
    p.drawLine(QPointF(c, size * 0.45), QPointF(c + size * 0.13, size * 0.31))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    r = size * 0.075 + grow / 2
    p.drawEllipse(QPointF(c, size * 0.30), r, r)


def draw_mark(
    size: int,
    progress: float | None = None,
    *,
    paused: bool = False,
    due: bool = False,
    dark_panel: bool = False,
) -> QPixmap:
    """One pixmap of the tray mark; `progress` 0..1 fills the ring, None draws no ring."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor("#f4f6f8") if dark_panel else QColor("#22262b")
    colour = PAUSED if paused else DUE if due else ACCENT
    width = max(2.0, size * 0.11)
    ring = QRectF(width / 2, width / 2, size - width, size - width)
    p.setPen(QPen(TRACK_DARK if dark_panel else TRACK_LIGHT, width))
    p.drawEllipse(ring)
    if progress is not None:
        span = max(0.0, min(1.0, progress))
        p.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        p.drawArc(ring, 90 * 16, int(-span * 360 * 16))
    # A halo in the opposite tone keeps the figure readable whatever the panel's colour.
    halo = QColor(0, 0, 0, 150) if dark_panel else QColor(255, 255, 255, 190)
    _figure(p, size, halo, grow=max(1.2, size * 0.06))
    _figure(p, size, PAUSED if paused else ink)
    p.end()
    return pm


def tray_icon(
    progress: float | None = None,
    *,
    paused: bool = False,
    due: bool = False,
    dark_panel: bool = False,
) -> QIcon:
    icon = QIcon()
    for s in SIZES:
        icon.addPixmap(draw_mark(s, progress, paused=paused, due=due, dark_panel=dark_panel))
    return icon
