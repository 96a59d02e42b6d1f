"""The German catalogue is complete, faithful to its placeholders, and what the app loads; the
English one gives every count its singular; no count agrees with its noun by luck, and no
number is parted from its unit at a line's end."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module


translations = _tool()


def test_every_string_in_the_code_and_the_move_library_has_its_german() -> None:
    assert translations.problems("de") == []


def test_every_count_in_the_code_has_its_english_singular_and_plural() -> None:
    assert translations.problems("en") == []


@pytest.mark.parametrize(("lang", "least"), [("de", 800), ("en", 20)])
def test_the_compiled_catalogue_says_what_the_translation_file_says(lang: str, least: int) -> None:
    qm = QTranslator()
    assert qm.load(str(translations.ts_path(lang).with_suffix(".qm")))
    done = translations.read_ts(translations.ts_path(lang))
    assert len(done) > least
    for key, german in done.items():
        if key.numerus:
            # the translator picks the form; QCoreApplication.translate fills in %n later
            assert qm.translate(key.context, key.source, "", 1) == german[0]
            assert qm.translate(key.context, key.source, "", 5) == german[1]
        else:
            assert qm.translate(key.context, key.source) == german, key


def test_safety_texts_are_marked_for_a_clinicians_review() -> None:
    text = translations.ts_path("de").read_text(encoding="utf-8")
    marked = text.count(translations.REVIEW_NOTE)
    safety = [k for k in translations.extract().keys if k.context in translations.REVIEW_CONTEXTS]
    assert marked == len(safety) > 100


@pytest.mark.parametrize(
    ("source", "german", "fine"),
    [
        ("{n} breaks", "{n} Pausen", True),
        ("{n} breaks", "{anzahl} Pausen", False),
        ("%n min", "%n Min.", True),
        ("%n min", "Min.", False),
    ],
)
def test_the_check_catches_a_lost_placeholder(source: str, german: str, fine: bool) -> None:
    assert (translations.placeholders(source) == translations.placeholders(german)) is fine


def test_the_extractor_refuses_a_translation_it_could_not_find_at_run_time(tmp_path: Path) -> None:
    found = translations.Found()
    source = tmp_path / "x.py"
    source.write_text('def f(app):\n    return app.tr("Hello")\n', encoding="utf-8")
    import ast

    translations._Visitor(source, found, None).visit(ast.parse(source.read_text()))
    assert found.keys == [] and "tr() on something other than self" in found.problems[0]


@pytest.mark.parametrize(
    ("lang", "context", "source", "n", "shown"),
    [
        ("en", "BreakFlow", "Break in %n seconds", 1, "Break in 1 second"),
        ("en", "BreakFlow", "Break in %n seconds", 30, "Break in 30 seconds"),
        ("en", "TodayCard", "{done} of %n breaks today", 1, "{done} of 1 break today"),
        ("en", "Words", "%n weeks", 1, "1 week"),
        ("de", "BreakFlow", "Break in %n seconds", 1, "Pause in 1 Sekunde"),
        ("de", "BreakFlow", "Break in %n seconds", 10, "Pause in 10 Sekunden"),
    ],
)
def test_the_language_the_app_loads_says_one_and_many_apart(
    qapp, lang: str, context: str, source: str, n: int, shown: str
) -> None:
    from PySide6.QtCore import QCoreApplication

    from backmove.ui.language import Language

    language = Language()
    try:
        assert language.use(lang) == lang
        assert QCoreApplication.translate(context, source, "", n) == shown
    finally:
        language.drop()


COUNTED_NOUN = re.compile(
    r"\{([a-z_]+)\}[\s\u00a0](?:[a-z-]+ )?(seconds|minutes|hours|days|weeks|breaks|moves|reps|sets|"
    r"ratings|records|rows|files|prompts|times|activities|questions|pages)\b"
)
ALWAYS_MANY = {
    ("BreakFlow", "n"): "the one-move case has its own words",
    ("AdjustCard", "spaced"): "a longer interval than the user's own, so 2 or more",
    ("FunctionCard", "n"): "the important change, 2 points",
    ("MovesCard", "n"): "the rated breaks a move needs before it is shown, more than one",
    ("MovesCard", "rated"): "a move is shown only after several rated breaks",
    ("StreakCard", "needed"): "the days a week needs, a constant above one",
    ("Words", "hold"): "the days a change must hold, a constant above one",
    ("Report", "hold"): "the days a change must hold, a constant above one",
    ("Report", "points"): "the important change, 2 points",
    ("OnboardingWizard", "n"): "one minute has its own words",
    ("PlayerWindow", "n"): "one rep has its own words; sets are named from two",
    ("cli", "files"): "every export writes one file per table",
    ("cli", "count"): "the figures are dozens of files",
    ("cli", "format"): "the file format's name (CSV, JSON), not a count",
}
"""Counts written with {name} before a plural noun, and why they are never one."""


def test_no_count_agrees_with_its_noun_by_luck() -> None:
    loose = []
    for key in translations.extract().keys:
        if key.numerus:
            continue
        for match in COUNTED_NOUN.finditer(key.source):
            if (key.context, match.group(1)) not in ALWAYS_MANY:
                loose.append(f"[{key.context}] {key.source[:80]!r}")
    assert loose == [], "use %n and a plural form (tr(text, '', n)) for these"


UNIT_AFTER_A_PLAIN_SPACE = re.compile(
    r"(%n|\{[a-z_]*(?::[^}]*)?\}|\b\d+) (s|min|h|%|Min\.|Std\.|Sek\.)(?=[\s\).,×·;:]|$)"
)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_number_and_its_unit_stay_on_one_line(lang: str) -> None:
    """ "finishes in 6 s" must not leave the "s" alone on the next line: a no-break space."""
    texts = [k.source for k in translations.extract().keys]
    for value in translations.read_ts(translations.ts_path(lang)).values():
        texts += list(value) if isinstance(value, tuple) else [value]
    parted = [t for t in texts if UNIT_AFTER_A_PLAIN_SPACE.search(t)]
    assert parted == []
