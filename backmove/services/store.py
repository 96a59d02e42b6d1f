"""The one owner of the break log: whether there is a database, and everything that touches it
as a whole.

Every reader and writer asks the store, never a database of its own, so "the log may be
missing" is decided in one place: when it could not be opened (locked, read-only, no space)
`repo` is None, each write says so once per kind of trouble, and the next write at least a
minute later tries to open it again, so saving resumes by itself once the cause is gone.

The store also keeps the planner's memory between runs (recent days, the back-off, the goal's
start) in a small JSON file beside the log, written atomically and 0600 like the log.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import sqlite3
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from backmove.core.clock import Clock
from backmove.core.files import loads_bounded, read_bounded
from backmove.core.messages import Message
from backmove.core.planner_memory import PlannerState
from backmove.core.sitting import WATCHING
from backmove.paths import Paths
from backmove.storage.database import Database, check_file, damage_marker
from backmove.storage.errors import StorageError
from backmove.storage.files import PRIVATE_FILE, write_private
from backmove.storage.messages import DatabaseDamaged
from backmove.storage.records import AppEvent, Rating, local_stamp
from backmove.storage.repository import Repository

if TYPE_CHECKING:
    from backmove.core.planner import Decision
    from backmove.core.settings import Settings
    from backmove.services.devices import Devices
    from backmove.services.recorder import BreakRecorder

log = logging.getLogger(__name__)

RETRY_S = 60.0
"""How often a log that could not be opened is tried again, when there is something to save."""

FATAL_CODES = frozenset({"database_newer", "database_foreign", "migration_failed"})
"""Troubles the user must act on before anything runs: the file is not ours to touch."""

T = TypeVar("T")


class Store:
    """Opens, retries, backs up, closes and reopens the log; hands out its repository."""

    def __init__(
        self,
        paths: Paths,
        clock: Clock,
        *,
        told: Callable[[Message], object] | None = None,
        devices: Devices | None = None,
        owner: bool = True,
    ) -> None:
        """`told` hears each storage trouble once per kind until the log works again.
        `devices`, when given, adds the other devices' history to every read (`history`) and
        hears of every write, to publish this device's copy. `owner` False: a reader beside
        the app (`backmove report`), which leaves a break under way to the app that runs it,
        rather than ending it as left open."""
        self._owner = owner
        self._paths = paths
        self._clock = clock
        self._told: Callable[[Message], object] = told or (lambda _message: None)
        self._told_codes: set[str] = set()
        self._tried_at = -math.inf
        self.db: Database | None = None
        self.repo: Repository | None = None
        self.recorder: BreakRecorder | None = None
        self.devices = devices
        self._merged: tuple[Database, Repository] | None = None

    @property
    def is_open(self) -> bool:
        return self.repo is not None

    @property
    def path(self) -> Path:
        """Where the log is, for a reader of its own on another thread."""
        return self._paths.database

    # --- opening and closing ------------------------------------------------------------------

    def open(self, *, check: bool = True) -> tuple[Message | None, list[Message]]:
        """Open the log: (a fatal problem the user must act on first, or None; what to tell).

        A trouble that is not fatal (locked, read-only, no space) leaves the store closed and
        is told: breaks still run, and a later write tries again. `check=False` leaves
        SQLite's page-by-page check for `check_later`, once the tray is up."""
        self._tried_at = self._clock.monotonic()
        try:
            opened = Database.open(self._paths.database, self._clock, check=check)
        except StorageError as exc:
            if exc.message.severity == "error" and exc.message.code in FATAL_CODES:
                return exc.message, []
            return None, [exc.message]
        self._use(opened.database)
        return None, list(opened.messages)

    def _use(self, db: Database) -> None:
        self.db = db
        # The recorder (and the planner it records) is loaded with the first open: `backmove
        # status` reads the planner's memory from a store it never opens.
        from backmove.services.recorder import BreakRecorder

        self.repo = Repository(db)
        self.recorder = BreakRecorder(self.repo, self._clock)
        self._told_codes.clear()
        self._close_open_breaks(None)

    def _close_open_breaks(self, ended_at: int | None) -> None:
        """End the breaks the log still has under way as `interrupted`.

        On opening, nothing can be under way yet: an open row is one a quit or a crash left
        behind, and it ends when it was last known to be going on (the repository's rule). On
        closing, the break under way is cut short now. Either way it then counts as offered and
        interrupted, instead of staying open, and counted nowhere, for ever."""
        if self.repo is None or not self._owner:
            return
        try:
            closed = self.repo.close_open_breaks(ended_at)
        except StorageError as exc:
            log.warning("could not end the breaks left open: %s", exc.message)
            return
        if closed:
            log.info("ended %d break(s) left open as interrupted", closed)

    def close(self) -> None:
        """Close the log; a break still under way is ended `interrupted` first."""
        self._close_open_breaks(math.floor(self._clock.wall()))
        self.recorder = None
        self.repo = None
        self._merged = None
        if self.devices is not None:
            self.devices.close()
        if self.db is not None:
            self.db.close()
            self.db = None

    def release_cache(self) -> None:
        """The log's cached pages handed back, once a burst of reading is over."""
        if self.db is not None:
            self.db.release_cache()

    def reopen(self) -> None:
        """After a restore or "delete all": the log is opened afresh; any trouble is told."""
        self.close()
        fatal, messages = self.open()
        for message in [fatal] if fatal is not None else messages:
            if message.severity == "error":
                self._tell(message)

    def retry(self) -> bool:
        """Try a log that could not be opened again, at most once a minute. True when it is
        open now."""
        if self.db is not None:
            return True
        now = self._clock.monotonic()
        if now - self._tried_at < RETRY_S:
            return False
        self._tried_at = now
        try:
            opened = Database.open(self._paths.database, self._clock, check=False)
        except StorageError as exc:
            log.info("the database is still not usable: %s", exc.message)
            return False
        log.info("the database is usable again")
        self._use(opened.database)
        return True

    # --- reading and writing ------------------------------------------------------------------

    def write(self, action: Callable[[Repository], T]) -> T | None:
        """Run one write; a closed log is retried first. A failure is told once per kind and
        None returned: breaks matter more than their record."""
        if self.repo is None and not self.retry():
            return None
        assert self.repo is not None
        try:
            result = action(self.repo)
        except StorageError as exc:
            self.failed(exc)
            return None
        self._wrote()
        return result

    def record(self, decisions: list[Decision], routine: str | None = None) -> None:
        """Write what the planner decided (the break's routine with its first row)."""
        if self.recorder is None and not self.retry():
            return
        assert self.recorder is not None
        try:
            self.recorder.record(decisions, routine)
        except StorageError as exc:
            self.failed(exc)
            return
        if decisions:
            self._wrote()

    def end_of_day_ratings(self) -> list[Rating]:
        """Each local day's latest end-of-day rating in the log (none when it is closed): what
        the daily goal's rule reads, in the planner as in the views. The pain series keeps
        only a day's latest answer, so the rest are never read: at a million ratings reading
        them all had held the app's start for two seconds."""
        end = math.floor(self._clock.wall()) + 2 * 86_400  # as far ahead as the views read
        return self.read(lambda repo: repo.latest_end_of_day_by_day(0, end), [])

    def mark_watching(self) -> None:
        """Say in the log that backmove watches the user's work from now (the app started):
        the day's longest stretch without a break begins no earlier (core.sitting)."""
        at, offset = local_stamp(self._clock, self._clock.wall())
        self.write(lambda repo: repo.add_event(AppEvent(at=at, utc_offset_s=offset, kind=WATCHING)))

    def row_id(self, break_id: int | None) -> int | None:
        """The log's id of a break the planner has under way, for what is said during it."""
        return self.recorder.row_id(break_id) if self.recorder is not None else None

    def history_opener(self) -> Callable[[], Database]:
        """How another thread opens the history `history` reads: the local log through a
        read-only connection of its own, merged there with every other device's copy when there
        are any (the merge costs as much as the history, so it is made off the thread that
        draws). The opened database is the caller's to close. Skipped copies are told by
        `history`, on this thread."""
        path = self.path
        found = self.devices.look() if self.devices is not None else None
        if self.devices is None or found is None or not found.copies:
            return lambda: Database.open_reader(path)
        own, copies = self.devices.identity.id, tuple(found.copies)

        def open_merged() -> Database:
            from backmove.storage.devices import merged

            return merged(path, own, copies)[0]

        return open_merged

    def history(self) -> Repository | None:
        """What every view reads: the local log, and with a sync folder every other device's
        copy merged with it (`services.devices`); None when the log is closed. Writes never
        go here: they go to `repo`, the local log alone."""
        if self.repo is None or self.db is None or self.devices is None:
            return self.repo
        merged = self.devices.history(self.db)
        if merged is None:
            return self.repo
        if self._merged is None or self._merged[0] is not merged:
            self._merged = (merged, Repository(merged))
        return self._merged[1]

    def publish_now(self) -> bool:
        """This device's copy into the sync folder now (on quit); False when there is none."""
        if self.devices is None or self.db is None:
            return False
        return self.devices.publish(self.db)

    def publish_if_due(self) -> bool:
        """The copy after a burst of writes has settled (`Devices.changed`)."""
        if self.devices is None:
            return False
        return self.devices.publish_if_due(self.db)

    def _wrote(self) -> None:
        if self.devices is not None:
            self.devices.changed()

    def read(self, action: Callable[[Repository], T], default: T) -> T:
        """Run one read over the history (`history`); `default` when the log is closed or the
        read fails (logged)."""
        repo = self.history()
        if repo is None:
            return default
        try:
            return action(repo)
        except StorageError as exc:
            log.warning("could not read the log: %s", exc.message)
            return default

    def failed(self, exc: StorageError) -> None:
        """A write failed: tell once per kind of trouble, then keep running."""
        self._tell(exc.message)

    def report(self, message: Message) -> None:
        """A trouble found outside a read or write (the check after start): told once per
        kind, as a failed write is."""
        self._tell(message)

    def _tell(self, message: Message) -> None:
        if message.code not in self._told_codes:
            self._told_codes.add(message.code)
            self._told(message)

    def daily_backup(self, *, tell: bool = True) -> Message | None:
        """Today's copy of the log (seven kept). A failure is logged and returned, and told
        once when `tell` (the caller that gathers messages to show together says False); so
        are backups dated after now, which a clock set ahead made, and which are kept: those
        once for each set of them, however many days and starts see them."""
        if self.db is None:
            return None
        from backmove.storage.backup import backup, backup_name, dated_ahead_untold

        today = self._clock.local().date()
        now = self._clock.wall()
        if not (self._paths.backups_dir / backup_name(today)).exists():
            try:
                backup(self.db, self._paths.backups_dir, today, now=now)
            except StorageError as exc:
                log.warning("daily backup failed: %s", exc.message)
                if tell:
                    self._tell(exc.message)
                return exc.message
        note = dated_ahead_untold(self._paths.backups_dir, now)
        if note is not None:
            log.warning("backups dated ahead: %s", note)
            if tell:
                self._tell(note)
        return note

    # --- the check of the file, after start ---------------------------------------------------

    @property
    def checked_file(self) -> Path:
        """The local day of the last full `integrity_check`, beside the log."""
        return self._paths.data_dir / "integrity-checked"

    def full_check_due(self) -> bool:
        """A full check once a day (the first start of the day); a quick one otherwise."""
        try:
            return read_bounded(self.checked_file, 64).decode("ascii").strip() != self._today()
        except (OSError, UnicodeDecodeError):
            return True

    def _today(self) -> str:
        return self._clock.local().date().isoformat()

    def check_later(self, done: Callable[[Message | None], object]) -> threading.Thread | None:
        """Check the open log on a thread of its own, through a read-only connection, so the
        tray and breaks run meanwhile: in full on the first start of the day, quickly
        otherwise. `done` is called on that thread with None, or with `DatabaseDamaged`
        after a note is left for the next start to set the file aside (as for damage met
        while running). None when there is no log to check."""
        if self.db is None:
            return None
        path, full, today = self.db.path, self.full_check_due(), self._today()

        def run() -> None:
            try:
                sound = check_file(path, full=full)
            except sqlite3.Error:
                log.warning("the log could not be checked", exc_info=True)
                done(None)
                return
            if not sound:
                log.error("the log is damaged (%s check)", "full" if full else "quick")
                with contextlib.suppress(OSError):
                    damage_marker(path).touch(mode=PRIVATE_FILE)
                done(DatabaseDamaged(str(path)))
                return
            if full:
                with contextlib.suppress(OSError):
                    write_private(self.checked_file, today)
            log.info("the log is sound (%s check)", "full" if full else "quick")
            done(None)

        thread = threading.Thread(target=run, name="backmove-check", daemon=True)
        thread.start()
        return thread

    # --- the planner's memory -----------------------------------------------------------------

    @property
    def memory_file(self) -> Path:
        return self._paths.data_dir / "planner-state.json"

    def load_planner_memory(self) -> PlannerState | None:
        """What the planner remembered when backmove last stopped; None when nothing usable."""
        try:
            text = read_bounded(self.memory_file).decode("utf-8")
            return PlannerState.from_dict(loads_bounded(text))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError, AttributeError):
            log.warning("planner state unreadable; starting afresh", exc_info=True)
            return None

    def save_planner_memory(self, memory: PlannerState) -> None:
        """Write the memory whole or not at all; the temporary file (0600 from mkstemp) never
        outlives a failure, so a full disk saved to after every decision leaves nothing."""
        try:
            import tempfile  # here: `backmove status` reads the memory, never writes it

            fd, tmp = tempfile.mkstemp(prefix=".planner-", dir=self._paths.data_dir)
        except OSError:
            log.warning("could not save the planner state", exc_info=True)
            return
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(memory.to_dict(), fh)
                fh.flush()
                os.fsync(fh.fileno())
            Path(tmp).replace(self.memory_file)
        except OSError:
            log.warning("could not save the planner state", exc_info=True)
        finally:
            Path(tmp).unlink(missing_ok=True)

    def goal_start(self) -> date | None:
        """When the daily goal's weekly steps began, from the planner's memory."""
        memory = self.load_planner_memory()
        return memory.goal_start_day if memory is not None else None

    def memory_from_log(self, settings: Settings) -> PlannerState | None:
        """A planner's memory for a log that has breaks but no memory beside it (it was lost,
        or the log came from a backup or an import): the daily goal's steps count from the
        log's first day, as `backmove status` and the dashboard count them without a memory,
        so the running app does not start the goal over and say otherwise. None for an empty
        log (a new user's goal starts today)."""
        from backmove.services.counts import goal_for, goal_start_of

        began = self.read(lambda repo: goal_start_of(repo, None), None)
        if began is None:
            return None
        today = self._clock.local().date()
        goal = goal_for(settings, began, self.end_of_day_ratings(), today)(today)
        base: int = settings["daily_goal"]
        return PlannerState(goal=goal, goal_base=base, goal_start=began.isoformat())
