"""The first start: a short welcome, then the red-flag safety check (docs/evidence.md#safety-check).

The check comes before any exercise. Its twenty questions are shown in three short steps with
neutral headings, so the user is not told which answers are the worrying ones; each step needs
either a tick or an explicit "None of these apply", never a silent pass. An A answer ends the
check at once: someone who may need an emergency department should not be asked about weight
loss first. Which tier the answers give, and what it means, is decided by
backmove.core.safety; this module only asks and shows.

`finished_screen` is emitted the moment the result is shown, so the answers are recorded even
if the user then closes the window. Esc, or "Not now", first says what skipping means; a second
Esc (or "Skip for now") closes with `skipped`, and breaks then offer only "stand up and move".
The same dialog asks again later (a re-screen): it then starts at the check and says why.

Its last page says where backmove went (the tray icon, or the small window on a desktop
without a tray) and when the first break comes: after the wizard closes, nothing else is on
screen to say so, and a new user would otherwise wonder whether anything is running. The
window's title follows the page, and each page is as tall as its words need.

Asked while exercise is paused (`held_tier`), an answer with no A or B does not end with "You're
all set" or the routine-appointment card but with the card of the pause, which says the answers
do not lift it: only a clinician's assessment, confirmed from the menu, does.

On the first start, an all-clear result leads to one optional page, "What does your back make
hard?": up to three activities with a 0–10 rating each (the function goals,
docs/evidence.md#function-goals), emitted as `goals_named` on saving. It can be skipped without
a word; the tray's "Function goals…" asks the same any time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backmove.core.function_goals import MAX_GOALS
from backmove.core.safety import TIER_A, TIER_B, TIER_C, RescreenReason, screen_result, settled
from backmove.ui.function_goals import GoalsForm
from backmove.ui.icons import draw_mark
from backmove.ui.kit.screens import fit_to_screen
from backmove.ui.kit.theme import accent_for, house_style, look_for, tint, wear
from backmove.ui.kit.widgets import (
    StopRuleLabel,
    body_label,
    centred,
    layout_of,
    primary_button,
    title_label,
    window_title,
)
from backmove.ui.safety_cards import SafetyCard, badge

STYLE = """
#onboarding { background: palette(window); }
#question-row { border: 2px solid transparent; border-radius: 6px; }
#question-row:hover { background: rgba(128, 128, 128, 22); }
#question-row[checked="true"] { background: @tint; }
#question-row[focus="true"] { border-color: palette(highlight); }
#step { color: @accent; font-weight: bold; }
#data-path { font-family: monospace; background: palette(base); border: 1px solid palette(mid);
             border-radius: 4px; padding: 6px 8px; }
#reason { background: palette(alternate-base); border-left: 4px solid @accent; }
QScrollArea { border: none; background: transparent; }
#questions { background: transparent; }
QCheckBox[ring="true"] { border: 2px solid transparent; border-radius: 6px; padding: 3px 6px; }
QCheckBox[ring="true"]:focus { border-color: palette(highlight); }
#onboarding QLineEdit { border: 2px solid palette(mid); border-radius: 6px; padding: 5px 8px;
                        background: palette(base); }
#onboarding QLineEdit:focus { border-color: palette(highlight); }
QPushButton[role="scale"] { min-height: 36px; }
QPushButton[role="scale"]:checked { background: palette(highlight);
                                     color: palette(highlighted-text); }
"""

WIDTH = 680
CHECK_HEIGHT = 660
"""The check's steps are as tall as this, their questions scrolling inside; the other pages
are as tall as their words."""
SPARE = 12


def style(dark: bool) -> str:
    """The wizard's own rules, in the accent for a dark or a light desktop."""
    accent = accent_for("none", dark)
    return STYLE.replace("@accent", accent).replace("@tint", tint(accent, 36))


class _QuestionRow(QFrame):
    """A checkbox with wording that wraps; a click anywhere on the row ticks it.

    The checkbox has no text of its own (a QCheckBox cannot wrap), so the row shows where the
    keyboard focus is and what is ticked.
    """

    def __init__(self, question_id: str, text: str) -> None:
        super().__init__()
        self.setObjectName("question-row")
        self.box = QCheckBox()
        self.box.setObjectName(f"question-{question_id}")
        self.box.setAccessibleName(text)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setBuddy(self.box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 8)
        layout.setSpacing(10)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.setFocusProxy(self.box)
        self.box.installEventFilter(self)
        self.box.toggled.connect(lambda on: self._mark("checked", on))

    def _mark(self, name: str, on: bool) -> None:
        self.setProperty(name, on)
        self.style().unpolish(self)
        self.style().polish(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._mark("focus", event.type() == QEvent.Type.FocusIn)
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.box.click()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)


