"""The figure's skeleton: joint angles in, drawable shapes out.

A move's illustration is 2–4 key poses. Each key pose is a set of joint angles (anatomical
ones: hip flexion, knee flexion, spine flexion...) on top of a named base posture (standing,
sitting, lying on the back, on all fours), plus optional reach targets that pin a hand or a
foot to a point (the desk edge, the floor, the other knee). Angles are what a physiotherapist
would write down; targets keep a planted foot planted while the rest of the body moves.

The skeleton lives in 3D so one pose can be seen from the side, the front or at a slant (a
twist or a figure-4 cannot be read from the side alone). World units are centimetres of a
figure about 170 cm tall: x points where the figure faces, y up, z to the figure's right;
the floor is y = 0. Angles are degrees.

Nothing here knows Qt: `draw()` returns plain shapes (rounded polygons in 2D, sorted back to
front) that the Qt renderer only paints. That keeps the maths testable without a display.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from backmove.core.record import Record

Vec = tuple[float, float, float]
Mat = tuple[Vec, Vec, Vec]  # rows
Point = tuple[float, float]

SIDES = ("l", "r")
LIMBS = ("l_hand", "r_hand", "l_foot", "r_foot")

# --- proportions (cm) ---------------------------------------------------------------------

HIP_HALF = 9.0  # hip joints either side of the pelvis centre
LUMBAR = 22.0  # pelvis centre to the middle of the back
THORAX = 26.0  # middle of the back to the base of the neck
NECK = 10.0
HEAD_OFFSET = 9.0  # top of the neck to the centre of the head
HEAD_R = 11.5
SHOULDER_HALF = 17.0
SHOULDER_DROP = 3.0  # shoulder joints sit a little below the base of the neck
UPPER_ARM = 30.0
FOREARM = 26.0
HAND = 8.0
THIGH = 42.0
SHIN = 42.0
ANKLE_H = 7.0  # ankle joint above the sole
HEEL_BACK = 5.0
TOE_FRONT = 17.0
FOOT_R = 3.4

# --- joints -------------------------------------------------------------------------------

_ROOT_RANGES: dict[str, tuple[float, float]] = {
    "pelvis_x": (-200.0, 200.0),
    "pelvis_y": (-20.0, 200.0),
    "pelvis_z": (-100.0, 100.0),
    "pitch": (-180.0, 180.0),  # the pelvis tipping forward (+) or back (-); -90 lies supine
    "roll": (-90.0, 90.0),  # the pelvis tipping to the figure's left (+)
    "turn": (-180.0, 180.0),  # the pelvis turning to its left (+) about its own long axis
}
_SPINE_RANGES: dict[str, tuple[float, float]] = {
    "lumbar": (-45.0, 70.0),  # flexion (+, rounding) / extension (-, arching)
    "lumbar_side": (-45.0, 45.0),  # bending to the left (+)
    "lumbar_turn": (-60.0, 60.0),  # turning to the left (+)
    "thorax": (-45.0, 70.0),
    "thorax_side": (-45.0, 45.0),
    "thorax_turn": (-60.0, 60.0),
    "neck": (-50.0, 60.0),  # chin toward chest (+)
    "neck_side": (-50.0, 50.0),  # ear toward the left shoulder (+)
    "neck_turn": (-80.0, 80.0),
    "head": (-45.0, 45.0),  # nodding the head on the neck (+ chin down)
}
_SIDE_RANGES: dict[str, tuple[float, float]] = {
    "shrug": (-3.0, 8.0),  # shoulder girdle up (+, cm)
    "reach": (-8.0, 8.0),  # shoulder girdle forward (+) or squeezed back (-, cm)
    "shoulder": (-80.0, 200.0),  # arm forward (+) from hanging; 180 is overhead
    "shoulder_out": (-40.0, 180.0),  # arm out to the side
    "arm_turn": (-120.0, 120.0),  # rotation of the upper arm (+ inward)
    "elbow": (0.0, 165.0),
    "wrist": (-100.0, 100.0),  # toward the palm (+); with a hand target: hand pitch
    "hip": (-45.0, 160.0),  # thigh forward (+)
    "hip_out": (-40.0, 100.0),  # thigh out to the side
    "leg_turn": (-90.0, 90.0),  # rotation of the thigh (+ outward)
    "knee": (0.0, 165.0),
    "ankle": (-100.0, 100.0),  # toes up (+); with a foot target: foot pitch to the floor
}

JOINT_RANGES: dict[str, tuple[float, float]] = {
    **_ROOT_RANGES,
    **_SPINE_RANGES,
    **{f"{s}_{k}": v for s in SIDES for k, v in _SIDE_RANGES.items()},
}
JOINTS: tuple[str, ...] = tuple(JOINT_RANGES)

# Names of the parts a figure is drawn from; a move highlights some of them.
SEGMENTS: tuple[str, ...] = (
    "pelvis",
    "lumbar",
    "thorax",
    "neck",
    "head",
    *(
        f"{s}_{p}"
        for s in SIDES
        for p in ("shoulder", "upper_arm", "forearm", "hand", "thigh", "shin", "foot")
    ),
)

# --- base postures ------------------------------------------------------------------------


class Target(Record):
    """Where a hand (wrist) or foot (ankle) should be: a world point, or a named point of the
    same figure (`joint`) plus an offset. A missing z means the limb's own side."""

    at: tuple[float, float, float | None] | None = None
    joint: str | None = None
    offset: Vec = (0.0, 0.0, 0.0)


