"""The pause on exercise the history holds, read from the log.

Every device's safety screens and leg or saddle symptoms are one timeline
(`core.safety.cautious_hold`): the history read is every device's when the store merges them,
and the local log otherwise. Kept apart from `services.devices`, which needs the sync folder's
modules, so that `backmove status` can say whether exercise is paused without loading them.
"""

from __future__ import annotations

from backmove.core.safety import (
    HOLD_TIER_OF_SYMPTOM,
    STOP_SYMPTOM_EVENT,
    Hold,
    Reported,
    cautious_hold,
)
from backmove.storage.repository import Repository


def exercise_hold(repo: Repository) -> Hold | None:
    """The pause on exercise the history holds: every device's screens and leg or saddle
    symptoms in one timeline (`core.safety.cautious_hold`)."""
    reports = [
        Reported(e.at, str(e.detail["symptom"]))
        for e in repo.events_between(0, 2**62, STOP_SYMPTOM_EVENT)
        if isinstance(e.detail, dict) and e.detail.get("symptom") in HOLD_TIER_OF_SYMPTOM
    ]
    return cautious_hold(repo.safety_screens(), reports)
