"""What a user does with backmove over its first day, on a real desktop, driven by keyboard and
mouse through the X server; each step is screenshot.

The first three journeys share one desktop and one home and follow on from each other, as a
day does: the first start and a break all the way to the dashboard, then a pause from the
command line, then quitting and starting again. The fourth starts a desktop without a tray.
What the app exposes is checked while it runs: no network sockets, an instance socket only its
user may open, and private files.
"""

from __future__ import annotations

import errno
import json
import sqlite3
import stat
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from backmove.core.catalog import load_catalog
from backmove.core.routines import back_share
from backmove.paths import resolve
from backmove.resources import stretches_dir
from tests.e2e.desktop import ALL_DAY, Desktop, Typist, backmove_argv, desktop, wait_for
from tests.security.checks import connect_as, inet_sockets, loose_modes

NOBODY = 65534

SETTINGS = (
    """\
interval_min = 1
warning_lead_s = 10
natural_pause_wait_s = 0
idle_threshold_min = 1
before_after_share_pct = 100
walk_every_nth = 0
end_of_day_rating = false
weekly_checkin = false
reduced_motion = true
"""
    + ALL_DAY
)
"""A break a minute into work, the heads-up ten seconds before, ratings before and after every
break, no end-of-day or weekly questions to get in the way, and the moves drawn still (so a
screenshot shows a settled page)."""

WELCOME = "backmove — Welcome"
PROMPT = "backmove — Time to move"
BREAK = "backmove — Break"
DASHBOARD = "backmove — Dashboard"


@dataclass
class Day:
    """One desktop and one home, and the app running in them."""

    desk: Desktop
    home: Path
    env: dict[str, str]
    app: subprocess.Popen[bytes] | None = None
    shot_number: dict[str, int] = field(default_factory=dict)

    def start(self) -> subprocess.Popen[bytes]:
        self.app = self.desk.spawn(*backmove_argv(), env=self.env)
        return self.app

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            backmove_argv(*args),
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    def status(self) -> dict[str, Any]:
        done = self.cli("status", "--json")
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        """Read the log as another program would: read-only, beside the running app."""
        conn = sqlite3.connect(f"file:{self.home / 'backmove.db'}?mode=ro", uri=True)
        try:
            return conn.execute(sql).fetchall()
        finally:
            conn.close()

    def tray_icon(self) -> tuple[int, int]:
        """The middle of backmove's icon in the tray, on the screen."""
        (icon,) = [wid for wid, name in self.desk.tray_icon_windows() if name == "backmove"]
        x, y, w, h = self.desk.geometry(icon)
        return x + w // 2, y + h // 2

    def popup_up(self) -> bool:
        """Whether a tooltip or menu of backmove is on the screen: a window of its own, named
        like the app, that is not the tray icon."""
        icons = {wid for wid, _ in self.desk.tray_icon_windows()}
        return any(
            name == "backmove" and wid not in icons and self.desk.viewable(wid)
            for _, wid, name, _ in self.desk.window_tree()
        )

    def at_tray_icon(self, journey: str, what: str, button: int | None = None) -> Path:
        """Point at the tray icon from off it (and click `button`), then screenshot the
        tooltip or menu that comes up."""
        x, y = self.tray_icon()
        self.desk.point(x - 40, y + 400)  # off the icon, onto the bare desktop
        wait_for(lambda: not self.popup_up(), 20, "the tooltip to go")
        if button is None:
            self.desk.point(x, y)
            self.desk.point(x + 1, y + 1)  # Qt wakes its tooltip on a move within the icon
        else:
            self.desk.click(x, y, button)
        wait_for(self.popup_up, 20, f"the tray icon's {what}")
        return self.shot(journey, what)

    def shot(
        self, journey: str, what: str, wid: str = "root", *, changed_from: str | None = None
    ) -> Path:
        n = self.shot_number[journey] = self.shot_number.get(journey, 0) + 1
        return self.desk.shot(f"{journey}-{n:02d}-{what}", wid, changed_from=changed_from)

    def press(self, journey: str, what: str, wid: str, *keys: str) -> Path:
        """Type `keys` into `wid` and screenshot what they changed."""
        self.desk.focus(wid)
        before = self.desk.pixels(wid)
        self.desk.keys(*keys)
        return self.shot(journey, what, wid, changed_from=before)


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Day]:
    root = tmp_path_factory.mktemp("journeys")
    home = root / "home"
    home.mkdir(mode=0o700)
    (home / "settings.toml").write_text(SETTINGS)
    (home / "settings.toml").chmod(0o600)
    with desktop(root / "shots") as desk:
        one = Day(desk, home, {**desk.env, "BACKMOVE_HOME": str(home)})
        yield one
        if one.app is not None and one.app.poll() is None:
            one.app.terminate()
            one.app.wait(timeout=20)


