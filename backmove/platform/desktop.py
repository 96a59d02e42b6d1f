"""The desktop's moments that matter to the planner, from one object: the machine going to
sleep and waking, the clock jumping, a full-screen window, Do Not Disturb, and an app keeping
the screen awake (a video call, a slide show).

Each comes from its own backend (logind or a wall-clock gap detector for sleep; X11, D-Bus
or nothing for the screen state); this gathers them so the app connects six signals rather
than building six parts.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from backmove.core.clock import Clock


class DesktopWatch(QObject):
    """Starts and stops the power and screen-state watchers and passes on what they see."""

    suspending = Signal()
    resumed = Signal(float)
    """The machine woke after sleeping this many seconds."""
    clock_jumped = Signal(float)
    fullscreen_changed = Signal(bool)
    dnd_changed = Signal(bool)
    call_changed = Signal(bool)

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from backmove.platform.power import create_power_monitor
        from backmove.platform.screenstate import ScreenStateWatcher, choose_screen_state_probe

        self._power = create_power_monitor(clock, parent=self)
        self._probe = choose_screen_state_probe()
        self._screen = ScreenStateWatcher(self._probe, parent=self)
        self._power.suspending.connect(self.suspending)
        self._power.resumed.connect(self.resumed)
        self._power.clock_jumped.connect(self.clock_jumped)
        self._screen.fullscreen_changed.connect(self.fullscreen_changed)
        self._screen.dnd_changed.connect(self.dnd_changed)
        self._screen.call_changed.connect(self.call_changed)

    def start(self) -> None:
        self._power.start()
        self._screen.start()

    def look(self) -> None:
        """The planner is about to decide: ask what nobody tells of changes (logind's calls)."""
        self._screen.look()

    def stop(self) -> None:
        self._power.stop()
        self._screen.stop()
        self._probe.close()
