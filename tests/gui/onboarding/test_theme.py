"""The welcome, the safety check and its cards wear the look the user chose (`theme`), like
every other window, whatever the desktop's own palette: a user who chose dark meets no light
page, and one who chose light meets no dark one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QWidget

from backmove.ui.kit.theme import LOOKS
from backmove.ui.onboarding import OnboardingWizard
from backmove.ui.safety_cards import SafetyCardDialog
from tests.gui.desk import open_desk


def _background(widget: QWidget) -> QColor:
    """The colour most of the window is painted in: the corner, inside any border."""
    image: QImage = widget.grab().toImage()
    return image.pixelColor(4, image.height() - 4)


def _text_colour(label: QLabel) -> QColor:
    return label.palette().color(label.foregroundRole())


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_the_welcome_wears_the_chosen_look(qtbot, tmp_path: Path, theme: str) -> None:
    wizard = OnboardingWizard(tmp_path / "data", theme=theme)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    look = LOOKS[theme]
    assert _background(wizard).name() == look.background
    words = [w for w in wizard.welcome_page.findChildren(QLabel) if w.text()]
    assert words
    for label in words:  # light words on the dark look, dark words on the light one
        assert (_text_colour(label).lightnessF() > 0.5) == (theme == "dark"), label.text()


@pytest.mark.parametrize("tier", ["A", "B", "C"])
def test_a_card_after_the_check_is_dark_under_the_dark_look(qtbot, tmp_path, tier) -> None:
    wizard = OnboardingWizard(tmp_path / "data", theme="dark")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard._finish({"A1": tier == "A", "B1": tier == "B", "C1": tier == "C"})
    card = wizard.card
    assert card is not None and card.tier == tier
    assert QColor(card.palette().base().color()).lightnessF() < 0.5
    assert card.lead.palette().color(card.lead.foregroundRole()).lightnessF() > 0.5


def test_the_card_window_from_the_menu_is_dark_under_the_dark_look(qtbot, tmp_path) -> None:
    dialog = SafetyCardDialog("B", theme="dark")
    qtbot.addWidget(dialog)
    dialog.present()
    qtbot.waitExposed(dialog)
    assert _background(dialog).lightnessF() < 0.5
    assert _background(dialog.card).lightnessF() < 0.5
    lead = dialog.card.lead
    assert lead.palette().color(lead.foregroundRole()).name() == LOOKS["dark"].text


def test_the_app_opens_the_welcome_in_the_theme_setting(qapp, qtbot, tmp_path) -> None:
    """The desktop here is light (Qt's default palette); the setting says dark."""
    assert qapp.palette().window().color().lightnessF() > 0.5
    with open_desk(qapp, tmp_path / "home", 'theme = "dark"\n') as desk:
        wizard = desk.app.safety.wizard
        assert wizard is not None
        qtbot.waitExposed(wizard)
        assert _background(wizard).name() == LOOKS["dark"].background
