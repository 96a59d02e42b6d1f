"""The answers the repository picks in SQL are the ones the core would pick from every row.

The dashboard and `status` no longer read every rating: the end-of-day series takes each
day's latest answer, and the moves card per-routine sums of each rated break's latest before
and after answer and last verdicts, from SQL. These tests hold that choice to the core's own
(`PainSeries`, `move_effects`, `move_counts`) over a generated history with many more answers
than the app asks for, ties in time included.
"""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backmove.core.clock import SimulatedClock
from backmove.core.moveeffect import move_effects
from backmove.core.stats import DAY_S, day_number
from backmove.core.trend import PainSeries
from backmove.services.counts import move_counts, move_counts_of_sums
from backmove.storage.database import Database
from backmove.storage.records import Break, MoveFeedback, Rating
from backmove.storage.repository import Repository
from bench.history import History, add_ratings, generate
from tests.examples import examples
from tests.unit.storage.helpers import BERLIN

END = 2**40
EPOCH = date(1970, 1, 1)


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> History:
    found = generate(tmp_path_factory.mktemp("heavy") / "backmove.db", years=1, seed=3)
    add_ratings(found.path, 20_000, seed=3, end=int(found.now.timestamp()))
    with sqlite3.connect(found.path) as conn:  # answers given in the same second
        conn.execute(
            "INSERT INTO ratings (at, utc_offset_s, moment, value, break_id) "
            "SELECT at, utc_offset_s, moment, 10 - value, break_id FROM ratings "
            "WHERE id % 97 = 0"
        )
    return found


@pytest.fixture
def repo(history: History) -> Repository:
    return Repository(Database.open(history.path, history.clock()).database)


def test_each_days_latest_end_of_day_answer_is_the_series_of_all_of_them(
    repo: Repository,
) -> None:
    every = repo.ratings_between(0, END, "end_of_day")
    picked = repo.latest_end_of_day_by_day(0, END)
    whole, chosen = PainSeries(every), PainSeries(picked)
    assert len(every) > 3 * len(picked) > 0
    assert (chosen.days, chosen.values) == (whole.days, whole.values)
    assert len({(r.at, r.utc_offset_s) for r in picked}) == len(picked) == len(whole.days)


@pytest.mark.parametrize("weeks", [4, 13, 52])
def test_each_breaks_latest_answers_give_every_moves_change(
    repo: Repository, history: History, weeks: int
) -> None:
    end = int(history.now.timestamp()) + 2 * 86400
    start = end - weeks * 7 * 86400
    breaks = repo.rated_breaks_between(start, end)
    every = repo.ratings_between(start, end, "now_before") + repo.ratings_between(
        start, end, "now_after"
    )
    picked = repo.latest_before_after_between(start, end)
    assert breaks and len(every) > len(picked)
    assert move_effects(breaks, picked) == move_effects(breaks, every)
    ids = {b.id for b in breaks}
    assert {r.break_id for r in picked} <= ids


@pytest.mark.parametrize("weeks", [4, 13, 52, 60])
def test_the_moves_cards_sums_equal_the_counts_over_every_rated_break(
    repo: Repository, history: History, weeks: int
) -> None:
    """The moves card reads per-routine sums; they give every move the same uses, change,
    spread and verdicts as counting the rated breaks one by one, from the range's first day."""
    today = history.now.date()
    first = today - timedelta(days=7 * weeks)
    end = (today - EPOCH).days * DAY_S + 2 * DAY_S
    start = (first - EPOCH).days * DAY_S - DAY_S
    breaks = [
        b
        for b in repo.rated_breaks_between(start, end)
        if day_number(b.planned_at, b.utc_offset_s) >= (first - EPOCH).days
    ]
    every = move_counts(
        breaks,
        repo.ratings_between(start, end, "now_before")
        + repo.ratings_between(start, end, "now_after"),
        repo.rated_move_feedback_between(start, end),
    )
    effects, rated = move_counts_of_sums(repo.move_sums(start, end, first))
    assert effects == every and any(e.helped for e in every.values())
    ids = {b.id for b in breaks}
    both = {
        r.break_id for r in repo.ratings_between(start, end, "now_after") if r.break_id in ids
    } & {r.break_id for r in repo.ratings_between(start, end, "now_before")}
    assert rated == len(both) > 0


