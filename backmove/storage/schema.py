"""The database schema, as the ordered list of migrations that builds it.

`MIGRATIONS[n - 1]` takes a database from version n - 1 to version n; `PRAGMA user_version`
holds the version reached. Each migration is a tuple of single statements because the database
runs them one by one inside one transaction together with the version bump: a migration either
happens whole or not at all (`executescript` would commit half-way).

A migration runs with foreign keys off and checks them (`PRAGMA foreign_key_check`) before
its commit, as SQLite's own recipe for rebuilding a table asks: a table that others refer to
(`breaks`) can then be made anew with a changed CHECK and its rows copied over.

Rule for changes: a released migration is never edited. Any change to a table, a column, an
index, a CHECK (a new break outcome, say) appends a new migration and updates docs/schema.md.
The SQL is spelt out rather than built from the constants in `records.py`, so that changing a
constant can never change what an old migration did; a test checks that the two agree.

Times are INTEGER UTC epoch seconds with `utc_offset_s`, the local offset at that moment, so
local calendar days (for streaks) stay right across travel and DST. Every INTEGER column is
checked with typeof() as well: SQLite would otherwise keep '12' or 1.5 in it, and the export
could not promise to be lossless.
"""

from __future__ import annotations

from collections.abc import Sequence

Migration = tuple[str, ...]

# Written into the header (PRAGMA application_id) by the first migration, so a restore or an
# open can tell a backmove database from any other SQLite file. The bytes spell "BKMV".
APPLICATION_ID = 0x424B4D56

# Parents before children: the order an import inserts in and an export writes in.
TABLES: tuple[str, ...] = (
    "breaks",
    "ratings",
    "move_feedback",
    "checkins",
    "safety_screens",
    "app_events",
    "function_goals",
    "function_ratings",
)

