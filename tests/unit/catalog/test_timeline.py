"""When the figure shows which key pose: the dose's tempo, holds, sides."""

from __future__ import annotations

import pytest

from backmove.core.catalog import Catalog, Dose, load_catalog
from backmove.core.pose import ease_in_out
from backmove.core.pose_schedule import PoseSchedule, build, rep_path
from backmove.resources import stretches_dir


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(stretches_dir())[0]


def test_ease_in_out_starts_and_ends_slowly() -> None:
    assert (ease_in_out(0.0), ease_in_out(0.5), ease_in_out(1.0)) == pytest.approx((0, 0.5, 1))
    assert ease_in_out(0.1) < 0.1 and ease_in_out(0.9) > 0.9
    assert ease_in_out(0.25) == pytest.approx(1 - ease_in_out(0.75))


def test_a_rep_goes_out_and_back_or_round_a_loop() -> None:
    assert rep_path(3, "there_and_back") == [0, 1, 2, 1, 0]
    assert rep_path(4, "loop") == [0, 1, 2, 3, 0]


def test_reps_reach_each_key_pose_on_the_tempo(catalog: Catalog) -> None:
    tilt = PoseSchedule.for_move(catalog.move("S1"))  # 5–10 reps, 5 s a rep, tuck ↔ arch
    assert tilt.duration == pytest.approx(5 * 5)
    assert tilt.times_at_pose(1) == pytest.approx([2.5 + 5 * i for i in range(5)])
    assert tilt.times_at_pose(0) == pytest.approx([5.0 * (i + 1) for i in range(5)])
    assert [tilt.frame_at(t).at_pose for t in (0.0, 2.5, 5.0, 7.5)] == [0, 1, 0, 1]
    middle = tilt.frame_at(1.25)
    assert (middle.src, middle.dst, middle.at_pose) == (0, 1, None)
    assert middle.t == pytest.approx(0.5)
    assert tilt.frame_at(2.4).t == pytest.approx(ease_in_out(2.4 / 2.5))
    assert tilt.frame_at(12.6).rep == 3
    assert PoseSchedule.for_move(catalog.move("S1"), level="high").duration == pytest.approx(50)


def test_a_hold_counts_down_at_the_end_pose_then_the_other_side_is_mirrored(
    catalog: Catalog,
) -> None:
    hug = PoseSchedule.for_move(catalog.move("S3"))  # hold 15–20 s × 2 each side, 4 s to move
    held = hug.frame_at(2.0 + 5.0)
    assert (held.kind, held.src, held.dst) == ("hold", 1, 1)
    assert (held.hold_left, held.hold_total) == (pytest.approx(10.0), 15.0)
    assert hug.frame_at(2.0 + 14.9).hold_left == pytest.approx(0.1)
    first = [hug.frame_at(t) for t in (0.5, 10.0, 30.0)]
    assert not any(f.mirrored for f in first)
    # Two holds a side, a second of rest between holds and between the sides.
    per_rep = 2.0 + 15.0 + 2.0
    assert hug.duration == pytest.approx(4 * per_rep + 3 * 1.0)
    second = hug.frame_at(2 * per_rep + 1.0 + 1.0 + 2.0 + 3.0)
    assert (second.kind, second.side, second.mirrored) == ("hold", 1, True)
    assert hug.times_at_pose(1, side=1) == pytest.approx(
        [2 * per_rep + 2.0 + 2.0, 3 * per_rep + 3.0 + 2.0]
    )


def test_reps_with_a_hold_pause_at_the_end_pose(catalog: Catalog) -> None:
    tuck = PoseSchedule.for_move(catalog.move("S7"), level="high")  # 10 reps, 5 s hold, 3 s tempo
    assert tuck.duration == pytest.approx(10 * (3.0 + 5.0))
    held = tuck.frame_at(1.5 + 2.0)
    assert (held.kind, held.dst, held.hold_left) == ("hold", 1, pytest.approx(3.0))
    assert tuck.times_at_pose(0)[0] == pytest.approx(1.5 + 5.0 + 1.5)


def test_holds_happen_only_at_the_marked_poses(catalog: Catalog) -> None:
    bird = PoseSchedule.for_move(catalog.move("F7"))  # all fours, arm+leg, all fours, other pair
    holds = [s for s in bird.steps if s.kind == "hold" and s.rep == 1]
    assert [h.dst for h in holds] == [1, 3]
    assert all(h.duration == 3.0 for h in holds)


def test_a_timed_move_loops_for_its_duration(catalog: Catalog) -> None:
    walk = PoseSchedule.for_move(catalog.move("T10"))  # 2–5 min, a stride pair every 1.2 s
    assert walk.duration == pytest.approx(120.0)
    assert walk.reps == 100
    assert {s.dst for s in walk.steps} == {0, 1}


def test_a_dose_can_be_played_at_chosen_values() -> None:
    dose = Dose(kind="hold", tempo_s=2.0, reps_low=2, reps_high=3, hold_low_s=20, hold_high_s=30)
    line = build(dose, 2, "there_and_back", reps=1, hold_s=5)
    assert [(s.kind, s.duration) for s in line.steps] == [
        ("move", 1.0),
        ("hold", 5.0),
        ("move", 1.0),
    ]
