"""Days off: a list of dates with no breaks, added one day or one holiday at a time.

A holiday is usually several days, so the picker takes a first and a last day and adds every
day between them. The list shows dates in the user's own format and stores them as
YYYY-MM-DD, sorted, without repeats.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backmove.core.settings import Spec
from backmove.ui.kit.widgets import label
from backmove.ui.settings.controls import DateField, small_button
from backmove.ui.settings.editors import Editor
from backmove.ui.settings.words import help_of, label_of, tr

ROWS_SHOWN = 5


def _day(day: QDate) -> date:
    """The QDate as a date; QDate.toPython() gives the same, but is typed as any object."""
    return date(day.year(), day.month(), day.day())


class _DayList(QListWidget):
    """The list of days off; Delete or Backspace removes the selected ones."""

    def __init__(self, on_delete: Callable[[], None]) -> None:
        super().__init__()
        self._on_delete = on_delete

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) or event.matches(
            QKeySequence.StandardKey.Delete
        ):
            self._on_delete()
        else:
            super().keyPressEvent(event)


class DatesEditor(Editor):
    inline = False

    def __init__(self, spec: Spec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self._days: list[str] = []
        self.list = _DayList(self.remove_selected)
        self.list.setObjectName("days")
        self.name(self.list)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.empty = label(tr("No days off yet."), "muted")

        self.first = DateField()
        self.first.setAccessibleName(tr("First day off to add"))
        self.first.setAccessibleDescription(help_of(spec))
        self.last = DateField()
        self.last.setAccessibleName(tr("Last day off to add"))
        self.last.setAccessibleDescription(tr("The same as the first day to add one day."))
        self.add_button = small_button(tr("+ Add"), tr("Add these days off"), "add")
        self.remove_button = small_button(tr("Remove selected"), tr("Remove the selected days off"))

        self.first.dateChanged.connect(self._first_changed)
        self.last.dateChanged.connect(lambda _d: self._sync())
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._sync)

        picker = QHBoxLayout()
        picker.setSpacing(8)
        picker.addWidget(label(tr("From"), "muted"))
        picker.addWidget(self.first)
        picker.addWidget(label(tr("to"), "muted"))
        picker.addWidget(self.last)
        picker.addWidget(self.add_button)
        picker.addStretch(1)
        picker.addWidget(self.remove_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.list)
        column.addWidget(self.empty)
        column.addLayout(picker)

    def set_today(self, today: date) -> None:
        """Start the picker at `today` (the window's clock says which day that is)."""
        q = QDate(today.year, today.month, today.day)
        self.first.setDate(q)
        self.last.setDate(q)

    def value(self) -> list[str]:
        return list(self._days)

    def set_value(self, value: Any) -> None:
        self._days = sorted(set(value))
        self.list.clear()
        for iso in self._days:
            day = date.fromisoformat(iso)
            shown = self.locale().toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
            )
            item = QListWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, iso)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, shown)
            self.list.addItem(item)
        rows = max(1, min(ROWS_SHOWN, len(self._days)))
        self.list.setFixedHeight(rows * (self.list.fontMetrics().height() + 8) + 8)
        self.list.setVisible(bool(self._days))
        self.empty.setVisible(not self._days)
        self._sync()

    def _span(self) -> list[str]:
        first, last = _day(self.first.date()), _day(self.last.date())
        count = (last - first).days + 1
        return [(first + timedelta(days=n)).isoformat() for n in range(max(0, count))]

    def _first_changed(self, day: QDate) -> None:
        self.last.setMinimumDate(day)
        self._sync()

    def _sync(self) -> None:
        fresh = set(self._span()) - set(self._days)
        room = self.spec.max_items is None or len(self._days) + len(fresh) <= self.spec.max_items
        self.add_button.setEnabled(bool(fresh) and room)
        self.add_button.setToolTip(
            ""
            if room
            else tr("{label} holds at most %n days.", self.spec.max_items or 0).format(
                label=label_of(self.spec)
            )
        )
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def _add(self) -> None:
        self.set_value([*self._days, *self._span()])
        self.edited.emit(True)

    def remove_selected(self) -> None:
        chosen = {item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()}
        if not chosen:
            return
        row = self.list.currentRow()
        self.set_value([d for d in self._days if d not in chosen])
        if self._days:
            self.list.setCurrentRow(min(row, len(self._days) - 1))
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit(True)
