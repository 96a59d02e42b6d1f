"""Keeps backmove's translations in step with its source.

    python scripts/translations.py update   re-extract, keep every translation already made,
                                            write resources/translations/backmove_<lang>.ts and
                                            compile it to .qm with pyside6-lrelease
    python scripts/translations.py check    list what is missing or stale; exit 1 if anything

Why our own extractor rather than pyside6-lupdate: lupdate's Python parser gives module-level
helpers and local aliases of QCoreApplication.translate an empty context, so those strings
would never be found at run time. The rules here are the ones the code follows:

- `self.tr("text")` / `self.tr("%n min", "", n)` inside `class C` → context C;
- `QCoreApplication.translate("ctx", "text")`, backmove's own `translate("ctx", "text")`
  (`backmove.ui.i18n`, which asks Qt or reads the catalogue without it) and
  `QT_TRANSLATE_NOOP("ctx", "text")`;
- a module that defines `_CTX = "ctx"` may call its own `tr("text")` / `_tr("text")` helper
  (`tr("%n days", n)` with a count), and a module that imports that helper shares its context.

English is the source language, but a source text with %n cannot say both "1 second" and "2
seconds": backmove_en.ts holds the English plural forms of the messages with a count, and only
those.

Strings that live in data rather than code are added by name: every setting's label, help and
group ("settings"), and the built-in moves' names, cues and cautions ("moves"). Locations are
left out of the .ts on purpose, so moving code does not churn the translation file.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "backmove"
TRANSLATIONS = ROOT / "resources" / "translations"
MOVES = ROOT / "resources" / "stretches" / "moves"
LANGUAGES = ("de", "en")
NUMERUS_FORMS = {"de": 2, "en": 2}
SOURCE_LANGUAGE = "en"
"""Its catalogue holds only the plural forms of the messages with a count."""


def wanted(lang: str, keys: list[Key]) -> list[Key]:
    """The keys `lang`'s catalogue holds: all of them, or for the source language those with
    a count."""
    return [k for k in keys if k.numerus] if lang == SOURCE_LANGUAGE else keys


REVIEW_CONTEXTS = frozenset(
    {
        "SafetyCard",
        "SafetyCardDialog",
        "StopRule",
        "StopRuleLabel",
        "_CheckPage",
        "moves",
    }
)
"""Contexts whose German must be read by a clinician before release: the red-flag screen,
the stop rules and the move cautions. The .ts marks each of their messages so."""
REVIEW_NOTE = "Safety text: a clinician reviews this translation before release."

TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP"}
HELPER_NAMES = {"tr", "_tr"}
APPLICATIONS = {"QCoreApplication", "QGuiApplication", "QApplication"}


@dataclass(frozen=True, order=True)
class Key:
    context: str
    source: str
    numerus: bool = False


@dataclass
class Found:
    keys: list[Key] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def add(self, key: Key) -> None:
        if key not in self.keys:
            self.keys.append(key)


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: Path, found: Found, module_ctx: str | None) -> None:
        self.path = path
        self.found = found
        self.module_ctx = module_ctx
        self.classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _where(self, node: ast.AST) -> str:
        shown = self.path.relative_to(ROOT) if self.path.is_relative_to(ROOT) else self.path
        return f"{shown}:{getattr(node, 'lineno', 0)}"

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        args = node.args
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            self._tr_method(node, func, args)
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "translate"
            and isinstance(func.value, ast.Name)
            and func.value.id in APPLICATIONS
        ) or (isinstance(func, ast.Name) and func.id in TRANSLATE_NAMES):
            self._translate(node, args)
        elif isinstance(func, ast.Name) and func.id in HELPER_NAMES:
            if len(args) >= 2 and _literal(args[1]) is not None:
                self._translate(node, args)  # a local alias of QCoreApplication.translate
            else:
                self._helper(node, args)
        self.generic_visit(node)

    def _tr_method(self, node: ast.Call, func: ast.Attribute, args: list[ast.expr]) -> None:
        text = _literal(args[0]) if args else None
        owner = func.value
        if text is None:
            return  # a variable: its values are marked with QT_TRANSLATE_NOOP where written
        if not (isinstance(owner, ast.Name) and owner.id == "self" and self.classes):
            self.found.problems.append(
                f"{self._where(node)}: tr() on something other than self inside a class; "
                "use QCoreApplication.translate with a named context"
            )
        else:
            self.found.add(Key(self.classes[-1], text, numerus=len(args) >= 3))

    def _translate(self, node: ast.Call, args: list[ast.expr]) -> None:
        context, text = (_literal(a) for a in args[:2]) if len(args) >= 2 else (None, None)
        if context is None and text is not None:
            self.found.problems.append(
                f"{self._where(node)}: translate() with a context that is not written out; "
                "the extractor cannot file the text, so it would never be translated"
            )
            return
        if context is None or text is None:
            return  # translating a variable: see _tr_method
        self.found.add(Key(context, text, numerus=len(args) >= 4))

    def _helper(self, node: ast.Call, args: list[ast.expr]) -> None:
        text = _literal(args[0]) if args else None
        if text is None:
            return  # translating a variable: see _tr_method
        if self.module_ctx is None:
            self.found.problems.append(
                f"{self._where(node)}: a tr() helper call needs a module _CTX to name its context"
            )
            return
        self.found.add(Key(self.module_ctx, text, numerus=len(args) >= 2))


def _module_context(tree: ast.Module) -> str | None:
    """The module's own `_CTX`, or that of the module its `tr` helper is imported from."""
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id == "_CTX"
        ):
            return _literal(node.value)
    for node in tree.body:
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and any(a.name in HELPER_NAMES for a in node.names)
        ):
            source = ROOT / (node.module.replace(".", "/") + ".py")
            if source.exists():
                return _module_context(ast.parse(source.read_text(encoding="utf-8")))
    return None


