"""Text follows the desktop's font size: at one and a half times the desktop's font every
window's words are one and a half times as large, and none of them is cut off."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QLabel,
    QWidget,
)

from backmove.ui.kit.widgets import Scroller
from tests.gui.accessibility.conftest import WINDOWS, worded

LARGER = 1.5


def sizes(window: QWidget) -> dict[str, float]:
    """Point size by text, for text shown once."""
    seen: dict[str, list[float]] = {}
    for w in worded(window):
        seen.setdefault(w.text(), []).append(w.font().pointSizeF())
    return {text: s[0] for text, s in seen.items() if len(s) == 1}


def need(w: QLabel | QAbstractButton) -> QSize:
    """What the widget needs for its text: a label its size hint (its height at its width,
    if it wraps), a button the text itself (its padding may give way, not its words)."""
    if isinstance(w, QLabel):
        if w.wordWrap():
            return QSize(w.width(), w.heightForWidth(w.width()))
        return w.sizeHint()
    metrics = w.fontMetrics()
    return QSize(metrics.horizontalAdvance(w.text()), metrics.height())


def cut_off(w: QLabel | QAbstractButton) -> bool:
    needed = need(w)
    return needed.width() > w.width() or needed.height() > w.height()


@pytest.mark.parametrize("name", WINDOWS)
def test_text_grows_with_the_desktops_font_and_still_fits(
    windows: Callable[..., QWidget], desktop_font: Callable[[float], None], name: str
) -> None:
    before = sizes(windows(name, "light"))
    desktop_font(LARGER)
    window = windows(name, "light")
    after = sizes(window)
    shared = sorted(set(before) & set(after))
    assert len(shared) >= 3, "too few words to compare"
    unscaled = [
        f"{text[:30]!r}: {before[text]:.1f} → {after[text]:.1f} pt"
        for text in shared
        if after[text] != pytest.approx(before[text] * LARGER, rel=0.04)
    ]
    assert unscaled == []
    clipped = [
        f"{w.text()[:30]!r}: needs {need(w).width()}×{need(w).height()}, "
        f"has {w.width()}×{w.height()}"
        for w in worded(window)
        if cut_off(w)
    ]
    clipped += [
        f"{w.text()!r} field: needs {w.sizeHint().width()}, has {w.width()}"
        for w in window.findChildren(QAbstractSpinBox)
        if w.isVisible() and not w.visibleRegion().isEmpty() and w.sizeHint().width() > w.width()
    ]
    assert clipped == []


def out_of_reach(window: QWidget) -> list[str]:
    """Buttons a user cannot get to: cut by the window's edge, or by what holds them, with
    no scroll bar to bring them into view."""
    out = []
    for b in window.findChildren(QAbstractButton):
        if not b.isVisible() or b.visibleRegion().isEmpty():
            continue
        if b.visibleRegion().boundingRect() == b.rect():
            continue
        holder = b.parentWidget()
        while holder is not None and not isinstance(holder, QAbstractScrollArea):
            holder = holder.parentWidget()
        if holder is None or not holder.verticalScrollBar().isVisible():
            out.append(
                f"{b.text() or b.accessibleName()!r}: shows {b.visibleRegion().boundingRect()}"
            )
    return out


@pytest.mark.parametrize("name", WINDOWS)
def test_with_larger_text_every_button_can_be_reached(
    windows: Callable[..., QWidget], desktop_font: Callable[[float], None], name: str
) -> None:
    desktop_font(LARGER)
    assert out_of_reach(windows(name, "light")) == []


@pytest.mark.parametrize("name", ["goals-new", "goals-rerate", "checkin-peg"])
def test_a_window_the_screen_has_room_for_shows_its_questions_without_scrolling(
    windows: Callable[..., QWidget], name: str
) -> None:
    window = windows(name, "light")
    scrolling = [
        s.widget().__class__.__name__
        for s in window.findChildren(Scroller)
        if s.isVisible() and s.verticalScrollBar().isVisible()
    ]
    assert scrolling == []
