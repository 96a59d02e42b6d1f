"""Fullscreen and do-not-disturb: the Windows backend with its OS call faked
(win32.foreground_window), the not-available paths, and the watcher's change signals."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from backmove.platform import win32
from backmove.platform.probe import Effect, ProbeStatus
from backmove.platform.screenstate import (
    NoDndProbe,
    NoFullscreenProbe,
    NotificationsDndProbe,
    ScreenStateProbe,
    ScreenStateWatcher,
    WindowsFullscreenProbe,
    X11FullscreenProbe,
)
from backmove.platform.win32 import ForegroundWindow, Rect

MONITOR = Rect(1920, 0, 3840, 1080)  # the second of two screens


def front(rect: Rect, class_name: str = "Chrome_WidgetWin_1") -> ForegroundWindow:
    return ForegroundWindow(rect, MONITOR, class_name)


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        (front(Rect(1920, 0, 3840, 1080)), True),
        (front(Rect(1912, -8, 3848, 1088)), True),  # borders hang over the edges
        (front(Rect(1920, 0, 3840, 1040)), False),  # maximised above the taskbar
        (front(Rect(2000, 100, 2800, 700)), False),
        (front(Rect(1920, 0, 3840, 1080), "WorkerW"), False),  # the desktop itself
        (None, False),
    ],
)
def test_windows_fullscreen_is_a_window_covering_its_monitor(
    monkeypatch: pytest.MonkeyPatch, window: ForegroundWindow | None, expected: bool
) -> None:
    monkeypatch.setattr(win32, "foreground_window", lambda: window)
    probe = WindowsFullscreenProbe()
    assert probe.available
    assert probe.fullscreen() is expected
    assert probe.describe().effect is Effect.FULLSCREEN_DETECTED


def test_windows_fullscreen_off_windows_is_not_available() -> None:
    probe = WindowsFullscreenProbe()
    assert not probe.available
    assert probe.fullscreen() is None
    assert probe.describe().effect is Effect.FULLSCREEN_UNKNOWN


def test_x11_fullscreen_without_display_is_not_available() -> None:
    probe = X11FullscreenProbe(None)
    assert not probe.available
    assert probe.fullscreen() is None
    assert probe.describe().detail == "DISPLAY is not set"


def test_dnd_without_a_bus_is_not_available() -> None:
    probe = NotificationsDndProbe(QDBusConnection("backmove-test-no-bus"))
    assert not probe.available
    assert probe.dnd() is None
    status = probe.describe()
    assert (status.concern, status.effect) == ("dnd", Effect.DND_UNKNOWN)


class FakeFullscreen:
    """The fullscreen probe seam: answers whatever the test sets, counts questions."""

    name = "fake"
    available = True

    def __init__(self) -> None:
        self.value: bool | None = False
        self.asked = 0

    def fullscreen(self) -> bool | None:
        self.asked += 1
        return self.value

    def describe(self) -> ProbeStatus:
        return ProbeStatus("fullscreen", self.name, True, Effect.FULLSCREEN_DETECTED)

    def watch(self, changed: Callable[[], None]) -> bool:
        """Like X11's window state: nobody says when it changes, so it is asked."""
        return False

    def close(self) -> None:
        """Nothing held."""


class FakeDnd:
    """The do-not-disturb probe seam; like dunst or GNOME, it tells when it changes."""

    name = "fake"
    available = True

    def __init__(self) -> None:
        self._value: bool | None = False
        self.asked = 0
        self.changed: Callable[[], None] | None = None

    @property
    def value(self) -> bool | None:
        return self._value

    @value.setter
    def value(self, on: bool | None) -> None:
        self._value = on
        if self.changed is not None:
            self.changed()

    def dnd(self) -> bool | None:
        self.asked += 1
        return self._value

    def describe(self) -> ProbeStatus:
        return ProbeStatus("dnd", self.name, True, Effect.DND_FOLLOWED)

    def watch(self, changed: Callable[[], None]) -> bool:
        self.changed = changed
        return True

    def close(self) -> None:
        """Nothing held."""


def test_the_watcher_signals_changes_only() -> None:
    fullscreen, dnd = FakeFullscreen(), FakeDnd()
    watcher = ScreenStateWatcher(ScreenStateProbe(fullscreen, dnd))
    heard: list[tuple[str, bool]] = []
    watcher.fullscreen_changed.connect(lambda on: heard.append(("fullscreen", on)))
    watcher.dnd_changed.connect(lambda on: heard.append(("dnd", on)))

    watcher.check()
    fullscreen.value = True
    watcher.check()
    watcher.check()
    dnd.value = True
    watcher.check()
    fullscreen.value = False
    dnd.value = False
    watcher.check()
    assert heard == [("fullscreen", True), ("dnd", True), ("fullscreen", False), ("dnd", False)]
    assert not watcher.fullscreen