_V1: Migration = (
    f"PRAGMA application_id = {APPLICATION_ID}",
    """
    CREATE TABLE breaks (
        id           INTEGER PRIMARY KEY,
        planned_at   INTEGER NOT NULL CHECK (typeof(planned_at) = 'integer'),
        prompted_at  INTEGER CHECK (prompted_at IS NULL OR typeof(prompted_at) = 'integer'),
        started_at   INTEGER CHECK (started_at IS NULL OR typeof(started_at) = 'integer'),
        ended_at     INTEGER CHECK (ended_at IS NULL OR typeof(ended_at) = 'integer'),
        utc_offset_s INTEGER NOT NULL CHECK (typeof(utc_offset_s) = 'integer'
                                             AND utc_offset_s > -86400 AND utc_offset_s < 86400),
        kind         TEXT NOT NULL CHECK (kind IN ('micro', 'walk')),
        outcome      TEXT CHECK (outcome IS NULL OR outcome IN (
                         'completed', 'partial', 'skipped', 'interrupted', 'expired', 'natural')),
        snooze_count INTEGER NOT NULL DEFAULT 0 CHECK (typeof(snooze_count) = 'integer'
                                                       AND snooze_count >= 0),
        routine      TEXT CHECK (routine IS NULL OR typeof(routine) = 'text'),
        reason       TEXT CHECK (reason IS NULL OR typeof(reason) = 'text')
    )
    """,
    "CREATE INDEX breaks_by_planned_at ON breaks (planned_at)",
    """
    CREATE TABLE ratings (
        id           INTEGER PRIMARY KEY,
        at           INTEGER NOT NULL CHECK (typeof(at) = 'integer'),
        utc_offset_s INTEGER NOT NULL CHECK (typeof(utc_offset_s) = 'integer'
                                             AND utc_offset_s > -86400 AND utc_offset_s < 86400),
        moment       TEXT NOT NULL CHECK (moment IN ('now_before', 'now_after', 'end_of_day')),
        value        INTEGER NOT NULL CHECK (typeof(value) = 'integer' AND value BETWEEN 0 AND 10),
        break_id     INTEGER REFERENCES breaks (id)
                     CHECK (break_id IS NULL OR typeof(break_id) = 'integer')
    )
    """,
    "CREATE INDEX ratings_by_at ON ratings (at)",
    "CREATE INDEX ratings_by_moment_at ON ratings (moment, at)",
    "CREATE INDEX ratings_by_break ON ratings (break_id)",
    """
    CREATE TABLE move_feedback (
        id           INTEGER PRIMARY KEY,
        break_id     INTEGER NOT NULL REFERENCES breaks (id)
                     CHECK (typeof(break_id) = 'integer'),
        move_id      TEXT NOT NULL CHECK (typeof(move_id) = 'text'),
        verdict      TEXT NOT NULL CHECK (verdict IN ('helped', 'same', 'worse', 'not_tolerated')),
        at           INTEGER NOT NULL CHECK (typeof(at) = 'integer'),
        utc_offset_s INTEGER NOT NULL CHECK (typeof(utc_offset_s) = 'integer'
                                             AND utc_offset_s > -86400 AND utc_offset_s < 86400)
    )
    """,
    "CREATE INDEX move_feedback_by_at ON move_feedback (at)",
    "CREATE INDEX move_feedback_by_break ON move_feedback (break_id)",
    """
    CREATE TABLE checkins (
        id           INTEGER PRIMARY KEY,
        at           INTEGER NOT NULL CHECK (typeof(at) = 'integer'),
        utc_offset_s INTEGER NOT NULL CHECK (typeof(utc_offset_s) = 'integer'
                                             AND utc_offset_s > -86400 AND utc_offset_s < 86400),
        regions      TEXT NOT NULL CHECK (typeof(regions) = 'text'),
        peg_p        INTEGER CHECK (peg_p IS NULL
                                    OR (typeof(peg_p) = 'integer' AND peg_p BETWEEN 0 AND 10)),
        peg_e        INTEGER CHECK (peg_e IS NULL
                                    OR (typeof(peg_e) = 'integer' AND peg_e BETWEEN 0 AND 10)),
        peg_g        INTEGER CHECK (peg_g IS NULL
                                    OR (typeof(peg_g) = 'integer' AND peg_g BETWEEN 0 AND 10)),
        CHECK ((peg_p IS NULL) = (peg_e IS NULL) AND (peg_e IS NULL) = (peg_g IS NULL))
    )
    """,
    "CREATE INDEX checkins_by_at ON checkins (at)",
    """
    CREATE TABLE safety_screens (
        id           INTEGER PRIMARY KEY,
        at           INTEGER NOT NULL CHECK (typeof(at) = 'integer'),
        utc_offset_s INTEGER NOT NULL CHECK (typeof(utc_offset_s) = 'integer'
                                             AND utc_offset_s > -86400 AND utc_offset_s < 86400),
        answers      TEXT NOT NULL CHECK (typeof(answers) = 'text'),
        tier         TEXT NOT NULL CHECK (tier IN ('none', 'A', 'B', 'C')),
        outcome      TEXT NOT NULL CHECK (typeof(outcome) = 'text')
    )
    """,
    "CREATE INDEX safety_screens_by_at ON safety_screens (at)",
    """
    CREATE TABLE app_events (
        id           INTEGER PRIMARY KEY,
        at           INTEGER NOT NULL CHECK (typeof(at) = 'integer'),
        utc_offset_s INTEGER NOT NULL CHECK (typeof(utc_offset_s) = 'integer'
                                             AND utc_offset_s > -86400 AND utc_offset_s < 86400),
        kind         TEXT NOT NULL CHECK (typeof(kind) = 'text'),
        detail       TEXT CHECK (detail IS NULL OR typeof(detail) = 'text')
    )
    """,
    "CREATE INDEX app_events_by_at ON app_events (at)",
)

SAFETY_ASSESSED_ON: Migration = (
    """
    ALTER TABLE safety_screens ADD COLUMN assessed_on TEXT
        CHECK (assessed_on IS NULL OR (typeof(assessed_on) = 'text'
                                       AND assessed_on IS date(assessed_on)))
    """,
)
"""The date a clinician assessed the user, kept with the confirmation that ends an exercise
pause (docs/evidence.md#what-each-tier-leads-to). A column rather than a JSON detail so the date
is checked as a real ISO date. Its own constant, so it can move to another place in the chain
when migrations from elsewhere join it."""


