"""The forgiving streak: weeks meeting the goal and the last 7 days.

Why it forgives, and how: docs/evidence.md#forgiving-streaks.

Only what went well is counted out loud. A week with no streak shows how this week is going,
never that something was lost; a missed day is an empty circle among the others.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from backmove.core.streaks import WEEK_DAYS_NEEDED, DayMark, DaysOnTarget, WeeksOnTarget
from backmove.services.dashboard import StreakView
from backmove.ui.dashboard.card import Card
from backmove.ui.dashboard.words import Words, qdate
from backmove.ui.kit.theme import ChartPalette, points
from backmove.ui.kit.widgets import label


class WeekDots(QWidget):
    """The last 7 days as circles under their weekday initials, today last."""

    CELL = 34

    def __init__(self, palette: ChartPalette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self._days: tuple[tuple[date, DayMark], ...] = ()
        self._font = QFont(self.font())  # the day names, in the desktop's text size
        self._font.setPointSizeF(points(8.5))
        self._head = max(16, QFontMetrics(self._font).height())
        self.setFixedHeight(self.CELL + self._head + 6)
        self.setMinimumWidth(self.CELL * 7)

    def set_palette(self, palette: ChartPalette) -> None:
        self._palette = palette
        self.update()

    def set_days(self, days: tuple[tuple[date, DayMark], ...]) -> None:
        self._days = days
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.CELL * 7 + 6 * 8, self.CELL + self._head + 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        pal, c = self._palette, self._palette.look
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        step = self.width() / 7
        radius = 11.0
        for i, (day, mark) in enumerate(self._days):
            cx = step * i + step / 2
            p.setFont(self._font)  # a rest day's dot writes its "R" smaller
            p.setPen(QColor(c.muted))
            name = QLocale().dayName(qdate(day).dayOfWeek(), QLocale.FormatType.ShortFormat)
            p.drawText(
                QRectF(cx - step / 2, 0, step, self._head), Qt.AlignmentFlag.AlignCenter, name
            )
            box = QRectF(cx - radius, self._head + 6, 2 * radius, 2 * radius)
            self._dot(p, box, mark, pal)
        p.end()

    @staticmethod
    def _dot(p: QPainter, box: QRectF, mark: DayMark, pal: ChartPalette) -> None:
        c = pal.look
        accent, line = QColor(c.accent), QColor(pal.heat[0])
        if mark in (DayMark.ON_TARGET, DayMark.REPAIRED):
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(accent)
            p.drawEllipse(box)
            pen = QPen(QColor(c.on_accent), 2.0)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            x, y, w = box.x(), box.y(), box.width()
            tick = ((0.28, 0.52), (0.44, 0.68), (0.72, 0.34))
            p.drawPolyline([QPointF(x + w * a, y + w * b) for a, b in tick])
            if mark is DayMark.REPAIRED:
                p.setPen(QPen(accent, 1.5))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(box.adjusted(-3.5, -3.5, 3.5, 3.5))
        elif mark is DayMark.OFF:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(line)
            p.drawEllipse(box.center(), 3.0, 3.0)
        else:
            pen = QPen(QColor(c.muted) if mark is DayMark.REST else line, 2.0)
            if mark is DayMark.OPEN:
                pen.setStyle(Qt.PenStyle.DotLine)
                pen.setColor(QColor(c.muted))
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(box.adjusted(1, 1, -1, -1))
            if mark is DayMark.REST:
                font = QFont(p.font())
                font.setPointSizeF(points(7))
                p.setFont(font)
                p.setPen(QColor(c.muted))
                p.drawText(box, Qt.AlignmentFlag.AlignCenter, "R")


class StreakCard(Card):
    def __init__(self, palette: ChartPalette, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Streak"), parent=parent)
        self.words = Words(self)
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        top = QHBoxLayout()
        top.setSpacing(10)
        self.big = label("", "big")
        self.big_caption = label("", "stat-label", wrap=True)
        top.addWidget(self.big, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.big_caption, 1, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(top)
        column.addSpacing(6)
        self.dots = WeekDots(palette)
        column.addWidget(self.dots)
        self.last7 = label("", "headline", wrap=True)
        column.addWidget(self.last7)
        self.rule = label("", "note", wrap=True)
        column.addWidget(self.rule)
        column.addStretch(1)

    def set_palette(self, palette: ChartPalette) -> None:
        self.dots.set_palette(palette)

    def show_streak(self, view: StreakView) -> None:
        s = view.streaks
        weeks = next((m for m in view.messages if isinstance(m, WeeksOnTarget)), None)
        days = next((m for m in view.messages if isinstance(m, DaysOnTarget)), None)
        if weeks is not None:
            self.big.setText(QLocale().toString(weeks.weeks))
            self.big_caption.setText(
                self.tr("week in a row meeting your goal")
                if weeks.weeks == 1
                else self.tr("weeks in a row meeting your goal")
            )
        elif s.week_needed:
            self.big.setText(
                self.tr("{done} of {needed}").format(done=s.week_on_target, needed=s.week_needed)
            )
            self.big_caption.setText(self.tr("days on target this week"))
        else:
            self.big.setText("–")
            self.big_caption.setText(self.tr("no working days this week"))
        self.dots.set_days(view.last7)
        self.dots.setAccessibleName(self.tr("The last 7 days"))
        self.dots.setToolTip(self._legend())
        self.last7.setText(
            self.words.message(days)
            if days is not None
            else self.tr("No working days in the last 7 days")
        )
        self.rule.setText(
            self.tr(
                "A week counts with {needed} days on target (all but one in a short week). One "
                "miss a week is a rest day (R); an extra break the next working day makes up a "
                "miss (ringed)."
            ).format(needed=WEEK_DAYS_NEEDED)
        )

    def _legend(self) -> str:
        return self.tr(
            "Filled: on target · ringed: made up the next day · R: rest day · "
            "dotted: still open · empty: missed · small dot: not a working day"
        )
