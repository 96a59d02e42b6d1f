"""The dashboard window: a range selector over cards, each card drawing one part of the data.

It only presents. `provider(span)` returns the `DashboardData` for a range (the app builds it
from the log, see `backmove.services.dashboard`); the window asks again on `refresh()` and on
every change of range, and draws whatever it gets. Given `fetch`, it asks that instead and
draws the figures when they arrive, so a long history is read while the window is already up.
The PDF report is built elsewhere: the Report… button only emits `report_requested`, and the
function goals' button `goals_requested`.

Keyboard: Tab reaches the range buttons, the Report button and the calendar (arrow keys walk
its days); Ctrl+1 … Ctrl+4 pick 4 weeks, 3 months, 1 year, all.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from backmove.services.dashboard import DEFAULT_SPAN, BucketUnit, DashboardData, Span
from backmove.ui.dashboard.body import BodyCard
from backmove.ui.dashboard.card import Card
from backmove.ui.dashboard.charts import AdherenceChart, TrendChart
from backmove.ui.dashboard.function import FunctionCard
from backmove.ui.dashboard.heatmap import CalendarHeatmap
from backmove.ui.dashboard.moves import MovesCard
from backmove.ui.dashboard.peg import PegCard
from backmove.ui.dashboard.streak import StreakCard
from backmove.ui.dashboard.style import ROOT, stylesheet
from backmove.ui.dashboard.today import TodayCard
from backmove.ui.dashboard.words import Words, day_text
from backmove.ui.kit.screens import fit_to_screen
from backmove.ui.kit.theme import GAP, chart_palette_for
from backmove.ui.kit.widgets import button, label, window_title

Fetch = Callable[[Span, Callable[[DashboardData], None]], None]
"""Asks for a range's figures and hands them, on this thread, to the callable it was given."""

SPANS: tuple[Span, ...] = (Span.WEEKS_4, Span.MONTHS_3, Span.YEAR, Span.ALL)
MIN_WIDTH = 1000
"""The narrowest the cards are laid out; a narrower window scrolls across."""
PREFERRED = QSize(1200, 940)
"""The size that shows every card without scrolling; a smaller screen gets what it has, and
the cards scroll."""


