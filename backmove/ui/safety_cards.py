"""The cards that follow a safety check (docs/evidence.md#what-each-tier-leads-to), with the stop
rule (#stop-rule).

One card per tier: A, get emergency help now; B, see a doctor soon; C, worth a routine
appointment. The onboarding shows them after the check, and the break player's "Stop — this
hurts" flow shows the A and B cards. No card offers a way into exercise: the A and B cards only
acknowledge, or (once the user comes back to them) take the user's word that a doctor or
physiotherapist has checked their back and said they can exercise, with the date of that
assessment. A check answered again while exercise is paused gets the card of the pause, saying
plainly that the answers do not lift it. The app decides what follows; the cards only say it.

Who to call follows the country of the system's locale (`help_territory`, the one place that
asks Qt), with the numbers from `backmove.core.helplines`; a language setting does not move the
user to another country, so the UI language is not consulted.

The cards wear backmove's own look (the `theme` setting, as every other window does, so a
user who chose dark never meets a light card) through the theme's `house_style`; the stop rule,
the headings and the buttons they are built from are the kit's (`backmove.ui.kit.widgets`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backmove.core.helplines import HelpLines, help_lines, territory_from_environment
from backmove.ui.kit.theme import (
    TIER_ACCENT,
    accent_for,
    house_style,
    look_for,
    wear,
)
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


def help_territory(
    system: QLocale | None = None, environ: Mapping[str, str] | None = None
) -> str | None:
    """The user's country as an ISO code ("GB"), from the system locale, else from the
    LANG/LC_* variables; None when neither names one.

    The system locale, not the default one: the default follows the language chosen in the
    settings, and a British user who reads backmove in German still calls 999.
    """
    locale = QLocale.system() if system is None else system
    if locale.territory() not in (QLocale.Country.AnyTerritory, QLocale.Country.World):
        code = QLocale.territoryToCode(locale.territory())
        if len(code) == 2 and code.isalpha():
            return code.upper()
    return territory_from_environment(os.environ if environ is None else environ)


class DateField(QDateEdit):
    """A date edit that Tab leaves in one press, as every other control: Qt's own walks the
    day, month and year first, so a keyboard user would meet it three times. The arrow keys
    still move between its parts."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


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

    `offer_assessed` (A and B only) adds the confirmation "A doctor or physiotherapist has
    checked my back and said I can exercise" with the date of that assessment (a date picker
    from `earliest`, the day the pause began, to `today`, set to today; the app's clock gives
    both, so `today` is required with it), for when the user
    comes back to the card after seeing a clinician; the first showing never has it.
    `still_held` (A and B only) is the card for a check answered again while exercise is
    paused: it says the answers do not lift the pause. `acknowledged` is the only other way on,
    and it leaves exercise where it was. `territory` picks who to call (None: the system's
    country). `dark` says whether it sits on a dark window (None: as `theme` is, "light",
    "dark" or "system"; a card of its own then wears that look's colours).
    """

    acknowledged = Signal()
    assessed_confirmed = Signal(object)
    """The date (datetime.date) the user says they were assessed."""

    def __init__(
        self,
        tier: str,
        *,
        offer_assessed: bool = False,
        still_held: bool = False,
        territory: str | None = None,
        today: date | None = None,
        earliest: date | None = None,
        dark: bool | None = None,
        theme: str = "system",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if tier not in ("A", "B", "C"):
            raise ValueError(f"no safety card for tier {tier!r}")
        if (offer_assessed or still_held) and tier == "C":
            raise ValueError("tier C asks for no assessment")
        self.tier = tier
        self.still_held = still_held
        self.help = help_lines(territory if territory is not None else help_territory())
        self.setObjectName("safety-card")
        own_look = look_for(theme) if dark is None else None
        dark = own_look.name == "dark" if own_look is not None else bool(dark)
        self.setStyleSheet(
            f"#safety-card {{ border: 1px solid palette(mid); border-radius: 10px;"
            f" background: palette(base); }}"
            f" #card-title {{ color: {accent_for(tier, dark)}; }}" + house_style(tier, dark)
        )

        title, lead, action, consequence = (
            self._held_words(tier) if still_held else self._words(tier)
        )
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
        self.assessed_on: QDateEdit | None = None
        if offer_assessed:
            if today is None:
                raise ValueError("the assessment's date picker needs today's date")
            layout.addWidget(
                body_label(
                    self.tr(
                        "Been checked by a doctor or physiotherapist? Once they've told you it's "
                        "safe to exercise, let backmove know and it will offer the check again. "
                        "Answering the questions again yourself can't do this."
                    )
                )
            )
            layout.addLayout(self._date_row(today, earliest))
            statement = self.tr(
                "A doctor or physiotherapist has checked my back and said I can exercise"
            )
            self.assessed_button = QPushButton(statement)
            self.assessed_button.setAccessibleName(statement)
            self.assessed_button.setAutoDefault(False)
            self.assessed_button.clicked.connect(self._confirm)
            row.addWidget(self.assessed_button)
        row.addStretch(1)
        row.addWidget(self.acknowledge_button)
        layout.addSpacing(6)
        layout.addLayout(row)
        if own_look is not None:
            wear(self, own_look)

    def _date_row(self, today: date, earliest: date | None) -> QHBoxLayout:
        """When the assessment was: today unless changed, never later, never before the pause
        began (an assessment from before the symptoms never saw them)."""
        picker = DateField(QDate(today.year, today.month, today.day))
        picker.setObjectName("assessed-on")
        picker.setCalendarPopup(True)
        picker.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        picker.setMaximumDate(QDate(today.year, today.month, today.day))
        if earliest is not None and earliest <= today:
            picker.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        words = QLabel(self.tr("Date of the assessment:"))
        words.setBuddy(picker)
        picker.setAccessibleName(self.tr("Date of the assessment"))
        self.assessed_on = picker
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(words)
        row.addWidget(picker)
        row.addStretch(1)
        return row

    def assessment_date(self) -> date | None:
        """The date in the picker, or None when the card offers no confirmation."""
        if self.assessed_on is None:
            return None
        d = self.assessed_on.date()
        return date(d.year(), d.month(), d.day())

    def _confirm(self) -> None:
        self.assessed_confirmed.emit(self.assessment_date())

    def _badge_name(self, tier: str) -> str:
        if tier == "A":
            return self.tr("Emergency")
        if tier == "B":
            return self.tr("Urgent")
        return self.tr("Information")

    def _emergency_line(self, lines: HelpLines) -> str:
        """What to do now, in the user's country (docs/evidence.md#where-to-get-help)."""
        if lines.territory == "GB":
            return self.tr("Call 999 or go to A&E now. Don't wait to see if it settles.")
        if lines.territory == "DE":
            return self.tr(
                "Call 112 or go to a hospital emergency department now. Don't wait to see if it "
                "settles."
            )
        if lines.territory == "US":
            return self.tr(
                "Call 911 or go to the emergency room now. Don't wait to see if it settles."
            )
        return self.tr(
            "Call your local emergency number or go to the nearest emergency department now. "
            "Don't wait to see if it settles."
        )

    def _urgent_line(self, lines: HelpLines) -> str:
        """Who to see within a day or two, in the user's country."""
        if lines.urgent == "nhs_111":
            return self.tr("Contact your GP, or call NHS 111. If it gets much worse, call 999.")
        if lines.urgent == "on_call_116117":
            return self.tr(
                "Contact your doctor's practice; when it is closed, call the medical on-call "
                "service on 116 117. If it gets much worse, call 112."
            )
        if lines.urgent == "own_doctor":
            return self.tr(
                "Call your doctor, or go to an urgent care clinic. If it gets much worse, call 911."
            )
        return self.tr(
            "Contact your doctor or your local urgent care service. If it gets much worse, call "
            "your local emergency number."
        )

    def _words(self, tier: str) -> tuple[str, str, str, str]:
        """Title, what it means, what to do, and what backmove does now."""
        if tier == "A":
            return (
                self.tr("Get emergency help now"),
                self.tr(
                    "What you told us can be a sign of a serious problem that needs "
                    "checking straight away."
                ),
                self._emergency_line(self.help),
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
                self._urgent_line(self.help),
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

    def _held_words(self, tier: str) -> tuple[str, str, str, str]:
        """The result of a check answered while exercise is paused, with no A or B answer:
        the pause stands, and why."""
        return (
            self.tr("Exercises stay paused"),
            self.tr(
                "Your answers just now don't lift the pause. It began with something a "
                "clinician needs to check, and only their assessment can end it."
            ),
            self._emergency_line(self.help) if tier == "A" else self._urgent_line(self.help),
            self.tr(
                "Once a doctor or physiotherapist has checked your back and said you can "
                "exercise, tell backmove from its menu (Safety check…). Until then, breaks "
                "only remind you to stand up, change position and walk a little if it's "
                "comfortable."
            ),
        )


class SafetyCardDialog(QDialog):
    """A card in a window of its own.

    Closing it any way (the button, Esc, the window's close box) is `acknowledged`; only the
    assessed button says anything else. `theme` is the look it wears, as for every window.
    """

    acknowledged = Signal()
    assessed_confirmed = Signal(object)
    """The date (datetime.date) of the assessment the user confirmed."""

    def __init__(
        self,
        tier: str,
        *,
        offer_assessed: bool = False,
        territory: str | None = None,
        today: date | None = None,
        earliest: date | None = None,
        theme: str = "system",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("safety-card-window")
        self.setWindowTitle(window_title(self.tr("Safety")))
        self.card = SafetyCard(
            tier,
            offer_assessed=offer_assessed,
            territory=territory,
            today=today,
            earliest=earliest,
            theme=theme,
        )
        self.setAccessibleName(self.card.accessibleName())
        self._answered = False
        self.card.acknowledged.connect(self.reject)
        self.card.assessed_confirmed.connect(self._confirm)
        layout = centred(self.card, 720)
        layout.setContentsMargins(24, 24, 24, 24)
        self.setLayout(layout)
        self.card.setMinimumWidth(520)
        wear(self, look_for(theme))

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

    def _confirm(self, on: date) -> None:
        self._answered = True
        self.assessed_confirmed.emit(on)
        self.accept()

    def reject(self) -> None:
        if not self._answered:
            self._answered = True
            self.acknowledged.emit()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reject()
        event.accept()
