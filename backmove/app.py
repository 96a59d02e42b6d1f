"""The composition root: the one place that knows every part and wires them together.

Everything else receives what it needs (a Clock, Settings, a Database, probes) and knows
nothing of its neighbours. Tests build a `BackmoveApp` with fakes at the named seams only:
the clock, tray availability, the idle/power/screen probes and the notifier.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from backmove import __version__
from backmove.core import settings as settings_mod
from backmove.core.clock import Clock
from backmove.core.messages import Message
from backmove.paths import Paths
from backmove.platform.instance import InstanceServer
from backmove.storage.database import Database
from backmove.storage.errors import StorageError
from backmove.storage.repository import Repository
from backmove.ui.no_tray import NoTrayWindow
from backmove.ui.notice import show_notice
from backmove.ui.tray import Tray
from backmove.wording import describe

log = logging.getLogger(__name__)


class BackmoveApp(QObject):
    """The running app: settings, storage, the tray (or its stand-in window) and IPC."""

    quitting = Signal()

    def __init__(self, qapp: QApplication, paths: Paths, clock: Clock, *,
                 tray_available: Callable[[], bool] | None = None) -> None:
        super().__init__()
        self.qapp = qapp
        self.paths = paths
        self.clock = clock
        self._tray_available = tray_available or QSystemTrayIcon.isSystemTrayAvailable
        self.messages: list[Message] = []
        self.settings = settings_mod.Settings()
        self.settings_read_only = False
        self.tray: Tray | None = None
        self.window: NoTrayWindow | None = None
        self.notices: list[Any] = []
        self.db: Database | None = None
        self.repo: Repository | None = None
        self.server = InstanceServer(paths.instance_key, self)
        self.actions = self._make_actions()

    # --- start and stop -----------------------------------------------------------------

    def start(self) -> bool:
        """Bring the app up. False (and nothing shown) when another instance already runs."""
        if not self.server.listen():
            return False
        self.paths.ensure()
        self._load_settings()
        fatal = self._open_database()
        self._register_commands()
        if fatal is not None:
            # A database we must not touch (newer, foreign, a failed upgrade): say so, run
            # nothing, and quit when the user has read it.
            box = show_notice(self.tr("backmove cannot start"), [describe(fatal)],
                              self.window, error=True)
            box.finished.connect(self.quit)
            self.notices.append(box)
            return True
        if self._tray_available():
            self.tray = Tray(self._menu(), self)
            self.tray.activated.connect(self.show_main)
            self.tray.show()
        else:
            self.window = NoTrayWindow(self._menu())
            self.window.close_requested.connect(self.quit)
            self.window.show()
        if self.messages:
            self._tell([describe(m) for m in self.messages])
        log.info("backmove %s started (%s)", __version__,
                 "tray" if self.tray else "window, no tray")
        return True

    def quit(self) -> None:
        self.quitting.emit()
        self.server.close()
        if self.db is not None:
            self.db.close()
            self.db = None
        if self.tray is not None:
            self.tray.hide()
        self.qapp.quit()

    # --- pieces ---------------------------------------------------------------------------

    def _stamp(self) -> str:
        return self.clock.local().strftime("%Y%m%d-%H%M%S")

    def _load_settings(self) -> None:
        result = settings_mod.load(self.paths.settings_file, self._stamp())
        self.settings = result.settings
        self.settings_read_only = result.read_only
        self.messages.extend(result.messages)
        if not self.paths.settings_file.exists():
            problem = settings_mod.save(self.paths.settings_file, self.settings)
            if problem is not None:
                self.messages.append(problem)

    def _open_database(self) -> Message | None:
        """Open the log; a problem the user must act on before anything runs is returned."""
        try:
            opened = Database.open(self.paths.database, self.clock)
        except StorageError as exc:
            if exc.message.severity == "error" and exc.message.code in {
                    "database_newer", "database_foreign", "migration_failed"}:
                return exc.message
            # Locked, read-only, no space: breaks still run; nothing is saved for now.
            self.messages.append(exc.message)
            return None
        self.db = opened.database
        self.repo = Repository(self.db)
        self.messages.extend(opened.messages)
        self.daily_backup()
        return None

    def daily_backup(self) -> None:
        """Today's copy of the database, seven kept; a failure is logged and told once."""
        if self.db is None:
            return
        from backmove.storage.backup import backup, backup_name

        today = self.clock.local().date()
        if (self.paths.backups_dir / backup_name(today)).exists():
            return
        try:
            backup(self.db, self.paths.backups_dir, today)
        except StorageError as exc:
            log.warning("daily backup failed: %s", exc.message)
            self.messages.append(exc.message)

    def _make_actions(self) -> dict[str, QAction]:
        quit_action = QAction(self.tr("&Quit backmove"), self)
        quit_action.setObjectName("action-quit")
        quit_action.triggered.connect(self.quit)
        return {"quit": quit_action}

    def _menu(self) -> list[QAction | None]:
        return [self.actions["quit"]]

    def _register_commands(self) -> None:
        self.server.handle("show", lambda _req: self.show_main() or {"shown": True})
        self.server.handle("status", lambda _req: self.status())
        self.server.handle("quit", lambda _req: self._quit_soon())

    def _quit_soon(self) -> dict[str, Any]:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self.quit)
        return {"quitting": True}

    def status(self) -> dict[str, Any]:
        return {
            "running": True,
            "version": __version__,
            "tray": self.tray is not None,
            "config_dir": str(self.paths.config_dir),
            "data_dir": str(self.paths.data_dir),
            "database": str(self.paths.database) if self.db else "not open",
        }

    def show_main(self) -> None:
        """What a second launch or a click on the tray icon brings forward."""
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()
        elif self.tray is not None:
            self.tray.icon.showMessage(
                self.tr("backmove is already running"),
                self.tr("Its icon is in your system tray."),
                QSystemTrayIcon.MessageIcon.Information, 5000)

    def _tell(self, lines: list[str], *, error: bool = False) -> None:
        parent = self.window
        self.notices.append(show_notice(self.tr("backmove"), lines, parent, error=error))
