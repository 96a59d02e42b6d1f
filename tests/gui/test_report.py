"""The dashboard from the tray and the PDF report, over a generated year of history."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from backmove.core.clock import Clock
from backmove.paths import resolve
from backmove.services.dashboard import DashboardSource
from backmove.services.library import MoveLibrary
from backmove.services.store import Store
from backmove.ui.report import write_report
from bench.history import History, generate

from .desk import open_desk


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> History:
    return generate(tmp_path_factory.mktemp("year") / "backmove.db", years=1.0)


def open_source(year: History, clock: Clock) -> tuple[Store, DashboardSource]:
    """The year's log as the app reads it: through the store, with the shipped moves."""
    store = Store(resolve(year.path.parent), clock)
    fatal, _told = store.open()
    assert fatal is None and store.is_open
    return store, DashboardSource(store, clock, lambda: year.settings, MoveLibrary(None))


def pdf_text(path: Path) -> tuple[int, str]:
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    text = " ".join(doc.getAllText(i).text() for i in range(doc.pageCount()))
    pages = doc.pageCount()
    doc.close()
    return pages, " ".join(text.split())


def test_the_report_is_at_most_two_pages_with_the_trend_adherence_and_moves(
    qapp: QApplication, year: History, tmp_path: Path
) -> None:
    clock = year.clock()
    store, source = open_source(year, clock)
    try:
        pages = write_report(tmp_path / "report.pdf", source, clock)
    finally:
        store.close()
    assert pages in (1, 2)  # A4 for a clinician: one or two pages, never more
    count, text = pdf_text(tmp_path / "report.pdf")
    assert count == pages
    for words in (
        "Movement breaks and low back discomfort",
        "Low back at the end of the day",
        "Breaks by week",
        "Moves and how you felt after them",
        "Where you felt it",
        "backmove cannot tell what caused a change",
        "Lower back, week by week",
        "What you can do",
        "sit through a one-hour meeting",
    ):
        assert words in text
    assert "helped most" not in text
    assert "Rate now" not in text  # a button is no use on paper


def test_with_the_peg_on_the_report_still_fits_two_pages(
    qapp: QApplication, year: History, tmp_path: Path
) -> None:
    clock = year.clock()
    store = Store(resolve(year.path.parent), clock)
    fatal, _told = store.open()
    assert fatal is None
    peg_on = year.settings.replace(peg_enabled=True)
    source = DashboardSource(store, clock, lambda: peg_on, MoveLibrary(None))
    try:
        pages = write_report(tmp_path / "report.pdf", source, clock)
    finally:
        store.close()
    _count, text = pdf_text(tmp_path / "report.pdf")
    assert pages in (1, 2)  # A4 for a clinician: one or two pages, never more
    assert "PEG, week by week" in text and "What you can do" in text


def test_a_report_into_a_folder_that_cannot_be_written_says_so(
    qapp: QApplication, year: History, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    clock = year.clock()
    store, source = open_source(year, clock)
    try:
        with pytest.raises(OSError):
            write_report(blocker / "report.pdf", source, clock)
    finally:
        store.close()


def test_report_from_the_command_line_without_a_log_explains(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "backmove",
            "--home",
            str(tmp_path / "h"),
            "report",
            "--out",
            str(tmp_path / "r.pdf"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert "nothing to report" in done.stderr


def test_the_tray_opens_the_dashboard(qapp: QApplication, home: Path) -> None:
    with open_desk(qapp, home, screened=()) as desk:
        desk.work(30 * 60)
        desk.app.flow.prompt.skip_button.click()
        desk.app.menu.actions["dashboard"].trigger()
        window = desk.app.views.dashboard
        assert window is not None and window.isVisible()


@pytest.mark.parametrize("documents_exist", [True, False])
def test_the_save_dialog_starts_in_the_documents_folder_else_home(
    qapp: QApplication,
    year: History,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    documents_exist: bool,
) -> None:
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    from backmove.ui.notice import Notices
    from backmove.ui.views import Views

    documents = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    if documents_exist:
        documents.mkdir(parents=True, exist_ok=True)
    offered: list[str] = []

    def cancel(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        offered.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    clock = year.clock()
    store, source = open_source(year, clock)
    try:
        views = Views(source, resolve(tmp_path / "h"), clock, lambda: year.settings, Notices("t"))
        views.save_report()
    finally:
        store.close()
    folder = documents if documents_exist else Path.home()
    assert [Path(p).parent for p in offered] == [folder]
    assert Path(offered[0]).name.startswith("backmove-report-")