def _neutral() -> dict[str, float]:
    pose = dict.fromkeys(JOINTS, 0.0)
    pose["pelvis_y"] = ANKLE_H + SHIN + THIGH
    for s in SIDES:
        pose[f"{s}_elbow"] = 12.0
        pose[f"{s}_shoulder_out"] = 7.0
        pose[f"{s}_hip_out"] = 3.0
        pose[f"{s}_wrist"] = 5.0
    return pose


def _base(
    angles: Mapping[str, float], targets: Mapping[str, Target] | None = None
) -> tuple[dict[str, float], dict[str, Target]]:
    pose = _neutral()
    pose.update(angles)
    return pose, dict(targets or {})


_FOOT_Z = HIP_HALF + 1.0
BASES: dict[str, tuple[dict[str, float], dict[str, Target]]] = {
    "stand": _base({}),
    # On a chair of seat height 45, near its front, feet flat under the knees.
    "sit": _base(
        {
            "pelvis_x": 0.0,
            "pelvis_y": 55.0,
            "pitch": -4.0,
            "lumbar": 4.0,
            "l_hip": 88.0,
            "r_hip": 88.0,
            "l_shoulder": 20.0,
            "r_shoulder": 20.0,
            "l_elbow": 50.0,
            "r_elbow": 50.0,
        },
        {
            "l_foot": Target(at=(40.0, ANKLE_H, -_FOOT_Z)),
            "r_foot": Target(at=(40.0, ANKLE_H, _FOOT_Z)),
            "l_hand": Target(joint="l_knee", offset=(-10.0, 7.0, 0.0)),
            "r_hand": Target(joint="r_knee", offset=(-10.0, 7.0, 0.0)),
        },
    ),
    # On the back, knees bent, feet flat, arms by the sides; head toward -x.
    "supine": _base(
        {
            "pelvis_y": 11.0,
            "pitch": -90.0,
            "l_hip": 60.0,
            "r_hip": 60.0,
            "l_shoulder": -6.0,
            "r_shoulder": -6.0,
            "l_shoulder_out": 10.0,
            "r_shoulder_out": 10.0,
            "l_elbow": 0.0,
            "r_elbow": 0.0,
            "l_wrist": 0.0,
            "r_wrist": 0.0,
            "neck": -4.0,
        },
        {
            "l_foot": Target(at=(42.0, ANKLE_H, -_FOOT_Z)),
            "r_foot": Target(at=(42.0, ANKLE_H, _FOOT_Z)),
        },
    ),
    # Hands under the shoulders, knees under the hips; head toward +x.
    "all_fours": _base(
        {
            "pelvis_y": 48.0,
            "pitch": 78.0,
            "l_hip": 78.0,
            "r_hip": 78.0,
            "l_knee": 92.0,
            "r_knee": 92.0,
            "l_ankle": -55.0,
            "r_ankle": -55.0,
            "l_shoulder": 80.0,
            "r_shoulder": 80.0,
            "l_elbow": 5.0,
            "r_elbow": 5.0,
            "l_shoulder_out": 4.0,
            "r_shoulder_out": 4.0,
            "neck": -12.0,
            "head": -8.0,
        },
        {
            "l_hand": Target(at=(50.0, 3.0, -14.0)),
            "r_hand": Target(at=(50.0, 3.0, 14.0)),
        },
    ),
}


# --- vector maths -------------------------------------------------------------------------


def _rx(deg: float) -> Mat:
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((1.0, 0.0, 0.0), (0.0, c, -s), (0.0, s, c))


def _ry(deg: float) -> Mat:
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((c, 0.0, s), (0.0, 1.0, 0.0), (-s, 0.0, c))


def _rz(deg: float) -> Mat:
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return ((c, -s, 0.0), (s, c, 0.0), (0.0, 0.0, 1.0))


def _mm(a: Mat, b: Mat) -> Mat:
    c0, c1, c2 = _transpose(b)
    return (
        (_dot(a[0], c0), _dot(a[0], c1), _dot(a[0], c2)),
        (_dot(a[1], c0), _dot(a[1], c1), _dot(a[1], c2)),
        (_dot(a[2], c0), _dot(a[2], c1), _dot(a[2], c2)),
    )


def _mv(a: Mat, v: Vec) -> Vec:
    return (
        a[0][0] * v[0] + a[0][1] * v[1] + a[0][2] * v[2],
        a[1][0] * v[0] + a[1][1] * v[1] + a[1][2] * v[2],
        a[2][0] * v[0] + a[2][1] * v[1] + a[2][2] * v[2],
    )


def _transpose(a: Mat) -> Mat:
    return (
        (a[0][0], a[1][0], a[2][0]),
        (a[0][1], a[1][1], a[2][1]),
        (a[0][2], a[1][2], a[2][2]),
    )


def _add(a: Vec, b: Vec) -> Vec:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def _sub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def _mul(a: Vec, k: float) -> Vec:
    return (a[0] * k, a[1] * k, a[2] * k)


def _dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def _len(a: Vec) -> float:
    return math.sqrt(_dot(a, a))


def _unit(a: Vec) -> Vec:
    n = _len(a)
    return (1.0, 0.0, 0.0) if n < 1e-9 else _mul(a, 1.0 / n)


def _lerp(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def _lerpv(a: Vec, b: Vec, t: float) -> Vec:
    return (_lerp(a[0], b[0], t), _lerp(a[1], b[1], t), _lerp(a[2], b[2], t))


_IDENTITY: Mat = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))
_DOWN: Vec = (0.0, -1.0, 0.0)
_UP: Vec = (0.0, 1.0, 0.0)
_FWD: Vec = (1.0, 0.0, 0.0)


def _flex_trunk(flex: float, side: float, turn: float) -> Mat:
    """Rotation of a spine segment on its parent: bend forward, to the left, turn left."""
    return _mm(_mm(_rz(-flex), _rx(-side)), _ry(turn))