def test_unknown_counts_as_off_so_breaks_are_never_held_back() -> None:
    fullscreen = FakeFullscreen()
    watcher = ScreenStateWatcher(ScreenStateProbe(fullscreen, NoDndProbe("none here")))
    heard: list[bool] = []
    watcher.fullscreen_changed.connect(heard.append)
    fullscreen.value = True
    watcher.check()
    fullscreen.value = None  # e.g. the window manager went away
    watcher.check()
    assert heard == [True, False]


def test_start_looks_at_once_and_then_polls(qtbot: QtBot) -> None:
    fullscreen = FakeFullscreen()
    fullscreen.value = True
    watcher = ScreenStateWatcher(ScreenStateProbe(fullscreen, FakeDnd()), interval_s=0.01)
    with qtbot.waitSignal(watcher.fullscreen_changed, timeout=1000):
        watcher.start()
    assert watcher.fullscreen
    asked = fullscreen.asked
    qtbot.waitUntil(lambda: fullscreen.asked > asked)
    watcher.stop()


def test_a_probe_that_tells_is_heard_at_once_and_nothing_polls() -> None:
    dnd = FakeDnd()
    watcher = ScreenStateWatcher(ScreenStateProbe(NoFullscreenProbe("wayland"), dnd))
    heard: list[bool] = []
    watcher.dnd_changed.connect(heard.append)
    watcher.start()
    assert not watcher.polling
    dnd.value = True
    assert heard == [True]
    dnd.value = False
    assert heard == [True, False]
    watcher.stop()


def test_a_probe_that_cannot_tell_is_not_asked() -> None:
    fullscreen = FakeFullscreen()
    fullscreen.available = False
    state = ScreenStateProbe(fullscreen, NoDndProbe())
    assert state.fullscreen() is None
    assert state.dnd() is None
    assert fullscreen.asked == 0


class FakeCalls:
    """The calls seam, like logind: nobody says when it changes, so it must be asked."""

    name = "fake"
    available = True

    def __init__(self) -> None:
        self.value: bool | None = False
        self.asked = 0

    def in_call(self) -> bool | None:
        self.asked += 1
        return self.value

    def describe(self) -> ProbeStatus:
        return ProbeStatus("calls", self.name, True, Effect.CALLS_FOLLOWED)

    def watch(self, changed: Callable[[], None]) -> bool:
        return False

    def close(self) -> None:
        """Nothing held."""


def test_an_untold_calls_source_is_asked_when_a_break_may_come_not_every_few_seconds(
    qtbot: QtBot,
) -> None:
    """logind's inhibitors: with no call on, nothing wakes the app for them; they are asked
    when the planner is about to decide (`look`), and while a call is on, every so often
    to see it end (here a short while, so the test sees it)."""
    calls = FakeCalls()
    watcher = ScreenStateWatcher(
        ScreenStateProbe(NoFullscreenProbe("wayland"), FakeDnd(), calls), call_end_s=0.01
    )
    heard: list[bool] = []
    watcher.call_changed.connect(heard.append)
    watcher.start()
    assert watcher.asked == ("calls",)
    assert not watcher.polling and watcher.asking_every_s is None
    calls.value = True
    assert heard == []  # nobody told, nobody asked
    watcher.look()  # a deadline: the planner is about to decide
    assert heard == [True]
    assert watcher.asking_every_s == 0.01
    calls.value = False
    with qtbot.waitSignal(watcher.call_changed, timeout=2000) as ended:
        pass  # asked every `call_end_s` while the call is on
    assert ended.args == [False]
    assert watcher.asking_every_s is None  # the call ended: nothing asks any more
    watcher.stop()


def test_a_told_calls_source_is_not_asked_at_a_deadline() -> None:
    calls = FakeCalls()
    calls.watch = lambda changed: True  # type: ignore[method-assign]
    watcher = ScreenStateWatcher(ScreenStateProbe(NoFullscreenProbe("wayland"), FakeDnd(), calls))
    watcher.start()
    asked = calls.asked
    watcher.look()
    assert calls.asked == asked and watcher.asked == ()
    watcher.stop()
