"""Which backend is tried first where, and what is left when none works."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection

from backmove.platform.idle import (
    MacIdleProbe,
    MutterIdleProbe,
    NoIdleProbe,
    ScreenSaverIdleProbe,
    WaylandIdleProbe,
    WindowsIdleProbe,
    X11IdleProbe,
    XSyncIdleProbe,
    choose_idle_probe,
    idle_backends,
)
from backmove.platform.probe import Effect, ProbeStatus, desktops, first_available, session_kind
from backmove.platform.screenstate import (
    NoDndProbe,
    NoFullscreenProbe,
    choose_screen_state_probe,
    dnd_backends,
    fullscreen_backends,
)
from backmove.scheduling.deadline import IDLE_POLL_MS

GNOME_WAYLAND = {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "ubuntu:GNOME",
                 "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}  # fmt: skip
KDE_WAYLAND = {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "KDE",
               "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":1"}  # fmt: skip
GNOME_X11 = {"XDG_SESSION_TYPE": "x11", "XDG_CURRENT_DESKTOP": "GNOME", "DISPLAY": ":0"}
XFCE_X11 = {"XDG_SESSION_TYPE": "x11", "XDG_CURRENT_DESKTOP": "XFCE", "DISPLAY": ":0"}
STARTX = {"XDG_SESSION_TYPE": "tty", "DISPLAY": ":0"}


def no_bus() -> QDBusConnection:
    return QDBusConnection("backmove-test-no-bus")


@pytest.mark.parametrize(
    ("env", "kind"),
    [(GNOME_WAYLAND, "wayland"), (KDE_WAYLAND, "wayland"), (GNOME_X11, "x11"),
     (STARTX, "x11"), ({"WAYLAND_DISPLAY": "wayland-1"}, "wayland"), ({}, "")],
)  # fmt: skip
def test_session_kind(env: dict[str, str], kind: str) -> None:
    assert session_kind(env) == kind


def test_desktops_split_and_lower_case() -> None:
    assert desktops(GNOME_WAYLAND) == {"ubuntu", "gnome"}
    assert desktops({}) == set()


@pytest.mark.parametrize(
    ("env", "platform", "order"),
    [
        # Backends that tell come before those that must be asked every few seconds.
        (GNOME_WAYLAND, "linux", ("mutter", "wayland", "screensaver")),
        (KDE_WAYLAND, "linux", ("wayland", "screensaver", "mutter")),
        (GNOME_X11, "linux", ("xsync", "x11", "mutter", "screensaver")),
        (XFCE_X11, "linux", ("xsync", "x11", "screensaver", "mutter")),
        (STARTX, "linux", ("xsync", "x11", "screensaver", "mutter")),
        ({}, "linux", ("wayland", "screensaver", "mutter")),
        (XFCE_X11, "freebsd14", ("xsync", "x11", "screensaver", "mutter")),
        ({}, "win32", ("windows",)),
        (GNOME_X11, "darwin", ("macos",)),
    ],
)
def test_idle_backend_order(env: dict[str, str], platform: str, order: tuple[str, ...]) -> None:
    assert idle_backends(env, platform) == order


@pytest.mark.parametrize(
    ("env", "platform", "fullscreen", "dnd"),
    [
        (GNOME_X11, "linux", ("x11",), ("gnome", "notifications", "dunst", "xfce")),
        (STARTX, "linux", ("x11",), ("notifications", "dunst", "xfce")),
        # XWayland would show only X11 clients' windows: unknown beats wrong.
        (GNOME_WAYLAND, "linux", (), ("gnome", "notifications", "dunst", "xfce")),
        # KWin tells through a script loaded into it.
        (KDE_WAYLAND, "linux", ("kwin",), ("notifications", "dunst", "xfce")),
        ({}, "win32", ("windows",), ()),
        (GNOME_X11, "darwin", (), ()),
    ],
)
def test_screen_state_backend_order(
    env: dict[str, str], platform: str, fullscreen: tuple[str, ...], dnd: tuple[str, ...]
) -> None:
    assert fullscreen_backends(env, platform) == fullscreen
    assert dnd_backends(env, platform) == dnd


@pytest.mark.parametrize(
    ("env", "server", "dnd"),
    [
        (STARTX, "dunst", ("dunst", "notifications", "xfce")),
        # dunst on a GNOME desktop: GNOME's setting would say nothing about dunst.
        (GNOME_X11, "dunst", ("dunst", "notifications", "xfce")),
        (XFCE_X11, "Xfce Notify Daemon", ("xfce", "notifications", "dunst")),
        (GNOME_WAYLAND, "gnome-shell", ("gnome", "notifications", "dunst", "xfce")),
        (KDE_WAYLAND, "Plasma", ("notifications", "dunst", "xfce")),
        (KDE_WAYLAND, "mako", ("notifications", "dunst", "xfce")),
    ],
)
def test_the_running_notification_server_picks_the_do_not_disturb_backend(
    env: dict[str, str], server: str, dnd: tuple[str, ...]
) -> None:
    assert dnd_backends(env, "linux", server) == dnd


def test_without_display_or_bus_the_app_times_by_the_wall_clock() -> None:
    probe = choose_idle_probe({}, "linux", session_bus=no_bus())
    assert isinstance(probe, NoIdleProbe)
    assert probe.idle_seconds() is None
    assert not probe.tells
    status = probe.describe()
    assert (status.concern, status.backend, status.available) == ("idle", "none", False)
    assert status.effect is Effect.IDLE_WALL_CLOCK
    assert "screensaver:" in status.detail
    assert "mutter:" in status.detail


def test_an_unreachable_display_is_reported_and_skipped() -> None:
    probe = choose_idle_probe({"DISPLAY": ":9876"}, "linux", session_bus=no_bus())
    assert isinstance(probe, NoIdleProbe)
    assert "xsync: cannot open X display :9876" in probe.describe().detail
    assert "x11: cannot open X display :9876" in probe.describe().detail


def test_screen_state_on_wayland_says_why_fullscreen_is_unknown(tmp_path: Path) -> None:
    env = {**GNOME_WAYLAND, "PATH": str(tmp_path)}  # no gsettings
    state = choose_screen_state_probe(env, "linux", session_bus=no_bus(), system_bus=no_bus())
    assert isinstance(state.fullscreen_probe, NoFullscreenProbe)
    assert isinstance(state.dnd_probe, NoDndProbe)
    assert state.fullscreen() is None
    assert state.dnd() is None
    assert state.in_call() is None
    fullscreen, dnd, calls = state.describe()
    assert fullscreen.effect is Effect.FULLSCREEN_UNKNOWN
    assert "Wayland" in fullscreen.detail
    assert fullscreen.words == "unknown on this Wayland desktop"
    assert dnd.effect is Effect.DND_UNKNOWN
    assert "gnome: gsettings not found" in dnd.detail
    assert "notifications:" in dnd.detail
    assert calls.effect is Effect.CALLS_UNKNOWN
    assert "org.freedesktop.login1: not on the bus" in calls.detail


class FakeProbe:
    """Stands in for a backend: works or not, and records being closed."""

    def __init__(self, name: str, available: bool) -> None:
        self.name = name
        self.available = available
        self.closed = False

    def describe(self) -> ProbeStatus:
        return ProbeStatus("idle", self.name, self.available, Effect.IDLE_MEASURED, "fake")

    def close(self) -> None:
        self.closed = True


def test_first_available_keeps_the_first_that_works_and_closes_the_rest() -> None:
    broken, works, spare = FakeProbe("a", False), FakeProbe("b", True), FakeProbe("c", True)
    built: list[str] = []

    def build(probe: FakeProbe) -> FakeProbe:
        built.append(probe.name)
        return probe

    chosen, reasons = first_available(
        (p.name, lambda p=p: build(p)) for p in (broken, works, spare)
    )
    assert chosen is works
    assert built == ["a", "b"]  # "c" never started
    assert broken.closed
    assert not works.closed
    assert reasons == "a: fake"


def test_a_backend_that_raises_is_skipped_not_fatal(caplog: pytest.LogCaptureFixture) -> None:
    def explode() -> FakeProbe:
        raise RuntimeError("boom")

    fallback = FakeProbe("b", True)
    chosen, reasons = first_available([("a", explode), ("b", lambda: fallback)])
    assert chosen is fallback
    assert "a: RuntimeError('boom')" in reasons
    assert "probe backend a failed" in caplog.text


def test_wayland_without_a_compositor_says_what_is_missing(tmp_path: Path) -> None:
    assert WaylandIdleProbe(None).describe().detail == "WAYLAND_DISPLAY is not set"
    socket = tmp_path / "wayland-9"
    probe = WaylandIdleProbe(str(socket))
    assert not probe.available
    assert probe.describe().detail.startswith(f"cannot connect to Wayland display {socket}")
    assert probe.idle_seconds() is None
    assert not probe.watch([15.0], lambda: None)


def test_xsync_without_a_display_says_what_is_missing() -> None:
    assert XSyncIdleProbe(None).describe().detail == "DISPLAY is not set"
    probe = XSyncIdleProbe(":9876")
    assert not probe.available
    assert probe.describe().detail == "cannot open X display :9876"


def test_each_idle_backend_says_in_plain_words_whether_it_is_told_or_asks() -> None:
    """Doctor's idle line starts with the backend's words: one that tells says so, one that is
    asked says how often, as the driver asks it."""
    backends = (XSyncIdleProbe, WaylandIdleProbe, MutterIdleProbe, X11IdleProbe,
                ScreenSaverIdleProbe, WindowsIdleProbe, MacIdleProbe)  # fmt: skip
    for backend in backends:
        told = "when you stop and when you come back" in backend.words
        asked = f"asked every {IDLE_POLL_MS // 1000} seconds" in backend.words
        assert (told, asked) == (backend.tells, not backend.tells), backend.name
