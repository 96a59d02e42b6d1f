"""backmove started as a user starts it, on a real X server with a tray host. Without one, see
test_journeys.py."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.e2e.desktop import backmove_argv, desktop, wait_for


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    return tmp_path / "shots"


def test_the_tray_icon_is_embedded_by_the_tray_host(tmp_path: Path, shots: Path) -> None:
    with desktop(shots) as desk:
        env = {**desk.env, "BACKMOVE_HOME": str(tmp_path / "home")}
        app = desk.spawn(*backmove_argv(), env=env)
        wait_for(lambda: "backmove" in desk.tray_icons(), 30, "the tray icon in trayer")
        desk.screenshot("first-start-tray")

        # A second launch starts no second app: it asks the first to show itself and exits.
        second = subprocess.run(
            backmove_argv(), env=env, capture_output=True, text=True, timeout=30, check=False
        )
        assert second.returncode == 0
        assert "already running" in second.stdout
        assert app.poll() is None
        assert desk.tray_icons().count("backmove") == 1

        status = subprocess.run(
            backmove_argv("status"),
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert "running: yes" in status.stdout

        app.terminate()
        assert app.wait(timeout=20) == 0
        wait_for(lambda: "backmove" not in desk.tray_icons(), 20, "the icon to go")


def test_stopped_the_moment_its_icon_shows_it_exits_and_starts_again(
    tmp_path: Path, shots: Path
) -> None:
    """The icon shows before the rest of backmove is built (ui/first_icon.py): a logout or a
    `kill` in that moment still ends it at once, with nothing left holding the data folder."""
    with desktop(shots) as desk:
        env = {**desk.env, "BACKMOVE_HOME": str(tmp_path / "home")}
        for _ in range(3):
            app = desk.spawn(*backmove_argv(), env=env)
            wait_for(lambda: "backmove" in desk.tray_icons(), 30, "the tray icon in trayer")
            app.terminate()
            assert app.wait(timeout=20) == 0
            wait_for(lambda: "backmove" not in desk.tray_icons(), 20, "the icon to go")

        app = desk.spawn(*backmove_argv(), env=env)
        wait_for(lambda: "backmove" in desk.tray_icons(), 30, "the tray icon in trayer")

        def status() -> str:
            return subprocess.run(
                backmove_argv("status"), env=env, capture_output=True, text=True, timeout=30
            ).stdout

        wait_for(lambda: "running: yes" in status(), 30, "the app to answer status")
        app.terminate()
        assert app.wait(timeout=20) == 0
