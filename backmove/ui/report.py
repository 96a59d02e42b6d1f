"""The report a user can bring to a physiotherapist: one or two A4 pages drawn for paper.

A clinician reads it in a few minutes, so it leads with what they need first: whether the
low back has changed since the start (the verdict, its numbers and the end-of-day series),
then what the person can do (function goals, the PEG), where it was felt, how often they moved,
and everything the safety net recorded (safety check answers, stops during breaks, moves not
tolerated). Its figures come from `services.report_data`, built from the same source as the
dashboard, so paper and screen never disagree; nothing here is the dashboard's window, so
nothing only a screen needs (hovering, buttons, today's tile) can reach the paper.

The pages are laid out before any is drawn: sections go down the page in order, a section that
does not fit moves whole to the next page, and on the last page a list keeps its newest rows
and says that older entries are in the app. Text is drawn in boxes that wrap, so nothing is
clipped, and an empty log still makes a valid report that says what has not been recorded.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)

from backmove import __version__
from backmove.core.clock import Clock
from backmove.core.files import make_private_dirs
from backmove.core.progress import HOLD_DAYS, POINTS, SHARE_PERCENT, Verdict
from backmove.core.regions import REGIONS
from backmove.services.dashboard import DashboardSource
from backmove.services.report_data import ReportData, build_report
from backmove.ui.body_map import region_names

MAX_PAGES = 2
RESOLUTION = 144  # dots per inch the pages are laid out in
MARGIN_MM = 14.0
MAX_ROWS = 10
"""Rows a list shows at most, the newest: more would crowd out the sections after it."""

INK = QColor("#1f2933")
MUTED = QColor("#52606d")
RULE = QColor("#cbd2d9")
BASELINE = QColor("#2f6fb0")
BETTER = QColor("#2e7d4f")
WORSE = QColor("#b03a2e")

_CTX = "Report"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def write_report(
    path: Path,
    source: DashboardSource,
    clock: Clock,
    *,
    on_temporary: Callable[[Path], object] | None = None,
) -> int:
    """Write the PDF to `path` from the same figures the dashboard shows; returns the number
    of pages. Raises OSError when the file cannot be written, or when there is no log.

    `on_temporary` is called with the file being written while the pages are drawn into it,
    so a test can look at it then."""
    report = build_report(source)
    if report is None:
        raise FileNotFoundError(2, "there is no open log to report on", str(path))
    temporary = _private_temporary(path)
    try:
        pages = _draw(temporary, path, report, clock, on_temporary)
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
    return pages


def _private_temporary(path: Path) -> Path:
    """An empty file beside `path`, created 0600, for the PDF to be written into.

    What the user felt, day by day, is theirs alone until they share it: Qt would create the
    file with the umask's mode (0644) and another user could read it while it is written. A
    file that already exists keeps its mode when Qt opens it, so the PDF is private from its
    first byte, and the rename at the end makes it appear whole."""
    make_private_dirs(path.parent)
    if path.exists() and not path.is_file():
        raise IsADirectoryError(21, "is a folder", str(path))
    for n in range(1, 1000):
        candidate = path.with_name(f".{path.name}.{n}.partial")
        try:
            os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            continue
        return candidate
    raise FileExistsError(17, "no free name for a temporary file", str(path))


def _draw(
    temporary: Path,
    path: Path,
    report: ReportData,
    clock: Clock,
    on_temporary: Callable[[Path], object] | None,
) -> int:
    writer = QPdfWriter(str(temporary))
    writer.setTitle(_tr("backmove report"))
    writer.setCreator(f"backmove {__version__}")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(RESOLUTION)
    painter = QPainter()
    if not painter.begin(writer):
        raise PermissionError(13, "cannot be written", str(path))
    try:
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        width, height = float(page.width()), float(page.height())
        header = _header_blocks(report, clock)
        footer_h = _Text("1", SMALL).height(painter, width) + 6
        pages = _lay_out(
            painter,
            width,
            height - footer_h,
            header,
            _sections(report),
            report_empty=report.empty,
        )
        for n, placed in enumerate(pages):
            if n:
                writer.newPage()
            painter.fillRect(QRectF(0, 0, width, height), QColor("#ffffff"))
            for y, h, block in placed:
                block.draw(painter, QRectF(0, y, width, h))
            _footer(painter, QRectF(0, height - footer_h, width, footer_h), n + 1, len(pages))
            if on_temporary is not None:
                on_temporary(temporary)
        return len(pages)
    finally:
        if not painter.end():
            raise OSError(5, "the PDF could not be finished", str(path))


_Placed = list[tuple[float, float, "_Section | _Block"]]


def _lay_out(
    p: QPainter,
    width: float,
    height: float,
    header: list[_Block],
    sections: list[_Section],
    *,
    report_empty: bool = False,
) -> list[_Placed]:
    """Where every block goes, page by page: the header on the first page, then each section
    whole where it fits, else on the next page; on the last page a section that still does not
    fit gives up rows of its lists, the oldest first."""
    pages: list[_Placed] = [[]]
    y = 0.0
    for block in header:
        h = block.height(p, width)
        pages[0].append((y, h, block))
        y += h
    if report_empty:
        note = _Text(
            _tr("Nothing has been recorded yet. Each section below says what is still missing."),
            bold=True,
        )
        h = note.height(p, width)
        pages[0].append((y, h, note))
        y += h
    y += 10
    for section in sections:
        h = section.height(p, width)
        if y + h > height and len(pages) < MAX_PAGES:
            pages.append([])
            y = 0.0
        while y + h > height and section.trim():
            h = section.height(p, width)
        if y + h > height:
            section = _Section(
                section.heading,
                [_Text(_tr("Not shown for lack of room: see the app."), color=MUTED)],
            )
            h = section.height(p, width)
        pages[-1].append((y, h, section))
        y += h
    return pages


def _footer(p: QPainter, box: QRectF, page: int, pages: int) -> None:
    p.setPen(QPen(RULE, 1))
    p.drawLine(box.topLeft(), box.topRight())
    line = _tr("backmove {version} · self-reported, not a diagnosis · page {page} of {pages}")
    _Text(line.format(version=__version__, page=page, pages=pages), SMALL, color=MUTED).draw(
        p, box.adjusted(0, 6, 0, 0)
    )


def _day(d: date | None) -> str:
    return "—" if d is None else d.isoformat()


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _header_blocks(report: ReportData, clock: Clock) -> list[_Block]:
    made = clock.local().date()
    return [
        _Text(_tr("backmove: low back report"), TITLE, bold=True, gap=6),
        _Text(
            _tr("Period: {first} to {last} · made on {made}").format(
                first=_day(report.first), last=_day(report.made), made=_day(made)
            ),
            color=MUTED,
            gap=2,
        ),
        _Text(
            _tr(
                "Self-reported by the person using backmove, not a diagnosis. Pain is rated "
                "0 (none) to 10 (worst imaginable)."
            ),
            color=MUTED,
            gap=4,
        ),
    ]


def _sections(report: ReportData) -> list[_Section]:
    sections = [_progress(report), _function(report)]
    if report.peg is not None:
        sections.append(_peg(report))
    sections += [_regions(report), _breaks(report), _safety(report), _stops(report)]
    sections.append(_not_tolerated(report))
    return sections


def _progress(report: ReportData) -> _Section:
    p = report.trend.progress
    blocks: list[_Block] = []
    if report.trend.logged_ever == 0:
        blocks.append(
            _Text(
                _tr(
                    "No end-of-day ratings have been recorded yet: a baseline needs 7 ratings "
                    "within 14 days."
                ),
                bold=True,
            )
        )
    elif p.verdict is Verdict.NOT_ENOUGH:
        blocks.append(
            _Text(
                _tr(
                    "Not enough end-of-day ratings yet for a baseline: it needs 7 ratings "
                    "within 14 days; the most so far is {n}."
                ).format(n=p.ratings_toward_baseline),
                bold=True,
            )
        )
    else:
        verdict = {
            Verdict.BETTER: _tr("Meaningfully better than at the start."),
            Verdict.WORSE: _tr("Meaningfully worse than at the start."),
            Verdict.NO_CLEAR_CHANGE: _tr("No clear change since the start."),
        }[p.verdict]
        blocks.append(_Text(verdict, bold=True))
        rows = [
            [
                _tr("Baseline"),
                _tr("{value} (mean of {n} ratings, {first} to {last})").format(
                    value=_number(p.baseline),
                    n=p.ratings_toward_baseline,
                    first=_day(p.baseline_first),
                    last=_day(p.baseline_last),
                ),
            ],
            [
                _tr("Current 7-day mean"),
                _tr("{value} (as of {day})").format(
                    value=_number(p.as_of.mean7 if p.as_of else None),
                    day=_day(p.as_of.day if p.as_of else None),
                ),
            ],
            [
                _tr("Thresholds"),
                _tr(
                    "better at or below {better}, worse at or above {worse}: a change of "
                    "{points} points and {share} % from the baseline"
                ).format(
                    better=_number(p.better_at_most),
                    worse=_number(p.worse_at_least),
                    points=POINTS,
                    share=SHARE_PERCENT,
                ),
            ],
            [
                _tr("Held"),
                (
                    _tr("{days} days in a row, since {since} (a verdict needs {hold})").format(
                        days=p.as_of.held if p.as_of else 0,
                        since=_day(p.held_since),
                        hold=HOLD_DAYS,
                    )
                    if p.held_since is not None
                    else _tr("no change has held for {hold} days").format(hold=HOLD_DAYS)
                ),
            ],
        ]
        blocks.append(_Table([_tr("Figure"), _tr("Value")], rows, (0.25, 0.75), trimmable=False))
    blocks.append(
        _Text(
            _tr(
                "Back pain often eases on its own, so a change says what changed, not why. "
                "End-of-day ratings logged in this period: {n}."
            ).format(n=report.trend.logged),
            color=MUTED,
        )
    )
    if any(d.value is not None for d in p.days):
        blocks.append(_Chart(report))
    return _Section(_tr("Low back pain at the end of the day"), blocks)


def _function(report: ReportData) -> _Section:
    lines = report.function.lines
    if not lines:
        return _Section(
            _tr("Function goals"), [_Text(_tr("No function goals have been named yet."))]
        )
    rows = []
    for line in lines:
        first, latest = line.points[0], line.points[-1]
        if len(line.points) < 2:
            change = _tr("rated once so far")
        elif line.changed_enough:
            change = _tr("{change:+d}: 2 points or more").format(change=line.change)
        else:
            change = _tr("{change:+d}: less than 2 points").format(change=line.change)
        rows.append(
            [
                line.activity,
                _tr("{value} on {day}").format(value=first.value, day=_day(first.day)),
                _tr("{value} on {day}").format(value=latest.value, day=_day(latest.day)),
                change,
            ]
        )
    return _Section(
        _tr("Function goals"),
        [
            _Text(
                _tr(
                    "How well the person can do each activity: 0 = unable, 10 = as before. "
                    "A change of 2 points or more counts as important."
                ),
                color=MUTED,
            ),
            _Table(
                [_tr("Activity"), _tr("First"), _tr("Latest"), _tr("Change")],
                rows,
                (0.4, 0.18, 0.18, 0.24),
            ),
        ],
    )


def _short(d: date) -> str:
    return d.strftime("%d.%m.")


def _peg(report: ReportData) -> _Section:
    peg = report.peg
    weeks = peg.weeks[-13:] if peg is not None else ()
    if not weeks:
        return _Section(
            _tr("PEG, week by week"), [_Text(_tr("No PEG answers in this period yet."))]
        )
    share = 0.86 / len(weeks)
    table = _Table(
        [_tr("Week of"), *(_short(w.day) for w in weeks)],
        [[_tr("Score"), *(f"{w.score:.1f}" for w in weeks)]],
        (0.14, *([share] * len(weeks))),
        trimmable=False,
        pad=3.0,
    )
    change = peg.change if peg is not None else None
    words = (
        _tr(
            "Change from the first week to the latest: {change:+.1f} (1 point or more counts "
            "as important)."
        ).format(change=change)
        if change is not None
        else _tr("One week answered so far.")
    )
    return _Section(
        _tr("PEG, week by week"),
        [
            _Text(
                _tr(
                    "The mean of pain, interference with enjoyment of life and with general "
                    "activity, each 0-10."
                ),
                color=MUTED,
            ),
            table,
            _Text(words),
        ],
    )


def _regions(report: ReportData) -> _Section:
    weeks = report.body_weeks
    if not weeks:
        return _Section(
            _tr("Where it was felt, week by week"),
            [_Text(_tr("No weekly check-ins in this period yet."))],
        )
    names = region_names()
    rated = [r for r in REGIONS if any(r in w.values for w in weeks)]
    share = 0.78 / len(weeks)
    rows = [[names[r], *(_whole(w.values.get(r)) for w in weeks)] for r in rated]
    table = _Table(
        [_tr("Region"), *(_short(w.day) for w in weeks)],
        rows or [[_tr("none"), *("—" for _ in weeks)]],
        (0.22, *([share] * len(weeks))),
        trimmable=False,
    )
    return _Section(
        _tr("Where it was felt, week by week"),
        [
            _Text(
                _tr(
                    "Discomfort 0-10 from the weekly check-in, the latest {n} weeks; — not rated."
                ).format(n=len(weeks)),
                color=MUTED,
            ),
            table,
        ],
    )


def _whole(value: float | None) -> str:
    if value is None:
        return "—"
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def _breaks(report: ReportData) -> _Section:
    weeks = report.weeks
    if not any(w.counts.offered or w.counts.toward_goal for w in weeks):
        return _Section(
            _tr("Breaks, week by week"), [_Text(_tr("No breaks recorded in this period yet."))]
        )
    share = 0.86 / (len(weeks) + 1)
    total = [
        sum(getattr(w.counts, k) for w in weeks) for k in ("offered", "done", "done_naturally")
    ]
    rows = [
        [_tr("Offered"), *(str(w.counts.offered) for w in weeks), str(total[0])],
        [_tr("Done"), *(str(w.counts.done) for w in weeks), str(total[1])],
        [_tr("Done naturally"), *(str(w.counts.done_naturally) for w in weeks), str(total[2])],
    ]
    return _Section(
        _tr("Breaks, week by week"),
        [
            _Text(
                _tr(
                    "Movement breaks the app offered and the person did, and times they got "
                    "up on their own (done naturally)."
                ),
                color=MUTED,
            ),
            _Table(
                [_tr("Week of"), *(_short(w.week) for w in weeks), _tr("Total")],
                rows,
                (0.14, *([share] * (len(weeks) + 1))),
                trimmable=False,
                pad=3.0,
            ),
        ],
    )


def _tier(tier: str) -> str:
    return {
        "A": _tr("A: emergency signs"),
        "B": _tr("B: see a doctor soon"),
        "C": _tr("C: routine appointment"),
    }.get(tier, _tr("no warning signs"))


def _outcome(code: str) -> str:
    return {
        "emergency_card_shown": _tr("told to get emergency help now; exercise paused"),
        "urgent_card_shown": _tr("told to see a doctor soon; exercise paused"),
        "info_card_shown": _tr("told to book a routine appointment; gentle moves only"),
        "clear": _tr("all clear"),
        "assessed_confirmed": _tr(
            "confirmed that a doctor or physiotherapist checked the back and said they can exercise"
        ),
    }.get(code, code)


def _safety(report: ReportData) -> _Section:
    heading = _tr("Safety check answers")
    if not report.safety:
        return _Section(heading, [_Text(_tr("The safety check has not been answered yet."))])
    rows = [
        [_day(s.day), _tier(s.tier), _outcome(s.outcome), _day(s.assessed_on)]
        for s in report.safety
    ]
    return _Section(
        heading,
        [
            _Table(
                [_tr("Date"), _tr("Result"), _tr("What followed"), _tr("Assessed on")],
                rows,
                (0.15, 0.22, 0.48, 0.15),
            )
        ],
    )


def _symptom(code: str) -> str:
    tr = QCoreApplication.translate
    return {
        "leg": tr("StopPages", "Pain, numbness or tingling going down a leg"),
        "saddle": tr(
            "StopPages",
            "Numbness around the genitals or bottom, or trouble with bladder or bowels",
        ),
        "sharp": tr("StopPages", "Sharp or shooting pain"),
        "dizziness": tr("StopPages", "Dizziness"),
        "worse": tr("StopPages", "It just feels worse"),
    }.get(code, code)


def _stops(report: ReportData) -> _Section:
    heading = _tr("Stops during breaks")
    if not report.stops:
        return _Section(
            heading, [_Text(_tr("No stop was reported during a break in this period."))]
        )
    rows = [[_day(s.day), _symptom(s.symptom), s.move] for s in report.stops]
    return _Section(
        heading,
        [
            _Text(_tr("What the person reported after pressing “Stop — this hurts”."), color=MUTED),
            _Table([_tr("Date"), _tr("What they felt"), _tr("During")], rows, (0.15, 0.55, 0.3)),
        ],
    )


def _not_tolerated(report: ReportData) -> _Section:
    heading = _tr("Moves not tolerated")
    if not report.not_tolerated:
        return _Section(
            heading, [_Text(_tr("No move was marked as not tolerated in this period."))]
        )
    rows = []
    for m in report.not_tolerated:
        days = ", ".join(_day(d) for d in m.days[-4:])
        if len(m.days) > 4:
            days = "…, " + days
        rows.append([m.name, str(len(m.days)), days])
    return _Section(
        heading,
        [_Table([_tr("Move"), _tr("Days"), _tr("Latest dates")], rows, (0.35, 0.1, 0.55))],
    )


# --- the page's building blocks ---------------------------------------------------------------


def _font(points: float, *, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSizeF(points)
    f.setBold(bold)
    return f


BODY = 9.0
SMALL = 8.0
HEADING = 11.5
TITLE = 16.0
_WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


class _Block:
    """A piece of a section: it measures itself at a width and draws itself in a box."""

    def height(self, p: QPainter, width: float) -> float:
        raise NotImplementedError

    def draw(self, p: QPainter, box: QRectF) -> None:
        raise NotImplementedError


@dataclass
class _Text(_Block):
    text: str
    size: float = BODY
    bold: bool = False
    color: QColor = field(default_factory=lambda: QColor(INK))
    gap: float = 4.0

    def height(self, p: QPainter, width: float) -> float:
        p.setFont(_font(self.size, bold=self.bold))
        return p.boundingRect(QRectF(0, 0, width, 1e6), _WRAP, self.text).height() + self.gap

    def draw(self, p: QPainter, box: QRectF) -> None:
        p.setFont(_font(self.size, bold=self.bold))
        p.setPen(self.color)
        p.drawText(box, _WRAP, self.text)


@dataclass
class _Table(_Block):
    """Rows under a header row, oldest first; `keep` rows of the newest are drawn, and a note
    says when older ones are left out. Each cell wraps within its column."""

    header: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths: Sequence[float]
    """Each column's share of the width."""
    keep: int = MAX_ROWS
    trimmable: bool = True
    pad: float = 6.0
    """Space around a cell's text; narrow week columns take less."""

    def shown(self) -> Sequence[Sequence[str]]:
        return self.rows[-self.keep :] if self.keep < len(self.rows) else self.rows

    def _note(self) -> str | None:
        if len(self.shown()) < len(self.rows):
            return _tr("Older entries are in the app.")
        return None

    def _row_height(self, p: QPainter, width: float, cells: Sequence[str], bold: bool) -> float:
        p.setFont(_font(SMALL, bold=bold))
        pad = self.pad
        tallest = 0.0
        for cell, share in zip(cells, self.widths, strict=True):
            inner = QRectF(0, 0, width * share - 2 * pad, 1e6)
            tallest = max(tallest, p.boundingRect(inner, _WRAP, cell).height())
        return tallest + 2 * pad

    def height(self, p: QPainter, width: float) -> float:
        h = self._row_height(p, width, self.header, True)
        h += sum(self._row_height(p, width, r, False) for r in self.shown())
        note = self._note()
        if note is not None:
            h += _Text(note, SMALL, color=MUTED).height(p, width)
        return h + 8

    def draw(self, p: QPainter, box: QRectF) -> None:
        y = box.top()
        pad = self.pad
        for n, cells in enumerate([self.header, *self.shown()]):
            h = self._row_height(p, box.width(), cells, n == 0)
            if n % 2 == 0 and n:
                p.fillRect(QRectF(box.left(), y, box.width(), h), QColor("#f3f5f7"))
            p.setFont(_font(SMALL, bold=n == 0))
            p.setPen(INK if n else MUTED)
            x = box.left()
            for cell, share in zip(cells, self.widths, strict=True):
                w = box.width() * share
                p.drawText(QRectF(x + pad, y + pad, w - 2 * pad, h - 2 * pad), _WRAP, cell)
                x += w
            y += h
            if n == 0:
                p.setPen(QPen(RULE, 1.5))
                p.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
        note = self._note()
        if note is not None:
            _Text(note, SMALL, color=MUTED).draw(p, QRectF(box.left(), y + 2, box.width(), 1e4))


