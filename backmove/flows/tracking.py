"""The ratings that are not part of a break: the end-of-day question, the weekly check-in and
the function goals.

The end-of-day rating is the trend (docs/evidence.md#end-of-day-rating), so it is asked once a
working day at the time the user set, and only if today has no answer yet; the weekly check-in
(the body map, and PEG when the user turned it on) once a week on the chosen day, unless one
was given in the last six days. Both can also be opened from the tray at any time. The
function goals (docs/evidence.md#function-goals) are rated again when four weeks have passed
since their latest rating: a daily look offers the card, once that day however it is answered,
so a user who closes it is not asked again until the next day. Each answer is written at once,
in its own transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from backmove.core.clock import Clock
from backmove.core.function_goals import MAX_GOALS, clean_activity, rerating_due
from backmove.core.regions import check_regions
from backmove.core.settings import Settings
from backmove.core.stats import local_day
from backmove.services.store import Store
from backmove.storage.errors import StorageError
from backmove.storage.records import (
    Checkin,
    FunctionGoal,
    FunctionRating,
    Rating,
    local_stamp,
)
from backmove.storage.repository import Repository

log = logging.getLogger(__name__)

CHECKIN_GAP_DAYS = 6


class Tracking(QObject):
    """Asks the two questions when they are due and writes the answers."""

    rated = Signal(int)
    """An end-of-day answer was given (the safety check watches for severe ratings)."""
    goals_changed = Signal()
    """Function goals were named, rated or retired (the dashboard draws them)."""

    def __init__(
        self,
        clock: Clock,
        settings: Callable[[], Settings],
        store: Store,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._settings = settings
        self._repo: Callable[[], Repository | None] = lambda: store.repo
        self._history: Callable[[], Repository | None] = store.history
        """Every device's answers (docs/devices.md): a day rated, or a week checked in, on
        another computer is not asked again here. Goals are edited in the local log only."""
        self._storage_failed: Callable[[StorageError], None] = store.failed
        self.end_of_day: QWidget | None = None
        self.checkin: QWidget | None = None
        self.goals: QWidget | None = None
        self.goals_offered_on: date | None = None
        """The day the goals' card was last offered by the daily look: once a day at most."""

    # --- when -------------------------------------------------------------------------------

    def _working_today(self) -> bool:
        s = self._settings()
        today = self._clock.local()
        return bool(s.working_ranges(today.weekday())) and today.date() not in s.days_off()

    def _since(self, days: int) -> int:
        """The wall time of local midnight `days` days ago."""
        now = self._clock.local()
        midnight = datetime.combine(now.date() - timedelta(days=days), time(), now.tzinfo)
        return int(midnight.timestamp())

    def rated_today(self) -> bool:
        repo = self._history()
        if repo is None:
            return False
        try:
            return bool(
                repo.ratings_between(self._since(0), int(self._clock.wall()) + 1, "end_of_day")
            )
        except StorageError:
            return False

    def checked_in_lately(self) -> bool:
        repo = self._history()
        if repo is None:
            return False
        try:
            return bool(
                repo.checkins_between(self._since(CHECKIN_GAP_DAYS), int(self._clock.wall()) + 1)
            )
        except StorageError:
            return False

    def end_of_day_due(self) -> None:
        """The end-of-day time came: ask, if today is a working day without an answer."""
        if (
            self._settings()["end_of_day_rating"]
            and self._working_today()
            and not self.rated_today()
        ):
            self.ask_end_of_day()

    def checkin_due(self) -> None:
        """The check-in day came: ask, unless the user checked in during the last six days."""
        if self._settings()["weekly_checkin"] and not self.checked_in_lately():
            self.ask_checkin()

    def last_goals_rating_day(self) -> date | None:
        """The local day of the latest rating of a goal still tracked; None without one."""
        repo = self._repo()
        if repo is None:
            return None
        try:
            latest = repo.latest_function_rating()
        except StorageError:
            return None
        return None if latest is None else local_day(latest.at, latest.utc_offset_s)

    def goals_due(self) -> None:
        """The daily look: offer the goals' card when four weeks have passed since they were
        last rated, and not again that day whatever the user does with it."""
        today = self._clock.local().date()
        if self.goals_offered_on == today:
            return
        if rerating_due(self.last_goals_rating_day(), today):
            self.goals_offered_on = today
            self.ask_goals()

    # --- asking -------------------------------------------------------------------------------

    def ask_end_of_day(self) -> None:
        from backmove.ui.end_of_day import EndOfDayRating

        if self.end_of_day is not None and self.end_of_day.isVisible():
            return
        card = EndOfDayRating(theme=self._settings()["theme"])
        card.rated.connect(self._save_rating)
        card.present()
        self.end_of_day = card

    def ask_checkin(self) -> None:
        from backmove.ui.checkin import WeeklyCheckin

        if self.checkin is not None and self.checkin.isVisible():
            self.checkin.raise_()
            return
        s = self._settings()
        dialog = WeeklyCheckin(peg=s["peg_enabled"], theme=s["theme"])
        dialog.saved.connect(self._save_checkin)
        dialog.present()
        self.checkin = dialog

    def ask_goals(self) -> None:
        """The goals' card: the goals tracked now to rate, and room to name more."""
        from backmove.ui.function_goals import FunctionGoalsDialog

        if self.goals is not None and self.goals.isVisible():
            self.goals.raise_()
            return
        repo = self._repo()
        tracked: list[FunctionGoal] = []
        if repo is not None:
            try:
                tracked = repo.function_goals()
            except StorageError as exc:
                self._storage_failed(exc)
                return
        dialog = FunctionGoalsDialog(
            [(g.id, g.activity) for g in tracked if g.id is not None],
            theme=self._settings()["theme"],
        )
        dialog.saved.connect(self.save_goals)
        dialog.present()
        self.goals = dialog

    def close(self) -> None:
        for w in (self.end_of_day, self.checkin, self.goals):
            if w is not None:
                w.hide()
                w.deleteLater()
        self.end_of_day = self.checkin = self.goals = None

    # --- writing ------------------------------------------------------------------------------

    def _save_rating(self, value: int) -> None:
        at, offset = local_stamp(self._clock)
        self._write(lambda repo: repo.add_rating(Rating(at, offset, "end_of_day", value)))
        self.rated.emit(value)

    def _save_checkin(self, regions: dict, peg: object) -> None:
        at, offset = local_stamp(self._clock)
        p, e, g = peg if isinstance(peg, tuple) else (None, None, None)
        record = Checkin(
            at=at, utc_offset_s=offset, regions=check_regions(regions), peg_p=p, peg_e=e, peg_g=g
        )
        self._write(lambda repo: repo.add_checkin(record))

    def save_goals(
        self,
        ratings: Mapping[int, int],
        new: Sequence[tuple[str, int]],
        retired: Sequence[int] = (),
    ) -> None:
        """One answer of the goals' card (or the onboarding page, which only names): ratings of
        tracked goals, new goals with their first rating, goals no longer tracked; at most
        `MAX_GOALS` are tracked afterwards, the newest left out."""
        at, offset = local_stamp(self._clock)
        named = []
        for text, value in new:
            try:
                named.append((FunctionGoal(at, offset, clean_activity(text)), value))
            except ValueError:
                continue  # a row with no words names nothing
        repo = self._repo()
        if repo is None:
            log.warning("no database: an answer could not be kept")
            return
        try:
            kept = {g.id for g in repo.function_goals()} - set(retired)
        except StorageError as exc:
            self._storage_failed(exc)
            return
        named = named[: max(0, MAX_GOALS - len(kept))]
        rated = [FunctionRating(goal, at, offset, v) for goal, v in ratings.items() if goal in kept]
        if not (rated or named or retired):
            return
        self._write(lambda repo: repo.save_function_goals(rated, named, list(retired), at))
        self.goals_changed.emit()

    def _write(self, action: Callable[[Repository], object]) -> None:
        repo = self._repo()
        if repo is None:
            log.warning("no database: an answer could not be kept")
            return
        try:
            action(repo)
        except StorageError as exc:
            self._storage_failed(exc)
