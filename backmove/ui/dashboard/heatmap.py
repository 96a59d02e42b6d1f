"""The year as a calendar: one cell a day, a column a week, shaded by the share of the goal.

Working days are shaded from "nothing yet" to "goal met"; days off are hatched, days without
working hours are small grey squares, and days still to come are outlines, so a holiday never
looks like a missed day. A rest day (the week's one free miss) has a ring, a miss made up the
next day a dot. Hover or move with the arrow keys to read a day's counts.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from backmove.core.streaks import DayMark
from backmove.services.dashboard import Calendar, CalendarDay, DayKind
from backmove.ui.dashboard.words import day_text, qdate
from backmove.ui.kit.theme import ChartPalette, points

GUTTER = 34
TOP = 20
LEGEND = 34
MAX_CELL = 18
MIN_CELL = 8
GAP = 3


def level(day: CalendarDay) -> int:
    """0 (nothing) to 4 (the goal met) for a working day's shade."""
    if day.mark in (DayMark.ON_TARGET, DayMark.REPAIRED):
        return 4
    if day.goal <= 0 or day.tally.moved == 0:
        return 0
    return min(3, 1 + 3 * day.tally.moved // day.goal)


class CalendarHeatmap(QWidget):
    def __init__(self, palette: ChartPalette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self._calendar: Calendar | None = None
        self._today: date | None = None
        self._cursor: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Calendar of the last 52 weeks"))
        # Labels in the desktop's text size, with room made for them.
        self._font = QFont(self.font())
        self._font.setPointSizeF(points(8.5))
        metrics = QFontMetrics(self._font)
        days = (QLocale().dayName(d, QLocale.FormatType.ShortFormat) for d in (1, 3, 5))
        self._gutter = max(GUTTER, max(metrics.horizontalAdvance(d) for d in days) + 8)
        self._top = max(TOP, metrics.height() + 6)
        self.setAccessibleDescription(self.tr("Use the arrow keys to read a day's breaks."))

    # --- data ------------------------------------------------------------------------------

    def set_palette(self, palette: ChartPalette) -> None:
        self._palette = palette
        self.update()

    def set_calendar(self, calendar: Calendar, today: date) -> None:
        self._calendar = calendar
        self._today = today
        self._cursor = None
        self.updateGeometry()
        self.update()

    @property
    def weeks(self) -> int:
        return 0 if self._calendar is None else -(-len(self._calendar.days) // 7)

    def day_at(self, pos: QPoint) -> CalendarDay | None:
        if self._calendar is None:
            return None
        cell = self._cell()
        col = (pos.x() - self._gutter) // (cell + GAP)
        row = (pos.y() - self._top) // (cell + GAP)
        if not (0 <= col < self.weeks and 0 <= row < 7):
            return None
        i = col * 7 + row
        return self._calendar.days[i] if i < len(self._calendar.days) else None

    def tooltip_for(self, day: CalendarDay) -> str:
        t = day.tally
        lines = [day_text(day.day, "dddd d MMMM yyyy")]
        if self._today is not None and day.day > self._today:
            return lines[0]
        if day.kind is DayKind.DAY_OFF:
            lines.append(self.tr("Day off"))
        elif day.kind is DayKind.NOT_WORKING:
            lines.append(self.tr("Not a working day"))
        if t.moved or t.offered or day.kind is DayKind.WORKING:
            lines.append(
                self.tr(
                    "{moved} of {goal} toward the goal ({completed} completed, {natural} natural)"
                ).format(moved=t.moved, goal=day.goal, completed=t.completed, natural=t.natural)
            )
        if t.offered:
            lines.append(
                self.tr(
                    "Offered {offered}: {partial} partly done, {skipped} skipped, {expired} expired"
                ).format(
                    offered=t.offered,
                    partial=t.partial + t.interrupted,
                    skipped=t.skipped,
                    expired=t.expired,
                )
            )
        mark = {
            DayMark.ON_TARGET: self.tr("On target"),
            DayMark.REPAIRED: self.tr("Made up with extra breaks the next working day"),
            DayMark.REST: self.tr("Rest day: the week's free miss"),
            DayMark.OPEN: self.tr("Still open"),
        }.get(day.mark)
        if mark:
            lines.append(mark)
        return "\n".join(lines)

    # --- geometry ----------------------------------------------------------------------------

    def _cell(self, width: int | None = None) -> int:
        """The side of a day's square: as large as fits the width, within limits."""
        room = (self.width() if width is None else width) - self._gutter
        fit = room // max(1, self.weeks) - GAP
        return max(MIN_CELL, min(MAX_CELL, fit))

    def _rect(self, i: int) -> QRectF:
        cell = self._cell()
        col, row = divmod(i, 7)
        return QRectF(self._gutter + col * (cell + GAP), self._top + row * (cell + GAP), cell, cell)

    def sizeHint(self) -> QSize:
        return QSize(
            self._gutter + 52 * (MAX_CELL + GAP), self._top + 7 * (MAX_CELL + GAP) + LEGEND
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(
            self._gutter + 52 * (MIN_CELL + GAP), self._top + 7 * (MIN_CELL + GAP) + LEGEND
        )

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._top + 7 * (self._cell(width) + GAP) + LEGEND

    # --- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._calendar is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(self._font)
        self._labels(p)
        for i, day in enumerate(self._calendar.days):
            r = self._rect(i)
            ahead = self._today is not None and day.day > self._today
            self._paint_cell(p, r, day.kind, DayMark.AHEAD if ahead else day.mark, level(day))
            if day.day == self._today:
                p.setPen(QPen(QColor(self._palette.look.text), 1.5))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(r.adjusted(-1.5, -1.5, 1.5, 1.5), 4, 4)
        if self._cursor is not None and self.hasFocus():
            p.setPen(QPen(QColor(self._palette.look.accent), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(self._rect(self._cursor).adjusted(-2, -2, 2, 2), 4, 4)
        self._legend(p)
        p.end()

    def _labels(self, p: QPainter) -> None:
        assert self._calendar is not None
        c = self._palette.look
        p.setPen(QColor(c.muted))
        cell = self._cell()
        locale = QLocale()
        for row, weekday in ((0, 1), (2, 3), (4, 5)):
            y = self._top + row * (cell + GAP)
            p.drawText(
                QRectF(0, y - 2, self._gutter - 6, cell + 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                locale.dayName(weekday, QLocale.FormatType.ShortFormat),
            )
        metrics = QFontMetrics(p.font())
        last_right = -1.0
        for col in range(self.weeks):
            start = self._calendar.first + timedelta(weeks=col)
            month = next(
                (
                    start + timedelta(days=n)
                    for n in range(7)
                    if (start + timedelta(days=n)).day == 1
                ),
                None,
            )
            if month is None:
                continue
            text = locale.toString(
                qdate(month), "MMM yyyy" if month.month == 1 or last_right < 0 else "MMM"
            )
            x = self._gutter + col * (cell + GAP)
            if x <= last_right + 8:
                continue
            p.drawText(QPointF(x, self._top - 6), text)
            last_right = x + metrics.horizontalAdvance(text)

    def _paint_cell(self, p: QPainter, r: QRectF, kind: DayKind, mark: DayMark, shade: int) -> None:
        pal, c = self._palette, self._palette.look
        p.setPen(Qt.PenStyle.NoPen)
        if kind is DayKind.NOT_WORKING:
            p.setBrush(QColor(pal.heat[0]))
            side = r.width() * 0.36
            p.drawRoundedRect(
                QRectF(r.center().x() - side / 2, r.center().y() - side / 2, side, side), 1.5, 1.5
            )
        elif kind is DayKind.DAY_OFF:
            p.setBrush(QColor(pal.empty_cell))
            p.drawRoundedRect(r, 3, 3)
            p.setBrush(QBrush(QColor(c.muted), Qt.BrushStyle.BDiagPattern))
            p.drawRoundedRect(r, 3, 3)
        elif mark is DayMark.AHEAD:
            p.setPen(QPen(QColor(pal.heat[0]), 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        elif mark is DayMark.OFF:
            p.setBrush(QColor(pal.empty_cell))
            p.drawRoundedRect(r, 3, 3)
        else:
            p.setBrush(QColor(pal.heat[shade]))
            p.drawRoundedRect(r, 3, 3)
            if mark is DayMark.REPAIRED:
                p.setBrush(QColor(c.on_accent))
                p.drawEllipse(r.center(), r.width() * 0.16, r.width() * 0.16)
            elif mark is DayMark.REST:
                p.setPen(QPen(QColor(c.muted), 1.4))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(r.center(), r.width() * 0.26, r.width() * 0.26)

    def _legend(self, p: QPainter) -> None:
        c = self._palette.look
        cell = 11.0
        y = self._top + 7 * (self._cell() + GAP) + 12
        metrics = QFontMetrics(p.font())
        x = float(self._gutter)

        def text(words: str) -> None:
            nonlocal x
            p.setPen(QColor(c.muted))
            p.drawText(QPointF(x, y + cell - 1.5), words)
            x += metrics.horizontalAdvance(words) + 6

        def sample(kind: DayKind, mark: DayMark, shade: int) -> None:
            nonlocal x
            self._paint_cell(p, QRectF(x, y, cell, cell), kind, mark, shade)
            x += cell + 4

        text(self.tr("Less"))
        for shade in range(5):
            sample(DayKind.WORKING, DayMark.ON_TARGET if shade == 4 else DayMark.OPEN, shade)
        text(self.tr("Goal met"))
        for kind, mark, shade, words in (
            (DayKind.WORKING, DayMark.REPAIRED, 4, self.tr("Made up next day")),
            (DayKind.WORKING, DayMark.REST, 1, self.tr("Rest day")),
            (DayKind.DAY_OFF, DayMark.OFF, 0, self.tr("Day off")),
            (DayKind.NOT_WORKING, DayMark.OFF, 0, self.tr("Not a working day")),
        ):
            x += 12
            sample(kind, mark, shade)
            text(words)

    # --- keyboard and tooltips ----------------------------------------------------------------

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            day = self.day_at(e.pos())
            if day is None:
                QToolTip.hideText()
                e.ignore()
            else:
                QToolTip.showText(e.globalPos(), self.tooltip_for(day), self)
            return True
        return super().event(e)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._cursor is None and self._calendar is not None and self._today is not None:
            self._cursor = (self._today - self._calendar.first).days
        super().focusInEvent(event)
        self._announce()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -7, Qt.Key.Key_Right: 7}
        step = steps.get(Qt.Key(event.key()))
        if step is None or self._calendar is None or self._cursor is None:
            super().keyPressEvent(event)
            return
        target = self._cursor + step
        if 0 <= target < len(self._calendar.days):
            self._cursor = target
            self._announce()
            self.update()

    def current(self) -> CalendarDay | None:
        """The day the keyboard cursor is on."""
        if self._calendar is None or self._cursor is None:
            return None
        return self._calendar.days[self._cursor]

    def _announce(self) -> None:
        day = self.current()
        if day is None:
            return
        words = self.tooltip_for(day)
        self.setAccessibleDescription(words)
        r = self._rect(self._cursor or 0).toRect()
        QToolTip.showText(self.mapToGlobal(r.bottomRight()), words, self, QRect(), 4000)
