"""Idle backends on their not-available paths, and the Windows and macOS backends with the OS
call faked at its boundary (win32.last_input_ticks, idle.read_ioreg)."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtDBus import QDBusConnection

from backmove.platform import idle, win32, x11
from backmove.platform.idle import (
    MacIdleProbe,
    MutterIdleProbe,
    ScreenSaverIdleProbe,
    WindowsIdleProbe,
    X11IdleProbe,
)
from backmove.platform.probe import Effect

IOREG_OUTPUT = """\
+-o IOHIDSystem  <class IOHIDSystem, id 0x100000435, registered, matched, active>
    {
      "HIDIdleTime" = 12500000000
    }
"""


def test_x11_without_display_is_not_available() -> None:
    probe = X11IdleProbe(None)
    assert not probe.available
    assert probe.idle_seconds() is None
    status = probe.describe()
    assert (status.backend, status.effect) == ("x11", Effect.IDLE_WALL_CLOCK)
    assert status.detail == "DISPLAY is not set"
    probe.close()


def test_x11_without_libxss_names_the_library(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing() -> None:
        raise x11.X11Unavailable("libXss.so.1 not found")

    monkeypatch.setattr(x11, "_libxss", missing)
    # The display is unreachable too; the library is what the user can install, so it comes first.
    probe = X11IdleProbe(":9876")
    assert not probe.available
    assert probe.describe().detail == "libXss.so.1 not found"


def test_x11_missing_libx11_is_not_available(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing() -> None:
        raise x11.X11Unavailable("libX11.so.6 not found")

    monkeypatch.setattr(x11, "_libx11", missing)
    probe = X11IdleProbe(":0")
    assert not probe.available
    assert probe.describe().detail == "libX11.so.6 not found"


@pytest.mark.parametrize("backend", [MutterIdleProbe, ScreenSaverIdleProbe])
def test_bus_backends_without_a_bus_are_not_available(
    backend: type[MutterIdleProbe | ScreenSaverIdleProbe],
) -> None:
    probe = backend(QDBusConnection("backmove-test-no-bus"))
    assert not probe.available
    assert probe.idle_seconds() is None
    assert probe.describe().detail == f"{backend.service}: not connected to D-Bus"


def test_windows_idle_is_now_minus_last_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(win32, "last_input_ticks", lambda: (1_000_000, 993_500))
    probe = WindowsIdleProbe()
    assert probe.available
    assert probe.idle_seconds() == pytest.approx(6.5)
    assert probe.describe().effect is Effect.IDLE_MEASURED


def test_windows_idle_survives_the_tick_count_wrapping(monkeypatch: pytest.MonkeyPatch) -> None:
    # 49.7 days after boot the 32-bit tick count wraps to 0; the last input was just before.
    monkeypatch.setattr(win32, "last_input_ticks", lambda: (1_500, 2**32 - 500))
    assert WindowsIdleProbe().idle_seconds() == pytest.approx(2.0)


def test_windows_failing_call_is_unknown_not_active(monkeypatch: pytest.MonkeyPatch) -> None:
    readings = iter([(5_000, 1_000)])

    def flaky() -> tuple[int, int]:
        try:
            return next(readings)
        except StopIteration:
            raise OSError("GetLastInputInfo failed") from None

    monkeypatch.setattr(win32, "last_input_ticks", flaky)
    probe = WindowsIdleProbe()
    assert probe.available
    assert probe.idle_seconds() is None


def test_windows_backend_off_windows_is_not_available() -> None:
    probe = WindowsIdleProbe()  # the real call, on a system that is not Windows
    assert not probe.available
    assert probe.describe().detail == "not Windows"


def test_macos_reads_hid_idle_time_in_nanoseconds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(idle, "read_ioreg", lambda: IOREG_OUTPUT)
    probe = MacIdleProbe()
    assert probe.available
    assert probe.idle_seconds() == pytest.approx(12.5)


def test_macos_without_ioreg_is_not_available(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing() -> str:
        raise FileNotFoundError(idle.IOREG_ARGV[0])

    monkeypatch.setattr(idle, "read_ioreg", missing)
    probe = MacIdleProbe()
    assert not probe.available
    assert probe.idle_seconds() is None


def test_macos_unexpected_output_or_failure_is_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    outputs = iter([IOREG_OUTPUT, "nothing useful"])

    def ioreg() -> str:
        try:
            return next(outputs)
        except StopIteration:
            raise subprocess.TimeoutExpired(idle.IOREG_ARGV, 2) from None

    monkeypatch.setattr(idle, "read_ioreg", ioreg)
    probe = MacIdleProbe()
    assert probe.idle_seconds() is None  # "nothing useful"
    assert probe.idle_seconds() is None  # timed out
