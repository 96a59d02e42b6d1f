"""Keeping this device in step with the others through the sync folder (docs/devices.md).

While a sync folder is set, every `LOOK_MS` the flow publishes this device's copy once a burst
of writes has settled, reads the others' files, lets the safety flow re-read the screens and
stop symptoms of every device (a hold raised on one pauses exercise here too), tells the views
when another device's history changed, and runs the shared sitting clock: the planner hears
what the others did as facts (`core.devices.SittingSync`), and this device's heartbeat is
written at most once a minute while it is in use. On quit the copy is published once more.

Without a sync folder nothing here touches a file, no timer runs (an idle app is not woken
for a folder it does not have), and the planner hears nothing.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from backmove.core.clock import Clock
from backmove.core.devices import PlannerFacts, SittingSync
from backmove.core.planner import Decision, Status
from backmove.services.store import Store

log = logging.getLogger(__name__)

LOOK_MS = 20_000
"""How often the folder is looked at: a sync tool takes seconds to bring a file over."""


class Driver(PlannerFacts, Protocol):
    """What the flow needs of the planner's driver (scheduling.deadline.PlannerDriver)."""

    def idle(self) -> float: ...
    @property
    def planner(self) -> _Planner: ...


class _Planner(Protocol):
    def status(self) -> Status: ...


class Refreshing(Protocol):
    def refresh(self) -> None: ...


class DeviceSync(QObject):
    """The sync folder's side of the running app."""

    history_changed = Signal()
    """Another device's copy changed: the views read the history again."""

    def __init__(
        self, store: Store, clock: Clock, safety: Refreshing, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._safety = safety
        self._driver: Driver | None = None
        self._sitting: SittingSync | None = None
        self._copies: tuple[tuple[str, float], ...] = ()
        self._timer = QTimer(self, interval=LOOK_MS)
        self._timer.timeout.connect(self.look)

    @property
    def looking(self) -> bool:
        """Whether the folder is looked at every `LOOK_MS` (only while one is set)."""
        return self._timer.isActive()

    def start(self) -> None:
        self.follow_settings()

    def follow_settings(self) -> None:
        """Look every `LOOK_MS` while a sync folder is set (at once when it was just set);
        stop when it is cleared."""
        devices = self._store.devices
        if devices is None or not devices.folder_set:
            self._timer.stop()
            return
        if not self._timer.isActive():
            self._timer.start()
            self.look()

    def drive(self, driver: Driver) -> None:
        """The planner to tell what the other devices did; its decisions come back through
        `decided` (connected by the app)."""
        devices = self._store.devices
        if devices is None:
            return
        self._driver = driver
        self._sitting = SittingSync(devices.identity.id, self._clock)

    def decided(self, decisions: list[Decision]) -> None:
        """This device's planner decided: a break's end starts a new cycle for every device."""
        if self._sitting is not None:
            self._sitting.decided(decisions)

    def look(self) -> None:
        """One round: publish if due, read the others, act on what changed."""
        devices = self._store.devices
        if devices is None:
            return
        try:
            self._store.publish_if_due()
            found = devices.look()
        except Exception:  # a sync folder is someone else's file system: never stop the app
            log.warning("could not look at the sync folder", exc_info=True)
            return
        copies = () if found is None else tuple(c.stamp for c in found.copies)
        if copies != self._copies:
            self._copies = copies
            self._safety.refresh()
            self.history_changed.emit()
        if found is not None:
            self._sit([b.beat for b in found.beats if b.beat is not None])
            # The merged history made now, between breaks, rather than by the first read
            # after a change, which may be a prompt choosing its moves (a few hundred ms over
            # years of two computers: python -m bench, devices_merge).
            self._store.history()

    def _sit(self, beats: list) -> None:
        sitting, driver, devices = self._sitting, self._driver, self._store.devices
        if sitting is None or driver is None or devices is None:
            return
        sitting.heard(beats)
        idle = driver.idle()
        sitting.facts(driver, idle)  # what it decides comes back through `decided`
        if idle < 60:
            status = driver.planner.status()
            devices.beat(sitting.heartbeat(status.active_s, idle))

    def close(self) -> None:
        """On quit: stop looking, and publish this device's copy once more."""
        self._timer.stop()
        try:
            self._store.publish_now()
        except Exception:
            log.warning("could not publish on quit", exc_info=True)
