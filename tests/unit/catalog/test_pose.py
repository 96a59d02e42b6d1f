"""The figure's skeleton: where joints end up, reaching, blending, mirroring."""

from __future__ import annotations

import math

import pytest

from backmove.core import pose
from backmove.core.catalog import Catalog, load_catalog
from backmove.resources import stretches_dir


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(stretches_dir())[0]


def _close(a: tuple[float, ...], b: tuple[float, ...], tol: float = 1e-6) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a, b, strict=True))


def test_standing_figure_stands_on_the_floor_with_the_head_on_top() -> None:
    sk = pose.solve(pose.BASES["stand"][0])
    soles = [sk.points[f"{s}_{p}"][1] - pose.FOOT_R for s in "lr" for p in ("heel", "toe")]
    assert soles == pytest.approx([0.0] * 4, abs=0.5)
    top = sk.points["head"][1] + pose.HEAD_R
    assert 165 < top < 175
    assert sk.points["r_hip"][2] > 0 > sk.points["l_hip"][2]  # z points to the figure's right


def test_joint_angles_bend_the_way_their_names_say() -> None:
    stand = pose.BASES["stand"][0]
    forward = pose.solve({**stand, "lumbar": 30, "thorax": 30})
    assert forward.points["head"][0] > 20  # bending forward moves the head ahead
    arm_up = pose.solve({**stand, "r_shoulder": 180, "r_elbow": 0})
    assert arm_up.points["r_wrist"][1] > arm_up.points["head"][1]
    knee = pose.solve({**stand, "l_hip": 90, "l_knee": 90})  # thigh forward, shin hanging
    assert knee.points["l_knee"][0] > 40
    assert knee.points["l_ankle"][1] < knee.points["l_knee"][1] - 40
    lean_left = pose.solve({**stand, "lumbar_side": 30})
    assert lean_left.points["neck_base"][2] < -10  # the left is -z


def test_a_reached_hand_lands_on_its_target() -> None:
    key = pose.key_pose("reach", "stand", {}, {"r_hand": pose.Target(at=(30.0, 110.0, 20.0))})
    sk = pose.blend(key, key, 0.0)
    assert _close(sk.points["r_wrist"], (30.0, 110.0, 20.0))
    upper = math.dist(sk.points["r_shoulder"], sk.points["r_elbow"])
    assert upper == pytest.approx(pose.UPPER_ARM)


def test_a_planted_foot_stays_planted_all_through_a_transition() -> None:
    planted = {"r_foot": pose.Target(at=(-40.0, 7.0, None))}
    a = pose.key_pose("a", "stand", {"pelvis_y": 80}, planted)
    b = pose.key_pose("b", "stand", {"pelvis_y": 74, "pelvis_x": 8}, planted)
    for t in (0.0, 0.3, 0.5, 0.8, 1.0):
        ankle = pose.blend(a, b, t).points["r_ankle"]
        assert _close(ankle[:2], (-40.0, 7.0))


def test_blending_starts_at_one_key_pose_and_ends_at_the_other(catalog: Catalog) -> None:
    fig = catalog.move("S2").figure
    assert fig is not None
    a, b = fig.poses
    start, end = pose.blend(a, b, 0.0), pose.blend(a, b, 1.0)
    for name, p in pose.blend(a, a, 0.0).points.items():
        assert _close(start.points[name], p, 1e-6), name
    for name, p in pose.blend(b, b, 0.0).points.items():
        assert _close(end.points[name], p, 1e-6), name


def test_a_hand_holding_the_knee_follows_it(catalog: Catalog) -> None:
    fig = catalog.move("S3").figure  # hands on the knee, then hugging the lifted knee
    assert fig is not None
    lifts = [fig.skeleton(0, 1, t).points for t in (0.0, 0.5, 1.0)]
    assert lifts[0]["r_knee"][1] < lifts[1]["r_knee"][1] < lifts[2]["r_knee"][1]
    for points in lifts:
        assert math.dist(points["r_wrist"], points["r_knee"]) < 15


def test_the_other_side_is_the_mirror_image(catalog: Catalog) -> None:
    fig = catalog.move("S6").figure  # side bend, seen from the front
    assert fig is not None
    x0, _, x1, _ = fig.bounds()
    axis = (x0 + x1) / 2
    plain, mirrored = fig.drawing(0, 1, 0.6), fig.drawing(0, 1, 0.6, mirrored=True)
    for a, b in zip(plain.shapes, mirrored.shapes, strict=True):
        if isinstance(a, pose.Blob):
            assert isinstance(b, pose.Blob)
            flipped = [c for x, y in a.points for c in (2 * axis - x, y)]
            assert flipped == pytest.approx([c for p in b.points for c in p])

    def lean(d: pose.Drawing) -> float:
        head = next(s for s in d.shapes if isinstance(s, pose.Head))
        return head.centre[0] - axis

    leaning = fig.drawing(1)
    assert lean(leaning) == pytest.approx(-lean(fig.drawing(1, mirrored=True)))
    assert abs(lean(leaning)) > 5


def test_the_frame_holds_every_key_pose_and_the_floor(catalog: Catalog) -> None:
    for move in catalog:
        fig = move.figure
        assert fig is not None
        x0, y0, x1, y1 = fig.bounds()
        for i in range(len(fig.poses)):
            for mirrored in (False, True):
                bx0, by0, bx1, by1 = fig.drawing(i, mirrored=mirrored).bounds()
                assert (bx0, by0) >= (x0 - 1e-6, y0 - 1e-6), move.id
                assert (bx1, by1) <= (x1 + 1e-6, y1 + 1e-6), move.id
        if fig.floor_y is not None:
            assert y0 <= 0.0


def test_highlighted_parts_are_marked_for_the_painter(catalog: Catalog) -> None:
    fig = catalog.move("T2").figure  # front of the back hip
    assert fig is not None
    lit = {s.name for s in fig.drawing(1).shapes if s.role.startswith("highlight")}
    assert lit == {"r_thigh", "pelvis"}


def test_far_limbs_are_marked_so_the_near_side_reads_in_front() -> None:
    key = pose.key_pose("stand", "stand", {})
    side = pose.draw(pose.blend(key, key, 0.0), "side")
    roles = {s.name: s.role for s in side.shapes if isinstance(s, pose.Blob)}
    assert roles["l_thigh"] == "body_far" and roles["r_thigh"] == "body"
    order = [s.name for s in side.shapes if isinstance(s, pose.Blob)]
    assert order.index("l_thigh") < order.index("lumbar") < order.index("r_thigh")
    front = pose.draw(pose.blend(key, key, 0.0), "front")
    assert {s.role for s in front.shapes if isinstance(s, pose.Blob)} == {"body"}


def test_every_move_draws_between_any_two_of_its_key_poses() -> None:
    """A limb may aim at another limb's point in one pose and not the next (the wrist stretch's
    free hand reaches for the fingers only in its second pose): every point the blend reads
    must be placed before it is read, on both sides, all the way through."""
    from backmove.core.catalog import load_catalog
    from backmove.resources import stretches_dir

    catalog, _ = load_catalog(stretches_dir())
    for move in catalog:
        figure = move.figure
        if figure is None:
            continue
        for a in range(len(figure.poses)):
            for b in range(len(figure.poses)):
                for step in range(11):
                    for mirrored in (False, True):
                        figure.drawing(a, b, step / 10, mirrored)
