"""Stand-ins for the desktop services the probes ask, served on a private D-Bus for tests.

Run as a script: `python fake_desktop_bus.py ADDRESS`. It owns Mutter's IdleMonitor,
org.freedesktop.ScreenSaver, org.freedesktop.Notifications, GNOME's session manager and
org.freedesktop.login1 on that bus, prints "ready", then obeys lines on stdin: "inhibit on|off"
sets Notifications.Inhibited, "sleep" and "wake" send logind's PrepareForSleep(true|false),
"session-inhibit N" sets the session manager's InhibitedActions to N and sends InhibitorAdded,
"block WHAT" sets logind's BlockInhibited to WHAT ("-" for none), "quit" ends it.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import ClassInfo, Property, QCoreApplication, QObject, QSocketNotifier, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage

MUTTER_IDLE_MS = 4242
SCREENSAVER_IDLE_MS = 17000


@ClassInfo(**{"D-Bus Interface": "org.gnome.Mutter.IdleMonitor"})
class Mutter(QObject):
    @Slot(result="qulonglong")
    def GetIdletime(self) -> int:  # named as the D-Bus method is
        return MUTTER_IDLE_MS


@ClassInfo(**{"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class ScreenSaver(QObject):
    @Slot(result="uint")
    def GetSessionIdleTime(self) -> int:
        return SCREENSAVER_IDLE_MS


@ClassInfo(**{"D-Bus Interface": "org.freedesktop.Notifications"})
class Notifications(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.inhibited = False

    def _inhibited(self) -> bool:
        return self.inhibited

    Inhibited = Property(bool, _inhibited)


@ClassInfo(**{"D-Bus Interface": "org.gnome.SessionManager"})
class SessionManager(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.inhibited_actions = 0

    def _inhibited_actions(self) -> int:
        return self.inhibited_actions

    InhibitedActions = Property(int, _inhibited_actions)


@ClassInfo(**{"D-Bus Interface": "org.freedesktop.login1.Manager"})
class Login(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.block_inhibited = "handle-power-key:handle-lid-switch"

    def _block_inhibited(self) -> str:
        return self.block_inhibited

    BlockInhibited = Property(str, _block_inhibited)


def main() -> None:
    app = QCoreApplication(sys.argv)
    bus = QDBusConnection.connectToBus(sys.argv[1], "fake-desktop")
    mutter, screensaver, notifications = Mutter(), ScreenSaver(), Notifications()
    session, login = SessionManager(), Login()
    exported = (
        ("org.gnome.SessionManager", "/org/gnome/SessionManager", session),
        ("org.freedesktop.login1", "/org/freedesktop/login1", login),
        ("org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core", mutter),
        ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", screensaver),
        ("org.freedesktop.Notifications", "/org/freedesktop/Notifications", notifications),
    )
    options = (
        QDBusConnection.RegisterOption.ExportAllSlots
        | QDBusConnection.RegisterOption.ExportAllProperties
    )
    for service, path, obj in exported:
        if not (bus.registerService(service) and bus.registerObject(path, obj, options)):
            sys.exit(f"cannot serve {service}")

    def prepare_for_sleep(starting: bool) -> None:
        signal = QDBusMessage.createSignal(
            "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep"
        )
        signal.setArguments([starting])
        bus.send(signal)

    def obey() -> None:
        data = os.read(0, 4096).decode()
        if not data:
            app.quit()
        for line in data.splitlines():
            match line.split():
                case ["inhibit", state]:
                    notifications.inhibited = state == "on"
                case ["session-inhibit", flags]:
                    session.inhibited_actions = int(flags)
                    bus.send(
                        QDBusMessage.createSignal(
                            "/org/gnome/SessionManager", "org.gnome.SessionManager",
                            "InhibitorAdded",
                        )
                    )  # fmt: skip
                case ["block", what]:
                    login.block_inhibited = "" if what == "-" else what
                case ["sleep"]:
                    prepare_for_sleep(True)
                case ["wake"]:
                    prepare_for_sleep(False)
                case _:
                    app.quit()
            print("ok", flush=True)

    notifier = QSocketNotifier(0, QSocketNotifier.Type.Read)
    notifier.activated.connect(obey)
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
