"""The views of the log the user opens: the dashboard window and the PDF report saved from it.

Both draw from one `DashboardSource`, so the report can never disagree with the screen. The
dashboard is built the first time it opens (QtCharts and the statistics load then).
"""

from __future__ import annotations

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
    from backmove.services.dashboard import Span
from backmove.ui.notice import Notices


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

    def open_dashboard(self) -> None:
        if not self._source.available:
            self._notices.tell(
                [self.tr("The dashboard needs the database, which is not open now.")], error=True
            )
            return
        self._forget_dashboard()
        if self.dashboard is None:
            from backmove.ui.dashboard.window import DashboardWindow

            self.dashboard = DashboardWindow(self._build, theme=self._settings()["theme"])
            # Closed, the dashboard goes with its charts (about 17 MiB): it is opened now and
            # then in a day the app runs whole, and building it again takes a blink.
            self.dashboard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            self.dashboard.destroyed.connect(self._forget_dashboard)
            self.dashboard.destroyed.connect(self._released_soon)
            self.dashboard.report_requested.connect(self.save_report)
            self.dashboard.goals_requested.connect(self.goals_requested)
        else:
            self.dashboard.refresh()
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.activateWindow()

    def _forget_dashboard(self) -> None:
        """The closed dashboard was destroyed: the next open builds a new one."""
        if self.dashboard is not None and not shiboken6.isValid(self.dashboard):
            self.dashboard = None

    def _released_soon(self) -> None:
        QTimer.singleShot(0, self.released.emit)  # once Qt is done deleting it

    def _build(self, span: Span) -> Any:
        data = self._source.build(span)
        if data is None:
            raise RuntimeError("the dashboard was asked for figures with no log open")
        return data

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
        self._forget_dashboard()
        if self.dashboard is not None:
            self.dashboard.close()
            self.dashboard = None
