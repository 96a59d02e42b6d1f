"""Whether the user is in a full-screen app, in do-not-disturb, or in a call or presentation.

Full screen: X11 through EWMH (the active window's `_NET_WM_STATE` holds
`_NET_WM_STATE_FULLSCREEN`; needs a window manager that keeps them, as all common ones do),
Windows (the foreground window covers its monitor), and KWin on Wayland (a script loaded into
KWin calls back when the active window's full-screen state changes). Wayland lets no app see
other apps' windows, so on other Wayland desktops it is unknown, and doctor says so.

Do-not-disturb, from whichever notification server runs (its name from
`GetServerInformation` picks the backend): GNOME Shell's `show-banners` setting (read and
watched through `gsettings`), dunst's `paused` property, xfce4-notifyd's `/do-not-disturb` in
xfconf, and the `Inhibited` property of org.freedesktop.Notifications (KDE Plasma).

Calls and presentations: an app that keeps the screen awake (a video call, a slide show) holds
an idle inhibitor. Seen through GNOME's session manager (`InhibitedActions` has the idle bit)
and logind (`BlockInhibited` names "idle"). Not through org.freedesktop.PowerManagement's
`HasInhibit`: music players hold that one too (they keep the machine from sleeping, not the
screen awake), and breaks must not wait for as long as music plays.

Answers are True, False or None (unknown). A probe that the desktop tells of changes says so
through `watch`; `ScreenStateWatcher` polls every few seconds only while a full-screen or
do-not-disturb probe cannot be told, asks an untold calls source only when the planner is about
to decide (and while a call is on, to see it end), and signals changes; the planner decides
what each means for a break.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import (
    ClassInfo,
    QObject,
    QProcess,
    QProcessEnvironment,
    QSocketNotifier,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from backmove.platform import win32
from backmove.platform.bus import BusError, BusSignal, call, get_property, is_registered
from backmove.platform.probe import (
    QT_TRANSLATE_NOOP,
    Effect,
    ProbeStatus,
    desktops,
    first_available,
    session_kind,
)
from backmove.platform.x11 import X11Unavailable, XDisplay

Changed = Callable[[], None]


class StateProbe(Protocol):
    """One thing the screen state is made of: full screen, do-not-disturb, or a call."""

    name: str
    available: bool

    def describe(self) -> ProbeStatus: ...

    def watch(self, changed: Changed) -> bool:
        """Call `changed` whenever the answer may have changed; True if the probe will, so
        nobody needs to ask it every few seconds."""
        ...

    def close(self) -> None: ...


class FullscreenProbe(StateProbe, Protocol):
    def fullscreen(self) -> bool | None: ...


class DndProbe(StateProbe, Protocol):
    def dnd(self) -> bool | None: ...


class CallsProbe(StateProbe, Protocol):
    def in_call(self) -> bool | None: ...


class _Backend:
    name = "none"
    concern = ""
    found = missing = Effect.FULLSCREEN_UNKNOWN
    words = ""
    """The backend in plain words for doctor (marked for translation where it is set)."""

    def __init__(self, detail: str = "") -> None:
        self.available = False
        self.detail = detail

    def describe(self) -> ProbeStatus:
        effect = self.found if self.available else self.missing
        return ProbeStatus(self.concern, self.name, self.available, effect, self.detail, self.words)

    def watch(self, changed: Changed) -> bool:
        """Nobody tells this backend of changes: it is asked every few seconds."""
        return False

    def close(self) -> None:
        """Nothing to release unless the backend holds a connection."""


class _FullscreenBackend(_Backend):
    concern = "fullscreen"
    found, missing = Effect.FULLSCREEN_DETECTED, Effect.FULLSCREEN_UNKNOWN


class _DndBackend(_Backend):
    concern = "dnd"
    found, missing = Effect.DND_FOLLOWED, Effect.DND_UNKNOWN


class _ReadDnd(_DndBackend):
    """A do-not-disturb switch read over D-Bus (`_read`); unknown when it cannot be read."""

    def _read(self) -> bool:
        raise NotImplementedError

    def dnd(self) -> bool | None:
        if not self.available:
            return None
        try:
            return self._read()
        except BusError:
            return None


class _CallsBackend(_Backend):
    concern = "calls"
    found, missing = Effect.CALLS_FOLLOWED, Effect.CALLS_UNKNOWN


class NoFullscreenProbe(_FullscreenBackend):
    def __init__(self, detail: str = "", words: str = "") -> None:
        super().__init__(detail)
        self.words = words

    def fullscreen(self) -> bool | None:
        return None


class NoDndProbe(_DndBackend):
    def __init__(self, detail: str = "", words: str = "") -> None:
        super().__init__(detail)
        self.words = words

    def dnd(self) -> bool | None:
        return None


class NoCallsProbe(_CallsBackend):
    def __init__(self, detail: str = "", words: str = "") -> None:
        super().__init__(detail)
        self.words = words

    def in_call(self) -> bool | None:
        return None


# --- full screen ------------------------------------------------------------------------------


class X11FullscreenProbe(_FullscreenBackend):
    """EWMH: is the window the window manager calls active in the fullscreen state?

    Told, not polled: on its own X connection it asks for PropertyNotify on the root window
    (`_NET_ACTIVE_WINDOW`: another window came to the front; `_NET_SUPPORTING_WM_CHECK`: a
    window manager started or ended) and on the active window (`_NET_WM_STATE`: it entered or
    left full screen), and a QSocketNotifier on the connection wakes the Qt thread only then."""

    name = "x11"
    words = QT_TRANSLATE_NOOP("backends", "the X11 window manager's full-screen state")
    _ROOT_ATOMS = ("_NET_ACTIVE_WINDOW", "_NET_SUPPORTING_WM_CHECK")

    def __init__(self, display: str | None) -> None:
        super().__init__()
        self._changed: Changed | None = None
        self._notifier: QSocketNotifier | None = None
        self._followed: int | None = None
        self._draining = False
        try:
            self._display: XDisplay | None = XDisplay(display)
        except X11Unavailable as exc:
            self._display = None
            self.detail = str(exc)
            return
        self.available = True
        self.detail = f"EWMH on {display}"

    def fullscreen(self) -> bool | None:
        """None when no EWMH window manager runs (nothing says which window is active)."""
        if self._display is None:
            return None
        window = self._display.active_window()
        if window is None:
            answer = False if self._display.has_ewmh_wm() else None
        else:
            answer = self._display.is_fullscreen(window)
        if self._notifier is not None and self._display.pending():
            # The round trips above may have read an event off the socket into Xlib's queue,
            # where the notifier cannot see it: hand it on once this call is done.
            QTimer.singleShot(0, self._drain)
        return answer

    def watch(self, changed: Changed) -> bool:
        display = self._display
        if display is None:
            return False
        fileno = display.fileno()
        if fileno is None or not display.follow_properties(display.root):
            return False
        self._changed = changed
        self._follow_active()
        if self._notifier is None:
            self._notifier = QSocketNotifier(fileno, QSocketNotifier.Type.Read)
            self._notifier.activated.connect(self._drain)
        return True

    def _follow_active(self) -> None:
        """Hear the active window's own properties (only that window's)."""
        display = self._display
        if display is None:
            return
        active = display.active_window()
        if active == self._followed:
            return
        if self._followed is not None:
            display.follow_properties(self._followed, on=False)
        self._followed = active if active and display.follow_properties(active) else None

    def _drain(self) -> None:
        display, changed = self._display, self._changed
        if display is None or changed is None or self._draining:
            return
        self._draining = True
        try:
            root = display.root
            root_atoms = {display.atom(name) for name in self._ROOT_ATOMS}
            state = display.atom("_NET_WM_STATE")
            while display.pending():
                told = False
                for window, atom in display.property_events():
                    if window == root and atom in root_atoms:
                        self._follow_active()
                        told = True
                    elif window == self._followed and atom == state:
                        told = True
                if told:
                    changed()
        finally:
            self._draining = False

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        self._changed = None
        if self._display is not None:
            self._display.close()
            self._display = None
        self.available = False


class WindowsFullscreenProbe(_FullscreenBackend):
    """The foreground window covers its whole monitor. Not yet verified on Windows."""

    name = "windows"
    words = QT_TRANSLATE_NOOP("backends", "the window in front covering its monitor")
    # The desktop itself covers the monitor when the user clicks on it.
    _DESKTOP_CLASSES = frozenset({"Progman", "WorkerW"})

    def __init__(self) -> None:
        super().__init__()
        try:
            win32.foreground_window()
        except OSError as exc:
            self.detail = str(exc)
            return
        self.available = True
        self.detail = "foreground window vs monitor"

    def fullscreen(self) -> bool | None:
        if not self.available:
            return None
        try:
            front = win32.foreground_window()
        except OSError:
            return None
        if front is None or front.class_name in self._DESKTOP_CLASSES:
            return False
        window, monitor = front.rect, front.monitor
        return (
            window.left <= monitor.left
            and window.top <= monitor.top
            and window.right >= monitor.right
            and window.bottom >= monitor.bottom
        )


KWIN_SCRIPT = """// backmove: tell backmove whenever the active window enters or leaves full screen.
var target = [%(service)s, %(path)s, %(interface)s];
function active() {
    return workspace.activeWindow !== undefined ? workspace.activeWindow : workspace.activeClient;
}
function report() {
    var w = active();
    callDBus(target[0], target[1], target[2], "fullscreen", !!(w && w.fullScreen));
}
function watch(w) {
    if (w && w.fullScreenChanged) {
        w.fullScreenChanged.connect(report);
    }
}
var windows = workspace.windowList ? workspace.windowList() : workspace.clientList();
for (var i = 0; i < windows.length; i++) {
    watch(windows[i]);
}
(workspace.windowAdded || workspace.clientAdded).connect(watch);
(workspace.windowActivated || workspace.clientActivated).connect(report);
(workspace.windowRemoved || workspace.clientRemoved).connect(report);
report();
"""
"""Runs inside KWin (its JavaScript API, KWin 5.27 and Plasma 6 names both), and calls back."""


# PySide6's stub wants one dict argument, but only keywords set the class info at run time
# (the D-Bus interface name has a space, so it is spelled as **).
@ClassInfo(**{"D-Bus Interface": "io.github.backmove.FullScreen"})  # type: ignore[arg-type]
class _KWinReport(QObject):  # type: ignore[operator]  # the same stub: the decorator's type
    """Where KWin's script calls back, on backmove's own session-bus connection."""

    PATH = "/io/github/backmove/FullScreen"
    INTERFACE = "io.github.backmove.FullScreen"

    def __init__(self, heard: Callable[[bool], None]) -> None:
        super().__init__()
        self._heard = heard

    @Slot(bool)
    def fullscreen(self, on: bool) -> None:  # named as KWin's script calls it
        self._heard(on)


class KWinFullscreenProbe(_FullscreenBackend):
    """KWin on Wayland: a small script loaded into KWin over its scripting D-Bus interface
    follows the active window and calls backmove back whenever it enters or leaves full
    screen. Nothing is polled; until KWin's first call the answer is unknown."""

    name = "kwin"
    words = QT_TRANSLATE_NOOP("backends", "KWin's window list (a script in KWin)")
    _SERVICE = "org.kde.KWin"
    _SCRIPTING = "org.kde.kwin.Scripting"

    def __init__(self, bus: QDBusConnection, script_dir: str | None = None) -> None:
        super().__init__()
        self._bus = bus
        self._state: bool | None = None
        self._changed: Changed | None = None
        self._report = _KWinReport(self._heard)
        self._registered = False
        self._plugin = f"backmove-fullscreen-{os.getpid()}"
        self._script: str | None = None
        if not is_registered(bus, self._SERVICE):
            self.detail = f"{self._SERVICE}: not on the bus"
            return
        options = QDBusConnection.RegisterOption.ExportAllSlots
        if not bus.registerObject(_KWinReport.PATH, self._report, options):
            self.detail = f"cannot serve {_KWinReport.PATH} on the session bus"
            return
        self._registered = True
        try:
            self._load(script_dir)
        except (BusError, OSError) as exc:
            self.detail = f"KWin scripting: {exc}"
            self._forget()
            return
        self.available = True
        self.detail = f"{self._SERVICE} scripting"

    def _load(self, script_dir: str | None) -> None:
        text = KWIN_SCRIPT % {
            "service": json.dumps(self._bus.baseService()),
            "path": json.dumps(_KWinReport.PATH),
            "interface": json.dumps(_KWinReport.INTERFACE),
        }
        handle, self._script = tempfile.mkstemp(
            prefix="backmove-kwin-", suffix=".js", dir=script_dir
        )
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        self._call_scripting("unloadScript", self._plugin)
        answer = self._call_scripting("loadScript", self._script, self._plugin)
        number = answer[0] if answer else None
        if not isinstance(number, int) or number < 0:
            raise BusError(f"loadScript answered {answer!r}")
        errors = []
        # The script's object: /Scripting/Script<n> on Plasma 6, /<n> on KWin 5.
        for path in (f"/Scripting/Script{number}", f"/{number}"):
            try:
                call(self._bus, self._SERVICE, path, "org.kde.kwin.Script", "run")
                return
            except BusError as exc:
                errors.append(f"{path}: {exc}")
        raise BusError("cannot run the script (" + "; ".join(errors) + ")")

    def _call_scripting(self, method: str, *args: Any) -> list[Any]:
        return call(self._bus, self._SERVICE, "/Scripting", self._SCRIPTING, method, *args)

    def _heard(self, on: bool) -> None:
        if on != self._state:
            self._state = on
            if self._changed is not None:
                self._changed()

    def fullscreen(self) -> bool | None:
        return self._state if self.available else None

    def watch(self, changed: Changed) -> bool:
        self._changed = changed
        return self.available

    def _forget(self) -> None:
        if self._registered:
            self._bus.unregisterObject(_KWinReport.PATH)
            self._registered = False
        if self._script is not None:
            with contextlib.suppress(OSError):
                Path(self._script).unlink()
            self._script = None

    def close(self) -> None:
        if self.available:
            with contextlib.suppress(BusError):
                self._call_scripting("unloadScript", self._plugin)
        self._forget()
        self._changed = None
        self.available = False