def extract_code(found: Found) -> None:
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        _Visitor(path, found, _module_context(tree)).visit(tree)


def extract_data(found: Found) -> None:
    sys.path.insert(0, str(ROOT))
    from backmove.core.settings import SPECS

    for spec in SPECS:
        found.add(Key("settings", spec.group))
    for spec in SPECS:
        found.add(Key("settings", spec.label))
        if spec.help:
            found.add(Key("settings", spec.help))
    for path in sorted(MOVES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for text in [data.get("name", ""), *data.get("cues", ()), *data.get("cautions", ())]:
            if text:
                found.add(Key("moves", text))


def extract() -> Found:
    found = Found()
    extract_code(found)
    extract_data(found)
    return found


# --- the .ts file ------------------------------------------------------------------------

Translation = str | tuple[str, ...]


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"backmove_{lang}.ts"


def _root(path: Path) -> ET.Element:
    return ET.parse(path).getroot()  # noqa: S314 - our own file, not input from elsewhere


def read_ts(path: Path) -> dict[Key, Translation]:
    """What is translated already; unfinished and vanished entries count as not translated."""
    if not path.exists():
        return {}
    done: dict[Key, Translation] = {}
    for ctx in _root(path).iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            numerus = msg.get("numerus") == "yes"
            key = Key(name, msg.findtext("source") or "", numerus)
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if numerus:
                forms = tuple(f.text or "" for f in tr.iter("numerusform"))
                if all(forms):
                    done[key] = forms
            elif tr.text:
                done[key] = tr.text
    return done


def carry_over(keys: list[Key], done: dict[Key, Translation]) -> dict[Key, Translation]:
    """`done`, plus a translation for each new key whose text was translated under another
    context that the code no longer uses: code moved to another class keeps its German
    rather than coming back untranslated."""
    wanted = set(keys)
    gone = {(k.source, k.numerus): v for k, v in done.items() if k not in wanted}
    out = dict(done)
    for key in keys:
        if key not in out and (key.source, key.numerus) in gone:
            out[key] = gone[(key.source, key.numerus)]
    return out


def write_ts(path: Path, lang: str, keys: list[Key], done: dict[Key, Translation]) -> None:
    root = ET.Element("TS", version="2.1", language={"de": "de_DE"}.get(lang, lang))
    by_context: dict[str, list[Key]] = {}
    for key in keys:
        by_context.setdefault(key.context, []).append(key)
    for name in sorted(by_context):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        for key in by_context[name]:
            msg = ET.SubElement(ctx, "message")
            if key.numerus:
                msg.set("numerus", "yes")
            ET.SubElement(msg, "source").text = key.source
            if name in REVIEW_CONTEXTS:
                ET.SubElement(msg, "translatorcomment").text = REVIEW_NOTE
            tr = ET.SubElement(msg, "translation")
            value = done.get(key)
            if value is None:
                tr.set("type", "unfinished")
                if key.numerus:
                    for _ in range(NUMERUS_FORMS.get(lang, 2)):
                        ET.SubElement(tr, "numerusform")
            elif key.numerus:
                for form in value:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value  # type: ignore[assignment]
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


# --- checking ----------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d")


def placeholders(text: str) -> list[str]:
    return sorted(set(_PLACEHOLDER.findall(text)))


def problems(lang: str, found: Found | None = None) -> list[str]:
    """Everything that keeps the translation from being complete and faithful."""
    found = found or extract()
    out = list(found.problems)
    path = ts_path(lang)
    done = read_ts(path)
    listed = _listed_keys(path)
    keys = wanted(lang, found.keys)
    for key in keys:
        if key not in listed:
            out.append(f"{path.name}: not in the file yet: [{key.context}] {key.source!r}")
        elif key not in done:
            out.append(f"{path.name}: not translated: [{key.context}] {key.source!r}")
        else:
            forms = done[key] if isinstance(done[key], tuple) else (done[key],)
            for form in forms:
                if placeholders(key.source) != placeholders(form):  # type: ignore[arg-type]
                    out.append(
                        f"{path.name}: placeholders differ in [{key.context}] "
                        f"{key.source!r} → {form!r}"
                    )
    stale = listed - set(keys)
    out += [
        f"{path.name}: no longer in the code: [{k.context}] {k.source!r}" for k in sorted(stale)
    ]
    return out


def _listed_keys(path: Path) -> set[Key]:
    if not path.exists():
        return set()
    return {
        Key(ctx.findtext("name") or "", msg.findtext("source") or "", msg.get("numerus") == "yes")
        for ctx in _root(path).iter("context")
        for msg in ctx.iter("message")
    }


def compile_qm(lang: str) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    subprocess.run(
        [
            lrelease,
            "-silent",
            "-nounfinished",
            str(ts_path(lang)),
            "-qm",
            str(ts_path(lang).with_suffix(".qm")),
        ],
        check=True,
    )


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "update":
        found = extract()
        for problem in found.problems:
            print(problem, file=sys.stderr)
        for lang in LANGUAGES:
            keys = wanted(lang, found.keys)
            done = carry_over(keys, read_ts(ts_path(lang)))
            write_ts(ts_path(lang), lang, keys, done)
            compile_qm(lang)
        missing = [p for lang in LANGUAGES for p in problems(lang)]
        print(f"{len(found.keys)} strings; {len(missing)} still to do.")
        return 0
    if command == "check":
        missing = [p for lang in LANGUAGES for p in problems(lang)]
        print("\n".join(missing) or "Every string is translated.")
        return 1 if missing else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
