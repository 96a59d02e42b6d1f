"""The checks the journeys run on the live app notice what they look for."""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.security.checks import connect_as, inet_sockets, loose_modes

NOBODY = 65534


def test_an_inet_socket_of_the_process_is_found_and_a_unix_one_is_not() -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as local:
        local_inode = os.fstat(local.fileno()).st_ino
        assert all(str(local_inode) not in s for s in inet_sockets(os.getpid()))
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as inet:
            inet.bind(("127.0.0.1", 0))
            inet.listen()
            port = inet.getsockname()[1]
            assert f"tcp 0100007F:{port:04X}" in inet_sockets(os.getpid())
    assert f"tcp 0100007F:{port:04X}" not in inet_sockets(os.getpid())


@contextlib.contextmanager
def listening(mode: int) -> Iterator[str]:
    """A Unix socket listening in a folder anyone may enter, with the socket file at `mode`."""
    with tempfile.TemporaryDirectory() as folder:
        Path(folder).chmod(0o755)
        path = str(Path(folder) / "s")
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
            server.bind(path)
            server.listen()
            Path(path).chmod(mode)
            yield path


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0,
    reason="becoming another user needs root (CI runs as root)",
)
def test_another_user_connects_to_an_open_socket_and_not_to_a_private_one() -> None:
    with listening(0o777) as path:
        assert connect_as(NOBODY, NOBODY, path) == 0
    with listening(0o700) as path:
        assert connect_as(NOBODY, NOBODY, path) == errno.EACCES


def test_files_not_0600_and_folders_not_0700_are_named(tmp_path: Path) -> None:
    root = tmp_path / "home"
    (root / "backups").mkdir(parents=True, mode=0o700)
    root.chmod(0o700)
    (root / "backups").chmod(0o700)
    good = root / "backmove.db"
    good.write_text("")
    good.chmod(0o600)
    assert loose_modes(root) == []

    log = root / "backmove.log"
    log.write_text("")
    log.chmod(0o644)
    (root / "exports").mkdir(mode=0o755)
    (root / "exports").chmod(0o755)
    assert loose_modes(root) == [f"{log} 0o644", f"{root / 'exports'} 0o755"]
