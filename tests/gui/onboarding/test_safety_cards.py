"""The safety cards on their own, as the break player's stop flow and the tray will show them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from backmove.core.safety import STOP_SYMPTOMS
from backmove.ui.kit.widgets import StopRuleLabel
from backmove.ui.player import SYMPTOMS
from backmove.ui.safety_cards import SafetyCard, SafetyCardDialog


def buttons(dialog: SafetyCardDialog) -> list[str]:
    return [b.text() for b in dialog.findChildren(QPushButton) if b.isVisible()]


TODAY = date(2026, 6, 3)


def open_card(
    qtbot, tier: str, offer_assessed: bool = False, earliest: date | None = None
) -> SafetyCardDialog:
    dialog = SafetyCardDialog(
        tier,
        offer_assessed=offer_assessed,
        territory="GB",
        today=TODAY if offer_assessed else None,
        earliest=earliest,
    )
    qtbot.addWidget(dialog)
    dialog.present()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_emergency_card_fills_the_screen_and_only_acknowledges(qtbot) -> None:
    dialog = open_card(qtbot, "A")
    assert dialog.isFullScreen()
    assert buttons(dialog) == ["I understand"]
    with qtbot.waitSignal(dialog.acknowledged), qtbot.assertNotEmitted(dialog.assessed_confirmed):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


@pytest.mark.parametrize("tier", ["A", "B"])
def test_coming_back_to_a_card_offers_the_assessed_confirmation(qtbot, tier: str) -> None:
    dialog = open_card(qtbot, tier, offer_assessed=True, earliest=date(2026, 6, 1))
    assert not dialog.isFullScreen()
    assert buttons(dialog) == [
        "A doctor or physiotherapist has checked my back and said I can exercise",
        "Close",
    ]
    assert dialog.card.assessed_button is not None
    assert not dialog.card.assessed_button.isDefault()  # Enter closes; confirming takes a click
    picker = dialog.card.assessed_on
    assert picker is not None and picker.accessibleName() == "Date of the assessment"
    assert picker.date() == QDate(2026, 6, 3)  # today unless changed
    assert (picker.minimumDate(), picker.maximumDate()) == (QDate(2026, 6, 1), QDate(2026, 6, 3))
    picker.setDate(QDate(2026, 6, 2))
    with (
        qtbot.waitSignal(dialog.assessed_confirmed) as confirmed,
        qtbot.assertNotEmitted(dialog.acknowledged),
    ):
        qtbot.mouseClick(dialog.card.assessed_button, Qt.MouseButton.LeftButton)
    assert confirmed.args == [date(2026, 6, 2)]
    assert not dialog.isVisible()


def test_closing_the_window_or_esc_acknowledges_once_per_showing(qtbot) -> None:
    dialog = open_card(qtbot, "B")
    seen: list[str] = []
    dialog.acknowledged.connect(lambda: seen.append("ack"))
    dialog.close()
    assert seen == ["ack"] and not dialog.isVisible()
    dialog.present()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert seen == ["ack", "ack"]


def test_there_is_no_card_for_a_clear_screen_and_no_assessment_for_c(qtbot) -> None:
    with pytest.raises(ValueError, match="none"):
        SafetyCard("none")
    with pytest.raises(ValueError, match="assessment"):
        SafetyCard("C", offer_assessed=True)


def test_the_stop_rule_says_when_to_stop(qtbot) -> None:
    rule = StopRuleLabel()
    qtbot.addWidget(rule)
    text = " ".join(label.text() for label in rule.findChildren(QLabel))
    for words in (
        "sharp or shooting pain",
        "spreading down a leg or arm",
        "new numbness or weakness",
        "dizziness",
        "clearly worse than when you started",
        "check with a clinician",
    ):
        assert words in text
    assert rule.accessibleName() == "When to stop"


def test_the_player_asks_exactly_the_symptoms_the_stop_flow_routes() -> None:
    assert set(SYMPTOMS) == set(STOP_SYMPTOMS)
