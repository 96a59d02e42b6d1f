"""One break cycle on a real desktop: typing is seen by the X server, the heads-up reaches the
notification daemon, the prompt appears, Skip is clicked with the mouse, and the skipped break
is in the database."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

from tests.e2e.desktop import ALL_DAY, Typist, backmove_argv, desktop, wait_for

SETTINGS = (
    """\
interval_min = 1
warning_lead_s = 30
natural_pause_wait_s = 0
idle_threshold_min = 1
"""
    + ALL_DAY
)


def test_warning_prompt_and_skip_on_a_real_desktop(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.toml").write_text(SETTINGS)
    with desktop(tmp_path / "shots") as desk:
        env = {**desk.env, "BACKMOVE_HOME": str(home)}
        app = desk.spawn(*backmove_argv(), env=env)
        wait_for(lambda: "backmove" in desk.tray_icons(), 30, "the tray icon")
        with Typist(desk):
            wait_for(
                lambda: any(n["summary"] == "Break in 30 seconds" for n in desk.notifications()),
                90,
                "the heads-up notification in dunst",
            )
            desk.screenshot("break-cycle-1-warning")
            wid = wait_for(
                lambda: desk.visible_window("backmove — Time to move"), 90, "the break prompt"
            )
        desk.screenshot("break-cycle-2-prompt")
        x, y, w, h = desk.geometry(str(wid))
        # The prompt never takes focus: the window with focus is not the prompt.
        focused = desk.run("xdotool", "getwindowfocus", check=False).strip()
        assert focused != str(wid)
        # Skip sits at the bottom right of the card.
        desk.run("xdotool", "mousemove", str(x + w - 50), str(y + h - 30), "click", "1")
        wait_for(
            lambda: desk.visible_window("backmove — Time to move") is None,
            20,
            "the prompt to close",
        )
        desk.screenshot("break-cycle-3-skipped")

        def skipped() -> list[tuple[str, str]]:
            conn = sqlite3.connect(home / "backmove.db")
            try:
                return conn.execute("select kind, outcome from breaks").fetchall()
            finally:
                conn.close()

        wait_for(lambda: skipped() == [("micro", "skipped")], 20, "the skipped break row")
        status = subprocess.run(
            backmove_argv("status"),
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert "offered today: 1" in status.stdout
        app.terminate()
        assert app.wait(timeout=20) == 0
