"""The weekly check-in: where the user felt discomfort this week, 0–10 per place, and, when
enabled, the three PEG questions (docs/evidence.md#peg, #weekly-body-map).

Page one is the body map beside one 0–10 row per marked region; unmarking a region takes its
row away. "Nothing this week" is an answer of its own (an empty mapping), not a way out.
Page two, only with `peg=True`, asks the PEG items word for word; they are saved all three or
not at all, and can be skipped as a whole. The region list is our own tracker, based on the
regions used in the Nordic Musculoskeletal Questionnaire, and is labelled that way.

Keyboard: Tab reaches everything (each 0–10 scale is one Tab stop; the arrows move along it),
digits answer the focused scale, Enter picks the number the arrows walked to and goes on once
the page is complete, Esc dismisses. Answers are never dropped silently: Esc after any answer
first asks "Discard this check-in?" inside the window; a second Esc discards.

It only asks and emits: `saved(regions, peg)` with regions {id: 0..10} in display order and
peg (p, e, g) or None, or `dismissed()`.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backmove.core.regions import REGIONS
from backmove.ui.body_map import BodyMap, region_names
from backmove.ui.end_of_day import EnterGoesOn, tracking_style
from backmove.ui.kit.screens import Spot, put
from backmove.ui.kit.theme import look_for, scaled_sheet
from backmove.ui.kit.widgets import Scroller, button, label, needed_height, window_title
from backmove.ui.rating import NrsButtons

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_SCALE_BUTTON = 30
_ROW_WIDTH = 11 * _SCALE_BUTTON + 10 * 6 + 24  # eleven buttons, their gaps, a scroll bar


def _focus(scale: NrsButtons) -> None:
    """Put the focus on the scale's Tab stop: the picked number, or 0."""
    scale.buttons[scale.value() or 0].setFocus(Qt.FocusReason.TabFocusReason)


class _RegionRow(QWidget):
    """A marked region: its name above its own 0–10 scale."""

    def __init__(self, region: str, name: str) -> None:
        super().__init__()
        self.region = region
        self.name = label(name, "row-name")
        self.scale = NrsButtons()
        self.scale.setAccessibleName(
            self.tr("{region}: discomfort from 0 to 10").format(region=name)
        )
        self.scale.low_label.hide()  # the anchors are said once, above all the rows
        self.scale.high_label.hide()
        for b in self.scale.buttons:
            b.setMinimumSize(_SCALE_BUTTON, 34)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.name)
        layout.addWidget(self.scale)


