"""The break prompt: a small card on the screen the user works on that never steals focus.

It says what the break is and offers Start, Snooze and Skip. Typing goes on into whatever the
user was doing; a click on the card acts. When nobody answers, the app closes it quietly after
the break's length (the planner records that as `expired`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMenu, QToolButton, QVBoxLayout, QWidget

from backmove.ui.kit.screens import Spot, put
from backmove.ui.kit.theme import grown, look_for, scaled_sheet, window_sheet
from backmove.ui.kit.widgets import button, label, window_title


class PromptWindow(QFrame):
    """See the module docstring. `theme` is "light", "dark" or "system", as for the break
    window it grows into, whose look it wears."""

    start_clicked = Signal()
    snooze_clicked = Signal(int)
    skip_clicked = Signal()

    WIDTH = 380

    def __init__(
        self, snooze_options_min: list[int], parent: QWidget | None = None, *, theme: str = "system"
    ) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setObjectName("prompt")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(window_title(self.tr("Time to move")))
        self.setAccessibleName(self.tr("Break prompt"))
        look = look_for(theme)
        self.setStyleSheet(
            window_sheet(look, "prompt")
            + scaled_sheet(f"""
#prompt {{ border: 1px solid {look.line}; border-left: 6px solid {look.accent};
    border-radius: 8px; }}
#prompt QLabel[role="heading"] {{ font-size: 14pt; font-weight: 700; }}
#prompt QPushButton, #prompt QToolButton {{ padding: 7px 14px; }}
#prompt QPushButton:focus, #prompt QToolButton:focus {{ padding: 6px 13px; }}
#prompt QPushButton[primary="true"] {{ padding: 8px 20px; }}
#prompt QPushButton[primary="true"]:focus {{ padding: 7px 19px; }}
""")
        )

        self.heading = label(self.tr("Time to move"), "heading")
        self.what = label(role="body", wrap=True)
        self.detail = label(role="muted", wrap=True)

        self.start_button = button(self.tr("Start"), self.tr("Start the break"), primary=True)
        self.start_button.clicked.connect(self.start_clicked)

        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("Snooze ▾"))
        self.snooze_button.setAccessibleName(self.tr("Snooze the break"))
        self.snooze_button.setAccessibleDescription(
            self.tr("Choose how many minutes to put it off.")
        )
        self.snooze_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_menu = QMenu(self.snooze_button)
        # One connection for every menu it will hold: the menu is refilled for each break, and
        # a closure per action would pile up with them.
        self.snooze_menu.triggered.connect(self._snooze_chosen)
        self.snooze_button.setMenu(self.snooze_menu)
        self.set_snooze_options(snooze_options_min)

        self.skip_button = button(self.tr("Skip"), self.tr("Skip this break"), kind="quiet")
        self.skip_button.clicked.connect(self.skip_clicked)

        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.start_button)
        row.addWidget(self.snooze_button)
        row.addStretch(1)
        row.addWidget(self.skip_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 16, 14)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.what)
        layout.addWidget(self.detail)
        layout.addSpacing(6)
        layout.addLayout(row)
        self.setFixedWidth(grown(self.WIDTH))

    def set_snooze_options(self, minutes: list[int]) -> None:
        """The menu's choices for this break; the last break's actions are deleted, not
        just taken off the menu."""
        for old in self.snooze_menu.actions():
            self.snooze_menu.removeAction(old)
            old.deleteLater()
        for m in minutes:
            action = QAction(self.tr("%n min", "", m), self.snooze_menu)
            action.setData(m)
            self.snooze_menu.addAction(action)

    def _snooze_chosen(self, action: QAction) -> None:
        self.snooze_clicked.emit(int(action.data()))

    def present(self, what: str, detail: str, *, snooze_allowed: bool = True) -> None:
        """Show the card at the top right of the screen holding the mouse pointer (where the
        user is working), without taking focus."""
        self.what.setText(what)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.snooze_button.setEnabled(snooze_allowed)
        self.setAccessibleDescription(what)
        self.adjustSize()
        put(self, Spot.TOP_RIGHT, self.size())
