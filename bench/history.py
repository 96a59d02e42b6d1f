"""Years of plausible backmove history, written into a real SQLite file through the Repository.

Run on demand: `python -m bench.history OUT.db [--years N] [--seed S] [--ratings N]`; tests
and bench/dashboard_open.py call `generate`. The same seed always writes the same history.

`--ratings N` (`add_ratings`) then fills the log up to N ratings, the stress case of a user
who answers far more often than the app asks: the extra ones are written with executemany in
one transaction, so a million take seconds rather than the hours a commit per row would.

The person: works in Europe/Berlin (so every spring and autumn DST change falls inside),
Monday to Friday 09:00-17:30, with public holidays and two leave blocks a year as days off, and
now and then a sick day with nothing logged. Each working day they arrive around 08:50, take
lunch away from the desk, and leave around 17:30. A break falls due about every 30-40 minutes,
every second one a walk. Most are done, some skipped, snoozed, cut short or left to expire, and
a few are natural (they were away anyway). Taking breaks gets steadier over the first months.

Their low back: an end-of-day rating on most working days, starting near 6 and easing to
about 3 over the first year with day-to-day noise and a flare-up every few months; before and
after ratings on about one break in four (a little lower after, more so for some moves); a
helped / same / worse verdict per move on some breaks; a weekly check-in on Fridays with the
regions they felt (and the PEG items once they turned them on); and two function goals named on
the first day, rated again every four weeks, getting easier as the back eases (drawn from a
random stream of their own, so the rest of the history is the same with or without them).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from backmove.core.clock import SimulatedClock
from backmove.core.regions import LOW_BACK, REGIONS
from backmove.core.settings import DAYS_OFF_MAX, Settings
from backmove.storage.database import Database
from backmove.storage.records import (
    Break,
    BreakKind,
    BreakOutcome,
    Checkin,
    FunctionGoal,
    FunctionRating,
    MoveFeedback,
    Rating,
    RatingMoment,
    Verdict,
)
from backmove.storage.repository import Repository

TZ = "Europe/Berlin"
END = datetime(2026, 6, 17, 14, 20)
"""Local "now" at the end of the history: a Wednesday afternoon, the day half done."""

ROUTINES: tuple[tuple[str, ...], ...] = (
    ("T1", "T2"),
    ("T1", "S4"),
    ("T2", "S4"),
    ("T1", "T2", "S4"),
    ("S7", "S8", "S9", "S10"),
    ("S1", "S7"),
    ("T11",),
    ("S1", "S3", "S5"),
    ("S2", "S6"),
    ("T5", "T4"),
)
WALK = ("T10",)
EFFECT: dict[str, float] = {
    "T1": -0.9,
    "T2": -0.7,
    "S4": -0.6,
    "S1": -0.5,
    "S3": -0.5,
    "S5": -0.3,
    "S2": -0.4,
    "S6": -0.2,
    "S7": -0.1,
    "S8": -0.1,
    "S9": -0.2,
    "S10": -0.1,
    "T11": -0.2,
    "T5": 0.0,
    "T4": -0.1,
    "T10": -0.8,
}
"""How much lower (points) the back tends to feel after a break with the move."""
OTHER_REGIONS = {
    "neck": 0.6,
    "shoulders": 0.5,
    "upper_back": 0.4,
    "hips_thighs": 0.35,
    "wrists_hands": 0.2,
    "knees": 0.15,
}
"""How often each other region is felt in a week's check-in."""
HOLIDAYS = ("01-01", "05-01", "10-03", "12-24", "12-25", "12-26", "12-31")
SETTINGS = {"daily_goal": 6, "daily_goal_weekly_step": 1, "daily_goal_target": 9}


@dataclass(frozen=True)
class History:
    path: Path
    settings: Settings
    now: datetime
    """The aware local time at the end of the history; `clock()` starts there."""
    goal_start: date
    counts: dict[str, int]

    def clock(self) -> SimulatedClock:
        return SimulatedClock(self.now)


