"""What every probe shares: its report for `backmove doctor`, and how one is chosen.

A probe finds out one thing about the desktop (idle time, fullscreen, do-not-disturb). Each
concern has several backends; the chooser tries them in an order that suits the session and
keeps the first that works. A probe that cannot work says so (`available` is False) and why,
instead of raising: the app then falls back (times by the wall clock, never holds a break back)
and doctor tells the user what that means.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from typing import ClassVar, Protocol, TypeVar

from backmove.core.messages import Message

_log = logging.getLogger(__name__)


class Effect(StrEnum):
    """What a probe's state means for the user; the CLI and the tray word these."""

    IDLE_MEASURED = "idle_measured"
    IDLE_WALL_CLOCK = "idle_wall_clock"  # no idle time: breaks come by the wall clock
    SUSPEND_EVENTS = "suspend_events"  # logind says when the machine sleeps, plus the gap check
    SUSPEND_CLOCK_GAP = "suspend_clock_gap"  # sleeps are noticed by the gap check alone
    FULLSCREEN_DETECTED = "fullscreen_detected"
    FULLSCREEN_UNKNOWN = "fullscreen_unknown"  # breaks are never held back for a fullscreen app
    DND_FOLLOWED = "dnd_followed"
    DND_UNKNOWN = "dnd_unknown"  # the desktop's do-not-disturb is not seen
    CALLS_FOLLOWED = "calls_followed"  # an app keeping the screen awake holds breaks back
    CALLS_UNKNOWN = "calls_unknown"  # nobody here says when the screen is kept awake


class ProbeStatus(Message):
    """One line of `backmove doctor`.

    `concern` is "idle", "power", "fullscreen", "dnd" or "calls"; `backend` names the backend
    in use ("none" when nothing works); `detail` is a short technical note in English (a library
    or a D-Bus service that is missing), shown as is, never translated. `words` is the backend
    in plain English ("dunst's pause"), marked for translation in the context `BACKEND_CONTEXT`
    where the backend defines it, so doctor can say what is used in the user's language; empty
    when the backend has none (doctor then words it from the name).
    """

    code: ClassVar[str] = "probe_status"
    concern: str
    backend: str
    available: bool
    effect: Effect
    detail: str = ""
    words: str = ""


BACKEND_CONTEXT = "backends"
"""The translation context of the backends' `words`."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a backend's `words` for the catalogue; doctor translates them when it shows them."""
    return text


class Probe(Protocol):
    name: str
    available: bool

    def describe(self) -> ProbeStatus: ...

    def close(self) -> None: ...


P = TypeVar("P", bound=Probe)


def first_available(candidates: Iterable[tuple[str, Callable[[], P]]]) -> tuple[P | None, str]:
    """Build the candidates in order and keep the first that works.

    The others are closed. Returns that probe (or None) and, for doctor, why each one tried
    before it did not work ("x11: DISPLAY is not set; mutter: ...").
    """
    reasons: list[str] = []
    for name, build in candidates:
        try:
            probe = build()
        except Exception as exc:
            # A backend must never take the app down; a bug in one is logged and skipped.
            _log.warning("probe backend %s failed to start", name, exc_info=True)
            reasons.append(f"{name}: {exc!r}")
            continue
        if probe.available:
            return probe, "; ".join(reasons)
        reasons.append(f"{name}: {probe.describe().detail or 'not available'}")
        probe.close()
    return None, "; ".join(reasons)


def session_kind(env: Mapping[str, str]) -> str:
    """The session's kind: "wayland", "x11" or "" (no graphical session seen).

    XDG_SESSION_TYPE wins when it names one; `startx` from a console leaves it at "tty",
    so DISPLAY alone still means X11.
    """
    kind = env.get("XDG_SESSION_TYPE", "").lower()
    if kind == "wayland" or (kind != "x11" and env.get("WAYLAND_DISPLAY")):
        return "wayland"
    if env.get("DISPLAY"):
        return "x11"
    return ""


def desktops(env: Mapping[str, str]) -> set[str]:
    """XDG_CURRENT_DESKTOP as a set of lower-case names ("ubuntu:GNOME" -> {"ubuntu", "gnome"})."""
    return {name.lower() for name in env.get("XDG_CURRENT_DESKTOP", "").split(":") if name}
