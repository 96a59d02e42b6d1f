"""The composition root: the one place that knows every part, builds it and connects it.

It decides nothing itself. The planner decides when (core), the store owns the log
(services), the flows run what the user meets (flows), the tray and windows show it (ui), and
the platform reports the desktop (platform). Tests build a `BackmoveApp` with fakes at the
named seams only: the clock, tray availability, the idle probe, the notifiers and the desktop
watchers. docs/architecture.md draws the whole house.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from backmove import __version__
from backmove.core import settings as settings_mod
from backmove.core.clock import Clock
from backmove.core.planner import Planner
from backmove.flows.breaks import BreakFlow
from backmove.flows.commands import Commands
from backmove.flows.preferences import Preferences
from backmove.flows.safety import SafetyFlow
from backmove.flows.tracking import Tracking
from backmove.paths import Paths
from backmove.platform import autostart
from backmove.platform.datalock import DataLock, Owner
from backmove.platform.instance import InstanceServer
from backmove.platform.launch import relaunch
from backmove.platform.memory import give_back_memory
from backmove.platform.notify import Notifier, NotifierChain, PlyerNotifier
from backmove.platform.socketplace import Problem
from backmove.scheduling.deadline import PlannerDriver
from backmove.services.dashboard import DashboardSource
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


class BackmoveApp(QObject):
    """The running app: settings, the store, the flows, the tray (or its stand-in window)."""

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
        self.adjust_card: Any = None
        self.idle_probe: Any = None
        self.wallclock: Any = None
        self.watchers: list[Any] = []  # the desktop and the wall clock: each starts and stops
        self.planner: Planner | None = None
        self.driver: PlannerDriver | None = None
        self.notices = Notices(self.tr("Notice"), lambda: self.window)
        self.store = Store(
            paths, clock, told=lambda m: self.notices.tell([describe(m)], error=True)
        )
        self.library = MoveLibrary(
            paths.user_moves_dir, lambda text: QCoreApplication.translate("moves", text)
        )
        self.server = InstanceServer(paths.instance_key, self)
        self.lock = DataLock(paths.lock_file)
        self.place_problem: Problem | None = None
        """Why `start` did not listen, when the socket's place is not safe to use."""
        self.language = Language()
        self.menu = AppMenu(self)
        self._after_tray = QTimer(self, singleShot=True, interval=0)
        self._after_tray.timeout.connect(self._finish_start)
        self._build_flows()

    # --- start and stop -----------------------------------------------------------------

    def start(self) -> bool:
        """Bring the app up. False (and nothing shown) when another process holds the data
        folder's lock (a running backmove, or a restore under way), or when the socket's
        place is not this user's alone (`place_problem` says how).

        The lock, not the socket, decides: it is held for the app's whole life, seen by every
        shell whatever its environment, and let go by the kernel when the app dies."""
        folders = self.paths.ensure()
        owner = self.lock.acquire(wait_s=0.5)  # a command's quick look at the lock may be on
        if owner is Owner.OTHER:
            return False
        if owner is Owner.UNKNOWN:
            log.warning("the data folder's lock could not be taken: %s", self.lock.problem)
        self.place_problem = self.server.listen()
        if self.place_problem is not None:
            self.lock.release()
            return False
        stamp = self.clock.local().strftime("%Y%m%d-%H%M%S")
        loaded = settings_mod.load_or_create(self.paths.settings_file, stamp)
        self.settings, self.settings_read_only = loaded.settings, loaded.read_only
        told = [*folders, *loaded.messages]
        set_reduced_motion(self.settings["reduced_motion"])
        if self.language.use(self.settings["language"]) != "en":
            self.menu = AppMenu(self)  # built before the language was known
        fatal, opened = self.store.open()
        told += opened
        self.safety.reload()  # the latest check, now that the log is open
        if fatal is None:
            told += [m for m in [self.store.daily_backup(tell=False)] if m is not None]
        self._connect_menu()
        self.commands.serve(self.server)
        if fatal is not None:
            # A database we must not touch (newer, foreign, a failed upgrade): say so, run
            # nothing, and quit when the user has read it.
            box = self.notices.tell([describe(fatal)], error=True, title=self.tr("Cannot start"))
            box.finished.connect(self.quit)
            return True
        self._show_status_place()
        self._start_engine()
        if told:
            self.notices.tell([describe(m) for m in told], error=True)
        self.safety.offer_if_due(self.window)
        self._after_tray.start()
        log.info("backmove %s started (%s)", __version__, "tray" if self.tray else "window")
        return True

    def quit(self) -> None:
        self.quitting.emit()
        self.close_down()
        self.qapp.quit()

    def close_down(self) -> None:
        """Stop everything and close the log, leaving the Qt application running."""
        self._after_tray.stop()
        if self.driver is not None:
            self.driver.stop()
        for watcher in self.watchers:
            watcher.stop()
        if self.idle_probe is not None:
            self.idle_probe.close()
        if self.planner is not None:
            self.store.save_planner_memory(self.planner.memory)
        for flow in (self.flow, self.safety, self.tracking, self.preferences, self.views):
            flow.close()
        self.server.close()
        self.store.close()
        self.lock.release()
        if self.place is not None:
            self.place.hide()
        self.notices.close_all()
        self.language.drop()
        set_reduced_motion(False)

    # --- the parts ------------------------------------------------------------------------

    def _build_flows(self) -> None:
        """The flows and views, each handed the store and what else it needs."""
        settings = lambda: self.settings  # noqa: E731 - read afresh at every use
        self.safety = SafetyFlow(self.store, self.clock, self.paths.data_dir, self, settings)
        self.flow = BreakFlow(
            self.clock,
            settings,
            self.store,
            self.library,
            self.safety,
            self,
            notify=self.notifier.notify,
        )
        self.tracking = Tracking(self.clock, settings, self.store, self)
        self.preferences = Preferences(
            self.paths,
            self.clock,
            settings=settings,
            apply=self.apply_settings,
            store=self.store,
            reopened=self._reopened,
            tell=lambda lines, error: self.notices.tell(lines, error=error),
            set_autostart=autostart.set_enabled,
            read_only=lambda: self.settings_read_only,
            parent=self,
        )
        self.preferences.restart_requested.connect(lambda: relaunch(self.paths.home, self.quit))
        source = DashboardSource(
            self.store,
            self.clock,
            settings,
            self.library,
            status=lambda: self.planner.status() if self.planner else None,
            goal_start=lambda: self.planner.memory.goal_start_day if self.planner else None,
        )
        self.views = Views(source, self.paths, self.clock, settings, self.notices, self)
        self.commands = Commands(
            self.paths,
            self.clock,
            self.store,
            controls=lambda: self.driver,
            idle_known=self._idle_known,
            has_tray=lambda: self.tray is not None,
            show=self.show_main,
            quit=self.quit,
            settings=lambda: self.settings,
            parent=self,
        )
        t = self.tracking
        t.rated.connect(self.views.refresh)
        t.goals_changed.connect(self.views.refresh)
        self.views.goals_requested.connect(t.ask_goals)
        self.safety.goals_named.connect(lambda named: t.save_goals({}, named))
        t.rated.connect(self.safety.rating_given)
        t.rated.connect(lambda _v: QTimer.singleShot(0, self._offer_safety_check))
        self.flow.log_changed.connect(self.views.refresh)
        self.flow.window_released.connect(give_back_memory)
        self.views.released.connect(give_back_memory)
        self.flow.adjust_offered.connect(self._offer_adjust)
        # After the window is gone, not inside its last signal: the check may open then.
        self.flow.window_closed.connect(lambda: QTimer.singleShot(0, self._offer_safety_check))

    def _connect_menu(self) -> None:
        """The tray menu's commands that need no planner (those that do follow it)."""
        m, t = self.menu, self.tracking
        m.safety_check_requested.connect(lambda: self.safety.open_from_menu(self.window))
        m.settings_requested.connect(self.preferences.open)
        m.dashboard_requested.connect(self.views.open_dashboard)
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
            idle_known=self._idle_known,
            parent=self,
        )
        self.tray, self.window = self.place.tray, self.place.window
        self.place.show_requested.connect(self.show_main)
        self.place.quit_requested.connect(self.quit)

    def _start_engine(self) -> None:
        """The planner and the driver that feeds it idle readings and arms its deadline."""
        self.planner = Planner(self.settings, self.clock, self.store.load_planner_memory())
        idle = self._idle_seconds
        if idle is None:
            from backmove.platform.idle import choose_idle_probe

            self.idle_probe = choose_idle_probe()
            idle = self.idle_probe.idle_seconds
        self.driver = driver = PlannerDriver(self.planner, self.clock, idle, self)
        planner = self.planner
        driver.decided.connect(self.flow.on_decisions)
        driver.decided.connect(lambda _d: self.store.save_planner_memory(planner.memory))
        assert self.place is not None  # shown before the engine starts
        display = self.place.display
        driver.ticked.connect(lambda: display.show(planner.status()))
        self.flow.start_requested.connect(driver.start_break)
        self.flow.done_requested.connect(driver.finish_break)
        self.flow.skip_requested.connect(driver.skip)
        self.flow.snooze_requested.connect(driver.snooze)
        m = self.menu
        m.break_now_requested.connect(driver.break_now)
        m.snooze_requested.connect(driver.snooze)
        m.pause_requested.connect(driver.pause)
        m.resume_requested.connect(driver.resume)
        m.meeting_requested.connect(driver.meeting)
        driver.start()

    def _finish_start(self) -> None:
        """What the tray can do without for its first moments: the desktop watchers (with
        APScheduler) and the move library. The tray host embeds the icon only once the
        requests start() made have reached the display server, which Qt otherwise leaves
        until the event loop runs idle, after this: so they are sent first."""
        QGuiApplication.sync()
        if self._watch_desktop and self.driver is not None:
            self._watch(self.driver)
        problems = self.library.problems()
        if problems:
            self.notices.tell([describe(m) for m in problems], error=True)

    def _watch(self, driver: PlannerDriver) -> None:
        """Sleep and wake, full screen and Do Not Disturb, and the wall-clock jobs."""
        from backmove.platform.desktop import DesktopWatch
        from backmove.scheduling.wallclock import WallClockJobs

        desktop = DesktopWatch(self.clock, self)
        self.wallclock = jobs = WallClockJobs(parent=self)
        driver.follow(desktop)
        for wake in (desktop.resumed, desktop.clock_jumped):
            wake.connect(lambda _s: jobs.wake())
        jobs.configure(self.settings)
        jobs.hours_edge.connect(driver.tick)
        jobs.new_day.connect(driver.tick)
        jobs.daily_backup.connect(self.store.daily_backup)
        jobs.end_of_day.connect(self.tracking.end_of_day_due)
        jobs.weekly_checkin.connect(self.tracking.checkin_due)
        jobs.function_goals.connect(self.tracking.goals_due)
        self.watchers += [desktop, jobs]
        for watcher in self.watchers:
            watcher.start()

    # --- what the parts ask of each other -----------------------------------------------------

    def _idle_known(self) -> bool:
        return self.idle_probe is None or bool(self.idle_probe.available)

    def _offer_safety_check(self) -> None:
        if self.flow.window is None:
            self.safety.offer_if_due(self.window)

    def _offer_adjust(self, spaced: int) -> None:
        """Breaks keep being skipped: ask, once, which interval the user wants."""
        from backmove.ui.adjust import AdjustCard

        card = AdjustCard(spaced, self.settings["interval_min"], theme=self.settings["theme"])
        card.keep_spaced.connect(
            lambda n: self.preferences.changed(self.settings.replace(interval_min=n))
        )
        card.keep_own.connect(lambda: self.driver.own_interval() if self.driver else None)
        card.settings_requested.connect(self.preferences.open)
        self.adjust_card = card
        card.present()

    def _reopened(self) -> None:
        """After a restore or "delete all": everything that read the old log reads the new."""
        self.store.reopen()
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
        if self.driver is not None:
            self.driver.settings_changed(new)
        if self.wallclock is not None:
            self.wallclock.configure(new)

    def show_main(self) -> None:
        """What a second launch or a click on the tray icon brings forward."""
        if self.place is not None:
            self.place.bring_forward(log_open=self.store.is_open)
        if self.store.is_open:
            self.views.open_dashboard()
