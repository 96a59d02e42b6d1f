"""A row of the settings window: what it is, in words, and what to do about it.

The label and its help sit on the left, one under the other, help smaller and muted; a compact
control (number, switch, drop-down, time, button) sits on the right, and a larger one (working
hours, days off, chips, check boxes) takes the full width beneath. A note below says when a
value is outside the recommended range, or why a value was not applied.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from backmove.ui.kit.widgets import label
from backmove.ui.settings.editors import Editor


def rule() -> QFrame:
    line = QFrame()
    line.setProperty("role", "rule")
    line.setFixedHeight(1)
    return line


class Row(QWidget):
    """Label, help, a control on the right or beneath, and a note that comes and goes."""

    def __init__(
        self, title: str, help_text: str, control: QWidget | None, below: QWidget | None = None
    ) -> None:
        super().__init__()
        self.rule = rule()
        self.title = label(title, "setting", wrap=True)
        self.help = label(help_text, "help", wrap=True)
        self.help.setVisible(bool(help_text))
        self.note = label("", "note", wrap=True)
        self.note.hide()
        for text in (self.title, self.help):
            text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(3)
        words.addWidget(self.title)
        words.addWidget(self.help)

        grid = QGridLayout()
        grid.setContentsMargins(18, 13, 18, 13)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(10)
        grid.addLayout(words, 0, 0)
        if control is not None:
            grid.addWidget(
                control, 0, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        if below is not None:
            grid.addWidget(below, 1, 0, 1, 2)
        grid.addWidget(self.note, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.rule)
        outer.addLayout(grid)

    def matches(self, needle: str) -> bool:
        needle = needle.strip().casefold()
        return not needle or any(needle in t.casefold() for t in self.search_texts())

    def search_texts(self) -> list[str]:
        return [self.title.text(), self.help.text()]

    def show_note(self, text: str, tone: str = "info") -> None:
        self.note.setText(text)
        self.note.setProperty("tone", tone)
        self.note.setAccessibleName(text)
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)
        self.note.setVisible(bool(text))


class SettingRow(Row):
    """A setting from the schema with its editor; a click on its words goes to the editor."""

    def __init__(self, key: str, title: str, help_text: str, editor: Editor) -> None:
        inline = editor.inline
        super().__init__(title, help_text, editor if inline else None, None if inline else editor)
        self.key = key
        self.editor = editor
        self._clicks = _Clicks(editor)
        for text in (self.title, self.help):
            text.installEventFilter(self._clicks)
            text.setCursor(
                Qt.CursorShape.PointingHandCursor if inline else Qt.CursorShape.ArrowCursor
            )

    def search_texts(self) -> list[str]:
        return [*super().search_texts(), self.key]


class _Clicks(QObject):
    def __init__(self, editor: Editor) -> None:
        super().__init__(editor)
        self._editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and self._editor.inline
            and isinstance(watched, QLabel)
        ):
            self._editor.label_clicked()
            return True
        return False