def _ball(side: str, flex: float, out: float, turn: float) -> Mat:
    """Rotation of a shoulder or hip: forward, out to the side, about the limb's own axis."""
    sign = 1.0 if side == "l" else -1.0
    return _mm(_mm(_rz(flex), _rx(sign * out)), _ry(sign * turn))


# --- the solved figure --------------------------------------------------------------------


@dataclass
class Skeleton:
    """World positions of every named point of one frame, and the frames needed to draw."""

    points: dict[str, Vec] = field(default_factory=dict)
    head_forward: Vec = _FWD
    head_up: Vec = _UP
    pelvis_frame: Mat = _IDENTITY
    thorax_frame: Mat = _IDENTITY
    # The back as a smooth curve from the pelvis to the base of the neck: (centre, sideways
    # unit vector, half width) at even steps, so a rounded or arched spine reads as a curve.
    spine: list[tuple[Vec, Vec, float]] = field(default_factory=list)


def _limb_root(sk: Skeleton, limb: str) -> Vec:
    side, kind = limb.split("_")
    return sk.points[f"{side}_shoulder" if kind == "hand" else f"{side}_hip"]


def _resolve_target(target: Target, sk: Skeleton, limb: str) -> Vec:
    if target.joint is not None:
        base = sk.points[target.joint]
        return _add(base, target.offset)
    assert target.at is not None
    x, y, z = target.at
    if z is None:
        z = _limb_root(sk, limb)[2]
    return _add((x, y, z), target.offset)


def _limb_fk(sk: Skeleton, angles: Mapping[str, float], limb: str) -> None:
    side, kind = limb.split("_")
    if kind == "hand":
        parent, root = sk.thorax_frame, sk.points[f"{side}_shoulder"]
        upper = _mm(
            parent,
            _ball(
                side,
                angles[f"{side}_shoulder"],
                angles[f"{side}_shoulder_out"],
                angles[f"{side}_arm_turn"],
            ),
        )
        lower = _mm(upper, _rz(angles[f"{side}_elbow"]))
        end = _mm(lower, _rz(-angles[f"{side}_wrist"]))
        mid = _add(root, _mv(upper, _mul(_DOWN, UPPER_ARM)))
        tip = _add(mid, _mv(lower, _mul(_DOWN, FOREARM)))
        sk.points[f"{side}_elbow"] = mid
        sk.points[f"{side}_wrist"] = tip
        sk.points[f"{side}_fingers"] = _add(tip, _mv(end, _mul(_DOWN, HAND)))
    else:
        parent, root = sk.pelvis_frame, sk.points[f"{side}_hip"]
        upper = _mm(
            parent,
            _ball(
                side, angles[f"{side}_hip"], angles[f"{side}_hip_out"], -angles[f"{side}_leg_turn"]
            ),
        )
        lower = _mm(upper, _rz(-angles[f"{side}_knee"]))
        foot = _mm(lower, _rz(angles[f"{side}_ankle"]))
        mid = _add(root, _mv(upper, _mul(_DOWN, THIGH)))
        tip = _add(mid, _mv(lower, _mul(_DOWN, SHIN)))
        sk.points[f"{side}_knee"] = mid
        sk.points[f"{side}_ankle"] = tip
        _place_foot(sk, side, tip, foot)


def _place_foot(sk: Skeleton, side: str, ankle: Vec, frame: Mat) -> None:
    sole = -ANKLE_H + FOOT_R  # heel and toe are the centres of the foot's rounded ends
    sk.points[f"{side}_heel"] = _add(ankle, _mv(frame, (-HEEL_BACK, sole, 0.0)))
    sk.points[f"{side}_toe"] = _add(ankle, _mv(frame, (TOE_FRONT, sole, 0.0)))


def _end_key(limb: str) -> str:
    side, kind = limb.split("_")
    return f"{side}_{'wrist' if kind == 'hand' else 'ankle'}"


def _limb_ik(
    sk: Skeleton, limb: str, goal: Vec, pole_hint: Vec, pitch: float | None, turn: float
) -> None:
    """Two-bone reach: put the wrist/ankle on `goal`, bending toward where FK bent it.

    `pitch` is the hand's or foot's angle to the horizontal (None: the hand carries on along
    the forearm, the foot stands flat).
    """
    side, kind = limb.split("_")
    root = _limb_root(sk, limb)
    a, b = (UPPER_ARM, FOREARM) if kind == "hand" else (THIGH, SHIN)
    d_vec = _sub(goal, root)
    d = min(max(_len(d_vec), abs(a - b) + 1e-3), a + b - 1e-3)
    u = _unit(d_vec)
    pole = _sub(pole_hint, _mul(u, _dot(pole_hint, u)))
    if _len(pole) < 1e-6:
        pole = _sub(_FWD, _mul(u, _dot(_FWD, u)))
    v = _unit(pole)
    cos_a = (a * a + d * d - b * b) / (2 * a * d)
    sin_a = math.sqrt(max(0.0, 1 - cos_a * cos_a))
    mid = _add(root, _add(_mul(u, a * cos_a), _mul(v, a * sin_a)))
    tip = _add(root, _mul(u, d))
    if kind == "hand":
        sk.points[f"{side}_elbow"] = mid
        sk.points[f"{side}_wrist"] = tip
        if pitch is None:
            heading = _unit(_sub(tip, mid))
        else:
            r = math.radians(pitch)
            heading = _mv(_ry(turn), (math.cos(r), math.sin(r), 0.0))
        sk.points[f"{side}_fingers"] = _add(tip, _mul(heading, HAND))
    else:
        sk.points[f"{side}_knee"] = mid
        sk.points[f"{side}_ankle"] = tip
        _place_foot(sk, side, tip, _mm(_ry(turn), _rz(pitch or 0.0)))