# --- do-not-disturb ---------------------------------------------------------------------------

_NOTIFICATIONS = "org.freedesktop.Notifications"
_NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
_PROPERTIES = "org.freedesktop.DBus.Properties"


def notification_server(bus: QDBusConnection) -> str:
    """The running notification server's name ("dunst", "gnome-shell", "Plasma", "Xfce Notify
    Daemon"), or "" when none answers."""
    try:
        answer = call(
            bus, _NOTIFICATIONS, _NOTIFICATIONS_PATH, _NOTIFICATIONS, "GetServerInformation"
        )
    except BusError:
        return ""
    return str(answer[0]) if answer and isinstance(answer[0], str) else ""


class _BusPropertyDnd(_ReadDnd):
    """A boolean D-Bus property of the notification server, re-read when it says it changed."""

    _SERVICE = _NOTIFICATIONS
    _PATH = _NOTIFICATIONS_PATH
    _INTERFACE = _NOTIFICATIONS
    _PROPERTY = "Inhibited"

    def __init__(self, bus: QDBusConnection) -> None:
        super().__init__()
        self._bus = bus
        self._signal: BusSignal | None = None
        try:
            self._read()
        except BusError as exc:
            self.detail = f"{self._SERVICE} {self._PROPERTY}: {exc}"
            return
        self.available = True
        self.detail = f"{self._SERVICE} {self._INTERFACE} {self._PROPERTY}"

    def _read(self) -> bool:
        value = get_property(self._bus, self._SERVICE, self._PATH, self._INTERFACE, self._PROPERTY)
        if not isinstance(value, bool):
            raise BusError(f"{self._PROPERTY} is {value!r}, not a boolean")
        return value

    def watch(self, changed: Changed) -> bool:
        def heard(message: QDBusMessage) -> None:
            arguments = message.arguments()
            if arguments and arguments[0] == self._INTERFACE:
                changed()

        if self._signal is not None:  # asked again (a restart): one listener, not two
            self._signal.close()
        self._signal = BusSignal(
            self._bus, self._SERVICE, self._PATH, _PROPERTIES, "PropertiesChanged", heard
        )
        return self._signal.listening

    def close(self) -> None:
        if self._signal is not None:
            self._signal.close()
            self._signal = None
        self.available = False


