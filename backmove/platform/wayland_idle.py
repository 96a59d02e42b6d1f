"""Idle time on Wayland through ext-idle-notify-v1, bound with pywayland.

KWin, the wlroots compositors (Sway, Hyprland, river, labwc…), niri and COSMIC offer the
global `ext_idle_notifier_v1`. A client asks it for one notification object per length of
idle it cares about; the compositor sends `idled` once the seat has had no input for that
long and `resumed` at the next input. Version 2 adds `get_input_idle_notification`, which
counts only input; version 1's `get_idle_notification` also stays "active" while an idle
inhibitor is held (a video playing full screen, a presentation), so there a long film never
becomes time away. docs/platforms.md says which the user gets.

This opens a second connection to the compositor ($WAYLAND_DISPLAY), not Qt's own: PySide6
does not hand out Qt's `wl_display` (QNativeInterface.QWaylandApplication is not usable from
Python), sharing Qt's connection would mean dispatching Qt's event queue from a second library,
and the app also runs on XWayland or offscreen where Qt has no Wayland connection at all. Idle
notifications are per seat, not per client, so a second connection sees the same idle time.
Its socket is watched with a QSocketNotifier: nothing runs until the compositor says something.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QSocketNotifier

INTERFACE = "ext_idle_notifier_v1"


class WaylandUnavailable(Exception):
    """Why ext-idle-notify cannot be used, as a short English note for `backmove doctor`."""


class IdleNotifier:
    """One connection and its notification objects: `idled(ms)` when the seat has been idle
    for one of the watched lengths, `resumed()` at the next input."""

    def __init__(
        self,
        name: str | None,
        idled: Callable[[int], None],
        resumed: Callable[[], None],
        lost: Callable[[str], None],
    ) -> None:
        """Raises WaylandUnavailable naming what is missing: pywayland, the display, or the
        compositor's ext_idle_notifier_v1 or seat."""
        if not name:
            raise WaylandUnavailable("WAYLAND_DISPLAY is not set")
        try:
            from pywayland.client import Display
            from pywayland.protocol.ext_idle_notify_v1 import ExtIdleNotifierV1
            from pywayland.protocol.wayland import WlSeat
        except ImportError as exc:
            raise WaylandUnavailable(
                f"pywayland with ext_idle_notify_v1 not importable: {exc}"
            ) from None
        self._idled, self._resumed, self._lost = idled, resumed, lost
        self._display: Any = Display(name)
        try:
            self._display.connect()
        except (ValueError, RuntimeError) as exc:
            raise WaylandUnavailable(f"cannot connect to Wayland display {name}: {exc}") from None
        globals_: dict[str, tuple[int, int]] = {}

        def on_global(_registry: Any, id_: int, interface: str, version: int) -> None:
            globals_.setdefault(interface, (id_, version))

        registry = self._display.get_registry()
        registry.dispatcher["global"] = on_global
        self._display.roundtrip()
        missing = [i for i in (INTERFACE, "wl_seat") if i not in globals_]
        if missing:
            self._display.disconnect()
            raise WaylandUnavailable(f"the compositor on {name} does not offer {missing[0]}")
        seat_id, seat_version = globals_["wl_seat"]
        self._seat = registry.bind(seat_id, WlSeat, min(seat_version, 1))
        notifier_id, notifier_version = globals_[INTERFACE]
        self.version = min(notifier_version, 2)
        self._notifier = registry.bind(notifier_id, ExtIdleNotifierV1, self.version)
        self._watches: list[Any] = []
        self._idle: set[int] = set()
        self._socket = QSocketNotifier(self._display.get_fd(), QSocketNotifier.Type.Read)
        self._socket.activated.connect(self._read)
        self._display.roundtrip()

    @property
    def input_only(self) -> bool:
        """True where only input counts (v2); False where idle inhibitors also hold idle off."""
        return self.version >= 2

    def watch(self, lengths_ms: Iterable[int]) -> None:
        """Replace the notification objects with one per length."""
        self._clear()
        for length in sorted(set(lengths_ms)):
            if self.input_only:
                watch = self._notifier.get_input_idle_notification(length, self._seat)
            else:
                watch = self._notifier.get_idle_notification(length, self._seat)
            watch.dispatcher["idled"] = lambda _proxy, length=length: self._on_idled(length)
            watch.dispatcher["resumed"] = lambda _proxy, length=length: self._on_resumed(length)
            self._watches.append(watch)
        self._display.flush()

    def _on_idled(self, length: int) -> None:
        self._idle.add(length)
        self._idled(length)

    def _on_resumed(self, length: int) -> None:
        # Every object idle so far resumes on the same input: tell once, on the first.
        if length in self._idle:
            self._idle.clear()
            self._resumed()

    def _read(self) -> None:
        try:
            self._display.read()
            self._display.dispatch(block=False)
            self._display.flush()
        except RuntimeError as exc:
            self._socket.setEnabled(False)
            self._lost(f"the Wayland connection ended: {exc}")

    def _clear(self) -> None:
        for watch in self._watches:
            watch.destroy()
        self._watches.clear()
        self._idle.clear()

    def close(self) -> None:
        if self._display is None:
            return
        self._socket.setEnabled(False)
        self._socket.deleteLater()
        try:
            self._clear()
            self._display.flush()
        except RuntimeError:
            pass
        self._display.disconnect()
        self._display = None
