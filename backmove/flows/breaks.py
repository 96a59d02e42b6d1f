"""A break from the user's side: the heads-up, the prompt, the routine it brings, the window
that plays it, and what the user says during it.

The planner decides when a break starts and ends; this hears each decision, writes it to the
log through the store (which keeps the break's row from prompt to end), and decides what is in
the break. A routine is
chosen once per break, when it is first offered, from the last 60 days of the log and what
the safety check allows, so the prompt can name it and the break row can keep it. Start opens
the player (or, for a walk, the walk window); what the user does there comes back as requests
the app hands to the planner, and every rating and move verdict is written at once.

The daily back session (docs/evidence.md#daily-back-session) is played here too, in the same
player, but the planner does not run it: the user starts it from the tray or from its
reminder card, its row is written here through the store (kind `session`, from its start to
its end), and only its end is told to the planner (`session_done`), which starts the count to
the next break again. While a session is on screen, a decision of the planner does not close
it; a break's prompt may still come, and starting that break ends the session `interrupted`.

The planner ends a break on its own once its length has run. The window stays up then: the
user is still in the middle of a move or answering "how does it feel now", and closing it
under them would lose that answer. Anything else that ends a break (a pause, the end of the
working day, sleep) closes the window without a word.
"""

from __future__ import annotations

import contextlib
import logging
import random
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from backmove.core.clock import Clock
from backmove.core.kinds import BreakKind
from backmove.core.planner import Action, Decision, State, Status
from backmove.core.safety import StopSymptom, may_go_on_after, stop_flow
from backmove.core.settings import Settings
from backmove.core.stats import DAY_S
from backmove.flows.safety import SafetyFlow
from backmove.services.library import MoveLibrary
from backmove.services.store import Store
from backmove.storage.records import (
    Break,
    BreakOutcome,
    MoveFeedback,
    Rating,
    RatingMoment,
    Verdict,
    local_stamp,
)
from backmove.storage.repository import Repository
from backmove.ui.i18n import QT_TRANSLATE_NOOP
from backmove.ui.wording import kind_words

if TYPE_CHECKING:
    from backmove.core.catalog import Catalog
    from backmove.core.routines import Routine, RoutineHistory, Step
    from backmove.ui.prompt import PromptWindow
    from backmove.ui.session_card import SessionCard

log = logging.getLogger(__name__)

_CLOSING = {
    Action.BREAK_END,
    Action.SUPPRESS,
    Action.NATURAL_BREAK,
    Action.SNOOZE,
    Action.PAUSE,
    Action.MEETING,
}
"""Decisions that take a prompt or a break window off the screen."""

SESSION_LATER_MIN = 30
""""Later" on the back session's reminder asks again this many minutes on."""

_WINDOW_SIGNALS = (
    "completed",
    "partial",
    "skipped",
    "snoozed",
    "returned",
    "rating",
    "move_feedback",
    "stop_this_hurts",
)
"""What a break window tells the flow; cut when the flow lets the window go."""

AREA_WORDS: dict[str, str] = {
    "low_back": QT_TRANSLATE_NOOP("BreakFlow", "low back"),
    "hips": QT_TRANSLATE_NOOP("BreakFlow", "hips"),
    "neck": QT_TRANSLATE_NOOP("BreakFlow", "neck"),
    "shoulders": QT_TRANSLATE_NOOP("BreakFlow", "shoulders"),
    "upper_back": QT_TRANSLATE_NOOP("BreakFlow", "upper back"),
    "wrists": QT_TRANSLATE_NOOP("BreakFlow", "wrists"),
    "legs": QT_TRANSLATE_NOOP("BreakFlow", "legs"),
    "core": QT_TRANSLATE_NOOP("BreakFlow", "core"),
}
"""How the prompt names a routine's areas (whole_body, a walk's, is left unsaid)."""


class BreakControls(Protocol):
    """The planner's events a break's window asks for (the planner driver has them)."""

    def start_break(self) -> list[Decision]: ...
    def finish_break(self, finished: bool = False) -> list[Decision]: ...
    def skip(self) -> list[Decision]: ...
    def snooze(self, minutes: float | None = None) -> list[Decision]: ...
    def session_done(self) -> list[Decision]: ...