class NotificationsDndProbe(_BusPropertyDnd):
    """org.freedesktop.Notifications `Inhibited`: true while notifications are held back (KDE
    Plasma's notification server has it)."""

    name = "notifications"
    words = QT_TRANSLATE_NOOP("backends", "the notification server's Do Not Disturb")


class DunstDndProbe(_BusPropertyDnd):
    """dunst's `paused` (`dunstctl set-paused true`, or a key the user bound to it)."""

    name = "dunst"
    words = QT_TRANSLATE_NOOP("backends", "dunst's pause")
    _INTERFACE = "org.dunstproject.cmd0"
    _PROPERTY = "paused"


class XfceDndProbe(_ReadDnd):
    """xfce4-notifyd's do-not-disturb: the property /do-not-disturb of the xfconf channel
    xfce4-notifyd, asked of xfconfd over D-Bus. A property never set is off."""

    name = "xfce"
    words = QT_TRANSLATE_NOOP("backends", "XFCE's Do Not Disturb")
    _SERVICE = "org.xfce.Xfconf"
    _PATH = "/org/xfce/Xfconf"
    _CHANNEL = "xfce4-notifyd"
    _PROPERTY = "/do-not-disturb"

    def __init__(self, bus: QDBusConnection) -> None:
        super().__init__()
        self._bus = bus
        self._signals: list[BusSignal] = []
        try:
            self._read()
        except BusError as exc:
            self.detail = f"{self._SERVICE} {self._CHANNEL} {self._PROPERTY}: {exc}"
            return
        self.available = True
        self.detail = f"{self._SERVICE} {self._CHANNEL} {self._PROPERTY}"

    def _read(self) -> bool:
        try:
            answer = call(
                self._bus, self._SERVICE, self._PATH, self._SERVICE, "GetProperty",
                self._CHANNEL, self._PROPERTY,
            )  # fmt: skip
        except BusError as exc:
            if "PropertyNotFound" in str(exc):
                return False
            raise
        value = _plain(answer[0]) if answer else None
        if not isinstance(value, bool):
            raise BusError(f"{self._PROPERTY} is {value!r}, not a boolean")
        return value

    def watch(self, changed: Changed) -> bool:
        def heard(message: QDBusMessage) -> None:
            arguments = message.arguments()
            if arguments[:2] == [self._CHANNEL, self._PROPERTY]:
                changed()

        for signal in self._signals:
            signal.close()
        self._signals = [
            BusSignal(self._bus, self._SERVICE, self._PATH, self._SERVICE, name, heard)
            for name in ("PropertyChanged", "PropertyRemoved")
        ]
        return all(s.listening for s in self._signals)

    def close(self) -> None:
        for signal in self._signals:
            signal.close()
        self._signals = []
        self.available = False


