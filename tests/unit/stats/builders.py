"""Small builders for seeded histories: breaks and ratings on local days, as the app stores them.

Times are made the way the app makes them: a local wall time in a real time zone, stored as UTC
epoch seconds with the offset in force then. Europe/Berlin by default, so DST days are real.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from backmove.storage.records import Break, BreakKind, BreakOutcome, Rating

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")

_ids = itertools.count(1)


def stamp(day: date, hh: int = 10, mm: int = 0, tz: ZoneInfo = BERLIN) -> tuple[int, int]:
    """(UTC epoch seconds, UTC offset) of local `day` `hh`:`mm` in `tz`."""
    local = datetime.combine(day, time()) + timedelta(hours=hh, minutes=mm)
    aware = local.replace(tzinfo=tz)
    offset = aware.utcoffset()
    assert offset is not None
    return int(aware.timestamp()), int(offset.total_seconds())


def brk(
    day: date,
    hh: int = 10,
    mm: int = 0,
    outcome: BreakOutcome | None = "completed",
    kind: BreakKind = "micro",
    minutes: float = 2,
    routine: str | None = None,
    tz: ZoneInfo = BERLIN,
) -> Break:
    """One break that fell due at local `hh`:`mm`; a done one lasts `minutes` from 30 s on."""
    at, offset = stamp(day, hh, mm, tz)
    length = int(minutes * 60)
    started = ended = None
    if outcome == "natural":
        ended = at + length
    elif outcome in ("completed", "partial", "interrupted"):
        started = at + 30
        ended = started + length
    elif outcome in ("skipped", "expired"):
        ended = at + 60
    return Break(
        planned_at=at,
        utc_offset_s=offset,
        kind=kind,
        prompted_at=None if outcome == "natural" else at,
        started_at=started,
        ended_at=ended,
        outcome=outcome,
        routine=routine,
        id=next(_ids),
    )


def day_of(
    day: date,
    completed: int = 0,
    natural: int = 0,
    partial: int = 0,
    skipped: int = 0,
    expired: int = 0,
    interrupted: int = 0,
    tz: ZoneInfo = BERLIN,
) -> list[Break]:
    """A working day's breaks, one every 25 minutes from 09:00."""
    counts: dict[BreakOutcome, int] = {
        "completed": completed,
        "natural": natural,
        "partial": partial,
        "skipped": skipped,
        "expired": expired,
        "interrupted": interrupted,
    }
    outcomes = [outcome for outcome, n in counts.items() for _ in range(n)]
    return [brk(day, 9, 25 * n, outcome, tz=tz) for n, outcome in enumerate(outcomes)]


def eod(day: date, value: int, hh: int = 17, mm: int = 30, tz: ZoneInfo = BERLIN) -> Rating:
    """An end-of-day rating."""
    at, offset = stamp(day, hh, mm, tz)
    return Rating(at=at, utc_offset_s=offset, moment="end_of_day", value=value, id=next(_ids))


def eod_series(first: date, values: list[int | None]) -> list[Rating]:
    """End-of-day ratings on consecutive days from `first`; None leaves a day out."""
    return [eod(first + timedelta(days=n), v) for n, v in enumerate(values) if v is not None]


def around(b: Break, before: int, after: int) -> list[Rating]:
    """The now-before and now-after ratings of break `b`."""
    assert b.id is not None and b.started_at is not None and b.ended_at is not None
    return [
        Rating(
            at=b.started_at - 5,
            utc_offset_s=b.utc_offset_s,
            moment="now_before",
            value=before,
            break_id=b.id,
            id=next(_ids),
        ),
        Rating(
            at=b.ended_at + 5,
            utc_offset_s=b.utc_offset_s,
            moment="now_after",
            value=after,
            break_id=b.id,
            id=next(_ids),
        ),
    ]


def weekdays(day: date) -> bool:
    """Monday to Friday are working days."""
    return day.weekday() < 5
