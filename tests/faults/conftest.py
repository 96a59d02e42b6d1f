"""What the fault tests share: a fixed clock, folders any user can enter, forked children, and
the real app object.

Permissions bind every user but root, and CI runs as root. So a check about permissions runs in
a forked child that becomes `nobody` first (when the tests run as root) and reports back through
a pipe; as any other user it simply runs. The child does not start a new Python, because the repo
may be closed to `nobody`: everything it needs is imported before the fork.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import traceback
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

import backmove
from backmove.core.clock import SimulatedClock

BERLIN = ZoneInfo("Europe/Berlin")
NOBODY = 65534
REPO_ROOT = Path(backmove.__file__).resolve().parents[1]


@pytest.fixture
def clock() -> SimulatedClock:
    return SimulatedClock(datetime(2026, 3, 30, 8, 30), BERLIN)


@pytest.fixture
def open_folder() -> Iterator[Path]:
    """A fresh folder any user may enter; the folders above pytest's tmp_path are closed."""
    folder = Path(tempfile.mkdtemp(prefix="backmove-faults-"))
    folder.chmod(0o755)
    yield folder
    for path in (folder, *folder.rglob("*")):
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o700)
    shutil.rmtree(folder)


def running_as_root() -> bool:
    return os.geteuid() == 0


def hand_over(*paths: Path) -> None:
    """Give `paths` (and what is inside them) to the user the permission checks run as."""
    if not running_as_root():
        return
    for top in paths:
        for path in (top, *(top.rglob("*") if top.is_dir() else ())):
            os.chown(path, NOBODY, NOBODY, follow_symlinks=False)


def in_child(check: Callable[[], Any], *, unprivileged: bool = False) -> Any:
    """Run `check` in a forked child and return its JSON-able result.

    With `unprivileged`, the child becomes `nobody` first when the tests run as root. An
    exception in the child fails the test with the child's traceback.
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        try:
            os.close(read_end)
            try:
                if unprivileged and running_as_root():
                    os.setgroups([])
                    os.setgid(NOBODY)
                    os.setuid(NOBODY)
                answer = {"result": check()}
            except BaseException:
                answer = {"error": traceback.format_exc()}
            with os.fdopen(write_end, "w", encoding="utf-8") as out:
                json.dump(answer, out, default=repr)
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, encoding="utf-8") as answer_in:
        text = answer_in.read()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, text
    answer = json.loads(text)
    if "error" in answer:
        pytest.fail("in the child process:\n" + answer["error"])
    return answer["result"]


def as_unprivileged(check: Callable[[], Any]) -> Any:
    """Run `check` as a user that permissions bind: ourselves, or nobody when we are root."""
    if not running_as_root():
        return check()
    return in_child(check, unprivileged=True)


@pytest.fixture
def make_app(qapp, home: Path):
    """The real app with fake probes and notifiers, as tests/gui/test_app.py builds it."""
    from backmove.app import BackmoveApp
    from backmove.core.clock import SystemClock
    from backmove.paths import resolve

    apps: list[BackmoveApp] = []

    def build() -> BackmoveApp:
        app = BackmoveApp(
            qapp,
            resolve(home),
            SystemClock(),
            tray_available=lambda: True,
            idle_seconds=lambda: 0.0,
            notifiers=[],
            watch_desktop=False,
        )
        apps.append(app)
        return app

    yield build
    for app in apps:
        app.close_down()


def notice_texts(app: Any) -> list[str]:
    """Everything the app's message windows say, one string per window shown."""
    return [
        box.text() + "\n" + box.informativeText() for box in app.notices.boxes if box.isVisible()
    ]
