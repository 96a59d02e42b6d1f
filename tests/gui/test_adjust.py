"""Breaks that keep going unanswered: backmove spaces them out, says so once, and lets the
user make the interval their own choice.

The real app on a simulated clock (tests/gui/desk.py): the user types straight through every
prompt, so each one expires unanswered, which the back-off hears as a skip.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtWidgets import QApplication

from backmove.ui.adjust import AdjustCard

from .desk import Desk, open_desk


def ignore_prompts_until_the_offer(desk: Desk) -> AdjustCard:
    """Type through prompt after prompt until backmove offers to adjust; at most a day."""
    for _ in range(40):
        desk.work(5 * 60)
        if desk.app.preferences.adjust_card is not None:
            return desk.app.preferences.adjust_card
    raise AssertionError("no offer to adjust after a day of unanswered prompts")


def test_unanswered_prompts_bring_the_offer_once(qapp: QApplication, home: Path) -> None:
    with open_desk(qapp, home) as desk:
        card = ignore_prompts_until_the_offer(desk)
        assert card.isVisible()
        assert "every 40 minutes instead of every 30" in card.body.text()
        texts = " ".join(w.text() for w in card.findChildren(type(card.longer)))
        assert "Every 40 minutes" in texts and "Back to every 30 minutes" in texts
        first = card
        desk.work(3 * 60 * 60)  # more unanswered prompts: the offer is not made again
        assert desk.app.preferences.adjust_card is first


def test_taking_the_longer_interval_makes_it_the_setting(qapp: QApplication, home: Path) -> None:
    with open_desk(qapp, home) as desk:
        card = ignore_prompts_until_the_offer(desk)
        card.longer.click()
        assert not card.isVisible()
        saved = tomllib.loads((home / "settings.toml").read_text("utf-8"))
        assert saved["interval_min"] == 40
        assert desk.app.planner is not None
        assert desk.app.planner.status().interval_s == 40 * 60  # no back-off on top


def test_going_back_to_ones_own_interval_ends_the_back_off(qapp: QApplication, home: Path) -> None:
    with open_desk(qapp, home) as desk:
        card = ignore_prompts_until_the_offer(desk)
        assert desk.app.planner is not None
        assert desk.app.planner.status().interval_s == 40 * 60
        card.own.click()
        assert desk.app.planner.status().interval_s == 30 * 60
        saved = tomllib.loads((home / "settings.toml").read_text("utf-8"))
        assert saved.get("interval_min", 30) == 30
        events = desk.rows("select kind, detail from app_events where kind = 'interval'")
        assert any('"user"' in detail for _kind, detail in events)
