"""The player holds still: where the cues, the figure and the buttons sit does not change from
rep to rep, between a hold and no hold, nor when the last move runs out; its buttons keep their
names from the first move to the last; and the length a break is announced with is the length
its first screen counts down."""

from __future__ import annotations

import random
import re

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from backmove.core.catalog import Catalog
from backmove.core.clock import SimulatedClock
from backmove.core.kinds import BreakKind
from backmove.core.routines import RoutineHistory, choose_routine
from backmove.core.settings import DEFAULTS
from backmove.ui.player import PlayerStep, PlayerWindow
from backmove.ui.wording import SAID_WITHIN_S, kind_words


def places(window: PlayerWindow) -> dict[str, QRect]:
    """Where each thing the user's eye goes back to sits, in the window's coordinates."""
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    watched: dict[str, QWidget] = {
        "figure": window.figure,
        "title": window.title,
        "dose": window.dose,
        "counter": window.counter,
        "stop": window.stop_button,
        "skip": window.skip_button,
        "snooze": window.snooze_button,
        "next": window.next_button,
        "stop rule": window.stop_rule,
    }
    cues = [c for c in window.cues.findChildren(QLabel) if c.isVisibleTo(window)]
    for i, cue in enumerate(cues):
        watched[f"cue {i}"] = cue
    return {name: QRect(w.mapTo(window, QPoint(0, 0)), w.size()) for name, w in watched.items()}


@pytest.mark.parametrize(
    ("move", "hold_s"),
    [("S3", None), ("S1", 3.0), ("S1", None)],
    ids=["hold move", "reps with a hold", "reps"],
)
def test_nothing_moves_from_rep_to_rep(
    player, catalog: Catalog, clock: SimulatedClock, move: str, hold_s: float | None
) -> None:
    window = player(steps=[PlayerStep(catalog.move(move), hold_s=hold_s)])
    first = places(window)
    seen = set()
    end = window.seconds_left()
    t = 0.0
    while t < end + 2:  # every half second through the dose, then into its end
        clock.advance(0.5)
        t += 0.5
        window.tick()
        seen.add((window.counter.text().split("·")[0], bool(window.counter_detail.text())))
        assert places(window) == first, f"moved at {t} s: {window.counter.text()}"
    assert window.finishing()
    assert len(seen) > 2  # it did go through holds, rests and reps


def test_the_last_moves_end_moves_nothing_either(player, clock: SimulatedClock) -> None:
    window = player(("S7", "S1"))
    window.next_button.click()
    first = places(window)
    clock.advance(26)
    window.tick()
    assert window.finishing() and window.next_button.text() == "Done"
    assert places(window) == first


def test_the_buttons_keep_their_names_from_the_first_move_to_the_last(
    player, clock: SimulatedClock
) -> None:
    window = player(("S1", "S7", "T1"))

    def names() -> list[tuple[str, str]]:
        buttons = (window.stop_button, window.skip_button, window.snooze_button)
        return [(b.text(), b.accessibleName()) for b in buttons]

    first = names()
    clock.advance(26)  # the first dose runs out: a move is done now
    window.tick()
    assert names() == first
    window.next_button.click()
    window.next_button.click()
    assert window.current_index() == 2
    assert (
        names()
        == first
        == [
            ("Stop — this hurts", "Stop — this hurts"),
            ("End break", "End the break now"),
            ("Snooze ▾", "Snooze the break"),
        ]
    )
    # Only the primary button says what it does on the last move.
    assert window.next_button.text() == "Done"


def said_seconds(words: str) -> float:
    """The length a prompt's headline announces, in seconds."""
    if m := re.match(r"(\d+)\smin (\d+)\ss ", words):
        return int(m[1]) * 60 + int(m[2])
    if m := re.match(r"(\d+)-min ", words):
        return int(m[1]) * 60
    if m := re.match(r"(\d+)-second ", words):
        return int(m[1])
    raise AssertionError(f"no length in {words!r}")


def shown_seconds(text: str) -> int:
    minutes, seconds = text.removesuffix(" left").split(":")
    return int(minutes) * 60 + int(seconds)


def test_a_stretch_lasts_what_it_is_announced_as(
    qtbot, catalog: Catalog, clock: SimulatedClock
) -> None:
    for seed in range(40):
        routine = choose_routine(
            catalog,
            RoutineHistory(),
            DEFAULTS,
            kind=BreakKind.STRETCH,
            now_wall=clock.wall(),
            utc_offset_s=0,
            rng=random.Random(seed),
        )
        said = said_seconds(kind_words(BreakKind.STRETCH, routine.opening_s))
        steps = [
            PlayerStep(
                catalog.move(s.move_id),
                reps=s.reps,
                hold_s=s.hold_s,
                duration_s=s.duration_s or None,
                sets=s.sets,
                sides=s.sides,
            )
            for s in routine.steps
        ]
        window = PlayerWindow(steps, clock=clock)
        qtbot.addWidget(window)
        window.tick()
        shown = shown_seconds(window.time_left.text())
        assert abs(shown - said) <= SAID_WITHIN_S, (routine.move_ids, said, shown)
        window.dismiss()