def dashboard_by_second_launch(day: Day) -> str:
    """A second `backmove` hands over to the running one, which opens the dashboard."""
    second = day.cli()
    assert second.returncode == 0
    assert "already running" in second.stdout
    return str(wait_for(lambda: day.desk.visible_window(DASHBOARD), 30, "the dashboard"))


def test_first_start_to_a_rated_break_and_the_dashboard(day: Day) -> None:
    desk, j = day.desk, "j1"
    app = day.start()
    wait_for(lambda: "backmove" in desk.tray_icons(), 30, "the tray icon in trayer")
    welcome = str(wait_for(lambda: desk.visible_window(WELCOME), 30, "the welcome"))
    day.shot(j, "welcome-and-tray-icon", welcome)

    # The safety check by keyboard alone: Enter starts it; on each of its three steps
    # Alt+N ticks "None of these apply" and Enter goes on; Enter closes the all-clear.
    day.press(j, "check-step-1", welcome, "Return")
    for step in (1, 2, 3):
        day.press(j, f"check-step-{step}-none-apply", welcome, "alt+n")
        day.press(j, "all-clear" if step == 3 else f"check-step-{step + 1}", welcome, "Return")
    desk.keys("Return")
    wait_for(lambda: desk.visible_window(WELCOME) is None, 20, "the welcome to close")
    assert day.rows("select tier, outcome from safety_screens") == [("none", "clear")]

    with Typist(desk):
        wait_for(
            lambda: any(n["summary"] == "Break in 10 seconds" for n in desk.notifications()),
            90,
            "the heads-up in dunst",
        )
        day.shot(j, "heads-up")
        prompt = str(wait_for(lambda: desk.visible_window(PROMPT), 60, "the break prompt"))
    day.shot(j, "prompt", prompt)
    (routine,) = day.rows("select routine from breaks where outcome is null")[0]
    moves = json.loads(routine)
    # All clear: a real routine, not only "stand up"; one move or more, at least half of them
    # for the low back, hips or trunk.
    assert moves and moves != ["T11"]
    catalog, _ = load_catalog(stretches_dir())
    assert back_share(catalog, moves) >= 0.5

    # Start is the first button at the bottom left of the card.
    x, y, _, h = desk.geometry(prompt)
    desk.click(x + 50, y + h - 30)
    player = str(wait_for(lambda: desk.visible_window(BREAK), 20, "the break window"))
    wait_for(lambda: desk.visible_window(PROMPT) is None, 20, "the prompt to go")
    day.shot(j, "before-rating", player)

    day.press(j, "move-1", player, "3")  # how the back feels now: 3
    wait_for(
        lambda: day.rows("select moment, value from ratings") == [("now_before", 3)],
        20,
        "the rating before the break in the log",
    )
    for n in range(2, len(moves) + 1):
        day.press(j, f"move-{n}", player, "Return")
    day.press(j, "after-rating", player, "Return")  # Done on the last move
    day.press(j, "after-rating-2", player, "2")
    # Escape is Finish here: Enter after a digit stays with the scale, which picks the
    # focused number again.
    desk.keys("Escape")
    wait_for(lambda: desk.visible_window(BREAK) is None, 20, "the break window to close")
    day.shot(j, "break-over")

    ((break_id, kind, outcome, kept, ended),) = day.rows(
        "select id, kind, outcome, routine, ended_at - started_at from breaks"
        " where started_at is not null"
    )
    assert (kind, outcome, json.loads(kept)) == ("micro", "completed", moves)
    assert ended >= 0
    assert day.rows("select moment, value, break_id from ratings order by id") == [
        ("now_before", 3, break_id),
        ("now_after", 2, break_id),
    ]

    dash = dashboard_by_second_launch(day)
    day.shot(j, "dashboard", dash)
    assert day.status()["breaks_today"] == 1

    # After a break and the dashboard: still not one network socket.
    assert app.poll() is None
    assert inet_sockets(app.pid) == []


