"""The app's commands as the tray menu (or the no-tray window) offers them.

Each command is a QAction with an access key; triggering one emits a typed signal that the
composition root connects to whatever carries it out. The menu follows the planner's status
(Snooze only while a break is near or waiting, Resume only while paused) and decides nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from backmove.core.planner import Decision, PauseLength, State, Status

PAUSE_PRESETS: tuple[tuple[str, PauseLength], ...] = (
    ("30 min", 30),
    ("1 hour", 60),
    ("2 hours", 120),
    ("until tomorrow", "tomorrow"),
    ("until I resume", None),
)
"""The Pause submenu: each entry's object name and the length it asks the planner for."""


class MenuControls(Protocol):
    """The planner's events the menu offers (the planner driver has them)."""

    def break_now(self) -> list[Decision]: ...
    def snooze(self, minutes: float | None = None) -> list[Decision]: ...
    def pause(self, length: PauseLength = None) -> list[Decision]: ...
    def resume(self) -> list[Decision]: ...
    def meeting(self, minutes: float | None = None) -> list[Decision]: ...


class AppMenu(QObject):
    """The actions, the Snooze and Pause submenus, and a signal for each command."""

    break_now_requested = Signal()
    session_requested = Signal()
    """Start the daily back session now (offered whether or not its reminder is on)."""
    snooze_requested = Signal(int)
    pause_requested = Signal(object)
    """A `PauseLength`: minutes, "tomorrow", or None for until resumed."""
    resume_requested = Signal()
    meeting_requested = Signal(int)
    safety_check_requested = Signal()
    settings_requested = Signal()
    dashboard_requested = Signal()
    rate_today_requested = Signal()
    checkin_requested = Signal()
    goals_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

        def action(key: str, text: str, signal: Callable[[], None]) -> QAction:
            act = QAction(text, self)
            act.setObjectName(f"action-{key}")
            act.triggered.connect(lambda _=False: signal())
            return act

        self.actions: dict[str, QAction] = {
            "break_now": action(
                "break-now", self.tr("Take a break &now"), self.break_now_requested.emit
            ),
            "session": action(
                "session", self.tr("Back &session now…"), self.session_requested.emit
            ),
            "resume": action("resume", self.tr("&Resume breaks"), self.resume_requested.emit),
            "meeting": action("meeting", self.tr("&Meeting mode…"), self._ask_meeting),
            "safety": action("safety", self.tr("Safety &check…"), self.safety_check_requested.emit),
            "settings": action("settings", self.tr("Se&ttings…"), self.settings_requested.emit),
            "dashboard": action("dashboard", self.tr("&Dashboard…"), self.dashboard_requested.emit),
            "rate_today": action(
                "rate-today", self.tr("How was my back &today…"), self.rate_today_requested.emit
            ),
            "checkin": action("checkin", self.tr("Weekly check-&in…"), self.checkin_requested.emit),
            "goals": action("goals", self.tr("&Function goals…"), self.goals_requested.emit),
            "quit": action("quit", self.tr("&Quit backmove"), self.quit_requested.emit),
        }
        self.snooze_menu = QMenu(self.tr("&Snooze"))
        self.snooze_menu.setObjectName("menu-snooze")
        self.actions["snooze"] = self.snooze_menu.menuAction()
        self.pause_menu = QMenu(self.tr("&Pause"))
        self.pause_menu.setObjectName("menu-pause")
        labels = {
            "30 min": self.tr("For 30 minutes"),
            "1 hour": self.tr("For 1 hour"),
            "2 hours": self.tr("For 2 hours"),
            "until tomorrow": self.tr("Until tomorrow"),
            "until I resume": self.tr("Until I resume"),
        }
        for key, length in PAUSE_PRESETS:
            act = self.pause_menu.addAction(labels[key])
            act.setObjectName(f"action-pause-{key.replace(' ', '-')}")
            act.triggered.connect(lambda _=False, length=length: self.pause_requested.emit(length))
        self.actions["pause"] = self.pause_menu.menuAction()
        # What comes next and when, at the top of the tray menu: the tooltip's line, for hosts
        # that show no tooltip and for users who look in the menu first. Not a command.
        self.summary = QAction(self.tr("backmove"), self)
        self.summary.setObjectName("action-summary")
        self.summary.setEnabled(False)
        self.meeting_default_min = 45
        self.dialog_parent: QWidget | None = None
        self._snooze_options: tuple[int, ...] = ()

    def drive(self, controls: MenuControls) -> None:
        """The commands that are planner events go to `controls`."""
        self.break_now_requested.connect(controls.break_now)
        self.snooze_requested.connect(controls.snooze)
        self.pause_requested.connect(controls.pause)
        self.resume_requested.connect(controls.resume)
        self.meeting_requested.connect(controls.meeting)

    def entries(self) -> list[QAction | None]:
        """The menu in order; None is a separator."""
        a = self.actions
        return [
            a["dashboard"],
            None,
            a["break_now"],
            a["session"],
            a["snooze"],
            a["pause"],
            a["resume"],
            a["meeting"],
            None,
            a["rate_today"],
            a["checkin"],
            a["goals"],
            a["safety"],
            a["settings"],
            None,
            a["quit"],
        ]

    def tray_entries(self) -> list[QAction | None]:
        """The tray menu: the status line on top, then the commands. The no-tray window shows
        the status in its own line, so it takes `entries` alone."""
        return [self.summary, None, *self.entries()]

    def show_summary(self, text: str) -> None:
        """The status line, as the tooltip says it (its first line: a menu entry has one)."""
        self.summary.setText(text.split("\n", 1)[0])

    def set_snooze_options(self, minutes: Sequence[int]) -> None:
        """The Snooze submenu's lengths, from the settings."""
        options = tuple(minutes)
        if options == self._snooze_options:
            return
        self._snooze_options = options
        self.snooze_menu.clear()
        for m in options:
            act = self.snooze_menu.addAction(self.tr("%n min", "", m))
            act.setObjectName(f"action-snooze-{m}")
            act.triggered.connect(lambda _=False, m=m: self.snooze_requested.emit(m))

    def follow(self, st: Status) -> None:
        """Offer what makes sense now."""
        self.actions["snooze"].setEnabled(st.state in (State.WARNED, State.PROMPTED))
        self.actions["resume"].setVisible(st.paused)
        self.actions["pause"].setEnabled(not st.paused)

    def _ask_meeting(self) -> None:
        from backmove.ui.kit.widgets import window_title  # the kit, once a window opens

        minutes, ok = QInputDialog.getInt(
            self.dialog_parent,
            window_title(self.tr("Meeting mode")),
            self.tr(
                "Hold breaks for how many minutes? A break that falls due comes once afterwards."
            ),
            self.meeting_default_min,
            5,
            480,
            5,
        )
        if ok:
            self.meeting_requested.emit(minutes)
