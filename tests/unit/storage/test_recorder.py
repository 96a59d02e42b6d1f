"""The recorder writes what the planner decided: one row per break, whatever way it ended."""

from __future__ import annotations

from datetime import datetime

from backmove.core.clock import SimulatedClock
from backmove.core.planner import Planner
from backmove.core.settings import Settings
from backmove.services.recorder import BreakRecorder
from backmove.storage.repository import Repository
from tests.unit.storage.helpers import BERLIN


def drive(repo: Repository, clock: SimulatedClock, steps: list[tuple[float, float]]) -> None:
    """Advance by each (seconds, idle reading) and record what the planner decides."""
    planner = Planner(Settings(), clock)
    recorder = BreakRecorder(repo, clock)
    recorder.record(planner.poll())
    for seconds, idle in steps:
        clock.advance(seconds)
        recorder.record(planner.observe_idle(idle))


def test_a_prompt_walked_away_from_is_one_natural_row_with_its_real_length(
    repo: Repository,
) -> None:
    clock = SimulatedClock(datetime(2026, 3, 30, 9, 0), BERLIN)
    typing = [(60.0, 0.0)] * 30  # 09:00-09:30
    away = [(15.0, 15.0 * n) for n in range(1, 41)]  # the prompt at 09:30:15; gone till 09:40
    drive(repo, clock, [*typing, *away, (1.0, 0.0)])
    rows = repo.breaks_between(0, 2**40)
    assert len(rows) == 1
    row = rows[0]
    assert (row.kind, row.outcome, row.reason) == ("walk", "natural", "idle")
    assert row.prompted_at is not None and row.started_at is not None
    assert row.ended_at is not None and row.ended_at - row.started_at == 600


def test_an_offer_to_adjust_the_interval_is_an_app_event(repo: Repository) -> None:
    clock = SimulatedClock(datetime(2026, 3, 30, 9, 0), BERLIN)
    drive(repo, clock, [(60.0, 0.0)] * 120)  # two hours of typing, no prompt answered
    offers = repo.events_between(0, 2**40, kind="offer_adjust")
    assert [e.detail for e in offers] == [{"interval_min": 40}]
    outcomes = [b.outcome for b in repo.breaks_between(0, 2**40)]
    assert outcomes[:3] == ["expired"] * 3
