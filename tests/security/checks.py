"""What a running backmove exposes, read from the outside: the network sockets it holds, who
may open its single-instance socket, and the modes of the files it keeps.

The end-to-end journeys run these against the real app; test_checks.py shows each can fail.
`squatting_as` plays the other user who takes the command socket's name first.
Linux only: they read /proc and switch users with fork and setuid.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import stat
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

INET_TABLES = ("tcp", "tcp6", "udp", "udp6", "udplite", "udplite6", "raw", "raw6")
"""The /proc/PID/net tables that list AF_INET and AF_INET6 sockets."""

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def socket_inodes(pid: int) -> set[int]:
    """The inode of every socket the process holds open, from its /proc/PID/fd links."""
    found: set[int] = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = str(fd.readlink())
        except OSError:  # closed since the folder was listed
            continue
        m = re.fullmatch(r"socket:\[(\d+)\]", target)
        if m:
            found.add(int(m.group(1)))
    return found


def inet_inodes(pid: int) -> dict[int, str]:
    """Inode -> "tcp 0100007F:A1B2" for every inet socket in the process's network namespace."""
    found: dict[int, str] = {}
    for table in INET_TABLES:
        try:
            lines = Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]
        except FileNotFoundError:  # a kernel without that protocol
            continue
        for line in lines:
            cols = line.split()
            if len(cols) > 9 and cols[9].isdigit():
                found[int(cols[9])] = f"{table} {cols[1]}"
    return found


def inet_sockets(pid: int) -> list[str]:
    """The process's own AF_INET/AF_INET6 sockets, as "table local-address"; [] when none."""
    inet = inet_inodes(pid)
    return sorted(inet[inode] for inode in socket_inodes(pid) if inode in inet)


def connect_as(uid: int, gid: int, path: str) -> int:
    """The errno of connect() to the Unix socket `path` made as another user; 0 if it
    connected. Needs root to become that user: a forked child drops every group, then its
    gid and uid, and reports through a pipe."""
    read_end, write_end = os.pipe()
    # Python 3.12+ warns about fork in a threaded process; this child only makes system calls.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        try:
            os.close(read_end)
            try:
                os.setgroups([])
                os.setgid(gid)
                os.setuid(uid)
            except OSError as exc:
                os.write(write_end, f"user {exc}".encode())
                os._exit(0)
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                sock.connect(path)
                answer = "0"
            except OSError as exc:
                answer = str(exc.errno)
            os.write(write_end, answer.encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        answer = pipe.read()
    os.waitpid(pid, 0)
    if not answer.isdigit():
        raise AssertionError(f"could not connect as uid {uid}: {answer or 'no answer'}")
    return int(answer)


def loose_modes(root: Path) -> list[str]:
    """Every file under `root` that is not 0600 and every folder (root too) not 0700, as
    "path 0o644"; symbolic links and sockets are named as well, since none belong there."""
    problems: list[str] = []
    for path in (root, *sorted(root.rglob("*"))):
        info = path.lstat()
        mode = stat.S_IMODE(info.st_mode)
        if stat.S_ISDIR(info.st_mode):
            ok = mode == PRIVATE_DIR
        elif stat.S_ISREG(info.st_mode):
            ok = mode == PRIVATE_FILE
        else:
            ok = False
        if not ok:
            problems.append(f"{path} {oct(mode)}")
    return problems


@contextlib.contextmanager
def squatting_as(
    uid: int, gid: int, socket_path: Path, answer: bytes
) -> Iterator[Callable[[], bytes]]:
    """Another user takes `socket_path` first: a child process as that user makes the socket's
    folder (theirs, 0700 like a careful squatter's, but open to root) and listens there,
    answering every connection with `answer`. Yields what it has received so far. Needs root."""
    ready_read, ready_write = os.pipe()
    got_read, got_write = os.pipe()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        try:
            os.close(ready_read)
            os.close(got_read)
            os.setgroups([])
            os.setgid(gid)
            os.setuid(uid)
            socket_path.parent.mkdir(mode=0o700)
            server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            server.bind(str(socket_path))
            server.listen()
            os.write(ready_write, b"ready")
            while True:
                conn, _ = server.accept()
                conn.settimeout(2)
                with contextlib.suppress(OSError):
                    os.write(got_write, conn.recv(4096) or b"")
                    conn.sendall(answer)
                conn.close()
        finally:
            os._exit(0)
    os.close(ready_write)
    os.close(got_write)
    os.set_blocking(got_read, False)
    try:
        assert os.read(ready_read, 5) == b"ready", "the squatter could not listen"

        def received() -> bytes:
            with contextlib.suppress(BlockingIOError):
                return os.read(got_read, 65536)
            return b""

        yield received
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(ready_read)
        os.close(got_read)
        shutil.rmtree(socket_path.parent, ignore_errors=True)
