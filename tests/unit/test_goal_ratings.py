"""The daily goal reads each day's latest end-of-day answer, as the views do: the same series
as every answer gives, however often a day was answered."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backmove.core.clock import SimulatedClock
from backmove.core.goal import GoalPlan, goal_schedule
from backmove.core.trend import PainSeries
from backmove.paths import resolve
from backmove.services.store import Store
from backmove.storage.records import Rating, local_stamp
from tests.examples import examples

BERLIN = ZoneInfo("Europe/Berlin")

answers = st.lists(
    st.tuples(
        st.integers(0, 60),  # day
        st.integers(0, 86_399),  # second of that day
        st.integers(0, 10),  # value
    ),
    max_size=120,
)


@settings(max_examples=examples(40), deadline=None)
@given(answers)
def test_the_goal_reads_each_days_latest_answer_and_steps_as_with_every_answer(
    tmp_path_factory: pytest.TempPathFactory, given_answers: list[tuple[int, int, int]]
) -> None:
    home = tmp_path_factory.mktemp("home")
    first = datetime(2026, 3, 2, tzinfo=BERLIN)
    clock = SimulatedClock(datetime(2026, 5, 4, 18, 0), BERLIN)
    store = Store(resolve(home), clock)
    fatal, _ = store.open(check=False)
    assert fatal is None and store.repo is not None
    try:
        every = []
        for day, second, value in given_answers:
            at, offset = local_stamp(
                clock, (first + timedelta(days=day, seconds=second)).timestamp()
            )
            every.append(store.repo.add_rating(Rating(at, offset, "end_of_day", value)))
        read = store.end_of_day_ratings()
        whole, latest = PainSeries(every), PainSeries(read)
        assert (latest.days, latest.values) == (whole.days, whole.values)
        assert len(read) == len(whole.days)  # one a day: the rest are never read
        plan = GoalPlan(first.date(), base=4, step=1, target=9)
        today = clock.local().date()
        assert goal_schedule(plan, read, today) == goal_schedule(plan, every, today)
    finally:
        store.close()