class GnomeDndProbe(_DndBackend):
    """GNOME's do-not-disturb is the setting org.gnome.desktop.notifications show-banners
    turned off. Read with `gsettings get` and followed with one `gsettings monitor` for as
    long as backmove runs, so whatever settings backend GNOME uses (dconf) is read by GNOME's
    own code, and a change is heard at once without asking again."""

    name = "gnome"
    words = QT_TRANSLATE_NOOP("backends", "GNOME's Do Not Disturb (notification banners off)")
    SCHEMA = "org.gnome.desktop.notifications"
    KEY = "show-banners"

    def __init__(self, env: Mapping[str, str]) -> None:
        super().__init__()
        self._env = dict(env)
        self._program = shutil.which("gsettings", path=self._env.get("PATH", os.defpath))
        self._dnd: bool | None = None
        self._monitor: QProcess | None = None
        self._changed: Changed | None = None
        self._pending = ""
        if self._program is None:
            self.detail = "gsettings not found"
            return
        self._dnd, problem = self._get()
        if self._dnd is None:
            self.detail = problem
            return
        self.available = True
        self.detail = f"gsettings {self.SCHEMA} {self.KEY}"

    def _get(self) -> tuple[bool | None, str]:
        assert self._program is not None
        try:
            done = subprocess.run(
                [self._program, "get", self.SCHEMA, self.KEY], env=self._env,
                capture_output=True, text=True, timeout=3, check=False,
            )  # fmt: skip
        except (OSError, subprocess.TimeoutExpired) as exc:
            return None, f"gsettings get: {exc}"
        banners = _gsettings_bool(done.stdout)
        if done.returncode != 0 or banners is None:
            return (
                None,
                f"gsettings get {self.SCHEMA} {self.KEY}: "
                + (done.stderr.strip() or done.stdout.strip()),
            )
        return not banners, ""

    def dnd(self) -> bool | None:
        if not self.available:
            return None
        if self._monitor is None or self._monitor.state() != QProcess.ProcessState.Running:
            self._dnd, _ = self._get()  # not followed: ask again
        return self._dnd

    def watch(self, changed: Changed) -> bool:
        if not self.available or self._program is None:
            return False
        self._changed = changed
        if self._monitor is not None:  # already following
            return True
        monitor = QProcess()
        environment = QProcessEnvironment()
        for key, value in self._env.items():
            environment.insert(key, value)
        monitor.setProcessEnvironment(environment)
        monitor.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        monitor.readyReadStandardOutput.connect(self._heard)
        monitor.start(self._program, ["monitor", self.SCHEMA, self.KEY])
        if not monitor.waitForStarted(3000):
            return False
        self._monitor = monitor
        return True

    def _heard(self) -> None:
        if self._monitor is None:
            return
        self._pending += bytes(self._monitor.readAllStandardOutput().data()).decode(
            errors="replace"
        )
        *lines, self._pending = self._pending.split("\n")
        for line in lines:
            name, _, value = line.partition(":")
            banners = _gsettings_bool(value)
            if name.strip() == self.KEY and banners is not None:
                self._dnd = not banners
                if self._changed is not None:
                    self._changed()

    def close(self) -> None:
        if self._monitor is not None:
            self._monitor.readyReadStandardOutput.disconnect(self._heard)
            self._monitor.kill()
            self._monitor.waitForFinished(1000)
            self._monitor = None
        self.available = False


