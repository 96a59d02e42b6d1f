"""The language the user chose, installed as Qt translators.

The setting is "system", "en" or "de". English is the source language; its small catalogue
holds only the plural forms ("Break in 1 second", "Break in 30 seconds"), which a source text
with %n cannot give by itself. Qt's own catalogue (qtbase) comes too (not for English), for
the buttons of standard dialogs, and the default QLocale follows, so weekday names and
dates read in the same language as the rest.
The choice is made once, before any window exists: widgets translate when they are built.
While the translators are installed, `ui.i18n.translate` asks Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from backmove.resources import resources_dir
from backmove.ui import i18n


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language code a setting means on this system (with `system` as the system's
    locale, when given): on Linux decided without Qt (`i18n.chosen_language`), which reads
    the environment as Qt does, elsewhere Qt's system locale."""
    known = i18n.chosen_language(choice) if system is None else None
    if known is not None:
        return known
    if choice in i18n.LANGUAGES:
        return choice
    name = (system or QLocale.system()).name().split("_")[0]
    return name if name in i18n.LANGUAGES else "en"


class Language:
    """Installs and removes backmove's translators; removal matters to tests and restarts,
    which build several apps in one process."""

    def __init__(self) -> None:
        self._translators: list[QTranslator] = []
        self._previous_locale: QLocale | None = None
        self.code = "en"

    def use(self, choice: str) -> str:
        """Switch to `choice`; returns the language code now in use."""
        self.drop()
        code = resolve(choice)
        self.code = code
        self._previous_locale = QLocale()
        QLocale.setDefault(QLocale(code))
        app = QCoreApplication.instance()
        ours = QTranslator()
        if app is None or not ours.load(
            str(resources_dir() / "translations" / f"backmove_{code}.qm")
        ):
            return code  # no catalogue: the English source shows, never an empty label
        qt = QTranslator()
        if code != "en" and qt.load(
            QLocale(code),
            "qtbase",
            "_",
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        ):
            self._translators.append(qt)
        self._translators.append(ours)
        for translator in self._translators:
            app.installTranslator(translator)
        i18n.hand_to_qt(QCoreApplication.translate)
        return code

    def drop(self) -> None:
        if self._translators:
            i18n.hand_to_qt(None)
        app = QCoreApplication.instance()
        for translator in self._translators:
            if app is not None:
                app.removeTranslator(translator)
        self._translators.clear()
        if self._previous_locale is not None:
            QLocale.setDefault(self._previous_locale)
            self._previous_locale = None
        self.code = "en"
