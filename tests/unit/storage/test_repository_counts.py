"""The repository's counting queries agree with the statistics over the same records."""

from __future__ import annotations

import tempfile
from collections import Counter
from datetime import date, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from backmove.core.clock import SimulatedClock
from backmove.core.stats import Tally, tally_by_day
from backmove.storage.database import Database
from backmove.storage.records import Break, MoveFeedback, Rating
from backmove.storage.repository import Repository
from tests.examples import examples
from tests.unit.storage.helpers import BERLIN

DAY = 86_400
MONDAY = 1_774_828_800  # 2026-03-30 00:00 UTC
BERLIN_SUMMER = 7_200
NEW_YORK = -4 * 3_600


def add_breaks(repo: Repository) -> list[Break]:
    """Breaks near local midnights, in zones either side of UTC, and one before 1970."""
    rows = [
        (MONDAY + 9 * 3_600, BERLIN_SUMMER, "completed"),
        (MONDAY + 22 * 3_600 - 60, BERLIN_SUMMER, "skipped"),  # 23:59 local: still Monday
        (MONDAY + 22 * 3_600, BERLIN_SUMMER, "completed"),  # 00:00 local: Tuesday
        (MONDAY + DAY + 2 * 3_600, NEW_YORK, "natural"),  # Monday 22:00 in New York
        (MONDAY + DAY + 4 * 3_600, NEW_YORK, "expired"),  # Tuesday 00:00 in New York
        (MONDAY + 2 * DAY, 0, None),  # under way: no outcome yet
        (MONDAY + 2 * DAY + 60, 0, "partial"),
        (-DAY - 1, 0, "interrupted"),  # 30 December 1969, 23:59:59
    ]
    return [
        repo.add_break(Break(at, offset, "micro", outcome=outcome))  # type: ignore[arg-type]
        for at, offset, outcome in rows
    ]


def test_tallies_by_day_count_what_tally_by_day_counts(repo: Repository) -> None:
    add_breaks(repo)
    for start, end in (
        (-2 * DAY, MONDAY + 3 * DAY),
        (MONDAY, MONDAY + 22 * 3_600),
        (MONDAY + DAY, MONDAY + 3 * DAY),
    ):
        expected = tally_by_day(repo.breaks_between(start, end))
        assert repo.tallies_by_day(start, end) == expected
        assert list(repo.tallies_by_day(start, end)) == list(expected)  # in date order


def test_verdict_counts_are_the_verdicts_given_in_the_range(repo: Repository) -> None:
    b = add_breaks(repo)[0]
    assert b.id is not None
    given = [
        ("T1", "helped", 0),
        ("T1", "helped", 10),
        ("T1", "worse", 20),
        ("S4", "same", 30),
        ("S4", "same", DAY),
    ]
    for move, verdict, later in given:
        repo.add_move_feedback(MoveFeedback(b.id, move, verdict, MONDAY + later, 0))  # type: ignore[arg-type]
    counted = repo.verdict_counts_between(MONDAY, MONDAY + DAY)
    listed = Counter(
        (f.move_id, f.verdict) for f in repo.move_feedback_between(MONDAY, MONDAY + DAY)
    )
    assert counted == {"T1": {"helped": 2, "worse": 1}, "S4": {"same": 1}}
    assert {(m, v): n for m, by in counted.items() for v, n in by.items()} == listed


def test_rated_breaks_are_those_rated_before_or_after_in_the_range(repo: Repository) -> None:
    first, second, third, *_ = add_breaks(repo)
    assert first.id is not None and second.id is not None and third.id is not None
    repo.add_rating(Rating(first.planned_at, 0, "now_after", 3, first.id))
    repo.add_rating(Rating(second.planned_at, 0, "end_of_day", 4))
    repo.add_rating(Rating(third.planned_at + 5 * DAY, 0, "now_before", 5, third.id))
    assert repo.rated_breaks_between(MONDAY, MONDAY + 3 * DAY) == [first]
    assert repo.rated_breaks_between(MONDAY, MONDAY + 9 * DAY) == [first, third]


def test_the_first_break_is_where_the_log_begins(repo: Repository) -> None:
    assert repo.first_break() is None
    breaks = add_breaks(repo)
    assert repo.first_break() == breaks[-1]


def test_tallies_by_month_sum_the_days_of_each_local_month(repo: Repository) -> None:
    add_breaks(repo)
    by_month = repo.tallies_by_month(-2 * DAY, MONDAY + 3 * DAY, date(1969, 12, 1))
    assert by_month == {
        date(1969, 12, 1): Tally(interrupted=1),
        date(2026, 3, 1): Tally(completed=2, skipped=1, expired=1, natural=1),  # 30th, 31st
        date(2026, 4, 1): Tally(partial=1),
    }
    # From Tuesday 31 March on: Monday's local days are left out, 22:00 in New York included.
    assert repo.tallies_by_month(-2 * DAY, MONDAY + 3 * DAY, date(2026, 3, 31)) == {
        date(2026, 3, 1): Tally(completed=1, expired=1),
        date(2026, 4, 1): Tally(partial=1),
    }


OUTCOMES = (None, "completed", "partial", "skipped", "interrupted", "expired", "natural")
breaks_st = st.lists(
    st.tuples(
        st.integers(-3 * 365 * DAY, 60 * 365 * DAY),  # planned_at, from before 1970 on
        st.integers(-12, 14).map(lambda h: h * 3_600),  # utc_offset_s, whole hours
        st.sampled_from(OUTCOMES),
    ),
    max_size=60,
)


@settings(max_examples=examples(60), deadline=None)
@given(breaks_st, st.data())
def test_tallies_by_month_are_the_cores_day_tallies_summed_by_month(
    rows: list[tuple[int, int, str | None]], data: st.DataObject
) -> None:
    """The dashboard's months come from SQLite's sums; they equal the core's count of every
    break by local day, added up per local month, from any first day and over any range, local
    midnights, month ends and days before 1970 included."""
    clock = SimulatedClock(datetime(2026, 3, 30, 8, 30), BERLIN)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp) / "backmove.db", clock).database
        try:
            repo = Repository(db)
            for at, offset, outcome in rows:
                repo.add_break(Break(at, offset, "micro", outcome=outcome))  # type: ignore[arg-type]
            ats = sorted(at for at, _, _ in rows) or [0]
            start = data.draw(st.sampled_from([ats[0] - DAY, ats[len(ats) // 2], 0]))
            end = data.draw(st.sampled_from([ats[-1] + 1, ats[len(ats) // 2] + 1, 2**40]))
            first = data.draw(st.dates(date(1966, 1, 1), date(2031, 1, 1)))
            expected: dict[date, Tally] = {}
            for day, t in tally_by_day(repo.breaks_between(start, end)).items():
                if day >= first:
                    month = day.replace(day=1)
                    expected[month] = _sum(expected.get(month, Tally()), t)
            got = repo.tallies_by_month(start, end, first)
            assert got == expected
            assert list(got) == sorted(expected)  # in date order
        finally:
            db.close()


def _sum(a: Tally, b: Tally) -> Tally:
    return Tally(**{f: getattr(a, f) + getattr(b, f) for f in Tally.field_names()})
