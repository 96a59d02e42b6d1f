"""Adding and querying records: the only SQL the rest of the app ever causes.

Every add_* and update_* is its own transaction, committed before it returns, so an answer the
user gave is on disk even if the app is killed the next moment. Queries over time take a
half-open range [start, end) of UTC epoch seconds, the shape the dashboard asks in (a day, a
week, five years), and return records oldest first; each range query is served by an index.

JSON columns (checkin regions, safety answers, event details) are written compactly with
unicode kept as it is, and read back into plain dicts.

A few queries answer in counts rather than records (`tallies_by_day`, `tallies_by_month`,
`verdict_counts_between`)
or pick the few records that matter (`rated_breaks_between`): five years are some 14,000 breaks,
and turning them all into records costs more than the dashboard may spend on its first open.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from backmove.core.stats import DAY_S, Tally, from_day_number
from backmove.storage.database import Database
from backmove.storage.records import (
    BREAK_OUTCOMES,
    AppEvent,
    Break,
    Checkin,
    FunctionGoal,
    FunctionRating,
    MoveFeedback,
    MoveSums,
    Rating,
    RatingMoment,
    RoutineChanges,
    RoutineVerdicts,
    SafetyScreen,
    Verdict,
    VerdictCounts,
    check_answers,
    check_detail,
    check_regions,
    check_routine,
)
from backmove.storage.schema import BREAK_DAY, LOCAL_DAY

_EPOCH = date(1970, 1, 1)

_INSERT_BREAK = (
    "INSERT INTO breaks (planned_at, utc_offset_s, kind, prompted_at, started_at, ended_at, "
    "outcome, snooze_count, routine, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_UPDATE_BREAK = (
    "UPDATE breaks SET planned_at = ?, utc_offset_s = ?, kind = ?, prompted_at = ?, "
    "started_at = ?, ended_at = ?, outcome = ?, snooze_count = ?, routine = ?, reason = ? "
    "WHERE id = ?"
)
# Breaks and ratings are read with their columns in the records' field order and made into
# records positionally: for the thousands of rows of a long history, twice as fast as by name.
_BREAK_BY_ID = (
    "SELECT planned_at, utc_offset_s, kind, prompted_at, started_at, ended_at, outcome, "
    "snooze_count, routine, reason, id FROM breaks WHERE id = ?"
)
_BREAKS_BETWEEN = (
    "SELECT planned_at, utc_offset_s, kind, prompted_at, started_at, ended_at, outcome, "
    "snooze_count, routine, reason, id FROM breaks WHERE planned_at >= ? AND planned_at < ? "
    "ORDER BY planned_at, id"
)
_FIRST_BREAK = (
    "SELECT planned_at, utc_offset_s, kind, prompted_at, started_at, ended_at, outcome, "
    "snooze_count, routine, reason, id FROM breaks ORDER BY planned_at, id LIMIT 1"
)
_RATED_BREAKS_BETWEEN = (
    # Two index seeks a break (ratings_by_break_moment_at): the cost follows the breaks.
    "SELECT planned_at, utc_offset_s, kind, prompted_at, started_at, ended_at, outcome, "
    "snooze_count, routine, reason, id FROM breaks AS b WHERE planned_at >= ? AND planned_at < ? "
    "AND (EXISTS (SELECT 1 FROM ratings WHERE break_id = b.id AND moment = 'now_before' "
    "AND at >= ? AND at < ?) OR EXISTS (SELECT 1 FROM ratings WHERE break_id = b.id "
    "AND moment = 'now_after' AND at >= ? AND at < ?)) ORDER BY planned_at, id"
)
_TALLIES_BY_DAY = (
    # The local day number floored (SQLite's `/` and `%` truncate toward zero), then one
    # column per field of core.stats.Tally, in its order.
    "SELECT (planned_at + utc_offset_s - ((planned_at + utc_offset_s) % 86400 + 86400) "
    "% 86400) / 86400 AS day, sum(outcome = 'completed'), sum(outcome = 'partial'), "
    "sum(outcome = 'skipped'), sum(outcome = 'interrupted'), sum(outcome = 'expired'), "
    "sum(outcome = 'natural') FROM breaks INDEXED BY breaks_by_planned_at_outcome "
    "WHERE planned_at >= ? AND planned_at < ? "
    "AND outcome IS NOT NULL GROUP BY day ORDER BY day"
)
_PLANNED_BOUNDS = (
    # The first and the last break planned in [start, end): two seeks in breaks_by_planned_at.
    "SELECT (SELECT planned_at FROM breaks INDEXED BY breaks_by_planned_at "
    "WHERE planned_at >= :start AND planned_at < :end ORDER BY planned_at LIMIT 1), "
    "(SELECT planned_at FROM breaks INDEXED BY breaks_by_planned_at "
    "WHERE planned_at >= :start AND planned_at < :end ORDER BY planned_at DESC LIMIT 1)"
)
_OUTCOME_IN_MONTH = (
    # The breaks of one outcome planned in [start, end) on the local days [a, b): one range
    # of breaks_by_outcome_day (schema.py, migration 7), counted from the index alone.
    "(SELECT count(*) FROM breaks INDEXED BY breaks_by_outcome_day "  # noqa: S608
    f"WHERE outcome = '{{outcome}}' AND {BREAK_DAY} >= a AND {BREAK_DAY} < b "
    "AND planned_at >= :start AND planned_at < :end)"
)
_TALLIES_BY_MONTH = (
    # Per local calendar month from the month of local day :lo to that of :hi (each keyed by
    # its first day, its local days [a, b) from :first on), one column per field of
    # core.stats.Tally, in its order: each a count over a range of the index, so twenty years
    # are some 1,500 seeks and one step per break, with nothing sorted. The day numbers are
    # floored as in _TALLIES_BY_DAY; a month's bounds are exact multiples of a day.
    "WITH RECURSIVE months(month) AS (SELECT date(:lo * 86400, 'unixepoch', 'start of month') "  # noqa: S608
    "UNION ALL SELECT date(month, '+1 month') FROM months "
    "WHERE month < date(:hi * 86400, 'unixepoch', 'start of month')), "
    "spans(month, a, b) AS (SELECT month, max(:first, CAST(strftime('%s', month) AS INTEGER) "
    "/ 86400), CAST(strftime('%s', month, '+1 month') AS INTEGER) / 86400 FROM months) "
    "SELECT month, "
    + ", ".join(_OUTCOME_IN_MONTH.format(outcome=outcome) for outcome in BREAK_OUTCOMES)
    + " FROM spans"
)
_VERDICTS_BETWEEN = (
    "SELECT move_id, verdict, count(*) FROM move_feedback WHERE at >= ? AND at < ? "
    "GROUP BY move_id, verdict ORDER BY move_id"
)
_RATINGS_BETWEEN = (
    "SELECT at, utc_offset_s, moment, value, break_id, id FROM ratings "
    "WHERE at >= ? AND at < ? ORDER BY at, id"
)
_RATINGS_OF_MOMENT_BETWEEN = (
    "SELECT at, utc_offset_s, moment, value, break_id, id FROM ratings "
    "WHERE moment = ? AND at >= ? AND at < ? ORDER BY at, id"
)
# The latest answer per group, as core.trend.PainSeries and core.moveeffect keep them: the
# largest (at, id). The views' queries name their index (schema.py, migration 5): without
# statistics SQLite may guess another one, which reads every answer of a moment. They are
# put together from constants of this module and schema.py only, never from input (S608).
_EOD_STEP = (
    # The latest end-of-day answer of the latest local day before a bound: one seek in
    # ratings_by_moment_day (schema.py), whose day expression this must spell exactly.
    "SELECT id FROM ratings INDEXED BY ratings_by_moment_day WHERE moment = 'end_of_day' "  # noqa: S608
    "AND at >= :start AND at < :end "
    f"AND {LOCAL_DAY} < {{bound}} ORDER BY {LOCAL_DAY} DESC, at DESC, id DESC LIMIT 1"
)
_LATEST_END_OF_DAY_BY_DAY = (
    # Day by day from the newest back: each step seeks the day before the last one found, so
    # the cost follows the days answered, never the answers.
    "WITH RECURSIVE latest(id) AS (SELECT ("  # noqa: S608
    + _EOD_STEP.format(bound=":top")
    + ") UNION ALL SELECT ("
    + _EOD_STEP.format(
        bound="(SELECT (p.at + p.utc_offset_s - ((p.at + p.utc_offset_s) % 86400 + 86400) "
        "% 86400) / 86400 FROM ratings AS p WHERE p.id = latest.id)"
    )
    + ") FROM latest WHERE latest.id IS NOT NULL) "
    "SELECT at, utc_offset_s, moment, value, break_id, id FROM ratings "
    "WHERE id IN (SELECT id FROM latest) ORDER BY at, id"
)
_LATEST_OF_BREAK = (
    "(SELECT value FROM ratings INDEXED BY ratings_by_break_moment_at WHERE break_id = b.id "
    "AND moment = '{moment}' AND at >= :start "
    "AND at < :end ORDER BY at DESC, id DESC LIMIT 1)"
)
_MOVE_SUMS = (
    # The breaks planned in [start, end) from local day `first` on with a before and an
    # after answer in [start, end), each by its latest (ratings_by_break_moment_at: one seek a
    # break and moment). Per routine: how many, and the sum and sum of squares of after -
    # before; and the last verdict per break and move, counted per routine, move and verdict.
    # The breaks are found from the answers' side: `ids` steps through the distinct break ids
    # that have any answer (one seek each in ratings_by_break), from the lowest to the highest
    # id of the range's breaks, so a break never answered costs nothing. Over twenty years most
    # breaks have no answer, and seeking each one's cost more than all of the rest.
    # A few dozen rows, whatever the history; the caller spreads the routines over their moves.
    "WITH RECURSIVE span(lo, hi) AS (SELECT min(id), max(id) FROM breaks "  # noqa: S608
    "INDEXED BY breaks_by_planned_at WHERE planned_at >= :start AND planned_at < :end), "
    "ids(id) AS (SELECT (SELECT break_id FROM ratings INDEXED BY ratings_by_break "
    "WHERE break_id >= span.lo ORDER BY break_id LIMIT 1) FROM span UNION ALL "
    "SELECT (SELECT break_id FROM ratings INDEXED BY ratings_by_break "
    "WHERE break_id > ids.id ORDER BY break_id LIMIT 1) FROM ids, span WHERE ids.id < span.hi), "
    "answered AS MATERIALIZED (SELECT b.id AS id, b.routine AS routine, "
    + _LATEST_OF_BREAK.format(moment="now_before")
    + " AS before, "
    + _LATEST_OF_BREAK.format(moment="now_after")
    + " AS after FROM ids JOIN breaks AS b ON b.id = ids.id "
    "WHERE b.planned_at >= :start AND b.planned_at < :end "
    "AND b.planned_at + b.utc_offset_s >= :first * 86400), "
    "rated AS MATERIALIZED (SELECT id, routine, after - before AS change FROM answered "
    "WHERE before IS NOT NULL AND after IS NOT NULL) "
    "SELECT routine, NULL, NULL, count(*), sum(change), sum(change * change) FROM rated "
    "GROUP BY routine UNION ALL "
    "SELECT r.routine, f.move_id, f.verdict, count(*), NULL, NULL FROM rated AS r "
    "JOIN move_feedback AS f ON f.break_id = r.id WHERE NOT EXISTS (SELECT 1 FROM "
    "move_feedback AS g WHERE g.break_id = f.break_id AND g.move_id = f.move_id "
    "AND (g.at > f.at OR (g.at = f.at AND g.id > f.id))) "
    "GROUP BY r.routine, f.move_id, f.verdict"
)
_LATEST_BEFORE_AFTER = (
    # One index seek per break and moment: the cost follows the breaks, never the answers.
    "SELECT at, utc_offset_s, moment, value, break_id, id FROM ratings WHERE id IN (SELECT "
    "(SELECT id FROM ratings WHERE break_id = b.id AND moment = 'now_before' AND at >= ? "
    "AND at < ? ORDER BY at DESC, id DESC LIMIT 1) FROM breaks AS b "
    "WHERE b.planned_at >= ? AND b.planned_at < ? UNION SELECT "
    "(SELECT id FROM ratings WHERE break_id = b.id AND moment = 'now_after' AND at >= ? "
    "AND at < ? ORDER BY at DESC, id DESC LIMIT 1) FROM breaks AS b "
    "WHERE b.planned_at >= ? AND b.planned_at < ?) ORDER BY at, id"
)
_FEEDBACK_BETWEEN = (
    "SELECT id, break_id, move_id, verdict, at, utc_offset_s FROM move_feedback "
    "WHERE at >= ? AND at < ? ORDER BY at, id"
)
_CLOSE_OPEN_BREAKS = (
    # SQLite's scalar max() is NULL when any argument is, so unset times stand in as planned_at;
    # an end given is never put before the row's own times (a clock set back).
    # breaks_open (schema.py): the open ones only, however many ended; named, since the outcome
    # leads breaks_by_outcome_day too, which SQLite would otherwise take and read the table by.
    "UPDATE breaks INDEXED BY breaks_open SET outcome = 'interrupted', "
    "ended_at = max(coalesce(?, planned_at), "
    "planned_at, coalesce(prompted_at, planned_at), coalesce(started_at, planned_at)) "
    "WHERE outcome IS NULL"
)
_RATED_FEEDBACK_BETWEEN = (
    "SELECT id, break_id, move_id, verdict, at, utc_offset_s FROM move_feedback "
    "WHERE break_id IN (SELECT id FROM breaks AS b WHERE planned_at >= ? AND planned_at < ? "
    "AND EXISTS (SELECT 1 FROM ratings WHERE break_id = b.id AND moment = 'now_before' "
    "AND at >= ? AND at < ?) AND EXISTS (SELECT 1 FROM ratings WHERE break_id = b.id "
    "AND moment = 'now_after' AND at >= ? AND at < ?)) ORDER BY at, id"
)
_FEEDBACK_FOR_BREAK = (
    "SELECT id, break_id, move_id, verdict, at, utc_offset_s FROM move_feedback "
    "WHERE break_id = ? ORDER BY at, id"
)
_GOALS = "SELECT created_at, utc_offset_s, activity, retired_at, id FROM function_goals "
_FUNCTION_RATINGS = "SELECT goal_id, at, utc_offset_s, value, id FROM function_ratings "
_LATEST_FUNCTION_RATING = (
    "SELECT goal_id, at, utc_offset_s, value, id FROM function_ratings WHERE goal_id IN "
    "(SELECT id FROM function_goals WHERE retired_at IS NULL) ORDER BY at DESC, id DESC LIMIT 1"
)
_EVENTS_BETWEEN = (
    "SELECT id, at, utc_offset_s, kind, detail FROM app_events "
    "WHERE at >= ? AND at < ? ORDER BY at, id"
)
_EVENTS_OF_KIND_BETWEEN = (
    "SELECT id, at, utc_offset_s, kind, detail FROM app_events "
    "WHERE kind = ? AND at >= ? AND at < ? ORDER BY at, id"
)


def _dump(value: Mapping[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


_SELECT_SCREENS = (
    "SELECT id, at, utc_offset_s, answers, tier, outcome, assessed_on FROM safety_screens "
)
_LATEST_SCREEN = _SELECT_SCREENS + "ORDER BY at DESC, id DESC LIMIT 1"
_ALL_SCREENS = _SELECT_SCREENS + "ORDER BY at, id"


def _screen(r: Sequence[Any]) -> SafetyScreen:
    return SafetyScreen(
        id=r[0],
        at=r[1],
        utc_offset_s=r[2],
        answers=json.loads(r[3]),
        tier=r[4],
        outcome=r[5],
        assessed_on=None if r[6] is None else date.fromisoformat(r[6]),
    )


class Repository:
    """The break log and everything recorded beside it, over one open Database."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # --- breaks ------------------------------------------------------------------------------

    def add_break(self, record: Break) -> Break:
        cursor = self._db.write(_INSERT_BREAK, self._break_values(record))
        return record.replace(id=cursor.lastrowid)

    def update_break(self, record: Break) -> None:
        """Store every field of `record` over the stored break with the same id."""
        if record.id is None:
            raise ValueError("a break needs its id to be updated; add it first")
        cursor = self._db.write(_UPDATE_BREAK, (*self._break_values(record), record.id))
        if cursor.rowcount != 1:
            raise LookupError(f"no break with id {record.id}")

    def get_break(self, break_id: int) -> Break | None:
        rows = self._db.read(_BREAK_BY_ID, (break_id,))
        return self._break(rows[0]) if rows else None

    def breaks_between(self, start: int, end: int) -> list[Break]:
        """Breaks planned in [start, end)."""
        return [self._break(row) for row in self._db.read(_BREAKS_BETWEEN, (start, end))]

    def first_break(self) -> Break | None:
        """The earliest break planned: where the log begins."""
        rows = self._db.read(_FIRST_BREAK)
        return self._break(rows[0]) if rows else None

    def rated_breaks_between(self, start: int, end: int) -> list[Break]:
        """Breaks planned in [start, end) with a before or after rating given in [start, end):
        of all breaks, the ones that can tell what a move did."""
        rows = self._db.read(_RATED_BREAKS_BETWEEN, (start, end) * 3)
        return [self._break(row) for row in rows]

    def close_open_breaks(self, ended_at: int | None = None) -> int:
        """End every break still without an outcome as `interrupted`, in one transaction;
        returns how many there were.

        A break left open by a quit or a crash would otherwise stay "under way" for ever and
        count nowhere. Its end is `ended_at` when the caller knows the break was going on until
        then (the app closing now), but never before the row's own times; without it, the
        latest time the row holds (prompt, start or due), the last moment the break is known
        to have been under way: the time the app was gone is not counted as a break."""
        return self._db.write(_CLOSE_OPEN_BREAKS, (ended_at,)).rowcount

    def tallies_by_day(self, start: int, end: int) -> dict[date, Tally]:
        """How the breaks planned in [start, end) ended, per local day, in date order: what
        `core.stats.tally_by_day` makes of the same breaks, counted by SQLite."""
        rows = self._db.read(_TALLIES_BY_DAY, (start, end))
        return {from_day_number(day): Tally(*counts) for day, *counts in rows}

    def tallies_by_month(self, start: int, end: int, first: date) -> dict[date, Tally]:
        """How the breaks planned in [start, end) on local day `first` or later ended, per
        local calendar month (keyed by its first day), in date order: `tallies_by_day` summed
        by month, with SQLite doing the summing, so a range of twenty years is a few hundred
        rows rather than thousands of days."""
        low, high = self._db.read(_PLANNED_BOUNDS, {"start": start, "end": end})[0]
        if low is None:
            return {}
        # A break's local day is within a day of its UTC one, whatever its offset.
        day = (first - _EPOCH).days
        params = {
            "start": start,
            "end": end,
            "first": day,
            "lo": max(day, low // DAY_S - 1),
            "hi": high // DAY_S + 1,
        }
        rows = self._db.read(_TALLIES_BY_MONTH, params)
        return {date.fromisoformat(month): Tally(*counts) for month, *counts in rows if any(counts)}

    @staticmethod
    def _break_values(b: Break) -> tuple[Any, ...]:
        check_routine(b.routine)
        return (
            b.planned_at,
            b.utc_offset_s,
            b.kind,
            b.prompted_at,
            b.started_at,
            b.ended_at,
            b.outcome,
            b.snooze_count,
            b.routine,
            b.reason,
        )

    @staticmethod
    def _break(row: Sequence[Any]) -> Break:
        return Break(*row)

    # --- ratings -----------------------------------------------------------------------------

    def add_rating(self, record: Rating) -> Rating:
        cursor = self._db.write(
            "INSERT INTO ratings (at, utc_offset_s, moment, value, break_id) "
            "VALUES (?, ?, ?, ?, ?)",
            (record.at, record.utc_offset_s, record.moment, record.value, record.break_id),
        )
        return record.replace(id=cursor.lastrowid)

    def ratings_between(
        self, start: int, end: int, moment: RatingMoment | None = None
    ) -> list[Rating]:
        """Ratings given in [start, end), of one `moment` only if it is given."""
        if moment is None:
            rows = self._db.read(_RATINGS_BETWEEN, (start, end))
        else:
            rows = self._db.read(_RATINGS_OF_MOMENT_BETWEEN, (moment, start, end))
        return [Rating(*r) for r in rows]

    def latest_end_of_day_by_day(self, start: int, end: int) -> list[Rating]:
        """Of the end-of-day answers given in [start, end), each local day's latest, oldest
        first: the one the pain series keeps of a day. A day answered a hundred times is one
        row, so the series costs days, not answers."""
        params = {"start": start, "end": end, "top": 2**40}
        return [Rating(*r) for r in self._db.read(_LATEST_END_OF_DAY_BY_DAY, params)]

    def latest_before_after_between(self, start: int, end: int) -> list[Rating]:
        """Of the before and after answers given in [start, end) to breaks planned in
        [start, end), each break's latest of each moment, oldest first: the ones a move's
        change over those breaks is taken from, at most two a break."""
        params = (start, end, start, end) * 2
        return [Rating(*r) for r in self._db.read(_LATEST_BEFORE_AFTER, params)]

    def move_sums(self, start: int, end: int, first: date) -> MoveSums:
        """What the moves card needs of the breaks planned in [start, end) on local day
        `first` or later, rated before and after in [start, end) (each break's latest of each):
        per routine, the rated breaks and the sum and sum of squares of their changes; per
        routine, move and verdict, the breaks whose last verdict on that move it was. SQLite
        does the counting, so the card's cost never follows the answers."""
        params = {"start": start, "end": end, "first": (first - _EPOCH).days}
        changes: list[RoutineChanges] = []
        verdicts: list[RoutineVerdicts] = []
        for routine, move, verdict, n, total, squares in self._db.read(_MOVE_SUMS, params):
            if move is None:
                changes.append(RoutineChanges(routine, n, total, squares))
            else:
                verdicts.append(RoutineVerdicts(routine, move, verdict, n))
        return MoveSums(tuple(changes), tuple(verdicts))

    def first_end_of_day(self) -> list[Rating]:
        """The earliest end-of-day answer, if there is one: where the pain series begins."""
        rows = self._db.read(
            "SELECT at, utc_offset_s, moment, value, break_id, id FROM ratings "
            "WHERE moment = 'end_of_day' ORDER BY at, id LIMIT 1"
        )
        return [Rating(*r) for r in rows]

    # --- move feedback -----------------------------------------------------------------------

    def add_move_feedback(self, record: MoveFeedback) -> MoveFeedback:
        cursor = self._db.write(
            "INSERT INTO move_feedback (break_id, move_id, verdict, at, utc_offset_s) "
            "VALUES (?, ?, ?, ?, ?)",
            (record.break_id, record.move_id, record.verdict, record.at, record.utc_offset_s),
        )
        return record.replace(id=cursor.lastrowid)

    def move_feedback_between(self, start: int, end: int) -> list[MoveFeedback]:
        """Feedback given in [start, end), e.g. the last week's `not_tolerated` moves."""
        return self._feedback(self._db.read(_FEEDBACK_BETWEEN, (start, end)))

    def verdict_counts_between(self, start: int, end: int) -> dict[str, VerdictCounts]:
        """Move id -> verdict -> how often it was given in [start, end); verdicts never given
        are left out."""
        counts: dict[str, VerdictCounts] = {}
        # The move_feedback table's CHECK constraint admits only the four verdict words.
        verdict: Verdict
        for move, verdict, n in self._db.read(_VERDICTS_BETWEEN, (start, end)):
            counts.setdefault(move, {})[verdict] = n
        return counts

    def rated_move_feedback_between(self, start: int, end: int) -> list[MoveFeedback]:
        """Feedback on the breaks planned in [start, end) and rated both before and after in
        [start, end): the verdicts that belong with a move's rated breaks, so "helped in K of
        N" has one N."""
        rows = self._db.read(_RATED_FEEDBACK_BETWEEN, (start, end) * 3)
        return self._feedback(rows)

    def move_feedback_for(self, break_id: int) -> list[MoveFeedback]:
        return self._feedback(self._db.read(_FEEDBACK_FOR_BREAK, (break_id,)))

    @staticmethod
    def _feedback(rows: Sequence[Sequence[Any]]) -> list[MoveFeedback]:
        return [
            MoveFeedback(
                id=r[0], break_id=r[1], move_id=r[2], verdict=r[3], at=r[4], utc_offset_s=r[5]
            )
            for r in rows
        ]

    # --- weekly check-ins --------------------------------------------------------------------

    def add_checkin(self, record: Checkin) -> Checkin:
        check_regions(record.regions)
        cursor = self._db.write(
            "INSERT INTO checkins (at, utc_offset_s, regions, peg_p, peg_e, peg_g) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                record.at,
                record.utc_offset_s,
                _dump(record.regions),
                record.peg_p,
                record.peg_e,
                record.peg_g,
            ),
        )
        return record.replace(id=cursor.lastrowid)

    def checkins_between(self, start: int, end: int) -> list[Checkin]:
        rows = self._db.read(
            "SELECT id, at, utc_offset_s, regions, peg_p, peg_e, peg_g FROM checkins "
            "WHERE at >= ? AND at < ? ORDER BY at, id",
            (start, end),
        )
        return [self._checkin(r) for r in rows]

    def latest_checkin(self) -> Checkin | None:
        rows = self._db.read(
            "SELECT id, at, utc_offset_s, regions, peg_p, peg_e, peg_g FROM checkins "
            "ORDER BY at DESC, id DESC LIMIT 1"
        )
        return self._checkin(rows[0]) if rows else None

    @staticmethod
    def _checkin(r: Sequence[Any]) -> Checkin:
        return Checkin(
            id=r[0],
            at=r[1],
            utc_offset_s=r[2],
            regions=json.loads(r[3]),
            peg_p=r[4],
            peg_e=r[5],
            peg_g=r[6],
        )

    # --- function goals ----------------------------------------------------------------------
    # A handful of rows a year (three goals rated every four weeks), so they are read whole.

    def add_function_goal(self, record: FunctionGoal) -> FunctionGoal:
        cursor = self._db.write(
            "INSERT INTO function_goals (created_at, utc_offset_s, activity, retired_at) "
            "VALUES (?, ?, ?, ?)",
            (record.created_at, record.utc_offset_s, record.activity, record.retired_at),
        )
        return record.replace(id=cursor.lastrowid)

    def retire_function_goal(self, goal_id: int, at: int) -> None:
        """Stop tracking a goal from `at` on; its ratings stay."""
        cursor = self._db.write(
            "UPDATE function_goals SET retired_at = ? WHERE id = ? AND retired_at IS NULL",
            (at, goal_id),
        )
        if cursor.rowcount != 1:
            raise LookupError(f"no tracked function goal with id {goal_id}")

    def function_goals(self, *, retired: bool = False) -> list[FunctionGoal]:
        """The goals tracked now, oldest first; with `retired`, the retired ones too."""
        if retired:
            rows = self._db.read(_GOALS + "ORDER BY created_at, id")
        else:
            rows = self._db.read(_GOALS + "WHERE retired_at IS NULL ORDER BY created_at, id")
        return [FunctionGoal(*r) for r in rows]

    def add_function_rating(self, record: FunctionRating) -> FunctionRating:
        cursor = self._db.write(
            "INSERT INTO function_ratings (goal_id, at, utc_offset_s, value) VALUES (?, ?, ?, ?)",
            (record.goal_id, record.at, record.utc_offset_s, record.value),
        )
        return record.replace(id=cursor.lastrowid)

    def function_ratings(self) -> list[FunctionRating]:
        """Every rating of every goal, oldest first."""
        rows = self._db.read(_FUNCTION_RATINGS + "ORDER BY at, id")
        return [FunctionRating(*r) for r in rows]

    def latest_function_rating(self) -> FunctionRating | None:
        """The latest rating of a goal still tracked: the four weeks to the next count from it."""
        rows = self._db.read(_LATEST_FUNCTION_RATING)
        return FunctionRating(*rows[0]) if rows else None

    def save_function_goals(
        self,
        ratings: Sequence[FunctionRating],
        new: Sequence[tuple[FunctionGoal, int]],
        retire: Sequence[int],
        at: int,
    ) -> None:
        """One answer of the goals card in one transaction: ratings of tracked goals, new goals
        each with its first rating, and goals no longer tracked; all of it kept or none."""
        with self._db.transaction() as conn:
            for goal_id in retire:
                conn.execute(
                    "UPDATE function_goals SET retired_at = ? WHERE id = ? AND retired_at IS NULL",
                    (at, goal_id),
                )
            for r in ratings:
                conn.execute(
                    "INSERT INTO function_ratings (goal_id, at, utc_offset_s, value) "
                    "VALUES (?, ?, ?, ?)",
                    (r.goal_id, r.at, r.utc_offset_s, r.value),
                )
            for goal, value in new:
                cursor = conn.execute(
                    "INSERT INTO function_goals (created_at, utc_offset_s, activity, retired_at) "
                    "VALUES (?, ?, ?, ?)",
                    (goal.created_at, goal.utc_offset_s, goal.activity, goal.retired_at),
                )
                conn.execute(
                    "INSERT INTO function_ratings (goal_id, at, utc_offset_s, value) "
                    "VALUES (?, ?, ?, ?)",
                    (cursor.lastrowid, goal.created_at, goal.utc_offset_s, value),
                )

    # --- safety screens ----------------------------------------------------------------------

    def add_safety_screen(self, record: SafetyScreen) -> SafetyScreen:
        check_answers(record.answers)
        assessed_on = None if record.assessed_on is None else record.assessed_on.isoformat()
        cursor = self._db.write(
            "INSERT INTO safety_screens (at, utc_offset_s, answers, tier, outcome, assessed_on) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                record.at,
                record.utc_offset_s,
                _dump(record.answers),
                record.tier,
                record.outcome,
                assessed_on,
            ),
        )
        return record.replace(id=cursor.lastrowid)

    def latest_safety_screen(self) -> SafetyScreen | None:
        """The screen that governs now (the 30-day re-screen counts from its `at`)."""
        rows = self._db.read(_LATEST_SCREEN)
        return _screen(rows[0]) if rows else None

    def safety_screens(self) -> list[SafetyScreen]:
        """Every screen and confirmation in the order taken: whether exercise is paused
        depends on what came before the latest one, not on it alone."""
        rows = self._db.read(_ALL_SCREENS)
        return [_screen(r) for r in rows]

    # --- app events --------------------------------------------------------------------------

    def add_event(self, record: AppEvent) -> AppEvent:
        if record.detail is not None:
            check_detail(record.detail)
        detail = None if record.detail is None else _dump(record.detail)
        cursor = self._db.write(
            "INSERT INTO app_events (at, utc_offset_s, kind, detail) VALUES (?, ?, ?, ?)",
            (record.at, record.utc_offset_s, record.kind, detail),
        )
        return record.replace(id=cursor.lastrowid)

    def events_between(self, start: int, end: int, kind: str | None = None) -> list[AppEvent]:
        """Events in [start, end), of one `kind` only if it is given."""
        if kind is None:
            rows = self._db.read(_EVENTS_BETWEEN, (start, end))
        else:
            rows = self._db.read(_EVENTS_OF_KIND_BETWEEN, (kind, start, end))
        return [
            AppEvent(
                id=r[0],
                at=r[1],
                utc_offset_s=r[2],
                kind=r[3],
                detail=None if r[4] is None else json.loads(r[4]),
            )
            for r in rows
        ]