def days_off(first: date, last: date, rng: random.Random) -> list[str]:
    """Public holidays, and two leave blocks a year (a week in spring, two in summer)."""
    out: set[date] = set()
    for year in range(first.year, last.year + 1):
        out.update(date.fromisoformat(f"{year}-{md}") for md in HOLIDAYS)
        # Mid-April and August: the weeks around the DST changes are always worked.
        for month, weeks in ((4, 1), (8, 2)):
            start = date(year, month, 10) + timedelta(weeks=rng.randrange(3))
            start -= timedelta(days=start.weekday())
            out.update(start + timedelta(days=n) for n in range(7 * weeks))
    return sorted(d.isoformat() for d in out if first <= d <= last and d.weekday() < 5)


class _Person:
    """The latent state of one back and one habit, day by day."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.noise = 0.0
        self.flare = 0.0

    def pain(self, age_days: int) -> float:
        trend = 2.9 + 3.0 * math.exp(-age_days / 120)
        self.noise = 0.6 * self.noise + self.rng.gauss(0, 0.55)
        if self.flare <= 0 and self.rng.random() < 1 / 90:
            self.flare = self.rng.uniform(2.0, 3.2)
        self.flare = max(0.0, self.flare - 0.35)
        return min(10.0, max(0.0, trend + self.noise + self.flare))

    def outcome(self, age_days: int) -> BreakOutcome:
        keen = min(1.0, age_days / 150)
        return self.rng.choices(
            ("completed", "partial", "skipped", "expired", "interrupted", "natural"),
            (0.55 + 0.2 * keen, 0.05, 0.2 - 0.09 * keen, 0.09 - 0.04 * keen, 0.02, 0.09),
        )[0]


def _nrs(value: float) -> int:
    return min(10, max(0, round(value)))


class _Writer:
    def __init__(self, repo: Repository, tz: ZoneInfo, rng: random.Random) -> None:
        self.repo = repo
        self.tz = tz
        self.rng = rng
        self.counts = dict.fromkeys(
            ("breaks", "ratings", "move_feedback", "checkins", "function_ratings"), 0
        )

    def stamp(self, day: date, minutes: float) -> tuple[int, int]:
        """(UTC epoch, offset) of local `day` plus `minutes` after midnight (DST-correct)."""
        local = datetime.combine(day, datetime.min.time()) + timedelta(minutes=minutes)
        aware = local.replace(tzinfo=self.tz)
        offset = aware.utcoffset()
        return int(aware.timestamp()), 0 if offset is None else int(offset.total_seconds())

    def rating(
        self, at: int, offset: int, moment: RatingMoment, value: float, break_id: int | None = None
    ) -> None:
        self.repo.add_rating(Rating(at, offset, moment, _nrs(value), break_id))
        self.counts["ratings"] += 1

    def day(self, day: date, age: int, person: _Person, pain: float, until: float | None) -> None:
        """One working day; with `until` (minutes after midnight) it stops there: today."""
        rng = self.rng
        t = 8 * 60 + 50 + rng.uniform(-15, 15)
        lunch = 12 * 60 + rng.uniform(-20, 30)
        back = lunch + rng.uniform(35, 60)
        leave = 17 * 60 + 30 + rng.uniform(-30, 40)
        stop = leave if until is None else min(leave, until)
        n = 0
        while True:
            t += rng.uniform(30, 42)
            if lunch <= t < back or lunch <= t - 30 < back:
                if back < stop:
                    self.away(day, lunch, back)
                t = back
                lunch = back = math.inf
                continue
            if t >= stop:
                break
            n += 1
            kind = BreakKind.WALK if n % 2 == 0 else BreakKind.STRETCH
            self.one_break(day, t, kind, age, person, pain)
            t += 6
        if until is None and rng.random() < 0.86:
            at, offset = self.stamp(day, 17 * 60 + 15 + rng.uniform(0, 25))
            self.rating(at, offset, "end_of_day", pain + rng.gauss(0, 0.3))

    def away(self, day: date, left: float, back: float) -> None:
        """Lunch away from the desk: a natural break, long enough to count as a walk."""
        planned, offset = self.stamp(day, left)
        self.repo.add_break(
            Break(
                planned,
                offset,
                BreakKind.WALK,
                ended_at=planned + round((back - left) * 60),
                outcome="natural",
                reason="idle",
            )
        )
        self.counts["breaks"] += 1

    def one_break(
        self, day: date, minute: float, kind: BreakKind, age: int, person: _Person, pain: float
    ) -> None:
        rng = self.rng
        outcome = person.outcome(age)
        planned, offset = self.stamp(day, minute)
        moves = WALK if kind == "walk" else rng.choice(ROUTINES)
        length = (300 if kind == "walk" else 120) + rng.randint(-10, 40)
        snoozes = rng.choices((0, 1, 2), (0.8, 0.15, 0.05))[0]
        prompted = None if outcome == "natural" else planned + snoozes * 600
        started = ended = None
        if outcome in ("completed", "partial", "interrupted"):
            started = (prompted or planned) + rng.randint(5, 50)
            ended = started + (length if outcome == "completed" else rng.randint(20, length // 2))
        elif outcome in ("skipped", "expired"):
            ended = (prompted or planned) + (length if outcome == "expired" else rng.randint(3, 40))
        else:
            ended = planned + rng.randint(300, 1500)
        record = self.repo.add_break(
            Break(
                planned_at=planned,
                utc_offset_s=offset,
                kind=kind,
                prompted_at=prompted,
                started_at=started,
                ended_at=ended,
                outcome=outcome,
                snooze_count=snoozes if prompted else 0,
                routine=None if outcome == "natural" else json.dumps(list(moves)),
                reason="idle" if outcome == "natural" else "interval",
            )
        )
        self.counts["breaks"] += 1
        if outcome != "completed" or started is None or ended is None or record.id is None:
            return
        if rng.random() < 0.25:
            before = pain + rng.gauss(0.3, 0.7)
            change = sum(EFFECT.get(m, 0.0) for m in moves) / len(moves)
            self.rating(started - 5, offset, "now_before", before, record.id)
            self.rating(
                ended + 5, offset, "now_after", before + change + rng.gauss(0, 0.6), record.id
            )
        if rng.random() < 0.35:
            for move in moves:
                score = -EFFECT.get(move, 0.0) + rng.gauss(0, 0.45)
                verdict: Verdict = (
                    "helped"
                    if score > 0.45
                    else "same"
                    if score > -0.25
                    else "worse"
                    if score > -0.9
                    else "not_tolerated"
                )
                self.repo.add_move_feedback(
                    MoveFeedback(record.id, move, verdict, ended + 10, offset)
                )
                self.counts["move_feedback"] += 1

    def checkin(self, day: date, pain: float, peg: bool) -> None:
        rng = self.rng
        at, offset = self.stamp(day, 16 * 60 + rng.uniform(0, 60))
        regions = {"low_back": _nrs(pain + rng.gauss(0, 0.5))}
        for region in REGIONS:
            if region != LOW_BACK and rng.random() < OTHER_REGIONS.get(region, 0.1):
                regions[region] = _nrs(rng.uniform(0.5, pain * 0.8))
        items = [_nrs(pain + rng.gauss(d, 0.6)) for d in (0, -0.8, -0.4)] if peg else [None] * 3
        self.repo.add_checkin(Checkin(at, offset, regions, *items))
        self.counts["checkins"] += 1


GOALS = (("sit through a one-hour meeting", 3.0), ("carry the shopping home", 4.0))
"""The person's function goals and how well they could do each on the first day."""