def test_pause_and_resume_from_the_command_line(day: Day) -> None:
    j = "j2"
    assert day.app is not None and day.app.poll() is None, "the first journey left no app"
    paused = day.cli("pause", "30")
    assert paused.returncode == 0, paused.stderr
    assert paused.stdout.startswith("Paused until ")
    status = day.status()
    assert status["state"] == "paused"
    assert status["summary"] == paused.stdout.strip()

    # The tray icon's tooltip says so too.
    day.at_tray_icon(j, "paused-tooltip")

    # Only this user may open the instance socket, and no other user can put one there.
    socket = Path(resolve(day.home, day.env).instance_key)
    assert socket.parent == day.home.resolve() / "run"
    info = socket.stat()
    assert stat.S_ISSOCK(info.st_mode) and not info.st_mode & 0o077
    folder = socket.parent.stat()
    assert folder.st_uid == info.st_uid and stat.S_IMODE(folder.st_mode) == 0o700
    if info.st_uid == 0:  # root can become another user to try
        assert connect_as(NOBODY, NOBODY, str(socket)) == errno.EACCES

    resumed = day.cli("resume")
    assert resumed.returncode == 0, resumed.stderr
    status = day.status()
    assert status["state"] != "paused"
    assert status["summary"].startswith("Next: 2-min stretch in about 1 min")
    day.at_tray_icon(j, "resumed-tooltip")


def test_quit_and_start_again_keep_the_log_and_the_settings(day: Day) -> None:
    desk, j = day.desk, "j3"
    assert day.app is not None and day.app.poll() is None, "the first journey left no app"
    tables = ("breaks", "ratings", "move_feedback", "safety_screens")
    kept = {t: day.rows(f"select * from {t} order by id") for t in tables}  # noqa: S608
    assert kept["breaks"] and kept["ratings"] and kept["safety_screens"]
    settings = (day.home / "settings.toml").read_text()

    # Quit from the tray menu: right-click the icon, Q for "Quit backmove".
    day.at_tray_icon(j, "tray-menu", button=3)
    desk.keys("q")
    assert day.app.wait(timeout=30) == 0
    wait_for(lambda: "backmove" not in desk.tray_icons(), 20, "the icon to go")
    day.shot(j, "quit")

    exported = day.cli("export", "--format", "csv", "--out", str(day.home / "exports"))
    assert exported.returncode == 0, exported.stderr

    app = day.start()
    wait_for(lambda: "backmove" in desk.tray_icons(), 30, "the tray icon again")
    dash = dashboard_by_second_launch(day)
    # The dashboard was asked for after the welcome would have been shown: no welcome.
    assert desk.visible_window(WELCOME) is None
    assert desk.visible_window("backmove — Safety check") is None
    day.shot(j, "dashboard-after-restart", dash)
    assert {t: day.rows(f"select * from {t} order by id") for t in tables} == kept  # noqa: S608
    assert (day.home / "settings.toml").read_text() == settings
    status = day.status()
    assert status["breaks_today"] == 1
    assert status["summary"].startswith("Next: 2-min stretch in about 1 min")
    assert inet_sockets(app.pid) == []

    app.terminate()
    assert app.wait(timeout=20) == 0
    for part in ("settings.toml", "backmove.db", "backmove.log", "planner-state.json"):
        assert (day.home / part).is_file(), part
    assert list((day.home / "backups").glob("*.db"))
    assert list((day.home / "exports").glob("*.csv"))
    assert loose_modes(day.home) == []


def test_without_a_tray_host_the_app_shows_its_window(tmp_path: Path) -> None:
    j = "j4"
    with desktop(tmp_path / "shots", tray=False) as desk:
        day = Day(desk, tmp_path / "home", {**desk.env, "BACKMOVE_HOME": str(tmp_path / "home")})
        app = day.start()
        window = str(
            wait_for(lambda: desk.visible_window("backmove — Running"), 30, "the no-tray window")
        )
        welcome = str(wait_for(lambda: desk.visible_window(WELCOME), 30, "the welcome"))
        day.shot(j, "window-and-welcome")
        assert day.status()["tray"] is False
        # "Not now": Esc says what skipping means, a second Esc closes the welcome.
        day.press(j, "skip-the-check", welcome, "Escape")
        desk.keys("Escape")
        wait_for(lambda: desk.visible_window(WELCOME) is None, 20, "the welcome to close")
        day.shot(j, "no-tray-window", window)
        assert inet_sockets(app.pid) == []
        desk.focus(window)
        desk.keys("ctrl+q")
        assert app.wait(timeout=20) == 0
