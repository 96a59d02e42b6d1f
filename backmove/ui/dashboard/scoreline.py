"""A small line of 0–10 scores over time, drawn with QPainter.

The function goals and the PEG are asked every few weeks, so their lines have a handful of
points: a QtCharts chart each would load the charts module, draw axes for five dots and cost
the dashboard's first open more than the line is worth. This draws the points on a fixed 0–10
scale (so two lines side by side compare), joins them, and marks the first and the latest
value; the card writes the numbers out in words beside it, and the accessible name carries
them for a screen reader.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from backmove.ui.kit.theme import ChartPalette

TOP = 10.0
HEIGHT = 64


class ScoreLine(QWidget):
    """`set_points([(day, value)])`, oldest first, values 0–10."""

    def __init__(self, palette: ChartPalette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self._points: tuple[tuple[date, float], ...] = ()
        self.setMinimumHeight(HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(240, HEIGHT)

    def set_palette(self, palette: ChartPalette) -> None:
        self._palette = palette
        self.update()

    def set_points(self, points: Sequence[tuple[date, float]]) -> None:
        self._points = tuple(points)
        self.update()

    def points(self) -> tuple[tuple[date, float], ...]:
        return self._points

    def positions(self) -> list[QPointF]:
        """Where each point is drawn: evenly by date from the first to the last, 0 at the
        bottom and 10 at the top."""
        if not self._points:
            return []
        box = self._plot()
        first, last = self._points[0][0], self._points[-1][0]
        span = max(1, (last - first).days)
        out = []
        for day, value in self._points:
            x = box.left() + (box.width() * (day - first).days / span if last > first else 0)
            y = box.bottom() - box.height() * max(0.0, min(TOP, value)) / TOP
            out.append(QPointF(x, y))
        if len(out) == 1:
            out[0].setX(box.center().x())
        return out

    def _plot(self) -> QRectF:
        return QRectF(self.rect()).adjusted(22, 6, -8, -6)

    def paintEvent(self, event: QPaintEvent) -> None:
        pal = self._palette
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = self._plot()
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        p.setFont(font)
        for value in (0, 5, 10):
            y = box.bottom() - box.height() * value / TOP
            p.setPen(QPen(QColor(pal.grid), 1))
            p.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
            p.setPen(QColor(pal.look.muted))
            p.drawText(
                QRectF(0, y - 8, box.left() - 4, 16),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(value),
            )
        points = self.positions()
        if len(points) > 1:
            p.setPen(QPen(QColor(pal.mean), 2))
            p.drawPolyline(points)
        p.setPen(Qt.PenStyle.NoPen)
        for n, point in enumerate(points):
            last = n == len(points) - 1
            p.setBrush(QColor(pal.mean if last or n == 0 else pal.dot))
            radius = 4.0 if last or n == 0 else 2.5
            p.drawEllipse(point, radius, radius)
        p.end()
