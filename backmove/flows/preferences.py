"""The settings window and what its buttons do to the user's data.

The window only edits and asks; this saves each change at once, hands it to the app (which
re-plans), and carries out export, backup, restore and "delete all my data". Every outcome,
good or bad, is told in a sentence; nothing is lost on the way: a restore keeps the current
log aside, and deleting only ever follows the window's two-step confirmation.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from backmove.core import settings as settings_mod
from backmove.core.clock import Clock
from backmove.core.messages import Message
from backmove.core.settings import Settings
from backmove.paths import Paths
from backmove.services.store import Store
from backmove.storage.database import Database
from backmove.storage.errors import StorageError
from backmove.ui.notice import Notices
from backmove.ui.wording import describe

if TYPE_CHECKING:
    from backmove.ui.settings import SettingsWindow

log = logging.getLogger(__name__)


class Preferences(QObject):
    """Opens the settings window once and acts on what it asks for."""

    restart_requested = Signal()
    """The user asked to restart backmove now (to use the language just chosen); the change is
    saved by then. Quitting and starting again is the app's to do."""
    applied = Signal(object)
    """New settings, saved: the app applies them (the planner re-plans, the jobs follow)."""
    log_replaced = Signal()
    """The log was restored or deleted and opened afresh: whatever read the old one reads
    the new one."""
    own_interval_requested = Signal()
    """The user wants their own interval back, without the back-off's lengthening."""

    def __init__(
        self,
        paths: Paths,
        clock: Clock,
        store: Store,
        notices: Notices,
        settings: Callable[[], Settings],
        parent: QObject | None = None,
        *,
        set_autostart: Callable[[bool], Message | None] = lambda _on: None,
        read_only: Callable[[], bool] = lambda: False,
    ) -> None:
        """`set_autostart` turns start-at-login on or off and returns a problem, if any;
        `read_only` says the settings file came from a newer backmove and is not written."""
        super().__init__(parent)
        self._paths = paths
        self._clock = clock
        self._settings = settings
        self._apply: Callable[[Settings], None] = self.applied.emit
        self._store = store
        self._database: Callable[[], Database | None] = lambda: store.db
        self._close_database = store.close
        self._tell: Callable[[list[str], bool], object] = lambda lines, error: notices.tell(
            lines, error=error
        )
        self._read_only = read_only
        self._set_autostart = set_autostart
        self.adjust_card: QWidget | None = None
        self.window: SettingsWindow | None = None

    def open(self) -> None:
        from backmove.ui.settings import SettingsWindow

        if self.window is None:
            s = self._settings()
            window = SettingsWindow(s, theme=s["theme"], clock=self._clock)
            window.set_data_folder(self._paths.data_dir)
            window.settings_changed.connect(self.changed)
            window.export_requested.connect(self.export)
            window.backup_requested.connect(self.backup_now)
            window.restore_requested.connect(self.restore)
            window.delete_all_requested.connect(self.delete_all)
            window.restart_requested.connect(self.restart_requested)
            window.open_data_folder_requested.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._paths.data_dir)))
            )
            self.window = window
        else:
            self.window.set_settings(self._settings())
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _reopened(self) -> None:
        self._store.reopen()
        self.log_replaced.emit()

    def offer_interval(self, spaced: int) -> None:
        """Breaks keep being skipped or left: ask, once, which interval the user wants. Taking
        the longer one makes it the setting; going back ends the back-off."""
        from backmove.ui.adjust import AdjustCard

        s = self._settings()
        card = AdjustCard(spaced, s["interval_min"], theme=s["theme"])
        card.keep_spaced.connect(lambda n: self.changed(self._settings().replace(interval_min=n)))
        card.keep_own.connect(self.own_interval_requested.emit)
        card.settings_requested.connect(self.open)
        self.adjust_card = card
        card.present()

    def close(self) -> None:
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()
            self.window = None

    # --- settings ---------------------------------------------------------------------------

    def changed(self, new: Settings) -> None:
        """Save at once and apply; autostart is carried out here, where the file is."""
        old = self._settings()
        if self._read_only():
            self._tell(
                [
                    self.tr(
                        "Your settings file was written by a newer backmove, so this "
                        "one does not change it. The change applies until backmove "
                        "quits."
                    )
                ],
                False,
            )
        else:
            problem = settings_mod.save(self._paths.settings_file, new)
            if problem is not None:
                self._tell([describe(problem)], True)
        if new["autostart"] != old["autostart"]:
            message = self._set_autostart(new["autostart"])
            if message is not None:
                self._tell([describe(message)], True)
        self._apply(new)

    # --- data ---------------------------------------------------------------------------------

    def _parent(self) -> QWidget | None:
        return self.window

    def export(self) -> None:
        from backmove.storage.transfer import export_data

        db = self._database()
        if db is None:
            self._tell([self.tr("There is no open database to export.")], True)
            return
        folder = QFileDialog.getExistingDirectory(
            self._parent(), self.tr("Export backmove's data to")
        )
        if not folder:
            return
        try:
            summary = export_data(db, Path(folder), "csv")
        except (StorageError, OSError) as exc:
            self._tell([self._failure(exc)], True)
            return
        self._tell(
            [
                self.tr("Exported {rows} rows in {files} CSV files to {folder}.").format(
                    rows=sum(summary.rows.values()), files=len(summary.rows), folder=summary.folder
                )
            ],
            False,
        )

    def backup_now(self) -> None:
        from backmove.storage.backup import backup

        db = self._database()
        if db is None:
            self._tell([self.tr("There is no open database to back up.")], True)
            return
        try:
            path = backup(
                db, self._paths.backups_dir, self._clock.local().date(), now=self._clock.wall()
            )
        except StorageError as exc:
            self._tell([describe(exc.message)], True)
            return
        self._tell([self.tr("Backed up to {path}.").format(path=path)], False)

    def restore(self) -> None:
        from backmove.storage.backup import restore

        file, _ = QFileDialog.getOpenFileName(
            self._parent(),
            self.tr("Restore a backup"),
            str(self._paths.backups_dir),
            self.tr("backmove backups (*.db)"),
        )
        if not file:
            return
        self._close_database()
        try:
            self._tell([describe(restore(self._paths.database, Path(file), self._clock))], False)
        except StorageError as exc:
            self._tell([describe(exc.message)], True)
        finally:
            self._reopened()

    def delete_all(self) -> None:
        """Everything backmove logged goes: the database, its backups and the log file.
        Settings and the user's own moves stay; the safety check is asked again."""
        self._close_database()
        failed: list[str] = []
        db = self._paths.database
        targets = [
            db,
            db.with_name(db.name + "-wal"),
            db.with_name(db.name + "-shm"),
            self._paths.log_file,
        ]
        for path in targets:
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:
                failed.append(f"{path} ({exc.strerror})")
        try:
            shutil.rmtree(self._paths.backups_dir, ignore_errors=False)
        except FileNotFoundError:
            pass
        except OSError as exc:
            failed.append(f"{self._paths.backups_dir} ({exc.strerror})")
        self._reopened()
        if failed:
            self._tell(
                [
                    self.tr(
                        "Some of your data could not be deleted: {files}. Delete them by hand."
                    ).format(files=", ".join(failed))
                ],
                True,
            )
        else:
            self._tell(
                [
                    self.tr(
                        "All your breaks, ratings, check-ins and safety answers are "
                        "deleted, with the backups and the log. Your settings are "
                        "kept."
                    )
                ],
                False,
            )

    def _failure(self, exc: Exception) -> str:
        if isinstance(exc, StorageError):
            return describe(exc.message)
        return self.tr("That did not work: {detail}.").format(detail=exc)
