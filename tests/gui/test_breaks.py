"""The break experience in the running app: the safety check first, then routines that follow
it, the player's answers in the database, "Stop — this hurts" end to end, and walk breaks.

Each test starts the real app on a simulated Monday morning (see desk.py) and works at it.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from backmove.core.routines import back_share
from backmove.core.safety import TIER_A
from backmove.ui.onboarding import OnboardingWizard
from backmove.ui.player import PlayerWindow
from backmove.ui.walk import WalkWindow
from backmove.ui.wording import SAID_WITHIN_S

from .desk import MONDAY_MORNING, Desk, open_desk
from .player.test_steady import said_seconds

FLOOR = {"F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8"}


@pytest.fixture
def first_start(qapp: QApplication, home: Path):
    with open_desk(qapp, home) as d:
        yield d


@pytest.fixture
def screened(qapp: QApplication, home: Path):
    """A user who answered the check (all clear) on an earlier day."""
    with open_desk(qapp, home, screened=()) as d:
        yield d


def answer_check(wizard: OnboardingWizard, ticked: set[str]) -> None:
    """Tick `ticked` (or "None of these apply") page by page, by mouse, as a user would."""
    if wizard.current_page() is wizard.welcome_page:
        wizard.start_button.click()
    for page in wizard.check_pages:
        if wizard.current_page() is not page:
            break
        mine = ticked & set(page.boxes)
        for question in sorted(mine):
            page.boxes[question].click()
        if not mine:
            page.none_box.click()
        page.next_button.click()


def start_break(desk: Desk) -> PlayerWindow | WalkWindow:
    desk.work(30 * 60)
    assert desk.prompt_up()
    desk.app.flow.prompt.start_button.click()
    window = desk.app.flow.window
    assert window is not None and window.isVisible()
    return window


def finish(desk: Desk) -> None:
    """Go through the break to its end: back from the walk, Next through every move."""
    for _ in range(20):
        window = desk.app.flow.window
        if window is None:
            return
        if isinstance(window, WalkWindow):
            window.back_button.click()
        elif window.page() == "before":
            window.before_question.skipped.emit()
        elif window.page() == "after":
            window.finish_button.click()
        else:
            window.next_button.click()
    raise AssertionError("the break did not end")


def routines(desk: Desk) -> list[list[str]]:
    return [
        json.loads(r)
        for (r,) in desk.rows("select routine from breaks where routine is not null order by id")
    ]


# --- the first start and the safety check ------------------------------------------------


def test_first_start_welcomes_and_breaks_wait_for_the_check(first_start: Desk) -> None:
    wizard = first_start.app.safety.wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.current_page() is wizard.welcome_page
    wizard.close()  # not now
    first_start.work(30 * 60)
    assert first_start.prompt_up()
    assert first_start.app.flow.prompt.what.text() == "2-min stretch"
    assert "safety check" in first_start.app.flow.prompt.detail.text()
    first_start.app.flow.prompt.start_button.click()
    assert first_start.app.flow.window.title.text() == "Stand and shift"
    assert routines(first_start) == [["T11"]]


def test_answering_the_check_all_clear_opens_the_routines(first_start: Desk) -> None:
    answer_check(first_start.app.safety.wizard, set())
    assert first_start.rows("select tier, outcome from safety_screens") == [("none", "clear")]
    window = start_break(first_start)
    assert isinstance(window, PlayerWindow)
    (moves,) = routines(first_start)
    # A routine of stretches, not the stand-and-shift that stands in before the check: one
    # move or more, at least half of them for the low back, hips or trunk.
    assert moves and moves != ["T11"]
    assert back_share(first_start.app.flow.catalog, moves) >= 0.5
    assert ":" in first_start.app.flow.prompt.what.text()  # "2-min stretch: hips and low back"


def test_a_tier_a_answer_locks_exercise_until_an_assessment_is_confirmed(first_start: Desk) -> None:
    desk = first_start
    answer_check(desk.app.safety.wizard, {"A4"})
    assert desk.rows("select tier, outcome from safety_screens") == [("A", "emergency_card_shown")]
    assert desk.app.safety.wizard.card.tier == "A"
    desk.app.safety.wizard.card.acknowledge_button.click()
    start_break(desk).next_button.click()
    assert routines(desk) == [["T11"]]
    assert "paused after your safety check" in desk.app.flow.prompt.detail.text()

    desk.app.menu.actions["safety"].trigger()  # Safety check… shows the card, now with the way out
    card = desk.app.safety.card
    assert card.isVisible() and card.card.assessed_button is not None
    card.card.assessed_button.click()
    assert desk.rows("select tier, outcome from safety_screens order by id") == [
        ("A", "emergency_card_shown"),
        ("A", "assessed_confirmed"),
    ]
    today = MONDAY_MORNING.date().isoformat()
    assert desk.rows("select assessed_on from safety_screens order by id") == [(None,), (today,)]
    wizard = desk.app.safety.wizard
    assert wizard.isVisible() and wizard.current_page() is wizard.check_pages[0]
    assert "Glad you've been checked" in wizard.check_pages[0].reason.text()
    wizard.close()
    desk.work(5 * 60)  # the walk that was due goes by unanswered
    desk.away(10 * 60)
    window = start_break(desk)
    moves = routines(desk)[-1]
    assert isinstance(window, PlayerWindow) and moves != ["T11"]
    assert not set(moves) & FLOOR  # gentle moves only after an A or B screen


def test_a_tier_b_answer_pauses_exercise(first_start: Desk) -> None:
    answer_check(first_start.app.safety.wizard, {"B3"})
    assert first_start.rows("select tier from safety_screens") == [("B",)]
    first_start.app.safety.wizard.card.acknowledge_button.click()
    start_break(first_start)
    assert routines(first_start) == [["T11"]]


def test_a_tier_c_answer_keeps_floor_moves_away(qapp: QApplication, home: Path) -> None:
    with open_desk(
        qapp,
        home,
        "floor_moves = true\nwalk_break_min = 10\nwalk_every_nth = 1\n",
        screened=("C2",),
    ) as desk:
        seen: set[str] = set()
        for _ in range(6):
            start_break(desk)
            seen |= set(routines(desk)[-1])
            finish(desk)
        assert seen and not seen & FLOOR


def test_the_check_is_offered_again_after_a_month(qapp: QApplication, home: Path) -> None:
    with open_desk(qapp, home, screened=()) as desk:
        assert desk.app.safety.wizard is None
    with open_desk(qapp, home, start=MONDAY_MORNING + timedelta(days=31)) as desk:
        wizard = desk.app.safety.wizard
        assert wizard is not None and wizard.isVisible()
        assert "a month since your last check" in wizard.check_pages[0].reason.text()


# --- in the break ------------------------------------------------------------------------------


def test_before_and_after_ratings_and_verdicts_are_written_with_the_break(
    qapp: QApplication, home: Path, qtbot
) -> None:
    with open_desk(qapp, home, "before_after_share_pct = 100\n", screened=()) as desk:
        window = start_break(desk)
        assert window.page() == "before"
        qtbot.keyClick(window, Qt.Key.Key_4)  # 0-9 pick a rating, keyboard only
        assert window.page() == "move"
        while window.page() == "move":
            qtbot.keyClick(window, Qt.Key.Key_Return)
        assert window.page() == "after"
        qtbot.keyClick(window, Qt.Key.Key_2)
        first_move = routines(desk)[0][0]
        window.verdicts.buttons[first_move]["helped"].click()
        qtbot.keyClick(window, Qt.Key.Key_Return)
        assert desk.app.flow.window is None
        ((break_id, outcome),) = desk.rows("select id, outcome from breaks")
        assert outcome == "completed"
        assert desk.rows("select moment, value, break_id from ratings order by id") == [
            ("now_before", 4, break_id),
            ("now_after", 2, break_id),
        ]
        assert desk.rows("select move_id, verdict from move_feedback") == [(first_move, "helped")]


@pytest.mark.parametrize(("symptom", "tier"), [("saddle", "A"), ("leg", "B")])
def test_stop_with_leg_or_saddle_symptoms_shows_the_card_then_offers_the_check(
    screened: Desk, symptom: str, tier: str, qtbot
) -> None:
    window = start_break(screened)
    window.stop_button.click()
    window.symptom_buttons[symptom].click()
    assert window.page() == "safety" and window.safety_card.tier == tier
    window.safety_card.acknowledge_button.click()
    assert screened.rows("select outcome from breaks") == [("partial",)]
    (detail,) = screened.rows("select detail from app_events where kind = 'stop_symptom'")[0]
    assert json.loads(detail)["symptom"] == symptom
    qtbot.waitUntil(lambda: screened.app.safety.wizard is not None)
    wizard = screened.app.safety.wizard
    assert "leg, saddle or bladder symptoms" in wizard.check_pages[0].reason.text()


def held_until_assessed(desk: Desk) -> None:
    """Breaks offer only standing up and moving, and say why."""
    desk.work(30 * 60)
    assert desk.prompt_up()
    assert "until a doctor or physiotherapist has checked your back" in (
        desk.app.flow.prompt.detail.text()
    )
    desk.app.flow.prompt.start_button.click()
    assert routines(desk)[-1] in (["T11"], ["T10"])
    finish(desk)


@pytest.mark.parametrize(("symptom", "tier"), [("leg", "B"), ("saddle", "A")])
def test_symptoms_in_a_break_pause_exercise_and_an_all_clear_recheck_does_not_lift_it(
    screened: Desk, symptom: str, tier: str, qtbot
) -> None:
    desk = screened
    window = start_break(desk)
    window.stop_button.click()
    window.symptom_buttons[symptom].click()
    window.safety_card.acknowledge_button.click()
    assert desk.app.safety.locked_tier() == tier
    assert not desk.app.safety.limits().exercise_allowed

    # The check after symptoms is offered; "None of these apply" three times in seconds...
    qtbot.waitUntil(lambda: desk.app.safety.wizard is not None)
    wizard = desk.app.safety.wizard
    answer_check(wizard, set())
    assert desk.rows("select tier, outcome from safety_screens order by id")[-1] == (
        "none",
        "clear",
    )
    # ...ends on the card of the pause, not on "You're all set", and says why in plain words.
    assert wizard.current_page() is wizard.card_page
    card = wizard.card
    assert card.tier == tier and card.still_held
    assert card.title.text() == "Exercises stay paused"
    assert "don't lift the pause" in card.lead.text()
    assert "only their assessment can end it" in card.lead.text()
    assert "doctor or physiotherapist has checked your back" in card.consequence.text()
    card.acknowledge_button.click()
    assert desk.app.safety.locked_tier() == tier  # still paused
    held_until_assessed(desk)

    # A restart reads the same pause back from the database.
    desk.app.safety.reload()
    assert desk.app.safety.locked_tier() == tier


def test_a_confirmed_assessment_ends_the_pause_and_keeps_its_date(screened: Desk, qtbot) -> None:
    desk = screened
    window = start_break(desk)
    window.stop_button.click()
    window.symptom_buttons["leg"].click()
    window.safety_card.acknowledge_button.click()
    qtbot.waitUntil(lambda: desk.app.safety.wizard is not None)
    answer_check(desk.app.safety.wizard, set())
    desk.app.safety.wizard.card.acknowledge_button.click()
    held_until_assessed(desk)

    desk.away(24 * 3600)  # seen by a doctor the next day
    desk.app.menu.actions["safety"].trigger()
    dialog = desk.app.safety.card
    assert dialog.card.tier == "B" and dialog.card.assessed_on is not None
    picker = dialog.card.assessed_on
    today = desk.app.clock.local().date()
    assert picker.date() == QDate(today.year, today.month, today.day)
    yesterday = today - timedelta(days=1)
    # Nothing before the day of the symptoms can answer them.
    assert picker.minimumDate() == QDate(yesterday.year, yesterday.month, yesterday.day)
    picker.setDate(picker.minimumDate().addDays(-5))
    assert picker.date() == picker.minimumDate()
    dialog.card.assessed_button.click()

    rows = desk.rows("select tier, outcome, assessed_on, answers from safety_screens order by id")
    assert rows[-1] == ("B", "assessed_confirmed", yesterday.isoformat(), "{}")
    assert desk.app.safety.locked_tier() is None
    assert desk.app.safety.limits().exercise_allowed
    assert desk.app.safety.limits().gentle_only  # gentle until a fresh check says otherwise
    wizard = desk.app.safety.wizard
    assert wizard.isVisible() and "Glad you've been checked" in (
        wizard.check_pages[0].reason.text()
    )
    answer_check(wizard, set())
    assert wizard.current_page() is wizard.done_page  # now the all-clear counts
    assert desk.app.safety.limits().floor_allowed


def test_a_red_flag_answer_then_all_clear_again_stays_locked(first_start: Desk) -> None:
    desk = first_start
    answer_check(desk.app.safety.wizard, {"B7"})
    desk.app.safety.wizard.card.acknowledge_button.click()
    desk.app.safety.open("monthly")  # asked again minutes later, by any way in
    wizard = desk.app.safety.wizard
    answer_check(wizard, set())
    assert wizard.card is not None and wizard.card.still_held
    assert desk.app.safety.locked_tier() == "B"
    assert desk.rows("select tier, outcome from safety_screens order by id") == [
        ("B", "urgent_card_shown"),
        ("none", "clear"),
    ]
    start_break(desk)
    assert routines(desk) == [["T11"]]


def test_sharp_pain_in_the_app_leads_with_ending_the_break(screened: Desk, qtbot) -> None:
    window = start_break(screened)
    hurt = window.current_move().id
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.stop_button.click()
    window.symptom_buttons["sharp"].click()
    assert window.page() == "not_tolerated"
    primary = QApplication.focusWidget()
    assert primary is window.stop_pages.primary()
    assert primary.text() in ("End the break", "Finish the break")
    assert primary.text() != "Continue with the next move"
    qtbot.keyClick(primary, Qt.Key.Key_Return)
    assert screened.app.flow.window is None
    assert screened.rows("select move_id, verdict from move_feedback") == [(hurt, "not_tolerated")]
    assert screened.rows("select outcome from breaks")[-1][0] in ("partial", "completed")
    assert screened.app.safety.locked_tier() is None  # sharp pain leaves the move out only


def test_sharp_pain_on_a_walk_goes_the_players_way(screened: Desk, qtbot) -> None:
    start_break(screened)
    finish(screened)
    window = start_break(screened)
    assert isinstance(window, WalkWindow)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.stop_button.click()
    window.symptom_buttons["sharp"].click()
    assert window.page() == "not_tolerated"
    assert QApplication.focusWidget() is window.stop_pages.primary()
    assert window.stop_pages.primary().text() != "Continue with the next move"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert screened.app.flow.walk is None or screened.app.flow.walk.is_ended()
    assert screened.rows("select move_id, verdict from move_feedback") == [("T10", "not_tolerated")]


def test_leg_symptoms_on_a_walk_pause_exercise_too(screened: Desk) -> None:
    start_break(screened)
    finish(screened)
    window = start_break(screened)
    assert isinstance(window, WalkWindow)
    window.stop_button.click()
    window.symptom_buttons["leg"].click()
    window.stop_pages.safety_card.acknowledge_button.click()
    assert screened.app.safety.locked_tier() == "B"


def test_stop_with_another_symptom_leaves_the_move_out_for_a_week(screened: Desk) -> None:
    window = start_break(screened)
    hurt = window.current_move().id
    window.stop_button.click()
    window.symptom_buttons["sharp"].click()
    assert window.page() == "not_tolerated"
    assert screened.rows("select move_id, verdict from move_feedback") == [(hurt, "not_tolerated")]
    window.close()  # closing on that page ends the break early
    assert screened.rows("select outcome from breaks") == [("partial",)]
    for _ in range(8):
        start_break(screened)
        assert hurt not in routines(screened)[-1]
        finish(screened)


def test_a_severe_rating_offers_the_check_after_the_break(
    qapp: QApplication, home: Path, qtbot
) -> None:
    with open_desk(qapp, home, "before_after_share_pct = 100\n", screened=()) as desk:
        window = start_break(desk)
        window.before_question.scale.choose(8)
        window.close()
        qtbot.waitUntil(lambda: desk.app.safety.wizard is not None)
        assert "8 or more" in desk.app.safety.wizard.check_pages[0].reason.text()


# --- walks ---------------------------------------------------------------------------------------


def test_the_second_break_is_a_walk_with_a_timer_and_im_back(screened: Desk, qtbot) -> None:
    start_break(screened)
    finish(screened)
    assert screened.tooltip() == "Next: 5-min walk in about 30 min"
    window = start_break(screened)
    assert isinstance(window, WalkWindow)
    # The prompt announces the walk the window then counts down, and the moves after it.
    routine = screened.app.flow.routine
    walk = next(s for s in routine.steps if s.move_id == "T10")
    minutes, seconds = divmod(int(walk.duration_s), 60)
    assert window.timer_label.text() == f"{minutes}:{seconds:02d}"
    said = said_seconds(screened.app.flow.prompt.what.text())
    assert abs(said - walk.duration_s) <= SAID_WITHIN_S
    if len(routine.after_walk) > 1:
        assert f"then {len(routine.after_walk)} moves" in screened.app.flow.prompt.what.text()
        assert window.then_label.text().startswith(f"Then {len(routine.after_walk)} moves: ")
    screened.away(walk.duration_s + 5)  # out walking
    window.tick()
    assert "I'm back" in window.caption.text()
    qtbot.keyClick(window, Qt.Key.Key_Return)  # I'm back
    finish(screened)  # the long break's moves, if it has any, come after the walk
    assert screened.rows("select kind, outcome from breaks order by id")[-1] == (
        "walk",
        "completed",
    )


def test_stop_this_hurts_on_a_walk_goes_the_players_way(screened: Desk) -> None:
    start_break(screened)
    finish(screened)
    window = start_break(screened)
    assert isinstance(window, WalkWindow)
    window.stop_button.click()
    window.symptom_buttons["leg"].click()
    assert window.page() == "safety" and window.stop_pages.safety_card.tier == "B"
    window.stop_pages.safety_card.acknowledge_button.click()
    assert screened.rows("select kind, outcome from breaks order by id")[-1] == ("walk", "partial")
    (detail,) = screened.rows("select detail from app_events where kind = 'stop_symptom'")[0]
    assert json.loads(detail) == {**json.loads(detail), "symptom": "leg", "move": "T10"}


def test_a_long_enough_time_away_is_logged_as_a_walk(screened: Desk) -> None:
    screened.work(10 * 60)
    screened.away(6 * 60)
    screened.work(5)
    assert screened.rows("select kind, outcome from breaks") == [("walk", "natural")]


def test_a_break_window_can_be_full_screen(qapp: QApplication, home: Path) -> None:
    with open_desk(qapp, home, "full_screen_break = true\n", screened=()) as desk:
        window = start_break(desk)
        assert window.isFullScreen()


def test_the_chime_is_off_unless_chosen(screened: Desk) -> None:
    window = start_break(screened)
    assert window.chime is None


@pytest.mark.parametrize("flagged", [("A1",), TIER_A[:2]])
def test_the_tray_safety_check_during_a_locked_tier_offers_the_assessment(
    qapp: QApplication, home: Path, flagged: tuple[str, ...]
) -> None:
    with open_desk(qapp, home, screened=flagged) as desk:
        assert desk.app.safety.wizard is None  # nothing re-asked while locked
        desk.app.menu.actions["safety"].trigger()
        assert desk.app.safety.card.card.tier == "A"


def test_a_digit_then_enter_finishes_the_break_where_the_focus_is(
    qapp: QApplication, home: Path, qtbot
) -> None:
    """As typed on a real keyboard: the keys go to the focused control, here the scale's
    button that the digit picked, and Enter there goes on to Finish."""
    with open_desk(qapp, home, "before_after_share_pct = 100\n", screened=()) as desk:
        window = start_break(desk)
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window, Qt.Key.Key_4)
        while window.page() == "move":
            qtbot.keyClick(window, Qt.Key.Key_Return)
        assert window.page() == "after"
        qtbot.keyClick(window, Qt.Key.Key_2)  # picks 2 and puts the focus on it
        focused = QApplication.focusWidget()
        assert focused is window.after_question.scale.buttons[2]
        qtbot.keyClick(focused, Qt.Key.Key_Return)
        assert desk.app.flow.window is None
        assert desk.rows("select moment, value from ratings order by id") == [
            ("now_before", 4),
            ("now_after", 2),
        ]
