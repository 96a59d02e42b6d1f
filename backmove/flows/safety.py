"""The red-flag check over the life of the app: when to ask, what to record, what it allows.

The rules live in backmove.core.safety; this is where they meet the user and the database.
The first start shows the welcome and the check. Until a check is answered, breaks offer only
"stand up and move", and the check is offered again at most once a day (on start, or the first
break of a new day). The re-check triggers (a rating of 8 or more, leg or
saddle symptoms in the player, a week of rising pain, 30 days) offer it with the reason shown,
never in the middle of a break. An A or B answer, or leg or saddle symptoms in a break, pause
exercise (a hold, `backmove.core.safety.hold_in_force`) until the user says, from the tray's
"Safety check…", that a doctor or physiotherapist has checked their back and said they can
exercise, and on which day; then the check is offered again. The check after symptoms is still
offered, since it may find more to refer on, but no answer to it ends the hold.

Answers are written at once, each screen in its own transaction. With no database (it is
locked or the disk is full) the answers still govern this run, held in memory.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from backmove.core import safety
from backmove.core.clock import Clock
from backmove.core.devices import cautious_hold
from backmove.core.safety import (
    STOP_SYMPTOM_EVENT,
    Hold,
    Reported,
    RescreenReason,
    SafetyLimits,
)
from backmove.core.settings import Settings
from backmove.core.stats import DAY_S, local_day
from backmove.core.trend import pain_trend
from backmove.services.store import Store
from backmove.storage.errors import StorageError
from backmove.storage.records import AppEvent, SafetyScreen, Tier, local_stamp
from backmove.storage.repository import Repository

log = logging.getLogger(__name__)

LEG_SYMPTOMS = ("leg", "saddle")
TREND_DAYS = 60  # how far back a rising week is looked for


class SafetyFlow(QObject):
    """Asks the check, keeps its latest answer, and says what breaks may offer."""

    changed = Signal()
    """The limits may have changed (a check was answered or an assessment confirmed)."""
    goals_named = Signal(object)
    """The first start's optional page named function goals: [(activity, 0..10)]; the
    tracking flow keeps them."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        data_dir: Path,
        parent: QObject | None = None,
        settings: Callable[[], Settings] = Settings,
    ) -> None:
        """`settings` are read when the welcome opens, for its word on the first break."""
        super().__init__(parent)
        self._settings = settings
        self._repo: Callable[[], Repository | None] = lambda: store.repo
        self._history: Callable[[], Repository | None] = store.history
        """Every device's screens and stop symptoms (docs/devices.md): the most cautious state
        of any of them holds here too."""
        self._clock = clock
        self._data_dir = data_dir
        self._storage_failed: Callable[[StorageError], None] = store.failed
        self._latest: SafetyScreen | None = None
        self._screens: list[SafetyScreen] = []
        self._reports: list[Reported] = []
        """Leg and saddle symptoms from "Stop — this hurts", oldest first."""
        self._hold: Hold | None = None
        self._offered_on: date | None = None
        self.wizard: QWidget | None = None
        self.card: QWidget | None = None
        self._load()

    # --- what the check allows ---------------------------------------------------------------

    @property
    def latest(self) -> SafetyScreen | None:
        return self._latest

    def limits(self) -> SafetyLimits:
        return safety.limits(self._latest, self._hold)

    @property
    def hold(self) -> Hold | None:
        """The pause on exercise in force, or None."""
        return self._hold

    def locked_tier(self) -> str | None:
        """ "A" or "B" while exercise waits for the user to confirm an assessment."""
        return None if self._hold is None else self._hold.tier

    def hold_day(self) -> date | None:
        """The local day the hold began: an assessment before it cannot answer it."""
        hold = self._hold
        if hold is None:
            return None
        _, offset = local_stamp(self._clock)
        return local_day(hold.since, offset)

    def is_open(self) -> bool:
        return any(w is not None and w.isVisible() for w in (self.wizard, self.card))

    # --- when to ask --------------------------------------------------------------------------

    def due(self) -> RescreenReason | None:
        """Why the check should be offered now (docs/evidence.md#re-check-triggers), or None."""
        now = self._clock.wall()
        latest = self._latest
        if latest is None:
            return RescreenReason.NEVER_SCREENED
        held = self._hold is not None
        ratings: list = []
        rising = False
        repo = self._history()
        if repo is not None and not held:
            try:
                ratings = repo.ratings_between(latest.at + 1, int(now) + 1)
                first = local_day(int(now) - TREND_DAYS * DAY_S, latest.utc_offset_s)
                eod = repo.ratings_between(
                    int(now) - (TREND_DAYS + 30) * DAY_S, int(now) + 1, "end_of_day"
                )
                today = local_day(*local_stamp(self._clock))
                trend = pain_trend(eod, first, today)
                rising = safety.sustained_rise_since(
                    trend, local_day(latest.at, latest.utc_offset_s)
                )
            except StorageError as exc:
                log.warning("could not read the history for the safety check: %s", exc.message)
        leg_at = float(self._reports[-1].at) if self._reports else None
        return safety.rescreen_due(now, latest.at, ratings, rising, leg_at, held=held)

    def offer_if_due(self, parent: QWidget | None = None) -> bool:
        """Open the check when it is due and has not been offered today. True if shown."""
        if self.is_open():
            return False
        reason = self.due()
        today = self._clock.local().date()
        if reason is None or self._offered_on == today:
            return False
        self._offered_on = today
        self.open(reason, parent)
        return True

    def symptom_reported(self, move_id: str, symptom: str) -> None:
        """A symptom from "Stop — this hurts": kept, and leg or saddle symptoms make the check
        due again (the app offers it once the break is over)."""
        at, offset = local_stamp(self._clock)
        if symptom in LEG_SYMPTOMS:
            self._reports.append(Reported(at, symptom))
            self._offered_on = None
            self._update_hold()
        repo = self._repo()
        if repo is None:
            return
        try:
            repo.add_event(
                AppEvent(
                    at=at,
                    utc_offset_s=offset,
                    kind=STOP_SYMPTOM_EVENT,
                    detail={"symptom": symptom, "move": move_id},
                )
            )
        except StorageError as exc:
            self._storage_failed(exc)

    def rating_given(self, value: int) -> None:
        """A severe rating makes the check due again, even if it was offered today."""
        if value >= safety.SEVERE_RATING:
            self._offered_on = None

    # --- asking -------------------------------------------------------------------------------

    def open(
        self, reason: RescreenReason | str | None = None, parent: QWidget | None = None
    ) -> None:
        """The welcome and check (the first time), or the check with why it is asked again.

        `parent` is the small window that stands in for the tray, when there is no tray: the
        welcome's last page then says backmove lives there."""
        from backmove.ui.no_tray import NoTrayWindow
        from backmove.ui.onboarding import OnboardingWizard

        self._close_windows()
        first = self._latest is None and reason in (None, RescreenReason.NEVER_SCREENED)
        wizard = OnboardingWizard(
            self._data_dir,
            parent,
            rescreen_reason=None if first else str(reason or "monthly"),
            in_tray=not isinstance(parent, NoTrayWindow),
            interval_min=self._settings()["interval_min"],
            held_tier=self.locked_tier(),
            theme=self._settings()["theme"],
        )
        wizard.finished_screen.connect(self._record_screen)
        wizard.goals_named.connect(self.goals_named)
        wizard.show()
        wizard.raise_()
        self.wizard = wizard

    def open_from_menu(self, parent: QWidget | None = None) -> None:
        """The tray's "Safety check…": the card of a held tier, with the confirmation of an
        assessment and its date, or else the check itself."""
        tier = self.locked_tier()
        if tier is None:
            reason = (
                RescreenReason.NEVER_SCREENED if self._latest is None else RescreenReason.MONTHLY
            )
            self.open(reason, parent)
            return
        from backmove.ui.safety_cards import SafetyCardDialog

        self._close_windows()
        card = SafetyCardDialog(
            tier,
            offer_assessed=True,
            parent=parent,
            today=self._clock.local().date(),
            earliest=self.hold_day(),
            theme=self._settings()["theme"],
        )
        card.assessed_confirmed.connect(self.confirm_assessment)
        card.present()
        self.card = card

    def _close_windows(self) -> None:
        for w in (self.wizard, self.card):
            if w is not None:
                w.hide()
                w.deleteLater()
        self.wizard = self.card = None

    def close(self) -> None:
        self._close_windows()

    # --- recording ----------------------------------------------------------------------------

    def _record_screen(self, answers: Mapping[str, bool], tier: str) -> None:
        result = safety.screen_result(answers)
        self._save(dict(answers), result.tier, result.outcome)

    def confirm_assessment(self, on: date) -> bool:
        """The user says a doctor or physiotherapist checked their back on `on` and said they
        can exercise: the hold ends, the date is kept with the confirmation, and the check is
        offered again. An assessment dated before the hold began, or in the future, cannot
        answer it and is refused (False)."""
        hold, earliest = self._hold, self.hold_day()
        if hold is None or earliest is None:
            return False
        if not safety.assessment_date_allowed(on, earliest, self._clock.local().date()):
            log.warning("an assessment dated %s cannot end a hold from %s", on, earliest)
            return False
        self._save(dict(hold.answers), hold.tier, safety.ASSESSED_CONFIRMED, on)
        self.open(RescreenReason.ASSESSED)
        return True

    def _save(
        self, answers: dict[str, bool], tier: Tier, outcome: str, assessed_on: date | None = None
    ) -> None:
        at, offset = local_stamp(self._clock)
        record = SafetyScreen(
            at=at,
            utc_offset_s=offset,
            answers=answers,
            tier=tier,
            outcome=outcome,
            assessed_on=assessed_on,
        )
        repo = self._repo()
        if repo is not None:
            try:
                record = repo.add_safety_screen(record)
            except StorageError as exc:
                self._storage_failed(exc)
        self._latest = record
        self._screens.append(record)
        self._update_hold()
        self._offered_on = self._clock.local().date()
        self.changed.emit()

    def _update_hold(self) -> None:
        hold = cautious_hold(self._screens, self._reports)
        kept = self._hold
        if hold is None and kept is not None and not self._answered(kept):
            # What raised the hold can no longer be read (another device's copy is damaged,
            # or from a newer backmove): nothing has answered it, so it stays until an
            # assessment confirmed after it is seen.
            hold = kept
        self._hold = hold

    def _answered(self, hold: Hold) -> bool:
        return any(
            s.outcome == safety.ASSESSED_CONFIRMED and s.at >= hold.since for s in self._screens
        )

    def refresh(self) -> None:
        """Read the screens and stop symptoms again (another device's copy arrived): a hold
        raised there holds here, one confirmed there ends here. Tells `changed` only when
        the hold changed."""
        before = (self._hold, self._latest)
        self._load()
        if (self._hold, self._latest) != before:
            self.changed.emit()

    def reload(self) -> None:
        """Read the history again: the log was restored or deleted."""
        self._latest = None
        self._screens = []
        self._reports = []
        self._hold = None  # a new log (restored, or deleted): its own history decides
        self._offered_on = None
        self._load()
        self.changed.emit()

    def _load(self) -> None:
        repo = self._history()
        if repo is not None:
            try:
                self._screens = repo.safety_screens()
                self._reports = self._leg_reports(repo)
            except StorageError as exc:
                log.warning("could not read the safety checks: %s", exc.message)
        self._latest = self._screens[-1] if self._screens else None
        self._update_hold()

    @staticmethod
    def _leg_reports(repo: Repository) -> list[Reported]:
        events = repo.events_between(0, 2**62, STOP_SYMPTOM_EVENT)
        return [
            Reported(e.at, str(e.detail["symptom"]))
            for e in events
            if isinstance(e.detail, dict) and e.detail.get("symptom") in LEG_SYMPTOMS
        ]
