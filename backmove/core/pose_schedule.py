"""When each key pose is shown: a move's dose turned into a schedule of steps.

One rep walks the figure's key poses along its path (there and back, or round a loop) in
`tempo_s` seconds, stopping for the hold at the poses marked as holds. A per-side move does
all its reps on one side, then all on the other, mirrored. The same schedule drives the
animation (which pose, how far between two, how long the hold has left) and can drive a
player that counts reps and holds; nothing here reads a clock, the caller says what time it is.
"""

from __future__ import annotations

import bisect
import itertools

from backmove.core.catalog import Dose, Move
from backmove.core.pose import ease_in_out
from backmove.core.record import Record

REST_S = 1.0  # the pause at the start pose between two holds, and between the sides


class Step(Record):
    """One piece of the schedule: moving from key pose `src` to `dst`, holding, or resting."""

    start: float
    duration: float
    kind: str  # "move" | "hold" | "rest"
    src: int
    dst: int
    side: int  # 0 for the first side, 1 for the other
    rep: int  # 1-based, counted per side

    @property
    def end(self) -> float:
        return self.start + self.duration


class Frame(Record):
    """What to show at one moment: `t` (already eased) of the way from `src` to `dst`."""

    src: int
    dst: int
    t: float
    mirrored: bool
    kind: str
    side: int
    rep: int
    reps: int
    hold_left: float | None = None
    hold_total: float | None = None

    @property
    def at_pose(self) -> int | None:
        """The key pose shown exactly now, or None between two."""
        if self.t <= 1e-9:
            return self.src
        if self.t >= 1 - 1e-9:
            return self.dst
        return None


def rep_path(count: int, path: str) -> list[int]:
    """The key poses one rep visits, in order, ending where it started."""
    out = list(range(count))
    if path == "loop":
        return [*out, 0]
    return out + out[-2::-1]


class PoseSchedule:
    """A schedule of steps, from time 0 to `duration` seconds."""

    def __init__(self, steps: list[Step], reps: int, mirror_second_side: bool) -> None:
        if not steps:
            raise ValueError("a timeline needs at least one step")
        self.steps = tuple(steps)
        self.reps = reps
        self.mirror_second_side = mirror_second_side
        self._starts = [s.start for s in self.steps]

    @property
    def duration(self) -> float:
        return self.steps[-1].end

    def step_at(self, t: float) -> Step:
        t = min(max(t, 0.0), self.duration)
        i = max(0, bisect.bisect_right(self._starts, t) - 1)
        return self.steps[i]

    def frame_at(self, t: float) -> Frame:
        """The frame at `t` seconds from the start (clamped to the timeline)."""
        t = min(max(t, 0.0), self.duration)
        step = self.step_at(t)
        mirrored = step.side == 1 and self.mirror_second_side
        if step.kind != "move" or step.duration <= 0:
            hold = step.kind == "hold"
            return Frame(
                src=step.dst,
                dst=step.dst,
                t=0.0,
                mirrored=mirrored,
                kind=step.kind,
                side=step.side,
                rep=step.rep,
                reps=self.reps,
                hold_left=(step.end - t) if hold else None,
                hold_total=step.duration if hold else None,
            )
        raw = (t - step.start) / step.duration
        return Frame(
            src=step.src,
            dst=step.dst,
            t=ease_in_out(raw),
            mirrored=mirrored,
            kind="move",
            side=step.side,
            rep=step.rep,
            reps=self.reps,
        )

    def times_at_pose(self, pose: int, side: int = 0) -> list[float]:
        """Every moment the figure arrives at key pose `pose` (for tests and players)."""
        return [s.end for s in self.steps if s.kind == "move" and s.dst == pose and s.side == side]

    @classmethod
    def for_move(
        cls,
        move: Move,
        *,
        level: str = "low",
        reps: int | None = None,
        hold_s: float | None = None,
        duration_s: float | None = None,
    ) -> PoseSchedule:
        """The schedule of `move`'s dose, at the low or high end (or at given values)."""
        assert move.figure is not None
        figure = move.figure
        holds = tuple(i for i, p in enumerate(figure.poses) if p.hold)
        return build(
            move.dose,
            len(figure.poses),
            figure.path,
            holds,
            mirrored=move.mirrored,
            level=level,
            reps=reps,
            hold_s=hold_s,
            duration_s=duration_s,
        )


def build(
    dose: Dose,
    poses: int,
    path: str,
    holds: tuple[int, ...] = (),
    *,
    mirrored: bool = False,
    level: str = "low",
    reps: int | None = None,
    hold_s: float | None = None,
    duration_s: float | None = None,
) -> PoseSchedule:
    """Lay out `dose` over key poses 0..poses-1 walked along `path`.

    Holds happen at the poses in `holds` (the last pose when none is marked and the dose has
    a hold), once per rep, on the way out.
    """
    high = level == "high"
    hold = hold_s if hold_s is not None else (dose.hold_high_s if high else dose.hold_low_s)
    if not holds and hold > 0:
        holds = (poses - 1,)
    visit = rep_path(poses, path)
    moves = len(visit) - 1
    per_move = dose.tempo_s / moves
    if dose.kind == "timed":
        length = (
            duration_s
            if duration_s is not None
            else (dose.duration_high_s if high else dose.duration_low_s)
        )
        count = max(1, round(length / dose.tempo_s))
    else:
        count = reps if reps is not None else (dose.reps_high if high else dose.reps_low)
    sides = 2 if dose.sides == "each" else 1
    steps: list[Step] = []
    clock = 0.0

    def add(duration: float, kind: str, src: int, dst: int, side: int, rep: int) -> None:
        nonlocal clock
        steps.append(Step(clock, duration, kind, src, dst, side, rep))
        clock += duration

    for side in range(sides):
        for rep in range(1, count + 1):
            if (rep > 1 or side > 0) and dose.kind == "hold":
                add(REST_S, "rest", 0, 0, side, rep)
            seen: set[int] = set()
            for src, dst in itertools.pairwise(visit):
                add(per_move, "move", src, dst, side, rep)
                if dst in holds and dst not in seen and hold > 0:
                    add(hold, "hold", dst, dst, side, rep)
                seen.add(dst)
    return PoseSchedule(steps, count, mirror_second_side=mirrored)