def _heading(sk: Skeleton) -> float:
    """Which way a pinned hand or foot points on the floor: where the pelvis faces, or
    straight ahead when the pelvis faces up or down (lying)."""
    f = _mv(sk.pelvis_frame, _FWD)
    if math.hypot(f[0], f[2]) < 0.5:
        return 0.0
    return math.degrees(math.atan2(-f[2], f[0]))


def _end_pitch(sk: Skeleton, limb: str, turn: float) -> float:
    """The hand's or foot's angle to the horizontal, as drawn now."""
    side, kind = limb.split("_")
    if kind == "hand":
        d = _sub(sk.points[f"{side}_fingers"], sk.points[f"{side}_wrist"])
    else:
        d = _sub(sk.points[f"{side}_toe"], sk.points[f"{side}_heel"])
    local = _mv(_transpose(_ry(turn)), d)
    return math.degrees(math.atan2(local[1], math.hypot(local[0], local[2])))


def _trunk(angles: Mapping[str, float]) -> Skeleton:
    sk = Skeleton()
    a = angles
    pelvis = (a["pelvis_x"], a["pelvis_y"], a["pelvis_z"])
    root = _mm(_mm(_rz(-a["pitch"]), _rx(-a["roll"])), _ry(a["turn"]))
    lumbar = _mm(root, _flex_trunk(a["lumbar"], a["lumbar_side"], a["lumbar_turn"]))
    thorax = _mm(lumbar, _flex_trunk(a["thorax"], a["thorax_side"], a["thorax_turn"]))
    neck = _mm(thorax, _flex_trunk(a["neck"], a["neck_side"], a["neck_turn"]))
    head = _mm(neck, _rz(-a["head"]))
    mid = _add(pelvis, _mv(lumbar, (0.0, LUMBAR, 0.0)))
    base = _add(mid, _mv(thorax, (0.0, THORAX, 0.0)))
    top = _add(base, _mv(neck, (0.0, NECK, 0.0)))
    p = sk.points
    p["pelvis"] = pelvis
    p["mid"] = mid
    p["neck_base"] = base
    p["neck_top"] = top
    p["head"] = _add(top, _mv(head, (1.5, HEAD_OFFSET, 0.0)))
    for side, sign in (("l", -1.0), ("r", 1.0)):
        p[f"{side}_hip"] = _add(pelvis, _mv(root, (0.0, 0.0, sign * HIP_HALF)))
        p[f"{side}_pelvis_side"] = _add(pelvis, _mv(root, (0.0, 2.0, sign * 8.0)))
        shrug, reach = a[f"{side}_shrug"], a[f"{side}_reach"]
        p[f"{side}_shoulder"] = _add(
            base, _mv(thorax, (2.0 + reach, -SHOULDER_DROP + shrug, sign * SHOULDER_HALF))
        )
    p["sacrum"] = _add(pelvis, _mv(root, (-5.0, 5.0, 0.0)))
    p["pubis"] = _add(pelvis, _mv(root, (4.0, -5.0, 0.0)))
    sk.head_forward = _mv(head, _FWD)
    sk.head_up = _mv(head, _UP)
    sk.pelvis_frame = root
    sk.thorax_frame = thorax
    sk.spine = _spine(pelvis, mid, base, root, lumbar, thorax)
    return sk


SPINE_STEPS = 6
_WIDTHS = ((0.0, 8.0), (0.5, 6.5), (1.0, 8.5))  # half widths of the trunk along the spine


def _spine(
    p0: Vec, p1: Vec, p2: Vec, root: Mat, lumbar: Mat, thorax: Mat
) -> list[tuple[Vec, Vec, float]]:
    """Sample the curve through pelvis, middle of the back and base of the neck."""
    ctrl = _sub(_mul(p1, 2.0), _mul(_add(p0, p2), 0.5))
    z_root, z_lum, z_tho = (_mv(m, (0.0, 0.0, 1.0)) for m in (root, lumbar, thorax))
    out: list[tuple[Vec, Vec, float]] = []
    for i in range(SPINE_STEPS + 1):
        t = i / SPINE_STEPS
        a, b, c = (1 - t) ** 2, 2 * t * (1 - t), t * t
        centre = _add(_add(_mul(p0, a), _mul(ctrl, b)), _mul(p2, c))
        if t <= 0.5:
            side = _lerpv(z_root, z_lum, t * 2)
            (t0, w0), (t1, w1) = _WIDTHS[0], _WIDTHS[1]
        else:
            side = _lerpv(z_lum, z_tho, t * 2 - 1)
            (t0, w0), (t1, w1) = _WIDTHS[1], _WIDTHS[2]
        out.append((centre, _unit(side), _lerp(w0, w1, (t - t0) / (t1 - t0))))
    return out


def _limb_order(*aims: Mapping[str, Target]) -> list[str]:
    """Legs first, then arms; a limb aiming at another limb's point comes after it. Between
    two poses a limb may aim at one point in the first and another in the second: it comes
    after the owners of both, so each point exists when it is read."""
    order: list[str] = []
    pending = ["l_foot", "r_foot", "l_hand", "r_hand"]
    while pending:
        for limb in pending:
            owners = {_owner(t[limb].joint) for t in aims if limb in t}
            if all(o is None or o in order or o == limb or o not in pending for o in owners):
                order.append(limb)
                pending.remove(limb)
                break
        else:  # a cycle: take them as they come
            order.extend(pending)
            break
    return order


_POINT_OWNER = {
    "elbow": "hand",
    "wrist": "hand",
    "fingers": "hand",
    "knee": "foot",
    "ankle": "foot",
    "heel": "foot",
    "toe": "foot",
}


