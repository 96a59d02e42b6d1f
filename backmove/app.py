"""The composition root: the one place that knows every part and wires them together.

Everything else receives what it needs (a Clock, Settings, a Database, probes) and knows
nothing of its neighbours. Tests build a `BackmoveApp` with fakes at the named seams only:
the clock, tray availability, the idle/power/screen probes and the notifier.
"""

from __future__ import annotations

import json
import logging
import math
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu, QSystemTrayIcon

from backmove import __version__
from backmove.core import settings as settings_mod
from backmove.core.clock import Clock
from backmove.core.kinds import BreakKind
from backmove.core.messages import Message
from backmove.core.planner import Action, Decision, Planner, State, Status
from backmove.core.planner_memory import PlannerState
from backmove.flows.breaks import BreakFlow
from backmove.flows.preferences import Preferences
from backmove.flows.safety import SafetyFlow
from backmove.flows.tracking import Tracking
from backmove.paths import Paths
from backmove.platform.instance import InstanceServer
from backmove.platform.notify import CallableNotifier, Notifier, NotifierChain, PlyerNotifier
from backmove.scheduling.deadline import PlannerDriver
from backmove.services.recorder import BreakRecorder
from backmove.storage.database import Database
from backmove.storage.errors import StorageError
from backmove.storage.repository import Repository
from backmove.ui.language import Language
from backmove.ui.motion import set_reduced_motion
from backmove.ui.notice import show_notice
from backmove.ui.tray import Tray
from backmove.ui.wording import describe

if TYPE_CHECKING:
    from backmove.ui.no_tray import NoTrayWindow
    from backmove.ui.prompt import PromptWindow
    from backmove.ui.toast import Toast

PAUSE_PRESETS: tuple[tuple[str, float | str | None], ...] = (
    ("30 min", 30),
    ("1 hour", 60),
    ("2 hours", 120),
    ("until tomorrow", "tomorrow"),
    ("until I resume", None),
)

DB_RETRY_S = 60.0  # how often a log that could not be opened is tried again

log = logging.getLogger(__name__)


