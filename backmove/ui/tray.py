"""The tray icon, its menu, and the status it shows. It forwards clicks; it decides nothing."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from backmove.core.clock import Clock
from backmove.core.planner import State, Status
from backmove.ui.icons import tray_icon
from backmove.ui.menu import AppMenu
from backmove.ui.wording import status_words

if TYPE_CHECKING:
    from backmove.ui.no_tray import NoTrayWindow


class Tray(QObject):
    """A QSystemTrayIcon whose menu holds the app's actions, in the order given."""

    activated = Signal()

    def __init__(
        self,
        actions: list[QAction | None],
        parent: QObject | None = None,
        *,
        icon: QSystemTrayIcon | None = None,
    ) -> None:
        """`icon` is one already shown (ui/first_icon.py): it is taken over, not made anew."""
        super().__init__(parent)
        self.menu = QMenu()
        for action in actions:
            if action is None:
                self.menu.addSeparator()
            elif isinstance(submenu := action.menu(), QMenu):  # typed as any QObject
                self.menu.addMenu(submenu)
            else:
                self.menu.addAction(action)
        if icon is None:
            icon = QSystemTrayIcon(tray_icon(None))
        icon.setParent(self)
        self.icon = icon
        self.icon.setContextMenu(self.menu)
        self.icon.setToolTip("backmove")
        self.icon.activated.connect(self._on_activated)

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def say(self, title: str, body: str, ms: int = 5000) -> None:
        """A balloon from the icon, for hosts that show them."""
        self.icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, ms)

    def set_state(
        self, tooltip: str, progress: float | None, *, paused: bool = False, due: bool = False
    ) -> None:
        self.icon.setToolTip(tooltip)
        self.icon.setIcon(tray_icon(progress, paused=paused, due=due))

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.activated.emit()


class StatusDisplay:
    """Shows the planner's status where the user looks for it: the tray icon's ring and
    tooltip (or the no-tray window's line) and the menu's enabled commands.

    It redraws only when what the user sees changes, and the ring alone at most once a
    minute, so a counting tray costs next to nothing while the user works."""

    def __init__(
        self,
        menu: AppMenu,
        clock: Clock,
        *,
        tray: Tray | None = None,
        window: NoTrayWindow | None = None,
        idle_known: Callable[[], bool] = lambda: True,
    ) -> None:
        self._menu = menu
        self._clock = clock
        self._tray = tray
        self._window = window
        self._idle_known = idle_known
        self._look: tuple[str, bool, bool, int | None] | None = None
        self._drawn_at = -math.inf

    def forget(self) -> None:
        """Redraw at the next status, whatever it is (after a settings change)."""
        self._look = None

    def show(self, st: Status) -> None:
        paused = st.paused or st.state is State.OFF_HOURS
        due = st.state in (State.PROMPTED, State.IN_BREAK)
        progress = None if paused else min(1.0, st.active_s / max(st.interval_s, 1.0))
        text = status_words(st, self._clock, idle_known=self._idle_known())
        step = None if progress is None else round(progress * 24)
        if (
            self._look is not None
            and self._look[:3] == (text, paused, due)
            and self._clock.monotonic() - self._drawn_at < 60
        ):
            step = self._look[3]  # the ring moves once a minute
        look = (text, paused, due, step)
        self._menu.follow(st)
        if look == self._look:
            return
        self._look = look
        self._drawn_at = self._clock.monotonic()
        self._menu.show_summary(text)
        if self._tray is not None:
            self._tray.set_state(text, progress, paused=paused, due=due)
        if self._window is not None:
            self._window.set_status(text)


class TrayNotifier:
    """A notifier that shows the tray icon's balloon, where the tray host can."""

    name = "tray"

    def __init__(self, tray: Callable[[], Tray | None]) -> None:
        self._tray = tray

    def available(self) -> bool:
        return self._tray() is not None and QSystemTrayIcon.supportsMessages()

    def notify(self, title: str, body: str) -> None:
        tray = self._tray()
        if tray is not None:
            tray.say(title, body, 8000)


class StatusPlace(QObject):
    """Where backmove shows itself: the tray icon, or a small window where there is no tray.

    A click on the icon, or a second launch, brings the dashboard forward (`show_requested`
    is the composition root's to connect); the window's close button quits."""

    show_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        menu: AppMenu,
        clock: Clock,
        *,
        use_tray: bool,
        idle_known: Callable[[], bool],
        icon: QSystemTrayIcon | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`icon` is the tray icon already shown, if one is (ui/first_icon.py)."""
        super().__init__(parent)
        self.tray: Tray | None = None
        self.window: NoTrayWindow | None = None
        if use_tray:
            self.tray = Tray(menu.tray_entries(), self, icon=icon)
            self.tray.activated.connect(self.show_requested)
            self.tray.show()
        else:
            if icon is not None:  # the tray went away while backmove was starting
                icon.hide()
                icon.deleteLater()
            from backmove.ui.no_tray import NoTrayWindow

            self.window = NoTrayWindow(menu.entries())
            self.window.close_requested.connect(self.quit_requested)
            self.window.show()
            menu.dialog_parent = self.window
        self.display = StatusDisplay(
            menu, clock, tray=self.tray, window=self.window, idle_known=idle_known
        )

    def bring_forward(self, *, log_open: bool) -> None:
        """The window (if any) to the front; with no log to show, the tray says it is here."""
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()
        if not log_open and self.tray is not None:
            self.tray.say(
                self.tr("backmove is already running"), self.tr("Its icon is in your system tray.")
            )

    def hide(self) -> None:
        if self.tray is not None:
            self.tray.hide()