def function_goals(writer: _Writer, first: date, last: date, rng: random.Random) -> None:
    """Both goals named on the first day, then rated every four weeks: each rises about 3
    points over the first year, with a point of noise either way."""
    at, offset = writer.stamp(first, 10 * 60)
    ids = [
        writer.repo.add_function_goal(FunctionGoal(at, offset, activity)).id or 0
        for activity, _ in GOALS
    ]
    day = first
    while day <= last:
        age = (day - first).days
        at, offset = writer.stamp(day, 11 * 60 + rng.uniform(0, 30))
        for goal_id, (_, start) in zip(ids, GOALS, strict=True):
            value = start + 3.0 * (1 - math.exp(-age / 150)) + rng.gauss(0, 0.6)
            writer.repo.add_function_rating(FunctionRating(goal_id, at, offset, _nrs(value)))
            writer.counts["function_ratings"] += 1
        day += timedelta(days=28)


def generate(
    path: Path, *, years: float = 1.0, seed: int = 1, end: datetime = END, tz: str = TZ
) -> History:
    """Write `years` of history ending at local `end` into a new database at `path`."""
    zone = ZoneInfo(tz)
    now = end.replace(tzinfo=zone)
    last = now.date()
    first = last - timedelta(days=round(years * 365.25) - 1)
    rng = random.Random(seed)
    every_day_off = days_off(first, last, rng)
    off = frozenset(date.fromisoformat(d) for d in every_day_off)
    # The settings keep the latest DAYS_OFF_MAX, as the app keeps them; a longer history
    # still had its older ones (the person was away then, whatever the file says now).
    settings = Settings({**SETTINGS, "days_off": every_day_off[-DAYS_OFF_MAX:]})
    clock = SimulatedClock(now)
    db = Database.open(path, clock).database
    # A generator's writes need not survive a power cut; without a sync per commit five
    # years take seconds instead of minutes. The app itself always runs synchronous=FULL.
    db.read("PRAGMA synchronous = OFF")
    writer = _Writer(Repository(db), zone, rng)
    person = _Person(rng)
    until = now.hour * 60 + now.minute
    try:
        function_goals(writer, first, last, random.Random(seed + 1))
        for n in range((last - first).days + 1):
            day = first + timedelta(days=n)
            pain = person.pain(n)
            if day.weekday() >= 5 or day in off or rng.random() < 0.03:
                continue
            writer.day(day, n, person, pain, until if day == last else None)
            if day.weekday() == 4 and rng.random() < 0.85:
                writer.checkin(day, pain, peg=n > 180)
    finally:
        db.close()
    return History(path, settings, now, first, writer.counts)


