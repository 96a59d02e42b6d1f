"""Whether there is a display to start on, found without Qt: real sockets in a temporary
folder stand in for an X server's and a Wayland compositor's (a listening socket is all
either is asked for), and the environment is the seam."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from backmove.platform.display import check_display, wayland_socket, x11_reachable


@pytest.fixture
def short_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # A Unix socket's path must fit in 108 bytes; pytest's temporary paths can be long.
    return tmp_path_factory.mktemp("d", numbered=True)


@pytest.fixture
def listening(short_dir: Path) -> Iterator[Path]:
    """A socket at short_dir/X7 that takes connections, as an X server on :7 does."""
    path = short_dir / "X7"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        server.listen()
        yield path


def test_an_x_server_that_listens_is_reachable(listening: Path) -> None:
    assert x11_reachable(":7", socket_dir=str(listening.parent))
    assert x11_reachable("unix:7.0", socket_dir=str(listening.parent))
    assert not x11_reachable(":8", socket_dir=str(listening.parent))


def test_a_socket_nobody_listens_on_is_not_reachable(short_dir: Path) -> None:
    path = short_dir / "X3"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as stale:
        stale.bind(str(path))  # bound, never listening: a server that died
    assert not x11_reachable(":3", socket_dir=str(short_dir))


def test_a_display_that_is_no_display_is_not_reachable() -> None:
    assert not x11_reachable("nonsense")
    assert not x11_reachable("")


def test_the_wayland_socket_is_found_in_the_runtime_folder(short_dir: Path) -> None:
    env = {"WAYLAND_DISPLAY": "wayland-1", "XDG_RUNTIME_DIR": str(short_dir)}
    assert wayland_socket(env) is None
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as compositor:
        compositor.bind(str(short_dir / "wayland-1"))
        assert wayland_socket(env) == str(short_dir / "wayland-1")
        assert check_display(env, "linux").usable
        # An absolute WAYLAND_DISPLAY needs no runtime folder.
        assert wayland_socket({"WAYLAND_DISPLAY": str(short_dir / "wayland-1")})
    (short_dir / "wayland-2").write_text("")  # a plain file is no socket
    assert wayland_socket({**env, "WAYLAND_DISPLAY": "wayland-2"}) is None


@pytest.mark.parametrize(
    ("env", "x11", "wayland"),
    [
        ({}, "unset", "unset"),
        ({"DISPLAY": ":4242"}, "unreachable", "unset"),
        ({"WAYLAND_DISPLAY": "wayland-gone", "XDG_RUNTIME_DIR": "/nonexistent"},
         "unset", "no_socket"),
        # Without a runtime folder a bare name cannot be found.
        ({"WAYLAND_DISPLAY": "wayland-0"}, "unset", "no_socket"),
    ],
)  # fmt: skip
def test_what_is_missing_is_said(env: dict[str, str], x11: str, wayland: str) -> None:
    found = check_display(env, "linux")
    assert not found.usable
    assert (found.x11, found.wayland) == (x11, wayland)


@pytest.mark.parametrize("plugin", ["offscreen", "minimal", "vnc:size=800x600", "eglfs"])
def test_a_qt_platform_that_needs_no_display_is_taken_as_it_is(plugin: str) -> None:
    assert check_display({"QT_QPA_PLATFORM": plugin}, "linux").usable


def test_a_qt_platform_naming_one_display_counts_only_that_one(short_dir: Path) -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as compositor:
        compositor.bind(str(short_dir / "wayland-0"))
        env = {"WAYLAND_DISPLAY": "wayland-0", "XDG_RUNTIME_DIR": str(short_dir)}
        assert check_display(env, "linux").usable
        assert not check_display({**env, "QT_QPA_PLATFORM": "xcb"}, "linux").usable
        assert check_display({**env, "QT_QPA_PLATFORM": "wayland;xcb"}, "linux").usable


def test_wayland_socket_handed_over_is_a_display() -> None:
    assert check_display({"WAYLAND_SOCKET": "3"}, "linux").usable


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_always_have_their_display(platform: str) -> None:
    assert check_display({}, platform).usable
