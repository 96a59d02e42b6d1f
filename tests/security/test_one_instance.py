"""One backmove per data folder, whatever the environment of the shell a command runs in.

Each test has a second, real process hold the data folder: either a process that takes the
lock and waits, or the app itself, asked from a subprocess whose XDG_RUNTIME_DIR and TMPDIR
differ from the app's (a shell from su, sudo, ssh or cron)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from backmove.app import BackmoveApp
from backmove.cli import EXIT_ERROR, EXIT_OK, main
from backmove.core.clock import SystemClock
from backmove.paths import resolve
from backmove.storage.backup import backup
from backmove.storage.database import Database
from tests.security.holder import ROOT, holding_the_lock
from tests.unit.test_cli_data import counts, seed


@pytest.fixture
def other_shell(tmp_path: Path) -> dict[str, str]:
    """The environment of a shell outside the desktop session: its own runtime and temp
    folders (both private, so they would have been trusted before)."""
    runtime, temp = tmp_path / "other-runtime", tmp_path / "other-tmp"
    for folder in (runtime, temp):
        folder.mkdir(mode=0o700)
        folder.chmod(0o700)
    return {"XDG_RUNTIME_DIR": str(runtime), "TMPDIR": str(temp)}


@pytest.fixture
def a_backup(tmp_path: Path, home: Path) -> Path:
    """A profile with 2 breaks in a backup and 3 in the log."""
    seed(home, n=2)
    with Database.open(home / "backmove.db", SystemClock()).database as db:
        copy = backup(db, tmp_path / "backups", SystemClock().local().date())
    seed(home, n=3)
    return copy


def test_restore_is_refused_while_another_process_holds_the_folder(
    home: Path, a_backup: Path, other_shell: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    before = (home / "backmove.db").read_bytes()
    with holding_the_lock(home, other_shell) as pid:
        assert main(["--home", str(home), "restore", str(a_backup)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert f"backmove is running on the data folder {home} (process {pid})" in err
    assert "`backmove quit`" in err and "Nothing was changed" in err
    assert (home / "backmove.db").read_bytes() == before
    assert not any(".pre-restore-" in p.name for p in home.iterdir())
    # Once the holder has gone, the same command works.
    assert main(["--home", str(home), "restore", str(a_backup)]) == EXIT_OK
    assert counts(home)["breaks"] == 2


def test_import_is_refused_while_another_process_holds_the_folder(
    tmp_path: Path, other_shell: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    source, target, out = tmp_path / "a", tmp_path / "b", tmp_path / "export"
    seed(source)
    assert main(["--home", str(source), "export", "--out", str(out)]) == EXIT_OK
    with holding_the_lock(target, other_shell):
        assert main(["--home", str(target), "import", str(out)]) == EXIT_ERROR
    assert "Nothing was imported" in capsys.readouterr().err
    assert not (target / "backmove.db").exists()


def test_a_second_app_does_not_start_while_another_process_holds_the_folder(
    qapp: QApplication, home: Path, other_shell: dict[str, str]
) -> None:
    with holding_the_lock(home, other_shell):
        app = BackmoveApp(qapp, resolve(home), SystemClock(), notifiers=[], watch_desktop=False)
        try:
            assert not app.start()
            assert app.tray is None and app.window is None and app.store.db is None
            assert app.server.problem is None
        finally:
            app.close_down()


@pytest.fixture
def running(qapp: QApplication, home: Path) -> Iterator[BackmoveApp]:
    app = BackmoveApp(
        qapp,
        resolve(home, {}),
        SystemClock(),
        tray_available=lambda: True,
        idle_seconds=lambda: 0.0,
        notifiers=[],
        watch_desktop=False,
    )
    assert app.start()
    yield app
    app.close_down()


def backmove(home: Path, env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "backmove", "--home", str(home), *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finished(qtbot: object, proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    """Wait for `proc` while the app in this process goes on answering."""
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=60000)  # type: ignore[attr-defined]
    out, err = proc.communicate()
    return proc.returncode, out, err


def test_a_shell_with_other_variables_finds_the_running_app_and_cannot_restore_under_it(
    running: BackmoveApp,
    home: Path,
    a_backup: Path,
    other_shell: dict[str, str],
    qtbot: object,
) -> None:
    code, out, err = finished(qtbot, backmove(home, other_shell, "status", "--json"))
    assert code == EXIT_OK, err
    assert json.loads(out)["running"] is True
    code, out, err = finished(qtbot, backmove(home, other_shell, "restore", str(a_backup)))
    assert code == EXIT_ERROR
    assert f"backmove is running on the data folder {home} (process {os.getpid()})" in err
    assert not any(".pre-restore-" in p.name for p in home.iterdir())
    code, out, err = finished(qtbot, backmove(home, other_shell))  # a second launch
    assert code == EXIT_OK, err
    assert "already running" in out


def test_with_its_socket_gone_the_app_still_keeps_the_folder(
    running: BackmoveApp, home: Path, a_backup: Path, qtbot: object
) -> None:
    """Whatever removed the socket file (once: a second launch that could not connect while
    the app's descriptors were used up), the lock stays: no restore, no second app."""
    Path(running.paths.instance_key).unlink()
    code, out, err = finished(qtbot, backmove(home, {}, "restore", str(a_backup)))
    assert code == EXIT_ERROR and "backmove is running on the data folder" in err
    code, out, err = finished(qtbot, backmove(home, {}))
    assert code == EXIT_ERROR
    assert "is working on the data folder" in err and "does not answer" in err
    assert "already running" not in out
    assert counts(home)["breaks"] == 5
