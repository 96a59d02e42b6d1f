"""One editor per kind of setting, chosen by the schema's `kind`, never by the key.

Every editor shows a value, takes a new one from the user and says so with `edited(settled)`:
settled is True for a click, a pick or Enter (apply now) and False while the user is still
typing or stepping (apply after a pause). Editors never judge a value; the window asks the
schema. Their limits are the schema's allowed range, so a number outside it cannot be typed.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from backmove.core.settings import Spec
from backmove.ui.kit.theme import dress
from backmove.ui.settings.controls import (
    TIME_FORMAT,
    AreaBox,
    Combo,
    Spin,
    Switch,
    TabAnchor,
    TimeField,
    small_button,
)
from backmove.ui.settings.words import (
    area_label,
    choice_label,
    help_of,
    label_of,
    tr,
    with_unit,
)


class Editor(QWidget):
    """Base of every editor: the schema's spec, a value, and `edited(settled)`."""

    edited = Signal(bool)
    inline: ClassVar[bool] = True
    """True: the editor sits beside the setting's label; False: it takes a row beneath."""

    def __init__(self, spec: Spec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.name(self)

    def name(self, widget: QWidget) -> None:
        """Accessible name = the setting's label, description = its help."""
        widget.setAccessibleName(label_of(self.spec))
        widget.setAccessibleDescription(help_of(self.spec))

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show `value` without reporting it as an edit."""
        raise NotImplementedError

    def label_clicked(self) -> None:
        """A click on the setting's label; a switch toggles, everything else takes focus."""
        self.setFocus(Qt.FocusReason.MouseFocusReason)


class IntEditor(Editor):
    def __init__(self, spec: Spec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.spin = Spin(spec)
        self.name(self.spin)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.spin)
        self.setFocusProxy(self.spin)
        self.spin.valueChanged.connect(lambda _v: self.edited.emit(False))
        self.spin.editingFinished.connect(lambda: self.edited.emit(True))

    def value(self) -> int:
        return self.spin.value()

    def set_value(self, value: Any) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(int(value))
        self.spin.blockSignals(False)


class BoolEditor(Editor):
    def __init__(self, spec: Spec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.switch = Switch()
        self.name(self.switch)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.switch)
        self.setFocusProxy(self.switch)
        self.switch.toggled.connect(lambda _on: self.edited.emit(True))

    def value(self) -> bool:
        return self.switch.isChecked()

    def set_value(self, value: Any) -> None:
        self.switch.blockSignals(True)
        self.switch.setChecked(bool(value))
        self.switch.blockSignals(False)
        self.switch.update()

    def label_clicked(self) -> None:
        self.switch.setFocus(Qt.FocusReason.MouseFocusReason)
        self.switch.click()


class ChoiceEditor(Editor):
    def __init__(self, spec: Spec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.combo = Combo()
        self.name(self.combo)
        for choice in spec.choices:
            self.combo.addItem(choice_label(spec.key, choice), choice)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo)
        self.setFocusProxy(self.combo)
        self.combo.currentIndexChanged.connect(lambda _i: self.edited.emit(True))

    def value(self) -> str:
        return str(self.combo.currentData())

    def set_value(self, value: Any) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))
        self.combo.blockSignals(False)


class TimeEditor(Editor):
    def __init__(self, spec: Spec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.field = TimeField()
        self.field.setButtonSymbols(QTimeEdit.ButtonSymbols.UpDownArrows)
        self.field.setMinimumWidth(92)
        self.name(self.field)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field)
        self.setFocusProxy(self.field)
        self.field.timeChanged.connect(lambda _t: self.edited.emit(False))
        self.field.editingFinished.connect(lambda: self.edited.emit(True))

    def value(self) -> str:
        return self.field.time().toString(TIME_FORMAT)

    def set_value(self, value: Any) -> None:
        self.field.blockSignals(True)
        self.field.setTime(QTime.fromString(str(value), TIME_FORMAT))
        self.field.blockSignals(False)


