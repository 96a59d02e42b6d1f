"""The daily back session in the running app: from the tray or its reminder card, played in the
player, written to the log as kind "session", and the count to the next break starts again.

Each test starts the real app on a simulated Monday (see desk.py)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from backmove.core.routines import SESSION_FLOOR
from backmove.ui.player import PlayerWindow

from .desk import open_desk
from .test_breaks import finish

EVENING = datetime(2026, 3, 30, 17, 30)


def sessions(desk) -> list[tuple[str, str, list[str], str]]:
    return [
        (kind, outcome, json.loads(routine), reason)
        for kind, outcome, routine, reason in desk.rows(
            "select kind, outcome, routine, reason from breaks where kind = 'session' order by id"
        )
    ]


def test_the_tray_starts_a_session_that_plays_and_is_logged(qapp: QApplication, home: Path) -> None:
    with open_desk(qapp, home, "before_after_share_pct = 100\n", screened=()) as desk:
        desk.work(20 * 60)
        desk.app.menu.actions["session"].trigger()
        window = desk.app.flow.window
        assert isinstance(window, PlayerWindow) and window.isVisible()
        assert window.page() == "before"
        window.before_question.answered.emit(3)
        finish(desk)
        ((kind, outcome, moves, reason),) = sessions(desk)
        assert (kind, outcome, reason) == ("session", "completed", "tray")
        assert set(SESSION_FLOOR) & set(moves)
        ((break_id,),) = desk.rows("select id from breaks where kind = 'session'")
        assert desk.rows(
            "select moment, value, break_id from ratings where moment = 'now_before'"
        ) == [("now_before", 3, break_id)]
        # A session done is a break taken: the count to the next break starts again.
        assert desk.app.planner is not None
        assert desk.app.planner.status().active_s < 60


def test_the_reminder_card_starts_the_session(qapp: QApplication, home: Path) -> None:
    with open_desk(qapp, home, "back_session = true\n", screened=(), start=EVENING) as desk:
        desk.app.flow.session_due()
        card = desk.app.flow.session_card
        assert card is not None and card.isVisible()
        assert "about 10 minutes" in card.title.text()
        assert desk.notes.sent[-1][0] == "Time for your back session"
        card.start_button.click()
        assert isinstance(desk.app.flow.window, PlayerWindow)
        finish(desk)
        ((kind, outcome, _moves, reason),) = sessions(desk)
        assert (kind, outcome, reason) == ("session", "completed", "reminder")
        card_count = len(desk.notes.sent)
        desk.app.flow.session_due()  # done today: not offered again
        assert len(desk.notes.sent) == card_count


def test_not_today_and_a_reminder_that_is_off(qapp: QApplication, home: Path) -> None:
    with open_desk(qapp, home, screened=(), start=EVENING) as desk:
        desk.app.flow.session_due()  # not opted in
        assert desk.app.flow.session_card is None and desk.notes.sent == []
    with open_desk(qapp, home, "back_session = true\n", start=EVENING) as desk:
        desk.app.flow.session_due()
        card = desk.app.flow.session_card
        assert card is not None
        card.not_today_button.click()
        assert not card.isVisible() and desk.app.flow.window is None
        assert sessions(desk) == []


def test_no_session_while_exercise_is_paused(qapp: QApplication, home: Path) -> None:
    with open_desk(qapp, home, screened=("B3",)) as desk:
        desk.app.menu.actions["session"].trigger()
        assert desk.app.flow.window is None
        title, body = desk.notes.sent[-1]
        assert title == "No back session for now"
        assert "paused after your safety check" in body
        assert sessions(desk) == []


def test_a_session_left_part_way_is_logged_partial(qapp: QApplication, home: Path) -> None:
    with open_desk(qapp, home, "before_after_share_pct = 0\n", screened=()) as desk:
        desk.app.menu.actions["session"].trigger()
        window = desk.app.flow.window
        assert isinstance(window, PlayerWindow)
        window.partial.emit()
        assert [(k, o) for k, o, _m, _r in sessions(desk)] == [("session", "partial")]
