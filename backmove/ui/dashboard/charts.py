"""The two QtCharts panels: the end-of-day discomfort trend and breaks by week.

Both put their x values on a plain number line (days since the range began, or bar number)
and label it with a QCategoryAxis at month or week starts, so labels never crowd and the
trend's days and the bars' weeks line up with the dates they name. Colours come from the
dashboard palette; QtCharts' own themes are not used, so light and dark match the cards.
"""

from __future__ import annotations

import html
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import date

import shiboken6
from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QCursor,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QLabel,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from backmove.core.progress import Verdict
from backmove.services.dashboard import Adherence, BucketUnit, TrendView, drawn_days
from backmove.ui.dashboard.words import day_text, number, qdate
from backmove.ui.kit import theme
from backmove.ui.kit.theme import ChartPalette

MAX_LABELS = 8
TREND_TOP = 10
"""The top of the trend's value axis: the highest rating."""
LINES_Z = 4.5
"""Above QtCharts' series (4), below its legend (5): where the trend's lines are drawn."""
BAND_Z = 3.5
"""Below QtCharts' series (4), above its grid (2): where the trend's spread band is drawn."""


def date_ticks(
    points: Sequence[tuple[float, date]],
    max_labels: int = MAX_LABELS,
) -> list[tuple[float, str]]:
    """Where to label a date axis: Mondays over a short span, else month starts (thinned to
    at most `max_labels`), each label unique so QCategoryAxis keeps them all."""
    if not points:
        return []
    span = (points[-1][1] - points[0][1]).days
    short = span <= 45
    picked: list[tuple[float, date]] = []
    for i, (x, day) in enumerate(points):
        previous = points[i - 1][1] if i else None
        if short:
            if day.weekday() == 0 or (previous is not None and (day - previous).days >= 7):
                picked.append((x, day))
        elif previous is not None and day.month != previous.month:
            picked.append((x, day))
    step = -(-len(picked) // max_labels) if picked else 1
    picked = picked[::step]
    locale = QLocale()
    out: list[tuple[float, str]] = []
    for n, (x, day) in enumerate(picked):
        if short:
            fmt = "d MMM"
        elif span > 400:
            fmt = "MMM yyyy"
        else:
            fmt = "MMM yyyy" if n == 0 or day.month == 1 else "MMM"
        out.append((x, locale.toString(qdate(day), QCoreApplication.translate("Words", fmt))))
    return out


def _font(size: float) -> QFont:
    """The desktop's font at what the looks call `size` points."""
    font = QFont()
    font.setPointSizeF(theme.points(size))
    return font


class _ChartPanel(QWidget):
    """A QChartView dressed in the dashboard's colours; subclasses fill `self.chart`."""

    def __init__(self, palette: ChartPalette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setBackgroundVisible(False)
        self.chart.setPlotAreaBackgroundVisible(False)
        self.chart.setMargins(QMargins(0, 4, 4, 0))
        self.chart.layout().setContentsMargins(0, 0, 0, 0)
        self.chart.legend().hide()
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setStyleSheet("background: transparent; border: none;")
        self.view.setMinimumHeight(240)
        # Nothing to operate in a chart: its words are the headline above and the legend
        # below, so it takes no Tab stop.
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend.setProperty("role", "note")
        self._legend: list[tuple[str, str, str]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.view)
        layout.addWidget(self.legend)

    def set_palette(self, palette: ChartPalette) -> None:
        self._palette = palette

    def _clear(self) -> None:
        """Take the last figures out. The series go with `removeAllSeries`; an axis removed
        is handed back to its caller, not deleted, so it is deleted here: left alone, each
        re-draw kept two axes with their labels and connections (some 25 KiB) for good."""
        self.chart.removeAllSeries()
        self._legend = []
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
            axis.deleteLater()

    def _style(self, axis: QAbstractAxis) -> None:
        p = self._palette
        axis.setLabelsColor(QColor(p.look.muted))
        axis.setLabelsFont(_font(8.5))
        axis.setGridLineColor(QColor(p.grid))
        axis.setLinePenColor(QColor(p.look.line))
        axis.setMinorGridLineVisible(False)

    def _date_axis(self, lo: float, hi: float, ticks: list[tuple[float, str]]) -> QCategoryAxis:
        axis = QCategoryAxis()
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        axis.setRange(lo, hi)
        axis.setStartValue(lo)
        for x, text in ticks:
            axis.append(text, x)
        self._style(axis)
        axis.setGridLineVisible(True)
        axis.setLineVisible(False)
        return axis

    def _value_axis(self, hi: float, ticks: int) -> QValueAxis:
        axis = QValueAxis()
        axis.setRange(0, hi)
        axis.setTickCount(ticks)
        axis.setLabelFormat("%d")
        self._style(axis)
        axis.setLineVisible(False)
        return axis

    def _attach(self, series: QAbstractSeries, x: QAbstractAxis, y: QAbstractAxis) -> None:
        self.chart.addSeries(series)
        series.attachAxis(x)
        series.attachAxis(y)

    def _key(self, glyph: str, colour: str, name: str) -> None:
        """Add a legend entry: `glyph` (a character drawn in `colour`) and its name."""
        self._legend.append((glyph, colour, name))

    def _finish_legend(self) -> None:
        muted = self._palette.look.muted
        self.legend.setText(
            "&nbsp;&nbsp;&nbsp; ".join(
                f'<span style="white-space: nowrap;"><span style="color: {colour}; '
                f'font-size: {theme.points(11):.1f}pt;">{glyph}</span>&nbsp;'
                f'<span style="color: {muted};">'
                f"{html.escape(name)}</span></span>"
                for glyph, colour, name in self._legend
            )
        )

    def legend_names(self) -> list[str]:
        return [name for _, _, name in self._legend]


class TrendChart(_ChartPanel):
    """Daily end-of-day ratings (dots), their 7-day mean (line) with the lowest to highest
    rating of those 7 days around it (a band: how much a day moves on its own), the baseline
    and the lines where a meaningful change begins, and the runs that held a change for two
    weeks (bold line). A trend longer than `services.dashboard.DRAWN_DAYS` days ("All" over
    more than a year) is drawn a point a week, without the daily dots (`drawn_days`): 7,300
    days cannot be told apart on some 700 px, and drawing them held the GUI thread.

    The mean breaks wherever a week holds too few answers, and every marked run is a piece of
    its own: over five years that is some 160 pieces, and as line series each would cost
    QtCharts a chart item of its own, a good part of the dashboard's first open. So the
    pieces are drawn as one path per pen, in value coordinates, mapped onto the plot area
    whenever it moves and clipped to it like the series; the band the same way, under the
    series, so the dots stay on top of it."""

    def __init__(self, palette: ChartPalette, parent: QWidget | None = None) -> None:
        super().__init__(palette, parent)
        self._plot = self._clip(LINES_Z)
        self._under = self._clip(BAND_Z)
        self._lines: list[tuple[QGraphicsPathItem, QPainterPath]] = []
        self._x_range = (0.0, 1.0)
        self.chart.plotAreaChanged.connect(self._place)

    def _clip(self, z: float) -> QGraphicsRectItem:
        item = QGraphicsRectItem(self.chart)
        item.setPen(QPen(Qt.PenStyle.NoPen))
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape)
        item.setZValue(z)
        return item

    def _clear(self) -> None:
        super()._clear()
        # An item taken out of its parent and scene belongs to nobody, so nothing would ever
        # free it: each re-draw (a range chosen, a break logged) leaked its paths. Deleting
        # it takes it out of both.
        for item, _ in self._lines:
            shiboken6.delete(item)
        self._lines = []

    def show_trend(self, view: TrendView, first: date, last: date) -> None:
        self._clear()
        p = self._palette
        progress = view.progress
        every = progress.days
        # A long trend is drawn a point a week (`drawn_days`): what a chart this wide can show,
        # at a bounded cost on the GUI thread; the verdict and the runs come from every day.
        days = drawn_days(every)
        thinned = len(days) < len(every)
        origin = every[0].day if every else first
        x_of = {d.day: float((d.day - origin).days) for d in days}
        dates = [d.day for d in days]  # in order: a run's days are found by bisection
        all_dates = [d.day for d in every] if thinned else dates
        hi = float(max(1, (last - first).days))
        self._x_range = (-0.5, hi + 0.5)
        x_axis = self._date_axis(-0.5, hi + 0.5, date_ticks([(x_of[d.day], d.day) for d in days]))
        y_axis = self._value_axis(TREND_TOP, 6)
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        dots = QScatterSeries()
        dots.setMarkerSize(5.5)
        dots.setColor(QColor(p.dot))
        dots.setBorderColor(QColor(p.dot))
        if not thinned:  # a dot a day; a week's point has its spread and mean instead
            dots.append([QPointF(x_of[d.day], d.value) for d in days if d.value is not None])
            self._key("●", p.dot, self.tr("Each day"))
        spread = [
            (x_of[d.day], None if d.low7 is None or d.high7 is None else (d.low7, d.high7))
            for d in days
        ]
        if any(s is not None for _, s in spread):
            self._band(spread, QColor(p.band))
            self._key("■", p.band_key, self.tr("Lowest to highest of those 7 days"))
        base = progress.baseline
        if base is not None:
            line = QLineSeries()
            line.setPen(QPen(QColor(p.look.muted), 1.2, Qt.PenStyle.DashLine))
            line.append(-0.5, base)
            line.append(hi + 0.5, base)
            self._attach(line, x_axis, y_axis)
            edges = [
                e
                for e in (progress.better_at_most, progress.worse_at_least)
                if e is not None and 0 <= e <= TREND_TOP
            ]
            for edge in edges:
                dotted = QLineSeries()
                dotted.setPen(QPen(QColor(p.look.muted), 1.0, Qt.PenStyle.DotLine))
                dotted.append(-0.5, edge)
                dotted.append(hi + 0.5, edge)
                self._attach(dotted, x_axis, y_axis)
        self._attach(dots, x_axis, y_axis)
        self._segments([(x_of[d.day], d.mean7) for d in days], QColor(p.mean), 2.4)
        self._key("━", p.mean, self.tr("7-day average"))
        if base is not None:
            self._key(
                "┅", p.look.muted, self.tr("First two weeks ({value})").format(value=number(base))
            )
            if edges:
                self._key("┈", p.look.muted, self.tr("2 points and 30 % away from it"))
        for verdict, colour, name in (
            (Verdict.BETTER, p.better, self.tr("Meaningfully lower for 2 weeks or more")),
            (Verdict.WORSE, p.worse, self.tr("Meaningfully higher for 2 weeks or more")),
        ):
            runs = [a for a in view.annotations if a.verdict is verdict]
            points: list[tuple[float, float | None]] = []
            for run in runs:
                inside = days[bisect_left(dates, run.first) : bisect_right(dates, run.last)]
                whole = every[bisect_left(all_dates, run.first) : bisect_right(all_dates, run.last)]
                ends = [whole[0], whole[-1]] if thinned and whole else []  # a run's own days
                shown = sorted({d.day: d for d in (*inside, *ends)}.values(), key=lambda d: d.day)
                points += [(float((d.day - origin).days), d.mean7) for d in shown]
                points.append((0.0, None))
            if runs:
                self._segments(points, QColor(colour), 5.0)
                self._key("━", colour, name)
        self._finish_legend()
        self._place(self.chart.plotArea())

    def _band(self, spread: Sequence[tuple[float, tuple[int, int] | None]], colour: QColor) -> None:
        """One filled path under the series, a shape per unbroken run of (low, high) values."""
        path = QPainterPath()
        run: list[tuple[float, tuple[int, int]]] = []
        for x, span in (*spread, (0.0, None)):
            if span is not None:
                run.append((x, span))
                continue
            if run:
                if len(run) == 1:
                    only = run[0]
                    run = [(only[0] - 0.3, only[1]), (only[0] + 0.3, only[1])]
                path.moveTo(run[0][0], run[0][1][1])
                for x_, (_, top) in run[1:]:
                    path.lineTo(x_, top)
                for x_, (low, _) in reversed(run):
                    path.lineTo(x_, low)
                path.closeSubpath()
            run = []
        item = QGraphicsPathItem(self._under)
        item.setPen(QPen(Qt.PenStyle.NoPen))
        item.setBrush(QBrush(colour))
        self._lines.append((item, path))

    def _segments(
        self, points: Sequence[tuple[float, float | None]], colour: QColor, width: float
    ) -> None:
        """One path, a line per unbroken run of values (a lone value is a short dash)."""
        pen = QPen(colour, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        # QtCharts draws a series a line at a time, each with round caps: round joins match.
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        path = QPainterPath()
        run: list[tuple[float, float]] = []
        for x, y in (*points, (0.0, None)):
            if y is not None:
                run.append((x, y))
                continue
            if not run:
                continue
            if len(run) == 1:
                run = [(run[0][0] - 0.3, run[0][1]), (run[0][0] + 0.3, run[0][1])]
            path.moveTo(*run[0])
            for point in run[1:]:
                path.lineTo(*point)
            run = []
        item = QGraphicsPathItem(self._plot)
        item.setPen(pen)
        self._lines.append((item, path))

    def _place(self, area: QRectF) -> None:
        """Map the paths from values (days across, 0-10 up) onto the plot area `area`."""
        self._plot.setRect(area)
        self._under.setRect(area)
        lo, hi = self._x_range
        sx, sy = area.width() / (hi - lo), -area.height() / TREND_TOP
        to_area = QTransform(sx, 0, 0, sy, area.left() - lo * sx, area.bottom())
        for item, path in self._lines:
            item.setPath(to_area.map(path))


class AdherenceChart(_ChartPanel):
    """Offered breaks a bar each week (or month): completed, partly done, skipped and expired
    stacked, so the bar's height is what was offered; natural breaks as a line beside them."""

    def show_adherence(self, data: Adherence) -> None:
        self._clear()
        self._data = data
        p = self._palette
        buckets = data.buckets
        sets: list[tuple[str, str, list[int]]] = [
            (self.tr("Completed"), p.look.accent, [b.tally.completed for b in buckets]),
            (
                self.tr("Partly done or cut short"),
                p.partial,
                [b.tally.partial + b.tally.interrupted for b in buckets],
            ),
            (self.tr("Skipped"), p.skipped, [b.tally.skipped for b in buckets]),
            (self.tr("Expired unanswered"), p.expired, [b.tally.expired for b in buckets]),
        ]
        bars = QStackedBarSeries()
        bars.setBarWidth(0.7 if len(buckets) > 20 else 0.58)
        for name, colour, values in sets:
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
            bar_set.append([float(v) for v in values])
            bars.append(bar_set)
            self._key("■", colour, name)
        bars.hovered.connect(self._hovered)
        natural = QLineSeries()
        natural.setPen(QPen(QColor(p.natural), 2.0))
        natural.setPointsVisible(len(buckets) <= 30)
        natural.setMarkerSize(6)
        natural.append([QPointF(i, b.tally.natural) for i, b in enumerate(buckets)])
        self._key("━", p.natural, self.tr("Natural breaks (you were away anyway)"))
        top = max([b.tally.offered for b in buckets] + [b.tally.natural for b in buckets] + [4])
        y_axis = self._value_axis(_nice(top), 5)
        x_axis = self._date_axis(
            -0.5,
            len(buckets) - 0.5,
            date_ticks([(float(i), b.first) for i, b in enumerate(buckets)]),
        )
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        self._attach(bars, x_axis, y_axis)
        self._attach(natural, x_axis, y_axis)
        self._finish_legend()

    def describe(self, index: int) -> str:
        b = self._data.buckets[index]
        t = b.tally
        when = (
            self.tr("Week of {day}").format(day=day_text(b.first, "d MMM yyyy"))
            if self._data.unit is BucketUnit.WEEK
            else QLocale().toString(qdate(b.first), "MMMM yyyy")
        )
        return self.tr(
            "{when}\nCompleted {completed} of {offered} offered\nPartly done or cut short "
            "{partial}, "
            "skipped {skipped}, expired {expired}\nNatural breaks: {natural}"
        ).format(
            when=when,
            completed=t.completed,
            offered=t.offered,
            partial=t.partial + t.interrupted,
            skipped=t.skipped,
            expired=t.expired,
            natural=t.natural,
        )

    def _hovered(self, status: bool, index: int, _bar_set: QBarSet) -> None:
        if status:
            QToolTip.showText(QCursor.pos(), self.describe(index), self)
        else:
            QToolTip.hideText()


def _nice(top: int) -> int:
    """An axis top a little above `top` that divides into 4 whole steps."""
    step = max(1, -(-int(top * 1.08) // 4))
    for nice in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if nice >= step:
            return nice * 4
    return step * 4
