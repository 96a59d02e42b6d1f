"""The records the app keeps: what goes in comes out, and the schema refuses nonsense."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from backmove.core.clock import SimulatedClock
from backmove.storage.records import (
    BREAK_KINDS,
    BREAK_OUTCOMES,
    RATING_MOMENTS,
    TIERS,
    VERDICTS,
    AppEvent,
    Break,
    Checkin,
    MoveFeedback,
    Rating,
    SafetyScreen,
    local_stamp,
)
from backmove.storage.repository import Repository
from tests.unit.storage.helpers import BERLIN


def test_when_gives_utc_seconds_and_the_local_offset_then(clock: SimulatedClock) -> None:
    assert local_stamp(clock) == (int(clock.wall()), 2 * 3600)  # Berlin summer time on 30 March
    winter = datetime(2026, 1, 5, 9, 0, tzinfo=BERLIN).timestamp()
    assert local_stamp(clock, winter + 0.9) == (int(winter), 3600)


def test_a_break_is_added_then_finished(repo: Repository, clock: SimulatedClock) -> None:
    at, offset = local_stamp(clock)
    planned = repo.add_break(
        Break(planned_at=at, utc_offset_s=offset, kind="micro", routine='["S1", "T4"]')
    )
    assert planned.id is not None
    done = planned.replace(
        prompted_at=at + 30,
        started_at=at + 40,
        ended_at=at + 160,
        snooze_count=1,
        outcome="completed",
        reason="interval",
    )
    repo.update_break(done)
    assert repo.get_break(planned.id) == done
    assert repo.breaks_between(at, at + 1) == [done]


def test_updating_a_break_that_was_never_added_is_an_error(repo: Repository) -> None:
    with pytest.raises(ValueError, match="add it first"):
        repo.update_break(Break(planned_at=1, utc_offset_s=0, kind="walk"))
    with pytest.raises(LookupError):
        repo.update_break(Break(planned_at=1, utc_offset_s=0, kind="walk", id=42))


def test_ranges_include_the_start_and_exclude_the_end(repo: Repository) -> None:
    for t in (99, 100, 150, 200):
        repo.add_break(Break(planned_at=t, utc_offset_s=0, kind="micro"))
        repo.add_rating(Rating(at=t, utc_offset_s=0, moment="end_of_day", value=3))
        repo.add_event(AppEvent(at=t, utc_offset_s=0, kind="pause"))
    assert [b.planned_at for b in repo.breaks_between(100, 200)] == [100, 150]
    assert [r.at for r in repo.ratings_between(100, 200)] == [100, 150]
    assert [e.at for e in repo.events_between(100, 200)] == [100, 150]


def test_ratings_can_be_asked_for_by_moment(repo: Repository) -> None:
    b = repo.add_break(Break(planned_at=10, utc_offset_s=0, kind="micro"))
    before = repo.add_rating(Rating(10, 0, "now_before", 6, break_id=b.id))
    after = repo.add_rating(Rating(20, 0, "now_after", 4, break_id=b.id))
    evening = repo.add_rating(Rating(30, 0, "end_of_day", 5))
    assert repo.ratings_between(0, 100) == [before, after, evening]
    assert repo.ratings_between(0, 100, moment="end_of_day") == [evening]


def test_move_feedback_by_break_and_by_time(repo: Repository) -> None:
    b = repo.add_break(Break(planned_at=10, utc_offset_s=0, kind="micro"))
    helped = repo.add_move_feedback(MoveFeedback(b.id, "S1", "helped", 20, 0))
    hurt = repo.add_move_feedback(MoveFeedback(b.id, "F2", "not_tolerated", 30, 0))
    assert repo.move_feedback_for(b.id) == [helped, hurt]
    assert repo.move_feedback_between(25, 40) == [hurt]


def test_checkins_keep_their_regions_and_peg(repo: Repository) -> None:
    assert repo.latest_checkin() is None
    first = repo.add_checkin(Checkin(10, 0, {"low_back": 6, "neck": 2}, 5, 4, 3))
    second = repo.add_checkin(Checkin(20, 0, {"Rücken unten": 4}))
    assert repo.checkins_between(0, 100) == [first, second]
    assert repo.latest_checkin() == second


def test_a_checkin_region_outside_0_to_10_is_refused(repo: Repository) -> None:
    with pytest.raises(ValueError, match="neck"):
        repo.add_checkin(Checkin(10, 0, {"neck": 11}))
    assert repo.latest_checkin() is None


def test_peg_items_are_all_three_or_none(repo: Repository) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        repo.add_checkin(Checkin(10, 0, {"neck": 1}, peg_p=5))
    assert repo.latest_checkin() is None


def test_the_latest_safety_screen_is_the_one_that_governs(repo: Repository) -> None:
    assert repo.latest_safety_screen() is None
    repo.add_safety_screen(SafetyScreen(10, 0, {"A1": False, "B4": True}, "B", "urgent_card"))
    cleared = repo.add_safety_screen(SafetyScreen(20, 0, {"A1": False}, "none", "clear"))
    assert repo.latest_safety_screen() == cleared


def test_safety_answers_are_yes_or_no_only(repo: Repository) -> None:
    with pytest.raises(ValueError, match="yes/no"):
        repo.add_safety_screen(SafetyScreen(10, 0, {"A1": "my leg tingles"}, "A", "x"))  # type: ignore[dict-item]


def test_events_keep_their_detail_and_can_be_filtered(repo: Repository) -> None:
    pause = repo.add_event(AppEvent(10, 0, "pause", {"minutes": 30, "why": "réunion"}))
    jump = repo.add_event(AppEvent(20, 0, "clock_jump", {"by": -3600}))
    bare = repo.add_event(AppEvent(30, 0, "resume"))
    assert repo.events_between(0, 100) == [pause, jump, bare]
    assert repo.events_between(0, 100, kind="clock_jump") == [jump]


def test_every_value_the_app_can_record_is_one_the_schema_accepts(repo: Repository) -> None:
    for kind in BREAK_KINDS:
        for outcome in BREAK_OUTCOMES:
            repo.add_break(Break(planned_at=1, utc_offset_s=0, kind=kind, outcome=outcome))
    b = repo.add_break(Break(planned_at=1, utc_offset_s=0, kind="micro"))
    for moment in RATING_MOMENTS:
        repo.add_rating(Rating(1, 0, moment, 10, b.id))
    for verdict in VERDICTS:
        repo.add_move_feedback(MoveFeedback(b.id, "S1", verdict, 1, 0))
    for tier in TIERS:
        repo.add_safety_screen(SafetyScreen(1, 0, {}, tier, "x"))
    assert len(repo.breaks_between(0, 2)) == len(BREAK_KINDS) * len(BREAK_OUTCOMES) + 1


@pytest.mark.parametrize(
    "bad",
    [
        Break(planned_at=1, utc_offset_s=0, kind="nap"),  # type: ignore[arg-type]
        Break(planned_at=1, utc_offset_s=0, kind="micro", outcome="done"),  # type: ignore[arg-type]
        Break(planned_at=1, utc_offset_s=0, kind="micro", snooze_count=-1),
        Break(planned_at="soon", utc_offset_s=0, kind="micro"),  # type: ignore[arg-type]
        Break(planned_at=1.5, utc_offset_s=0, kind="micro"),  # type: ignore[arg-type]
        Break(planned_at=1, utc_offset_s=86400, kind="micro"),
    ],
)
def test_the_schema_refuses_a_break_it_cannot_mean(repo: Repository, bad: Break) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        repo.add_break(bad)
    assert repo.breaks_between(0, 10) == []


@pytest.mark.parametrize("value", [-1, 11])
def test_a_rating_outside_0_to_10_is_refused(repo: Repository, value: int) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        repo.add_rating(Rating(1, 0, "end_of_day", value))


def test_a_rating_for_a_break_that_does_not_exist_is_refused(repo: Repository) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        repo.add_rating(Rating(1, 0, "now_after", 5, break_id=404))
