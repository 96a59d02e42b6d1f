"""A child process that records breaks as the app does, until it is killed.

`python -m tests.faults.writer DATABASE SEED`: opens the real Database, drives a Planner on a
simulated clock and writes each decision through the app's BreakRecorder, with before and after
ratings and move verdicts as the break window writes them. After each write has committed it
prints one line saying what is now on disk, so the test knows what a kill may not lose:

    break <id>              the break row exists (started)
    ended <id> <outcome>    the break row holds its end and outcome
    rating <id>             a rating row
    feedback <id>           a move verdict row
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from backmove.core.clock import SimulatedClock
from backmove.core.planner import Action, Planner
from backmove.core.settings import WEEKDAYS, Settings
from backmove.services.recorder import BreakRecorder
from backmove.storage.database import Database
from backmove.storage.records import MoveFeedback, Rating, local_stamp
from backmove.storage.repository import Repository

ALL_DAY = Settings({"working_hours": {day: ["00:00-24:00"] for day in WEEKDAYS}})
MOVES = ("S1", "S5", "T2", "T4")


def say(line: str) -> None:
    print(line, flush=True)


def run(path: Path, seed: int) -> None:
    rng = random.Random(seed)
    clock = SimulatedClock(datetime(2026, 3, 30, 9, 0), ZoneInfo("Europe/Berlin"))
    repo = Repository(Database.open(path, clock).database)
    recorder = BreakRecorder(repo, clock)
    planner = Planner(ALL_DAY, clock)
    planner.observe_idle(0.0)
    while True:
        clock.advance(rng.uniform(60, 1800))
        started = planner.break_now()
        recorder.record(started, routine='["S1", "T2"]')
        break_id = next(d.break_id for d in started if d.decision is Action.BREAK_START)
        row = recorder.row_id(break_id)
        say(f"break {row}")
        if rng.random() < 0.5:
            say(f"rating {rate(repo, clock, row, 'now_before', rng)}")
        clock.advance(rng.uniform(20, 200))
        for d in planner.done(finished=rng.random() < 0.7):
            recorder.record([d])
            if d.decision is Action.BREAK_END:
                say(f"ended {row} {d.outcome}")
        if rng.random() < 0.5:
            say(f"rating {rate(repo, clock, row, 'now_after', rng)}")
        if rng.random() < 0.5:
            at, offset = local_stamp(clock)
            verdict = rng.choice(("helped", "same", "worse", "not_tolerated"))
            stored = repo.add_move_feedback(
                MoveFeedback(row, rng.choice(MOVES), verdict, at, offset)
            )  # type: ignore[arg-type]
            say(f"feedback {stored.id}")


def rate(
    repo: Repository, clock: SimulatedClock, row: int | None, moment: str, rng: random.Random
) -> int | None:
    at, offset = local_stamp(clock)
    stored = repo.add_rating(Rating(at, offset, moment, rng.randint(0, 10), row))  # type: ignore[arg-type]
    return stored.id


if __name__ == "__main__":
    run(Path(sys.argv[1]), int(sys.argv[2]))