class BackmoveApp(QObject):
    """The running app: settings, storage, the tray (or its stand-in window) and IPC."""

    quitting = Signal()

    def __init__(
        self,
        qapp: QApplication,
        paths: Paths,
        clock: Clock,
        *,
        tray_available: Callable[[], bool] | None = None,
        idle_seconds: Callable[[], float | None] | None = None,
        notifiers: list[Notifier] | None = None,
        watch_desktop: bool = True,
    ) -> None:
        """`idle_seconds`, `notifiers` and `watch_desktop=False` are the test seams: a fake
        idle probe, fake notifiers, and no real power or fullscreen watchers."""
        super().__init__()
        self.qapp = qapp
        self.paths = paths
        self.clock = clock
        self._tray_available = tray_available or QSystemTrayIcon.isSystemTrayAvailable
        self._idle_seconds = idle_seconds
        self._notifiers = notifiers
        self._watch_desktop = watch_desktop
        self.idle_probe: Any = None
        self.screen_probe: Any = None
        self.power: Any = None
        self.screen_watcher: Any = None
        self.wallclock: Any = None
        self.planner: Planner | None = None
        self.driver: PlannerDriver | None = None
        self.recorder: BreakRecorder | None = None
        self.notifier: NotifierChain | None = None
        self.prompt: PromptWindow | None = None
        self.safety: SafetyFlow | None = None
        self.flow: BreakFlow | None = None
        self.tracking: Tracking | None = None
        self.preferences: Preferences | None = None
        self.dashboard: Any = None
        self.toast: Toast | None = None
        self._tray_look: tuple[Any, ...] | None = None
        self._tray_drawn_at = -math.inf
        self._storage_told: set[str] = set()
        self._db_tried_at = -math.inf
        self.messages: list[Message] = []
        self.settings = settings_mod.Settings()
        self.settings_read_only = False
        self.tray: Tray | None = None
        self.window: NoTrayWindow | None = None
        self.notices: list[Any] = []
        self.db: Database | None = None
        self.repo: Repository | None = None
        self.server = InstanceServer(paths.instance_key, self)
        self.language = Language()
        self.actions = self._make_actions()
        self._after_tray = QTimer(self, singleShot=True, interval=0)
        self._after_tray.timeout.connect(self._finish_start)

    # --- start and stop -----------------------------------------------------------------

    def start(self) -> bool:
        """Bring the app up. False (and nothing shown) when another instance already runs."""
        if not self.server.listen():
            return False
        self.paths.ensure()
        self._load_settings()
        set_reduced_motion(self.settings["reduced_motion"])
        if self.language.use(self.settings["language"]) != "en":
            self.actions = self._make_actions()  # built before the language was known
        fatal = self._open_database()
        self._register_commands()
        if fatal is not None:
            # A database we must not touch (newer, foreign, a failed upgrade): say so, run
            # nothing, and quit when the user has read it.
            box = show_notice(
                self.tr("backmove cannot start"), [describe(fatal)], self.window, error=True
            )
            box.finished.connect(self.quit)
            self.notices.append(box)
            return True
        if self._tray_available():
            self.tray = Tray(self._menu(), self)
            self.tray.activated.connect(self.show_main)
            self.tray.show()
        else:
            from backmove.ui.no_tray import NoTrayWindow

            self.window = NoTrayWindow(self._menu())
            self.window.close_requested.connect(self.quit)
            self.window.show()
        self._start_breaks()
        self._start_engine()
        if self.messages:
            self._tell([describe(m) for m in self.messages])
        assert self.safety is not None
        self.safety.offer_if_due(self.window)
        self._after_tray.start()
        log.info(
            "backmove %s started (%s)", __version__, "tray" if self.tray else "window, no tray"
        )
        return True

    def quit(self) -> None:
        self.quitting.emit()
        self.close_down()
        self.qapp.quit()

    def close_down(self) -> None:
        """Stop everything and close the log, leaving the Qt application running."""
        self._after_tray.stop()
        self._stop_engine()
        if self.flow is not None:
            self.flow.dismiss()
        if self.safety is not None:
            self.safety.close()
        if self.tracking is not None:
            self.tracking.close()
        if self.preferences is not None:
            self.preferences.close()
        if self.dashboard is not None:
            self.dashboard.close()
            self.dashboard = None
        self.server.close()
        self.repo = None
        self.recorder = None
        if self.db is not None:
            self.db.close()
            self.db = None
        if self.tray is not None:
            self.tray.hide()
        if self.prompt is not None:
            self.prompt.hide()
        for box in self.notices:
            box.close()
        self.language.drop()
        set_reduced_motion(False)

    # --- pieces ---------------------------------------------------------------------------

    def _stamp(self) -> str:
        return self.clock.local().strftime("%Y%m%d-%H%M%S")

    def _load_settings(self) -> None:
        result = settings_mod.load(self.paths.settings_file, self._stamp())
        self.settings = result.settings
        self.settings_read_only = result.read_only
        self.messages.extend(result.messages)
        if not self.paths.settings_file.exists():
            problem = settings_mod.save(self.paths.settings_file, self.settings)
            if problem is not None:
                self.messages.append(problem)

    def _open_database(self) -> Message | None:
        """Open the log; a problem the user must act on before anything runs is returned."""
        try:
            opened = Database.open(self.paths.database, self.clock)
        except StorageError as exc:
            if exc.message.severity == "error" and exc.message.code in {
                "database_newer",
                "database_foreign",
                "migration_failed",
            }:
                return exc.message
            # Locked, read-only, no space: breaks still run; nothing is saved for now.
            self.messages.append(exc.message)
            return None
        self.db = opened.database
        self.repo = Repository(self.db)
        self.messages.extend(opened.messages)
        self.daily_backup()
        return None

    def daily_backup(self) -> None:
        """Today's copy of the database, seven kept; a failure is logged and told once."""
        if self.db is None:
            return
        from backmove.storage.backup import backup, backup_name

        today = self.clock.local().date()
        if (self.paths.backups_dir / backup_name(today)).exists():
            return
        try:
            backup(self.db, self.paths.backups_dir, today)
        except StorageError as exc:
            log.warning("daily backup failed: %s", exc.message)
            self.messages.append(exc.message)

    def _make_actions(self) -> dict[str, QAction]:
        def action(key: str, text: str, slot: Callable[[], Any]) -> QAction:
            act = QAction(text, self)
            act.setObjectName(f"action-{key}")
            act.triggered.connect(lambda _=False: slot())
            return act

        acts = {
            "break_now": action("break-now", self.tr("Take a break &now"), self.break_now),
            "resume": action("resume", self.tr("&Resume breaks"), self.resume),
            "meeting": action("meeting", self.tr("&Meeting mode…"), self.ask_meeting),
            "safety": action("safety", self.tr("Safety &check…"), self.safety_check),
            "settings": action("settings", self.tr("Se&ttings…"), self.open_settings),
            "dashboard": action("dashboard", self.tr("&Dashboard…"), self.open_dashboard),
            "rate_today": action(
                "rate-today",
                self.tr("How was my back &today…"),
                lambda: self.tracking and self.tracking.ask_end_of_day(),
            ),
            "checkin": action(
                "checkin",
                self.tr("Weekly check-&in…"),
                lambda: self.tracking and self.tracking.ask_checkin(),
            ),
            "quit": action("quit", self.tr("&Quit backmove"), self.quit),
        }
        self.snooze_menu = QMenu(self.tr("&Snooze"))
        self.snooze_menu.setObjectName("menu-snooze")
        acts["snooze"] = self.snooze_menu.menuAction()
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
            act.triggered.connect(lambda _=False, length=length: self.pause(length))
        acts["pause"] = self.pause_menu.menuAction()
        return acts

    def _fill_snooze_menu(self) -> None:
        self.snooze_menu.clear()
        for minutes in self.settings["snooze_options_min"]:
            act = self.snooze_menu.addAction(self.tr("%n min", "", minutes))
            act.setObjectName(f"action-snooze-{minutes}")
            act.triggered.connect(lambda _=False, m=minutes: self.snooze(m))

    def _menu(self) -> list[QAction | None]:
        a = self.actions
        return [
            a["dashboard"],
            None,
            a["break_now"],
            a["snooze"],
            a["pause"],
            a["resume"],
            a["meeting"],
            None,
            a["rate_today"],
            a["checkin"],
            a["safety"],
            a["settings"],
            None,
            a["quit"],
        ]

    def _register_commands(self) -> None:
        self.server.handle("show", lambda _req: self.show_main() or {"shown": True})
        self.server.handle("status", lambda _req: self.status())
        self.server.handle("quit", lambda _req: self._quit_soon())
        self.server.handle("break-now", lambda _req: self._answer(self.break_now()))
        self.server.handle("resume", lambda _req: self._answer(self.resume()))
        self.server.handle("pause", lambda req: self._answer(self.pause(req.get("minutes"))))
        self.server.handle("meeting", lambda req: self._answer(self.meeting(req.get("minutes"))))

    def _answer(self, decisions: list[Decision]) -> dict[str, Any]:
        return {"decisions": [str(d.decision) for d in decisions], **self.status()}

    def _quit_soon(self) -> dict[str, Any]:
        QTimer.singleShot(0, self.quit)
        return {"quitting": True, "summary": self.tr("backmove is quitting.")}

    def status(self) -> dict[str, Any]:
        extra: dict[str, Any] = {}
        if self.planner is not None:
            st = self.planner.status()
            extra = {
                "state": str(st.state),
                "summary": self.describe_status(st),
                "breaks_today": st.taken_today,
                "offered_today": st.offered_today,
                "goal_today": st.goal,
            }
        return {
            **extra,
            "running": True,
            "version": __version__,
            "tray": self.tray is not None,
            "config_dir": str(self.paths.config_dir),
            "data_dir": str(self.paths.data_dir),
            "database": str(self.paths.database) if self.db else "not open",
        }

    # --- the engine: planner, probes, timers, notifications ------------------------------

    def _start_breaks(self) -> None:
        """The safety check and the break flow: what a break holds and who answers it."""
        self.safety = SafetyFlow(
            lambda: self.repo,
            self.clock,
            self.paths.data_dir,
            self,
            storage_failed=self._storage_failed,
        )
        self.flow = BreakFlow(
            self.clock,
            lambda: self.settings,
            lambda: self.repo,
            lambda: self.recorder,
            self.safety,
            self.paths.user_moves_dir,
            self,
            storage_failed=self._storage_failed,
        )
        self.flow.done_requested.connect(lambda finished: self._act("done", finished))
        self.flow.skip_requested.connect(self.skip)
        self.flow.snooze_requested.connect(self.snooze)
        self.tracking = Tracking(
            self.clock,
            lambda: self.settings,
            lambda: self.repo,
            self,
            storage_failed=self._storage_failed,
        )
        self.tracking.rated.connect(self._rated_today)
        self.preferences = Preferences(
            self.paths,
            self.clock,
            settings=lambda: self.settings,
            apply=self.apply_settings,
            database=lambda: self.db,
            reopen=self._reopen_database,
            close_database=self._close_database,
            tell=lambda lines, error: self._tell(lines, error=error),
            read_only=lambda: self.settings_read_only,
            parent=self,
        )
        # After the window is gone, not inside its last signal: the check may open then.
        self.flow.window_closed.connect(
            lambda: QTimer.singleShot(0, lambda: self._offer_safety_check())
        )

    def _load_moves(self) -> None:
        """Read the move library once the tray is up; a bad file of the user's is told."""
        if self.flow is None:
            return
        _ = self.flow.catalog
        problems = [
            m
            for m in self.flow.catalog_messages
            if m.severity == "error" or m.code == "catalog_entry_skipped"
        ]
        if problems:
            self._tell([describe(m) for m in problems], error=True)

    def _offer_safety_check(self) -> None:
        if self.safety is not None and (self.flow is None or self.flow.window is None):
            self.safety.offer_if_due(self.window)

    def _rated_today(self, value: int) -> None:
        self._refresh_dashboard()
        if self.safety is not None:
            self.safety.rating_given(value)
            QTimer.singleShot(0, lambda: self._offer_safety_check())

    def open_dashboard(self) -> None:
        """The dashboard; QtCharts and the statistics are loaded the first time it opens."""
        from datetime import date

        from backmove.services.dashboard import DashboardData
        from backmove.ui.dashboard.window import DashboardWindow

        if self.repo is None:
            self._tell(
                [self.tr("The dashboard needs the database, which is not open now.")], error=True
            )
            return
        if self.dashboard is None:
            names = {m.id: m.name for m in self.flow.catalog} if self.flow else {}

            def provider(span: Any) -> DashboardData:
                assert self.repo is not None
                status = self.planner.status() if self.planner else None
                start = self.planner.memory.goal_start if self.planner else None
                return DashboardData.build(
                    self.repo,
                    self.clock,
                    self.settings,
                    span,
                    status=status,
                    goal_start=date.fromisoformat(start) if start else None,
                    move_names=names,
                )

            self.dashboard = DashboardWindow(provider, theme=self.settings["theme"])
            self.dashboard.report_requested.connect(self.save_report)
        else:
            self.dashboard.refresh()
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.activateWindow()

    def _refresh_dashboard(self) -> None:
        if self.dashboard is not None and self.dashboard.isVisible():
            self.dashboard.refresh()

    def save_report(self) -> None:
        """The dashboard's Report… button: a PDF to bring to a physiotherapist."""
        from PySide6.QtWidgets import QFileDialog

        from backmove.ui.report import write_report

        if self.repo is None:
            return
        default = self.paths.data_dir / f"backmove-report-{self.clock.local():%Y-%m-%d}.pdf"
        file, _ = QFileDialog.getSaveFileName(
            self.dashboard, self.tr("Save the report"), str(default), self.tr("PDF (*.pdf)")
        )
        if not file:
            return
        try:
            pages = write_report(Path(file), self.repo, self.clock, self.settings)
        except OSError as exc:
            self._tell(
                [
                    self.tr("The report could not be written to {path} ({detail}).").format(
                        path=file, detail=exc.strerror
                    )
                ],
                error=True,
            )
            return
        self._tell([self.tr("Saved a {n}-page report to {path}.").format(n=pages, path=file)])

    def open_settings(self) -> None:
        if self.preferences is not None:
            self.preferences.open()

    def apply_settings(self, new: settings_mod.Settings) -> None:
        """A change from the settings window: the planner re-plans, the clock jobs follow."""
        self.settings = new
        set_reduced_motion(new["reduced_motion"])
        self._act("settings_changed", new)
        if self.wallclock is not None:
            self.wallclock.configure(new)
        self._tray_look = None
        self._refresh_tray()

    def _close_database(self) -> None:
        self.recorder = None
        self.repo = None
        if self.db is not None:
            self.db.close()
            self.db = None

    def _reopen_database(self) -> None:
        """After a restore or "delete all": the log is opened afresh and everything that
        read the old one reads the new one."""
        fatal = self._open_database()
        if fatal is not None:
            self._tell([describe(fatal)], error=True)
        if self.repo is not None:
            self.recorder = BreakRecorder(self.repo, self.clock)
        if self.safety is not None:
            self.safety.reload()
            QTimer.singleShot(0, lambda: self._offer_safety_check())

    def safety_check(self) -> None:
        """The tray's "Safety check…"."""
        if self.safety is not None:
            self.safety.open_from_menu(self.window)

    def _start_engine(self) -> None:
        self.notifier = NotifierChain(
            self._notifiers if self._notifiers is not None else self._default_notifiers()
        )
        self.planner = Planner(self.settings, self.clock, self._load_planner_state())
        if self.repo is not None:
            self.recorder = BreakRecorder(self.repo, self.clock)
        idle = self._idle_seconds
        if idle is None:
            from backmove.platform.idle import choose_idle_probe

            self.idle_probe = choose_idle_probe()
            idle = self.idle_probe.idle_seconds
        self.driver = PlannerDriver(self.planner, self.clock, idle, self)
        self.driver.decided.connect(self._on_decisions)
        self.driver.ticked.connect(self._refresh_tray)
        self.driver.start()

    def _finish_start(self) -> None:
        """What the tray can do without for its first moments: the desktop watchers (with
        APScheduler) and the move library. The tray host embeds the icon only once the
        requests start() made have reached the display server, which Qt otherwise leaves
        until the event loop runs idle, after this: so they are sent first."""
        QGuiApplication.sync()
        if self._watch_desktop and self.driver is not None:
            self._watch()
        self._load_moves()

    def _watch(self) -> None:
        from backmove.platform.power import create_power_monitor
        from backmove.platform.screenstate import ScreenStateWatcher, choose_screen_state_probe
        from backmove.scheduling.wallclock import WallClockJobs

        assert self.driver is not None
        driver = self.driver
        self.power = create_power_monitor(self.clock, parent=self)
        self.power.suspending.connect(lambda: driver.act("suspended"))
        self.power.resumed.connect(self._on_resumed)
        self.power.clock_jumped.connect(lambda _by: self._on_clock_jump())
        self.power.start()
        self.screen_probe = choose_screen_state_probe()
        self.screen_watcher = ScreenStateWatcher(self.screen_probe, parent=self)
        self.screen_watcher.fullscreen_changed.connect(lambda on: driver.act("set_fullscreen", on))
        self.screen_watcher.dnd_changed.connect(lambda on: driver.act("set_dnd", on))
        self.screen_watcher.start()
        self.wallclock = WallClockJobs(parent=self)
        self.wallclock.configure(self.settings)
        self.wallclock.hours_edge.connect(driver.tick)
        self.wallclock.new_day.connect(driver.tick)
        self.wallclock.daily_backup.connect(self.daily_backup)
        if self.tracking is not None:
            self.wallclock.end_of_day.connect(self.tracking.end_of_day_due)
            self.wallclock.weekly_checkin.connect(self.tracking.checkin_due)
        self.wallclock.start()

    def _stop_engine(self) -> None:
        if self.driver is not None:
            self.driver.stop()
        for part in (self.power, self.screen_watcher):
            if part is not None:
                part.stop()
        if self.wallclock is not None:
            self.wallclock.stop()
        for probe in (self.idle_probe, self.screen_probe):
            if probe is not None:
                probe.close()
        self._save_planner_state()

    def _on_resumed(self, gap_s: float) -> None:
        assert self.driver is not None
        self.driver.act("resumed", gap_s)
        if self.wallclock is not None:
            self.wallclock.wake()

    def _on_clock_jump(self) -> None:
        assert self.driver is not None
        self.driver.act("poll")
        if self.wallclock is not None:
            self.wallclock.wake()

    def _default_notifiers(self) -> list[Notifier]:
        def tray_ok() -> bool:
            return self.tray is not None and QSystemTrayIcon.supportsMessages()

        def tray_show(title: str, body: str) -> None:
            assert self.tray is not None
            self.tray.icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 8000)

        def toast_show(title: str, body: str) -> None:
            if self.toast is None:
                from backmove.ui.toast import Toast

                self.toast = Toast()
            self.toast.show_message(title, body)

        return [
            PlyerNotifier(),
            CallableNotifier("tray", tray_ok, tray_show),
            CallableNotifier("toast", lambda: True, toast_show),
        ]

    # --- planner state across restarts ----------------------------------------------------

    @property
    def _state_file(self) -> Path:
        return self.paths.data_dir / "planner-state.json"

    def _load_planner_state(self) -> PlannerState | None:
        try:
            return PlannerState.from_dict(json.loads(self._state_file.read_text("utf-8")))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError, AttributeError):
            log.warning("planner state unreadable; starting afresh", exc_info=True)
            return None

    def _save_planner_state(self) -> None:
        if self.planner is None:
            return
        try:
            fd, tmp = tempfile.mkstemp(prefix=".planner-", dir=self.paths.data_dir)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self.planner.memory.to_dict(), fh)
            Path(tmp).chmod(0o600)
            Path(tmp).replace(self._state_file)
        except OSError:
            log.warning("could not save the planner state", exc_info=True)

    # --- what the user asks for -------------------------------------------------------------

    def _act(self, name: str, *args: object) -> list[Decision]:
        if self.driver is None:
            return []
        return self.driver.act(name, *args)

    def break_now(self) -> list[Decision]:
        return self._act("break_now")

    def snooze(self, minutes: int | None = None) -> list[Decision]:
        return self._act("snooze", minutes)

    def skip(self) -> list[Decision]:
        return self._act("skip")

    def start_break(self) -> list[Decision]:
        return self._act("start")

    def done(self) -> list[Decision]:
        return self._act("done")

    def pause(self, minutes: float | str | None = None) -> list[Decision]:
        return self._act("pause", minutes)

    def resume(self) -> list[Decision]:
        return self._act("resume")

    def meeting(self, minutes: float | None = None) -> list[Decision]:
        return self._act("meeting", minutes)

    def ask_meeting(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self.window,
            self.tr("Meeting mode"),
            self.tr(
                "Hold breaks for how many minutes? A break that falls due comes once afterwards."
            ),
            self.settings["meeting_default_min"],
            5,
            480,
            5,
        )
        if ok:
            self.meeting(minutes)

    # --- what the planner decided -----------------------------------------------------------

    def _on_decisions(self, decisions: list[Decision]) -> None:
        routine = None
        if self.flow is not None:
            offered = [d for d in decisions if d.decision in (Action.PROMPT, Action.BREAK_START)]
            chosen = self.flow.routine_for(offered[0]) if offered else None
            routine = chosen.to_json() if chosen is not None else None
        self._record(decisions, routine)
        if any(d.decision in (Action.BREAK_END, Action.NATURAL_BREAK) for d in decisions):
            QTimer.singleShot(0, self._refresh_dashboard)
        for d in decisions:
            if d.decision is Action.WARN and self.settings["notify_warning"]:
                self._warn(d)
            elif d.decision is Action.PROMPT:
                self._show_prompt(d)
            elif d.decision is Action.BREAK_START:
                self._show_break(d)
            elif d.decision in (
                Action.BREAK_END,
                Action.SUPPRESS,
                Action.NATURAL_BREAK,
                Action.SNOOZE,
                Action.PAUSE,
                Action.MEETING,
            ):
                self._close_break_ui(d)
        self._save_planner_state()

    def _record(self, decisions: list[Decision], routine: str | None = None) -> None:
        if self.recorder is None:
            self._retry_database()
        if self.recorder is None:
            return
        try:
            self.recorder.record(decisions, routine)
        except StorageError as exc:
            self._storage_failed(exc)

    def _retry_database(self) -> None:
        """A log that could not be opened (locked, read-only, no space) is tried again when
        there is something to save, at most once a minute, so saving resumes by itself once
        the cause is gone."""
        if self.db is not None or self.planner is None:
            return
        now = self.clock.monotonic()
        if now - self._db_tried_at < DB_RETRY_S:
            return
        self._db_tried_at = now
        try:
            opened = Database.open(self.paths.database, self.clock)
        except StorageError as exc:
            log.info("the database is still not usable: %s", exc.message)
            return
        log.info("the database is usable again")
        self.db = opened.database
        self.repo = Repository(self.db)
        self.recorder = BreakRecorder(self.repo, self.clock)
        self._storage_told.clear()

    def _storage_failed(self, exc: StorageError) -> None:
        """Tell once per kind of trouble, then keep running: breaks matter more than logs."""
        if exc.message.code not in self._storage_told:
            self._storage_told.add(exc.message.code)
            self._tell([describe(exc.message)], error=True)

    def kind_words(self, kind: BreakKind | None, length_s: float | None) -> str:
        minutes = max(1, round((length_s or 0) / 60))
        if kind is BreakKind.WALK:
            return self.tr("%n-min walk", "", minutes)
        if (length_s or 0) < 60:
            return self.tr("%n-second stretch", "", int(length_s or 0))
        return self.tr("%n-min stretch", "", minutes)

    def _warn(self, d: Decision) -> None:
        assert self.notifier is not None
        lead = self.settings["warning_lead_s"]
        shown_by = self.notifier.notify(
            self.tr("Break in %n seconds", "", lead),
            self.tr("A {what} is coming up. Finish what you are doing.").format(
                what=self.kind_words(d.kind, d.length_s)
            ),
        )
        log.info("heads-up shown by %s", shown_by)

    def _show_prompt(self, d: Decision) -> None:
        if self.prompt is None:
            from backmove.ui.prompt import PromptWindow

            self.prompt = PromptWindow(
                self.settings["snooze_options_min"], theme=self.settings["theme"]
            )
            self.prompt.start_clicked.connect(self.start_break)
            self.prompt.snooze_clicked.connect(self.snooze)
            self.prompt.skip_clicked.connect(self.skip)
        if self.flow is not None:
            self.flow.dismiss()  # a finished break left open gives way to the new one
        what, detail = self.kind_words(d.kind, d.length_s), ""
        if self.flow is not None:
            what, detail = self.flow.prompt_text(d, what)
        snoozes_left = (d.snoozes or 0) < self.settings["snooze_limit"]
        self.prompt.set_snooze_options(self.settings["snooze_options_min"])
        self.prompt.present(what, detail, snooze_allowed=snoozes_left)

    def _show_break(self, d: Decision) -> None:
        if self.prompt is not None:
            self.prompt.hide()
        if self.flow is not None:
            self.flow.begin(d)

    def _close_break_ui(self, d: Decision) -> None:
        if self.prompt is not None and self.prompt.isVisible():
            self.prompt.hide()
        if self.flow is not None:
            self.flow.end(d)

    # --- the tray's look ----------------------------------------------------------------------

    def describe_status(self, st: Status) -> str:
        def clock_time(wall: float | None) -> str:
            return self.clock.local(wall).strftime("%H:%M") if wall is not None else ""

        kind = self.tr("walk") if st.next_kind is BreakKind.WALK else self.tr("stretch")
        if st.state is State.OFF_HOURS:
            text = self.tr("Outside working hours")
        elif st.paused:
            text = (
                self.tr("Paused until {time}").format(time=clock_time(st.paused_until))
                if st.paused_until
                else self.tr("Paused until you resume")
            )
        elif st.state is State.PROMPTED:
            text = self.tr("Break time: {kind}").format(kind=kind)
        elif st.state is State.IN_BREAK:
            text = self.tr("On a break")
        elif st.meeting_until is not None:
            text = self.tr("Meeting mode until {time}").format(time=clock_time(st.meeting_until))
        elif st.held is not None:
            text = self.tr("Break waiting until the full-screen window or Do Not Disturb ends")
        elif st.snoozed_until is not None:
            text = self.tr("Snoozed until {time}").format(time=clock_time(st.snoozed_until))
        elif st.until_break_s is None:
            text = self.tr("No more breaks today")
        else:
            minutes = max(1, math.ceil(st.until_break_s / 60))
            text = self.tr("Next break in %n min ({kind})", "", minutes).format(kind=kind)
        if self.idle_probe is not None and not self.idle_probe.available:
            text += "\n" + self.tr("Timing by the clock: this desktop does not report idle time")
        return text

    def _refresh_tray(self) -> None:
        if self.planner is None:
            return
        st = self.planner.status()
        paused = st.paused or st.state is State.OFF_HOURS
        due = st.state in (State.PROMPTED, State.IN_BREAK)
        progress = None if paused else min(1.0, st.active_s / max(st.interval_s, 1.0))
        text = self.describe_status(st)
        # Redraw only when what the user sees changes: at most once a minute while counting.
        step = None if progress is None else round(progress * 24)
        if (
            self._tray_look is not None
            and self._tray_look[:3] == (text, paused, due)
            and self.clock.monotonic() - self._tray_drawn_at < 60
        ):
            step = self._tray_look[3]  # the ring alone moves at most once a minute
        look = (text, paused, due, step)
        self.actions["snooze"].setEnabled(st.state in (State.WARNED, State.PROMPTED))
        self.actions["resume"].setVisible(st.paused)
        self.actions["pause"].setEnabled(not st.paused)
        if look == self._tray_look:
            return
        self._tray_look = look
        self._tray_drawn_at = self.clock.monotonic()
        self._fill_snooze_menu()
        if self.tray is not None:
            self.tray.set_state(text, progress, paused=paused, due=due)
        if self.window is not None:
            self.window.set_status(text)

    def show_main(self) -> None:
        """What a second launch or a click on the tray icon brings forward."""
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()
        if self.repo is not None:
            self.open_dashboard()
        elif self.tray is not None:
            self.tray.icon.showMessage(
                self.tr("backmove is already running"),
                self.tr("Its icon is in your system tray."),
                QSystemTrayIcon.MessageIcon.Information,
                5000,
            )

    def _tell(self, lines: list[str], *, error: bool = False) -> None:
        parent = self.window
        self.notices.append(show_notice(self.tr("backmove"), lines, parent, error=error))
