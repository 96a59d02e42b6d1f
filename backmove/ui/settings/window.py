"""The settings window, built from the schema: one page per group, one row per setting.

Nothing here lists a setting by hand. Each Spec in backmove.core.settings.SPECS becomes a row
on its group's page, with the editor its `kind` calls for; a new setting appears by itself,
and a new kind shows up as a missing editor (the tests iterate SPECS).

Changes apply at once: after each valid edit the window emits `settings_changed(Settings)`
with the whole new set; the app saves it and re-plans. Clicks and picks apply immediately,
typing after a pause of DEBOUNCE_MS (and at once on Enter, on leaving the field, or when the
window closes). A value outside the recommended range is applied with a note beside it; one
the schema refuses is not applied, and the row says why.

The language is the one setting that needs a restart (widgets translate as they are built), so
changing it asks, above the page, whether to restart now; "Restart now" emits
`restart_requested`, "Later" leaves the change for the next start.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backmove.core.clock import Clock, SystemClock
from backmove.core.settings import GROUPS, SPECS, Settings, advise, validate
from backmove.ui.kit.screens import fit_to_screen
from backmove.ui.kit.theme import dress, grown, look_for, qpalette
from backmove.ui.kit.widgets import button, label, window_title
from backmove.ui.language import resolve
from backmove.ui.settings.controls import Field
from backmove.ui.settings.data import DataSection
from backmove.ui.settings.dates import DatesEditor
from backmove.ui.settings.editors import (
    AreasEditor,
    BoolEditor,
    ChoiceEditor,
    Editor,
    FolderEditor,
    IntEditor,
    IntListEditor,
    TextEditor,
    TimeEditor,
)
from backmove.ui.settings.hours import HoursEditor
from backmove.ui.settings.page import Page
from backmove.ui.settings.rows import SettingRow
from backmove.ui.settings.style import ROOT, stylesheet
from backmove.ui.settings.words import choice_label, group_title, help_of, label_of, refusal, tr
from backmove.ui.wording import describe

log = logging.getLogger(__name__)

DEBOUNCE_MS = 400

EDITORS: dict[str, type[Editor]] = {
    "int": IntEditor,
    "bool": BoolEditor,
    "choice": ChoiceEditor,
    "time": TimeEditor,
    "hours": HoursEditor,
    "dates": DatesEditor,
    "int_list": IntListEditor,
    "areas": AreasEditor,
    "text": TextEditor,
    "folder": FolderEditor,
}


class SettingsWindow(QWidget):
    """backmove's preferences, one page per group of the schema, plus any `extra_pages`.

    Signals, for the app to act on (the window itself changes nothing outside itself):
    - `settings_changed(Settings)`: the whole new set after a valid edit; save it, re-plan.
    - `export_requested()`, `backup_requested()`, `restore_requested()`,
      `open_data_folder_requested()`: buttons on the General page.
    - `restart_requested()`: the user changed the language and chose "Restart now".
    - `delete_all_requested()`: only after the in-window confirmation. It promises the user
      that every record (breaks, ratings, move verdicts, check-ins, safety answers, app
      events), the daily backups and the log file go, and that settings and own moves stay.
    """

    settings_changed = Signal(Settings)
    export_requested = Signal()
    backup_requested = Signal()
    restore_requested = Signal()
    delete_all_requested = Signal()
    open_data_folder_requested = Signal()
    restart_requested = Signal()

    def __init__(
        self,
        settings: Settings,
        *,
        theme: str = "system",
        extra_pages: dict[str, QWidget] | None = None,
        parent: QWidget | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName(ROOT)
        self.setWindowTitle(window_title(tr("Settings")))
        self.setAccessibleName(tr("backmove settings"))
        self._settings = settings
        self._pending: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply_pending)
        self.editors: dict[str, Editor] = {}
        self.rows: dict[str, SettingRow] = {}
        self.pages: dict[str, Page] = {}

        self.filter_box = Field()
        self.filter_box.setObjectName("filter")
        self.filter_box.setPlaceholderText(tr("Find a setting (Ctrl+F)"))
        self.filter_box.setAccessibleName(tr("Find a setting"))
        self.filter_box.setAccessibleDescription(
            tr("Shows only the settings whose name or explanation contains these words.")
        )
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setMinimumHeight(34)
        self.filter_box.textChanged.connect(self._filter)
        self.filter_box.installEventFilter(self)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(tr("Settings pages"))
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.nav.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.no_match = label("", "muted", wrap=True)
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.data = DataSection()
        for name in (
            "export_requested",
            "backup_requested",
            "restore_requested",
            "delete_all_requested",
            "open_data_folder_requested",
        ):
            getattr(self.data, name).connect(getattr(self, name).emit)

        self.restart_bar = self._restart_bar()
        self._build_pages(extra_pages or {})
        today = (clock if clock is not None else SystemClock()).local().date()
        for editor in self.editors.values():
            if isinstance(editor, DatesEditor):
                editor.set_today(today)
        self.stack.addWidget(self.no_match)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.nav.setCurrentRow(0)
        self._layout()
        self.set_theme(theme)
        for key, editor in self.editors.items():
            editor.set_value(settings[key])
        self.set_settings(settings)

        for keys, slot in (
            (QKeySequence.StandardKey.Find, self.focus_filter),
            (QKeySequence("Ctrl+W"), self.close),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        self.setMinimumSize(720, 480)
        # Wider for larger text, so no row needs scrolling across; never past the screen.
        fit_to_screen(self, QSize(grown(940), 700))

    # --- building ------------------------------------------------------------------------------

    def _build_pages(self, extra_pages: dict[str, QWidget]) -> None:
        for group in GROUPS:
            page = Page(group_title(group))
            rows = []
            for spec in (s for s in SPECS if s.group == group):
                make = EDITORS.get(spec.kind)
                if make is None:
                    log.warning("no editor for kind %r (setting %s)", spec.kind, spec.key)
                    continue
                editor = make(spec)
                editor.edited.connect(lambda settled, key=spec.key: self._edited(key, settled))
                row = SettingRow(spec.key, label_of(spec), help_of(spec), editor)
                self.editors[spec.key] = editor
                self.rows[spec.key] = row
                rows.append(row)
            if rows:
                page.add_card(rows)
            if group == "General":
                page.add_card(self.data.rows, tr("Your data"))
            self._add_page(group, page)
        for title, widget in extra_pages.items():
            page = Page(title)
            page.add_widget(widget)
            self._add_page(title, page)

    def _add_page(self, name: str, page: Page) -> None:
        self.pages[name] = page
        self.stack.addWidget(page)
        item = QListWidgetItem(page.title)
        item.setData(Qt.ItemDataRole.UserRole, name)
        self.nav.addItem(item)

    def _layout(self) -> None:
        sidebar = QFrame()
        sidebar.setProperty("role", "sidebar")
        sidebar.setFixedWidth(grown(232))
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(14, 18, 14, 16)
        side.setSpacing(12)
        side.addWidget(self.filter_box)
        side.addWidget(self.nav, 1)
        footnote = label(
            tr("Changes apply as you make them; there is nothing to save."), "muted", wrap=True
        )
        side.addWidget(footnote)
        main = QVBoxLayout()
        main.setContentsMargins(0, 0, 0, 0)
        main.setSpacing(0)
        main.addWidget(self.restart_bar)
        main.addWidget(self.stack, 1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(sidebar)
        row.addLayout(main, 1)

    def _restart_bar(self) -> QFrame:
        """The question after a change of language, hidden until then."""
        bar = QFrame()
        bar.setObjectName("restart")
        bar.setProperty("role", "restart")
        self.restart_question = label("", wrap=True)
        self.restart_button = button(
            tr("Restart now"), tr("Restart backmove now in the new language"), primary=True
        )
        self.restart_button.clicked.connect(self._restart_now)
        self.later_button = button(
            tr("Later"), tr("Restart later: the language changes at the next start")
        )
        self.later_button.clicked.connect(bar.hide)
        row = QHBoxLayout(bar)
        row.setContentsMargins(18, 10, 14, 10)
        row.setSpacing(10)
        row.addWidget(self.restart_question, 1)
        row.addWidget(self.later_button)
        row.addWidget(self.restart_button)
        bar.hide()
        return bar

    def asking_to_restart(self) -> bool:
        return not self.restart_bar.isHidden()

    def _ask_to_restart(self, choice: str) -> None:
        language = choice_label("language", resolve(choice))
        question = tr("Restart backmove now to use {language}?").format(language=language)
        self.restart_question.setText(question)
        self.restart_bar.setAccessibleName(question)
        self.restart_bar.show()
        self.restart_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _restart_now(self) -> None:
        self.restart_bar.hide()
        self.restart_requested.emit()

    # --- what others call ----------------------------------------------------------------------

    def settings(self) -> Settings:
        return self._settings

    def set_settings(self, settings: Settings) -> None:
        """Show `settings`, changed elsewhere. A field the user is still typing in keeps what
        they typed; it is applied on top of these when they pause."""
        theme_moved = settings["theme"] != self._settings["theme"]
        self._settings = settings
        for key, editor in self.editors.items():
            if key in self._pending:
                continue
            if editor.value() != settings[key]:
                editor.set_value(settings[key])
            self._advise(key, settings[key])
        if theme_moved:
            self.set_theme(settings["theme"])

    def set_data_folder(self, path: str | Path) -> None:
        self.data.set_data_folder(path)

    def set_theme(self, theme: str) -> None:
        """ "light", "dark" or "system". The window also follows its own Theme setting."""
        look = look_for(theme)
        self.setStyleSheet(stylesheet(look))
        dress(self, qpalette(look))

    def page_names(self) -> list[str]:
        return list(self.pages)

    def current_page(self) -> str:
        return str(self.nav.currentItem().data(Qt.ItemDataRole.UserRole))

    def show_page(self, name: str) -> None:
        for i in range(self.nav.count()):
            if self.nav.item(i).data(Qt.ItemDataRole.UserRole) == name:
                self.nav.setCurrentRow(i)
                return
        raise KeyError(name)

    def focus_filter(self) -> None:
        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_box.selectAll()

    # --- edits ---------------------------------------------------------------------------------

    def _edited(self, key: str, settled: bool) -> None:
        self._pending.add(key)
        if settled:
            self.apply_pending()
        else:
            self._timer.start()

    def apply_pending(self) -> None:
        """Apply what was edited since the last time: check each value with the schema,
        note or refuse it in its row, and emit the new settings if anything changed."""
        self._timer.stop()
        changes: dict[str, Any] = {}
        for key in sorted(self._pending):
            value = self.editors[key].value()
            problem = validate(key, value)
            if problem is not None:
                self.rows[key].show_note(refusal(problem), "error")
                continue
            changes[key] = value
            self._advise(key, value)
        self._pending.clear()
        if not changes:
            return
        fresh = self._settings.replace(**changes)
        if fresh.as_dict() == self._settings.as_dict():
            return
        language_moved = fresh["language"] != self._settings["language"]
        self._settings = fresh
        if "theme" in changes:
            self.set_theme(fresh["theme"])
        self.settings_changed.emit(fresh)
        if language_moved:
            self._ask_to_restart(fresh["language"])

    def _advise(self, key: str, value: Any) -> None:
        note = advise(key, value)
        self.rows[key].show_note(describe(note) if note is not None else "")

    # --- finding -------------------------------------------------------------------------------

    def _filter(self, text: str) -> None:
        first_shown = None
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            name = item.data(Qt.ItemDataRole.UserRole)
            page = self.pages[name]
            shown = page.apply_filter(text)
            hit = shown > 0 or (
                bool(text.strip()) and text.strip().casefold() in page.title.casefold()
            )
            item.setHidden(bool(text.strip()) and not hit)
            if not item.isHidden() and first_shown is None:
                first_shown = i
        current = self.nav.currentItem()
        if first_shown is None:
            self.no_match.setText(tr("No setting matches “{text}”.").format(text=text.strip()))
            self.stack.setCurrentWidget(self.no_match)
        elif current is None or current.isHidden():
            self.nav.setCurrentRow(first_shown)
        else:
            self._nav_changed(self.nav.currentRow())

    def _nav_changed(self, row: int) -> None:
        item = self.nav.item(row)
        if item is not None:
            self.stack.setCurrentWidget(self.pages[item.data(Qt.ItemDataRole.UserRole)])

    # --- Qt ------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.filter_box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.filter_box.text()
        ):
            self.filter_box.clear()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        """Closing applies what is still being typed and forgets a half-made deletion."""
        self.apply_pending()
        self.data.cancel_delete()
        super().hideEvent(event)