class AreasEditor(Editor):
    """The body areas as check boxes; none ticked means a balanced mix."""

    inline = False
    COLUMNS = 4

    def __init__(self, spec: Spec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.boxes: dict[str, AreaBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        for i, area in enumerate(spec.choices):
            box = AreaBox(area_label(area))
            box.setAccessibleName(area_label(area))
            box.setAccessibleDescription(label_of(spec))
            box.toggled.connect(lambda _on: self.edited.emit(True))
            grid.addWidget(box, i // self.COLUMNS, i % self.COLUMNS)
            self.boxes[area] = box
        for column in range(self.COLUMNS):
            grid.setColumnStretch(column, 1)

    def value(self) -> list[str]:
        return [area for area, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        for area, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(area in value)
            box.blockSignals(False)


class IntListEditor(Editor):
    """A few numbers as chips, each with its remove button, and a field to add one more.

    The list stays sorted, without repeats, and never empty (the schema needs at least one);
    the field's limits are the allowed range, so it cannot take a number the schema refuses.
    """

    inline = False

    def __init__(self, spec: Spec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self._values: list[int] = []
        self.chips: dict[int, QFrame] = {}
        self._removers: list[QToolButton] = []
        self._anchor = TabAnchor(self)
        self._chip_row = QHBoxLayout()
        self._chip_row.setSpacing(6)
        self.new_value = Spin(spec)
        self.new_value.setAccessibleName(tr("New value for {label}").format(label=label_of(spec)))
        self.new_value.setAccessibleDescription(help_of(spec))
        self.add_button = small_button(
            tr("+ Add"), tr("Add to {label}").format(label=label_of(spec)), "add"
        )
        self.add_button.clicked.connect(self._add)
        self.new_value.valueChanged.connect(lambda _v: self._sync_adder())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        row.addLayout(self._chip_row)
        row.addSpacing(8)
        row.addWidget(self.new_value)
        row.addWidget(self.add_button)
        row.addStretch(1)

    def value(self) -> list[int]:
        return list(self._values)

    def set_value(self, value: Any) -> None:
        self._values = sorted({int(v) for v in value})
        self._rebuild()
        self.new_value.setValue(self._suggestion())

    def _suggestion(self) -> int:
        """A value to offer for adding: the first round one in the recommended range that is
        not in the list yet."""
        spec = self.spec
        lo = int(spec.rec_lo if spec.rec_lo is not None else self.new_value.minimum())
        hi = int(spec.rec_hi if spec.rec_hi is not None else self.new_value.maximum())
        step = 5 if hi - lo >= 10 else 1
        start = (lo + step - 1) // step * step
        free = [n for n in range(start, hi + 1, step) if n not in self._values]
        return free[0] if free else self.new_value.value()

    def _rebuild(self) -> None:
        for chip in self.chips.values():
            chip.hide()
            chip.deleteLater()
        self.chips = {}
        self._removers = []
        alone = len(self._values) <= 1
        for n in self._values:
            chip = QFrame()
            chip.setProperty("role", "chip")
            shown = with_unit(self.spec.key, n)
            text = QLabel(shown)
            text.setAccessibleName(shown)
            remove = small_button("×", tr("Remove {value}").format(value=shown), "remove")
            remove.setEnabled(not alone)
            remove.clicked.connect(lambda _c=False, n=n: self._remove(n))
            layout = QHBoxLayout(chip)
            layout.setContentsMargins(12, 2, 2, 2)
            layout.setSpacing(4)
            layout.addWidget(text)
            layout.addWidget(remove)
            self._chip_row.addWidget(chip)
            dress(chip, self.palette())
            self.chips[n] = chip
            self._removers.append(remove)
        self._anchor.chain([*self._removers, self.new_value, self.add_button])
        self._sync_adder()

    def _sync_adder(self) -> None:
        full = self.spec.max_items is not None and len(self._values) >= self.spec.max_items
        self.add_button.setEnabled(not full and self.new_value.value() not in self._values)
        self.new_value.setEnabled(not full)

    def _add(self) -> None:
        self._values = sorted({*self._values, self.new_value.value()})
        self.new_value.setFocus(Qt.FocusReason.OtherFocusReason)
        self._rebuild()
        self.edited.emit(True)

    def _remove(self, n: int) -> None:
        if len(self._values) <= 1:
            return
        after = [v for v in self._values if v != n]
        self.new_value.setFocus(Qt.FocusReason.OtherFocusReason)
        self._values = after
        self._rebuild()
        self.edited.emit(True)


class TextEditor(Editor):
    """A short text (a computer's name): applied when the user presses Enter or leaves it."""

    def __init__(self, spec: Spec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.field = QLineEdit()
        if spec.hi is not None:
            self.field.setMaxLength(int(spec.hi))
        self.field.setMinimumWidth(200)
        self.name(self.field)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field)
        self.setFocusProxy(self.field)
        self.field.textEdited.connect(lambda _t: self.edited.emit(False))
        self.field.editingFinished.connect(lambda: self.edited.emit(True))

    def value(self) -> str:
        return self.field.text().strip()

    def set_value(self, value: Any) -> None:
        self.field.blockSignals(True)
        self.field.setText(str(value))
        self.field.blockSignals(False)


class FolderEditor(TextEditor):
    """A folder: typed, or picked with the desktop's folder dialog; empty for none."""

    inline = False

    def __init__(self, spec: Spec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.field.setPlaceholderText(tr("No folder: this computer works alone"))
        self.choose = small_button(tr("Choose…"), tr("Choose the sync folder"))
        self.choose.clicked.connect(self._choose)
        self.clear = small_button(tr("Clear"), tr("Work alone: no sync folder"))
        self.clear.clicked.connect(lambda: self._set(""))
        row = self.layout()
        assert isinstance(row, QHBoxLayout)
        row.addWidget(self.choose)
        row.addWidget(self.clear)

    def _choose(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen = QFileDialog.getExistingDirectory(
            self, tr("Choose the sync folder"), self.field.text() or ""
        )
        if chosen:
            self._set(chosen)

    def _set(self, text: str) -> None:
        self.field.setText(text)
        self.edited.emit(True)