class WeeklyCheckin(QDialog):
    saved = Signal(dict, object)
    dismissed = Signal()

    def __init__(
        self, *, peg: bool = False, theme: str = "system", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkin")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(window_title(self.tr("Weekly check-in")))
        self.setAccessibleName(self.tr("Weekly check-in"))
        look = look_for(theme)
        self.setStyleSheet(
            tracking_style(look, "checkin")
            + scaled_sheet(f"""
#checkin QLabel[role="row-name"] {{ font-weight: 600; }}
#checkin QLabel[role="item"] {{ font-size: 12pt; font-weight: 600; }}
#checkin QPushButton[role="scale"] {{ font-size: 11pt; }}
#checkin QFrame[role="panel"] {{ background: {look.surface}; border: 1px solid {look.line};
    border-radius: 14px; }}
#checkin QFrame#confirm {{ background: {look.rule_bg}; border: 1px solid {look.rule_line};
    border-radius: 10px; }}
#checkin QFrame#confirm QLabel {{ color: {look.rule_text}; }}
""")
        )
        self._peg = peg
        self._theme = theme
        self._names = region_names()
        self._rows: dict[str, _RegionRow] = {}
        self._nothing = False
        self._done = False
        self._enter = EnterGoesOn(self._go_on, self)

        self.stack = QStackedWidget()
        self.regions_page = self._build_regions()
        self.stack.addWidget(self.regions_page)
        self.peg_page: QWidget | None = None
        self.peg_scales: list[NrsButtons] = []
        if peg:
            self.peg_page = self._build_peg()
            self.stack.addWidget(self.peg_page)
        self.confirm = self._build_confirm()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.confirm)
        self.resize(940, 680)
        self._refresh()
        self.body_map.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- building ----------------------------------------------------------------------------

    def _eyebrow(self, step: int) -> str:
        if not self._peg:
            return self.tr("WEEKLY CHECK-IN")
        return self.tr("WEEKLY CHECK-IN · {step} OF 2").format(step=step)

    def _build_regions(self) -> QWidget:
        page = QWidget()
        self.body_map = BodyMap(theme=self._theme)
        self.body_map.setMinimumSize(340, 440)
        self.body_map.region_toggled.connect(self._toggled)
        seen = label(
            self.tr("Seen from behind. Tap each place, or use the arrow keys and Space."),
            "fine-print",
            wrap=True,
        )
        seen.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.body_map, 1)
        left.addWidget(seen)

        panel = QFrame()
        panel.setProperty("role", "panel")
        self.scale_hint = label(
            self.tr("How bad was it? 0 = no discomfort, 10 = worst you can imagine."),
            "muted",
            wrap=True,
        )
        self.empty_hint = label(
            self.tr(
                "Mark each place you felt discomfort this week. None "
                "at all? Choose “Nothing this week”."
            ),
            "muted",
            wrap=True,
        )
        self.rows_hint = label(
            self.tr("Give each marked place a number to go on."), "muted", wrap=True
        )
        self.rows_box = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 8, 0)
        self.rows_layout.setSpacing(16)
        self.rows_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.rows_box)
        self.scroll_area.setMinimumWidth(_ROW_WIDTH)
        inside = QVBoxLayout(panel)
        inside.setContentsMargins(20, 18, 12, 18)
        inside.setSpacing(14)
        inside.addWidget(self.scale_hint)
        inside.addWidget(self.empty_hint)
        inside.addWidget(self.scroll_area, 1)
        inside.addWidget(self.rows_hint)

        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(left, 0)
        body.addWidget(panel, 1)

        source = label(
            self.tr(
                "Our own tracker, based on the regions used in the Nordic "
                "Musculoskeletal Questionnaire (Kuorinka et al., Appl Ergon "
                "1987)."
            ),
            "fine-print",
            wrap=True,
        )
        self.nothing_button = button(
            self.tr("Nothing this week"), self.tr("No discomfort anywhere this week")
        )
        self.nothing_button.clicked.connect(self._nothing_this_week)
        self.later_button = button(
            self.tr("Not now"), self.tr("Not now: close the check-in"), kind="quiet"
        )
        self.later_button.clicked.connect(self.reject)
        self.regions_button = button(
            self.tr("Next") if self._peg else self.tr("Save"),
            self.tr("Next: three questions about the past week")
            if self._peg
            else self.tr("Save the check-in"),
            primary=True,
        )
        self.regions_button.clicked.connect(self._regions_done)
        footer = QHBoxLayout()
        footer.setSpacing(10)
        footer.addWidget(self.nothing_button)
        footer.addStretch(1)
        footer.addWidget(self.later_button)
        footer.addWidget(self.regions_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(label(self._eyebrow(1), "eyebrow"))
        layout.addWidget(
            label(self.tr("Where did you feel discomfort this week?"), "question", wrap=True)
        )
        layout.addSpacing(4)
        layout.addLayout(body, 1)
        layout.addWidget(source)
        layout.addLayout(footer)
        return page

    def _build_peg(self) -> QWidget:
        page = QWidget()
        no_pain, worst = self.tr("No pain"), self.tr("Pain as bad as you can imagine")
        not_at_all, completely = self.tr("Does not interfere"), self.tr("Completely interferes")
        items = [
            (
                self.tr("What number best describes your pain on average in the past week?"),
                no_pain,
                worst,
            ),
            (
                self.tr(
                    "What number best describes how, during the past week, pain has "
                    "interfered with your enjoyment of life?"
                ),
                not_at_all,
                completely,
            ),
            (
                self.tr(
                    "What number best describes how, during the past week, pain has "
                    "interfered with your general activity?"
                ),
                not_at_all,
                completely,
            ),
        ]
        panel = QFrame()
        panel.setProperty("role", "panel")
        inside = QVBoxLayout(panel)
        inside.setContentsMargins(24, 20, 24, 20)
        inside.setSpacing(8)
        self.peg_questions: list[QLabel] = []
        for i, (question, low, high) in enumerate(items):
            if i:
                inside.addSpacing(14)
            text = label(question, "item", wrap=True)
            scale = NrsButtons(low, high)
            scale.setAccessibleName(question)
            scale.chosen.connect(self._refresh)
            self._enter.watch(scale)
            inside.addWidget(text)
            inside.addWidget(scale)
            self.peg_questions.append(text)
            self.peg_scales.append(scale)

        self.peg_hint = label(self.tr("Answer all three to save them, or skip them."), "muted")
        cite = label(self.tr("PEG: Krebs et al., J Gen Intern Med 2009"), "fine-print")
        self.back_button = button(self.tr("Back"), self.tr("Back to the body map"), kind="quiet")
        self.back_button.clicked.connect(self._back)
        self.skip_peg_button = button(
            self.tr("Skip these questions"), self.tr("Save without these three questions")
        )
        self.skip_peg_button.clicked.connect(self._skip_peg)
        self.peg_button = button(self.tr("Save"), self.tr("Save the check-in"), primary=True)
        self.peg_button.clicked.connect(self._peg_done)
        footer = QHBoxLayout()
        footer.setSpacing(10)
        footer.addWidget(self.back_button)
        footer.addStretch(1)
        footer.addWidget(self.skip_peg_button)
        footer.addWidget(self.peg_button)

        words = QWidget()
        column = QVBoxLayout(words)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(label(self._eyebrow(2), "eyebrow"))
        column.addWidget(
            label(self.tr("Three questions about the past week"), "question", wrap=True)
        )
        column.addSpacing(4)
        column.addWidget(panel)
        column.addWidget(self.peg_hint)
        column.addStretch(1)
        column.addWidget(cite)
        # On a short screen, or with large text, the questions scroll; the buttons stay.
        self.peg_scroller = Scroller(words)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.peg_scroller, 1)
        layout.addLayout(footer)
        return page

    def _build_confirm(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("confirm")
        frame.setAccessibleName(self.tr("Discard this check-in?"))
        text = label(
            self.tr("Discard this check-in? The answers you gave will not be kept."), wrap=True
        )
        self.keep_button = button(self.tr("Keep going"), self.tr("Keep going with the check-in"))
        self.keep_button.clicked.connect(self._keep)
        self.discard_button = button(
            self.tr("Discard"), self.tr("Discard this check-in"), kind="stop"
        )
        self.discard_button.clicked.connect(self._discard)
        row = QHBoxLayout(frame)
        row.setContentsMargins(16, 10, 12, 10)
        row.setSpacing(10)
        row.addWidget(text, 1)
        row.addWidget(self.keep_button)
        row.addWidget(self.discard_button)
        frame.hide()
        return frame

    # --- state -------------------------------------------------------------------------------

    def page(self) -> str:
        """ "regions" or "peg"."""
        return "peg" if self.stack.currentWidget() is self.peg_page else "regions"

    def regions(self) -> dict[str, int | None]:
        """Each marked region with its answer so far (None: not answered yet)."""
        return {r: self._rows[r].scale.value() for r in REGIONS if r in self._rows}

    def region_row(self, region: str) -> NrsButtons:
        """The 0–10 scale of a marked region."""
        return self._rows[region].scale

    def asking_to_discard(self) -> bool:
        return not self.confirm.isHidden()

    def _answered(self) -> bool:
        return (
            bool(self._rows) or self._nothing or any(s.value() is not None for s in self.peg_scales)
        )

    def _regions_complete(self) -> bool:
        return bool(self._rows) and all(v is not None for v in self.regions().values())

    def _toggled(self, region: str, on: bool) -> None:
        if on and region not in self._rows:
            row = _RegionRow(region, self._names[region])
            row.scale.chosen.connect(self._refresh)
            self._enter.watch(row.scale)
            self._rows[region] = row
            at = [r for r in REGIONS if r in self._rows].index(region)
            self.rows_layout.insertWidget(at, row)
            row.show()  # now, not on the next turn of the event loop: Tab may come first
        elif not on and region in self._rows:
            row = self._rows.pop(region)
            self.rows_layout.removeWidget(row)
            row.deleteLater()
        self._retab()
        self._refresh()

    def _retab(self) -> None:
        """Tab goes map → the rows, head to feet → the buttons, whatever order they came in."""
        chain: list[QWidget] = [self.body_map]
        for region in REGIONS:
            if region in self._rows:
                chain.extend(self._rows[region].scale.buttons)
        chain += [self.nothing_button, self.later_button, self.regions_button]
        for a, b in pairwise(chain):
            QWidget.setTabOrder(a, b)

    def _refresh(self) -> None:
        has_rows = bool(self._rows)
        self.empty_hint.setVisible(not has_rows)
        self.scale_hint.setVisible(has_rows)
        self.scroll_area.setVisible(has_rows)
        self.rows_hint.setVisible(has_rows and not self._regions_complete())
        self.nothing_button.setEnabled(not has_rows)
        self.regions_button.setEnabled(self._regions_complete())
        if self._peg:
            complete = all(s.value() is not None for s in self.peg_scales)
            self.peg_button.setEnabled(complete)
            self.peg_hint.setVisible(not complete)
        self._set_default()

    def _set_default(self) -> None:
        primary = self.peg_button if self.page() == "peg" else self.regions_button
        primary.setDefault(True)

    def _show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        self._set_default()

    # --- answers -----------------------------------------------------------------------------

    def _nothing_this_week(self) -> None:
        if self._rows:
            return
        self._nothing = True
        if self.peg_page is not None:
            self._show_page(self.peg_page)
            _focus(self.peg_scales[0])
        else:
            self._save(None)

    def _regions_done(self) -> None:
        if not self._regions_complete():
            return
        self._nothing = False
        if self.peg_page is not None:
            self._show_page(self.peg_page)
            _focus(self.peg_scales[0])
        else:
            self._save(None)

    def _back(self) -> None:
        self._nothing = False
        self._show_page(self.regions_page)
        self.body_map.setFocus(Qt.FocusReason.BacktabFocusReason)

    def _skip_peg(self) -> None:
        """A slot, not a lambda holding the dialog: the dialog must be freed as soon as the
        app lets go of it."""
        self._save(None)

    def _peg_done(self) -> None:
        p, e, g = (s.value() for s in self.peg_scales)
        if p is None or e is None or g is None:
            return
        self._save((p, e, g))

    def _save(self, peg: tuple[int, int, int] | None) -> None:
        if self._done:
            return
        regions: dict[str, int] = (
            {} if self._nothing else {r: v for r, v in self.regions().items() if v is not None}
        )
        self._done = True
        self.accept()
        self.saved.emit(regions, peg)

    # --- leaving -----------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, "Not now" and closing the window: straight out when nothing was answered;
        otherwise ask first, and go when asked again."""
        if self._done:
            return
        if self.confirm.isHidden() and self._answered():
            self.stack.setEnabled(False)
            self.confirm.show()
            self.keep_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._discard()

    def _keep(self) -> None:
        self.confirm.hide()
        self.stack.setEnabled(True)
        if self.page() == "regions":
            self.body_map.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            _focus(self.peg_scales[0])

    def _discard(self) -> None:
        if self._done:
            return
        self._done = True
        super().reject()
        self.dismissed.emit()

    def present(self) -> None:
        """Show the check-in in the middle of the screen holding the mouse pointer, without
        taking focus; taller when larger text needs it (a window does not grow for wrapped text
        by itself), but never taller than the screen leaves room for."""
        height = max(self.height(), needed_height(self))
        put(self, Spot.CENTRE, QSize(self.width(), height))

    def _go_on(self) -> None:
        primary = self.peg_button if self.page() == "peg" else self.regions_button
        if primary.isEnabled():
            primary.click()
