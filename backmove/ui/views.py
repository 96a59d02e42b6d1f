"""The views of the log the user opens: the dashboard window and the PDF report saved from it.

Both draw from one `DashboardSource`, so the report can never disagree with the screen. The
dashboard is built the first time it opens (QtCharts and the statistics load then).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from backmove.core.clock import Clock
from backmove.core.settings import Settings
from backmove.paths import Paths
from backmove.services.dashboard_source import DashboardSource

if TYPE_CHECKING:
    from backmove.services.dashboard import DashboardData, Span
from backmove.ui.notice import Notices

log = logging.getLogger(__name__)


class _Courier(QObject):
    """Carries figures built on a worker thread to this one: a signal emitted there is
    delivered here, queued."""

    arrived = Signal(int, object, object)
    """(which read, the range, the figures or None when the worker could not read them)"""


class Views(QObject):
    """Opens, refreshes and closes the dashboard; saves the report it asks for."""

    released = Signal()
    """A closed dashboard was destroyed: the memory it held is free now."""
    goals_requested = Signal()
    """The dashboard's function-goals card asked for the goals' card (the app opens it)."""

    def __init__(
        self,
        source: DashboardSource,
        paths: Paths,
        clock: Clock,
        settings: Callable[[], Settings],
        notices: Notices,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._paths = paths
        self._clock = clock
        self._settings = settings
        self._notices = notices
        self.dashboard: Any = None
        self._courier = _Courier(self)
        self._courier.arrived.connect(self._arrive)
        self._workers: list[threading.Thread] = []
        self._waiting: dict[int, list[Callable[[DashboardData], None]]] = {}
        self._reads = 0
        self._early: tuple[Span, int] | None = None

    def open_dashboard(self, span: Span | None = None) -> None:
        """Show the dashboard (on `span`, else the range it opens on); a new one's figures are
        read from the start, while its window is being built."""
        if not self._source.available:
            self._notices.tell(
                [self.tr("The dashboard needs the database, which is not open now.")], error=True
            )
            return
        self._forget_dashboard()
        if self.dashboard is None:
            from backmove.services.dashboard import DEFAULT_SPAN

            span = span or DEFAULT_SPAN
            self._early = (span, self._read(span))  # read while the window's code loads
            from backmove.ui.dashboard.window import DashboardWindow

            self.dashboard = DashboardWindow(
                self._build, theme=self._settings()["theme"], span=span, fetch=self.fetch
            )
            # Closed, the dashboard goes with its charts (about 17 MiB): it is opened now and
            # then in a day the app runs whole, and building it again takes a blink.
            self.dashboard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            self.dashboard.destroyed.connect(self._dashboard_destroyed)
            self.dashboard.destroyed.connect(self._released_soon)
            self.dashboard.report_requested.connect(self.save_report)
            self.dashboard.goals_requested.connect(self.goals_requested)
        elif span is not None:
            self.dashboard.set_span(span)
        else:
            self.dashboard.refresh()
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.activateWindow()

    def _forget_dashboard(self) -> None:
        """The closed dashboard was destroyed: the next open builds a new one."""
        if self.dashboard is not None and not shiboken6.isValid(self.dashboard):
            self.dashboard = None

    def _dashboard_destroyed(self) -> None:
        """While `destroyed` is being sent the wrapper may still count as valid, so the window
        is let go here outright: only one dashboard exists at a time, and this is it."""
        self.dashboard = None

    def _released_soon(self) -> None:
        QTimer.singleShot(0, self.released.emit)  # once Qt is done deleting it

    def _build(self, span: Span) -> Any:
        data = self._source.build(span)
        if data is None:
            raise RuntimeError("the dashboard was asked for figures with no log open")
        return data

    def fetch(self, span: Span, deliver: Callable[[DashboardData], None]) -> None:
        """Build `span`'s figures on a worker thread and hand them to `deliver` here: however
        long the history, the tray, the breaks and the window itself keep answering. A new
        window's first ask joins the read `open_dashboard` began before building it."""
        early, self._early = self._early, None
        read = early[1] if early is not None and early[0] is span else self._read(span)
        self._waiting[read].append(deliver)

    def _read(self, span: Span) -> int:
        """Start reading `span`'s figures on a worker thread; which read it is."""
        self._reads += 1
        read = self._reads
        self._waiting[read] = []
        job = self._source.job(span)

        def run() -> None:
            data = None
            try:
                data = job()
            except Exception:  # any trouble: the figures are built here instead
                log.warning("the dashboard's figures could not be read on a worker", exc_info=True)
            # The app may be gone meanwhile; then nobody waits for them.
            with contextlib.suppress(RuntimeError):
                self._courier.arrived.emit(read, span, data)

        self._workers = [w for w in self._workers if w.is_alive()]
        worker = threading.Thread(target=run, name="dashboard-figures", daemon=True)
        self._workers.append(worker)
        worker.start()
        return read

    def _arrive(self, read: int, span: Span, data: DashboardData | None) -> None:
        waiting = self._waiting.pop(read, [])
        if not waiting or self.dashboard is None or not shiboken6.isValid(self.dashboard):
            return  # closed meanwhile, or nobody asked for these
        if data is None:
            data = self._source.build(span)
            if data is None:
                return
        for deliver in waiting:
            deliver(data)

    def refresh(self, *_args: object) -> None:
        """The log changed: an open dashboard shows it."""
        self._forget_dashboard()
        if self.dashboard is not None and self.dashboard.isVisible():
            self.dashboard.refresh()

    def save_report(self) -> None:
        """The dashboard's Report… button: a PDF to bring to a physiotherapist."""
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog

        from backmove.ui.report import write_report

        if not self._source.available:
            return
        # The user's documents, where they will look for it; the data folder is hidden.
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        default = folder / f"backmove-report-{self._clock.local():%Y-%m-%d}.pdf"
        file, _ = QFileDialog.getSaveFileName(
            self.dashboard, self.tr("Save the report"), str(default), self.tr("PDF (*.pdf)")
        )
        if not file:
            return
        try:
            pages = write_report(Path(file), self._source, self._clock)
        except OSError as exc:
            self._notices.tell(
                [
                    self.tr("The report could not be written to {path} ({detail}).").format(
                        path=file, detail=exc.strerror
                    )
                ],
                error=True,
            )
            return
        self._notices.tell(
            [self.tr("Saved a {n}-page report to {path}.").format(n=pages, path=file)]
        )

    def close(self) -> None:
        for worker in self._workers:
            worker.join()  # a read already begun ends before the log is closed
        self._workers = []
        self._waiting.clear()
        self._early = None
        self._forget_dashboard()
        if self.dashboard is not None:
            self.dashboard.close()
            self.dashboard = None
