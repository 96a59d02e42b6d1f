"""Telling the user something without taking their focus: a chain of notifiers.

plyer first (the desktop's own notifications), then the tray icon's balloon, then backmove's
own small toast. Each says whether it can work here before it is tried, and a notifier that
raises simply hands over to the next: a notification is never worth a crash. plyer can fail
silently (its notify-send path ignores the exit code), so it is only tried when a
notification service is on the session bus, and its return is never taken as proof.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import warnings
from collections.abc import Callable
from typing import Protocol

log = logging.getLogger(__name__)

TIMEOUT_S = 10
"""A heads-up matters for the 30 seconds before a break; it should not outlive them."""


class Notifier(Protocol):
    name: str

    def available(self) -> bool: ...

    def notify(self, title: str, body: str) -> None: ...


def notification_service_present() -> bool:
    """Whether org.freedesktop.Notifications is on the session bus (Linux desktops)."""
    from PySide6.QtDBus import QDBusConnection

    from backmove.platform.bus import is_registered

    return is_registered(QDBusConnection.sessionBus(), "org.freedesktop.Notifications")


class PlyerNotifier:
    name = "plyer"

    def __init__(
        self, service_present: Callable[[], bool] = notification_service_present, icon: str = ""
    ) -> None:
        self._service_present = service_present
        self._icon = icon

    def available(self) -> bool:
        try:
            return self._service_present()
        except Exception:
            log.debug("no notification service", exc_info=True)
            return False

    def notify(self, title: str, body: str) -> None:
        from plyer import notification

        # plyer warns when dbus-python is missing and then uses notify-send: fine for us.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if sys.platform.startswith("linux"):
                from plyer.platforms.linux import notification as linux

                impl = linux.instance()
                if isinstance(impl, linux.NotifySendNotification):
                    # plyer 2.1's notify-send path passes "-t 0", which keeps the notice up
                    # forever, and empty icon, hint and category arguments, after which
                    # some daemons (dunst 1.9) show the notice but misreport it. Call it
                    # with only what we mean.
                    argv = [
                        "notify-send",
                        title,
                        body,
                        "-a",
                        "backmove",
                        "-t",
                        str(TIMEOUT_S * 1000),
                    ]
                    if self._icon:
                        argv += ["-i", self._icon]
                    subprocess.run(
                        argv,
                        check=False,
                        timeout=5,
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL,
                    )
                    return
            notification.notify(
                title=title,
                message=body,
                app_name="backmove",
                app_icon=self._icon,
                timeout=TIMEOUT_S,
            )


class CallableNotifier:
    """A notifier made of two callables: the tray balloon and the in-app toast use it."""

    def __init__(
        self, name: str, available: Callable[[], bool], show: Callable[[str, str], None]
    ) -> None:
        self.name = name
        self._available = available
        self._show = show

    def available(self) -> bool:
        return self._available()

    def notify(self, title: str, body: str) -> None:
        self._show(title, body)


class NotifierChain:
    """Tries each notifier in turn; returns the name of the one that took the message."""

    def __init__(self, notifiers: list[Notifier]) -> None:
        self.notifiers = notifiers

    def notify(self, title: str, body: str) -> str | None:
        for notifier in self.notifiers:
            try:
                if not notifier.available():
                    continue
                notifier.notify(title, body)
            except Exception:
                log.warning("notifier %s failed; trying the next", notifier.name, exc_info=True)
                continue
            return notifier.name
        log.warning("no notifier could show %r", title)
        return None
