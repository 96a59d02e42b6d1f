"""Storage seen from other processes: one killed mid-write, and one without write permission.

Both run a tiny script in a child Python. When the tests run as root, the read-only check runs
its child as `nobody`, because chmod does not stop root; it is skipped only when no Python
interpreter on this machine can be run by `nobody`.
"""

from __future__ import annotations

import json
import os
import pwd
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import backmove
from backmove.core.clock import SimulatedClock
from backmove.storage.database import Database
from backmove.storage.repository import Repository
from tests.unit.storage.helpers import query

REPO_ROOT = Path(backmove.__file__).resolve().parents[1]

WRITER = """
import sys
from pathlib import Path
from backmove.core.clock import SystemClock
from backmove.storage.database import Database
from backmove.storage.records import Break
from backmove.storage.repository import Repository

repo = Repository(Database.open(Path(sys.argv[1]), SystemClock()).database)
for n in range(1000):
    record = repo.add_break(Break(planned_at=n, utc_offset_s=0, kind="micro", reason="crash"))
    print(record.id, flush=True)
"""

OPENER = """
import json
from datetime import datetime, timezone
from pathlib import Path
from backmove.core.clock import SimulatedClock
from backmove.storage.database import Database
from backmove.storage.errors import StorageError
from backmove.storage.records import AppEvent
from backmove.storage.repository import Repository

try:
    clock = SimulatedClock(datetime(2026, 3, 30, 8, 30, tzinfo=timezone.utc))
    db = Database.open(Path("backmove.db"), clock).database
    Repository(db).add_event(AppEvent(at=1, utc_offset_s=0, kind="pause"))
    print(json.dumps({"code": "written"}))
except StorageError as exc:
    print(json.dumps(exc.message.to_json()))
"""


def child_env() -> dict[str, str]:
    return {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(REPO_ROOT), "LC_ALL": "C.UTF-8"}


def test_a_writer_killed_mid_way_loses_nothing_it_reported(
    db_path: Path, clock: SimulatedClock
) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db_path)],
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    ) as child:
        assert child.stdout is not None
        reported = [int(child.stdout.readline()) for _ in range(100)]
        child.send_signal(signal.SIGKILL)
        reported += [int(line) for line in child.stdout.read().split()]
    assert child.returncode == -signal.SIGKILL
    assert len(reported) < 1000  # it really died mid-way

    opened = Database.open(db_path, clock)
    with opened.database as db:
        assert opened.messages == ()  # a crash is not damage: nothing is moved aside
        assert db.integrity_problems() == []
        stored = {b.id for b in Repository(db).breaks_between(0, 1000)}
    assert set(reported) <= stored
    assert query(db_path, "PRAGMA integrity_check") == [("ok",)]


def _interpreter_for(user: pwd.struct_passwd) -> str | None:
    """A Python of this version that `user` may run and that finds backmove, if any."""
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    candidates = [sys.executable]
    candidates += [str(Path(folder) / f"python{version}") for folder in os.get_exec_path()]
    probe = f"import sys, backmove.storage.database; assert sys.version.startswith('{version}.')"
    for exe in dict.fromkeys(candidates):
        if not Path(exe).is_file():
            continue
        try:
            result = subprocess.run(
                [exe, "-c", probe],
                user=user.pw_uid,
                group=user.pw_gid,
                extra_groups=[],
                cwd="/",
                env=child_env(),
                capture_output=True,
                check=False,
            )
        except PermissionError:  # the interpreter lives in a folder closed to `user`
            continue
        if result.returncode == 0:
            return exe
    return None


@dataclass(frozen=True)
class Runner:
    """Runs OPENER in a folder as a user that chmod binds: ourselves, or nobody when root."""

    exe: str
    user: pwd.struct_passwd | None

    def run(self, folder: Path) -> dict[str, object]:
        switch: dict[str, object] = {}
        if self.user is not None:
            switch = {"user": self.user.pw_uid, "group": self.user.pw_gid, "extra_groups": []}
        result = subprocess.run(
            [self.exe, "-c", OPENER],
            cwd=folder,  # entered before the user switch, so the folders above may stay closed
            env=child_env(),
            capture_output=True,
            text=True,
            check=True,
            **switch,  # type: ignore[arg-type]
        )
        return json.loads(result.stdout)


@pytest.fixture
def runner() -> Runner:
    if os.geteuid() != 0:
        return Runner(sys.executable, None)
    nobody = pwd.getpwnam("nobody")
    exe = _interpreter_for(nobody)
    if exe is None:
        pytest.skip("running as root, and no Python interpreter here can be run as nobody")
    return Runner(exe, nobody)


def test_a_read_only_folder_gives_the_not_writable_message(
    tmp_path: Path, clock: SimulatedClock, runner: Runner
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with_db = tmp_path / "with_db"
    Database.open(with_db / "backmove.db", clock).database.close()
    if runner.user is not None:
        os.chown(with_db / "backmove.db", runner.user.pw_uid, -1)
    before = (with_db / "backmove.db").read_bytes()
    for folder in (empty, with_db):
        folder.chmod(0o555)
    try:
        for folder in (empty, with_db):
            answer = runner.run(folder)
            assert answer["code"] == "database_not_writable", folder.name
            assert answer["path"] == "backmove.db"
    finally:
        for folder in (empty, with_db):
            folder.chmod(0o700)
    assert sorted(p.name for p in with_db.iterdir()) == ["backmove.db"]
    assert (with_db / "backmove.db").read_bytes() == before
    assert list(empty.iterdir()) == []


def test_storage_needs_neither_qt_nor_the_scheduler() -> None:
    script = (
        "import sys, backmove.storage.backup, backmove.storage.repository, "
        "backmove.storage.transfer\n"
        "print(sorted(m for m in ('PySide6', 'apscheduler', 'plyer') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=child_env(), capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
