"""The tray icon as it first appears: shown before the rest of backmove is loaded.

A tray app is judged by how soon its icon is there. Everything else backmove needs (the log,
the planner, the flows, the menus and their translations) takes longer to load than Qt itself
takes to start, and none of it is needed to draw the icon. So the command line shows this icon
first, with backmove's mark and no menu, and builds the rest once the icon has been painted; the
running app then takes the same icon over (`Tray(icon=...)`), adds its menu and shows the
planner's state on it. A click in the moment before that does nothing, as on any tray app
that is still starting.

Where the icon is a window the tray host embeds (the X11 system tray), "painted" is the icon
window's first paint: loading the rest before it would leave an empty square in the panel
for as long as that takes. Where the icon is a D-Bus item the host draws itself (a
StatusNotifierItem on KDE, GNOME with an extension, ...) there is no window to wait for, and the
rest is built at once. If a host never embeds the icon, the rest is built after
`PAINT_WAIT_MS` all the same.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from backmove.ui.icons import tray_icon

PAINT_WAIT_MS = 500
"""How long to wait for the icon's first paint before building the rest regardless."""

_ICON_WINDOW_CLASS = "QSystemTrayIconSys"
"""Qt's class for the icon window an X11 tray host embeds (qsystemtrayicon_x11.cpp)."""


class FirstIcon(QObject):
    """Shows backmove's tray icon now; `painted` once it is on the screen (see the module)."""

    painted = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(tray_icon(None))
        self.icon.setToolTip("backmove")
        self._done = False
        self._give_up = QTimer(self, singleShot=True, interval=PAINT_WAIT_MS)
        self._give_up.timeout.connect(self._finish)
        self.icon.show()
        # The tray host is asked to embed the icon only when Qt's requests reach the display
        # server, which Qt otherwise leaves until its event loop next waits.
        QGuiApplication.sync()
        if self._icon_window() is None:
            QTimer.singleShot(0, self._finish)  # nothing of ours to be painted: a D-Bus item
            return
        qapp = QApplication.instance()
        assert qapp is not None, "the icon needs the application made first"
        qapp.installEventFilter(self)
        self._give_up.start()

    @staticmethod
    def _icon_window() -> QWidget | None:
        for widget in QApplication.topLevelWidgets():
            if widget.metaObject().className() == _ICON_WINDOW_CLASS:
                return widget
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.metaObject().className() == _ICON_WINDOW_CLASS
        ):
            # After this paint is done, not inside it.
            QTimer.singleShot(0, self._finish)
        return False

    def _finish(self) -> None:
        if self._done:
            return
        self._done = True
        self._give_up.stop()
        qapp = QApplication.instance()
        if qapp is not None:
            qapp.removeEventFilter(self)
        self.painted.emit()
