"""The screens a user meets on a first day, in the light and the dark theme, in English and in
German, each screenshot: the onboarding's last page, the prompt, a break mid-move and at its
end, the walk with its stop button, the dashboard after a break, and the tray menu.

One app run per theme and language, each on its own headless desktop, the four side by side
(a break is due only after a minute at the keyboard, and that minute is the same for all).
What the user would notice is asserted (titles, words, windows on the screen), never pixels.

The screenshots are written to the test's temporary folder. With BACKMOVE_SCREENSHOTS=1 they
are copied into docs/screenshots/ as `<screen>-<theme>-<lang>.png`, which is how the pictures
in the README are made; without it the checkout is never touched.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.desktop import ALL_DAY, Desktop, Typist, backmove_argv, desktop, wait_for

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

DOCS_SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

SETTINGS = (
    """\
interval_min = 1
warning_lead_s = 10
natural_pause_wait_s = 0
idle_threshold_min = 1
micro_break_s = 30
walk_break_min = 3
walk_every_nth = 2
before_after_share_pct = 0
end_of_day_rating = false
weekly_checkin = false
reduced_motion = true
"""
    + ALL_DAY
)
"""A break after a minute at the keyboard, a short one, then a walk (every second break), no
questions before or after, and the moves drawn as still key poses."""


@dataclass(frozen=True)
class Words:
    """What the user reads, in one language."""

    welcome: str
    all_set: str
    prompt: str
    brk: str
    walk: str
    dashboard: str
    heads_up: str


WORDS = {
    "en": Words(
        welcome="backmove — Welcome",
        all_set="backmove — All set",
        prompt="backmove — Time to move",
        brk="backmove — Break",
        walk="backmove — Walk break",
        dashboard="backmove — Dashboard",
        heads_up="Break in 10 seconds",
    ),
    "de": Words(
        welcome="backmove — Willkommen",
        all_set="backmove — Alles bereit",
        prompt="backmove — Zeit für Bewegung",
        brk="backmove — Pause",
        walk="backmove — Gehpause",
        dashboard="backmove — Übersicht",
        heads_up="Pause in 10 Sekunden",
    ),
}

RUNS = [(theme, lang) for theme in ("light", "dark") for lang in ("en", "de")]
SCREENS = ("all-set", "prompt", "break", "break-end", "dashboard", "tray-menu", "walk")


class Run:
    """One app in a fresh home on one desktop, in one theme and language."""

    def __init__(self, desk: Desktop, root: Path, theme: str, lang: str) -> None:
        self.desk, self.theme, self.lang = desk, theme, lang
        self.words = WORDS[lang]
        self.home = root / "home"
        self.home.mkdir(mode=0o700)
        settings = self.home / "settings.toml"
        settings.write_text(f'theme = "{theme}"\nlanguage = "{lang}"\n' + SETTINGS)
        settings.chmod(0o600)
        self.shots = root / "screens"
        self.shots.mkdir()
        self.env = {**desk.env, "BACKMOVE_HOME": str(self.home)}
        self.app: subprocess.Popen[bytes] | None = None

    def path(self, screen: str) -> Path:
        return self.shots / f"{screen}-{self.theme}-{self.lang}.png"

    def grab(self, screen: str, wid: str, *, settle: bool = True) -> Path:
        """Screenshot the window `wid` alone (its contents, without the frame), once it has
        stopped changing when `settle`."""
        if settle:
            last = [self.desk.pixels(wid)]

            def still() -> bool:
                now = self.desk.pixels(wid)
                same, last[0] = now == last[0], now
                return same and now != ""

            wait_for(still, 30, f"{screen} to settle", interval=0.3)
        self.desk.run("import", "-window", wid, str(self.path(screen)))
        return self.path(screen)

    def press(self, wid: str, *keys: str) -> None:
        """Type `keys` into `wid` and wait for the window to show what they changed."""
        self.desk.focus(wid)
        before = self.desk.pixels(wid)
        self.desk.keys(*keys)
        wait_for(lambda: self.desk.pixels(wid) not in (before, ""), 20, f"{' '.join(keys)} to show")

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            backmove_argv(*args),
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        conn = sqlite3.connect(f"file:{self.home / 'backmove.db'}?mode=ro", uri=True)
        try:
            return conn.execute(sql).fetchall()
        finally:
            conn.close()

    def title(self, wid: str) -> str:
        return self.desk.run("xdotool", "getwindowname", wid).strip()

    def on_screen(self, wid: str) -> None:
        """The window is mapped and lies wholly on the 1280×800 screen."""
        assert self.desk.viewable(wid), self.title(wid)
        x, y, w, h = self.desk.geometry(wid)
        assert x >= 0 and y >= 0 and x + w <= 1280 and y + h <= 800, (x, y, w, h)

    def window(self, title: str, what: str, timeout: float = 30) -> str:
        wid = str(wait_for(lambda: self.desk.visible_window(title), timeout, what))
        assert self.title(wid) == title
        return wid

    def tray_icon(self) -> tuple[int, int]:
        (icon,) = [wid for wid, name in self.desk.tray_icon_windows() if name == "backmove"]
        x, y, w, h = self.desk.geometry(icon)
        return x + w // 2, y + h // 2

    def popup(self) -> str | None:
        """A menu of backmove's on the screen: a window named like the app, not its icon."""
        icons = {wid for wid, _ in self.desk.tray_icon_windows()}
        for _, wid, name, _ in self.desk.window_tree():
            if name == "backmove" and wid not in icons and self.desk.viewable(wid):
                return wid
        return None

    # --- the walk through the screens -----------------------------------------------------

    def walk_through(self) -> None:
        desk, words = self.desk, self.words
        self.app = desk.spawn(*backmove_argv(), env=self.env)
        wait_for(lambda: "backmove" in desk.tray_icons(), 30, "the tray icon")
        welcome = self.window(words.welcome, "the welcome")
        self.on_screen(welcome)

        # The safety check by keyboard: Enter starts it, on each step Alt+N ticks "None of
        # these apply" (the same key in German) and Enter goes on; the last leads to All set.
        self.press(welcome, "Return")
        for _ in range(3):
            self.press(welcome, "alt+n")
            self.press(welcome, "Return")
        wait_for(lambda: self.title(welcome) == words.all_set, 20, "the All set page")
        self.grab("all-set", welcome)
        assert self.rows("select tier, outcome from safety_screens") == [("none", "clear")]
        desk.keys("Escape")  # after the result, Esc closes the onboarding
        wait_for(lambda: not desk.viewable(welcome), 20, "the onboarding to close")

        # A minute at the keyboard: the heads-up, then the prompt.
        with Typist(desk):
            wait_for(
                lambda: any(n["summary"] == words.heads_up for n in desk.notifications()),
                120,
                f"the heads-up {words.heads_up!r}",
            )
            prompt = self.window(words.prompt, "the prompt", 60)
        self.on_screen(prompt)
        assert desk.focused() != prompt  # the prompt never takes the keyboard
        self.grab("prompt", prompt)
        (routine,) = self.rows("select routine from breaks where outcome is null")[0]
        moves = json.loads(routine)
        assert moves

        # Start is the first button at the bottom left of the card.
        x, y, _, h = desk.geometry(prompt)
        desk.click(x + 50, y + h - 30)
        player = self.window(words.brk, "the break window", 20)
        wait_for(lambda: desk.visible_window(words.prompt) is None, 20, "the prompt to go")
        self.on_screen(player)
        wait_for(lambda: desk.pixels(player), 20, "the break window to be painted")
        time.sleep(2.5)  # into the first move's dose: the counter has moved
        self.grab("break", player, settle=False)

        # On to the last move; once its dose has run out only Done is left, and it ends the
        # break by itself after a grace: the last picture before the log says so is from it.
        desk.focus(player)
        for _ in moves[1:]:
            desk.keys("Return")
            time.sleep(0.5)
        last: list[bytes] = []

        def completed() -> bool:
            """Picture the window, then look in the log: a picture taken before the log says
            completed shows the break's last seconds, not the "break logged" that follows."""
            out = subprocess.run(
                ["import", "-window", player, "png:-"],
                env=desk.env,
                capture_output=True,
                timeout=10,
                check=False,
            )
            done = self.rows("select outcome from breaks where started_at is not null") == [
                ("completed",)
            ]
            if not done and out.returncode == 0 and out.stdout:
                last[:] = [out.stdout]
            return done

        wait_for(completed, 120, "the break to end by itself", interval=0.5)
        assert last, "no picture of the break's last seconds"
        self.path("break-end").write_bytes(last[0])
        wait_for(lambda: desk.visible_window(words.brk) is None, 20, "the break window to close")

        # The dashboard: a second `backmove` asks the running one to show it.
        assert self.cli().returncode == 0
        dash = self.window(words.dashboard, "the dashboard", 30)
        self.on_screen(dash)
        self.grab("dashboard", dash)
        desk.focus(dash)
        desk.keys("alt+F4")  # openbox closes the window; backmove stays in the tray
        wait_for(lambda: desk.visible_window(words.dashboard) is None, 20, "the dashboard to go")

        # The tray menu, from a right click on the icon, cut out of the screen.
        ix, iy = self.tray_icon()
        desk.click(ix, iy, 3)
        menu = str(wait_for(self.popup, 20, "the tray menu"))
        wait_for(lambda: desk.pixels(menu), 20, "the menu to be painted")
        time.sleep(0.5)
        mx, my, mw, mh = desk.geometry(menu)
        left, top = max(0, mx - 16), 0
        right, bottom = min(1280, max(mx + mw, ix + 24) + 16), min(800, my + mh + 16)
        shot = self.path("tray-menu")
        desk.run(
            "import",
            "-window",
            "root",
            "-crop",
            f"{right - left}x{bottom - top}+{left}+{top}",
            "+repage",
            str(shot),
        )
        desk.keys("Escape")
        wait_for(lambda: self.popup() is None, 20, "the menu to close")

        # The second break is a walk; `break-now` brings it at once.
        assert self.cli("break-now").returncode == 0
        walk = self.window(words.walk, "the walk window", 30)
        self.on_screen(walk)
        wait_for(lambda: desk.pixels(walk), 20, "the walk window to be painted")
        time.sleep(1.5)
        self.grab("walk", walk, settle=False)
        assert self.rows("select kind from breaks where started_at is not null order by id") == [
            ("micro",),
            ("walk",),
        ]

        assert self.app.poll() is None
        self.app.terminate()
        assert self.app.wait(timeout=20) == 0


def _one_run(root: Path, theme: str, lang: str) -> list[Path]:
    with desktop(root / "desk") as desk:
        run = Run(desk, root, theme, lang)
        try:
            run.walk_through()
        finally:
            if run.app is not None and run.app.poll() is None:
                run.app.kill()
                run.app.wait(timeout=20)
        return [run.path(screen) for screen in SCREENS]


def test_every_screen_in_both_themes_and_both_languages(tmp_path: Path) -> None:
    with ThreadPoolExecutor(max_workers=len(RUNS)) as pool:
        futures = {
            f"{theme}-{lang}": pool.submit(_one_run, tmp_path / f"{theme}-{lang}", theme, lang)
            for theme, lang in RUNS
        }
    failed = {run: repr(f.exception()) for run, f in futures.items() if f.exception()}
    assert not failed, failed
    shots = [path for future in futures.values() for path in future.result()]
    for path in shots:
        assert path.stat().st_size > 0, path
        print(f"screenshot: {path}")
    if os.environ.get("BACKMOVE_SCREENSHOTS") == "1":
        DOCS_SHOTS.mkdir(parents=True, exist_ok=True)
        for path in shots:
            shutil.copy(path, DOCS_SHOTS / path.name)
