"""The break window: what to do now, and how long is left.

This is the plain version: the break's name, a countdown, Done and Skip. Keyboard shortcuts
act only once the window has focus (Enter for Done, Esc for Skip), so a stray keystroke from
the work the user just left never ends a break.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def _mmss(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


class BreakWindow(QWidget):
    done_clicked = Signal()
    skip_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("break-window")
        self.setWindowTitle(self.tr("backmove: break"))
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = QLabel()
        big = self.countdown.font()
        big.setPointSizeF(big.pointSizeF() * 3)
        self.countdown.setFont(big)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAccessibleName(self.tr("Time left"))

        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.done_clicked)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.clicked.connect(self.skip_clicked)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.skip_button)
        row.addWidget(self.done_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.countdown, 1)
        layout.addLayout(row)
        self.setMinimumSize(420, 280)

        QShortcut(QKeySequence(Qt.Key.Key_Return), self, self.done_clicked.emit)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self, self.done_clicked.emit)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.skip_clicked.emit)

        self._left = 0
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count)

    def begin(self, title: str, hint: str, seconds: int) -> None:
        self.title.setText(title)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self._left = seconds
        self.countdown.setText(_mmss(seconds))
        self.show()
        self.raise_()
        self.activateWindow()
        self._tick.start()

    def end(self) -> None:
        self._tick.stop()
        self.hide()

    def _count(self) -> None:
        self._left = max(0, self._left - 1)
        self.countdown.setText(_mmss(self._left))
        if self._left == 0:
            self._tick.stop()
            self.countdown.setText(self.tr("Well done"))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible() and self._tick.isActive():
            self.skip_clicked.emit()
        event.accept()
