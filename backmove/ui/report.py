"""The report a user can bring to a physiotherapist: the dashboard of the last three months
on A4 pages, in the light theme, as a PDF.

It is the dashboard itself, drawn into the PDF as vector graphics, so the report and the
screen never disagree: adherence, the end-of-day trend against the baseline with its
day-to-day spread and its verdict, the moves and how the user felt after them, the latest
weekly regions with the lower back week by week, the function goals' lines, and the weekly PEG
score when the PEG is on. A header says
whose log it is (no name: backmove stores none), which period, and that it is self-reported.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QRegion
from PySide6.QtWidgets import QWidget

from backmove import __version__
from backmove.core.clock import Clock
from backmove.core.files import make_private_dirs
from backmove.services.dashboard import DashboardSource
from backmove.ui.kit.widgets import layout_of

PAGE_WIDTH_PX = 1100  # the width the dashboard is laid out at before it is scaled to A4
HEADER_MM = 18.0
ONE_PAGE_SHRINK = 0.75  # fit on one page when that takes no more than this much shrinking


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
    from backmove.services.dashboard import Span
    from backmove.ui.dashboard.window import DashboardWindow

    data = source.build(Span.MONTHS_3)
    if data is None:
        raise FileNotFoundError(2, "there is no open log to report on", str(path))
    window = DashboardWindow(lambda _span: data, theme="light", span=Span.MONTHS_3)
    window.for_print()
    try:
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        window.show()
        # The cards live in a scroll area; the report takes all of them at the page's width.
        content = window.content
        window.resize(PAGE_WIDTH_PX, 800)
        layout_of(content).activate()
        height = layout_of(content).totalHeightForWidth(content.width())
        content.resize(content.width(), max(height, content.sizeHint().height()))
        return _print(path, content, clock, on_temporary)
    finally:
        window.close()
        window.deleteLater()


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


def _print(
    path: Path, window: QWidget, clock: Clock, on_temporary: Callable[[Path], object] | None
) -> int:
    temporary = _private_temporary(path)
    try:
        pages = _draw(temporary, path, window, clock, on_temporary)
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
    return pages


def _draw(
    temporary: Path,
    path: Path,
    window: QWidget,
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
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(144)
    painter = QPainter()
    if not painter.begin(writer):
        raise PermissionError(13, "cannot be written", str(path))
    try:
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        header_px = HEADER_MM / 25.4 * writer.resolution()
        scale = page.width() / window.width()
        total_h = window.height()
        # A little too long for one page is better a little smaller than cut in two.
        offset_x = 0.0
        fit = (page.height() - header_px) / total_h
        if fit >= ONE_PAGE_SHRINK * scale:
            offset_x = (page.width() - window.width() * fit) / 2
            scale = min(scale, fit)
        slice_h = math.floor((page.height() - header_px) / scale)
        pages = max(1, math.ceil(total_h / slice_h))
        for n in range(pages):
            if n:
                writer.newPage()
            painter.fillRect(QRectF(0, 0, page.width(), page.height()), QColor("#ffffff"))
            _header(painter, QRectF(0, 0, page.width(), header_px), clock, n + 1, pages)
            painter.save()
            painter.translate(offset_x, header_px)
            painter.scale(scale, scale)
            top = n * slice_h
            height = min(slice_h, total_h - top)
            source = QRegion(QRect(0, top, window.width(), height))
            window.render(painter, QPoint(0, 0), source)
            painter.restore()
            if on_temporary is not None:
                on_temporary(temporary)
        return pages
    finally:
        if not painter.end():
            raise OSError(5, "the PDF could not be finished", str(path))


def _header(p: QPainter, box: QRectF, clock: Clock, page: int, pages: int) -> None:
    today = clock.local().date()
    title = QFont()
    title.setPixelSize(round(box.height() * 0.38))
    title.setBold(True)
    small = QFont()
    small.setPixelSize(round(box.height() * 0.22))
    p.setPen(QColor("#1f2933"))
    p.setFont(title)
    p.drawText(
        QRectF(box.left(), box.top(), box.width(), box.height() * 0.55),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        _tr("Movement breaks and low back discomfort"),
    )
    p.setFont(small)
    p.setPen(QColor("#52606d"))
    line = _tr(
        "The last 3 months, to {day} · self-reported with backmove {version} · "
        "page {page} of {pages}"
    ).format(day=today.isoformat(), version=__version__, page=page, pages=pages)
    p.drawText(
        QRectF(box.left(), box.top() + box.height() * 0.55, box.width(), box.height() * 0.4),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        line,
    )
