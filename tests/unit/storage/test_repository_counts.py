"""The repository's counting queries agree with the statistics over the same records."""

from __future__ import annotations

from collections import Counter

from backmove.core.stats import tally_by_day
from backmove.storage.records import Break, MoveFeedback, Rating
from backmove.storage.repository import Repository

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