class BreakFlow(QObject):
    """A break from the planner's decision to the user's last answer: the heads-up, the
    prompt, the routine, the break window, and the break's row in the log."""

    start_requested = Signal()
    """The user pressed Start on the prompt."""
    done_requested = Signal(bool)
    """The user ended the break; True when they went through the whole routine."""
    skip_requested = Signal()
    snooze_requested = Signal(int)
    window_closed = Signal()
    """The break window is gone: a good moment to offer anything that waited for it."""
    adjust_offered = Signal(int)
    """Breaks keep being skipped or left: the planner spaced them to this many minutes and
    the user is to be asked, once, whether that suits."""
    window_released = Signal()
    """A closed break window was destroyed: the memory it held is free now."""
    log_changed = Signal()
    """A break was written whole (ended, or taken by walking away): views may refresh."""
    session_done = Signal()
    """A back session was done, all or part of it: the planner starts its count again."""

    def __init__(
        self,
        clock: Clock,
        settings: Callable[[], Settings],
        store: Store,
        library: MoveLibrary,
        safety: SafetyFlow,
        parent: QObject | None = None,
        *,
        notify: Callable[[str, str], str | None] = lambda _title, _body: None,
        rng: random.Random | None = None,
    ) -> None:
        """`notify` shows a desktop notification and says which notifier showed it."""
        super().__init__(parent)
        self._clock = clock
        self._settings = settings
        self._store = store
        self._library = library
        self.safety = safety
        self._notify = notify
        self._rng = rng or random.Random()  # noqa: S311 - choosing moves, not secrets
        self._routines: dict[int, Routine] = {}
        self._coming: tuple[BreakKind, Routine] | None = None
        """The routine chosen for a heads-up, before its break has a row (`routine_for`)."""
        self._row: int | None = None
        self.routine: Routine | None = None
        self.prompt: PromptWindow | None = None
        self.player: Any = None
        self.walk: Any = None
        self.session: Break | None = None
        """The back session under way (its row as written at its start), or None."""
        self.session_card: SessionCard | None = None
        self._later = QTimer(self, singleShot=True, interval=SESSION_LATER_MIN * 60_000)
        self._later.timeout.connect(self.offer_session)

    def drive(self, controls: BreakControls) -> None:
        """What the user does in the prompt and the break window goes to `controls`."""
        self.start_requested.connect(controls.start_break)
        self.done_requested.connect(controls.finish_break)
        self.session_done.connect(controls.session_done)
        self.skip_requested.connect(controls.skip)
        self.snooze_requested.connect(controls.snooze)

    # --- the library ----------------------------------------------------------------------

    @property
    def catalog(self) -> Catalog:
        """Loaded on first use, not at start: the tray comes up first."""
        return self._library.catalog

    # --- what the planner decided ---------------------------------------------------------

    def on_decisions(self, decisions: list[Decision]) -> None:
        """Record each decision, then show it: a heads-up, the prompt, the break window."""
        offered = [d for d in decisions if d.decision in (Action.PROMPT, Action.BREAK_START)]
        chosen = self.routine_for(offered[0]) if offered else None
        self._store.record(decisions, chosen.to_json() if chosen is not None else None)
        if any(d.decision in (Action.BREAK_END, Action.NATURAL_BREAK) for d in decisions):
            self._coming = None  # chosen before this break: the next one chooses afresh
            QTimer.singleShot(0, self.log_changed.emit)
        for d in decisions:
            if d.decision is Action.OFFER_ADJUST and d.interval_min is not None:
                self.adjust_offered.emit(d.interval_min)
            elif d.decision is Action.WARN and self._settings()["notify_warning"]:
                self._warn(d)
            elif d.decision is Action.PROMPT:
                self._show_prompt(d)
            elif d.decision is Action.BREAK_START:
                if self.prompt is not None:
                    self.prompt.hide()
                self.begin(d)
            elif d.decision in _CLOSING:
                if self.prompt is not None and self.prompt.isVisible():
                    self.prompt.hide()
                self.end(d)

    def _warn(self, d: Decision) -> None:
        lead = self._settings()["warning_lead_s"]
        # The routine is chosen now, so the heads-up names the length the prompt will show.
        routine = self.routine_for(d)
        length = routine.opening_s if routine is not None else d.length_s
        shown_by = self._notify(
            self.tr("Break in %n seconds", "", lead),
            self.tr("A {what} is coming up. Finish what you are doing.").format(
                what=kind_words(d.kind, length)
            ),
        )
        log.info("heads-up shown by %s", shown_by)

    def _show_prompt(self, d: Decision) -> None:
        s = self._settings()
        if self.prompt is None:
            from backmove.ui.prompt import PromptWindow

            self.prompt = PromptWindow(s["snooze_options_min"], theme=s["theme"])
            self.prompt.start_clicked.connect(self.start_requested.emit)
            self.prompt.snooze_clicked.connect(self.snooze_requested.emit)
            self.prompt.skip_clicked.connect(self.skip_requested.emit)
        if self.session is None:
            self.dismiss()  # a finished break left open gives way to the new one
        what, detail = self.prompt_text(d, kind_words(d.kind, d.length_s))
        snoozes_left = (d.snoozes or 0) < s["snooze_limit"]
        self.prompt.set_snooze_options(s["snooze_options_min"])
        self.prompt.present(what, detail, snooze_allowed=snoozes_left)

    def close(self) -> None:
        """backmove is stopping: every window of the break goes."""
        self._later.stop()
        self.dismiss()
        if self.prompt is not None:
            self.prompt.hide()
        if self.session_card is not None:
            self.session_card.hide()
            self.session_card.deleteLater()
            self.session_card = None

    # --- choosing -------------------------------------------------------------------------

    def routine_for(self, d: Decision) -> Routine | None:
        """The routine of the break `d` is about, chosen the first time it is asked for.

        A heads-up comes before its break has a row: the routine is chosen then, kept as the
        one coming, and the break's prompt takes it, so both name the same length."""
        if d.kind is None:
            return None
        if d.break_id is None:
            if self._coming is None or self._coming[0] != d.kind:
                self._coming = (d.kind, self._choose(d.kind))
            return self._coming[1]
        routine = self._routines.get(d.break_id)
        if routine is None:
            coming, self._coming = self._coming, None
            routine = coming[1] if coming is not None and coming[0] == d.kind else None
            routine = routine or self._choose(d.kind)
            self._routines = {d.break_id: routine}  # only the break at hand is kept
        return routine

    def as_told(self, st: Status) -> Status:
        """`st` with the length the user is told for the coming break: once its routine is
        chosen (at the heads-up, or at the prompt) the routine's, which the heads-up and the
        prompt name; before that the planner's. The tray and `backmove status` show this, so
        no screen names a break of another length than the prompt does."""
        routine = None
        if st.state in (State.PROMPTED, State.IN_BREAK) and self._routines:
            routine = next(iter(self._routines.values()))
        elif self._coming is not None and self._coming[0] == st.next_kind:
            routine = self._coming[1]
        if routine is None or not st.next_length_s:
            return st
        return st.replace(next_length_s=float(routine.opening_s))

    def _choose(self, kind: BreakKind) -> Routine:
        from backmove.core.routines import choose_routine

        now = self._clock.wall()
        _, offset = local_stamp(self._clock)
        return choose_routine(
            self.catalog,
            self._history(now),
            self._settings(),
            kind=kind,
            now_wall=now,
            utc_offset_s=offset,
            rng=self._rng,
            safety=self.safety.limits(),
        )

    def _history(self, now: float) -> RoutineHistory:
        from backmove.core.routines import HISTORY_DAYS, RoutineHistory

        start, end = int(now) - HISTORY_DAYS * DAY_S, int(now) + 1
        return self._store.read(
            lambda repo: RoutineHistory.from_records(
                repo.breaks_between(start, end),
                repo.ratings_between(start, end),
                repo.move_feedback_between(start, end),
            ),
            RoutineHistory(),
        )

    def prompt_text(self, d: Decision, what: str) -> tuple[str, str]:
        """The prompt's headline ("2-min stretch: hips and low back") and its one line of
        what to do; `what` is the break's length and kind in words, said when there is no
        routine. A routine announces its own length, the one its first window counts down
        (`Routine.opening_s`), and a walk names what follows it."""
        from backmove.core.routines import REASON_STAND_UP_ONLY

        routine = self.routine_for(d)
        if routine is None:
            return what, ""
        what = kind_words(d.kind, routine.opening_s)
        after = len(routine.after_walk)
        if after == 1:
            what = self.tr("{what}, then one move").format(what=what)
        elif after > 1:
            what = self.tr("{what}, then {n} moves").format(what=what, n=after)
        areas = [self.tr(AREA_WORDS[a]) for a in routine.headline.areas if a in AREA_WORDS][:2]
        if routine.reason != REASON_STAND_UP_ONLY and areas:
            what = self.tr("{what}: {areas}").format(what=what, areas=self.tr(" and ").join(areas))
        return what, self._detail(routine)

    def _detail(self, routine: Routine) -> str:
        from backmove.core.routines import REASON_HIGH_PAIN, REASON_STAND_UP_ONLY

        if routine.reason == REASON_STAND_UP_ONLY:
            hold = self.safety.hold
            if hold is not None and hold.by_symptoms:
                return self.tr(
                    "Stretches are paused until a doctor or physiotherapist has checked your "
                    "back. Stand up, change position, walk a little if it feels comfortable."
                )
            if hold is not None:
                return self.tr(
                    "Stretches are paused after your safety check. Stand up, "
                    "change position, walk a little if it feels comfortable."
                )
            return self.tr(
                "Stand up and move about. Stretches come once you have taken the "
                "short safety check (tray menu: Safety check…)."
            )
        names = [self.catalog.move(m).name for m in routine.move_ids if m in self.catalog]
        if routine.reason == REASON_HIGH_PAIN:
            return self.tr("A sore day: gentle moves only, and go easy. {moves}.").format(
                moves=", ".join(names)
            )
        if len(names) == 1:
            return names[0] + "."
        return self.tr("{first}, then {rest}.").format(first=", ".join(names[:-1]), rest=names[-1])

    # --- the window ---------------------------------------------------------------------------

    @property
    def window(self) -> Any:
        """The break window on screen (player or walk), or None."""
        for w in (self.player, self.walk):
            if w is not None and shiboken6.isValid(w) and not w.is_ended():
                return w
        return None

    def begin(self, d: Decision) -> None:
        """Open the break window for a break the planner just started."""
        from backmove.core.routines import WALK_MOVE

        self.dismiss()
        routine = self.routine_for(d)
        self._row = self._store.row_id(d.break_id)
        self.routine = routine
        s = self._settings()
        common = self._common()
        steps = [st for st in (routine.steps if routine else ()) if st.move_id in self.catalog]
        walk = next((st for st in steps if st.move_id == WALK_MOVE), None)
        moves = [st for st in steps if st.move_id != WALK_MOVE]
        snoozes_left = (d.snoozes or 0) < s["snooze_limit"]
        snooze = list(s["snooze_options_min"]) if snoozes_left else []
        if walk is not None or not moves:
            walk_s = walk.duration_s if walk is not None and walk.duration_s else d.length_s
            self._open_walk(walk_s or 60.0, moves, common, snooze)
        else:
            self._open_player(moves, common, snooze)

    def _common(self) -> dict[str, Any]:
        s = self._settings()
        return {
            "theme": s["theme"],
            "reduced_motion": s["reduced_motion"],
            "clock": self._clock,
            "sound": s["sound"],
        }

    def _open_walk(
        self, walk_s: float, then: list[Step], common: dict[str, Any], snooze: list[int]
    ) -> None:
        """The walk in its own window; moves that come with it (the long break's) follow in
        the player once the user is back."""
        from backmove.core.routines import WALK_MOVE
        from backmove.ui.walk import WalkWindow

        names = [self.catalog.move(st.move_id).name for st in then]
        walk = WalkWindow(self.catalog.move(WALK_MOVE), walk_s, then=names, **common)
        self._own(walk)
        walk.stop_this_hurts.connect(self._stop)
        walk.move_feedback.connect(self._verdict)
        walk.partial.connect(partial(self._closed, self._done, False))
        if then:
            walk.returned.connect(partial(self._walked_on, then, common, snooze))
        else:
            walk.returned.connect(self._walked_back)
        walk.skipped.connect(partial(self._closed, self._skip))
        self.walk = walk
        walk.present(self._settings()["full_screen_break"])

    def _open_player(
        self,
        moves: list[Step],
        common: dict[str, Any],
        snooze: list[int],
        *,
        ask: bool | None = None,
    ) -> None:
        from backmove.core.routines import REASON_STAND_UP_ONLY
        from backmove.ui.player import PlayerStep, PlayerWindow

        s = self._settings()
        steps = [
            PlayerStep(
                self.catalog.move(st.move_id),
                reps=st.reps,
                hold_s=st.hold_s,
                duration_s=st.duration_s or None,
                sets=st.sets,
                sides=st.sides,
            )
            for st in moves
        ]
        if ask is None:
            ask = (
                self.routine is not None
                and self.routine.reason != REASON_STAND_UP_ONLY
                and self._rng.random() * 100 < s["before_after_share_pct"]
            )
        player = PlayerWindow(steps, ask_before_after=ask, snooze_options_min=snooze, **common)
        self._own(player)
        player.completed.connect(partial(self._closed, self._done, True))
        player.partial.connect(partial(self._closed, self._done, False))
        player.skipped.connect(partial(self._closed, self._skip))
        player.snoozed.connect(partial(self._closed, self.snooze_requested.emit))
        player.rating.connect(self._rating)
        player.move_feedback.connect(self._verdict)
        player.stop_this_hurts.connect(self._stop)
        self.player = player
        player.present(s["full_screen_break"])

    def _done(self, finished: bool) -> None:
        """The user ended what is on screen: a session ends here, a break in the planner."""
        if self.session is not None:
            self._end_session("completed" if finished else "partial")
        else:
            self.done_requested.emit(finished)

    def _skip(self) -> None:
        if self.session is not None:
            self._end_session("skipped")
        else:
            self.skip_requested.emit()

    def _walked_on(
        self, then: list[Step], common: dict[str, Any], snooze: list[int], _s: int
    ) -> None:
        """Back from a walk that has moves after it: they follow in the player."""
        self._open_player(then, common, snooze, ask=False)

    def _walked_back(self, _s: int) -> None:
        """Back from a walk with nothing after it: the break (or session) is done, whole."""
        self._closed(self._done, True)

    def _closed(self, request: Callable[..., object], *args: object) -> None:
        """The user ended the break in its window: pass it on, then say the window is gone."""
        request(*args)
        self.window_closed.emit()

    # --- letting windows go ---------------------------------------------------------------
    #
    # The app runs all day and opens a window per break. A closed window nobody deletes stays
    # in memory with its figure, pages and menus (about 2.4 MiB a break), so each window is
    # deleted once closed (WA_DeleteOnClose), and the flow lets go of it when Qt destroys it.

    def _own(self, window: QWidget) -> None:
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.destroyed.connect(self._forget)

    def _forget(self) -> None:
        """A break window was destroyed: drop the flow's hold on it."""
        if self.player is not None and not shiboken6.isValid(self.player):
            self.player = None
        if self.walk is not None and not shiboken6.isValid(self.walk):
            self.walk = None
        QTimer.singleShot(0, self.window_released.emit)  # once Qt is done deleting it

    @staticmethod
    def _release(window: Any) -> None:
        """Close `window` without a word and delete it: its signals are cut first, so a
        window on its way out can no longer reach the flow."""
        if window is None or not shiboken6.isValid(window):
            return
        for name in _WINDOW_SIGNALS:
            signal = getattr(window, name, None)
            if signal is not None:
                with contextlib.suppress(RuntimeError, TypeError):  # nothing connected
                    signal.disconnect()
        if not window.is_ended():
            window.dismiss()
        window.deleteLater()

    def end(self, d: Decision) -> None:
        """The planner ended or put off the break. A break that simply ran its length leaves
        the window to the user; anything else closes it."""
        if d.decision is Action.BREAK_END and d.reason is None:
            return
        if d.decision is Action.SUPPRESS:
            return
        if self.session is not None:
            return  # the session is not the planner's to close
        self.dismiss()

    def dismiss(self) -> None:
        """Every break window goes, the one on screen and one left showing its last word; a
        session still on screen ends `interrupted`."""
        for w in (self.player, self.walk):
            self._release(w)
        self.player = self.walk = None
        if self.session is not None:
            self._end_session("interrupted")

    # --- the daily back session ---------------------------------------------------------------

    def session_due(self) -> None:
        """The reminder's time came (a working day's cron job): offer the session, if the
        user opted in, today is not a day off and no session was started today."""
        s = self._settings()
        today = self._clock.local()
        if not s["back_session"] or not s.working_ranges(today.weekday()):
            return
        if today.date() in s.days_off() or self._session_today():
            return
        self.offer_session()

    def _session_today(self) -> bool:
        now = int(self._clock.wall())
        start = now - (now + local_stamp(self._clock)[1]) % DAY_S
        return self._store.read(
            lambda repo: any(
                b.kind == BreakKind.SESSION for b in repo.breaks_between(start, now + 1)
            ),
            False,
        )

    def offer_session(self) -> None:
        """The reminder: a notification and a small card that does not take the focus."""
        if self.session is not None:
            return
        from backmove.ui.session_card import SessionCard

        self._notify(
            self.tr("Time for your back session"),
            self.tr("About 10 minutes of core strengthening, standing and on a mat."),
        )
        if self.session_card is not None and self.session_card.isVisible():
            return
        card = SessionCard(theme=self._settings()["theme"])
        card.start_clicked.connect(lambda: self.begin_session("reminder"))
        card.later_clicked.connect(self._later.start)
        self.session_card = card
        card.present()

    def begin_session(self, reason: str = "tray") -> bool:
        """Start the back session now: choose it, write its row, open the player. False
        when it cannot start (a break or session is on screen, or the safety check pauses
        exercise, which is then said)."""
        from backmove.core.routines import WALK_MOVE, choose_session

        if self.window is not None:
            self.window.raise_()
            return False
        now = self._clock.wall()
        routine = choose_session(
            self.catalog,
            self._history(now),
            now_wall=now,
            rng=self._rng,
            safety=self.safety.limits(),
        )
        if routine is None:
            self._notify(self.tr("No back session for now"), self._paused_words())
            return False
        at, offset = local_stamp(self._clock)
        row = Break(
            planned_at=at,
            utc_offset_s=offset,
            kind=BreakKind.SESSION,
            started_at=at,
            routine=routine.to_json(),
            reason=reason,
        )
        self.session = self._store.write(lambda repo: repo.add_break(row)) or row
        self._row = self.session.id
        self.routine = routine
        steps = [st for st in routine.steps if st.move_id in self.catalog]
        walk = next((st for st in steps if st.move_id == WALK_MOVE), None)
        moves = [st for st in steps if st.move_id != WALK_MOVE]
        if walk is not None:
            self._open_walk(walk.duration_s or walk.seconds, moves, self._common(), [])
        else:
            self._open_player(moves, self._common(), [])
        return True

    def _paused_words(self) -> str:
        if self.safety.locked_tier() is not None:
            return self.tr(
                "Exercise is paused after your safety check, so the back session waits too. "
                "Stand up and change position when you like."
            )
        return self.tr(
            "The back session comes once you have taken the short safety check "
            "(tray menu: Safety check…)."
        )

    def _end_session(self, outcome: BreakOutcome) -> None:
        row, self.session = self.session, None
        if row is None:
            return
        at, _offset = local_stamp(self._clock)
        ended = row.replace(ended_at=at, outcome=outcome)
        if ended.id is not None:
            self._store.write(lambda repo: repo.update_break(ended))
        QTimer.singleShot(0, self.log_changed.emit)
        if outcome in ("completed", "partial"):
            self.session_done.emit()

    # --- what the user says ---------------------------------------------------------------------

    def _rating(self, moment: RatingMoment, value: int) -> None:
        at, offset = local_stamp(self._clock)
        self._write(
            lambda repo: repo.add_rating(
                Rating(
                    at,
                    offset,
                    moment,
                    value,
                    self._row,
                )
            )
        )
        self.safety.rating_given(value)

    def _verdict(self, move_id: str, verdict: Verdict) -> None:
        if self._row is None:
            log.warning("move verdict %s/%s with no break row to attach it to", move_id, verdict)
            return
        at, offset = local_stamp(self._clock)
        row = self._row
        self._write(
            lambda repo: repo.add_move_feedback(MoveFeedback(row, move_id, verdict, at, offset))
        )

    def _stop(self, move_id: str, symptom: StopSymptom) -> None:
        self.safety.symptom_reported(move_id, symptom)
        route = stop_flow(symptom)
        window = self.window  # the player, or the walk window
        if window is None:
            return
        if route == "safety_card_A":
            window.show_safety_card("A")
        elif route == "safety_card_B":
            window.show_safety_card("B")
        else:
            window.mark_not_tolerated(move_id, go_on=may_go_on_after(symptom))

    def _write(self, action: Callable[[Repository], object]) -> None:
        self._store.write(action)