def _owner(point: str | None) -> str | None:
    if point is None or "_" not in point:
        return None
    side, name = point.split("_", 1)
    kind = _POINT_OWNER.get(name)
    return None if kind is None or side not in SIDES else f"{side}_{kind}"


POINTS: tuple[str, ...] = (
    "pelvis",
    "sacrum",
    "pubis",
    "mid",
    "neck_base",
    "neck_top",
    "head",
    *(f"{s}_{n}" for s in SIDES for n in ("hip", "shoulder", *_POINT_OWNER)),
)


def solve(
    angles: Mapping[str, float],
    targets: Mapping[str, Target] | None = None,
    ends: Mapping[str, float | None] | None = None,
    blend: tuple[Mapping[str, Target], float] | None = None,
) -> Skeleton:
    """Forward kinematics, then reach for each target.

    `ends` gives a reached hand's or foot's pitch. `blend` = (other targets, t): a limb aimed
    in both poses aims at the point between the two aims, so a planted foot stays planted
    through a transition.
    """
    targets = targets or {}
    ends = ends or {}
    sk = _trunk(angles)
    for limb in _limb_order(targets, blend[0] if blend is not None else {}):
        _limb_fk(sk, angles, limb)
        if limb not in targets:
            continue
        goal = _resolve_target(targets[limb], sk, limb)
        if blend is not None:
            other, t = blend
            goal = _lerpv(goal, _resolve_target(other[limb], sk, limb), t)
        side, kind = limb.split("_")
        root = _limb_root(sk, limb)
        mid = sk.points[f"{side}_{'elbow' if kind == 'hand' else 'knee'}"]
        _limb_ik(sk, limb, goal, _sub(mid, root), ends.get(limb), _heading(sk))
    return sk


# --- key poses ----------------------------------------------------------------------------


class KeyPose(Record):
    """One key pose, resolved: every joint has a value, reached limbs included.

    `angles` always describe the whole figure by forward kinematics (a reached limb's joint
    values are read back from where it reached), so any two key poses blend. `targets` and
    `ends` (the reached hand's or foot's pitch) keep a limb pinned while both poses pin it.
    """

    name: str
    angles: Mapping[str, float]
    targets: Mapping[str, Target]
    ends: Mapping[str, float]
    hold: bool = False


def _angles_from(sk: Skeleton, angles: dict[str, float], limb: str) -> None:
    """Read the joint angles back from a reached limb (the inverse of `_limb_fk`)."""
    side, kind = limb.split("_")
    hand = kind == "hand"
    parent = sk.thorax_frame if hand else sk.pelvis_frame
    root = _limb_root(sk, limb)
    mid = sk.points[f"{side}_elbow" if hand else f"{side}_knee"]
    tip = sk.points[f"{side}_wrist" if hand else f"{side}_ankle"]
    inv = _transpose(parent)
    u = _unit(_mv(inv, _sub(mid, root)))
    sign = 1.0 if side == "l" else -1.0
    out = -math.degrees(math.asin(max(-1.0, min(1.0, u[2])))) * sign
    flex = math.degrees(math.atan2(u[0], -u[1]))
    r0 = _mm(_rz(flex), _rx(sign * out))
    w = _unit(_mv(_transpose(r0), _mv(inv, _sub(tip, mid))))
    bend = math.degrees(math.acos(max(-1.0, min(1.0, -w[1]))))
    names = (
        ("shoulder", "shoulder_out", "arm_turn", "elbow")
        if hand
        else ("hip", "hip_out", "leg_turn", "knee")
    )
    flex_k, out_k, turn_k, bend_k = (f"{side}_{n}" for n in names)
    if bend > 0.5:  # a straight limb says nothing about its turn: keep the old one
        if hand:
            angles[turn_k] = sign * math.degrees(math.atan2(-w[2], w[0]))
        else:
            angles[turn_k] = -sign * math.degrees(math.atan2(w[2], -w[0]))
    angles[flex_k], angles[out_k], angles[bend_k] = flex, out, bend
    twist = sign * angles[turn_k] if hand else -sign * angles[turn_k]
    lower = _mm(_mm(_mm(parent, r0), _ry(twist)), _rz(bend if hand else -bend))
    if hand:  # rest direction down; flexion turns it toward -x
        e = _unit(_mv(_transpose(lower), _sub(sk.points[f"{side}_fingers"], tip)))
        angles[f"{side}_wrist"] = math.degrees(math.atan2(-e[0], -e[1]))
    else:  # rest direction forward
        e = _unit(_mv(_transpose(lower), _sub(sk.points[f"{side}_toe"], sk.points[f"{side}_heel"])))
        angles[f"{side}_ankle"] = math.degrees(math.atan2(e[1], e[0]))


def _touches(limb: str, joints: Mapping[str, float]) -> bool:
    side, kind = limb.split("_")
    names = (
        ("shoulder", "shoulder_out", "arm_turn", "elbow")
        if kind == "hand"
        else ("hip", "hip_out", "leg_turn", "knee")
    )
    return any(f"{side}_{n}" in joints for n in names)


def _resolved_base(base: str) -> tuple[dict[str, float], dict[str, float]]:
    """A base posture as plain joint values, and the pitch of each hand/foot it pins."""
    angles, targets = BASES[base]
    raw_ends: dict[str, float | None] = {
        limb: angles[_end_key(limb)] if limb.endswith("foot") else None for limb in targets
    }
    sk = solve(angles, targets, raw_ends)
    out = dict(angles)
    ends = {limb: _end_pitch(sk, limb, _heading(sk)) for limb in targets}
    for limb in targets:
        _angles_from(sk, out, limb)
    return out, ends


