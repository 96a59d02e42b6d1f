"""The commands that draw nothing speak German without Qt: the catalogue read without Qt gives
what Qt's translators give, message for message and count for count; the language is the one
Qt would choose; and a damaged catalogue leaves every word in English."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from backmove.ui.catalogue import MAGIC, Catalogue, translated

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
COUNTS = (0, 1, 2, 3, 4, 5, 7, 11, 12, 21, 22, 25, 101, 102, 111, 1000, 1001, 2_000_000)


def _messages(ts: Path) -> list[tuple[str, str, str, bool]]:
    """Every message of a .ts file: context, source, comment, whether it has a count."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314 - our own file
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    message.get("numerus") == "yes",
                )
            )
    return out


def _lrelease(ts: Path) -> Path:
    """`ts` compiled by Qt's own compiler, as scripts/translations.py compiles backmove's."""
    tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    qm = ts.with_suffix(".qm")
    subprocess.run([tool, "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True)
    return qm


def _same_as_qt(qm: Path, messages: list[tuple[str, str, str, bool]]) -> int:
    """Asserts that every message (and every count of one with a count) reads the same from
    QTranslator and from the catalogue, bare and as QCoreApplication.translate gives it;
    returns how many the catalogue holds."""
    app = QCoreApplication.instance()
    assert app is not None
    qt = QTranslator()
    assert qt.load(str(qm))
    ours = Catalogue.read(qm)
    held = 0
    app.installTranslator(qt)
    try:
        for context, source, comment, counted in messages:
            for asked in {comment, "a comment no message has"}:
                for n in COUNTS if counted else (-1,):
                    where = (qm.name, context, source, asked, n)
                    found = ours.find(context, source, asked, n)
                    assert (found or "") == qt.translate(context, source, asked, n), where
                    assert translated(
                        ours, context, source, asked, n
                    ) == QCoreApplication.translate(context, source, asked, n), where
                    held += found is not None
    finally:
        app.removeTranslator(qt)
    return held


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_message_of_backmoves_catalogues_reads_as_qt_reads_it(
    qapp: QApplication, lang: str
) -> None:
    ts = TRANSLATIONS / f"backmove_{lang}.ts"
    messages = _messages(ts)
    assert len(messages) >= (800 if lang == "de" else 20)
    assert _same_as_qt(ts.with_suffix(".qm"), messages) >= len(messages)


PLURALS = {  # languages whose plural rules use every operator Qt's rules have
    "ru": 3,  # n % 10 == 1 && n % 100 != 11; n % 10 in 2..4 && n % 100 not in 12..14; else
    "pl": 3,
    "cs": 3,
    "ar": 6,  # 0, 1, 2, n % 100 in 3..10, n % 100 in 11..99, else
    "ga": 5,
    "cy": 6,
    "lt": 3,
    "sl": 4,
    "mt": 4,
    "fr": 2,  # n <= 1
    "ja": 1,
}


@pytest.mark.parametrize("lang", sorted(PLURALS))
def test_the_plural_form_for_every_count_is_qts_in_languages_with_harder_rules(
    qapp: QApplication, tmp_path: Path, lang: str
) -> None:
    def forms(label: str) -> str:
        return "".join(
            f"<numerusform>{lang} {label} {i}: %n</numerusform>" for i in range(PLURALS[lang])
        )

    ts = tmp_path / f"plural_{lang}.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<!DOCTYPE TS><TS version="2.1" language="{lang}" sourcelanguage="en">'
        "<context><name>Words</name>"
        f'<message numerus="yes"><source>%n days</source><translation>{forms("day")}</translation>'
        "</message>"
        '<message numerus="yes"><source>%n days</source><comment>away</comment>'
        f"<translation>{forms('away')}</translation></message>"
        "<message><source>Mon</source><translation>Lundi</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    qm = _lrelease(ts)
    messages = [("Words", "%n days", "", True), ("Words", "%n days", "away", True)]
    assert _same_as_qt(qm, [*messages, ("Words", "Mon", "", False)]) > 0
    ours = Catalogue.read(qm)
    app = QCoreApplication.instance()
    assert app is not None
    qt = QTranslator()
    assert qt.load(str(qm))
    app.installTranslator(qt)
    try:
        for n in range(0, 1300):
            assert translated(ours, "Words", "%n days", "", n) == QCoreApplication.translate(
                "Words", "%n days", "", n
            ), (lang, n)
    finally:
        app.removeTranslator(qt)


def _broken_catalogues(good: bytes) -> dict[str, bytes]:
    return {
        "empty": b"",
        "not a catalogue": b"<TS>not compiled</TS>",
        "only the magic": MAGIC,
        "cut in a section header": good[:18],
        "cut in the hashes": good[:200],
        "cut in the messages": good[: len(good) // 2],
        "a section longer than the file": good[:16] + b"\x42\xff\xff\xff\xff" + good[21:],
        "messages overwritten": good[:-2000] + b"\xff" * 2000,
    }


def test_a_damaged_catalogue_finds_nothing_and_the_english_shows(tmp_path: Path) -> None:
    good = (TRANSLATIONS / "backmove_de.qm").read_bytes()
    for what, data in _broken_catalogues(good).items():
        qm = tmp_path / "backmove_de.qm"
        qm.write_bytes(data)
        ours = Catalogue.read(qm)
        for context, source, comment, counted in _messages(TRANSLATIONS / "backmove_de.ts"):
            n = 2 if counted else -1
            text = translated(ours, context, source, comment, n)
            # Either the German (a record the damage did not reach) or the English, whole.
            english = source.replace("%n", "2") if counted else source
            german = translated(Catalogue(good), context, source, comment, n)
            assert text in (english, german), (what, source)
    assert Catalogue.read(tmp_path / "missing.qm").find("cli", "yes") is None


# --- the commands, as their own processes --------------------------------------------------

RUN = """
import sys
from backmove.cli import main
from backmove.ui.i18n import catalogue
code = main(sys.argv[1:])
assert not [m for m in sys.modules if m.startswith("PySide6")], "Qt was imported"
assert catalogue.cache_info().currsize <= 1
sys.exit(code)
"""
THROUGH_QT = """
import sys
from PySide6.QtCore import QCoreApplication
from backmove.ui.language import Language
app = QCoreApplication(["backmove"])
language = Language()  # held: its translators live as long as it does
assert language.use("de") == "de"
from backmove.cli import main
from backmove.ui.i18n import catalogue
code = main(sys.argv[1:])
assert catalogue.cache_info().currsize == 0, "the words came from Qt's translators"
sys.exit(code)
"""


def _env(**locale: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("LC_") and k not in ("LANG", "LANGUAGE", "PYTHONPATH")
    }
    env.update(locale, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return env


def _run(script: str, home: Path, *args: str, cwd: Path = ROOT, **locale: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", script, "--home", str(home), *args],
        cwd=cwd,
        env=_env(**locale) | ({"PYTHONPATH": str(cwd)} if cwd != ROOT else {}),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    return done.stdout


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    from bench.app_process import seed_home

    home = tmp_path / "home"
    seed_home(home)
    return home


@pytest.mark.parametrize(
    ("setting", "locale"),
    [
        ("system", {"LANG": "de_DE.UTF-8"}),
        ("de", {"LANG": "C.UTF-8"}),
        ("de", {"LC_ALL": "en_US.UTF-8"}),
    ],
)
def test_status_in_german_imports_no_qt_and_says_what_qt_would(
    seeded: Path, setting: str, locale: dict[str, str]
) -> None:
    settings = seeded / "settings.toml"
    written = settings.read_text()
    assert 'language = "system"' in written
    settings.write_text(written.replace('language = "system"', f'language = "{setting}"'))
    out = _run(RUN, seeded, "status", **locale)
    assert "backmove läuft nicht" in out and "Integrität: in Ordnung" in out, out
    assert "Sicherheitschecks" in out and "Ziel heute" in out, out
    assert out == _run(THROUGH_QT, seeded, "status", **locale)


@pytest.mark.parametrize(
    "args",
    [("--help",), ("status", "--help"), ("export", "--out", "EXPORT"), ("resume",)],
)
def test_the_other_commands_that_draw_nothing_speak_german_without_qt(
    seeded: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    (seeded / "settings.toml").write_text('language = "de"\n')
    args = tuple(str(tmp_path / "export") if a == "EXPORT" else a for a in args)
    done = subprocess.run(
        [sys.executable, "-c", RUN, "--home", str(seeded), *args],
        cwd=ROOT,
        env=_env(LANG="C.UTF-8"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in done.stderr and "Qt was imported" not in done.stderr, done.stderr
    said = done.stdout + done.stderr
    assert any(word in said for word in ("Hilfe", "Exportierte Einträge", "läuft nicht")), said


def test_wording_imports_no_qt() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, backmove.ui.wording, backmove.ui.i18n, backmove.ui.catalogue\n"
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]",
        ],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


def test_a_damaged_german_catalogue_leaves_status_whole_and_in_english(
    seeded: Path, tmp_path: Path
) -> None:
    """A copy of backmove whose German catalogue is damaged: the command runs, in English,
    every line there."""
    copy = tmp_path / "copy"
    shutil.copytree(ROOT / "backmove", copy / "backmove", ignore=shutil.ignore_patterns("*.pyc"))
    shutil.copytree(ROOT / "resources", copy / "resources")
    (seeded / "settings.toml").write_text('language = "en"\n')
    english = _run(RUN, seeded, "status", cwd=copy, LANG="C.UTF-8")
    (seeded / "settings.toml").write_text('language = "de"\n')
    english_home = english.replace(str(seeded), "HOME")
    qm = copy / "resources" / "translations" / "backmove_de.qm"
    good = qm.read_bytes()
    for what, data in _broken_catalogues(good).items():
        qm.write_bytes(data)
        out = _run(RUN, seeded, "status", cwd=copy, LANG="C.UTF-8")
        assert len(out.splitlines()) == len(english.splitlines()), (what, out)
        if what != "messages overwritten":  # records the damage did not reach stay German
            assert out.replace(str(seeded), "HOME") == english_home, (what, out)
    qm.unlink()
    out = _run(RUN, seeded, "status", cwd=copy, LANG="C.UTF-8")
    assert out.replace(str(seeded), "HOME") == english_home


# --- the language Qt would choose ----------------------------------------------------------

CHOOSE = """
from PySide6.QtCore import QLocale
from backmove.ui.i18n import system_language
from backmove.ui.language import resolve
print(system_language(), resolve("system"), resolve("system", QLocale.system()),
      QLocale.system().name())
"""


@pytest.mark.parametrize(
    "locale",
    [
        {},
        {"LANG": "de_DE.UTF-8"},
        {"LANG": "de_AT.UTF-8@euro"},
        {"LANG": "en_US.UTF-8", "LC_MESSAGES": "de_DE.UTF-8"},
        {"LANG": "en_US.UTF-8", "LC_NUMERIC": "de_DE.UTF-8"},
        {"LANG": "de_DE.UTF-8", "LC_NUMERIC": "en_US.UTF-8", "LC_MESSAGES": "en_GB"},
        {"LANG": "de_DE.UTF-8", "LC_ALL": "C"},
        {"LANG": "en_US.UTF-8", "LC_ALL": "de_CH.UTF-8"},
        {"LANG": "en_US.UTF-8", "LC_ALL": ""},
        {"LANG": "en_US.UTF-8", "LANGUAGE": "de:en"},
        {"LANG": "de_DE.UTF-8", "LANGUAGE": "en_GB:de"},
        {"LANG": "de_DE.UTF-8", "LANGUAGE": ":en"},
        {"LANG": "de_DE.UTF-8", "LANGUAGE": "xx_unknown"},
        {"LANG": "C.UTF-8", "LANGUAGE": "de"},
        {"LANG": "C", "LANGUAGE": "de"},
        {"LANG": "POSIX"},
        {"LANG": "fr_FR.UTF-8"},
        {"LANG": "deu_DE"},
        {"LANG": "ger"},
        {"LANG": "DE-de"},
        {"LANG": "german"},
        {"LANG": "de_POSIX"},
        {"LANG": "nds_DE.UTF-8"},
    ],
    ids=lambda locale: ",".join(f"{k}={v}" for k, v in locale.items()) or "nothing",
)
def test_the_system_language_is_the_one_qt_reads_from_the_environment(
    locale: dict[str, str],
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHOOSE],
        cwd=ROOT,
        env=_env(**locale),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    without_qt, resolved, by_qt, qt_name = done.stdout.split()
    assert without_qt == resolved == by_qt, qt_name