def _gsettings_bool(text: str) -> bool | None:
    word = text.strip()
    return True if word == "true" else False if word == "false" else None


def _plain(value: Any) -> Any:
    """A D-Bus variant's value."""
    from PySide6.QtDBus import QDBusVariant

    return value.variant() if isinstance(value, QDBusVariant) else value


# --- calls and presentations ------------------------------------------------------------------


class _CallSource:
    """One place that says whether an app keeps the screen awake."""

    name = ""
    watched = False

    def __init__(self, bus: QDBusConnection) -> None:
        self.bus = bus
        self.available = False
        self.detail = ""
        self._signals: list[BusSignal] = []

    def inhibited(self) -> bool:
        raise NotImplementedError

    def start(self) -> None:
        try:
            self.inhibited()
        except BusError as exc:
            self.detail = f"{self.name}: {exc}"
            return
        self.available = True
        self.detail = self.name

    def listen(self, changed: Changed) -> bool:
        return False

    def _listen_to(self, path: str, interface: str, names: Iterable[str], changed: Changed) -> bool:
        self.close()  # asked again (a restart): one listener each, not two
        self._signals = [
            BusSignal(self.bus, self.name, path, interface, name, lambda _m: changed())
            for name in names
        ]
        return all(s.listening for s in self._signals)

    def close(self) -> None:
        for signal in self._signals:
            signal.close()
        self._signals = []