def key_pose(
    name: str,
    base: str,
    joints: Mapping[str, float],
    reach: Mapping[str, Target | None] | None = None,
    *,
    hold: bool = False,
    ground: bool = False,
) -> KeyPose:
    """Build a key pose from a base posture, joint values and reach targets.

    A `None` in `reach` lets go of a limb the base posture pinned; setting a pinned limb's
    joints (say `l_hip` on a seated base) lets go of it too. For a pinned limb, `l_wrist` /
    `l_ankle` mean the hand's / foot's pitch to the horizontal. `ground` raises or lowers the
    figure so its lower foot stands on the floor (heel raises and the like).
    """
    _, base_targets = BASES[base]
    angles, base_ends = _resolved_base(base)
    reach = reach or {}
    targets = dict(base_targets)
    for limb in list(targets):
        if limb not in reach and _touches(limb, joints):
            del targets[limb]
    for limb, target in reach.items():
        if target is None:
            targets.pop(limb, None)
        else:
            targets[limb] = target
    ends: dict[str, float | None] = {}
    for limb in targets:
        key = _end_key(limb)
        if key in joints:
            ends[limb] = joints[key]
        elif limb in base_targets and limb not in reach:
            ends[limb] = base_ends[limb]
        else:
            ends[limb] = None
    angles.update({k: v for k, v in joints.items() if k not in {_end_key(t) for t in targets}})
    if ground:
        sk = solve(angles)
        low = min(sk.points[f"{s}_{p}"][1] for s in SIDES for p in ("heel", "toe")) - FOOT_R
        angles["pelvis_y"] -= low
    sk = solve(angles, targets, ends)
    resolved = {limb: _end_pitch(sk, limb, _heading(sk)) for limb in targets}
    for limb in targets:
        _angles_from(sk, angles, limb)
    return KeyPose(name=name, angles=angles, targets=targets, ends=resolved, hold=hold)


def blend(a: KeyPose, b: KeyPose, t: float) -> Skeleton:
    """The figure `t` of the way from `a` to `b` (t already eased)."""
    angles = {k: _lerp(a.angles[k], b.angles[k], t) for k in JOINTS}
    shared = {k: v for k, v in a.targets.items() if k in b.targets}
    ends = {k: _lerp(a.ends[k], b.ends[k], t) for k in shared}
    return solve(angles, shared, ends, (b.targets, t))


def ease_in_out(t: float) -> float:
    """Slow out of one pose, slow into the next: a half cosine."""
    t = min(1.0, max(0.0, t))
    return 0.5 - 0.5 * math.cos(math.pi * t)


# --- views and drawing --------------------------------------------------------------------

VIEWS: dict[str, tuple[float, float]] = {
    "front_high": (72.0, 24.0),
    # (yaw, elevation): the camera swings from the figure's right side (0) to its front (90)
    "side": (0.0, 0.0),
    "front": (90.0, 0.0),
    "quarter": (38.0, 8.0),
    "high": (62.0, 38.0),
    "feet": (90.0, 48.0),  # from above the feet of a figure lying on its back
}


class Blob(Record):
    """A filled shape with rounded corners: a circle (1 point), a capsule (2) or a rounded
    polygon (3+), `radius` thick around its points. `role` picks the colour."""

    points: tuple[Point, ...]
    radius: float
    role: str
    depth: float
    name: str = ""
    group: str = ""  # blobs of one group (a limb, the trunk) are painted as one silhouette


class Head(Record):
    """The head: a circle, the eyes that face the camera, and hair on the side of the circle
    beyond the line through `centre` + `hair_dir` * `hair_cut` * radius."""

    centre: Point
    radius: float
    eyes: tuple[Point, ...]
    nose: Point | None
    hair_dir: Point
    hair_cut: float
    role: str
    depth: float


class Drawing(Record):
    """A frame ready to paint: shapes back to front, in screen units (y up)."""

    shapes: tuple[Blob | Head, ...]

    def bounds(self) -> tuple[float, float, float, float]:
        xs: list[float] = []
        ys: list[float] = []
        for s in self.shapes:
            pts: tuple[tuple[float, float], ...]
            if isinstance(s, Head):
                pts, r = (s.centre,), s.radius
            else:
                pts, r = s.points, s.radius
            for x, y in pts:
                xs += [x - r, x + r]
                ys += [y - r, y + r]
        return (min(xs), min(ys), max(xs), max(ys))

    def mirrored(self, axis_x: float) -> Drawing:
        """The same frame flipped left to right about `axis_x`: the other side."""

        def flip(p: Point) -> Point:
            return (2 * axis_x - p[0], p[1])

        out: list[Blob | Head] = []
        for s in self.shapes:
            if isinstance(s, Head):
                out.append(
                    Head(
                        flip(s.centre),
                        s.radius,
                        tuple(flip(e) for e in s.eyes),
                        None if s.nose is None else flip(s.nose),
                        (-s.hair_dir[0], s.hair_dir[1]),
                        s.hair_cut,
                        s.role,
                        s.depth,
                    )
                )
            else:
                out.append(
                    Blob(
                        tuple(flip(p) for p in s.points),
                        s.radius,
                        s.role,
                        s.depth,
                        s.name,
                        s.group,
                    )
                )
        return Drawing(tuple(out))


class Camera:
    """An orthographic camera at a yaw around the figure and an elevation above it."""

    def __init__(self, view: str) -> None:
        yaw, elev = VIEWS[view]
        y, e = math.radians(yaw), math.radians(elev)
        toward = (math.sin(y), 0.0, math.cos(y))
        self.right: Vec = (math.cos(y), 0.0, -math.sin(y))
        self.toward: Vec = _add(_mul(toward, math.cos(e)), _mul(_UP, math.sin(e)))
        self.up: Vec = _sub(_mul(_UP, math.cos(e)), _mul(toward, math.sin(e)))

    def project(self, p: Vec) -> Point:
        return (_dot(p, self.right), _dot(p, self.up))

    def depth(self, p: Vec) -> float:
        return _dot(p, self.toward)


