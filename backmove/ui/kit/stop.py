"""The pages of "Stop — this hurts", the same in every break window.

A user who feels something wrong mid-break must meet the same question, the same choices and
the same way out whether they were stretching in the player or out on a walk, so both windows
build these pages from here rather than each keeping its own copy. The pages decide nothing:
which symptom leads to a safety card and which leaves the move out for a week is the app's
call (`backmove.core.safety.stop_flow`), answered through `show_safety_card` or
`show_not_tolerated`.

After a symptom the stop rule says to stop and rest, so the page that follows leads with ending
the break: it is the primary button, the default and where the focus goes. Going on with the
next move, when the app allows it at all, is a quiet second choice that names the move.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from backmove.ui.kit.theme import Look, accent_for
from backmove.ui.kit.widgets import OptionButton, button, button_row, card_page, centred, label
from backmove.ui.safety_cards import SafetyCard

SYMPTOMS: tuple[str, ...] = ("leg", "saddle", "sharp", "dizziness", "worse")
"""The codes a stop carries, in the order the stop page lists them: pain, numbness or tingling
down a leg; numbness around the genitals or bottom, or bladder or bowel trouble; sharp or
shooting pain; dizziness; it just feels worse."""


class StopPages(QObject):
    """The symptom page, the "left out for a week" page and the safety card's page.

    The window puts `stop_page`, `not_tolerated_page` and `safety_page` in its own stack and
    shows them as these signals and calls ask.
    """

    chosen = Signal(str)
    """A symptom code of `SYMPTOMS`: the window tells the app which move it was."""
    back = Signal()
    """"Back to the move": nothing was chosen, carry on."""
    go_on = Signal()
    """After a move was left out: go on with the break."""
    end = Signal()
    """The user ended the break from these pages (a safety card read, or "End the break")."""

    def __init__(self, look: Look, back_text: str, parent: QObject | None = None) -> None:
        """`back_text` names what "back" returns to: the move, or the walk."""
        super().__init__(parent)
        self._look = look
        self.safety_card: SafetyCard | None = None
        self._build_stop(back_text)
        self._build_not_tolerated()
        self.safety_page = QWidget()
        self._safety_layout = QVBoxLayout(self.safety_page)
        self._safety_layout.setContentsMargins(48, 32, 48, 32)

    def _build_stop(self, back_text: str) -> None:
        title = label(self.tr("Stop. What are you feeling?"), "question", wrap=True)
        intro = label(
            self.tr("Rest where you are. Pick what fits best: it helps us keep you safe."),
            "muted",
            wrap=True,
        )
        texts = {
            "leg": self.tr("Pain, numbness or tingling going down a leg"),
            "saddle": self.tr(
                "Numbness around the genitals or bottom, or trouble with bladder or bowels"
            ),
            "sharp": self.tr("Sharp or shooting pain"),
            "dizziness": self.tr("Dizziness"),
            "worse": self.tr("It just feels worse"),
        }
        self.symptom_buttons: dict[str, QPushButton] = {}
        for code in SYMPTOMS:
            b = OptionButton(texts[code])
            b.clicked.connect(lambda _=False, c=code: self._choose(c))
            self.symptom_buttons[code] = b
        self.back_button = button(back_text, back_text, kind="quiet")
        self.back_button.clicked.connect(self.back.emit)
        self.stop_page = card_page(
            [title, intro, *self.symptom_buttons.values()],
            button_row(self.back_button),
            tone="danger",
            max_width=880,
        )

    def _build_not_tolerated(self) -> None:
        self.not_tolerated_move = label(role="eyebrow")
        title = label(self.tr("We'll leave this move out for a week"), "question", wrap=True)
        body = label(
            self.tr(
                "Thanks for telling us. Rest a moment and let it settle. If it hasn't settled by "
                "tomorrow, pick gentler moves; if it keeps happening, check with a clinician."
            ),
            "body",
            wrap=True,
        )
        self.up_next = label(role="muted", wrap=True)
        self.continue_button = button(
            self.tr("Continue with the next move"),
            self.tr("Continue with the next move"),
            kind="quiet",
        )
        self.continue_button.setAutoDefault(False)
        self.continue_button.clicked.connect(self.go_on.emit)
        self.end_button = button(self.tr("End the break"), self.tr("End the break"), primary=True)
        self.end_button.clicked.connect(self.end.emit)
        self.not_tolerated_page = card_page(
            [
                self.not_tolerated_move,
                title,
                body,
                self.up_next,
                button_row(self.continue_button, self.end_button),
            ],
            tone="info",
        )

    def open(self) -> None:
        """Ready the symptom page for a new answer."""
        for b in self.symptom_buttons.values():
            b.setEnabled(True)

    def _choose(self, code: str) -> None:
        for b in self.symptom_buttons.values():
            b.setEnabled(False)  # one answer: a second click would report twice
        self.chosen.emit(code)

    def show_safety_card(self, tier: str) -> SafetyCard:
        """Put the card for `tier` on the safety page, dressed in the window's look; reading
        it (its acknowledge button) ends the break."""
        if self.safety_card is not None:
            self.safety_card.hide()
            self.safety_card.deleteLater()
        while self._safety_layout.count():
            self._safety_layout.takeAt(0)
        dark = self._look.name == "dark"
        self.safety_card = SafetyCard(tier, dark=dark)
        look = self._look
        # The card styles itself from the desktop's palette; here it wears the window's look.
        self.safety_card.setStyleSheet(
            self.safety_card.styleSheet()
            + f"""
#safety-card {{ background: {look.surface}; border: 1px solid {look.line}; }}
#safety-card QLabel {{ color: {look.text}; background: transparent; }}
#safety-card #card-title {{ color: {accent_for(tier, dark)}; }}
"""
        )
        self.safety_card.acknowledged.connect(self.end.emit)
        self._safety_layout.addLayout(centred(self.safety_card, 760))
        return self.safety_card

    def show_not_tolerated(self, move_name: str, up_next: str | None, *, go_on: bool) -> None:
        """Say the move is left out. `up_next` names the move that would come next (None when
        none does); `go_on` says whether the app lets the user go on to it. The primary button
        always ends the break: "Finish the break" on the last move, else "End the break"."""
        last = up_next is None
        offer = go_on and not last
        self.not_tolerated_move.setText(move_name.upper())
        self.up_next.setText(self.tr("Next up: {name}").format(name=up_next) if offer else "")
        self.up_next.setVisible(offer)
        # On the last move, going on is finishing: the break ends either way.
        ending = self.continue_button if last else self.end_button
        other = self.end_button if last else self.continue_button
        self.continue_button.setText(
            self.tr("Finish the break") if last else self.tr("Continue with the next move")
        )
        self.continue_button.setAccessibleName(self.continue_button.text())
        _set_primary(ending, True)
        _set_primary(other, False)
        ending.setVisible(True)
        other.setVisible(offer)

    def primary(self) -> QPushButton:
        """The button that ends the break on the not-tolerated page: focus and Enter go here."""
        return self.continue_button if self.continue_button.property("primary") else self.end_button


def _set_primary(b: QPushButton, on: bool) -> None:
    """Fill `b` with the accent and make it the default, or make it a quiet choice."""
    b.setProperty("primary", on)
    b.setProperty("kind", None if on else "quiet")
    b.setDefault(on)
    b.setAutoDefault(on)
    b.style().unpolish(b)
    b.style().polish(b)
