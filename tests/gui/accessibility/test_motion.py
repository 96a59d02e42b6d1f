"""Reduced motion: with it on, nothing on screen moves by itself. The break and walk figures
show their key poses side by side and stand still; no window runs an animation; Qt's own menu,
drop-down and tooltip animations are off."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QAbstractAnimation, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from backmove.core.clock import SimulatedClock
from backmove.ui import motion
from backmove.ui.figure import FigureWidget
from tests.gui.accessibility.conftest import WINDOWS

FRAME_MS = 100
"""A timer this fast or faster drives an animation; slower ones count time (the break's
countdown ticks four times a second)."""


def moving(window: QWidget) -> list[str]:
    """What animates in the window: fast timers that run, and running Qt animations."""
    out = [
        f"a {t.interval()} ms timer in {type(t.parent()).__name__}"
        for t in window.findChildren(QTimer)
        if t.isActive() and t.interval() <= FRAME_MS
    ]
    out += [
        type(a).__name__
        for a in window.findChildren(QAbstractAnimation)
        if a.state() == QAbstractAnimation.State.Running
    ]
    return out


@pytest.mark.parametrize("name", WINDOWS)
def test_with_reduced_motion_nothing_moves(
    windows: Callable[..., QWidget], clock: SimulatedClock, name: str
) -> None:
    window = windows(name, "light", reduced_motion=True)
    figures = [f for f in window.findChildren(FigureWidget) if f.isVisible()]
    before = [f.grab().toImage() for f in figures]
    clock.advance(1.3)
    QApplication.processEvents()
    assert moving(window) == []
    for figure, still in zip(figures, before, strict=True):
        assert not figure.is_animating()
        assert len(figure.panels()) >= 2, "the key poses are not side by side"
        assert figure.grab().toImage() == still


@pytest.mark.parametrize("name", ["player-move", "walk"])
def test_without_it_the_figures_move(
    windows: Callable[..., QWidget], qtbot: QtBot, clock: SimulatedClock, name: str
) -> None:
    window = windows(name, "light", reduced_motion=False)
    figure = window.findChild(FigureWidget)
    assert figure is not None and figure.is_animating() and moving(window)
    before = figure.grab().toImage()
    clock.advance(1.3)
    qtbot.waitUntil(lambda: figure.grab().toImage() != before)


@pytest.fixture
def animating_desktop(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A desktop that asks for sliding menus and fading tooltips; put back as it was after."""
    was = {e: QApplication.isEffectEnabled(e) for e in (Qt.UIEffect.UI_General, *motion.EFFECTS)}
    monkeypatch.setattr(motion, "_desktop", {})
    QApplication.setEffectEnabled(Qt.UIEffect.UI_General, True)
    for effect in motion.EFFECTS:
        QApplication.setEffectEnabled(effect, True)
    yield
    for effect, on in was.items():
        QApplication.setEffectEnabled(effect, on)


def test_reduced_motion_turns_qts_own_animations_off_and_back(animating_desktop: None) -> None:
    motion.set_reduced_motion(True)
    assert [e for e in motion.EFFECTS if QApplication.isEffectEnabled(e)] == []
    motion.set_reduced_motion(False)
    assert all(QApplication.isEffectEnabled(e) for e in motion.EFFECTS)
