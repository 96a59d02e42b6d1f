"""Seconds since the user last touched the keyboard or mouse, however the desktop tells it.

Backends, each with a stable `name` (what doctor shows in brackets) and plain `words`:
Wayland's ext-idle-notify-v1 (KWin, wlroots compositors, niri, COSMIC), GNOME's Mutter
IdleMonitor watches, X11's XSync IDLETIME alarms, and, where none of those is there, X11's
XScreenSaver, org.freedesktop.ScreenSaver over D-Bus (KDE on X11), Windows (GetLastInputInfo)
and macOS (HIDIdleTime from ioreg). Without any, `NoIdleProbe` answers None and the app times
breaks by the wall clock, saying so in doctor and in the tray tooltip.

Two ways a probe works. One that *tells* (`watch` returns True) is given the idle lengths the
planner acts on and calls back when input has stopped for one of them and when it comes back;
nothing runs in between, so an idle tray spends no CPU on idle time. One that only *answers*
(`watch` returns False) is asked every few seconds by the driver: the last fallback.
`idle_seconds()` returns None when a reading fails, so a hiccup is not mistaken for activity.
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Protocol

from PySide6.QtDBus import QDBusConnection

from backmove.core.clock import SystemClock
from backmove.platform import win32
from backmove.platform.bus import BusError, call_int
from backmove.platform.probe import (
    QT_TRANSLATE_NOOP,
    Effect,
    ProbeStatus,
    desktops,
    first_available,
    session_kind,
)
from backmove.platform.x11 import X11Unavailable, XDisplay

if TYPE_CHECKING:
    from backmove.platform.mutter_idle import IdleWatches

_CLOCK = SystemClock()
"""Elapsed time since the desktop said the user went idle (`_IdleBackend.idle_seconds`)."""


_log = logging.getLogger(__name__)

MIN_WATCH_S = 1.0
"""Shorter idle lengths are not watched: the planner acts on them at once anyway."""


class IdleProbe(Protocol):
    name: str
    """Stable identifier, shown by doctor in brackets ("xsync", "wayland", "mutter", …)."""
    words: str
    """Which backend this is and how it learns of input, in plain English marked for
    translation (context `BACKEND_CONTEXT`): what doctor shows before the effect."""
    tells: bool
    """True if the desktop says when input stops and comes back; False if it is asked."""
    available: bool

    def idle_seconds(self) -> float | None:
        """Seconds since the last input; None if unknown (no backend, or this reading failed)."""
        ...

    def watch(self, thresholds: Iterable[float], changed: Callable[[], None]) -> bool:
        """Call `changed` when input has stopped for any of `thresholds` seconds and when it
        comes back. True if this probe will; False if it must be asked every few seconds
        instead. Calling again replaces the thresholds."""
        ...

    def describe(self) -> ProbeStatus: ...

    def close(self) -> None: ...


class _IdleBackend:
    name = "none"
    words = ""
    """Empty for no backend: doctor then says "none found"."""
    tells = False

    def __init__(self) -> None:
        self.available = False
        self.detail = ""

    def describe(self) -> ProbeStatus:
        effect = Effect.IDLE_MEASURED if self.available else Effect.IDLE_WALL_CLOCK
        return ProbeStatus("idle", self.name, self.available, effect, self.detail, self.words)

    def watch(self, thresholds: Iterable[float], changed: Callable[[], None]) -> bool:
        """This backend only answers when asked."""
        return False

    def close(self) -> None:
        """Nothing to release unless the backend holds a connection."""


class _ToldIdle(_IdleBackend):
    """A backend that tells: the desktop calls back at idle lengths and on input.

    Between its calls the last input is known only as "less than the shortest length ago": a
    backend that can also read the exact idle time cheaply (`_exact`) answers with it when
    asked; one that cannot answers 0 while input goes on, so the planner counts that time as
    active until told otherwise (a pause is then seen when it reaches the shortest length).
    """

    tells = True

    def __init__(self) -> None:
        super().__init__()
        self._changed: Callable[[], None] | None = None
        self._lengths: tuple[float, ...] = ()
        self._idle_from: float | None = None  # monotonic time of the last input, once idle
        self.watching = False

    def watch(self, thresholds: Iterable[float], changed: Callable[[], None]) -> bool:
        self._changed = changed
        lengths = tuple(sorted({float(t) for t in thresholds if t >= MIN_WATCH_S}))
        if self.watching and lengths == self._lengths:
            return True
        self._lengths, self._idle_from = lengths, None
        self.watching = False
        if not self.available:
            return False
        try:
            self._start_watches(tuple(round(t * 1000) for t in lengths))
        except Exception as exc:
            # A desktop that refuses the watches is asked instead (where it can be), never
            # fatal.
            _log.warning("idle backend %s cannot watch (%r); asking it instead", self.name, exc)
            return False
        self.watching = True
        return True

    def _start_watches(self, lengths_ms: tuple[int, ...]) -> None:
        raise NotImplementedError

    def _exact(self) -> float | None:
        """The idle time read now, or None if this backend cannot read it."""
        return None

    def _idled(self, idle_ms: int) -> None:
        since = _CLOCK.monotonic() - idle_ms / 1000
        self._idle_from = since if self._idle_from is None else min(self._idle_from, since)
        self._tell()

    def _resumed(self) -> None:
        if self._idle_from is None:
            return
        self._idle_from = None
        self._tell()

    def _lost(self, why: str) -> None:
        """The desktop went away: no idle time from now on (breaks come by the clock)."""
        _log.warning("idle backend %s lost: %s", self.name, why)
        self.available = self.watching = False
        self.detail = why
        self._tell()

    def _tell(self) -> None:
        if self._changed is not None:
            self._changed()

    def idle_seconds(self) -> float | None:
        if not self.available:
            return None
        exact = self._exact()
        if exact is not None or not self.watching:
            return exact
        return 0.0 if self._idle_from is None else max(0.0, _CLOCK.monotonic() - self._idle_from)


class NoIdleProbe(_IdleBackend):
    """No way to see input here: the app times breaks by the wall clock."""

    def __init__(self, detail: str = "") -> None:
        super().__init__()
        self.detail = detail

    def idle_seconds(self) -> float | None:
        return None


class XSyncIdleProbe(_ToldIdle):
    """X11: alarms on the server's IDLETIME counter (the SYNC extension), as KDE's KIdleTime
    does it; the counter is also read at once for an exact reading."""

    name = "xsync"
    words = QT_TRANSLATE_NOOP(
        "backends", "the X server's idle alarms, which say when you stop and when you come back"
    )

    def __init__(self, display: str | None) -> None:
        super().__init__()
        from backmove.platform.xsync import XSyncIdle

        self._sync: XSyncIdle | None = None
        try:
            self._sync = XSyncIdle(display, self._idled, self._resumed)
        except X11Unavailable as exc:
            self.detail = str(exc)
            return
        self.available = True
        self.detail = f"XSync IDLETIME on {display}"

    def _start_watches(self, lengths_ms: tuple[int, ...]) -> None:
        assert self._sync is not None
        self._sync.watch(lengths_ms)

    def _exact(self) -> float | None:
        ms = None if self._sync is None else self._sync.idle_ms()
        return None if ms is None else ms / 1000

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()
            self._sync = None
        self.available = self.watching = False


class WaylandIdleProbe(_ToldIdle):
    """Wayland: ext-idle-notify-v1 through pywayland (KWin, wlroots compositors, niri, COSMIC).

    The compositor cannot be asked for the idle time, only told to call back, so between its
    calls the reading is "active"."""

    name = "wayland"
    words = QT_TRANSLATE_NOOP(
        "backends", "the Wayland compositor, which says when you stop and when you come back"
    )

    def __init__(self, display: str | None) -> None:
        super().__init__()
        from backmove.platform.wayland_idle import IdleNotifier, WaylandUnavailable

        self._notifier: IdleNotifier | None = None
        try:
            self._notifier = IdleNotifier(display, self._idled, self._resumed, self._lost)
        except WaylandUnavailable as exc:
            self.detail = str(exc)
            return
        self.available = True
        if not self._notifier.input_only:
            self.words = QT_TRANSLATE_NOOP(
                "backends",
                "the Wayland compositor, which says when you stop and when you come back (a "
                "video or call that keeps the screen awake counts as being here)",
            )
        kind = "input only" if self._notifier.input_only else "idle inhibitors hold idle off"
        self.detail = f"ext_idle_notifier_v1 version {self._notifier.version} on {display} ({kind})"

    @property
    def input_only(self) -> bool:
        """Version 2: only input counts. Version 1: an idle inhibitor (a film, a call) also
        keeps the user "active"."""
        return self._notifier is not None and self._notifier.input_only

    def _start_watches(self, lengths_ms: tuple[int, ...]) -> None:
        assert self._notifier is not None
        self._notifier.watch(lengths_ms)

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.close()
            self._notifier = None
        self.available = self.watching = False


class X11IdleProbe(_IdleBackend):
    """The X server's own count (MIT-SCREEN-SAVER), over one kept connection, asked every few
    seconds: where the server lacks XSync."""

    name = "x11"
    words = QT_TRANSLATE_NOOP(
        "backends", "the X server's screen-saver counter, asked every 5 seconds"
    )

    def __init__(self, display: str | None) -> None:
        super().__init__()
        self._display: XDisplay | None = None
        try:
            connection = XDisplay(display, screensaver=True)
        except X11Unavailable as exc:
            self.detail = str(exc)
            return
        self._display = connection
        self.available = True
        self.detail = f"XScreenSaver on {display}"

    def idle_seconds(self) -> float | None:
        if self._display is None:
            return None
        ms = self._display.idle_ms()
        return None if ms is None else ms / 1000

    def close(self) -> None:
        if self._display is not None:
            self._display.close()
            self._display = None
        self.available = False


class _BusIdleProbe(_IdleBackend):
    """A desktop service that answers the idle time in milliseconds."""

    service = path = interface = method = ""

    def __init__(self, bus: QDBusConnection) -> None:
        super().__init__()
        self._bus = bus
        try:
            self._read()
        except BusError as exc:
            self.detail = f"{self.service}: {exc}"
            return
        self.available = True
        self.detail = self.service

    def _read(self) -> float:
        return call_int(self._bus, self.service, self.path, self.interface, self.method) / 1000

    def idle_seconds(self) -> float | None:
        if not self.available:
            return None
        try:
            return self._read()
        except BusError:
            return None


class MutterIdleProbe(_ToldIdle):
    """GNOME (X11 or Wayland): Mutter's IdleMonitor. Its watches tell (platform.mutter_idle);
    GetIdletime (milliseconds) gives the exact reading when the planner wakes for another
    reason, and is what a Mutter whose watches cannot be set is asked every few seconds."""

    name = "mutter"
    words = QT_TRANSLATE_NOOP(
        "backends", "GNOME's idle monitor, which says when you stop and when you come back"
    )
    service = "org.gnome.Mutter.IdleMonitor"
    path = "/org/gnome/Mutter/IdleMonitor/Core"
    interface = "org.gnome.Mutter.IdleMonitor"

    def __init__(self, bus: QDBusConnection, address: str | None = None) -> None:
        """`bus` answers GetIdletime; the watches go over a connection of their own to
        `address` (None: $DBUS_SESSION_BUS_ADDRESS), the same session bus."""
        super().__init__()
        self._bus = bus
        self._address = address
        self._watches: IdleWatches | None = None
        try:
            self._read()
        except BusError as exc:
            self.detail = f"{self.service}: {exc}"
            return
        self.available = True
        self.detail = self.service

    def _read(self) -> float:
        return call_int(self._bus, self.service, self.path, self.interface, "GetIdletime") / 1000

    def _exact(self) -> float | None:
        try:
            return self._read()
        except BusError:
            return None

    def _start_watches(self, lengths_ms: tuple[int, ...]) -> None:
        from backmove.platform.mutter_idle import IdleWatches

        if self._watches is None:
            self._watches = IdleWatches(self._address, self._idled, self._resumed, self._lost)
        self._watches.watch(lengths_ms)

    def close(self) -> None:
        if self._watches is not None:
            self._watches.close()
            self._watches = None
        self.available = self.watching = False


class ScreenSaverIdleProbe(_BusIdleProbe):
    """KDE and others: org.freedesktop.ScreenSaver GetSessionIdleTime.

    Not in any spec; KDE, which implements it, answers in milliseconds. GNOME answers an error,
    and KWin on Wayland does not answer, so there it is simply not available.
    """

    name = "screensaver"
    words = QT_TRANSLATE_NOOP(
        "backends", "the desktop's screen-saver service, asked every 5 seconds"
    )
    service = "org.freedesktop.ScreenSaver"
    path = "/org/freedesktop/ScreenSaver"
    interface = "org.freedesktop.ScreenSaver"
    method = "GetSessionIdleTime"


class WindowsIdleProbe(_IdleBackend):
    """GetLastInputInfo against GetTickCount. Not yet verified on Windows."""

    name = "windows"
    words = QT_TRANSLATE_NOOP(
        "backends", "Windows' time since the last input, asked every 5 seconds"
    )

    def __init__(self) -> None:
        super().__init__()
        try:
            self._read()
        except OSError as exc:
            self.detail = str(exc)
            return
        self.available = True
        self.detail = "GetLastInputInfo"

    @staticmethod
    def _read() -> float:
        now, last_input = win32.last_input_ticks()
        # Both are 32-bit tick counts that wrap every 49.7 days.
        return ((now - last_input) & 0xFFFFFFFF) / 1000

    def idle_seconds(self) -> float | None:
        if not self.available:
            return None
        try:
            return self._read()
        except OSError:
            return None


IOREG_ARGV = ("/usr/sbin/ioreg", "-c", "IOHIDSystem", "-r", "-d", "1", "-k", "HIDIdleTime")
_HID_IDLE_TIME = re.compile(r'"HIDIdleTime"\s*=\s*(\d+)')


def read_ioreg() -> str:
    """What ioreg says about the HID system (the OS call the macOS probe makes)."""
    return subprocess.run(IOREG_ARGV, capture_output=True, text=True, timeout=2, check=True).stdout


class MacIdleProbe(_IdleBackend):
    """HIDIdleTime (nanoseconds) from ioreg, one short process per reading.

    Not yet verified on macOS.
    """

    name = "macos"
    words = QT_TRANSLATE_NOOP(
        "backends", "macOS's time since the last input, asked every 5 seconds"
    )

    def __init__(self) -> None:
        super().__init__()
        first = self._read()
        if first is None:
            self.detail = f"no HIDIdleTime from {IOREG_ARGV[0]}"
            return
        self.available = True
        self.detail = "ioreg HIDIdleTime"

    @staticmethod
    def _read() -> float | None:
        try:
            output = read_ioreg()
        except (OSError, subprocess.SubprocessError):
            return None
        found = _HID_IDLE_TIME.search(output)
        return None if found is None else int(found.group(1)) / 1e9

    def idle_seconds(self) -> float | None:
        return self._read() if self.available else None


def idle_backends(env: Mapping[str, str], platform: str) -> tuple[str, ...]:
    """Which backends to try, best first, for this platform and session: the ones that tell
    before the ones that must be asked."""
    if platform == "win32":
        return ("windows",)
    if platform == "darwin":
        return ("macos",)
    gnome = "gnome" in desktops(env)
    bus_order = ("mutter", "screensaver") if gnome else ("screensaver", "mutter")
    kind = session_kind(env)
    # Under Wayland, X11's count sees only XWayland clients, so typing elsewhere looks idle.
    if kind == "x11":
        return ("xsync", "x11", *bus_order)
    # GNOME's compositor offers no ext-idle-notify; Mutter's own watches come first there.
    wayland = ("mutter", "wayland") if gnome else ("wayland",)
    return tuple(dict.fromkeys((*wayland, *bus_order)))


def choose_idle_probe(
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
    *,
    session_bus: QDBusConnection | None = None,
) -> IdleProbe:
    """The first idle backend that works here, else `NoIdleProbe` saying what was tried.

    `env` defaults to this process's environment and `platform` to sys.platform; the session
    bus is connected only if a D-Bus backend gets its turn (needs a QCoreApplication then).
    """
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform

    def bus() -> QDBusConnection:
        return QDBusConnection.sessionBus() if session_bus is None else session_bus

    builders: dict[str, Callable[[], IdleProbe]] = {
        "wayland": lambda: WaylandIdleProbe(env.get("WAYLAND_DISPLAY")),
        "xsync": lambda: XSyncIdleProbe(env.get("DISPLAY")),
        "x11": lambda: X11IdleProbe(env.get("DISPLAY")),
        "mutter": lambda: MutterIdleProbe(bus(), env.get("DBUS_SESSION_BUS_ADDRESS")),
        "screensaver": lambda: ScreenSaverIdleProbe(bus()),
        "windows": WindowsIdleProbe,
        "macos": MacIdleProbe,
    }
    probe, reasons = first_available(
        (name, builders[name]) for name in idle_backends(env, platform)
    )
    if probe is None:
        return NoIdleProbe(reasons)
    if env.get(ASK_ENV) == "poll":
        return AskedIdle(probe)
    return probe


ASK_ENV = "BACKMOVE_IDLE"
"""Set to "poll", the chosen backend is asked every few seconds even where it could tell: to
compare the two (python -m bench does), or for a desktop whose watches misbehave."""


class AskedIdle:
    """A backend that could tell, asked every few seconds instead (`ASK_ENV`). One that can
    only tell (Wayland) then reads as unknown: breaks come by the clock."""

    def __init__(self, probe: IdleProbe) -> None:
        self._probe = probe
        self.name = probe.name
        self.words = QT_TRANSLATE_NOOP(
            "backends", "the desktop, asked every 5 seconds because BACKMOVE_IDLE=poll is set"
        )
        self.tells = False
        self.available = probe.available

    def idle_seconds(self) -> float | None:
        return self._probe.idle_seconds()

    def watch(self, thresholds: Iterable[float], changed: Callable[[], None]) -> bool:
        return False

    def describe(self) -> ProbeStatus:
        """The backend's status, worded as asked; one that cannot be asked (Wayland) reads as
        no idle time, which is what the planner then gets."""
        status = self._probe.describe()
        readable = status.available and self._probe.idle_seconds() is not None
        return status.replace(
            available=readable,
            effect=Effect.IDLE_MEASURED if readable else Effect.IDLE_WALL_CLOCK,
            detail=f"{status.detail}; asked every 5 seconds ({ASK_ENV}=poll)",
            words=self.words,
        )

    def close(self) -> None:
        self._probe.close()
