"""WCAG AA contrast in both looks: 4.5:1 for text, 3:1 for large text and for the focus ring
against what it is drawn on.

Two ways: every text/background pair the looks are made of (so a colour changed in one place
is checked against every place it is used), and every label and button as it is drawn in each
window (so a pair nobody listed is caught too).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QWidget

from backmove.ui.figure import THEMES
from backmove.ui.kit.theme import (
    CHART_PALETTES,
    DARK_ON_ACCENT,
    LOOKS,
    TIER_ACCENT,
    accent_for,
)
from tests.gui.accessibility.conftest import THEMES as LOOK_NAMES
from tests.gui.accessibility.conftest import WINDOWS, worded

TEXT, LARGE, RING = 4.5, 3.0, 3.0


def luminance(colour: str | QColor) -> float:
    """WCAG 2.x relative luminance."""
    c = QColor(colour)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: str | QColor, b: str | QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_ratio_is_wcags() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == 1.0


def look_pairs(theme: str) -> list[tuple[str, str, str, float]]:
    """(what, foreground, background, needed) for everything the looks draw text or a focus
    ring with: the break windows, the prompt, the tracking questions, the settings window,
    the dashboard and the figure."""
    c, p, f = LOOKS[theme], CHART_PALETTES[theme], THEMES[theme]
    pairs = [
        (f"{fg} on {bg}", getattr(c, fg), getattr(c, bg), TEXT)
        for fg, bg in (
            ("text", "background"),
            ("text", "surface"),
            ("text", "accent_soft"),
            ("muted", "background"),
            ("muted", "surface"),
            ("muted", "accent_soft"),
            ("accent", "background"),
            ("accent", "surface"),
            ("accent", "accent_soft"),
            ("accent", "rule_bg"),
            ("on_accent", "accent"),
            ("on_accent", "accent_hover"),
            ("stop", "background"),
            ("stop", "surface"),
            ("surface", "stop"),
            ("rule_text", "rule_bg"),
        )
    ]
    pairs += [
        (f"focus ring {ring} on {bg}", getattr(c, ring), getattr(c, bg), RING)
        for ring, bg in (
            ("accent", "background"),
            ("accent", "surface"),
            ("accent", "rule_bg"),
            ("text", "background"),
            ("text", "surface"),
            ("stop", "surface"),
        )
    ]
    pairs += [
        (f"dashboard {fg} on surface", getattr(p, fg), c.surface, TEXT)
        for fg in ("better", "worse")
    ]
    pairs += [
        ("figure text", f.text, f.background, TEXT),
        ("figure muted", f.muted, f.background, TEXT),
    ]
    return pairs


@pytest.mark.parametrize("theme", LOOK_NAMES)
def test_every_pair_of_the_looks_reads(theme: str) -> None:
    low = [
        f"{what}: {contrast(fg, bg):.2f} < {needed}"
        for what, fg, bg, needed in look_pairs(theme)
        if contrast(fg, bg) < needed
    ]
    assert low == []


@pytest.mark.parametrize("tier", list(TIER_ACCENT))
def test_each_tiers_colour_reads_on_light_and_dark_windows(tier: str) -> None:
    light, dark = LOOKS["light"], LOOKS["dark"]
    for bg in ("#ffffff", "#efefef", light.background, light.surface):
        assert contrast(accent_for(tier, False), bg) >= TEXT
    assert contrast("#ffffff", accent_for(tier, False)) >= TEXT
    for bg in (dark.background, dark.surface):
        assert contrast(accent_for(tier, True), bg) >= TEXT
    assert contrast(DARK_ON_ACCENT, accent_for(tier, True)) >= TEXT


def background_of(image: QImage, area: QRect) -> QColor:
    """The colour most of `area` is painted in: what the text stands on."""
    counts: Counter[int] = Counter()
    step = max(1, area.width() * area.height() // 4000)
    for i in range(0, area.width() * area.height(), step):
        x, y = area.left() + i % area.width(), area.top() + i // area.width()
        if image.valid(x, y):
            counts[image.pixel(x, y)] += 1
    return QColor.fromRgb(counts.most_common(1)[0][0])


def is_large(widget: QWidget) -> bool:
    """WCAG's large text: 18 pt, or 14 pt bold."""
    font = widget.font()
    size = font.pointSizeF()
    return size >= 18 or (size >= 14 and font.bold())


def texts(window: QWidget) -> list[QWidget]:
    """Every label and button showing words, but disabled ones (WCAG exempts them) and
    toggles (a checked one wears other colours than its palette's)."""
    return [
        w
        for w in worded(window)
        if w.isEnabled() and not (isinstance(w, QAbstractButton) and w.isCheckable())
    ]


@pytest.mark.parametrize("theme", LOOK_NAMES)
@pytest.mark.parametrize("name", WINDOWS)
def test_every_text_on_screen_reads(windows: Callable[..., QWidget], name: str, theme: str) -> None:
    window = windows(name, theme)
    window.setFocus()  # no focus ring in the way
    image = window.grab().toImage()
    ratio = image.devicePixelRatio()
    low = []
    for w in texts(window):
        shown = w.visibleRegion().boundingRect()  # a scroll area may hide part of it
        if shown.width() < 4 or shown.height() < 4:
            continue
        area = QRect(w.mapTo(window, shown.topLeft()), shown.size())
        area = QRect(
            round(area.x() * ratio),
            round(area.y() * ratio),
            round(area.width() * ratio),
            round(area.height() * ratio),
        )
        fg = w.palette().color(w.foregroundRole())
        bg = background_of(image, area)
        needed = LARGE if is_large(w) else TEXT
        if contrast(fg, bg) < needed:
            low.append(
                f"{w.text()[:30]!r}: {fg.name()} on {bg.name()} {contrast(fg, bg):.2f} < {needed}"
            )
    assert low == []
    window.close()


@pytest.mark.parametrize("theme", LOOK_NAMES)
def test_the_prompt_wears_the_break_windows_look(
    windows: Callable[..., QWidget], theme: str
) -> None:
    prompt = windows("prompt", theme)
    image = prompt.grab().toImage()
    assert background_of(image, image.rect()) == QColor(LOOKS[theme].background)