# Version 3: the function goals, the Patient-Specific Functional Scale
# (docs/evidence.md#function-goals). An activity is the user's own words, so it is the one
# free-text column the user fills; a goal is retired rather than deleted, so its past ratings
# keep their meaning. Ratings are their own rows, one per goal and asking, because the scale is
# asked again every four weeks.
_V3_FUNCTION_GOALS: Migration = (
    """
    CREATE TABLE function_goals (
        id           INTEGER PRIMARY KEY,
        created_at   INTEGER NOT NULL CHECK (typeof(created_at) = 'integer'),
        utc_offset_s INTEGER NOT NULL CHECK (typeof(utc_offset_s) = 'integer'
                                             AND utc_offset_s > -86400 AND utc_offset_s < 86400),
        activity     TEXT NOT NULL CHECK (typeof(activity) = 'text' AND length(activity) > 0),
        retired_at   INTEGER CHECK (retired_at IS NULL OR typeof(retired_at) = 'integer')
    )
    """,
    """
    CREATE TABLE function_ratings (
        id           INTEGER PRIMARY KEY,
        goal_id      INTEGER NOT NULL REFERENCES function_goals (id)
                     CHECK (typeof(goal_id) = 'integer'),
        at           INTEGER NOT NULL CHECK (typeof(at) = 'integer'),
        utc_offset_s INTEGER NOT NULL CHECK (typeof(utc_offset_s) = 'integer'
                                             AND utc_offset_s > -86400 AND utc_offset_s < 86400),
        value        INTEGER NOT NULL CHECK (typeof(value) = 'integer' AND value BETWEEN 0 AND 10)
    )
    """,
    "CREATE INDEX function_ratings_by_goal ON function_ratings (goal_id, at)",
    "CREATE INDEX function_ratings_by_at ON function_ratings (at)",
)


_SESSION_KIND: Migration = (
    # The daily back session is a third kind of break. SQLite cannot change a CHECK in place,
    # so `breaks` is rebuilt: a new table with the wider CHECK, every row copied with its id,
    # the old table dropped and the new one renamed, then its index made again. The ratings
    # and move verdicts keep pointing at the same ids; the database runs migrations with
    # foreign keys off and checks them before it commits (`Database._migrate`).
    """
    CREATE TABLE breaks_widened (
        id           INTEGER PRIMARY KEY,
        planned_at   INTEGER NOT NULL CHECK (typeof(planned_at) = 'integer'),
        prompted_at  INTEGER CHECK (prompted_at IS NULL OR typeof(prompted_at) = 'integer'),
        started_at   INTEGER CHECK (started_at IS NULL OR typeof(started_at) = 'integer'),
        ended_at     INTEGER CHECK (ended_at IS NULL OR typeof(ended_at) = 'integer'),
        utc_offset_s INTEGER NOT NULL CHECK (typeof(utc_offset_s) = 'integer'
                                             AND utc_offset_s > -86400 AND utc_offset_s < 86400),
        kind         TEXT NOT NULL CHECK (kind IN ('micro', 'walk', 'session')),
        outcome      TEXT CHECK (outcome IS NULL OR outcome IN (
                         'completed', 'partial', 'skipped', 'interrupted', 'expired', 'natural')),
        snooze_count INTEGER NOT NULL DEFAULT 0 CHECK (typeof(snooze_count) = 'integer'
                                                       AND snooze_count >= 0),
        routine      TEXT CHECK (routine IS NULL OR typeof(routine) = 'text'),
        reason       TEXT CHECK (reason IS NULL OR typeof(reason) = 'text')
    )
    """,
    """
    INSERT INTO breaks_widened (id, planned_at, prompted_at, started_at, ended_at, utc_offset_s,
                                kind, outcome, snooze_count, routine, reason)
    SELECT id, planned_at, prompted_at, started_at, ended_at, utc_offset_s,
           kind, outcome, snooze_count, routine, reason
    FROM breaks
    """,
    "DROP TABLE breaks",
    "ALTER TABLE breaks_widened RENAME TO breaks",
    "CREATE INDEX breaks_by_planned_at ON breaks (planned_at)",
)

