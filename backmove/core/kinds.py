"""The kinds of break: the one type every floor shares, from the planner to the database.

A break is a short stretch at or beside the desk, a walk away from it, or the daily back
session the user may opt in to (core strengthening, standing and on the floor, at a time of
their choosing; it is not timed by the planner, see `backmove.core.routines.choose_session`).
The member
names are the words the code uses; the values are what the database, exports and the
simulate trace store, and they never change once written (the stretch's stored value is
"micro", from the first schema). What the user reads for each kind is worded in one place,
`backmove.ui.wording.kind_words`; docs/schema.md lists the stored values.

A third kind is added here, worded there, and allowed by a schema migration that widens the
`breaks.kind` check (`backmove.storage.schema`); docs/architecture.md walks through it.
"""

from __future__ import annotations

from enum import StrEnum


class BreakKind(StrEnum):
    STRETCH = "micro"
    """A short stretch routine at or beside the desk (one to a few minutes)."""
    WALK = "walk"
    """A walk away from the desk, sometimes followed by a few moves."""
    SESSION = "session"
    """The opt-in daily back session: 8-12 minutes of core strengthening, standing and on the
    floor, started by the user or by its reminder rather than by the planner."""


BREAK_KINDS: tuple[BreakKind, ...] = tuple(BreakKind)
"""Every kind, in the order the settings and the dashboard list them."""
