"""The cards that follow a safety check (docs/evidence.md#what-each-tier-leads-to), with the stop
rule (#stop-rule).

One card per tier: A, get emergency help now; B, see a doctor soon; C, worth a routine
appointment. The onboarding shows them after the check, and the break player's "Stop — this
hurts" flow shows the A and B cards. No card offers a way into exercise: the A and B cards only
acknowledge, or (once the user comes back to them) take the user's word that they have been
assessed. The app decides what follows; the cards only say it.

The cards follow the desktop's colours and wear the theme's `house_style`; the stop rule, the
headings and the buttons they are built from are the kit's (`backmove.ui.kit.widgets`).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backmove.ui.kit.theme import TIER_ACCENT, accent_for, desktop_is_dark, house_style
from backmove.ui.kit.widgets import (
    StopRuleLabel,
    body_label,
    callout,
    centred,
    layout_of,
    primary_button,
    title_label,
    window_title,
)


def badge(tier: str, size: int = 44) -> QPixmap:
    """A round sign in the tier's colour: "!" for A and B, "i" for C, a tick for none."""
    ratio = 2.0
    pm = QPixmap(int(size * ratio), int(size * ratio))
    pm.setDevicePixelRatio(ratio)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(TIER_ACCENT[tier]))
    p.drawEllipse(QRectF(0, 0, size, size))
    white = QColor("white")
    c = size / 2
    if tier == "none":
        pen = QPen(
            white,
            size * 0.11,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
        p.setPen(pen)
        p.drawPolyline(
            [
                QPointF(size * 0.29, c),
                QPointF(size * 0.44, size * 0.66),
                QPointF(size * 0.72, size * 0.36),
            ]
        )
    else:
        p.setBrush(white)
        w = size * 0.11
        dot = QPointF(c, size * (0.73 if tier != "C" else 0.29))
        p.drawEllipse(dot, w * 0.62, w * 0.62)
        top, bottom = (0.22, 0.60) if tier != "C" else (0.42, 0.78)
        p.drawRoundedRect(QRectF(c - w / 2, size * top, w, size * (bottom - top)), w / 2, w / 2)
    p.end()
    return pm


class SafetyCard(QFrame):
    """What a tier means and what backmove does about it, for tiers "A", "B" and "C".

    `offer_assessed` (A and B only) adds "I've been assessed and told it's safe to exercise",
    for when the user comes back to the card after seeing a clinician; the first showing never
    has it. `acknowledged` is the only other way on, and it leaves exercise where the tier put
    it. `dark` says whether it sits on a dark window (None: as the desktop is).
    """

    acknowledged = Signal()
    assessed_confirmed = Signal()

    def __init__(
        self,
        tier: str,
        *,
        offer_assessed: bool = False,
        dark: bool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if tier not in ("A", "B", "C"):
            raise ValueError(f"no safety card for tier {tier!r}")
        if offer_assessed and tier == "C":
            raise ValueError("tier C asks for no assessment")
        self.tier = tier
        self.setObjectName("safety-card")
        dark = desktop_is_dark() if dark is None else dark
        self.setStyleSheet(
            f"#safety-card {{ border: 1px solid palette(mid); border-radius: 10px;"
            f" background: palette(base); }}"
            f" #card-title {{ color: {accent_for(tier, dark)}; }}" + house_style(tier, dark)
        )

        title, lead, action, consequence = self._words(tier)
        self.setAccessibleName(title)
        self.setAccessibleDescription(lead)

        icon = QLabel()
        icon.setPixmap(badge(tier))
        icon.setFixedSize(44, 44)
        icon.setAccessibleName(self._badge_name(tier))
        self.title = title_label(title)
        self.title.setObjectName("card-title")
        head = QHBoxLayout()
        head.setSpacing(14)
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.title, 1, Qt.AlignmentFlag.AlignVCenter)

        self.lead = body_label(lead)
        self.action = callout(action)
        self.consequence = body_label(consequence)

        self.acknowledge_button = primary_button(
            self.tr("Close")
            if offer_assessed
            else self.tr("Continue")
            if tier == "C"
            else self.tr("I understand")
        )
        self.acknowledge_button.setDefault(True)
        self.acknowledge_button.clicked.connect(self.acknowledged)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addLayout(head)
        layout.addWidget(self.lead)
        layout.addWidget(self.action)
        layout.addWidget(self.consequence)
        if tier == "C":
            layout.addWidget(StopRuleLabel())

        row = QHBoxLayout()
        row.setSpacing(10)
        self.assessed_button: QPushButton | None = None
        if offer_assessed:
            layout.addWidget(
                body_label(
                    self.tr(
                        "Been checked by a doctor or physiotherapist? Once they've told you it's "
                        "safe to exercise, let backmove know and it will offer the check again."
                    )
                )
            )
            self.assessed_button = QPushButton(
                self.tr("I've been assessed and told it's safe to exercise")
            )
            self.assessed_button.setAccessibleName(self.assessed_button.text())
            self.assessed_button.clicked.connect(self.assessed_confirmed)
            row.addWidget(self.assessed_button)
        row.addStretch(1)
        row.addWidget(self.acknowledge_button)
        layout.addSpacing(6)
        layout.addLayout(row)

    def _badge_name(self, tier: str) -> str:
        if tier == "A":
            return self.tr("Emergency")
        if tier == "B":
            return self.tr("Urgent")
        return self.tr("Information")

    def _words(self, tier: str) -> tuple[str, str, str, str]:
        """Title, what it means, what to do, and what backmove does now."""
        if tier == "A":
            return (
                self.tr("Get emergency help now"),
                self.tr(
                    "What you told us can be a sign of a serious problem that needs "
                    "checking straight away."
                ),
                self.tr(
                    "Call your local emergency number (for example 112, 999 or 911) or go "
                    "to A&E / the emergency room now. Don't wait to see if it settles."
                ),
                self.tr(
                    "backmove won't suggest any exercises until you've been assessed. "
                    "Breaks will only remind you to stand up and change position."
                ),
            )
        if tier == "B":
            return (
                self.tr("See a doctor soon"),
                self.tr(
                    "What you told us should be checked by a doctor within the next day or two."
                ),
                self.tr(
                    "Contact your doctor, an urgent care service, or NHS 111 in the UK. "
                    "If it gets much worse, get emergency help."
                ),
                self.tr(
                    "Until you've been assessed, backmove pauses its exercises. Breaks "
                    "become a chance to stand, change position, and take a short easy walk "
                    "if it's comfortable."
                ),
            )
        return (
            self.tr("Worth a routine appointment"),
            self.tr("Most back pain isn't serious, and nothing you told us is urgent."),
            self.tr("Mention it to your GP or a physiotherapist at a routine appointment."),
            self.tr(
                "You can keep using backmove. Until your next check it suggests gentle "
                "seated and standing moves only, and leaves out moves on the floor."
            ),
        )


class SafetyCardDialog(QDialog):
    """A card in a window of its own.

    Closing it any way (the button, Esc, the window's close box) is `acknowledged`; only the
    assessed button says anything else.
    """

    acknowledged = Signal()
    assessed_confirmed = Signal()

    def __init__(
        self, tier: str, *, offer_assessed: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("safety-card-window")
        self.setWindowTitle(window_title(self.tr("Safety")))
        self.card = SafetyCard(tier, offer_assessed=offer_assessed)
        self.setAccessibleName(self.card.accessibleName())
        self._answered = False
        self.card.acknowledged.connect(self.reject)
        self.card.assessed_confirmed.connect(self._confirm)
        layout = centred(self.card, 720)
        layout.setContentsMargins(24, 24, 24, 24)
        self.setLayout(layout)
        self.card.setMinimumWidth(520)

    def present(self) -> None:
        """Show the card; the A card fills the screen the first time it is shown."""
        self._answered = False
        if self.card.tier == "A" and self.card.assessed_button is None:
            self.showFullScreen()
        else:
            self._fit()
            self.show()
        self.raise_()
        self.activateWindow()
        self.card.acknowledge_button.setFocus()

    def _fit(self) -> None:
        """As wide as the card's buttons need (at least 520), and as tall as its wrapped text
        then is: a window does not grow for wrapped text by itself, and larger desktop text
        needs both."""
        self.ensurePolished()  # the style sheet's text sizes, before measuring
        self.card.setMinimumWidth(max(520, self.card.minimumSizeHint().width()))
        margins = layout_of(self).contentsMargins()
        width = self.card.minimumWidth() + margins.left() + margins.right()
        self.resize(width, layout_of(self).totalHeightForWidth(width))

    def _confirm(self) -> None:
        self._answered = True
        self.assessed_confirmed.emit()
        self.accept()

    def reject(self) -> None:
        if not self._answered:
            self._answered = True
            self.acknowledged.emit()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reject()
        event.accept()
