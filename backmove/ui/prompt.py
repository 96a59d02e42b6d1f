"""The break prompt: a small card on the primary screen that never steals focus.

It says what the break is and offers Start, Snooze and Skip. Typing goes on into whatever the
user was doing; a click on the card acts. When nobody answers, the app closes it quietly after
the break's length (the planner records that as `expired`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class PromptWindow(QFrame):
    start_clicked = Signal()
    snooze_clicked = Signal(int)
    skip_clicked = Signal()

    def __init__(self, snooze_options_min: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("prompt")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowTitle(self.tr("backmove: time to move"))
        self.setAccessibleName(self.tr("Break prompt"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#prompt { border: 1px solid palette(mid); border-left: 6px solid #1f9e89;"
            " border-radius: 8px; background: palette(window); }")

        self.heading = QLabel(self.tr("Time to move"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.what = QLabel()
        self.what.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)

        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setDefault(True)
        self.start_button.setAccessibleName(self.tr("Start the break"))
        self.start_button.clicked.connect(self.start_clicked)

        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setAccessibleName(self.tr("Snooze the break"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_menu = QMenu(self.snooze_button)
        self.snooze_button.setMenu(self.snooze_menu)
        self.set_snooze_options(snooze_options_min)

        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setAccessibleName(self.tr("Skip this break"))
        self.skip_button.clicked.connect(self.skip_clicked)

        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.snooze_button)
        row.addStretch(1)
        row.addWidget(self.skip_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 14, 14)
        layout.addWidget(self.heading)
        layout.addWidget(self.what)
        layout.addWidget(self.detail)
        layout.addLayout(row)
        self.setFixedWidth(380)

    def set_snooze_options(self, minutes: list[int]) -> None:
        self.snooze_menu.clear()
        for m in minutes:
            action = QAction(self.tr("%n min", "", m), self.snooze_menu)
            action.triggered.connect(lambda _=False, m=m: self.snooze_clicked.emit(m))
            self.snooze_menu.addAction(action)

    def present(self, what: str, detail: str, *, snooze_allowed: bool = True) -> None:
        """Show the card at the top right of the primary screen without taking focus."""
        self.what.setText(what)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.snooze_button.setEnabled(snooze_allowed)
        self.setAccessibleDescription(what)
        self.adjustSize()
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(area.right() - self.width() - 24, area.top() + 48)
        self.show()
