"""backmove in German: every window a user meets speaks it, and English stays the source."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)

from backmove.ui.language import resolve

from ..unit.test_translations import translations
from .desk import Desk, open_desk
from .test_breaks import answer_check, start_break


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).replace("&", "").strip()


def _english_only() -> set[str]:
    """Sources whose German differs, without placeholders: seeing one means a string slipped
    past the catalogue. Words that are German too ("Pause") are left out."""
    done = translations.read_ts(translations.ts_path("de"))
    german = {_plain(de) for k, de in done.items() if not k.numerus}
    return {
        _plain(k.source)
        for k, de in done.items()
        if not k.numerus
        and not translations.placeholders(k.source)
        and _plain(de) != _plain(k.source)
        and len(k.source) > 2
    } - german


ENGLISH = _english_only()


def shown(root: QWidget) -> set[str]:
    """The words on `root` as a user sees or hears them."""
    texts = {root.windowTitle(), root.accessibleName()}
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        texts |= {w.accessibleName(), w.accessibleDescription(), w.toolTip()}
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
            texts.add(w.text())
        if isinstance(w, QLineEdit):
            texts.add(w.placeholderText())
        if isinstance(w, QGroupBox):
            texts.add(w.title())
        if isinstance(w, QComboBox):
            texts |= {w.itemText(i) for i in range(w.count())}
        if isinstance(w, QListWidget):
            texts |= {w.item(i).text() for i in range(w.count())}
    return {_plain(t) for t in texts if t}


def english_on(root: QWidget) -> set[str]:
    return shown(root) & ENGLISH


@pytest.fixture
def german(qapp: QApplication, home: Path):
    with open_desk(qapp, home, 'language = "de"\n', screened=()) as desk:
        yield desk


def test_the_tray_menu_is_german(german: Desk) -> None:
    words = {_plain(a.text()) for a in german.app.menu.actions.values()}
    assert "Einstellungen…" in words
    assert not words & ENGLISH


def test_a_break_is_german_from_the_prompt_to_the_moves(german: Desk) -> None:
    window = start_break(german)
    assert not english_on(german.app.flow.prompt)
    for _ in range(8):
        assert not english_on(window), window.page()
        if window.page() == "before":
            window.before_question.skipped.emit()
        elif window.page() == "after":
            break
        else:
            english_name = next(
                m
                for m in _catalog_names()
                if QCoreApplication.translate("moves", m) == window.title.text()
            )
            assert window.title.text() != english_name  # the move's own words, translated
            window.next_button.click()


def _catalog_names() -> list[str]:
    from backmove.core.catalog import load_catalog
    from backmove.resources import stretches_dir

    return [m.name for m in load_catalog(stretches_dir())[0]]


def test_the_first_start_and_the_safety_check_are_german(qapp: QApplication, home: Path) -> None:
    with open_desk(qapp, home, 'language = "de"\n') as desk:
        wizard = desk.app.safety.wizard
        assert not english_on(wizard)
        wizard.start_button.click()
        for page in wizard.check_pages:
            assert not english_on(wizard)
            page.none_box.click()
            page.next_button.click()
        answer_check(wizard, set())


def test_settings_and_dashboard_are_german(german: Desk) -> None:
    german.app.preferences.open()
    window = german.app.preferences.window
    assert window is not None and window.isVisible()
    assert not english_on(window)
    german.app.views.open_dashboard()
    assert german.app.views.dashboard.isVisible()
    assert not english_on(german.app.views.dashboard)


def test_closing_the_app_leaves_english_behind(qapp: QApplication, home: Path) -> None:
    with open_desk(qapp, home, 'language = "de"\n', screened=()):
        assert QCoreApplication.translate("AppMenu", "Se&ttings…") != "Se&ttings…"
    assert QCoreApplication.translate("AppMenu", "Se&ttings…") == "Se&ttings…"
    assert QLocale().language() != QLocale.Language.German


@pytest.mark.parametrize(
    ("choice", "system", "code"),
    [
        ("de", "en_US", "de"),
        ("en", "de_DE", "en"),
        ("system", "de_AT", "de"),
        ("system", "fr_FR", "en"),
    ],
)
def test_the_language_setting_and_the_system_language(choice: str, system: str, code: str) -> None:
    assert resolve(choice, QLocale(system)) == code