# Props: boxes (x0, x1, y0, y1, z0, z1) in world cm, placed for a figure at the origin.
_SEAT_H = 45.0
PROPS: dict[str, tuple[tuple[float, float, float, float, float, float], ...]] = {
    "chair": (
        (-30.0, 14.0, _SEAT_H - 5.0, _SEAT_H, -22.0, 22.0),  # seat
        (-34.0, -29.0, _SEAT_H, _SEAT_H + 44.0, -20.0, 20.0),  # back rest
        (-31.0, -28.0, 0.0, _SEAT_H - 5.0, -20.0, -17.0),  # legs
        (-31.0, -28.0, 0.0, _SEAT_H - 5.0, 17.0, 20.0),
        (10.0, 13.0, 0.0, _SEAT_H - 5.0, -20.0, -17.0),
        (10.0, 13.0, 0.0, _SEAT_H - 5.0, 17.0, 20.0),
    ),
    "desk": (
        (0.0, 70.0, 76.0, 80.0, -60.0, 60.0),  # top, front edge at x = 0 before placing
        (58.0, 62.0, 0.0, 76.0, -57.0, -53.0),
        (58.0, 62.0, 0.0, 76.0, 53.0, 57.0),
        (10.0, 58.0, 40.0, 76.0, -57.0, -54.0),  # side panel at the back
    ),
    "mat": ((-95.0, 95.0, 0.0, 1.2, -35.0, 35.0),),
}
PROP_NAMES: tuple[str, ...] = (*PROPS, "floor")
DESK_EDGE = 20.0  # where the desk's front edge stands by default (x)
DESK_TOP = 80.0

# How thick each part is drawn (radius, cm).
_RADII = {
    "upper_arm": 5.0,
    "forearm": 4.4,
    "hand": 3.6,
    "thigh": 7.0,
    "shin": 5.4,
    "foot": FOOT_R,
    "shoulder": 6.2,
}
TORSO_R = 10.5
NECK_R = 4.5


class Prop(Record):
    kind: str
    x: float = 0.0
    y: float = 0.0


def _hull(points: list[Point]) -> tuple[Point, ...]:
    pts = sorted(set(points))
    if len(pts) <= 2:
        return tuple(pts)

    def cross(o: Point, a: Point, b: Point) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Point] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[Point] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return tuple(lower[:-1] + upper[:-1])


def _prop_shapes(props: Iterable[Prop], cam: Camera) -> list[Blob]:
    shapes: list[Blob] = []
    for prop in props:
        if prop.kind == "floor":
            continue
        dx = prop.x + (DESK_EDGE if prop.kind == "desk" else 0.0)
        for i, (x0, x1, y0, y1, z0, z1) in enumerate(PROPS[prop.kind]):
            corners = [
                (x + dx, y + prop.y, z) for x in (x0, x1) for y in (y0, y1) for z in (z0, z1)
            ]
            role = "mat" if prop.kind == "mat" else ("prop" if i == 0 else "prop_dark")
            shapes.append(
                Blob(
                    _hull([cam.project(c) for c in corners]),
                    1.2,
                    role,
                    min(cam.depth(c) for c in corners),
                    f"{prop.kind}{i}",
                )
            )
    shapes.sort(key=lambda s: (s.role != "mat", s.role == "prop", s.depth))
    return shapes


def _head(sk: Skeleton, cam: Camera, role: str) -> Head:
    fwd, up = sk.head_forward, sk.head_up
    right = (
        fwd[1] * up[2] - fwd[2] * up[1],
        fwd[2] * up[0] - fwd[0] * up[2],
        fwd[0] * up[1] - fwd[1] * up[0],
    )
    centre = sk.points["head"]
    eyes: list[Point] = []
    for s in (-1.0, 1.0):
        d = _unit(_add(_add(_mul(fwd, 0.85), _mul(up, 0.12)), _mul(right, 0.36 * s)))
        if _dot(d, cam.toward) > 0.05:
            eyes.append(cam.project(_add(centre, _mul(d, HEAD_R * 0.82))))
    nose = None
    if abs(_dot(fwd, cam.toward)) < 0.8:  # seen from the side: a nose shows the way it faces
        nose = cam.project(_add(centre, _add(_mul(fwd, HEAD_R * 0.95), _mul(up, -HEAD_R * 0.2))))
    f2 = (_dot(fwd, cam.right), _dot(fwd, cam.up))
    u2 = (_dot(up, cam.right), _dot(up, cam.up))
    facing = _dot(fwd, cam.toward)
    hx, hy = u2[0] - 0.9 * f2[0], u2[1] - 0.9 * f2[1]
    n = math.hypot(hx, hy) or 1.0
    cut = -1.0 if facing < -0.6 else 0.32 * max(0.0, facing) - 0.05
    return Head(
        centre=cam.project(centre),
        radius=HEAD_R,
        eyes=tuple(eyes),
        nose=nose,
        hair_dir=(hx / n, hy / n),
        hair_cut=cut,
        role=role,
        depth=cam.depth(centre),
    )


