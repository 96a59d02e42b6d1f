"""Another user who takes the command socket's place first gets nothing: no request is sent to
them, backmove never says "already running" because of them, and what a socket answers reaches
the terminal without escape sequences.

The other user is real (uid 65534, made by a forked child) when the tests run as root; the
shared temp folder is replaced by a folder like /tmp (sticky, open to all) for the test."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from backmove.app import BackmoveApp
from backmove.cli import EXIT_NOT_RUNNING, EXIT_OK, EXIT_SOCKET_PLACE, main
from backmove.core.clock import SystemClock
from backmove.paths import resolve
from backmove.platform.socketplace import Trouble
from tests.security.checks import squatting_as
from tests.security.holder import holding_the_lock

NOBODY = 65534
AS_ROOT = pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() != 0,
    reason="becoming another user needs root (CI runs as root)",
)
ESCAPES = "\x1b[2J\x1b]0;owned\x07\r\u202e"
LIES = (
    json.dumps(
        {"ok": True, "running": True, "state": "paused", "summary": f"{ESCAPES}Paused by me"}
    ).encode()
    + b"\n"
)


@pytest.fixture
def shared_temp(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="bm-", dir="/tmp"))
    folder.chmod(0o1777)
    monkeypatch.setattr("backmove.paths.SHARED_TEMP", folder)
    yield folder
    for inside in folder.iterdir():
        if inside.is_dir():
            for item in inside.iterdir():
                item.unlink()
            inside.rmdir()
    folder.rmdir()


@pytest.fixture
def deep_home(tmp_path: Path, shared_temp: Path) -> Path:
    """A data folder whose path is too long for a socket: its socket goes in the shared temp."""
    home = tmp_path / ("d" * 100)
    assert Path(resolve(home).instance_key).parent.parent == shared_temp
    return home


@AS_ROOT
def test_a_squatter_in_the_shared_temp_folder_gets_no_request_and_no_start(
    deep_home: Path,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    key = Path(resolve(deep_home).instance_key)
    with squatting_as(NOBODY, NOBODY, key, LIES) as received:
        assert key.parent.stat().st_uid == NOBODY
        # backmove is not running here (nobody holds the folder): the squatter is not asked.
        assert main(["--home", str(deep_home), "pause", "30"]) == EXIT_NOT_RUNNING
        assert main(["--home", str(deep_home), "status"]) == EXIT_OK
        assert "backmove is not running" in capsys.readouterr().out
        # A start is refused with the reason, not answered "already running" by the squatter.
        monkeypatch.setattr("backmove.logsetup.setup_logging", lambda *_a, **_k: None)
        assert main(["--home", str(deep_home)]) == EXIT_SOCKET_PLACE
        out, err = capsys.readouterr()
        assert "already running" not in out + err
        said = f"The folder {key.parent} for backmove's command socket belongs to another user"
        assert said in err and "(uid 65534)" in err
        # While backmove holds the folder, its commands still do not talk to the squatter.
        with holding_the_lock(deep_home):
            assert main(["--home", str(deep_home), "status"]) == EXIT_SOCKET_PLACE
            assert "belongs to another user (uid 65534)" in capsys.readouterr().err
        assert received() == b""


@AS_ROOT
def test_the_app_does_not_listen_in_a_folder_of_another_user(
    deep_home: Path, qapp: QApplication
) -> None:
    key = Path(resolve(deep_home).instance_key)
    with squatting_as(NOBODY, NOBODY, key, LIES) as received:
        app = BackmoveApp(qapp, resolve(deep_home), SystemClock(), notifiers=[])
        try:
            assert not app.start()
            assert app.server.problem is not None
            assert app.server.problem.trouble is Trouble.FOLDER_NOT_OURS
            assert app.server.problem.uid == NOBODY
            assert not app.lock.held  # the next start may try again once it is fixed
        finally:
            app.close_down()
        assert received() == b""


@pytest.fixture
def listener(home: Path) -> Iterator[socket.socket]:
    """A socket at the command socket's name, in the right folder, that nobody should use."""
    key = Path(resolve(home).instance_key)
    key.parent.mkdir(parents=True, mode=0o700)
    key.parent.chmod(0o700)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.bind(str(key))
        sock.listen()
        sock.setblocking(False)
        yield sock


@AS_ROOT
@pytest.mark.parametrize("taken", ["the socket", "its folder"])
def test_a_socket_or_folder_of_another_user_is_not_talked_to(
    home: Path, listener: socket.socket, capsys: pytest.CaptureFixture[str], taken: str
) -> None:
    key = Path(resolve(home).instance_key)
    os.chown(key if taken == "the socket" else key.parent, NOBODY, NOBODY)
    with holding_the_lock(home):
        assert main(["--home", str(home), "pause", "30"]) == EXIT_SOCKET_PLACE
    err = capsys.readouterr().err
    assert "belongs to another user (uid 65534)" in err
    with pytest.raises(BlockingIOError):
        listener.accept()  # nobody connected


def test_a_socket_others_may_write_is_not_talked_to(
    home: Path, listener: socket.socket, capsys: pytest.CaptureFixture[str]
) -> None:
    key = Path(resolve(home).instance_key)
    key.chmod(0o666)
    with holding_the_lock(home):
        assert main(["--home", str(home), "status"]) == EXIT_SOCKET_PLACE
    assert "Other users may write to the command socket" in capsys.readouterr().err
    with pytest.raises(BlockingIOError):
        listener.accept()


FAKE_APP = """
import socket, sys
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind(sys.argv[1])
server.listen()
print("ready", flush=True)
for answer in sys.argv[2:]:
    conn, _ = server.accept()
    conn.recv(4096)
    conn.sendall(answer.encode() + b"\\n")
    conn.close()
"""


def test_what_the_socket_answers_reaches_the_terminal_without_control_characters(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Whoever answers (here a program of the same user posing as backmove) cannot send
    escape sequences, carriage returns or reversing marks to the terminal."""
    key = Path(resolve(home).instance_key)
    key.parent.mkdir(parents=True, mode=0o700)
    key.parent.chmod(0o700)
    refusal = json.dumps({"ok": False, "error": ESCAPES + "no"})
    fake = subprocess.Popen(
        [
            sys.executable,
            "-c",
            FAKE_APP,
            str(key),
            LIES.decode().strip(),
            LIES.decode().strip(),
            refusal,
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert fake.stdout is not None and fake.stdout.readline().strip() == "ready"
    with holding_the_lock(home):
        assert main(["--home", str(home), "status"]) == EXIT_OK
        assert main(["--home", str(home), "pause", "30"]) == EXIT_OK
        main(["--home", str(home), "resume"])
    fake.wait(timeout=30)
    fake.stdout.close()
    out, err = capsys.readouterr()
    assert "Paused by me" in out and "no)" in err
    for text in (out, err):
        assert not any(ord(ch) < 32 and ch != "\n" for ch in text), repr(text)
        assert "\x7f" not in text and "\u202e" not in text