IDLE_INHIBIT_FLAG = 8
"""GNOME's session manager: the bit of `InhibitedActions` that stops the session going idle."""


class GnomeSessionCalls(_CallSource):
    """org.gnome.SessionManager `InhibitedActions` with the idle bit: what a browser's video
    call or a slide show asks for (directly or through the desktop portal)."""

    name = "org.gnome.SessionManager"
    _PATH = "/org/gnome/SessionManager"

    def inhibited(self) -> bool:
        value = get_property(self.bus, self.name, self._PATH, self.name, "InhibitedActions")
        if not isinstance(value, int) or isinstance(value, bool):
            raise BusError(f"InhibitedActions is {value!r}, not a number")
        return bool(value & IDLE_INHIBIT_FLAG)

    def listen(self, changed: Changed) -> bool:
        return self._listen_to(
            self._PATH, self.name, ("InhibitorAdded", "InhibitorRemoved"), changed
        )


def idle_blocked(what: str) -> bool:
    """logind's `BlockInhibited` ("sleep:idle:handle-lid-switch") names "idle"."""
    return "idle" in (part.strip() for part in what.split(":"))


class LogindCalls(_CallSource):
    """logind's `BlockInhibited` names "idle": some program (`systemd-inhibit --what=idle`, a
    presentation tool) holds the system awake. logind does not say when it changes, so it is
    asked when the planner is about to decide (ScreenStateWatcher.look) rather than every few
    seconds: a call matters only to a break that is due."""

    name = "org.freedesktop.login1"
    _PATH = "/org/freedesktop/login1"
    _INTERFACE = "org.freedesktop.login1.Manager"

    def inhibited(self) -> bool:
        value = get_property(self.bus, self.name, self._PATH, self._INTERFACE, "BlockInhibited")
        if not isinstance(value, str):
            raise BusError(f"BlockInhibited is {value!r}, not a string")
        return idle_blocked(value)


class InhibitorCallsProbe(_CallsBackend):
    """Any of the sources that work says an app keeps the screen awake."""

    name = "inhibitors"
    words = QT_TRANSLATE_NOOP("backends", "apps that keep the screen awake (calls, slide shows)")

    def __init__(self, sources: Iterable[_CallSource]) -> None:
        super().__init__()
        self._sources: list[_CallSource] = []
        reasons = []
        for source in sources:
            if is_registered(source.bus, source.name):
                source.start()
            else:
                source.detail = f"{source.name}: not on the bus"
            if source.available:
                self._sources.append(source)
            else:
                reasons.append(source.detail)
        self.available = bool(self._sources)
        names = ", ".join(s.name for s in self._sources)
        self.detail = names if self.available else "; ".join(reasons)
        self.name = "+".join(_SHORT[s.name] for s in self._sources) or "none"

    def in_call(self) -> bool | None:
        if not self.available:
            return None
        answers = []
        for source in self._sources:
            try:
                answers.append(source.inhibited())
            except BusError:
                continue
        return any(answers) if answers else None

    def watch(self, changed: Changed) -> bool:
        results = [source.listen(changed) for source in self._sources]
        return bool(results) and all(results)

    def close(self) -> None:
        for source in self._sources:
            source.close()
        self._sources = []
        self.available = False


_SHORT = {
    GnomeSessionCalls.name: "gnome-session",
    LogindCalls.name: "logind",
}


# --- choosing ---------------------------------------------------------------------------------