class DashboardWindow(QWidget):
    """See the module docstring. `theme` is "light", "dark" or "system"."""

    report_requested = Signal()
    goals_requested = Signal()
    shown = Signal()
    """The figures asked for last are drawn."""

    def __init__(
        self,
        provider: Callable[[Span], DashboardData],
        theme: str = "system",
        span: Span = DEFAULT_SPAN,
        parent: QWidget | None = None,
        *,
        fetch: Fetch | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(ROOT)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(window_title(self.tr("Dashboard")))
        self._provider = provider
        self._fetch = fetch
        self._asked = 0
        self._theme = theme
        self._span = span
        self.palette_ = chart_palette_for(theme)
        self.words = Words(self)
        self.data: DashboardData | None = None
        self._build()
        self.set_theme(theme)
        fit_to_screen(self, PREFERRED)
        self.refresh()

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        header = QHBoxLayout()
        header.setContentsMargins(GAP + 12, GAP + 4, GAP + 12, GAP - 4)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title = label(self.tr("Dashboard"), "title")
        self.range_text = label("", "muted")
        titles.addWidget(self.title)
        titles.addWidget(self.range_text)
        header.addLayout(titles, 1)
        self.span_buttons: dict[Span, QPushButton] = {}
        self.span_group = QButtonGroup(self)
        self.span_group.setExclusive(True)
        spans = QHBoxLayout()
        spans.setSpacing(0)
        names = {
            Span.WEEKS_4: self.tr("4 weeks"),
            Span.MONTHS_3: self.tr("3 months"),
            Span.YEAR: self.tr("1 year"),
            Span.ALL: self.tr("All"),
        }
        for n, span in enumerate(SPANS, 1):
            b = button(
                names[span], self.tr("Show {range} (Ctrl+{n})").format(range=names[span], n=n)
            )
            b.setCheckable(True)
            b.setProperty("role", "span")
            b.setToolTip(self.tr("Ctrl+{n}").format(n=n))
            if n == 1:
                b.setProperty("edge", "first")
            elif n == len(SPANS):
                b.setProperty("edge", "last")
            b.clicked.connect(lambda _=False, s=span: self.set_span(s))
            self.span_group.addButton(b)
            self.span_buttons[span] = b
            spans.addWidget(b)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{n}"), self)
            shortcut.activated.connect(lambda s=span: self.set_span(s))
        header.addLayout(spans)
        header.addSpacing(12)
        self.report_button = button(self.tr("Report…"), self.tr("Make a report to print or share"))
        self.report_button.setProperty("role", "report")
        self.report_button.clicked.connect(self.report_requested)
        header.addWidget(self.report_button)

        # The header scrolls with the cards: on a screen smaller than the dashboard, the
        # window keeps to the screen and everything in it scrolls, none of it cut off.
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.page = QWidget()
        self.page.setObjectName("dashboard-page")
        self.page.setMinimumWidth(MIN_WIDTH)
        page = QVBoxLayout(self.page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        page.addLayout(header)
        self.content = QWidget()
        self.content.setObjectName("dashboard-content")
        grid = QGridLayout(self.content)
        grid.setContentsMargins(GAP + 12, GAP - 8, GAP + 12, GAP + 8)
        grid.setSpacing(GAP)
        for col in range(3):
            grid.setColumnStretch(col, 1)
        pal = self.palette_
        self.today_card = TodayCard(pal)
        self.streak_card = StreakCard(pal)
        self.body_card = BodyCard(self._theme)
        self.calendar_card = Card(self.tr("The last 52 weeks"))
        self.heatmap = CalendarHeatmap(pal)
        self._fill(self.calendar_card, self.heatmap)
        self.trend_card = Card(
            self.tr("Low back at the end of the day"),
            self.tr("Your end-of-day answer, 0 = no pain, 10 = worst imaginable"),
        )
        self.trend_headline = label("", "headline", wrap=True)
        self.trend_chart = TrendChart(pal)
        self.trend_chart.setAccessibleName(self.tr("Chart of your end-of-day answers"))
        self._fill(self.trend_card, self.trend_headline, self.trend_chart)
        self.moves_card = MovesCard(pal)
        self.adherence_card = Card(self.tr("Breaks by week"))
        self.adherence_headline = label("", "headline", wrap=True)
        self.adherence_chart = AdherenceChart(pal)
        self.adherence_chart.setAccessibleName(self.tr("Chart of your breaks"))
        self._fill(self.adherence_card, self.adherence_headline, self.adherence_chart)
        grid.addWidget(self.today_card, 0, 0)
        grid.addWidget(self.streak_card, 0, 1)
        grid.addWidget(self.body_card, 0, 2)
        grid.addWidget(self.calendar_card, 1, 0, 1, 3)
        grid.addWidget(self.trend_card, 2, 0, 1, 2)
        grid.addWidget(self.moves_card, 2, 2)
        grid.addWidget(self.adherence_card, 3, 0, 1, 3)
        self.function_card = FunctionCard(pal)
        self.function_card.goals_requested.connect(self.goals_requested)
        self.peg_card = PegCard(pal)
        grid.addWidget(self.function_card, 4, 0, 1, 2)
        grid.addWidget(self.peg_card, 4, 2)
        grid.setRowStretch(5, 1)
        for card in (
            self.today_card,
            self.streak_card,
            self.body_card,
            self.trend_card,
            self.moves_card,
            self.calendar_card,
            self.adherence_card,
            self.function_card,
            self.peg_card,
        ):
            # Columns share the width by their stretch alone, whatever each card would like.
            card.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        page.addWidget(self.content, 1)
        self.scroll_area.setWidget(self.page)
        outer.addWidget(self.scroll_area, 1)
        self.cards: list[Card] = [
            self.today_card,
            self.streak_card,
            self.body_card,
            self.calendar_card,
            self.trend_card,
            self.moves_card,
            self.adherence_card,
            self.function_card,
            self.peg_card,
        ]

    @staticmethod
    def _fill(card: Card, *widgets: QWidget) -> None:
        column = QVBoxLayout(card.body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        for w in widgets:
            column.addWidget(w)

    # --- what the user does --------------------------------------------------------------------

    @property
    def span(self) -> Span:
        return self._span

    def set_span(self, span: Span) -> None:
        if span is not self._span or self.data is None:
            self._span = span
            self.refresh()
        self.span_buttons[span].setChecked(True)

    def set_theme(self, theme: str) -> None:
        self._theme = theme
        self.palette_ = chart_palette_for(theme)
        self.setStyleSheet(stylesheet(self.palette_))
        for widget in (
            self.today_card,
            self.streak_card,
            self.moves_card,
            self.heatmap,
            self.trend_chart,
            self.adherence_chart,
            self.function_card,
            self.peg_card,
        ):
            widget.set_palette(self.palette_)
        self.body_card.set_theme(theme)
        if self.data is not None:
            self._show(self.data)

    def refresh(self) -> None:
        """Ask again for the current range and draw it: from the provider at once, or, with
        `fetch`, when the figures arrive (the window is drawn and answers meanwhile, and only
        the figures asked for last are drawn)."""
        self.span_buttons[self._span].setChecked(True)
        if not any(b.hasFocus() for b in self.span_buttons.values()):
            self.span_buttons[self._span].setFocus()
        if self._fetch is None:
            self._arrived(self._provider(self._span))
            return
        self._asked += 1
        asked = self._asked
        self.range_text.setText(self.tr("Reading your history…"))

        def deliver(data: DashboardData) -> None:
            if asked == self._asked:
                self._arrived(data)

        self._fetch(self._span, deliver)

    def _arrived(self, data: DashboardData) -> None:
        self.data = data
        self._show(data)
        self.shown.emit()

    # --- drawing -------------------------------------------------------------------------------

    def _show(self, data: DashboardData) -> None:
        weeks = (data.last - data.first).days // 7 + 1
        self.range_text.setText(
            self.tr("{first} – {last} · {weeks}").format(
                first=day_text(data.first, "d MMM yyyy"),
                last=day_text(data.last, "d MMM yyyy"),
                weeks=self.words.weeks(weeks),
            )
        )
        self.today_card.show_today(data.today_view)
        self._show_streak(data)
        self.body_card.show_weeks(data.body_weeks)
        self._show_calendar(data)
        self._show_trend(data)
        self.moves_card.show_moves(data.moves, data.rated_breaks)
        self._show_adherence(data)
        self.function_card.show_function(data.function)
        self.peg_card.show_peg(data.peg)

    def for_print(self) -> None:
        """Leave out what only the screen can use (the buttons inside the cards): the report
        draws the cards as they are."""
        self.body_card.stepping = False
        for b in (
            self.function_card.goals_button,
            self.body_card.earlier_button,
            self.body_card.later_button,
        ):
            b.hide()

    def _show_streak(self, data: DashboardData) -> None:
        if not any(d.tally.moved or d.tally.offered for d in data.calendar.days):
            self.streak_card.show_empty(
                self.tr(
                    "Your streak starts with your first working day with backmove: each day you "
                    "reach your goal is counted here, and a missed day is easily made up."
                )
            )
            return
        self.streak_card.show_empty(None)
        self.streak_card.show_streak(data.streak)

    def _show_calendar(self, data: DashboardData) -> None:
        if any(d.tally.moved or d.tally.offered for d in data.calendar.days):
            self.calendar_card.subtitle.setText(
                self.tr(
                    "{good} of %n working days on target. Hover over a day, or use the "
                    "arrow keys, to see its breaks.",
                    "",
                    data.calendar.working,
                ).format(good=data.calendar.on_target)
            )
        else:
            self.calendar_card.subtitle.setText(
                self.tr(
                    "Each working day fills in here as you take breaks, darker the closer you "
                    "come to your daily goal."
                )
            )
        self.calendar_card.subtitle.show()
        self.heatmap.set_calendar(data.calendar, data.today)

    def _show_trend(self, data: DashboardData) -> None:
        view = data.trend
        if view.logged_ever == 0:
            self.trend_card.show_empty(
                self.tr(
                    "Your end-of-day answers appear here after your first working day: backmove "
                    "asks once a day how your low back feels."
                )
            )
            return
        if view.logged == 0:
            self.trend_card.show_empty(
                self.tr(
                    "No end-of-day answers in this range. Pick a longer range to see earlier ones."
                )
            )
            return
        self.trend_card.show_empty(None)
        lines = self.words.progress(view.progress)
        self.trend_headline.setText(" ".join(lines))
        self.trend_chart.show_trend(view, data.first, data.last)

    def _show_adherence(self, data: DashboardData) -> None:
        a = data.adherence
        by_month = a.unit is BucketUnit.MONTH
        self.adherence_card.title.setText(
            self.tr("Breaks by month") if by_month else self.tr("Breaks by week")
        )
        t = a.counts
        if t.offered + t.done_naturally == 0:
            self.adherence_card.show_empty(
                self.tr("Your breaks appear here, a bar a week, once backmove has offered you one.")
            )
            return
        self.adherence_card.show_empty(None)
        parts = []
        if t.offered:
            parts.append(
                self.tr("{share}% of offered breaks completed ({completed} of {offered})").format(
                    share=round(100 * t.done / t.offered),
                    completed=t.done,
                    offered=t.offered,
                )
            )
        parts.append(self.words.natural_breaks(t.done_naturally))
        parts.append(self.words.expired(t.expired))
        self.adherence_headline.setText(" · ".join(parts))
        self.adherence_chart.show_adherence(a)
