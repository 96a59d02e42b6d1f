"""Fixtures for the break windows: the shipped catalog, a simulated clock, and a recorder of
everything a window emits."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QObject, SignalInstance
from pytestqt.qtbot import QtBot

from backmove.core.catalog import Catalog, load_catalog
from backmove.core.clock import SimulatedClock
from backmove.resources import stretches_dir
from backmove.ui.player import PlayerStep, PlayerWindow

SIGNALS = (
    "completed",
    "skipped",
    "snoozed",
    "partial",
    "move_feedback",
    "rating",
    "stop_this_hurts",
    "returned",
)


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog(stretches_dir())[0]


@pytest.fixture
def clock() -> SimulatedClock:
    return SimulatedClock(datetime(2026, 3, 30, 9, 0, tzinfo=UTC))


def record(window: QObject) -> list[tuple]:
    """Every signal the window emits, as (name, *arguments), in order."""
    events: list[tuple] = []
    for name in SIGNALS:
        signal = getattr(window, name, None)
        if isinstance(signal, SignalInstance):
            signal.connect(lambda *args, name=name: events.append((name, *args)))
    return events


@pytest.fixture
def player(qtbot: QtBot, catalog: Catalog, clock: SimulatedClock) -> Callable[..., PlayerWindow]:
    """A shown player for the moves `ids` (default: S1, S3, T1)."""

    def build(
        ids: tuple[str, ...] = ("S1", "S3", "T1"),
        *,
        full_screen: bool = False,
        steps: list[PlayerStep] | None = None,
        **kw,
    ) -> PlayerWindow:
        kw.setdefault("snooze_options_min", [5, 10, 15])
        window = PlayerWindow(
            steps or [PlayerStep(catalog.move(i)) for i in ids], clock=clock, theme="light", **kw
        )
        qtbot.addWidget(window)
        window.present(full_screen)
        qtbot.waitExposed(window)
        return window

    return build
