"""A working day on a fake clock: the heads-up, the prompt, the break, and every tray action.

The app is the real one (planner, recorder, SQLite, widgets); only the seams
docs/architecture.md#seams-for-tests names are fakes: a simulated clock, an idle probe that says
"typing", and a notifier that records. Time moves when the test says so; nothing sleeps.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QInputDialog

from backmove.ui.player import ACKNOWLEDGE_S

from .desk import Desk, open_desk


@pytest.fixture
def desk(qapp: QApplication, home: Path):
    with open_desk(qapp, home) as d:
        yield d


@pytest.fixture
def warned_desk(qapp: QApplication, home: Path):
    """A desk whose breaks, with no pause in the typing, come 30 s after a heads-up."""
    with open_desk(qapp, home, "warning_lead_s = 30\n") as d:
        yield d


def test_the_tooltip_counts_down_to_the_next_stretch(desk: Desk) -> None:
    assert desk.tooltip() == "Next: 2-min stretch in about 30 min"
    desk.work(12 * 60)
    assert desk.tooltip() == "Next: 2-min stretch in about 18 min"


def test_time_away_does_not_count_toward_the_next_break(desk: Desk) -> None:
    desk.work(10 * 60)
    desk.away(2 * 60)  # under the 3-minute threshold: not a break, but not counted either
    desk.work(5)
    assert desk.tooltip() == "Next: 2-min stretch in about 20 min"


def test_the_heads_up_comes_before_the_prompt(warned_desk: Desk) -> None:
    desk = warned_desk
    desk.work(30 * 60)
    assert desk.notes.sent == [
        ("Break in 30 seconds", "A 2-min stretch is coming up. Finish what you are doing.")
    ]
    assert not desk.prompt_up()
    desk.work(25)
    assert not desk.prompt_up()
    desk.work(5)
    assert desk.prompt_up()
    prompt = desk.app.flow.prompt
    assert prompt.what.text() == "2-min stretch"
    assert prompt.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert desk.tooltip() == "Break waiting for you: 2-min stretch"


def test_start_then_done_completes_the_break_and_logs_it(desk: Desk, qtbot) -> None:
    desk.work(30 * 60)
    qtbot.mouseClick(desk.app.flow.prompt.start_button, Qt.MouseButton.LeftButton)
    assert not desk.prompt_up()
    window = desk.app.flow.window
    assert window.isVisible() and window.page() == "move"
    # No safety check answered yet: the break is "stand up and move", nothing more.
    assert window.title.text() == "Stand and shift"
    desk.clock.advance(60)
    window.tick()
    assert window.time_left.text() == "1:00 left"
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert desk.app.flow.window is None and window.page() == "done"  # "break logged", then gone
    desk.clock.advance(ACKNOWLEDGE_S)
    window.tick()
    assert not window.isVisible()
    assert desk.rows("select kind, outcome, routine, started_at is not null from breaks") == [
        ("micro", "completed", '["T11"]', 1)
    ]


def test_esc_in_the_break_window_skips_it(desk: Desk, qtbot) -> None:
    desk.work(30 * 60)
    desk.app.flow.prompt.start_clicked.emit()
    window = desk.app.flow.window
    desk.clock.advance(40)
    window.tick()
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # Esc: Skip, once nothing is done yet
    assert desk.rows("select outcome from breaks") == [("skipped",)]


def test_a_break_run_to_its_end_is_completed(desk: Desk) -> None:
    desk.work(30 * 60)
    desk.app.flow.prompt.start_clicked.emit()
    desk.away(125)
    assert desk.rows("select outcome from breaks") == [("completed",)]
    # The window stays for the user to finish with; the next prompt replaces it.
    assert desk.app.flow.window is not None
    desk.work(30 * 60)
    assert desk.prompt_up() and desk.app.flow.window is None


def test_snooze_from_the_break_window_puts_the_break_off(desk: Desk, qtbot) -> None:
    desk.work(30 * 60)
    desk.app.flow.prompt.start_clicked.emit()
    window = desk.app.flow.window
    qtbot.keyClick(window, Qt.Key.Key_S)  # the middle snooze length, 10 min
    assert desk.app.flow.window is None
    assert desk.tooltip().startswith("Snoozed until 10:10")
    desk.work(10 * 60 + 5)
    assert desk.prompt_up()
    assert desk.rows("select snooze_count, outcome from breaks") == [(1, None)]


def test_snooze_puts_the_prompt_off_and_brings_it_back(desk: Desk) -> None:
    desk.work(30 * 60)
    snooze_ten = [a for a in desk.app.flow.prompt.snooze_menu.actions() if a.text() == "10 min"]
    snooze_ten[0].trigger()
    assert not desk.prompt_up()
    assert desk.tooltip().startswith("Snoozed until 10:10")
    assert desk.rows("select snooze_count, outcome from breaks") == [(1, None)]
    desk.work(10 * 60 - 5)
    assert not desk.prompt_up()
    desk.work(10)
    assert desk.prompt_up()


def test_snoozing_is_offered_only_as_often_as_the_limit(desk: Desk) -> None:
    desk.work(30 * 60)
    desk.app.flow.prompt.snooze_clicked.emit(5)
    desk.work(5 * 60)
    assert desk.prompt_up() and desk.app.flow.prompt.snooze_button.isEnabled()
    desk.app.flow.prompt.snooze_clicked.emit(5)
    desk.work(5 * 60)
    assert not desk.prompt_up()  # the third time it is let go quietly
    assert desk.rows("select outcome, snooze_count from breaks") == [("skipped", 2)]


def test_skip_logs_a_skipped_break(desk: Desk, qtbot) -> None:
    desk.work(30 * 60)
    qtbot.mouseClick(desk.app.flow.prompt.skip_button, Qt.MouseButton.LeftButton)
    assert not desk.prompt_up()
    assert desk.rows("select outcome from breaks") == [("skipped",)]
    assert desk.tooltip() == "Next: 5-min walk in about 30 min"


def test_an_unanswered_prompt_expires_quietly(warned_desk: Desk) -> None:
    desk = warned_desk
    desk.work(30 * 60 + 30)
    assert desk.prompt_up()
    desk.work(2 * 60)
    assert not desk.prompt_up()
    assert desk.rows("select outcome from breaks") == [("expired",)]
    assert len(desk.notes.sent) == 1  # no second nag


def test_tray_take_a_break_now(desk: Desk) -> None:
    desk.work(60)
    desk.app.menu.actions["break_now"].trigger()
    assert desk.app.flow.window is not None
    assert desk.tooltip() == "On a break"


def test_tray_snooze_while_prompted(desk: Desk) -> None:
    assert not desk.app.menu.actions["snooze"].isEnabled()
    desk.work(30 * 60)
    assert desk.app.menu.actions["snooze"].isEnabled()
    (five,) = [a for a in desk.app.menu.snooze_menu.actions() if a.text() == "5 min"]
    five.trigger()
    assert not desk.prompt_up()
    assert desk.tooltip() == "Snoozed until 10:05"


@pytest.mark.parametrize(
    ("label", "tooltip"),
    [
        ("For 30 minutes", "Paused until 10:00"),
        ("For 1 hour", "Paused until 10:30"),
        ("For 2 hours", "Paused until 11:30"),
        ("Until tomorrow", "Paused until 09:00"),
        ("Until I resume", "Paused until you resume"),
    ],
)
def test_tray_pause_presets_and_resume(desk: Desk, label: str, tooltip: str) -> None:
    (action,) = [a for a in desk.app.menu.pause_menu.actions() if a.text() == label]
    action.trigger()
    assert desk.tooltip() == tooltip
    assert desk.app.menu.actions["resume"].isVisible()
    desk.work(31 * 60)
    assert not desk.prompt_up() or label == "For 30 minutes"
    desk.app.menu.actions["resume"].trigger()
    assert desk.tooltip().startswith("Next: 2-min stretch in about")
    kinds = [k for (k,) in desk.rows("select kind from app_events")]
    assert "pause" in kinds and "resume" in kinds


def test_tray_meeting_mode_holds_the_break_and_lets_it_out_once(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (45, True))
    desk.app.menu.actions["meeting"].trigger()
    assert desk.tooltip() == "Meeting mode until 10:15"
    desk.work(44 * 60)
    assert not desk.prompt_up()
    desk.work(2 * 60)
    assert desk.prompt_up()


def test_tray_quit(desk: Desk, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(desk.app.qapp, "quit", lambda: None)
    with qtbot.waitSignal(desk.app.quitting):
        desk.app.menu.actions["quit"].trigger()


def test_outside_working_hours_nothing_is_offered(desk: Desk) -> None:
    desk.work(8 * 3600 + 5)  # past 17:30
    assert desk.tooltip() == "Working hours begin tomorrow at 09:00"
    desk.work(3 * 3600)
    assert not desk.prompt_up()


def test_commands_from_a_second_process(desk: Desk, qtbot) -> None:
    def run(*args: str) -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            [sys.executable, "-m", "backmove", "--home", str(desk.home), *args],
            stdout=subprocess.PIPE,
            text=True,
        )
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20000)
        return proc

    p = run("pause", "1h")
    assert p.returncode == 0 and p.stdout.read().strip() == "Paused until 10:30"
    p.stdout.close()
    p = run("resume")
    assert p.stdout.read().startswith("Next: 2-min stretch in about")
    p.stdout.close()
    p = run("meeting", "20")
    assert p.stdout.read().strip() == "Meeting mode until 09:50"
    p.stdout.close()
    p = run("break-now")
    assert p.returncode == 0
    p.stdout.close()
    assert desk.app.flow.window is not None


def test_quit_from_a_second_process(desk: Desk, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(desk.app.qapp, "quit", lambda: None)
    with qtbot.waitSignal(desk.app.quitting, timeout=20000):
        proc = subprocess.Popen(
            [sys.executable, "-m", "backmove", "--home", str(desk.home), "quit"],
            stdout=subprocess.PIPE,
            text=True,
        )
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20000)
    assert proc.returncode == 0
    assert proc.stdout is not None and proc.stdout.read().strip() == "backmove is quitting."
    proc.stdout.close()


def test_after_the_heads_up_the_prompt_comes_though_the_user_stops_to_wait(
    warned_desk: Desk,
) -> None:
    desk = warned_desk
    desk.work(30 * 60)
    assert len(desk.notes.sent) == 1
    desk.away(25)
    assert not desk.prompt_up()
    desk.away(5)
    assert desk.prompt_up()


def test_the_tray_menu_opens_with_what_comes_next(warned_desk: Desk) -> None:
    desk = warned_desk
    first = desk.app.tray.menu.actions()[0]
    assert first is desk.app.menu.summary and not first.isEnabled()
    desk.work(12 * 60)
    assert first.text() == desk.tooltip() == "Next: 2-min stretch in about 18 min"
    desk.work(18 * 60)
    assert first.text() == desk.tooltip() == "Break in 30 seconds: 2-min stretch"
    desk.work(30)
    assert first.text() == desk.tooltip() == "Break waiting for you: 2-min stretch"


def test_snooze_from_the_tray_during_the_heads_up_puts_off_the_prompt(warned_desk: Desk) -> None:
    """The heads-up is up and the tray's Snooze is offered: choosing it keeps the announced
    prompt away for the snooze's length, and says so, instead of doing nothing."""
    desk = warned_desk
    desk.work(30 * 60)
    assert [title for title, _ in desk.notes.sent] == ["Break in 30 seconds"]
    snooze = desk.app.menu.actions["snooze"]
    assert snooze.isEnabled()
    ten = desk.app.menu.snooze_menu.findChild(QAction, "action-snooze-10")
    assert ten is not None
    ten.trigger()
    desk.work(60)
    assert not desk.prompt_up()  # not at the announced time: it was put off
    assert "snoozed" in desk.tooltip().lower()
    desk.work(8 * 60)
    assert not desk.prompt_up()
    desk.work(2 * 60)  # the snooze is over: due again, a heads-up, then the prompt
    assert desk.notes.sent[-1][0] == "Break in 30 seconds"
    desk.work(30)
    assert desk.prompt_up()
    # One break, prompted once, snoozed once on its way.
    assert desk.rows("select outcome, snooze_count from breaks") == [(None, 1)]


@pytest.mark.parametrize("length_s", [30, 45, 90])
def test_the_heads_up_names_the_length_the_prompt_then_shows(
    qapp: QApplication, home: Path, length_s: int
) -> None:
    """The heads-up and the prompt after it speak of one break: the routine is chosen when
    the heads-up goes out, and both name its length, not the setting's."""
    settings = f"warning_lead_s = 30\nmicro_break_s = {length_s}\n"
    with open_desk(qapp, home, settings) as desk:
        desk.work(30 * 60)
        ((_, body),) = desk.notes.sent
        desk.work(30)
        assert desk.prompt_up()
        headline = desk.app.flow.prompt.what.text()
        length = headline.split(":")[0].split(",")[0]  # "30-second stretch"
        assert body == f"A {length} is coming up. Finish what you are doing."
        # The tray and `backmove status` name the same break as the prompt.
        desk.work(1)
        assert length in desk.tooltip()
        assert length in desk.app.commands.status()["summary"]