HEAVY_MOMENTS = ("now_before", "now_after", "end_of_day")


def add_ratings(path: Path, total: int, *, seed: int = 1, end: int | None = None) -> int:
    """Add ratings to the log at `path` until it holds `total`; the number added.

    Two in three go to completed breaks as more before and after answers, one in three is
    another end-of-day answer on a day that has breaks, all at plausible times of those days:
    every query the views run meets them in its own range. Nothing after `end` (UTC epoch) is
    written, so "now" stays the end of the history."""
    rng = random.Random(seed + 7)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -262144")  # the indexes stay in memory while filled
        have = conn.execute("SELECT count(*) FROM ratings").fetchone()[0]
        limit = end if end is not None else 2**62
        breaks = conn.execute(
            "SELECT id, planned_at, coalesce(ended_at, planned_at), utc_offset_s FROM breaks "
            "WHERE outcome = 'completed' AND ended_at < ? ORDER BY planned_at",
            (limit,),
        ).fetchall()
        missing = max(0, total - have)
        if not breaks or not missing:
            return 0

        def rows() -> Iterator[tuple[int, int, str, int, int | None]]:
            for _ in range(missing):
                break_id, planned, ended, offset = breaks[rng.randrange(len(breaks))]
                moment = HEAVY_MOMENTS[rng.randrange(3)]
                value = rng.randrange(11)
                if moment == "end_of_day":
                    at = min(limit - 1, ended + rng.randrange(3600))
                    yield at, offset, moment, value, None
                else:
                    at = planned if moment == "now_before" else ended
                    yield at, offset, moment, value, break_id

        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO ratings (at, utc_offset_s, moment, value, break_id) "
            "VALUES (?, ?, ?, ?, ?)",
            sorted(rows()),  # in time order, as they would have come: the indexes grow at the end
        )
        conn.execute("COMMIT")
        return missing
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the database file to write (must not exist)")
    parser.add_argument("--years", type=float, default=5.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--ratings", type=int, help="then add ratings until the log holds this many"
    )
    args = parser.parse_args()
    if args.out.exists():
        parser.error(f"{args.out} exists; give a new file")
    began = time.perf_counter()
    history = generate(args.out, years=args.years, seed=args.seed)
    if args.ratings:
        history.counts["ratings"] += add_ratings(
            args.out, args.ratings, seed=args.seed, end=int(history.now.timestamp())
        )
    took = time.perf_counter() - began
    print(
        f"wrote {args.years:g} years to {args.out} in {took:.2f} s: "
        + ", ".join(f"{count} {table}" for table, count in history.counts.items())
    )


if __name__ == "__main__":
    main()
