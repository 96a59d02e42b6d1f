"""Seeded histories for the routine tests, kept as the app keeps them: storage records.

Times are local wall times in Europe/Berlin stored as UTC seconds with the offset then, as the
app stores them. `Log` collects breaks, ratings and verdicts; `history()` reads them back the
way the app does, through `RoutineHistory.from_records`.
"""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from backmove.core.catalog import Catalog
from backmove.core.routines import Routine, RoutineHistory, choose_routine
from backmove.core.safety import SafetyLimits
from backmove.storage.records import (
    Break,
    BreakKind,
    BreakOutcome,
    MoveFeedback,
    Rating,
    RatingMoment,
    Verdict,
)

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 6, 1)
EMPHASIS = frozenset({"low_back", "hips"})


def stamp(day: date, hh: int = 10, mm: int = 0) -> tuple[int, int]:
    """(UTC epoch seconds, UTC offset) of local `day` `hh`:`mm` in Berlin."""
    aware = (datetime.combine(day, time()) + timedelta(hours=hh, minutes=mm)).replace(tzinfo=BERLIN)
    offset = aware.utcoffset()
    assert offset is not None
    return int(aware.timestamp()), int(offset.total_seconds())


def later(day: date, days: float) -> tuple[int, int]:
    """`days` after 10:00 on `day`, as a stamp."""
    at, offset = stamp(day)
    return at + round(days * 86_400), offset


class Log:
    """What the database would hold."""

    def __init__(self) -> None:
        self.breaks: list[Break] = []
        self.ratings: list[Rating] = []
        self.feedback: list[MoveFeedback] = []
        self._ids = itertools.count(1)

    def add_break(
        self,
        when: tuple[int, int],
        moves: Iterable[str] | str | None,
        *,
        kind: BreakKind = "micro",
        outcome: BreakOutcome = "completed",
    ) -> Break:
        at, offset = when
        routine = moves if isinstance(moves, str) or moves is None else json.dumps(list(moves))
        record = Break(
            planned_at=at,
            utc_offset_s=offset,
            kind=kind,
            prompted_at=at,
            started_at=at + 10,
            ended_at=at + 130,
            outcome=outcome,
            routine=routine,
            id=next(self._ids),
        )
        self.breaks.append(record)
        return record

    def serve(
        self, routine: Routine, when: tuple[int, int], outcome: BreakOutcome = "completed"
    ) -> Break:
        return self.add_break(when, routine.to_json(), kind=routine.kind, outcome=outcome)

    def rate(
        self,
        when: tuple[int, int],
        value: int,
        moment: RatingMoment = "end_of_day",
        break_id: int | None = None,
    ) -> None:
        at, offset = when
        self.ratings.append(
            Rating(
                at=at,
                utc_offset_s=offset,
                moment=moment,
                value=value,
                break_id=break_id,
                id=next(self._ids),
            )
        )

    def verdict(self, when: tuple[int, int], break_id: int, move_id: str, verdict: Verdict) -> None:
        at, offset = when
        self.feedback.append(
            MoveFeedback(
                break_id=break_id,
                move_id=move_id,
                verdict=verdict,
                at=at,
                utc_offset_s=offset,
                id=next(self._ids),
            )
        )

    def history(self) -> RoutineHistory:
        return RoutineHistory.from_records(self.breaks, self.ratings, self.feedback)


def workday_slots(start: date, count: int) -> list[tuple[int, int]]:
    """`count` break times, every 30 minutes from 09:00 to 16:30, Monday to Friday."""
    out: list[tuple[int, int]] = []
    day = start
    while len(out) < count:
        if day.weekday() < 5:
            out += [stamp(day, 9 + n // 2, 30 * (n % 2)) for n in range(16)]
        day += timedelta(days=1)
    return out[:count]


def simulate(
    catalog: Catalog,
    settings: Mapping[str, Any],
    count: int,
    seed: int,
    *,
    log: Log | None = None,
    start: date = MONDAY,
    walk_every: int = 2,
    safety: SafetyLimits | None = None,
) -> list[Routine]:
    """`count` breaks served and completed one after another, every `walk_every`th a walk,
    each chosen from the history of the ones before."""
    log = log if log is not None else Log()
    rng = random.Random(seed)
    served: list[Routine] = []
    for n, when in enumerate(workday_slots(start, count)):
        kind: BreakKind = "walk" if walk_every and n % walk_every == walk_every - 1 else "micro"
        routine = choose_routine(
            catalog,
            log.history(),
            settings,
            kind=kind,
            now_wall=when[0],
            utc_offset_s=when[1],
            rng=rng,
            safety=safety,
        )
        log.serve(routine, when)
        served.append(routine)
    return served


def draws(
    catalog: Catalog,
    history: RoutineHistory,
    settings: Mapping[str, Any],
    when: tuple[int, int],
    count: int,
    *,
    kind: BreakKind = "micro",
    safety: SafetyLimits | None = None,
) -> list[Routine]:
    """`count` independent choices for the same break, one per seed."""
    return [
        choose_routine(
            catalog,
            history,
            settings,
            kind=kind,
            now_wall=when[0],
            utc_offset_s=when[1],
            rng=random.Random(seed),
            safety=safety,
        )
        for seed in range(count)
    ]


def emphasis_share(
    catalog: Catalog, routines: Iterable[Routine], areas: frozenset[str] = EMPHASIS
) -> float:
    """The share of the stretches (not walks) served that work one of `areas`."""
    stretches = [catalog.move(s.move_id) for r in routines for s in r.steps if s.kind != "timed"]
    return sum(1 for m in stretches if set(m.areas) & areas) / len(stretches)
