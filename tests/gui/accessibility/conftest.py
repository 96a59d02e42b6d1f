"""Every backmove window, built as the app builds it, in a light or a dark look.

Windows with a `theme` are given it; the ones that follow the desktop (onboarding, safety
cards, the no-tray window) get an application palette of the same look, as a light or a dark
desktop would hand them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QFont, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from backmove.core.catalog import Catalog, load_catalog
from backmove.core.clock import SimulatedClock
from backmove.core.settings import Settings
from backmove.resources import stretches_dir
from backmove.services.dashboard import DashboardData, Span
from backmove.storage.database import Database
from backmove.storage.repository import Repository
from backmove.ui.kit.theme import LOOKS, qpalette
from bench.history import History, generate
from tests.gui.dashboard.conftest import NAMES, STATUS

THEMES = ("light", "dark")
NOW = datetime(2026, 3, 30, 9, 0, tzinfo=UTC)

Built = tuple[QWidget, Callable[[], None] | None]
"""A window, and how it is shown (None: show())."""


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog(stretches_dir())[0]


@pytest.fixture
def clock() -> SimulatedClock:
    return SimulatedClock(NOW)


@pytest.fixture
def desktop(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Set the desktop's look ("light" or "dark") for the test; put the old one back after."""
    before = QPalette(qapp.palette())

    def use(theme: str) -> None:
        qapp.setPalette(qpalette(LOOKS[theme]))

    yield use
    qapp.setPalette(before)


@pytest.fixture
def desktop_font(qapp: QApplication) -> Iterator[Callable[[float], None]]:
    """Scale the desktop's font for the test, as a user who asked for larger text would."""
    before = QFont(qapp.font())

    def scale(factor: float) -> None:
        font = QFont(before)
        font.setPointSizeF(before.pointSizeF() * factor)
        qapp.setFont(font)

    yield scale
    qapp.setFont(before)


@dataclass
class Context:
    """What the windows are built from."""

    catalog: Catalog
    clock: SimulatedClock
    tmp_path: Path
    history: Callable[[], DashboardSource]


class DashboardSource:
    """The dashboard's provider over a generated quarter of history."""

    def __init__(self, history: History) -> None:
        clock = history.clock()
        self.repo = Repository(Database.open(history.path, clock).database)
        self.clock, self.settings = clock, history.settings
        self.goal_start = history.goal_start

    def __call__(self, span: Span) -> DashboardData:
        return DashboardData.build(
            self.repo,
            self.clock,
            self.settings,
            span,
            status=STATUS,
            goal_start=self.goal_start,
            move_names=NAMES,
        )


Builder = Callable[[Context, str, bool], Built]
"""Builds a window from the context, a theme and whether motion is reduced."""


@pytest.fixture(scope="session")
def history(tmp_path_factory: pytest.TempPathFactory) -> History:
    return generate(tmp_path_factory.mktemp("history") / "backmove.db", years=0.25)


def worded(window: QWidget) -> list[QLabel | QAbstractButton]:
    """The labels and buttons in `window` showing words where the user can see them."""
    out: list[QLabel | QAbstractButton] = []
    for w in window.findChildren(QWidget):
        if not isinstance(w, QLabel | QAbstractButton) or not w.text().strip():
            continue
        picture = isinstance(w, QLabel) and not w.pixmap().isNull()
        if w.isVisible() and not w.visibleRegion().isEmpty() and not picture:
            out.append(w)
    return out


def tray_actions(parent: QWidget) -> list[QAction | None]:
    """What the tray menu carries, as the no-tray window receives it."""
    snooze = QMenu("&Snooze", parent)
    snooze.addAction("10 min")
    return [
        QAction("Take a break &now", parent),
        snooze.menuAction(),
        None,
        QAction("Se&ttings…", parent),
        QAction("&Quit backmove", parent),
    ]


def show(qtbot: QtBot, window: QWidget, present: Callable[[], None] | None = None) -> QWidget:
    qtbot.addWidget(window)
    (present or window.show)()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)  # each puts it somewhere
    return window


@pytest.fixture
def windows(
    qtbot: QtBot,
    catalog: Catalog,
    clock: SimulatedClock,
    tmp_path: Path,
    history: History,
    desktop: Callable[[str], None],
) -> Callable[..., QWidget]:
    """`open_window(name, theme, reduced_motion=False)`: the window `name`, shown, active.
    Hold on to it: qtbot keeps only a weak reference, and a window let go of closes."""
    ctx = Context(catalog, clock, tmp_path, lambda: DashboardSource(history))

    def open_window(name: str, theme: str, *, reduced_motion: bool = False) -> QWidget:
        desktop(theme)
        return show(qtbot, *BUILDERS[name](ctx, theme, reduced_motion))

    return open_window


