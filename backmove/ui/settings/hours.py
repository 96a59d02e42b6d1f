"""Working hours: for each weekday, none, one or several HH:MM–HH:MM ranges.

A day without ranges is a day off ("No breaks"). An end of 00:00 means midnight at the end of
the day (the schema's 24:00), since a range cannot end before it starts. Overlapping or empty
ranges are shown as they are typed and refused by the window, which names the range.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from backmove.core.settings import WEEKDAYS, Spec
from backmove.ui.kit.theme import dress
from backmove.ui.kit.widgets import label
from backmove.ui.settings.controls import TIME_FORMAT, TabAnchor, TimeField, small_button
from backmove.ui.settings.editors import Editor
from backmove.ui.settings.words import tr, weekday_name

MIDNIGHT = QTime(0, 0)
FIRST_RANGE = ("09:00", "17:30")


def _minutes(t: QTime) -> int:
    return t.hour() * 60 + t.minute()


def _time(minutes: int) -> QTime:
    return MIDNIGHT if minutes >= 24 * 60 else QTime(minutes // 60, minutes % 60)


class RangeRow(QWidget):
    """Start – end, and a button to remove the range."""

    def __init__(self, day: str, n: int, start: str, end: str) -> None:
        super().__init__()
        name = weekday_name(day)
        self.start = TimeField()
        self.start.setTime(QTime.fromString(start, TIME_FORMAT))
        self.start.setAccessibleName(tr("{day}, start of range {n}").format(day=name, n=n))
        self.end = TimeField()
        self.end.setTime(MIDNIGHT if end == "24:00" else QTime.fromString(end, TIME_FORMAT))
        self.end.setAccessibleName(tr("{day}, end of range {n}").format(day=name, n=n))
        self.end.setToolTip(tr("00:00 here means midnight, the end of the day."))
        self.remove = small_button(
            "×", tr("Remove range {n} on {day}").format(n=n, day=name), "remove"
        )
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.start)
        row.addWidget(label("–", "muted"))
        row.addWidget(self.end)
        row.addWidget(self.remove)

    def text(self) -> str:
        end = self.end.time()
        end_text = "24:00" if end == MIDNIGHT else end.toString(TIME_FORMAT)
        return f"{self.start.time().toString(TIME_FORMAT)}-{end_text}"

    def end_minutes(self) -> int:
        end = self.end.time()
        return 24 * 60 if end == MIDNIGHT else _minutes(end)


class DayHours(QWidget):
    """One weekday's ranges, one under the other, with "Add" after the last."""

    def __init__(self, day: str, editor: HoursEditor) -> None:
        super().__init__()
        self.day = day
        self._editor = editor
        self.rows: list[RangeRow] = []
        self._anchor = TabAnchor(self)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(6)
        self.off = label(tr("No breaks"), "muted")
        self.add_button = small_button(
            tr("+ Add"), tr("Add working hours on {day}").format(day=weekday_name(day)), "add"
        )
        self.add_button.clicked.connect(self._add)
        self.set_value([])

    def value(self) -> list[str]:
        return [row.text() for row in self.rows]

    def set_value(self, ranges: list[str]) -> None:
        for row in self.rows:
            row.hide()
            row.deleteLater()
        while self._column.count():
            self._column.takeAt(0)
        self.rows = []
        for n, text in enumerate(ranges, start=1):
            start, end = text.split("-")
            row = RangeRow(self.day, n, start, end)
            row.start.timeChanged.connect(lambda _t: self._editor.edited.emit(False))
            row.end.timeChanged.connect(lambda _t: self._sync_add())
            row.end.timeChanged.connect(lambda _t: self._editor.edited.emit(False))
            for field in (row.start, row.end):
                field.editingFinished.connect(lambda: self._editor.edited.emit(True))
            row.remove.clicked.connect(lambda _c=False, row=row: self._remove(row))
            dress(row, self.palette())
            self.rows.append(row)
        tail = QHBoxLayout()
        tail.setContentsMargins(0, 0, 0, 0)
        tail.setSpacing(8)
        if self.rows:
            for row in self.rows[:-1]:
                self._column.addWidget(row)
            tail.addWidget(self.rows[-1])
        else:
            tail.addWidget(self.off)
        self.off.setVisible(not self.rows)
        tail.addSpacing(4)
        tail.addWidget(self.add_button)
        tail.addStretch(1)
        self._column.addLayout(tail)
        self._anchor.chain(
            [*(w for row in self.rows for w in (row.start, row.end, row.remove)), self.add_button]
        )
        self._sync_add()

    def _sync_add(self) -> None:
        last_end = self.rows[-1].end_minutes() if self.rows else 0
        self.add_button.setEnabled(last_end <= 23 * 60)

    def _add(self) -> None:
        if not self.rows:
            ranges = ["-".join(FIRST_RANGE)]
        else:
            start = self.rows[-1].end_minutes() + 30
            end = min(start + 4 * 60, 24 * 60)
            ranges = [
                *self.value(),
                f"{_time(start).toString(TIME_FORMAT)}-"
                f"{'24:00' if end == 24 * 60 else _time(end).toString(TIME_FORMAT)}",
            ]
        self.set_value(ranges)
        self.rows[-1].start.setFocus(Qt.FocusReason.OtherFocusReason)
        self._editor.edited.emit(True)

    def _remove(self, row: RangeRow) -> None:
        ranges = [r.text() for r in self.rows if r is not row]
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.set_value(ranges)
        self._editor.edited.emit(True)


class HoursEditor(Editor):
    inline = False

    def __init__(self, spec: Spec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        self.days: dict[str, DayHours] = {}
        for i, day in enumerate(WEEKDAYS):
            name = label(weekday_name(day), "day")
            name.setMinimumHeight(30)
            name.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
            hours = DayHours(day, self)
            grid.addWidget(name, i, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(hours, i, 1)
            self.days[day] = hours
        grid.setColumnStretch(1, 1)

    def value(self) -> dict[str, list[str]]:
        return {day: hours.value() for day, hours in self.days.items()}

    def set_value(self, value: Any) -> None:
        for day, hours in self.days.items():
            if hours.value() != list(value.get(day, [])):
                hours.set_value(list(value.get(day, [])))
