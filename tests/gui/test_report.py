"""The dashboard from the tray and the PDF report, over a generated year of history."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from backmove.core.clock import Clock
from backmove.core.safety import STOP_SYMPTOM_EVENT
from backmove.core.settings import Settings
from backmove.paths import resolve
from backmove.services.dashboard import DashboardSource
from backmove.services.library import MoveLibrary
from backmove.services.report_data import build_report
from backmove.services.store import Store
from backmove.storage.database import Database
from backmove.storage.records import AppEvent, SafetyScreen
from backmove.storage.repository import Repository
from backmove.ui.report import write_report
from bench.history import History, generate

from .desk import open_desk

SCREEN_ONLY = ("Hover", "arrow keys", "click", "Click", "Rate now", "Today 0/")
"""Words that only make sense on a screen, and so never belong on paper."""


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> History:
    """A year of history, with what the generator does not write: an all-clear check, a leg
    symptom in a break three weeks ago, the check after it (B) and the confirmed assessment."""
    history = generate(tmp_path_factory.mktemp("year") / "backmove.db", years=1.0)
    clock = history.clock()
    db = Database.open(history.path, clock).database
    repo = Repository(db)
    now, offset = int(clock.wall()), 7200
    day = 86400
    try:
        repo.add_safety_screen(
            SafetyScreen(
                at=now - 300 * day, utc_offset_s=offset, answers={}, tier="none", outcome="clear"
            )
        )
        repo.add_event(
            AppEvent(
                at=now - 21 * day,
                utc_offset_s=offset,
                kind=STOP_SYMPTOM_EVENT,
                detail={"symptom": "leg", "move": "T1"},
            )
        )
        repo.add_safety_screen(
            SafetyScreen(
                at=now - 21 * day,
                utc_offset_s=offset,
                answers={"B7": True},
                tier="B",
                outcome="urgent_card_shown",
            )
        )
        repo.add_safety_screen(
            SafetyScreen(
                at=now - 10 * day,
                utc_offset_s=offset,
                answers={"B7": True},
                tier="B",
                outcome="assessed_confirmed",
                assessed_on=clock.local().date() - timedelta(days=12),
            )
        )
    finally:
        db.close()
    return history


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


def test_the_report_for_a_clinician_holds_every_section_and_nothing_for_a_screen(
    qapp: QApplication, year: History, tmp_path: Path
) -> None:
    clock = year.clock()
    store, source = open_source(year, clock)
    try:
        report = build_report(source)
        pages = write_report(tmp_path / "report.pdf", source, clock)
    finally:
        store.close()
    assert report is not None
    assert pages in (1, 2)  # A4 for a clinician: one or two pages, never more
    count, text = pdf_text(tmp_path / "report.pdf")
    assert count == pages
    p = report.trend.progress
    assert p.baseline is not None and p.as_of is not None and p.as_of.mean7 is not None
    for words in (
        "backmove: low back report",
        f"Period: {report.first.isoformat()} to {report.made.isoformat()}",
        "not a diagnosis",
        f"made on {clock.local().date().isoformat()}",
        "Low back pain at the end of the day",
        f"{p.baseline:.1f} (mean of {p.ratings_toward_baseline} ratings",
        f"{p.as_of.mean7:.1f} (as of {p.as_of.day.isoformat()})",
        f"better at or below {p.better_at_most:.1f}",
        f"worse at or above {p.worse_at_least:.1f}",
        "Back pain often eases on its own",
        "Function goals",
        "sit through a one-hour meeting",
        "Where it was felt, week by week",
        "Lower back",
        "Breaks, week by week",
        "Done naturally",
        "Safety check answers",
        "B: see a doctor soon",
        "told to see a doctor soon",
        (clock.local().date() - timedelta(days=12)).isoformat(),
        "Stops during breaks",
        "Pain, numbness or tingling going down a leg",
        "Moves not tolerated",
        f"page {pages} of {pages}",
    ):
        assert words in text, words
    line = report.function.lines[0]
    assert f"{line.first} on {line.points[0].day.isoformat()}" in text
    assert f"{line.change:+d}" in text
    week = report.weeks[-1].counts
    assert str(sum(w.counts.offered for w in report.weeks)) in text and week.offered >= 0
    for words in SCREEN_ONLY:
        assert words not in text, words
    assert "PEG" not in text  # off in these settings


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
        report = build_report(source)
        pages = write_report(tmp_path / "report.pdf", source, clock)
    finally:
        store.close()
    _count, text = pdf_text(tmp_path / "report.pdf")
    assert pages in (1, 2)  # A4 for a clinician: one or two pages, never more
    assert report is not None and report.peg is not None and report.peg.weeks
    assert "PEG, week by week" in text and "Moves not tolerated" in text
    assert f"{report.peg.weeks[-1].score:.1f}" in text


def test_an_empty_profile_makes_a_report_that_says_what_is_missing(
    qapp: QApplication, year: History, tmp_path: Path
) -> None:
    clock = year.clock()
    store = Store(resolve(tmp_path / "home"), clock)
    fatal, _told = store.open()
    assert fatal is None
    source = DashboardSource(store, clock, Settings, MoveLibrary(None))
    try:
        pages = write_report(tmp_path / "report.pdf", source, clock)
    finally:
        store.close()
    count, text = pdf_text(tmp_path / "report.pdf")
    assert pages == count == 1
    for words in (
        "Nothing has been recorded yet",
        "No end-of-day ratings have been recorded yet",
        "No function goals have been named yet",
        "No weekly check-ins in this period yet",
        "No breaks recorded in this period yet",
        "The safety check has not been answered yet",
        "No stop was reported during a break",
        "No move was marked as not tolerated",
    ):
        assert words in text, words
    for words in SCREEN_ONLY:
        assert words not in text, words


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