@dataclass
class _Chart(_Block):
    """The end-of-day series: each day's rating as a dot, the 7-day mean as a line, and the
    baseline and both thresholds as level lines, so a reader sees the verdict's reasons."""

    report: ReportData
    tall: float = 250.0

    def height(self, p: QPainter, width: float) -> float:
        return self.tall + self._legend_height(p, width) + 10

    def _legend(self) -> list[tuple[str, QColor, Qt.PenStyle, bool]]:
        items = [
            (_tr("each day's rating"), QColor("#9aa5b1"), Qt.PenStyle.SolidLine, True),
            (_tr("7-day mean"), INK, Qt.PenStyle.SolidLine, False),
        ]
        p = self.report.trend.progress
        if p.baseline is not None:
            items += [
                (
                    _tr("baseline {value}").format(value=_number(p.baseline)),
                    BASELINE,
                    Qt.PenStyle.DashLine,
                    False,
                ),
                (
                    _tr("meaningfully better at or below {value}").format(
                        value=_number(p.better_at_most)
                    ),
                    BETTER,
                    Qt.PenStyle.DotLine,
                    False,
                ),
                (
                    _tr("meaningfully worse at or above {value}").format(
                        value=_number(p.worse_at_least)
                    ),
                    WORSE,
                    Qt.PenStyle.DotLine,
                    False,
                ),
            ]
        return items

    def _legend_height(self, p: QPainter, width: float) -> float:
        return self._lay_legend(p, QRectF(0, 0, width, 1e4), draw=False)

    def _lay_legend(self, p: QPainter, box: QRectF, *, draw: bool) -> float:
        p.setFont(_font(SMALL))
        fm = p.fontMetrics()
        x, y, line_h = box.left(), box.top(), fm.height() + 4
        for text, color, style, dot in self._legend():
            w = 34 + fm.horizontalAdvance(text) + 22
            if x + w > box.right() and x > box.left():
                x, y = box.left(), y + line_h
            if draw:
                mid = y + line_h / 2
                if dot:
                    p.setPen(Qt.PenStyle.NoPen)
                    p.setBrush(color)
                    p.drawEllipse(QPointF(x + 13, mid), 3.5, 3.5)
                else:
                    p.setPen(QPen(color, 2.5, style))
                    p.drawLine(QPointF(x, mid), QPointF(x + 26, mid))
                p.setPen(MUTED)
                p.drawText(
                    QRectF(x + 34, y, w - 34, line_h),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    text,
                )
            x += w
        return y + line_h - box.top()

    def draw(self, p: QPainter, box: QRectF) -> None:
        progress = self.report.trend.progress
        days = progress.days
        p.setFont(_font(SMALL))
        label_w = p.fontMetrics().horizontalAdvance("10") + 10
        axis_h = p.fontMetrics().height() + 6
        top = box.top() + 16
        plot = QRectF(box.left() + label_w, top, box.width() - label_w - 4, self.tall)
        plot.setHeight(self.tall - axis_h - 16)
        first = self.report.first
        span = max(1, (self.report.made - first).days)

        def x_of(d: date) -> float:
            return plot.left() + plot.width() * (d - first).days / span

        def y_of(v: float) -> float:
            return plot.bottom() - plot.height() * v / 10

        for v in range(0, 11, 2):
            p.setPen(QPen(RULE, 1))
            p.drawLine(QPointF(plot.left(), y_of(v)), QPointF(plot.right(), y_of(v)))
            p.setPen(MUTED)
            p.drawText(
                QRectF(box.left(), y_of(v) - 12, label_w - 6, 24),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(v),
            )
        tick = first
        while tick <= self.report.made:
            p.setPen(QPen(RULE, 1))
            p.drawLine(QPointF(x_of(tick), plot.bottom()), QPointF(x_of(tick), plot.bottom() + 4))
            if x_of(tick) + 60 <= plot.right() + 30:
                p.setPen(MUTED)
                p.drawText(
                    QRectF(x_of(tick) - 40, plot.bottom() + 4, 80, axis_h),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                    tick.strftime("%d.%m."),
                )
            tick += timedelta(days=14)
        levels = [
            (progress.baseline, BASELINE, Qt.PenStyle.DashLine),
            (progress.better_at_most, BETTER, Qt.PenStyle.DotLine),
            (progress.worse_at_least, WORSE, Qt.PenStyle.DotLine),
        ]
        for value, color, style in levels:
            if value is not None and 0 <= value <= 10:
                p.setPen(QPen(color, 2.5, style))
                p.drawLine(QPointF(plot.left(), y_of(value)), QPointF(plot.right(), y_of(value)))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#9aa5b1"))
        for d in days:
            if d.value is not None:
                p.drawEllipse(QPointF(x_of(d.day), y_of(d.value)), 3.5, 3.5)
        p.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath()
        drawing = False
        for d in days:
            if d.mean7 is None:
                drawing = False
                continue
            point = QPointF(x_of(d.day), y_of(d.mean7))
            if drawing:
                path.lineTo(point)
            else:
                path.moveTo(point)
                drawing = True
        p.setPen(QPen(INK, 3))
        p.drawPath(path)
        self._lay_legend(p, QRectF(box.left(), box.top() + self.tall, box.width(), 1e4), draw=True)


@dataclass
class _Section:
    heading: str
    blocks: list[_Block]

    def height(self, p: QPainter, width: float) -> float:
        h = _Text(self.heading, HEADING, bold=True, gap=6).height(p, width)
        return h + sum(b.height(p, width) for b in self.blocks) + 16

    def draw(self, p: QPainter, box: QRectF) -> None:
        head = _Text(self.heading, HEADING, bold=True, gap=6)
        y = box.top()
        h = head.height(p, box.width())
        head.draw(p, QRectF(box.left(), y, box.width(), h))
        y += h
        for b in self.blocks:
            h = b.height(p, box.width())
            b.draw(p, QRectF(box.left(), y, box.width(), h))
            y += h

    def trim(self) -> bool:
        """Show one row fewer of its longest list; False when nothing is left to take."""
        tables = [b for b in self.blocks if isinstance(b, _Table) and b.trimmable]
        tables = [t for t in tables if len(t.shown()) > 1]
        if not tables:
            return False
        longest = max(tables, key=lambda t: len(t.shown()))
        longest.keep = len(longest.shown()) - 1
        return True