class ScreenStateProbe:
    """The full-screen, do-not-disturb and calls probes, chosen together and asked together."""

    def __init__(
        self,
        fullscreen_probe: FullscreenProbe,
        dnd_probe: DndProbe,
        calls_probe: CallsProbe | None = None,
    ) -> None:
        self.fullscreen_probe = fullscreen_probe
        self.dnd_probe = dnd_probe
        self.calls_probe: CallsProbe = calls_probe or NoCallsProbe("not asked")

    @property
    def probes(self) -> tuple[StateProbe, StateProbe, StateProbe]:
        return self.fullscreen_probe, self.dnd_probe, self.calls_probe

    def fullscreen(self) -> bool | None:
        return self.fullscreen_probe.fullscreen() if self.fullscreen_probe.available else None

    def dnd(self) -> bool | None:
        return self.dnd_probe.dnd() if self.dnd_probe.available else None

    def in_call(self) -> bool | None:
        return self.calls_probe.in_call() if self.calls_probe.available else None

    def describe(self) -> tuple[ProbeStatus, ProbeStatus, ProbeStatus]:
        """(full screen, do-not-disturb, calls), for `backmove doctor`."""
        return (
            self.fullscreen_probe.describe(),
            self.dnd_probe.describe(),
            self.calls_probe.describe(),
        )

    def close(self) -> None:
        for probe in self.probes:
            probe.close()


def fullscreen_backends(env: Mapping[str, str], platform: str) -> tuple[str, ...]:
    if platform == "win32":
        return ("windows",)
    if platform == "darwin":
        return ()
    if session_kind(env) == "x11":
        return ("x11",)
    # Under Wayland (even with XWayland) X11 would see only X11 clients: better unknown, unless
    # the compositor itself tells.
    if session_kind(env) == "wayland" and "kde" in desktops(env):
        return ("kwin",)
    return ()


GNOME_DESKTOPS = frozenset({"gnome", "ubuntu", "unity", "pop"})
"""XDG_CURRENT_DESKTOP names whose notifications are GNOME Shell's."""

SERVERS = {  # GetServerInformation's name -> the backend that reads its do-not-disturb
    "dunst": "dunst",
    "gnome-shell": "gnome",
    "xfce notify daemon": "xfce",
    "xfce4-notifyd": "xfce",
    "plasma": "notifications",
}


def dnd_backends(env: Mapping[str, str], platform: str, server: str = "") -> tuple[str, ...]:
    """The order to try: the backend of the running notification server first (`server` as it
    names itself), then the generic `Inhibited`, dunst and XFCE; GNOME's setting only on GNOME
    (elsewhere the key exists too, but nobody acts on it)."""
    if platform in ("win32", "darwin"):
        return ()
    order = ["notifications", "dunst", "xfce"]
    if server.lower() == "gnome-shell" or (not server and desktops(env) & GNOME_DESKTOPS):
        order.insert(0, "gnome")
    mine = SERVERS.get(server.lower())
    if mine is not None:
        order.remove(mine)
        order.insert(0, mine)
    return tuple(order)


def _unsupported(platform: str, env: Mapping[str, str], what: str) -> str:
    if platform in ("win32", "darwin"):
        return f"no {what} backend for {platform} yet"
    if session_kind(env) == "wayland":
        return f"Wayland does not let apps see {what}"
    return f"no graphical session seen for {what}"


def _unknown_words(platform: str, env: Mapping[str, str]) -> str:
    if platform not in ("win32", "darwin") and session_kind(env) == "wayland":
        return QT_TRANSLATE_NOOP("backends", "unknown on this Wayland desktop")
    return QT_TRANSLATE_NOOP("backends", "unknown here")


def choose_screen_state_probe(
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
    *,
    session_bus: QDBusConnection | None = None,
    system_bus: QDBusConnection | None = None,
) -> ScreenStateProbe:
    """The first working full-screen and do-not-disturb backends here (or their None probes),
    and every source of calls that works.

    Defaults as for `choose_idle_probe`: this process's environment, sys.platform, and the
    session and system buses only if a D-Bus backend gets its turn.
    """
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    buses: dict[str, QDBusConnection] = {}

    def bus() -> QDBusConnection:
        if "session" not in buses:
            buses["session"] = QDBusConnection.sessionBus() if session_bus is None else session_bus
        return buses["session"]

    def system() -> QDBusConnection:
        if "system" not in buses:
            buses["system"] = QDBusConnection.systemBus() if system_bus is None else system_bus
        return buses["system"]

    fullscreen_builders: dict[str, Callable[[], FullscreenProbe]] = {
        "x11": lambda: X11FullscreenProbe(env.get("DISPLAY")),
        "windows": WindowsFullscreenProbe,
        "kwin": lambda: KWinFullscreenProbe(bus(), env.get("XDG_RUNTIME_DIR") or None),
    }
    dnd_builders: dict[str, Callable[[], DndProbe]] = {
        "notifications": lambda: NotificationsDndProbe(bus()),
        "dunst": lambda: DunstDndProbe(bus()),
        "xfce": lambda: XfceDndProbe(bus()),
        "gnome": lambda: GnomeDndProbe(env),
    }
    unknown = _unknown_words(platform, env)
    names = fullscreen_backends(env, platform)
    fullscreen, reasons = first_available((n, fullscreen_builders[n]) for n in names)
    if fullscreen is None:
        fullscreen = NoFullscreenProbe(
            reasons or _unsupported(platform, env, "other windows"), unknown
        )
    names = dnd_backends(env, platform)
    if names:
        names = dnd_backends(env, platform, notification_server(bus()))
    dnd, reasons = first_available((n, dnd_builders[n]) for n in names)
    if dnd is None:
        dnd = NoDndProbe(reasons or _unsupported(platform, env, "do-not-disturb"), unknown)
    calls: CallsProbe
    if platform in ("win32", "darwin"):
        calls = NoCallsProbe(f"no calls backend for {platform} yet", unknown)
    else:
        calls = InhibitorCallsProbe([GnomeSessionCalls(bus()), LogindCalls(system())])
        if not calls.available:
            calls = NoCallsProbe(calls.describe().detail, unknown)
    return ScreenStateProbe(fullscreen, dnd, calls)