ROUTINES = ('["T1","S4"]', '["S4"]', '["T10"]', "warmup", None)
DAY = 86_400
_times = st.integers(-2 * DAY, 30 * DAY)
_breaks = st.lists(  # planned_at in any order: a break's id says nothing of its time
    st.tuples(_times, st.sampled_from([-5 * 3600, 0, 7200]), st.sampled_from(ROUTINES)),
    min_size=1,
    max_size=25,
)
_answers = st.lists(  # (which break, moment, at, value): ties in time included
    st.tuples(
        st.integers(0, 30),
        st.sampled_from(["now_before", "now_after", "end_of_day"]),
        st.integers(-2, 32).map(lambda d: d * DAY),
        st.integers(0, 10),
    ),
    max_size=60,
)
_verdicts = st.lists(
    st.tuples(
        st.integers(0, 30),
        st.sampled_from(["T1", "S4", "T10"]),
        st.sampled_from(["helped", "same", "worse", "not_tolerated"]),
        st.integers(0, 3).map(lambda d: d * DAY),
    ),
    max_size=40,
)


@settings(max_examples=examples(60), deadline=None)
@given(_breaks, _answers, _verdicts, st.data())
def test_the_moves_sums_equal_the_counts_for_any_breaks_answers_and_range(
    breaks: list[tuple[int, int, str | None]],
    answers: list[tuple[int, str, int, int]],
    verdicts: list[tuple[int, str, str, int]],
    data: st.DataObject,
) -> None:
    """The moves card's sums find the rated breaks from the answers' side, between the lowest
    and the highest id of the range's breaks: for breaks whose ids are in no order of time,
    answers to breaks outside the range, answers outside it and breaks never answered, they
    still equal counting every rated break of the range one by one."""
    clock = SimulatedClock(datetime(2026, 3, 30, 8, 30), BERLIN)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp) / "backmove.db", clock).database
        try:
            repo = Repository(db)
            ids = [
                repo.add_break(Break(at, offset, "micro", outcome="completed", routine=r)).id
                for at, offset, r in breaks
            ]
            for which, moment, at, value in answers:
                break_id = None if moment == "end_of_day" else ids[which % len(ids)]
                repo.add_rating(Rating(at, 0, moment, value, break_id))  # type: ignore[arg-type]
            for which, move, verdict, later in verdicts:
                b = ids[which % len(ids)]
                assert b is not None
                repo.add_move_feedback(MoveFeedback(b, move, verdict, later, 0))  # type: ignore[arg-type]
            start = data.draw(st.sampled_from([-3 * DAY, 0, 5 * DAY]), "start")
            end = data.draw(st.sampled_from([31 * DAY, 20 * DAY, 2**40]), "end")
            first = data.draw(st.dates(date(1969, 12, 28), date(1970, 2, 5)), "first")
            n = (first - EPOCH).days
            rated = [
                b
                for b in repo.rated_breaks_between(start, end)
                if day_number(b.planned_at, b.utc_offset_s) >= n
            ]
            given = repo.ratings_between(start, end, "now_before") + repo.ratings_between(
                start, end, "now_after"
            )
            every = move_counts(rated, given, repo.rated_move_feedback_between(start, end))
            effects, count = move_counts_of_sums(repo.move_sums(start, end, first))
            assert effects == every
            in_range = {b.id for b in rated}
            both = {r.break_id for r in given if r.moment == "now_before"} & {
                r.break_id for r in given if r.moment == "now_after"
            }
            assert count == len(both & in_range)
        finally:
            db.close()