def draw(
    sk: Skeleton, view: str, highlight: Iterable[str] = (), props: Iterable[Prop] = ()
) -> Drawing:
    """Project a solved figure into shapes, sorted back to front.

    Props are painted first (behind the figure). Limbs on the side away from the camera get
    the `_far` roles so the near side reads in front; highlighted parts get `highlight` roles.
    """
    cam = Camera(view)
    p = sk.points
    lit = set(highlight)
    pr = cam.project
    shapes: list[Blob | Head] = list(_prop_shapes(props, cam))
    groups: dict[str, list[Blob]] = {}
    order: list[str] = []

    def add(group: str, name: str, pts: list[Vec], radius: float, far: bool) -> None:
        depth = sum(cam.depth(q) for q in pts) / len(pts)
        r = "highlight" if name in lit else "body"
        blob = Blob(tuple(pr(q) for q in pts), radius, f"{r}_far" if far else r, depth, name, group)
        if group not in groups:
            groups[group] = []
            order.append(group)
        groups[group].append(blob)

    def ring(lo: int, hi: int) -> list[Vec]:
        part = sk.spine[lo : hi + 1]
        left = [_sub(c, _mul(z, w)) for c, z, w in part]
        right = [_add(c, _mul(z, w)) for c, z, w in reversed(part)]
        return left + right

    half = SPINE_STEPS // 2
    pelvis = [p["sacrum"], p["l_pelvis_side"], p["pubis"], p["r_pelvis_side"]]
    add("trunk", "pelvis", pelvis, TORSO_R - 0.5, False)
    add("trunk", "lumbar", ring(0, half), TORSO_R, False)
    add("trunk", "thorax", ring(half, SPINE_STEPS), TORSO_R + 1.0, False)
    add("trunk", "neck", [p["neck_base"], p["neck_top"]], NECK_R, False)
    for side in SIDES:
        far = cam.depth(p[f"{side}_shoulder"]) < cam.depth(p["neck_base"]) - 4.0
        add(
            "trunk",
            f"{side}_shoulder",
            [p["neck_base"], p[f"{side}_shoulder"]],
            _RADII["shoulder"],
            False,
        )
        far_leg = cam.depth(p[f"{side}_hip"]) < cam.depth(p["pelvis"]) - 4.0
        for part, a, b in (
            ("thigh", f"{side}_hip", f"{side}_knee"),
            ("shin", f"{side}_knee", f"{side}_ankle"),
            ("foot", f"{side}_heel", f"{side}_toe"),
        ):
            add(f"{side}_leg", f"{side}_{part}", [p[a], p[b]], _RADII[part], far_leg)
        for part, a, b in (
            ("upper_arm", f"{side}_shoulder", f"{side}_elbow"),
            ("forearm", f"{side}_elbow", f"{side}_wrist"),
            ("hand", f"{side}_wrist", f"{side}_fingers"),
        ):
            add(f"{side}_arm", f"{side}_{part}", [p[a], p[b]], _RADII[part], far)
    head = _head(sk, cam, "highlight" if "head" in lit else "body")
    ranked: list[tuple[float, int, list[Blob | Head]]] = []
    for i, g in enumerate(order):
        blobs = groups[g]
        ranked.append((sum(b.depth for b in blobs) / len(blobs), i, list(blobs)))
    # The head sits on the trunk: just in front of it unless a limb is nearer.
    ranked.append((max(head.depth, ranked[0][0]) + 0.01, 99, [head]))
    ranked.sort(key=lambda item: (item[0], item[1]))
    for _, _, items in ranked:
        shapes.extend(items)
    return Drawing(tuple(shapes))


# --- a move's figure ----------------------------------------------------------------------

PATHS = ("there_and_back", "loop")


class Figure(Record):
    """Everything needed to draw one move: key poses, how they are seen, what is around them.

    `path` is how one rep walks the key poses: `there_and_back` goes 0, 1, ... n-1 and back
    to 0; `loop` goes 0, 1, ... n-1 and straight on to 0 (marching, walking, shoulder rolls).
    """

    view: str
    poses: tuple[KeyPose, ...]
    props: tuple[Prop, ...] = ()
    highlight: tuple[str, ...] = ()
    path: str = "there_and_back"

    @cached_property
    def _bounds(self) -> tuple[float, float, float, float]:
        return _bounds_of(self)

    def skeleton(self, a: int, b: int, t: float) -> Skeleton:
        return blend(self.poses[a], self.poses[b], t)

    def drawing(self, a: int, b: int = -1, t: float = 0.0, mirrored: bool = False) -> Drawing:
        """Key pose `a`, or `t` (eased) of the way from `a` to `b`; flipped for the other
        side about the middle of `bounds()`, so both sides share one frame."""
        b = a if b < 0 else b
        d = draw(self.skeleton(a, b, t), self.view, self.highlight, self.props)
        if mirrored:
            x0, _, x1, _ = self.bounds()
            d = d.mirrored((x0 + x1) / 2)
        return d

    def distinct_poses(self) -> tuple[int, ...]:
        """Key poses worth showing side by side: a loop back to an earlier pose is left out."""
        out: list[int] = []
        for i, p in enumerate(self.poses):
            if not any(p.angles == self.poses[j].angles for j in out):
                out.append(i)
        return tuple(out)

    def bounds(self) -> tuple[float, float, float, float]:
        """The box every key pose fits in, floor included: a steady frame for the animation."""
        return self._bounds

    @property
    def floor_y(self) -> float | None:
        """Where the floor line goes on screen, or None when the view looks down on it."""
        _, elev = VIEWS[self.view]
        return None if elev > 15.0 else 0.0


def _bounds_of(fig: Figure) -> tuple[float, float, float, float]:
    boxes = [draw(blend(p, p, 0.0), fig.view, (), fig.props).bounds() for p in fig.poses]
    x0 = min(b[0] for b in boxes)
    y0 = min(min(b[1] for b in boxes), 0.0 if fig.floor_y is not None else math.inf)
    return (x0, y0, max(b[2] for b in boxes), max(b[3] for b in boxes))
