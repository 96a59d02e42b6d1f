"""Today: breaks done against the day's goal as a ring, the next break, walking and sitting."""

from __future__ import annotations

import math

from PySide6.QtCore import QDateTime, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from backmove.services.dashboard import BreakState, NextBreak, TodayView
from backmove.ui.dashboard.card import Card, stat
from backmove.ui.dashboard.words import Words
from backmove.ui.kit.theme import ChartPalette, grown, points


class GoalRing(QWidget):
    """Breaks that count toward the goal (completed and natural) around the day's goal.

    Its figures follow the desktop's font, and the ring grows with them."""

    SIZE = 132

    def __init__(self, palette: ChartPalette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self._done = 0
        self._goal = 0
        self._caption = ""
        self._side = grown(self.SIZE)
        self.setFixedSize(self._side, self._side)

    def set_palette(self, palette: ChartPalette) -> None:
        self._palette = palette
        self.update()

    def set_values(self, done: int, goal: int, caption: str) -> None:
        self._done, self._goal, self._caption = done, goal, caption
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self._side, self._side)

    def paintEvent(self, event: QPaintEvent) -> None:
        c = self._palette.look
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = 11.0
        side = self._side
        box = QRectF(width / 2 + 1, width / 2 + 1, side - width - 2, side - width - 2)
        pen = QPen(QColor(self._palette.heat[0]), width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawEllipse(box)
        share = min(1.0, self._done / self._goal) if self._goal else 0.0
        if share > 0:
            pen.setColor(QColor(c.accent))
            p.setPen(pen)
            p.drawArc(box, 90 * 16, -max(1, math.floor(share * 360 * 16)))
        font = QFont(self.font())
        font.setPointSizeF(points(22))
        font.setWeight(QFont.Weight.Bold)
        p.setFont(font)
        p.setPen(QColor(c.text))
        upper = QRectF(0, side * 0.24, side, side * 0.36)
        p.drawText(upper, Qt.AlignmentFlag.AlignCenter, f"{self._done}/{self._goal}")
        font.setPointSizeF(points(9.5))
        font.setWeight(QFont.Weight.Normal)
        p.setFont(font)
        p.setPen(QColor(c.muted))
        lower = QRectF(10, side * 0.58, side - 20, side * 0.2)
        p.drawText(lower, Qt.AlignmentFlag.AlignCenter, self._caption)
        p.end()


class TodayCard(Card):
    def __init__(self, palette: ChartPalette, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Today"), parent=parent)
        self.words = Words(self)
        row = QHBoxLayout(self.body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(20)
        self.ring = GoalRing(palette)
        row.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(12)
        self.next_block, self.next_value, _ = stat("", self.tr("next break"))
        self.walk_block, self.walk_value, self.walk_caption = stat("", "")
        self.sit_block, self.sit_value, _ = stat("", self.tr("longest stretch without a break"))
        self.sit_block.setToolTip(
            self.tr(
                "The longest part of today's working hours with no logged break. It is an upper "
                "bound: time away that backmove did not log counts as sitting."
            )
        )
        for block in (self.next_block, self.walk_block, self.sit_block):
            column.addWidget(block)
        column.addStretch(1)
        row.addLayout(column, 1)

    def set_palette(self, palette: ChartPalette) -> None:
        self.ring.set_palette(palette)

    def show_today(self, t: TodayView) -> None:
        c = t.counts
        done = c.toward_goal
        if not t.working:
            caption = self.tr("no work today")
        elif t.goal and done >= t.goal:
            caption = self.tr("goal met")
        else:
            caption = self.tr("breaks")
        self.ring.set_values(done, t.goal, caption)
        self.ring.setAccessibleName(
            self.tr("{done} of %n breaks today", "", t.goal).format(done=done)
        )
        self.ring.setToolTip(
            self.tr(
                "Completed breaks and natural ones (you were away anyway) count toward the goal. "
                "Today: {completed} completed, {natural} natural; {offered} offered."
            ).format(completed=c.done, natural=c.done_naturally, offered=c.offered)
        )
        self.next_block.setVisible(t.next_break is not None)
        if t.next_break is not None:
            self.next_value.setText(self.next_text(t.next_break))
        self.walk_value.setText(self.words.minutes(t.walk_min))
        self.walk_caption.setText(
            self.tr("walking today · {week} this week").format(
                week=self.words.minutes(t.week_walk_min)
            )
        )
        self.sit_block.setVisible(t.longest_sitting_min is not None)
        if t.longest_sitting_min is not None:
            self.sit_value.setText(self.words.minutes(t.longest_sitting_min))

    def next_text(self, n: NextBreak) -> str:
        kind = self.words.kind(n.kind)

        def clock(wall: float | None) -> str:
            when = QDateTime.fromSecsSinceEpoch(round(wall or 0))
            return QLocale().toString(when.time(), QLocale.FormatType.ShortFormat)

        texts = {
            BreakState.DUE: self.tr("Now: a {kind}"),
            BreakState.IN_BREAK: self.tr("On a break now"),
            BreakState.HELD: self.tr("Waiting for full screen or Do Not Disturb to end"),
            BreakState.OFF_HOURS: self.tr("Outside working hours"),
            BreakState.NONE_LEFT: self.tr("No more breaks today"),
        }
        if n.state is BreakState.HELD and n.held == "call":
            return self.tr("Waiting for the call or presentation to end")
        if n.state is BreakState.COUNTING:
            return self.tr("In about %n min ({kind})", "", n.minutes or 1).format(kind=kind)
        if n.state is BreakState.PAUSED:
            return (
                self.tr("Paused until {time}").format(time=clock(n.until))
                if n.until
                else self.tr("Paused until you resume")
            )
        if n.state is BreakState.SNOOZED:
            return self.tr("Snoozed until {time}").format(time=clock(n.until))
        if n.state is BreakState.MEETING:
            return self.tr("Meeting until {time}").format(time=clock(n.until))
        return texts[n.state].format(kind=kind)
