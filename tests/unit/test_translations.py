"""The German catalogue is complete, faithful to its placeholders, and what the app loads."""

from __future__ import annotations

import importlib.util
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


def test_the_compiled_catalogue_says_what_the_translation_file_says() -> None:
    qm = QTranslator()
    assert qm.load(str(translations.ts_path("de").with_suffix(".qm")))
    done = translations.read_ts(translations.ts_path("de"))
    assert len(done) > 800
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