def _player(page: str) -> Builder:
    def build(ctx: Context, theme: str, reduced_motion: bool) -> Built:
        from backmove.ui.player import PlayerStep, PlayerWindow

        w = PlayerWindow(
            [PlayerStep(ctx.catalog.move(i)) for i in ("S1", "S3")],
            clock=ctx.clock,
            theme=theme,
            reduced_motion=reduced_motion,
            ask_before_after=page in ("before", "after"),
            snooze_options_min=[5, 10, 15],
        )

        def present() -> None:
            w.present()
            if page == "after":
                w.before_question.skip_button.click()
                w.next_button.click()
                w.next_button.click()
            elif page == "stop":
                w.stop_button.click()

        return w, present

    return build


def _walk(ctx: Context, theme: str, reduced_motion: bool) -> Built:
    from backmove.ui.walk import WalkWindow

    w = WalkWindow(
        ctx.catalog.move("T10"), 300, clock=ctx.clock, theme=theme, reduced_motion=reduced_motion
    )
    return w, w.present


def _onboarding(page: str) -> Builder:
    def build(ctx: Context, theme: str, reduced_motion: bool) -> Built:
        from backmove.ui.onboarding import OnboardingWizard

        w = OnboardingWizard(ctx.tmp_path / "data")

        def present() -> None:
            w.show()
            if page in ("check", "goals"):
                w.start_button.click()
            if page == "goals":
                for check in w.check_pages:
                    check.none_box.setChecked(True)
                    check.next_button.click()
                w.finish_button.click()

        return w, present

    return build


def _safety_card(tier: str, offer_assessed: bool) -> Builder:
    def build(ctx: Context, theme: str, reduced_motion: bool) -> Built:
        from backmove.ui.safety_cards import SafetyCardDialog

        today = ctx.clock.local().date()
        w = SafetyCardDialog(
            tier, offer_assessed=offer_assessed, today=today if offer_assessed else None
        )
        return w, w.present

    return build


def _dashboard(ctx: Context, theme: str, reduced_motion: bool) -> Built:
    from backmove.ui.dashboard.window import DashboardWindow

    return DashboardWindow(ctx.history(), theme=theme), None


def _checkin(page: str) -> Builder:
    def build(ctx: Context, theme: str, reduced_motion: bool) -> Built:
        from backmove.ui.checkin import WeeklyCheckin

        w = WeeklyCheckin(peg=True, theme=theme)

        def present() -> None:
            w.present()
            w.body_map.toggle("low_back")
            w.region_row("low_back").choose(4)
            if page == "peg":
                w.regions_button.click()

        return w, present

    return build


def _goals(tracked: list[tuple[int, str]]) -> Builder:
    def build(ctx: Context, theme: str, reduced_motion: bool) -> Built:
        from backmove.ui.function_goals import FunctionGoalsDialog

        w = FunctionGoalsDialog(tracked, theme=theme)
        return w, w.present

    return build


def _end_of_day(ctx: Context, theme: str, reduced_motion: bool) -> Built:
    from backmove.ui.end_of_day import EndOfDayRating

    w = EndOfDayRating(theme=theme)
    return w, w.present


def _prompt(ctx: Context, theme: str, reduced_motion: bool) -> Built:
    from backmove.ui.prompt import PromptWindow

    w = PromptWindow([5, 10, 15], theme=theme)
    return w, lambda: w.present("2-min stretch: hips and low back", "Then back to work")


def _no_tray(ctx: Context, theme: str, reduced_motion: bool) -> Built:
    from backmove.ui.no_tray import NoTrayWindow

    holder = QWidget()  # the actions' owner, as the app is theirs
    w = NoTrayWindow(tray_actions(holder))
    holder.setParent(w)
    holder.hide()
    return w, None


def _settings(ctx: Context, theme: str, reduced_motion: bool) -> Built:
    from backmove.ui.settings import SettingsWindow

    return SettingsWindow(Settings(), theme=theme, clock=ctx.clock), None


BUILDERS: dict[str, Builder] = {
    "player-before": _player("before"),
    "player-move": _player("move"),
    "player-stop": _player("stop"),
    "player-after": _player("after"),
    "walk": _walk,
    "onboarding-welcome": _onboarding("welcome"),
    "onboarding-check": _onboarding("check"),
    "onboarding-goals": _onboarding("goals"),
    "safety-card-B": _safety_card("B", True),
    "safety-card-C": _safety_card("C", False),
    "dashboard": _dashboard,
    "checkin-regions": _checkin("regions"),
    "checkin-peg": _checkin("peg"),
    "end-of-day": _end_of_day,
    "goals-new": _goals([]),
    "goals-rerate": _goals([(1, "sit through a one-hour meeting"), (2, "carry the shopping")]),
    "prompt": _prompt,
    "no-tray": _no_tray,
    "settings": _settings,
}
"""Each window (and each page of it a user tabs through), by the name tests report."""

WINDOWS = tuple(BUILDERS)
