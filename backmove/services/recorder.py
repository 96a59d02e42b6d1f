"""Writes what the planner decided into the break log, one committed transaction per change.

The planner numbers breaks for itself; the database has its own ids. A break row is made when
the break first reaches the user (its prompt, or "take a break now") and updated as it starts
and ends, so a crash at any moment leaves every step so far on disk. Natural breaks (time
away) are written when the user comes back: whole, or, when the user walked away from a break
that had reached them (its prompt was up, or it was snoozed), onto that break's own row, so one
break is one row with one outcome. Pauses, meeting mode, interval changes, the offer to adjust
the interval and suspends go to app_events.
"""

from __future__ import annotations

import json
import logging

from backmove.core.clock import Clock
from backmove.core.kinds import BreakKind
from backmove.core.planner import Action, Decision, Outcome
from backmove.storage.errors import StorageError
from backmove.storage.records import AppEvent, Break, BreakOutcome, local_stamp
from backmove.storage.repository import Repository

log = logging.getLogger(__name__)

_EVENTS = {
    Action.PAUSE,
    Action.RESUME,
    Action.MEETING,
    Action.MEETING_END,
    Action.INTERVAL,
    Action.GOAL,
    Action.SUPPRESS,
    Action.RELEASE,
    Action.OFFER_ADJUST,
}

# The planner's outcomes by the words the breaks table stores for them (the same words).
_STORED_OUTCOME: dict[Outcome, BreakOutcome] = {
    Outcome.COMPLETED: "completed",
    Outcome.PARTIAL: "partial",
    Outcome.SKIPPED: "skipped",
    Outcome.INTERRUPTED: "interrupted",
    Outcome.EXPIRED: "expired",
    Outcome.NATURAL: "natural",
}


class BreakRecorder:
    def __init__(self, repo: Repository, clock: Clock) -> None:
        self._repo = repo
        self._clock = clock
        self._rows: dict[int, Break] = {}
        self.last_error: StorageError | None = None

    def record(self, decisions: list[Decision], routine: str | None = None) -> None:
        """Write each decision; a storage failure is kept in `last_error` and re-raised once
        the rest have been tried, so one full disk does not lose the records after it."""
        failure: StorageError | None = None
        for d in decisions:
            try:
                self._one(d, routine)
            except StorageError as exc:
                log.warning("could not record %s: %s", d.decision, exc.message)
                failure = exc
        self.last_error = failure
        if failure is not None:
            raise failure

    def row_id(self, break_id: int | None) -> int | None:
        """The database id of a break the planner has under way, for the ratings and move
        verdicts given during it (they may come after the planner has closed the break)."""
        row = self._rows.get(break_id) if break_id is not None else None
        return row.id if row is not None else None

    def _update(self, row: Break) -> Break:
        self._repo.update_break(row)
        return row

    def _one(self, d: Decision, routine: str | None) -> None:
        at, offset = local_stamp(self._clock, d.wall)
        if d.decision in (Action.PROMPT, Action.BREAK_START) and d.break_id is not None:
            row = self._rows.get(d.break_id)
            if row is None:
                row = self._repo.add_break(
                    Break(
                        planned_at=at,
                        utc_offset_s=offset,
                        kind=d.kind or BreakKind.STRETCH,
                        prompted_at=at if d.decision is Action.PROMPT else None,
                        snooze_count=d.snoozes or 0,
                        routine=routine,
                    )
                )
            elif d.decision is Action.PROMPT:
                row = self._update(row.replace(prompted_at=at, snooze_count=d.snoozes or 0))
            if d.decision is Action.BREAK_START:
                row = self._update(row.replace(started_at=at))
            self._rows[d.break_id] = row
        elif d.decision is Action.SNOOZE and d.break_id in self._rows:
            row = self._rows[d.break_id]
            self._rows[d.break_id] = self._update(
                row.replace(snooze_count=d.snoozes or row.snooze_count + 1)
            )
        elif d.decision is Action.BREAK_END and d.break_id is not None:
            row = self._rows.pop(d.break_id, None)
            if row is None:  # ended before it ever reached the user (e.g. snooze limit)
                row = self._repo.add_break(
                    Break(planned_at=at, utc_offset_s=offset, kind=d.kind or BreakKind.STRETCH)
                )
            assert d.outcome is not None, "the planner ends every break with its outcome"
            self._update(
                row.replace(
                    ended_at=at,
                    outcome=_STORED_OUTCOME[d.outcome],
                    snooze_count=d.snoozes if d.snoozes is not None else row.snooze_count,
                    reason=d.reason,
                )
            )
        elif d.decision is Action.NATURAL_BREAK:
            length = round(d.length_s or 0)
            start, start_offset = local_stamp(self._clock, d.wall - length)
            offered = self._rows.pop(d.break_id, None) if d.break_id is not None else None
            if offered is not None:
                # The user left the break's prompt: that row is the break, taken naturally.
                self._update(
                    offered.replace(
                        kind=d.kind or offered.kind,
                        started_at=start,
                        ended_at=at,
                        outcome="natural",
                        reason=d.reason,
                    )
                )
                return
            self._repo.add_break(
                Break(
                    planned_at=start,
                    utc_offset_s=start_offset,
                    kind=d.kind or BreakKind.STRETCH,
                    started_at=start,
                    ended_at=at,
                    outcome="natural",
                    reason=d.reason,
                )
            )
        elif d.decision in _EVENTS:
            detail = {
                k: v
                for k, v in (
                    ("reason", d.reason),
                    ("minutes", d.minutes),
                    ("until", d.until),
                    ("interval_min", d.interval_min),
                    ("goal", d.goal),
                    ("kind", d.kind),
                )
                if v is not None
            }
            self._repo.add_event(
                AppEvent(
                    at=at,
                    utc_offset_s=offset,
                    kind=str(d.decision),
                    detail=json.loads(json.dumps(detail, default=str)),
                )
            )