LOCAL_DAY = "(at + utc_offset_s - ((at + utc_offset_s) % 86400 + 86400) % 86400) / 86400"
"""The local day number of a row with `at` and `utc_offset_s`, floored (SQLite's `/` and `%`
truncate toward zero). Written once: an index on it serves a query only when the query spells
the expression exactly so."""

_V5_VIEW_INDEXES: Migration = (
    # Each local day's latest end-of-day answer is one seek per day in this index (the days,
    # newest first, then the time and the id within a day), never a scan of every answer.
    f"CREATE INDEX ratings_by_moment_day ON ratings (moment, {LOCAL_DAY}, at)",
    # Each break's latest before and after answer (the largest time, then id), value
    # included: one seek a break and moment, without the table and without sorting.
    "CREATE INDEX ratings_by_break_moment_at ON ratings (break_id, moment, at, id, value)",
    # The per-day tallies of the "All" range read only this index, not every break row.
    "CREATE INDEX breaks_by_planned_at_outcome ON breaks (planned_at, utc_offset_s, outcome)",
    # The breaks left open, which every open of the log ends: found without reading the rest.
    "CREATE INDEX breaks_open ON breaks (id) WHERE outcome IS NULL",
)
"""The indexes the dashboard and `status` read through, so that they cost days and breaks,
not answers: a million ratings open as fast as five years. Its own constant, so it can move
to another place in the chain when migrations from elsewhere join it."""


DEVICE_TAGS: Migration = tuple(
    statement
    for table in TABLES
    for statement in (
        f"ALTER TABLE {table} ADD COLUMN device TEXT "
        "CHECK (device IS NULL OR (typeof(device) = 'text' AND length(device) BETWEEN 1 AND 64))",
        f"ALTER TABLE {table} ADD COLUMN origin_id INTEGER "
        "CHECK (origin_id IS NULL OR typeof(origin_id) = 'integer')",
    )
)
"""Version 6: every record says which device wrote it (docs/devices.md). `device` is NULL on
the rows this installation wrote itself and the writer's device id on rows that came from
another device through an import; `origin_id` is then the row's id on that device, so the same
record read twice (from the device's own copy and from an export of it) is one record: records
are told apart by (device, id on that device). Spelt out per table from `TABLES`, which never
loses a name, so this migration can never change once released."""

BREAK_DAY = (
    "(planned_at + utc_offset_s - ((planned_at + utc_offset_s) % 86400 + 86400) % 86400) / 86400"
)
"""The local day number of a break (`planned_at` and `utc_offset_s`), floored as `LOCAL_DAY`
is; an index on it serves a query only when the query spells it exactly so."""

BREAK_DAY_INDEX: Migration = (
    # Each outcome's breaks by local day, planned_at and the offset included: the breaks of
    # one outcome in one month are one range of it, so the months of the "All" range are
    # counted from this index alone, and SQLite neither reads the table nor sorts every break
    # to group them.
    "CREATE INDEX breaks_by_outcome_day ON breaks (outcome, "
    "(planned_at + utc_offset_s - ((planned_at + utc_offset_s) % 86400 + 86400) % 86400) / 86400, "
    "planned_at, utc_offset_s)",
)
"""Version 7: an index the dashboard's months are counted through, so twenty years of breaks
are counted without sorting them (docs/schema.md). The expression is spelt out, not taken from
`BREAK_DAY`, so this migration can never change once released; a test checks that the two
agree. Its own constant, so it can move to another place in the chain when migrations from
elsewhere join it."""

# Appended in order, each in its own constant: a migration added beside this one on another
# line of work goes after it (or before it) by moving one name in this tuple.
MIGRATIONS: Sequence[Migration] = (
    _V1,
    SAFETY_ASSESSED_ON,
    _V3_FUNCTION_GOALS,
    _SESSION_KIND,
    _V5_VIEW_INDEXES,
    DEVICE_TAGS,
    BREAK_DAY_INDEX,
)

SCHEMA_VERSION = len(MIGRATIONS)
