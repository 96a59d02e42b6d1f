"""Reduced motion for what Qt itself animates.

backmove's own moving parts take `reduced_motion` where they are built (the break and walk
figures show their key poses side by side). Qt animates a few things of its own, as the
desktop asks: menus that slide or fade in (the Snooze menus), drop-down lists that slide
open, tooltips that fade. With reduced motion on they simply appear.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

EFFECTS: tuple[Qt.UIEffect, ...] = (
    Qt.UIEffect.UI_AnimateMenu,
    Qt.UIEffect.UI_FadeMenu,
    Qt.UIEffect.UI_AnimateCombo,
    Qt.UIEffect.UI_AnimateTooltip,
    Qt.UIEffect.UI_FadeTooltip,
    Qt.UIEffect.UI_AnimateToolBox,
)

_desktop: dict[Qt.UIEffect, bool] = {}
"""What the desktop asked for, kept the first time reduced motion is set, to go back to."""


def set_reduced_motion(on: bool) -> None:
    """Turn Qt's own animations off (on=True), or back to what the desktop asked for."""
    if not _desktop:
        _desktop.update({e: QApplication.isEffectEnabled(e) for e in EFFECTS})
    for effect in EFFECTS:
        QApplication.setEffectEnabled(effect, _desktop[effect] and not on)
