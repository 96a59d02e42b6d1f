"""The end-of-day question and the weekly check-in in the running app: asked when due, once,
and every answer in the database at once."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .desk import Desk, open_desk

FRIDAY_EVENING = datetime(2026, 4, 3, 17, 15)
SATURDAY_EVENING = datetime(2026, 4, 4, 17, 15)


@pytest.fixture
def friday(qapp: QApplication, home: Path):
    with open_desk(qapp, home, screened=(), start=FRIDAY_EVENING) as d:
        yield d


def test_the_end_of_day_question_is_asked_once_a_working_day(friday: Desk, qtbot) -> None:
    friday.app.tracking.end_of_day_due()  # what the 17:15 job does
    card = friday.app.tracking.end_of_day
    assert card is not None and card.isVisible()
    assert card.question.text() == "How bad was your low back pain on average today?"
    qtbot.keyClick(card.scale.buttons[0], Qt.Key.Key_3)
    qtbot.keyClick(card.scale.buttons[3], Qt.Key.Key_Return)
    assert not card.isVisible()
    assert friday.rows("select moment, value, break_id from ratings") == [("end_of_day", 3, None)]
    friday.app.tracking.end_of_day_due()
    assert friday.app.tracking.end_of_day is card  # answered today: not asked again


def test_no_end_of_day_question_on_a_day_off(qapp: QApplication, home: Path) -> None:
    with open_desk(qapp, home, screened=(), start=SATURDAY_EVENING) as desk:
        desk.app.tracking.end_of_day_due()
        assert desk.app.tracking.end_of_day is None


def test_the_end_of_day_question_can_be_turned_off(qapp: QApplication, home: Path) -> None:
    with open_desk(
        qapp, home, "end_of_day_rating = false\n", screened=(), start=FRIDAY_EVENING
    ) as desk:
        desk.app.tracking.end_of_day_due()
        assert desk.app.tracking.end_of_day is None


def test_a_severe_end_of_day_rating_offers_the_safety_check(friday: Desk, qtbot) -> None:
    friday.app.tracking.end_of_day_due()
    card = friday.app.tracking.end_of_day
    card.scale.choose(9)
    card.save_button.click()
    qtbot.waitUntil(lambda: friday.app.safety.wizard is not None)
    assert "8 or more" in friday.app.safety.wizard.check_pages[0].reason.text()


def test_the_weekly_check_in_is_saved_and_not_asked_again_that_week(friday: Desk) -> None:
    friday.app.tracking.checkin_due()  # what the Friday job does
    dialog = friday.app.tracking.checkin
    assert dialog is not None and dialog.isVisible()
    dialog.body_map.toggle("low_back")
    dialog.region_row("low_back").buttons[6].click()
    dialog.regions_button.click()
    assert friday.rows("select regions, peg_p from checkins") == [('{"low_back":6}', None)]
    friday.app.tracking.checkin = None
    friday.app.tracking.checkin_due()
    assert friday.app.tracking.checkin is None


def test_the_check_in_asks_peg_only_when_turned_on(qapp: QApplication, home: Path) -> None:
    with open_desk(qapp, home, "peg_enabled = true\n", screened=(), start=FRIDAY_EVENING) as desk:
        desk.app.menu.actions["checkin"].trigger()  # from the tray, any day
        dialog = desk.app.tracking.checkin
        dialog.nothing_button.click()
        assert dialog.page() == "peg"


def test_the_tray_opens_the_end_of_day_question_any_time(friday: Desk) -> None:
    friday.app.menu.actions["rate_today"].trigger()
    assert friday.app.tracking.end_of_day.isVisible()