CALL_END_S = 60.0
"""While a call an untold source (logind) reported is on, how often it is asked whether the
call has ended: the break it holds back comes at most this late after the call."""


class ScreenStateWatcher(QObject):
    """Says when full screen, do-not-disturb or a call turns on or off.

    Probes the desktop tells of changes are asked when it does. A full-screen or
    do-not-disturb probe nobody tells of changes is asked every `interval_s` (the timer runs
    only while there is such a probe). A calls source nobody tells (logind's
    `BlockInhibited` has no change signal) is asked only when it matters: whenever the planner
    is about to decide (`look`, at each of its deadlines), and every `CALL_END_S` while it
    reports a call, to see it end; with no call and nothing due it wakes nobody. Unknown
    (None) counts as off: a probe that cannot tell must never hold breaks back. `start()`
    checks at once, so a full-screen app already open when backmove starts is seen. Only
    available probes are asked.
    """

    fullscreen_changed = Signal(bool)
    dnd_changed = Signal(bool)
    call_changed = Signal(bool)

    def __init__(
        self,
        probe: ScreenStateProbe,
        *,
        interval_s: float = 5.0,
        call_end_s: float = CALL_END_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._probe = probe
        self._fullscreen = False
        self._dnd = False
        self._call = False
        self._interval_ms = round(interval_s * 1000)
        self._call_end_ms = round(call_end_s * 1000)
        self._asked: list[StateProbe] = []
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)

    @property
    def fullscreen(self) -> bool:
        return self._fullscreen

    @property
    def dnd(self) -> bool:
        return self._dnd

    @property
    def in_call(self) -> bool:
        return self._call

    @property
    def polling(self) -> bool:
        """Whether some probe is asked every few seconds (none tells it of changes)."""
        return self._timer.isActive() and self._timer.interval() == self._interval_ms

    @property
    def asking_every_s(self) -> float | None:
        """How often some probe is asked now, or None while nothing is asked periodically."""
        return self._timer.interval() / 1000 if self._timer.isActive() else None

    @property
    def asked(self) -> tuple[str, ...]:
        """The concerns of the probes nobody tells of changes ("fullscreen", "dnd", "calls")."""
        return tuple(p.describe().concern for p in self._asked)

    def start(self) -> None:
        self.check()
        self._asked = [p for p in self._probe.probes if p.available and not p.watch(self.check)]
        self._rearm()

    def stop(self) -> None:
        self._timer.stop()
        self._asked = []

    def _rearm(self) -> None:
        """Every few seconds for an untold full-screen or do-not-disturb probe; for an untold
        calls source only while its call is on; otherwise not at all."""
        if any(p is not self._probe.calls_probe for p in self._asked):
            interval = self._interval_ms
        elif self._asked and self._call:
            interval = self._call_end_ms
        else:
            self._timer.stop()
            return
        if not self._timer.isActive() or self._timer.interval() != interval:
            self._timer.start(interval)

    @Slot()
    def look(self) -> None:
        """The planner is about to decide: ask the probes nobody tells, if any."""
        if self._asked:
            self.check()

    @Slot()
    def check(self) -> None:
        fullscreen = self._probe.fullscreen() is True
        if fullscreen != self._fullscreen:
            self._fullscreen = fullscreen
            self.fullscreen_changed.emit(fullscreen)
        dnd = self._probe.dnd() is True
        if dnd != self._dnd:
            self._dnd = dnd
            self.dnd_changed.emit(dnd)
        call = self._probe.in_call() is True
        if call != self._call:
            self._call = call
            self._rearm()
            self.call_changed.emit(call)
