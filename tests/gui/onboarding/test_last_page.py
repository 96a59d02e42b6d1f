"""The welcome's last page says where backmove went and when the first break comes; the
window's title follows the page; a short page has no large empty space under its words."""

from __future__ import annotations

from pathlib import Path

from backmove.ui.kit.widgets import layout_of
from backmove.ui.onboarding import SPARE, OnboardingWizard


def _all_clear(qtbot, tmp_path: Path, **kw) -> OnboardingWizard:
    wizard = OnboardingWizard(tmp_path / "data", **kw)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.windowTitle() == "backmove — Welcome"
    wizard.start_button.click()
    assert wizard.windowTitle() == "backmove — Safety check"
    for page in wizard.check_pages:
        if wizard.current_page() is not page:
            break
        page.none_box.click()
        page.next_button.click()
    assert wizard.current_page() is wizard.done_page
    return wizard


def test_the_last_page_says_the_tray_and_when_the_first_break_comes(qtbot, tmp_path) -> None:
    wizard = _all_clear(qtbot, tmp_path, interval_min=45)
    assert wizard.windowTitle() == "backmove — All set"
    assert "tray icon" in wizard.where_label.text()
    assert "about 45 minutes of work" in wizard.when_label.text()
    assert wizard.where_label.isVisible() and wizard.when_label.isVisible()


def test_without_a_tray_the_last_page_names_the_small_window(qtbot, tmp_path) -> None:
    wizard = _all_clear(qtbot, tmp_path, in_tray=False, interval_min=1)
    assert "small window" in wizard.where_label.text()
    assert "about a minute of work" in wizard.when_label.text()


def test_short_pages_are_as_tall_as_their_words(qtbot, tmp_path) -> None:
    wizard = _all_clear(qtbot, tmp_path)
    for page in (wizard.done_page, wizard.welcome_page):
        wizard._show(page)
        margins = layout_of(wizard).contentsMargins()
        words = layout_of(page).totalHeightForWidth(
            wizard.width() - margins.left() - margins.right()
        )
        empty = wizard.height() - words - margins.top() - margins.bottom()
        assert 0 <= empty <= SPARE + 2, page.objectName()