class _CheckPage(QWidget):
    """One step of the check: a neutral question, its items, and "None of these apply"."""

    def __init__(
        self,
        step: int,
        steps: int,
        heading: str,
        questions: list[tuple[str, str]],
        intro: str | None,
    ) -> None:
        super().__init__()
        self.setObjectName(f"check-page-{step}")

        progress = QLabel(
            self.tr("Safety check · step %1 of %2")
            .replace("%1", str(step))
            .replace("%2", str(steps))
        )
        progress.setObjectName("step")
        progress.setAccessibleName(progress.text())

        self.reason = body_label("")
        self.reason_box = QFrame()
        self.reason_box.setObjectName("reason")
        box_layout = QVBoxLayout(self.reason_box)
        box_layout.setContentsMargins(12, 8, 10, 8)
        box_layout.addWidget(self.reason)
        self.reason_box.hide()

        ask = title_label(heading, "heading")
        hint = body_label(
            self.tr("Tick any that apply to you. If none do, tick “None of these apply”.")
        )

        self.rows = [_QuestionRow(q, text) for q, text in questions]
        self.boxes = {row.box.objectName().removeprefix("question-"): row.box for row in self.rows}
        self.none_box = QCheckBox(self.tr("&None of these apply"))
        self.none_box.setObjectName(f"none-apply-{step}")
        self.none_box.setAccessibleName(self.tr("None of these apply"))
        self.none_box.setProperty("ring", True)  # its focus shows as a ring, like the rows'

        listing = QWidget()
        listing.setObjectName("questions")
        items = QVBoxLayout(listing)
        items.setContentsMargins(0, 0, 8, 0)
        items.setSpacing(2)
        for row in self.rows:
            items.addWidget(row)
        none_row = QHBoxLayout()
        none_row.setContentsMargins(0, 10, 0, 0)  # its box in line with the rows' boxes
        none_row.addWidget(self.none_box)
        none_row.addStretch(1)
        items.addLayout(none_row)
        items.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(listing)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.viewport().setAutoFillBackground(False)

        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to the previous step"))
        self.next_button = primary_button(self.tr("Continue"), self.tr("Continue to the next step"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(progress)
        if intro is not None:
            layout.addWidget(
                title_label(
                    self.tr("Before we suggest any movement — a quick safety check"), "subtitle"
                )
            )
            layout.addWidget(body_label(intro))
        layout.addWidget(self.reason_box)
        layout.addSpacing(6)
        layout.addWidget(ask)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        for box in self.boxes.values():
            box.toggled.connect(self._question_toggled)
        self.none_box.toggled.connect(self._none_toggled)
        # Ticked by its key (Alt+N) below the fold, it comes into sight: else Continue wakes
        # up for no reason the user can see.
        self.none_box.toggled.connect(lambda _on: scroll.ensureWidgetVisible(self.none_box))
        self._update()

    def answers(self) -> dict[str, bool]:
        return {q: box.isChecked() for q, box in self.boxes.items()}

    def first_focus(self) -> QWidget:
        return self.rows[0].box

    def _question_toggled(self, on: bool) -> None:
        if on:
            self.none_box.setChecked(False)
        self._update()

    def _none_toggled(self, on: bool) -> None:
        if on:
            for box in self.boxes.values():
                box.setChecked(False)
        self._update()

    def _update(self) -> None:
        answered = self.none_box.isChecked() or any(b.isChecked() for b in self.boxes.values())
        self.next_button.setEnabled(answered)


class OnboardingWizard(QDialog):
    """The welcome and the safety check, one page at a time.

    `data_dir` is shown on the welcome page as where backmove keeps its records. With
    `rescreen_reason` (a RescreenReason value) the welcome is left out and the check says why
    it is asked again. `in_tray` (False: the small window that stands in for a tray) and
    `interval_min` (the work between breaks) let the last page say where backmove lives and
    when the first break comes. `held_tier` ("A" or "B") says exercise is paused whatever the
    answers. `theme` ("light", "dark" or "system") is the look it wears, the one the user chose
    for every window.
    """

    finished_screen = Signal(dict, str)
    """(answers: question id -> ticked, for every question asked; tier: "none", "A", "B", "C")"""
    skipped = Signal()
    goals_named = Signal(object)
    """[(activity, 0..10)]: the function goals named on the optional last page."""

    def __init__(
        self,
        data_dir: Path | str,
        parent: QWidget | None = None,
        *,
        rescreen_reason: str | None = None,
        in_tray: bool = True,
        interval_min: int = 30,
        held_tier: str | None = None,
        theme: str = "system",
    ) -> None:
        super().__init__(parent)
        self._theme = theme
        self._in_tray = in_tray
        self._interval_min = interval_min
        self.setObjectName("onboarding")
        self.held_tier = held_tier
        look = look_for(theme)
        dark = look.name == "dark"
        self.setStyleSheet(house_style("none", dark) + style(dark))
        self.rescreen = rescreen_reason is not None
        self._result_shown = False
        self._closed = False
        self._return_to: QWidget | None = None
        self.card: SafetyCard | None = None
        self._primary: dict[QWidget, QPushButton] = {}

        self.stack = QStackedWidget()
        self.welcome_page = self._welcome(Path(data_dir))
        self.check_pages = self._check_pages()
        self.skip_page = self._skip_page()
        self.done_page = self._done_page()
        self.goals_page: QWidget | None = None if self.rescreen else self._goals_page()
        self.card_page = QWidget()
        self.card_page.setObjectName("card-page")
        for page in (
            self.welcome_page,
            *self.check_pages,
            self.skip_page,
            self.done_page,
            self.card_page,
        ):
            self.stack.addWidget(page)
        if self.goals_page is not None:
            self.stack.addWidget(self.goals_page)

        self.question_boxes = {q: box for page in self.check_pages for q, box in page.boxes.items()}
        for i, page in enumerate(self.check_pages):
            page.next_button.clicked.connect(lambda _=False, i=i: self._next(i))
            page.back_button.clicked.connect(lambda _=False, i=i: self._back(i))
        if rescreen_reason is not None:
            first = self.check_pages[0]
            first.reason.setText(self._reason_words(rescreen_reason))
            first.reason.setAccessibleName(first.reason.text())
            first.reason_box.show()
            first.back_button.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 26, 32, 24)
        layout.addWidget(self.stack)
        wear(self, look)
        self.setMinimumWidth(600)
        self.resize(WIDTH, CHECK_HEIGHT)
        self._show(self.check_pages[0] if self.rescreen else self.welcome_page)

    # --- pages ----------------------------------------------------------------------------

    def _welcome(self, data_dir: Path) -> QWidget:
        page = QWidget()
        page.setObjectName("welcome-page")
        mark = QLabel()
        mark.setPixmap(draw_mark(48))
        mark.setFixedSize(48, 48)  # a page sized to its words must not clip the mark
        mark.setAccessibleName(self.tr("backmove"))
        head = QHBoxLayout()
        head.setSpacing(14)
        head.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(title_label(self.tr("Welcome to backmove")), 1)

        what = [
            self.tr("backmove reminds you to get up and move while you work at your computer."),
            self.tr("Each break brings a short stretch or a walk, shown step by step."),
            self.tr("You can note how your back feels, and see how it changes over the weeks."),
        ]
        stores_title = title_label(self.tr("Your records stay with you"), "heading")
        stores = body_label(
            self.tr(
                "backmove keeps your breaks, your ratings and your answers to the safety check in "
                "this folder:"
            )
        )
        path = body_label(str(data_dir))
        path.setObjectName("data-path")
        path.setAccessibleName(self.tr("Data folder: %1").replace("%1", str(data_dir)))
        local = body_label(self.tr("Nothing leaves your computer."))
        note = body_label(
            self.tr(
                "backmove is a wellbeing aid, not a medical device: it does not diagnose or treat "
                "anything. Before it suggests any movement, it asks a few safety questions."
            )
        )

        self.not_now_button = QPushButton(self.tr("Not now"))
        self.not_now_button.setAccessibleName(self.tr("Not now: skip the safety check"))
        self.not_now_button.clicked.connect(self.reject)
        self.start_button = primary_button(self.tr("Start the safety check"))
        self.start_button.clicked.connect(lambda: self._show(self.check_pages[0]))
        buttons = QHBoxLayout()
        buttons.addWidget(self.not_now_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addSpacing(4)
        for line in what:
            layout.addWidget(body_label(line))
        layout.addSpacing(10)
        layout.addWidget(stores_title)
        layout.addWidget(stores)
        layout.addWidget(path)
        layout.addWidget(local)
        layout.addSpacing(10)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._primary[page] = self.start_button
        return page

    def _questions(self) -> dict[str, str]:
        """The wording of every question (docs/evidence.md#safety-check), in plain words."""
        return {
            "A1": self.tr(
                "New numbness, tingling or a “different” feeling around your "
                "genitals, bottom or inner thighs (the saddle area), for example "
                "when wiping after the toilet."
            ),
            "A2": self.tr(
                "New trouble passing urine or controlling your bladder or bowels "
                "(leaking, not knowing when your bladder is full, not being able to "
                "stop a bowel movement)."
            ),
            "A3": self.tr("New loss of sexual sensation or function, together with back pain."),
            "A4": self.tr(
                "Weakness, numbness or pain in both legs, or leg weakness that is "
                "getting worse quickly (tripping, a foot slapping down, legs giving "
                "way)."
            ),
            "A5": self.tr(
                "Back pain that started after a serious accident (a car crash, a "
                "fall from a height, a heavy blow)."
            ),
            "A6": self.tr(
                "Chest pain, or severe pain with breathlessness, sweating or feeling faint."
            ),
            "B1": self.tr("Fever, chills or feeling generally unwell along with back pain."),
            "B2": self.tr("Weight loss you can't explain."),
            "B3": self.tr("You have had cancer, and this back pain is new."),
            "B4": self.tr(
                "Constant pain that doesn't ease with rest or changing position, or "
                "is worse at night or wakes you."
            ),
            "B5": self.tr(
                "Pain after a minor fall or lift, and you have osteoporosis, take "
                "steroid tablets long-term, or are over about 70."
            ),
            "B6": self.tr(
                "A weakened immune system (for example from medicines that suppress "
                "it), a recent serious infection, or injecting drug use."
            ),
            "B7": self.tr(
                "Numbness, pins and needles or weakness in one leg, or pain spreading "
                "below the knee that is getting worse."
            ),
            "B8": self.tr(
                "A lump, swelling or change in the shape of your back, or pain mainly "
                "between the shoulder blades."
            ),
            "B9": self.tr(
                "This is the first back pain you've ever had, it started when you "
                "were under 20 or over 55, and there's no obvious cause."
            ),
            "C1": self.tr(
                "Back pain that hasn't improved after 4–6 weeks of looking after it "
                "yourself, or that keeps coming back."
            ),
            "C2": self.tr("Pain that stops you doing your normal daily activities or work."),
            "C3": self.tr(
                "Pain that is getting worse over time, or you are struggling to cope "
                "or are worried about it."
            ),
            "C4": self.tr(
                "Stiffness for more than 30 minutes in the morning that eases as you "
                "move, pain waking you in the second half of the night, and back pain "
                "that began before age 45."
            ),
            "C5": self.tr(
                "You are pregnant or recently gave birth, or had back surgery in the last year."
            ),
        }

    def _check_pages(self) -> list[_CheckPage]:
        words = self._questions()
        groups = [
            (self.tr("Is any of this happening to you, and new?"), TIER_A),
            (self.tr("Do any of these apply to you?"), TIER_B),
            (self.tr("And do any of these apply?"), TIER_C),
        ]
        intro = self.tr(
            "Most back pain is not caused by anything serious. These questions help "
            "spot the rare cases that need a clinician first."
        )
        pages = []
        for n, (heading, ids) in enumerate(groups, 1):
            page = _CheckPage(
                n, len(groups), heading, [(q, words[q]) for q in ids], intro if n == 1 else None
            )
            self._primary[page] = page.next_button
            pages.append(page)
        return pages

    def _skip_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("skip-page")
        title = title_label(self.tr("Skip the safety check for now?"))
        if self.rescreen:
            consequence = self.tr(
                "Your last answers still apply. backmove will offer the check again later; you "
                "can also take it any time from the backmove menu."
            )
        else:
            consequence = self.tr(
                "Until you answer it, breaks will only suggest standing up and moving about, "
                "with no stretches or exercises. You can take the check any time from the "
                "backmove menu."
            )
        self.skip_button = QPushButton(self.tr("Skip for now"))
        self.skip_button.setAccessibleName(self.tr("Skip the safety check for now"))
        self.skip_button.clicked.connect(self._skip)
        self.return_button = primary_button(self.tr("Back to the check"))
        self.return_button.clicked.connect(self._return)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.return_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(body_label(consequence))
        layout.addWidget(body_label(self.tr("The check takes about a minute.")))
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._primary[page] = self.return_button
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("done-page")
        mark = QLabel()
        mark.setPixmap(badge("none"))
        mark.setFixedSize(44, 44)
        mark.setAccessibleName(self.tr("All clear"))
        head = QHBoxLayout()
        head.setSpacing(14)
        head.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(title_label(self.tr("You're all set")), 1)
        if self.rescreen:
            self.finish_button = primary_button(self.tr("Start using backmove"))
            self.finish_button.clicked.connect(self.accept)
        else:
            self.finish_button = primary_button(
                self.tr("Continue"), self.tr("Continue to one last, optional question")
            )
            self.finish_button.clicked.connect(self._to_goals)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addLayout(head)
        layout.addWidget(
            body_label(
                self.tr(
                    "Nothing you answered needs a clinician first. backmove will suggest short "
                    "moves in your breaks."
                )
            )
        )
        layout.addWidget(
            body_label(
                self.tr(
                    "It will ask these questions again in a month, or sooner if your back gets "
                    "worse."
                )
            )
        )
        layout.addSpacing(6)
        layout.addWidget(StopRuleLabel())
        layout.addSpacing(6)
        layout.addWidget(title_label(self.tr("What happens now"), "heading"))
        self.where_label = body_label(self.where_words())
        self.when_label = body_label(self.when_words())
        layout.addWidget(self.where_label)
        layout.addWidget(self.when_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._primary[page] = self.finish_button
        return page

    def where_words(self) -> str:
        """Where backmove is once this window closes."""
        if self._in_tray:
            return self.tr(
                "backmove now lives in the tray icon near the clock: click it to open your "
                "dashboard; its menu (right-click) takes a break, pauses backmove or opens the "
                "settings."
            )
        return self.tr(
            "backmove now lives in its small window, since your desktop has no tray: take a "
            "break, pause, or open your settings from there. Closing that window quits backmove."
        )

    def when_words(self) -> str:
        """When the first break comes, from the interval setting."""
        if self._interval_min == 1:
            return self.tr("Your first break comes after about a minute of work at the keyboard.")
        return self.tr(
            "Your first break comes after about {n} minutes of work at the keyboard."
        ).format(n=self._interval_min)

    def title_words(self, page: QWidget) -> str:
        """What the window's title says on `page`."""
        if page is self.welcome_page:
            return self.tr("Welcome")
        if page is self.done_page:
            return self.tr("All set")
        return self.tr("Safety check")

    def _goals_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("goals-page")
        self.goals_form = GoalsForm([])
        self.goals_form.changed.connect(self._goals_changed)
        scroll = QScrollArea()
        scroll.setWidget(self.goals_form)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.viewport().setAutoFillBackground(False)
        self.skip_goals_button = QPushButton(self.tr("Skip"))
        self.skip_goals_button.setAccessibleName(self.tr("Skip: name no activities now"))
        self.skip_goals_button.clicked.connect(self.accept)
        self.save_goals_button = primary_button(
            self.tr("Save and start"), self.tr("Save these activities and start using backmove")
        )
        self.save_goals_button.clicked.connect(self._save_goals)
        self.save_goals_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_goals_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_goals_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(title_label(self.tr("What does your back make hard?")))
        layout.addWidget(
            body_label(
                self.tr(
                    "Optional: name up to %1 activities your back makes hard, in your own words, "
                    "and how well you can do each now (0 = unable to do it, 10 = able to do it "
                    "as before). backmove asks again every four weeks, so you can see what you "
                    "can do change."
                ).replace("%1", str(MAX_GOALS))
            )
        )
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._primary[page] = self.save_goals_button
        return page

    def _to_goals(self) -> None:
        if self.goals_page is None:
            self.accept()
            return
        self._show(self.goals_page)
        self.goals_form.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)

    def _goals_changed(self) -> None:
        answer = self.goals_form.answer()
        self.save_goals_button.setEnabled(answer is not None)

    def _save_goals(self) -> None:
        answer = self.goals_form.answer()
        if answer is None:
            return
        self.goals_named.emit(answer[1])
        self.accept()

    def _reason_words(self, reason: str) -> str:
        if reason == RescreenReason.LEG_SYMPTOMS:
            return self.tr(
                "You mentioned leg, saddle or bladder symptoms during a break, so "
                "let's check again."
            )
        if reason == RescreenReason.SEVERE_RATING:
            return self.tr("You rated your back 8 or more, so let's check again.")
        if reason == RescreenReason.PAIN_RISING:
            return self.tr("Your back has felt worse for a week now, so let's check again.")
        if reason == RescreenReason.MONTHLY:
            return self.tr("It's been a month since your last check.")
        if reason == RescreenReason.ASSESSED:
            return self.tr(
                "Glad you've been checked. Answer the questions again so backmove "
                "can suggest the right moves."
            )
        return self.tr("You haven't taken the safety check yet.")

    # --- moving between pages -------------------------------------------------------------

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _show(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        self.setWindowTitle(window_title(self.title_words(page)))
        self.setAccessibleName(self.windowTitle())
        self._fit(page)
        primary = self._primary[page]
        primary.setDefault(True)
        first = page.first_focus() if isinstance(page, _CheckPage) else primary
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit(self, page: QWidget) -> None:
        """As tall as `page` needs (the check's steps: CHECK_HEIGHT), never taller than the
        screen: the stacked pages would otherwise all be as tall as the tallest, and a short
        page would show a large empty space under its words."""
        pages = (self.welcome_page, *self.check_pages, self.skip_page, self.done_page)
        for other in (*pages, self.card_page):
            ignored = other is not page
            policy = QSizePolicy.Policy.Ignored if ignored else QSizePolicy.Policy.Preferred
            other.setSizePolicy(policy, policy)
        layout_of(self).invalidate()
        self.ensurePolished()
        if isinstance(page, _CheckPage):
            height = CHECK_HEIGHT
        else:
            # The page alone: the stack answers for its tallest page, whatever is shown.
            margins = layout_of(self).contentsMargins()
            inner = self.width() - margins.left() - margins.right()
            words = layout_of(page).totalHeightForWidth(inner)
            # A little to spare: styled labels (the data folder's box) measure a pixel or two
            # short at larger desktop fonts, and a page sized to the pixel would cut them off.
            height = words + margins.top() + margins.bottom() + SPARE
        if self.isFullScreen():
            return
        if self.isVisible():
            area = self.screen().availableGeometry()
            self.resize(self.width(), min(height, area.height()))
        else:
            fit_to_screen(self, QSize(self.width(), height))

    def answers(self) -> dict[str, bool]:
        """Every question asked so far: the steps up to the one on screen."""
        out: dict[str, bool] = {}
        for page in self.check_pages:
            out.update(page.answers())
            if page is self.current_page():
                break
        return out

    def _next(self, i: int) -> None:
        answers = self.answers()
        if settled(answers) or i + 1 == len(self.check_pages):
            self._finish(answers)
        else:
            self._show(self.check_pages[i + 1])

    def _back(self, i: int) -> None:
        self._show(self.check_pages[i - 1] if i > 0 else self.welcome_page)

    def _finish(self, answers: dict[str, bool]) -> None:
        tier = screen_result(answers).tier
        self._result_shown = True
        if self.held_tier is not None and tier in ("none", "C"):
            self.card = SafetyCard(self.held_tier, still_held=True, theme=self._theme)
            self.card.acknowledged.connect(self.accept)
            self.card_page.setLayout(centred(self.card, 720))
            self._primary[self.card_page] = self.card.acknowledge_button
            self._show(self.card_page)
        elif tier == "none":
            self._show(self.done_page)
        else:
            self.card = SafetyCard(tier, theme=self._theme)
            self.card.acknowledged.connect(self.accept)
            self.card_page.setLayout(centred(self.card, 720))
            self._primary[self.card_page] = self.card.acknowledge_button
            self._show(self.card_page)
            if tier == "A":
                self.showFullScreen()
        self.finished_screen.emit(answers, tier)

    def _return(self) -> None:
        self._show(self._return_to or self.welcome_page)

    def _skip(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.skipped.emit()
        super().reject()

    def showEvent(self, event: QShowEvent) -> None:
        """Measured again once shown: only then are the desktop's fonts and the style sheet's
        sizes all in place."""
        super().showEvent(event)
        page = self.current_page()
        if page is not None and not event.spontaneous():
            self._fit(page)

    # --- closing --------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc: after the result it closes; before, it first says what skipping means."""
        if self._result_shown:
            super().reject()
        elif self.current_page() is self.skip_page:
            self._skip()
        else:
            self._return_to = self.current_page()
            self._show(self.skip_page)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close box closes at once: before a result, that is a skip."""
        if self._result_shown:
            QDialog.reject(self)
        else:
            self._skip()
        event.accept()
