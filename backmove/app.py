"""The composition root: the one place that knows every part, builds it and connects it.

It decides nothing itself: the engine decides when, the store owns the log, the flows run what
the user meets, the ui shows it. Tests replace only the seams docs/architecture.md names.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from backmove import __version__
from backmove.core import settings as settings_mod
from backmove.core.clock import Clock
from backmove.core.messages import Message
from backmove.core.planner import Planner
from backmove.flows.breaks import BreakFlow
from backmove.flows.commands import Commands
from backmove.flows.devices import DeviceSync
from backmove.flows.preferences import Preferences
from backmove.flows.safety import SafetyFlow
from backmove.flows.tracking import Tracking
from backmove.paths import Paths
from backmove.platform import autostart
from backmove.platform.datalock import DataLock
from backmove.platform.instance import InstanceServer
from backmove.platform.launch import relaunch
from backmove.platform.memory import give_back_memory, settle
from backmove.platform.notify import Notifier, NotifierChain, PlyerNotifier
from backmove.scheduling.deadline import PlannerDriver
from backmove.scheduling.engine import Engine
from backmove.services.dashboard_source import DashboardSource
from backmove.services.devices import Devices
from backmove.services.library import MoveLibrary
from backmove.services.store import Store
from backmove.ui.language import Language
from backmove.ui.menu import AppMenu
from backmove.ui.motion import set_reduced_motion
from backmove.ui.notice import Notices
from backmove.ui.toast import ToastNotifier
from backmove.ui.tray import StatusPlace, Tray, TrayNotifier
from backmove.ui.views import Views
from backmove.ui.wording import describe

if TYPE_CHECKING:
    from backmove.ui.no_tray import NoTrayWindow

log = logging.getLogger(__name__)

STORAGE_AFTER_MS = 1000
"""How long after the tray icon the log's backup and check begin: the icon is embedded and
drawn by then, and the user has not yet had time to open anything."""


class BackmoveApp(QObject):
    """The running app: settings, the store, the flows, the tray (or its stand-in window)."""

    quitting = Signal()
    _checked = Signal(object)
    """The check of the log after start is over: a `Message` to tell, or None (from the
    checking thread; Qt delivers it on this one)."""

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
        icon: QSystemTrayIcon | None = None,
        lock: DataLock | None = None,
    ) -> None:
        """`idle_seconds`, `notifiers` and `watch_desktop=False` are the test seams: a fake
        idle probe, fake notifiers, and no real power or fullscreen watchers. `icon` is the
        tray icon the command line showed before this was built (ui/first_icon.py), `lock` the
        data folder's lock it took before showing it."""
        super().__init__()
        self._first_icon = icon
        self.qapp, self.paths, self.clock = qapp, paths, clock
        self._tray_available = tray_available or QSystemTrayIcon.isSystemTrayAvailable
        self._idle_seconds = idle_seconds
        self.notifier = NotifierChain(
            notifiers
            if notifiers is not None
            else [PlyerNotifier(), TrayNotifier(lambda: self.tray), ToastNotifier()]
        )
        self._watch_desktop = watch_desktop
        self.settings = settings_mod.Settings()
        self.settings_read_only = False
        self.tray: Tray | None = None
        self.window: NoTrayWindow | None = None
        self.place: StatusPlace | None = None
        self.engine: Engine | None = None
        self.planner: Planner | None = None
        self.driver: PlannerDriver | None = None
        self.notices = Notices(self.tr("Notice"), lambda: self.window)
        told = lambda m: self.notices.tell([describe(m)], error=True)  # noqa: E731
        self.devices = Devices(paths, clock, lambda: self.settings, told=told)
        self.store = Store(paths, clock, told=told, devices=self.devices)
        self.library = MoveLibrary(
            paths.user_moves_dir, lambda text: QCoreApplication.translate("moves", text)
        )
        self.server = InstanceServer(paths.instance_key, self)
        self.lock = lock if lock is not None else DataLock(paths.lock_file)
        self.language = Language()
        self.menu = AppMenu(self)
        self._after_tray = QTimer(self, singleShot=True, interval=0)
        self._after_tray.timeout.connect(self._finish_start)
        self._storage_after_tray = QTimer(self, singleShot=True, interval=STORAGE_AFTER_MS)
        self._storage_after_tray.timeout.connect(self._look_after_log)
        self._checked.connect(self._log_checked)
        self._build_flows()

    # --- start and stop -----------------------------------------------------------------

    def start(self) -> bool:
        """Bring the app up. False (and nothing shown) when another backmove holds the data
        folder, or the socket's place is not this user's alone (`server.problem` says how)."""
        folders = self.paths.ensure()
        if not self.server.claim(self.lock):
            self._drop_first_icon()
            return False
        stamp = self.clock.local().strftime("%Y%m%d-%H%M%S")
        loaded = settings_mod.load_or_create(self.paths.settings_file, stamp)
        self.settings, self.settings_read_only = loaded.settings, loaded.read_only
        told = [*folders, *loaded.messages]
        set_reduced_motion(self.settings["reduced_motion"])
        if self.language.use(self.settings["language"]) != "en":
            self.menu = AppMenu(self)  # built before the language was known
        # The page-by-page check and the day's backup grow with the log: they come after the
        # tray icon (`_look_after_log`), so launch to icon does not.
        fatal, opened = self.store.open(check=False)
        told += opened
        self.safety.reload()  # the latest check, now that the log is open
        self._connect_menu()
        self.commands.serve(self.server)
        if fatal is not None:
            # A database we must not touch (newer, foreign, a failed upgrade): say so, run
            # nothing, and quit when the user has read it.
            self._drop_first_icon()
            box = self.notices.tell([describe(fatal)], error=True, title=self.tr("Cannot start"))
            box.finished.connect(self.quit)
            return True
        self._show_status_place()
        self.store.mark_watching()
        self._start_engine()
        self.device_sync.start()
        if told:
            self.notices.tell([describe(m) for m in told], error=True)
        self.safety.offer_if_due(self.window)
        self._after_tray.start()
        log.info("backmove %s started (%s)", __version__, "tray" if self.tray else "window")
        return True

    def _drop_first_icon(self) -> None:
        """The icon shown while starting goes when backmove will not run here after all."""
        if self._first_icon is not None:
            self._first_icon.hide()
            self._first_icon.deleteLater()
            self._first_icon = None

    def quit(self) -> None:
        self.quitting.emit()
        self.close_down()
        self.qapp.quit()

    def close_down(self) -> None:
        """Stop everything and close the log, leaving the Qt application running."""
        self._after_tray.stop()
        self._storage_after_tray.stop()
        if self.engine is not None:
            self.engine.stop()
        if self.planner is not None:
            self.store.save_planner_memory(self.planner.memory)
        for flow in (
            self.device_sync,
            self.flow,
            self.safety,
            self.tracking,
            self.preferences,
            self.views,
        ):
            flow.close()
        self.server.close()
        self.store.close()
        self.lock.release()
        if self.place is not None:
            self.place.hide()
        self._drop_first_icon()
        self.notices.close_all()
        self.language.drop()
        set_reduced_motion(False)

    # --- the parts ------------------------------------------------------------------------

    def _build_flows(self) -> None:
        """The flows and views, each handed the store and what else it needs."""
        settings = lambda: self.settings  # noqa: E731 - read afresh at every use
        self.safety = SafetyFlow(self.store, self.clock, self.paths.data_dir, self, settings)
        self.flow = BreakFlow(
            self.clock, settings, self.store, self.library, self.safety, self,
            notify=self.notifier.notify,
        )  # fmt: skip
        self.tracking = Tracking(self.clock, settings, self.store, self)
        self.preferences = Preferences(
            self.paths, self.clock, self.store, self.notices, settings, self,
            set_autostart=autostart.set_enabled, read_only=lambda: self.settings_read_only,
        )  # fmt: skip
        self.preferences.applied.connect(self.apply_settings)
        self.preferences.log_replaced.connect(self._reopened)
        self.preferences.restart_requested.connect(lambda: relaunch(self.paths.home, self.quit))
        source = DashboardSource(
            self.store, self.clock, settings, self.library,
            status=lambda: self.flow.as_told(self.planner.status()) if self.planner else None,
            goal_start=lambda: self.planner.memory.goal_start_day if self.planner else None,
        )  # fmt: skip
        self.views = Views(source, self.paths, self.clock, settings, self.notices, self)
        self.device_sync = DeviceSync(self.store, self.clock, self.safety, self)
        self.device_sync.history_changed.connect(self.views.refresh)
        self.commands = Commands(
            self.paths, self.clock, self.store, self, self, as_told=self.flow.as_told
        )
        t = self.tracking
        t.rated.connect(self.views.refresh)
        t.goals_changed.connect(self.views.refresh)
        self.views.goals_requested.connect(t.ask_goals)
        self.safety.goals_named.connect(lambda named: t.save_goals({}, named))
        t.rated.connect(self.safety.rating_given)
        t.rated.connect(lambda _v: QTimer.singleShot(0, self._offer_safety_check))
        self.flow.log_changed.connect(self.views.refresh)
        self.flow.adjust_offered.connect(self.preferences.offer_interval)
        self.preferences.own_interval_requested.connect(
            lambda: self.driver.own_interval() if self.driver else None
        )
        self.flow.window_released.connect(self._give_back_memory)
        self.views.released.connect(self._give_back_memory)
        # After the window is gone, not inside its last signal: the check may open then.
        self.flow.window_closed.connect(lambda: QTimer.singleShot(0, self._offer_safety_check))

    def _connect_menu(self) -> None:
        """The tray menu's commands that need no planner (those that do follow it)."""
        m, t = self.menu, self.tracking
        m.safety_check_requested.connect(lambda: self.safety.open_from_menu(self.window))
        m.settings_requested.connect(self.preferences.open)
        m.dashboard_requested.connect(self.views.open_dashboard)
        m.session_requested.connect(lambda: self.flow.begin_session("tray"))
        m.rate_today_requested.connect(t.ask_end_of_day)
        m.checkin_requested.connect(t.ask_checkin)
        m.goals_requested.connect(t.ask_goals)
        m.quit_requested.connect(self.quit)

    def _show_status_place(self) -> None:
        """The tray icon, or a small window where there is no tray."""
        self.menu.set_snooze_options(self.settings["snooze_options_min"])
        self.menu.meeting_default_min = self.settings["meeting_default_min"]
        self.place = StatusPlace(
            self.menu,
            self.clock,
            use_tray=self._tray_available(),
            idle_known=self.idle_known,
            icon=self._first_icon,
            parent=self,
        )
        self._first_icon = None  # the place's now
        self.tray, self.window = self.place.tray, self.place.window
        self.place.show_requested.connect(self.show_main)
        self.place.quit_requested.connect(self.quit)

    def _start_engine(self) -> None:
        """The planner on its driver; the flows, menu and status display connected to it."""
        memory = self.store.load_planner_memory() or self.store.memory_from_log(self.settings)
        self.engine = Engine(
            self.settings,
            self.clock,
            memory,
            self._idle_seconds,
            self,
            ratings=self.store.end_of_day_ratings,
        )
        self.planner, self.driver = planner, driver = self.engine.planner, self.engine.driver
        driver.decided.connect(self.flow.on_decisions)
        driver.decided.connect(self.device_sync.decided)
        self.device_sync.drive(driver)
        driver.decided.connect(lambda _d: self.store.save_planner_memory(planner.memory))
        assert self.place is not None  # shown before the engine starts
        display = self.place.display
        driver.ticked.connect(lambda: display.show(self.flow.as_told(planner.status())))
        self.flow.drive(driver)
        self.menu.drive(driver)
        self.engine.start()

    def _finish_start(self) -> None:
        """What the tray can do without for its first moments: the desktop watchers (with
        APScheduler) and the move library. The tray host embeds the icon only once the
        requests start() made have reached the display server, which Qt otherwise leaves
        until the event loop runs idle, after this: so they are sent first."""
        QGuiApplication.sync()
        if self._watch_desktop and self.engine is not None:
            self._watch(self.engine)
        problems = self.library.problems()
        if problems:
            self.notices.tell([describe(m) for m in problems], error=True)
        self._storage_after_tray.start()

    def _look_after_log(self) -> None:
        """The day's first backup (a copy, synced), and the check of the log on a thread of
        its own: in full once a day, quickly otherwise. A trouble with either is told."""
        self.store.daily_backup()
        self.store.check_later(self._checked.emit)

    def _log_checked(self, found: object) -> None:
        if isinstance(found, Message):
            self.store.report(found)
        self.store.release_cache()
        settle()  # the start's last work is over

    def _give_back_memory(self) -> None:
        """A window gone: its memory, and the pages the log cached meanwhile, handed back."""
        self.store.release_cache()
        give_back_memory()

    def _watch(self, engine: Engine) -> None:
        """The desktop's moments and the wall clock's cues, to those that act on them."""
        jobs = engine.watch_desktop(self.settings)
        jobs.daily_backup.connect(self.store.daily_backup)
        jobs.end_of_day.connect(self.tracking.end_of_day_due)
        jobs.back_session.connect(self.flow.session_due)
        jobs.weekly_checkin.connect(self.tracking.checkin_due)
        jobs.function_goals.connect(self.tracking.goals_due)

    # --- what the parts ask of each other -----------------------------------------------------

    def idle_known(self) -> bool:
        return self.engine is None or self.engine.idle_known

    def _offer_safety_check(self) -> None:
        if self.flow.window is None:
            self.safety.offer_if_due(self.window)

    def _reopened(self) -> None:
        """After a restore or "delete all": everything that read the old log reads the new."""
        self.safety.reload()
        QTimer.singleShot(0, self._offer_safety_check)

    def apply_settings(self, new: settings_mod.Settings) -> None:
        """A change from the settings window: the planner re-plans, the clock jobs follow."""
        self.settings = new
        set_reduced_motion(new["reduced_motion"])
        self.menu.set_snooze_options(new["snooze_options_min"])
        self.menu.meeting_default_min = new["meeting_default_min"]
        if self.place is not None:
            self.place.display.forget()
        if self.engine is not None:
            self.engine.settings_changed(new)
        self.device_sync.follow_settings()

    def show_main(self) -> None:
        """What a second launch or a click on the tray icon brings forward."""
        if self.place is not None:
            self.place.bring_forward(log_open=self.store.is_open)
        if self.store.is_open:
            self.views.open_dashboard()
