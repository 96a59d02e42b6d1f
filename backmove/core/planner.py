"""The break planner: a state machine that turns what the desktop reports into decisions.

Inputs are events (an idle-probe reading, a sleep and a wake, fullscreen or do-not-disturb
turning on or off, a user's click) and the Clock. Outputs are `Decision` records and the next
monotonic deadline at which the planner wants to be asked again (`next_deadline`). Nothing in
here waits, arms a timer or draws: the Qt adapter does that, and `backmove simulate` drives the
very same object on a SimulatedClock.

States (`State`):

    WORKING ──due──▶ WARNED ──prompt──▶ PROMPTED ──start──▶ IN_BREAK
       ▲           │ snooze                   │  snooze: back to WORKING until the snooze ends
       └── every end of a break (completed, partial, skipped, expired, interrupted) and every
           natural break starts a new cycle in WORKING
    OFF_HOURS  outside working hours or on a day off: nothing counts, nothing is offered
    PAUSED     the user paused reminders: nothing counts, nothing is offered; the counter
               keeps its value and goes on after the pause

WORKING counts; WARNED is "a break is due": waiting for a pause in the typing, then, if none
came, warned and coming at the time the heads-up gave. A held break (quiet mode) or a snoozed
one waits in WORKING. Fullscreen, do-not-disturb and
meeting mode are not states but conditions that hold prompts, because counting goes on
under them.

Counting. The cycle's counter holds *active* seconds: time with keyboard or mouse input, in
working hours, while WORKING or WARNED. Idle time never counts (a quiet shorter than a pause
in the typing, `natural_pause_quiet_s`, is not idle: keys come a moment apart, and an exact
probe read between two of them must not cut the typing short), and the counter runs on the
monotonic clock, so setting the wall clock (or a DST change) cannot move a break earlier or
lose one. Wall time is used only for working hours and days, and for the records. A user's
click is input too: they are at the machine.

What moves a cycle along, in the order the rules are tried (`_step`):
1. working hours begin or end (`on_hours` / `off_hours`); a new local day resets the counter,
   closes yesterday for the back-off rules and steps the daily goal;
2. a timed pause, or meeting mode, runs out;
3. a break runs its full length (`completed`), an unanswered prompt its length (`expired`)
   if the user is at the machine then; if nobody is, the prompt waits for them (rule 4, or it
   expires when they come back sooner);
4. idle for `idle_threshold_min` ends the cycle as a natural break, logged when input returns
   (so its length, and whether it was a walk, is known) if that is still in working hours of
   the same day; leaving for the day is not a break. Idle that long with a prompt up is that
   prompt's break taken naturally: the same `natural_break`, naming the break, so the log
   never calls an absence that began at a prompt "expired" and the one before it a walk;
5. a snooze runs out: the break is due again, unless it was the `snooze_limit`-th snooze in a
   row, when it is let go quietly and the cycle restarts;
6. the counter reaches the interval: the break is due. It waits for a natural pause
   (`natural_pause_quiet_s` without input) so it does not land mid-sentence, and is prompted
   there, with no heads-up. If none came by `warning_lead_s` before `natural_pause_wait_s` is
   up, the prompt is given its time, `warning_lead_s` on, and `warn` says so: it comes then,
   typing or not, so the heads-up's "in 30 seconds" is true. Only what ends, holds or puts off
   a break comes between (a quiet mode, time away, the end of hours, a pause, a sleep, the
   user's snooze);
7. quiet modes (fullscreen, do-not-disturb, meeting, a call) hold a due break, or take back a prompt
   that is up (`suppress`), and let it out once when they end (`release`): one prompt however
   long they lasted, never a burst.
Nothing is warned or prompted within two minutes of a wake (a prompt whose time falls in them
comes when they end), and never more breaks are offered
in a day than `daily_cap`. A sleep at least a stretch long is a natural break; with a prompt
up it is that prompt's break. A running break ends on the wake: `completed` if it had run its
length by then, else `interrupted`; a prompt after a shorter sleep ends `interrupted`.

Back-off (planner_memory): a skipped prompt and an expired one both count as unanswered;
three in a row, or more than half of a day's, lengthen the interval. The first time that
happens (then at most every four weeks) the planner also emits `offer_adjust` with the
interval, so the user is asked in plain words instead of only being spaced out.

Every public method brings the machine up to now and returns the decisions it made; all of
them carry the time of that call. The adapter must call `observe_idle` (with a fresh probe
reading) when the deadline it armed fires, and whenever its probe tells of a change: input
stopping for one of `idle_thresholds()` or coming back (or, where the desktop only answers when
asked, every few seconds).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Literal

from backmove.core.clock import Clock
from backmove.core.kinds import BreakKind
from backmove.core.lengths import LONGEST_MIN as LONGEST_MIN
from backmove.core.planner_memory import (
    DayRecord,
    PlannerState,
    close_day,
    interval_min,
    note_skip,
    note_taken,
    offer_adjust_due,
    step_goal,
)
from backmove.core.record import Record
from backmove.core.settings import Settings
from backmove.core.stats import RatingLike
from backmove.core.workhours import WorkHours

EPS = 1e-6
"""Slack for comparing float seconds, so a deadline reached exactly is reached."""
WAKE_GRACE_S = 120.0
"""Nothing is warned or prompted this long after a wake (docs/architecture.md#decisions)."""
MIN_AWAY_S = 1.0
"""No natural break is shorter than this: less is no time away at all."""
_MAX_STEPS = 64


class State(StrEnum):
    WORKING = "working"
    WARNED = "warned"
    PROMPTED = "prompted"
    IN_BREAK = "in_break"
    PAUSED = "paused"
    OFF_HOURS = "off_hours"


class Outcome(StrEnum):
    COMPLETED = "completed"
    PARTIAL = "partial"
    SKIPPED = "skipped"
    INTERRUPTED = "interrupted"
    EXPIRED = "expired"
    NATURAL = "natural"
    """Only on `natural_break`: the user was away from the machine (and, when the decision
    names a `break_id`, away from that break's prompt), which is the break taken."""


class Action(StrEnum):
    """The names of decisions, exactly as `backmove simulate` prints them."""

    WARN = "warn"
    PROMPT = "prompt"
    BREAK_START = "break_start"
    BREAK_END = "break_end"
    SNOOZE = "snooze"
    NATURAL_BREAK = "natural_break"
    SUPPRESS = "suppress"
    RELEASE = "release"
    PAUSE = "pause"
    RESUME = "resume"
    OFF_HOURS = "off_hours"
    ON_HOURS = "on_hours"
    MEETING = "meeting"
    MEETING_END = "meeting_end"
    INTERVAL = "interval"
    GOAL = "goal"
    OFFER_ADJUST = "offer_adjust"
    """Breaks keep going unanswered: offer, in plain words, to change the interval."""


class Decision(Record):
    """One thing the planner decided, at `wall` (UTC epoch) / `mono` (Clock.monotonic()).

    Optional fields are set where they mean something: `kind`, `break_id` and `length_s` on
    everything about a break (a warning comes before its break has an id; a `daily_cap`
    suppress is about no break); `outcome` on break_end and natural_break (`natural`), where
    `length_s` is the real time away; `snoozes` (snoozes in a row so far) on prompt, snooze and
    break_end; `minutes` on snooze, pause and meeting; `until` (wall) on pause and meeting;
    `interval_min` on interval and offer_adjust; `goal` on goal.
    """

    decision: Action
    wall: float
    mono: float
    kind: BreakKind | None = None
    reason: str | None = None
    outcome: Outcome | None = None
    break_id: int | None = None
    length_s: float | None = None
    snoozes: int | None = None
    minutes: float | None = None
    until: float | None = None
    interval_min: int | None = None
    goal: int | None = None


class Status(Record):
    """A snapshot for the tray ("Next: 2-min stretch in about 12 min"), as of the last call.

    It holds what the user needs to be told what comes next and when. `next_kind` and
    `next_length_s` are the coming break's. `until_break_s` is active seconds until it falls
    due; None when no countdown runs (due, prompted, in a break, held, snoozed, paused, off
    hours, or the daily cap reached). In WARNED the break is due: `warned_until` is when its
    prompt comes once the heads-up went out, None while it still waits for a pause in the
    typing. `no_more_today` says no break can come today (the daily cap, or today's working
    hours end before the count could reach the interval). `next_hours_start` is when working
    hours begin, as a local datetime, where that is the answer to "when": outside them, the
    next start; with no more breaks today, the first start on a later day; else None. Times
    (`snoozed_until`, `paused_until`, `meeting_until`, `warned_until`) are wall epoch seconds.
    """

    state: State
    next_kind: BreakKind
    active_s: float
    interval_s: float
    until_break_s: float | None
    held: str | None
    snoozes: int
    snoozed_until: float | None
    paused: bool
    paused_until: float | None
    meeting_until: float | None
    offered_today: int
    taken_today: int
    goal: int | None
    next_length_s: float | None = None
    warned_until: float | None = None
    no_more_today: bool = False
    next_hours_start: datetime | None = None


@dataclass
class _Break:
    """The break of the current cycle, from its first prompt (or "break now") to its end."""

    id: int
    kind: BreakKind
    length_s: float
    prompted_at: float | None = None
    """While its prompt is up (elapsed seconds)."""
    started_at: float | None = None
    """While it runs (elapsed seconds)."""
    shown: bool = False
    """It reached the user (a prompt, or it started). A break held before that is dropped
    quietly if it never comes out: nothing was offered, so nothing is logged."""
    offered: bool = False
    """It reached the user as a prompt first: backmove offered it, so it comes again only in
    working hours. One the user started themselves ("break now") stays theirs when a snooze
    brings it back as a prompt, and comes back from every snooze whatever the hour."""


@dataclass
class _Away:
    """An idle stretch (or sleep) that ended the cycle; logged once it is over."""

    since: float
    stands_for: _Break | None
    """A snoozed or held break it replaces, so the record of that break gets closed."""


PauseLength = float | Literal["tomorrow"] | None


class Planner:
    """The break state machine. See the module docstring for the rules.

    Internally time is *elapsed* seconds: the monotonic clock plus every sleep reported to
    `resumed`. Active time is counted on it; timers the user thinks of in minutes (snooze,
    pause, meeting) run on it too, so a sleep counts toward them.
    """

    def __init__(
        self,
        settings: Settings,
        clock: Clock,
        state: PlannerState | None = None,
        ratings: Callable[[], Iterable[RatingLike]] = lambda: (),
    ) -> None:
        """`ratings` reads the end-of-day ratings from the log, for the daily goal's rule
        (a weekly step is held while pain rises), the same ones the views read."""
        self._ratings = ratings
        self._settings = settings
        self._clock = clock
        self._hours = WorkHours(settings, clock)
        self.memory = state if state is not None else PlannerState()
        """Persist `history.to_dict()` after calls that return decisions."""
        self._slept = 0.0
        self._wall = clock.wall()
        self._now = clock.monotonic()
        self._today = self._hours.day_of(self._wall)
        self._inside = self._hours.contains(self._wall)
        self._out: list[Decision] = []
        self._state = State.WORKING
        self._in_hours: bool | None = None  # unknown until the first call reports it
        self._day: date | None = None  # the working day the cycle belongs to
        self._record: DayRecord | None = None
        # Input: the last input seen, and how far activity has been accounted.
        self._last_input = self._now
        self._seen_until = self._now
        self._count_from = self._now
        """The cycle's count goes back no further than this: its start, or the end of time
        that did not count (a prompt, a break, a pause, off hours)."""
        self._keyed = False
        """`_last_input` is input seen, not only where idle was measured from again."""
        # The cycle.
        self._active = 0.0
        self._since_walk = 0
        self._due_at: float | None = None
        self._prompt_at: float | None = None
        """Once the heads-up went out: when (elapsed) its prompt comes, whatever the user does."""
        self._held: str | None = None
        self._snooze_until: float | None = None
        self._snoozes = 0
        self._capped = False
        self._break: _Break | None = None
        self._away: _Away | None = None
        self._unanswered_at: float | None = None
        """When the last prompt ended skipped or expired, until the next input counts: the
        user who then leaves is away although the count is at zero."""
        # Conditions beside the cycle.
        self._paused = False
        self._pause_until: float | None = None
        self._pause_day: date | None = None
        self._meeting_until: float | None = None
        self._fullscreen = False
        self._dnd = False
        self._call = False
        self._grace_until = -math.inf
        self._asleep_from: tuple[float, float] | None = None

    # --- events ---------------------------------------------------------------------------

    def observe_idle(self, idle_s: float, read_at: float | None = None) -> list[Decision]:
        """The idle probe reads `idle_s` seconds since the last input, now, or at `read_at`
        (Clock.monotonic()) when the reading was taken a moment before: on a real machine the
        probe and the planner look at the clock at two moments, and a reading measured to the
        earlier one would put the same last input a little later, a key pressed that was not."""
        self._begin()
        taken = self._now if read_at is None else min(self._now, read_at + self._slept)
        self._input_at(taken - max(0.0, idle_s))
        return self._finish()

    def idle_thresholds(self) -> tuple[float, ...]:
        """The idle lengths, in seconds, at which a reading can change what happens: the quiet
        that counts as a pause in the typing (`natural_pause_quiet_s`) and the time away that
        counts as a break (`idle_threshold_min`). A probe that tells rather than answers is
        asked to tell at these, and when input comes back; in between, a reading of "active"
        is as good as the exact idle time."""
        quiet = float(self._settings["natural_pause_quiet_s"])
        away = float(self._settings["idle_threshold_min"]) * 60
        return tuple(sorted({quiet, away}))

    def poll(self) -> list[Decision]:
        """Bring the machine up to now with no new reading (input is taken to have stopped at
        the last one). Prefer `observe_idle` when a probe reading is at hand."""
        self._begin()
        return self._finish()

    def suspended(self) -> list[Decision]:
        """The machine is about to sleep."""
        self._begin()
        self._asleep_from = (self._wall, self._clock.monotonic())
        return self._finish()

    def resumed(self, slept_s: float | None = None) -> list[Decision]:
        """The machine woke. `slept_s` is how long it slept, if the caller knows; otherwise it
        is how far the wall clock ran ahead of the monotonic one since `suspended` (or, with
        no `suspended`, since the last call)."""
        wall, mono = self._clock.wall(), self._clock.monotonic()
        ref_wall, ref_mono = self._asleep_from or (self._wall, self._now - self._slept)
        self._asleep_from = None
        skew = max(0.0, (wall - ref_wall) - (mono - ref_mono))
        gap = skew if slept_s is None else max(0.0, slept_s)
        # Only the part the monotonic clock missed is added (on Windows it runs through sleep).
        self._slept += min(skew, gap)
        self._begin()
        self._wake(gap)
        return self._finish()

    def set_fullscreen(self, on: bool) -> list[Decision]:
        """A window went full screen (or left it): a due break, or a prompt that is up, is
        held until it ends, so a presentation never has a prompt expire behind it."""
        self._begin()
        self._fullscreen = on
        self._take_back()
        return self._finish()

    def set_dnd(self, on: bool) -> list[Decision]:
        """Do-not-disturb went on (or off): held like full screen."""
        self._begin()
        self._dnd = on
        self._take_back()
        return self._finish()

    def set_call(self, on: bool) -> list[Decision]:
        """An app began (or stopped) keeping the screen awake, as a video call or a slide show
        does: held like meeting mode, for as long as it lasts (`quiet_during_calls`)."""
        self._begin()
        self._call = on
        self._take_back()
        return self._finish()

    def settings_changed(self, settings: Settings) -> list[Decision]:
        """New settings take effect at once: hours, interval and lengths are re-planned. An
        interval the user sets is their choice: any back-off on top of the old one ends."""
        self._begin()
        if settings["interval_min"] != self._settings["interval_min"]:
            self._clear_backoff(settings, "user")
        self._settings = settings
        self._hours = WorkHours(settings, self._clock)
        self._inside = self._hours.contains(self._wall)
        return self._finish()

    # --- user actions (each is also input: the user is at the machine) ----------------------

    def start(self) -> list[Decision]:
        """Start the break whose prompt is up."""
        self._begin()
        self._input_at(self._now)
        if self._state is State.PROMPTED:
            self._start_break(None)
        return self._finish()

    def done(self, finished: bool = False) -> list[Decision]:
        """The user ends the running break: `completed` if it ran its length, else `partial`.

        `finished`: the user went through the whole routine they were given. A routine is
        chosen to fit the break but may come out a little shorter than it, and doing all of it
        is a completed break however long it took.
        """
        self._begin()
        self._input_at(self._now)
        b = self._break
        if self._state is State.IN_BREAK and b is not None and b.started_at is not None:
            full = finished or self._now >= b.started_at + b.length_s - EPS
            self._end_break(Outcome.COMPLETED if full else Outcome.PARTIAL, "user")
        return self._finish()

    def snooze(self, minutes: float | None = None) -> list[Decision]:
        """Put off the prompted break, or the running one from the break window, or the one
        that is due and not yet prompted (after its heads-up, from the tray: the prompt the
        heads-up announced is put off, not shown and then snoozed again); `minutes` defaults
        to the middle snooze option. A running break starts afresh when it comes back, and a
        break put off before its prompt is due again as any snoozed one is."""
        self._begin()
        self._input_at(self._now)
        if self._state is State.WARNED and self._due_at is not None and self._held is None:
            if self._break is None:
                self._break = self._new_break()
            self._due_at = None
            self._prompt_at = None
        b = self._break
        if self._state in (State.PROMPTED, State.IN_BREAK, State.WARNED) and b is not None:
            options: list[int] = self._settings["snooze_options_min"]
            length = float(minutes if minutes else options[len(options) // 2])
            self._snoozes += 1
            b.prompted_at = None
            b.started_at = None
            self._snooze_until = self._now + length * 60
            self._emit(Action.SNOOZE, b, minutes=length, snoozes=self._snoozes)
            self._state = self._rest()
        return self._finish()

    def skip(self) -> list[Decision]:
        """Skip the prompted break, or the running one before any of it was done."""
        self._begin()
        self._input_at(self._now)
        if self._state in (State.PROMPTED, State.IN_BREAK):
            self._end_break(Outcome.SKIPPED, "user")
        return self._finish()

    def session_done(self) -> list[Decision]:
        """The user finished a back session (which the planner does not run): like a break
        taken, the count to the next break starts again. Time away during the session is the
        session, not a natural break as well, so it is let go; a prompt or break that is up
        stays as it is."""
        self._begin()
        if self._counting():
            if self._away is not None:
                self._drop_away("session")
            self._reset_cycle()
            self._restart_idle()
        self._input_at(self._now)
        return self._finish()

    def break_now(self) -> list[Decision]:
        """Start a break at once, whatever the counter says (any state but IN_BREAK)."""
        self._begin()
        self._input_at(self._now)
        if self._state is not State.IN_BREAK:
            if self._break is None:
                self._break = self._new_break()
            self._start_break("user")
        return self._finish()

    def pause(self, minutes: PauseLength = None) -> list[Decision]:
        """Pause reminders for `minutes`, until the next working day ("tomorrow"), or (None)
        until `resume`. An open prompt or break ends `interrupted`; the counter keeps its
        value and goes on from there after the pause."""
        self._begin()
        self._input_at(self._now)
        self._abandon("pause", running_too=True)
        self._paused = True
        self._pause_until = self._pause_day = None
        until: float | None = None
        if minutes == "tomorrow":
            self._pause_day = self._today
            until = self._hours.next_day_start(self._wall)
            reason = "tomorrow"
        elif minutes is None:
            reason = "until_resumed"
        else:
            self._pause_until = self._now + float(minutes) * 60
            until = self._wall + float(minutes) * 60
            reason = "timed"
        self._emit(
            Action.PAUSE,
            None,
            reason=reason,
            until=until,
            minutes=None if isinstance(minutes, str) else minutes,
        )
        self._state = State.PAUSED
        return self._finish()

    def resume(self) -> list[Decision]:
        """End a pause, and meeting mode, early."""
        self._begin()
        self._input_at(self._now)
        if self._paused:
            self._end_pause("user")
        if self._meeting_until is not None:
            self._meeting_until = None
            self._emit(Action.MEETING_END, None, reason="user")
        return self._finish()

    def meeting(self, minutes: float | None = None) -> list[Decision]:
        """Meeting mode for `minutes` (default `meeting_default_min`): a due break is held and
        let out once when it ends. A prompt that is up is taken back and held."""
        self._begin()
        self._input_at(self._now)
        length = float(minutes if minutes else self._settings["meeting_default_min"])
        self._meeting_until = self._now + length * 60
        self._emit(Action.MEETING, None, minutes=length, until=self._wall + length * 60)
        self._take_back()
        return self._finish()

    # --- facts from the other devices (core.devices.SharedClock, docs/devices.md) ----------

    def carry_on(self, active_s: float) -> list[Decision]:
        """The user was sitting at another device until a moment ago, `active_s` seconds into
        its cycle: this cycle goes on from there rather than from zero. Only a plain counting
        cycle takes it (nothing due, held or snoozed here), and only when it is further on
        than this one; it never makes the count go back."""
        self._begin()
        self._finish()
        if (
            self._state is State.WORKING
            and self._due_at is None
            and self._snooze_until is None
            and self._held is None
            and math.isfinite(active_s)
            and active_s > self._active
        ):
            self._active = min(active_s, self._interval_s())
        return self._finish()

    def break_elsewhere(self) -> list[Decision]:
        """A break was taken on another device: it ended the cycle there, and so here. A cycle
        still counting starts again at zero (a held or snoozed break is let go, since the
        user has just moved); a break already announced here (warned, prompted, under way) is
        left to the user, who has been told of it."""
        self._begin()
        self._finish()
        if self._state is State.WORKING and self._break is None:
            self._reset_cycle()
        return self._finish()

    # --- what the adapter reads -----------------------------------------------------------

    @property
    def state(self) -> State:
        return self._state

    def next_deadline(self) -> float | None:
        """Monotonic seconds at which the planner wants to be called again (None: only when
        something happens). Counter deadlines assume the input goes on as last seen; a probe
        reading at that time tells whether it did."""
        now = self._now
        times: list[float] = []
        change = self._hours.next_change(self._wall)
        if change is not None:
            times.append(now + change - self._wall)
        if self._in_hours:
            times.append(now + self._hours.next_midnight(self._wall) - self._wall)
        for t in (self._pause_until, self._meeting_until, self._snooze_until, self._grace_until):
            if t is not None and t > now:
                times.append(t)
        b = self._break
        if b is not None and b.started_at is not None:
            times.append(b.started_at + b.length_s)
        if b is not None and b.prompted_at is not None:
            times.append(b.prompted_at + b.length_s)
        if self._may_go_away(math.inf):
            times.append(self._idle_since() + self._settings["idle_threshold_min"] * 60)
        if self._counting():
            if self._prompt_at is not None:
                times.append(max(self._prompt_at, self._grace_until))
            elif self._due_at is not None:
                times.append(
                    max(
                        self._last_input + self._settings["natural_pause_quiet_s"],
                        self._grace_until,
                    )
                )
                times.append(self._commit_at())
            elif self._held is None and self._snooze_until is None and not self._capped:
                times.append(now + max(0.0, self._interval_s() - self._counted()))
        later = [t for t in times if t > now + EPS]
        return min(later) - self._slept if later else None

    def status(self) -> Status:
        counting = (
            self._counting()
            and self._due_at is None
            and self._held is None
            and self._snooze_until is None
            and not self._capped
        )
        rec = self._record
        until_break = max(0.0, self._interval_s() - self._counted()) if counting else None
        # Active seconds count only in working hours and start afresh each day: a break needing
        # more than today has left does not come today.
        none_today = self._state is State.WORKING and (
            self._capped
            or (until_break is not None and until_break > self._hours.left_today(self._wall) + EPS)
        )
        hours_start = None
        if none_today:
            day_start = self._hours.next_day_start(self._wall)
            hours_start = None if day_start is None else self._clock.local(day_start)
        elif not self._in_hours:
            hours_start = self._hours.next_start(self._wall)
        kind = self._coming_kind()
        prompt_at = self._prompt_at
        if prompt_at is not None:
            prompt_at = max(prompt_at, self._grace_until)
        return Status(
            state=self._state,
            next_kind=kind,
            next_length_s=self._break.length_s if self._break is not None else self._length(kind),
            active_s=self._active,
            interval_s=self._interval_s(),
            until_break_s=until_break,
            warned_until=self._to_wall(prompt_at),
            no_more_today=none_today,
            next_hours_start=hours_start,
            held=self._held,
            snoozes=self._snoozes,
            snoozed_until=self._to_wall(self._snooze_until),
            paused=self._paused,
            paused_until=self._paused_until(),
            meeting_until=self._to_wall(self._meeting_until),
            offered_today=rec.offered if rec is not None else 0,
            taken_today=rec.taken if rec is not None else 0,
            goal=self.memory.goal,
        )

    # --- the machinery ----------------------------------------------------------------------

    def _begin(self) -> None:
        self._wall = self._clock.wall()
        self._now = self._clock.monotonic() + self._slept
        if not self._counting():
            self._count_from = self._now
        self._today = self._hours.day_of(self._wall)
        self._inside = self._hours.contains(self._wall)

    def _finish(self) -> list[Decision]:
        for _ in range(_MAX_STEPS):
            if not self._step():
                out, self._out = self._out, []
                return out
        raise RuntimeError("the planner did not settle")  # a bug: some rule keeps firing

    def _step(self) -> bool:
        """Apply the first rule whose time has come. Order matters only for ties."""
        return (
            self._rule_hours()
            or self._rule_new_day()
            or self._rule_pause_over()
            or self._rule_meeting_over()
            or self._rule_break_over()
            or self._rule_prompt_expired()
            or self._rule_away()
            or self._rule_snooze_over()
            or self._rule_due()
            or self._rule_release()
            or self._rule_prompt()
        )

    def _emit(self, act: Action, b: _Break | None, **extra: Any) -> None:
        if b is not None:
            extra.setdefault("kind", b.kind)
            extra.setdefault("break_id", b.id)
            extra.setdefault("length_s", b.length_s)
        self._out.append(Decision(act, self._wall, self._clock.monotonic(), **extra))

    # --- rules: each checks its guard, makes one transition and returns True --------------

    def _rule_hours(self) -> bool:
        if self._inside == self._in_hours:
            return False
        self._in_hours = self._inside
        if self._inside:
            self._emit(Action.ON_HOURS, None)
            self._restart_idle()
            if self._state is State.OFF_HOURS:
                self._state = self._rest()
        else:
            self._emit(Action.OFF_HOURS, None)
            self._abandon("off_hours")
        return True

    def _rule_new_day(self) -> bool:
        """The counter starts fresh each working day; yesterday is judged for the back-off."""
        if not self._in_hours or (self._day is not None and self._today <= self._day):
            return False
        self._abandon("new_day")
        self._day = self._today
        self._active = 0.0
        self._count_from = self._now
        self._since_walk = self._snoozes = 0
        self._capped = False
        for rec in self.memory.days:
            if not rec.closed and rec.day < self._today.isoformat():
                change = close_day(self._settings, self.memory, rec)
                if change == "backoff":
                    self._backed_off()
                elif change is not None:
                    self._emit(
                        Action.INTERVAL,
                        None,
                        reason=change,
                        interval_min=interval_min(self._settings, self.memory),
                    )
        self._record = self.memory.record(self._today)
        before = self.memory.goal
        goal = step_goal(self._settings, self.memory, self._today, self._ratings())
        if goal is not None:
            # Up by the weekly step, or down because the target setting was lowered.
            reason = "weekly_step" if before is None or goal > before else "settings"
            self._emit(Action.GOAL, None, reason=reason, goal=goal)
        return True

    def _rule_pause_over(self) -> bool:
        if not self._paused:
            return False
        if self._pause_until is not None and self._now >= self._pause_until - EPS:
            self._end_pause("timeout")
            return True
        if self._pause_day is not None and self._in_hours and self._today > self._pause_day:
            self._end_pause("tomorrow")
            return True
        return False

    def _rule_meeting_over(self) -> bool:
        if self._meeting_until is None or self._now < self._meeting_until - EPS:
            return False
        self._meeting_until = None
        self._emit(Action.MEETING_END, None, reason="timeout")
        return True

    def _rule_break_over(self) -> bool:
        b = self._break
        if (
            self._state is not State.IN_BREAK
            or b is None
            or b.started_at is None
            or self._now < b.started_at + b.length_s - EPS
        ):
            return False
        self._end_break(Outcome.COMPLETED, None)
        return True

    def _rule_prompt_expired(self) -> bool:
        b = self._break
        if (
            self._state is not State.PROMPTED
            or b is None
            or b.prompted_at is None
            or self._now < b.prompted_at + b.length_s - EPS
        ):
            return False
        if self._now - self._last_input >= self._at_desk_s() - EPS:
            # Nobody at the keyboard: they may have walked away from the prompt. It waits for
            # them: away long enough (`_rule_away`) it was the break, taken naturally; back
            # sooner, it expires then.
            return False
        self._end_break(Outcome.EXPIRED, None)
        return True

    def _rule_away(self) -> bool:
        # Measured to the last probe reading, not to now: a call without a reading (a clock
        # jump, a quiet mode) cannot know the user stayed away, and an absence declared on a
        # guess could end before it began.
        if not self._may_go_away(self._seen_until):
            return False
        self._go_away()
        return True

    def _rule_snooze_over(self) -> bool:
        if self._snooze_until is None or self._now < self._snooze_until - EPS:
            return False
        self._snooze_until = None
        if self._snoozes >= self._settings["snooze_limit"]:
            # docs/evidence.md#snooze-limits: after the limit the next prompt is dropped, quietly.
            self._emit(Action.SUPPRESS, self._break, reason="snooze_limit")
            self._end_break(Outcome.SKIPPED, "snooze_limit")
        elif not self._in_hours and self._break is not None and self._break.offered:
            # It was running when working hours ended (a running break is let finish) and was
            # snoozed after: nothing is offered outside working hours, so it ends as the end of
            # hours ends every other pending break.
            self._end_break(Outcome.INTERRUPTED, "off_hours")
        else:
            self._begin_due()
        return True

    def _rule_due(self) -> bool:
        if (
            not self._counting()
            or self._due_at is not None
            or self._held is not None
            or self._snooze_until is not None
            or self._capped
            or self._counted() < self._interval_s() - EPS
        ):
            return False
        self._begin_due()
        return True

    def _rule_release(self) -> bool:
        if (
            self._held is None
            or self._state is not State.WORKING
            or self._quiet() is not None
            or self._now < self._grace_until - EPS
        ):
            return False
        reason, self._held = self._held, None
        self._emit(Action.RELEASE, self._break, kind=self._coming_kind(), reason=reason)
        self._prompt()
        return True

    def _rule_prompt(self) -> bool:
        """A due break first waits for a natural pause (docs/evidence.md#waiting-for-a-pause):
        one found is the moment, with no heads-up needed. When none came by `_commit_at`, the
        prompt is given a time, `warning_lead_s` from now, and the heads-up says so; it comes
        then whether the user types on or stops, so the heads-up's words hold."""
        if self._due_at is None or self._state is not State.WARNED:
            return False
        if self._now < self._grace_until - EPS:
            return False
        if self._prompt_at is not None:
            if self._now < self._prompt_at - EPS:
                return False
            self._prompt()
            return True
        quiet_for = self._now - self._last_input
        if quiet_for >= self._settings["natural_pause_quiet_s"] - EPS:
            self._prompt()
            return True
        if self._now < self._commit_at() - EPS:
            return False
        lead = self._lead()
        if lead <= 0:
            self._prompt()
            return True
        self._prompt_at = self._now + lead
        kind = self._coming_kind()
        length = self._break.length_s if self._break is not None else self._length(kind)
        self._emit(Action.WARN, None, kind=kind, length_s=length)
        return True

    def _commit_at(self) -> float:
        """When a due break stops waiting for a pause and its prompt is given a time: the
        lead before the end of the wait (so the prompt still comes within
        `natural_pause_wait_s` of the break falling due), or at once when the lead is longer.
        The wait starts when the break is due, or after a wake's grace."""
        assert self._due_at is not None
        wait: float = self._settings["natural_pause_wait_s"]
        return max(self._due_at, self._grace_until) + max(0.0, wait - self._lead())

    def _lead(self) -> float:
        """How long before its prompt a heads-up comes. None outside working hours, where
        only a break the user started themselves comes back (from its snooze, as they asked)
        and nothing is ever warned of."""
        if not self._in_hours:
            return 0.0
        return max(0.0, float(self._settings["warning_lead_s"]))

    # --- transitions used by several rules and actions ---------------------------------------

    def _begin_due(self) -> None:
        """The break is due: capped, held, or waiting for a natural pause."""
        rec = self._record
        if self._break is None and rec is not None and rec.offered >= self._settings["daily_cap"]:
            self._capped = True
            self._emit(Action.SUPPRESS, None, kind=self._next_kind(), reason="daily_cap")
            self._reset_cycle()
            self._state = self._rest()
            return
        reason = self._quiet()
        if reason is not None:
            self._hold(reason)
            return
        self._due_at = self._now
        self._state = State.WARNED

    def _hold(self, reason: str) -> None:
        if self._break is None:
            # The held break gets its id now, so its suppress, release and end name it.
            self._break = self._new_break()
        self._emit(Action.SUPPRESS, self._break, reason=reason)
        self._held = reason
        self._due_at = None
        self._prompt_at = None
        self._state = self._rest()

    def _take_back(self) -> None:
        """A quiet mode began: a prompt that is up is taken back and its break held, like a
        break that is due but not yet prompted; both come out once when the quiet ends."""
        reason = self._quiet()
        b = self._break
        if reason is None:
            return
        if self._state is State.PROMPTED and b is not None:
            b.prompted_at = None
            self._hold(reason)
        elif self._due_at is not None and self._state is State.WARNED:
            self._hold(reason)

    def _new_break(self) -> _Break:
        kind = self._next_kind()
        return _Break(self.memory.take_break_id(), kind, self._length(kind))

    def _prompt(self) -> None:
        if self._break is None:
            self._break = self._new_break()
        if not self._break.shown:
            # Its first prompt is backmove's offer. A break the user started themselves
            # ("break now") reached them before any prompt: back from a snooze it stays theirs,
            # counted toward no cap and coming back whenever they ask, however often.
            self._break.shown = True
            self._break.offered = True
            if self._record is not None:
                self._record.offered += 1
        self._break.prompted_at = self._now
        self._due_at = None
        self._prompt_at = None
        self._emit(Action.PROMPT, self._break, snoozes=self._snoozes)
        self._state = State.PROMPTED

    def _start_break(self, reason: str | None) -> None:
        b = self._break
        assert b is not None
        b.prompted_at = None
        b.started_at = self._now
        b.shown = True
        self._due_at = None
        self._prompt_at = None
        self._held = None
        self._snooze_until = None
        self._emit(Action.BREAK_START, b, reason=reason)
        self._state = State.IN_BREAK

    def _end_break(self, outcome: Outcome, reason: str | None) -> None:
        b = self._break
        assert b is not None
        self._break = None
        self._emit(Action.BREAK_END, b, outcome=outcome, reason=reason, snoozes=self._snoozes)
        if self._record is not None:
            self._record.count(outcome.value)
            # Silence is an answer too: a prompt left to expire spaces breaks out like a skip.
            unanswered = outcome in (Outcome.SKIPPED, Outcome.EXPIRED)
            if unanswered and note_skip(self._settings, self.memory, self._record):
                self._backed_off()
        if outcome in (Outcome.COMPLETED, Outcome.PARTIAL):
            note_taken(self.memory)
        self._rotate(b.kind)
        self._snoozes = 0
        self._reset_cycle()
        if outcome in (Outcome.SKIPPED, Outcome.EXPIRED):
            self._unanswered_at = self._now
        self._state = self._rest()

    def own_interval(self) -> list[Decision]:
        """The user wants their own interval back: the back-off ends now."""
        self._begin()
        self._clear_backoff(self._settings, "user")
        return self._finish()

    def _clear_backoff(self, settings: Settings, reason: str) -> None:
        if self.memory.backoff_min == 0:
            return
        self.memory.backoff_min = 0
        self.memory.skips_in_a_row = 0
        self._emit(
            Action.INTERVAL, None, reason=reason, interval_min=interval_min(settings, self.memory)
        )

    def _backed_off(self) -> None:
        """The back-off lengthened the interval: say so, and the first time (then at most once
        every few weeks, `offer_adjust_due`) offer the user to set the interval themselves."""
        minutes = interval_min(self._settings, self.memory)
        self._emit(Action.INTERVAL, None, reason="backoff", interval_min=minutes)
        if offer_adjust_due(self.memory, self._today):
            self._emit(Action.OFFER_ADJUST, None, interval_min=minutes)

    def _abandon(self, reason: str, running_too: bool = False) -> None:
        """Hours ended, a new day began or the user paused: nothing pending survives. An open
        prompt (or held/snoozed break) ends `interrupted`, or `expired` when its length ran
        out unanswered; a running break only if asked. A held break that never reached the
        user is dropped without a record: it was never offered."""
        b = self._break
        if b is not None and not b.shown:
            self._break = None
        elif b is not None and (b.started_at is None or running_too):
            lapsed = b.prompted_at is not None and self._now >= b.prompted_at + b.length_s - EPS
            if lapsed:
                self._end_break(Outcome.EXPIRED, None)
            else:
                self._end_break(Outcome.INTERRUPTED, reason)
        self._drop_away(reason)
        self._due_at = None
        self._prompt_at = None
        self._held = None
        self._snooze_until = None
        if self._state is not State.IN_BREAK:
            self._state = self._rest()

    def _end_pause(self, reason: str) -> None:
        self._paused = False
        self._pause_until = self._pause_day = None
        self._emit(Action.RESUME, None, reason=reason)
        self._restart_idle()
        if self._state is State.PAUSED:
            self._state = self._rest()

    def _input_at(self, at: float) -> None:
        """Input was seen at `at` (elapsed). The span since the last reading counts as active,
        which is exact when readings come at input boundaries (simulate) and off by at most a
        probe period otherwise (with a probe that tells but cannot be read, as on Wayland, by
        at most the shortest of `idle_thresholds()`). When the last reading found the user
        typing (the quiet since the last input was shorter than a pause), the span counts
        from that input: a reading that falls between two key presses splits no pause, and an
        exact probe read at every deadline would otherwise leave the count short by the moment
        since the last key each time, and the break never due."""
        at = min(at, self._now)
        if at > self._last_input + EPS:
            # A stretch that reached the threshold between readings still ends the cycle.
            if self._may_go_away(self._seen_until):
                self._go_away()
            if self._counting():
                start = self._seen_until
                if self._keyed and self._seen_until - self._last_input < self._at_desk_s() - EPS:
                    start = max(self._last_input, self._count_from)
                self._active += max(0.0, at - start)
            if self._away is not None:
                self._end_away(min(self._seen_until, at), "idle")
            self._last_input = at
            self._keyed = True
        self._seen_until = max(self._seen_until, self._now)

    def _counted(self) -> float:
        """The count, with the quiet since the last input up to the last reading while that
        is no pause yet (`_at_desk_s`): keys pressed a moment ago are typing that goes on, so
        the break falls due when the interval's time of typing is up, not at the first key
        after it (which, as the user stops, may never come)."""
        tail = self._seen_until - self._last_input
        if not (self._counting() and self._keyed) or tail >= self._at_desk_s() - EPS:
            return self._active
        return self._active + max(0.0, self._seen_until - max(self._last_input, self._count_from))

    def _idle_since(self) -> float:
        """Where time away would begin: the last input, but never before the end of a prompt
        that went unanswered (that time was the prompt's)."""
        if self._unanswered_at is not None and self._break is None:
            return max(self._last_input, self._unanswered_at)
        return self._last_input

    def _may_go_away(self, idle_until: float) -> bool:
        """Whether idle from `_idle_since` to `idle_until` ends the cycle as time away."""
        threshold = self._settings["idle_threshold_min"] * 60
        if self._away is not None or idle_until - self._idle_since() < threshold - EPS:
            return False
        # Away from a prompt that is up: the user left for the break it offered. Away after
        # one went unanswered: the count is at zero, but no break was had.
        if self._state is State.PROMPTED:
            return True
        return self._counting() and (self._active > EPS or self._unanswered_at is not None)

    def _go_away(self) -> None:
        """Idle long enough: the cycle ends as a natural break (docs/evidence.md#natural-breaks).
        A prompt that is up (or a held or snoozed break) is that break, taken naturally."""
        self._away = _Away(self._idle_since(), self._break)
        if self._break is not None:
            self._break.prompted_at = None
        self._break = None
        self._snoozes = 0
        self._reset_cycle()
        self._state = self._rest()

    def _end_away(self, end: float, reason: str, at_least: float = 0.0) -> None:
        if not (self._in_hours and self._inside and self._today == self._day):
            # Back after hours or on another day: that was going home, not a break.
            self._drop_away("off_hours")
            return
        away = self._away
        assert away is not None
        length = max(end - away.since, at_least)
        if length < MIN_AWAY_S:
            # Only a probe contradicting its own earlier reading gets here; no time away is
            # no break, whatever the readings said.
            self._drop_away("no_time_away")
            return
        self._away = None
        kind = BreakKind.WALK if length >= self._length(BreakKind.WALK) - EPS else BreakKind.STRETCH
        b = away.stands_for
        self._emit(
            Action.NATURAL_BREAK,
            None,
            kind=kind,
            reason=reason,
            outcome=Outcome.NATURAL,
            length_s=length,
            break_id=self.memory.take_break_id() if b is None else b.id,
        )
        if self._record is not None:
            self._record.count(Outcome.NATURAL.value)
        if b is not None and b.shown:
            note_taken(self.memory)  # the break that was offered was taken, away
        self._rotate(kind)

    def _drop_away(self, reason: str) -> None:
        """Forget an idle stretch that will not be logged; close the break it stood in for."""
        away, self._away = self._away, None
        if away is not None and away.stands_for is not None and away.stands_for.shown:
            self._emit(
                Action.BREAK_END, away.stands_for, outcome=Outcome.INTERRUPTED, reason=reason
            )
            if self._record is not None:
                self._record.count(Outcome.INTERRUPTED.value)

    def _wake(self, gap: float) -> None:
        """After a sleep at least a stretch long (or one that completes an idle stretch): the
        time away is a natural break, and a prompt that was up when the lid closed is that
        break taken. A running break is `completed` if it had run its length by the wake (the
        user was away for all of it), else `interrupted`; a prompt after a shorter sleep ends
        `interrupted`. Then a grace period."""
        away_for = self._now - (self._away.since if self._away else self._idle_since())
        long_enough = (
            gap >= self._settings["micro_break_s"] - EPS
            or away_for >= self._settings["idle_threshold_min"] * 60 - EPS
        )
        b = self._break
        if self._state is State.IN_BREAK and b is not None and b.started_at is not None:
            ran = self._now >= b.started_at + b.length_s - EPS
            self._end_break(Outcome.COMPLETED if ran else Outcome.INTERRUPTED, "suspend")
        elif self._state is State.PROMPTED and not long_enough:
            self._end_break(Outcome.INTERRUPTED, "suspend")
        if long_enough and (self._away is not None or self._may_go_away(math.inf)):
            if self._away is None:
                self._go_away()
            # At least the sleep, even if a probe reading after the wake came in first.
            self._end_away(self._now, "suspend", at_least=gap)
        self._restart_idle()
        self._grace_until = self._now + WAKE_GRACE_S

    # --- small helpers --------------------------------------------------------------------

    def _restart_idle(self) -> None:
        """Counting (re)starts now: idle time from before (off hours, a pause, asleep) is not
        part of any natural break, so measure idle from here."""
        self._unanswered_at = None
        self._last_input = max(self._last_input, self._now)
        self._seen_until = self._now
        self._keyed = False

    def _counting(self) -> bool:
        return self._state in (State.WORKING, State.WARNED)

    def _rest(self) -> State:
        """Where the machine sits when no break is open."""
        if self._paused:
            return State.PAUSED
        if not self._in_hours:
            return State.OFF_HOURS
        return State.WORKING

    def _reset_cycle(self) -> None:
        self._unanswered_at = None
        self._active = 0.0
        self._count_from = self._now
        self._due_at = None
        self._prompt_at = None
        self._held = None
        self._snooze_until = None

    def _quiet(self) -> str | None:
        if self._meeting_until is not None and self._now < self._meeting_until - EPS:
            return "meeting"
        if self._fullscreen and self._settings["quiet_when_fullscreen"]:
            return "fullscreen"
        if self._dnd and self._settings["quiet_when_dnd"]:
            return "dnd"
        if self._call and self._settings["quiet_during_calls"]:
            return "call"
        return None

    def _at_desk_s(self) -> float:
        """Input this recent means the user is at the machine (a pause in typing, not away)."""
        return max(1.0, float(self._settings["natural_pause_quiet_s"]))

    def _interval_s(self) -> float:
        return interval_min(self._settings, self.memory) * 60.0

    def _coming_kind(self) -> BreakKind:
        return self._break.kind if self._break is not None else self._next_kind()

    def _next_kind(self) -> BreakKind:
        nth: int = self._settings["walk_every_nth"]
        return BreakKind.WALK if nth > 0 and self._since_walk + 1 >= nth else BreakKind.STRETCH

    def _rotate(self, kind: BreakKind) -> None:
        self._since_walk = 0 if kind is BreakKind.WALK else self._since_walk + 1

    def _length(self, kind: BreakKind) -> float:
        if kind is BreakKind.WALK:
            minutes: float = self._settings["walk_break_min"]
            return minutes * 60.0
        return float(self._settings["micro_break_s"])

    def _paused_until(self) -> float | None:
        if self._pause_day is not None:
            return self._hours.next_day_start(self._wall)
        return self._to_wall(self._pause_until)

    def _to_wall(self, elapsed: float | None) -> float | None:
        return None if elapsed is None else self._wall + (elapsed - self._now)
