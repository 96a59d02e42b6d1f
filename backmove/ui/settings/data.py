"""The "Your data" part of the General page: where the data is, and what can be done with it.

Every button only asks (a signal); the app does the work and says how it went. Deleting is
two steps inside the window: the first click opens a panel that says exactly what goes and
that it cannot be undone, with Cancel first; only its second button asks for the deletion.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backmove.ui.kit.widgets import button, label
from backmove.ui.settings.controls import Field
from backmove.ui.settings.rows import Row
from backmove.ui.settings.words import tr


class DeletePanel(QFrame):
    """The second step of "Delete all data": what goes, that it is final, Cancel or Delete."""

    confirmed = Signal()
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("role", "confirm")
        self.text = label("", "warning", wrap=True)
        self.cancel_button = button(tr("Cancel"), tr("Cancel: keep all data"))
        self.confirm_button = button(
            tr("Delete all my data"),
            tr("Delete all my data now; this cannot be undone"),
            kind="danger-solid",
        )
        for b in (self.cancel_button, self.confirm_button):
            b.setAutoDefault(True)  # Enter presses the focused button, as Space does
        self.cancel_button.clicked.connect(self.cancelled.emit)
        self.confirm_button.clicked.connect(self.confirmed.emit)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 12, 14, 12)
        column.setSpacing(12)
        column.addWidget(self.text)
        column.addLayout(buttons)
        self.set_folder("")

    def set_folder(self, folder: str) -> None:
        where = tr(" in {folder}").format(folder=folder) if folder else ""
        self.text.setText(
            tr(
                "This deletes everything backmove has recorded{where}: every break, every rating "
                "of your back, your verdicts on moves, the weekly check-ins, your answers to the "
                "safety check and the app's event log, the daily backups and the log file. Your "
                "settings and your own moves are kept.\n\nThis cannot be undone. Export your data "
                "first if you may want it later."
            ).format(where=where)
        )
        self.text.setAccessibleName(self.text.text())
        self.confirm_button.setAccessibleDescription(self.text.text())


class DataSection(QWidget):
    """The data folder, export, back up, restore and delete, as rows like the settings."""

    export_requested = Signal()
    backup_requested = Signal()
    restore_requested = Signal()
    delete_all_requested = Signal()
    open_data_folder_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.folder = Field()
        self.folder.setObjectName("data-folder")
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(tr("Data folder"))
        self.folder.setAccessibleDescription(tr("Where backmove keeps your history."))
        self.folder.setMinimumWidth(260)
        self.open_button = button(tr("Open"), tr("Open the data folder"))
        self.export_button = button(tr("Export…"), tr("Export your data"))
        self.backup_button = button(tr("Back up now"), tr("Back up now"))
        self.restore_button = button(tr("Restore…"), tr("Restore from a backup"))
        self.delete_button = button(tr("Delete all data…"), tr("Delete all data"), kind="danger")
        self.panel = DeletePanel()
        self.panel.hide()

        folder_row = QHBoxLayout()
        folder_row.setSpacing(8)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.open_button)
        folder_box = QWidget()
        folder_box.setLayout(folder_row)
        folder_row.setContentsMargins(0, 0, 0, 0)

        self.rows = [
            Row(
                tr("Data folder"),
                tr(
                    "Your history: the breaks, ratings and check-ins, the "
                    "daily backups and the log. Nothing leaves your "
                    "computer."
                ),
                None,
                folder_box,
            ),
            Row(
                tr("Export your data"),
                tr(
                    "Save everything backmove has recorded as CSV or "
                    "JSON files, one per table, in a folder you choose. "
                    "They can be imported again later."
                ),
                self.export_button,
            ),
            Row(
                tr("Back up now"),
                tr(
                    "Copy the database into the backups folder now. "
                    "backmove also does this every day and keeps the last "
                    "seven."
                ),
                self.backup_button,
            ),
            Row(
                tr("Restore from a backup"),
                tr(
                    "Go back to one of your backups. What you have "
                    "now is kept aside first, not deleted."
                ),
                self.restore_button,
            ),
            Row(
                tr("Delete all data"),
                tr("Remove your history from this computer. You will be asked to confirm."),
                self.delete_button,
                self.panel,
            ),
        ]
        for b in (
            self.open_button,
            self.export_button,
            self.backup_button,
            self.restore_button,
            self.delete_button,
        ):
            b.setAutoDefault(True)
        self.open_button.clicked.connect(self.open_data_folder_requested.emit)
        self.export_button.clicked.connect(self.export_requested.emit)
        self.backup_button.clicked.connect(self.backup_requested.emit)
        self.restore_button.clicked.connect(self.restore_requested.emit)
        self.delete_button.clicked.connect(self.ask_to_delete)
        self.panel.cancelled.connect(self.cancel_delete)
        self.panel.confirmed.connect(self._delete)

    def set_data_folder(self, path: str | Path) -> None:
        self.folder.setText(str(path))
        self.folder.setCursorPosition(0)
        self.folder.setToolTip(str(path))
        self.panel.set_folder(str(path))

    def ask_to_delete(self) -> None:
        self.panel.show()
        self.delete_button.setEnabled(False)
        self.panel.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._reveal_panel()

    def _reveal_panel(self) -> None:
        """Lay the panel out now and scroll it into view: it opens at the foot of the page,
        and its words and buttons would otherwise sit below the window's edge, out of sight."""
        scroll = self.panel.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if scroll is None:
            return
        # Layouts settle through posted requests, one nesting level a round, the scroll
        # area's range last; settle them all, so the scroll is to where the buttons are.
        bar = scroll.verticalScrollBar()
        for _ in range(16):
            before = (self.panel.confirm_button.geometry(), bar.maximum())
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            if (self.panel.confirm_button.geometry(), bar.maximum()) == before:
                break
        scroll.ensureWidgetVisible(self.panel, 0, 12)

    def cancel_delete(self) -> None:
        was_open = self.panel.isVisible()
        self.panel.hide()
        self.delete_button.setEnabled(True)
        if was_open:
            self.delete_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _delete(self) -> None:
        self.cancel_delete()
        self.delete_all_requested.emit()
