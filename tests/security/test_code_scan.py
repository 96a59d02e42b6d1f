"""No code path of backmove evaluates, unpickles or hands to a shell anything it reads.

An AST scan of the package: eval and exec, pickle, marshal and shelve, a shell (shell=True,
os.system, os.popen, subprocess.getoutput), and yaml.load. A hit fails naming file:line.
"""

from __future__ import annotations

import ast
from pathlib import Path

import backmove

PACKAGE = Path(backmove.__file__).parent

BUILTINS = {"eval", "exec"}
MODULES = {"pickle", "cPickle", "_pickle", "marshal", "shelve", "dill"}
ATTRIBUTES = {
    ("os", "system"),
    ("os", "popen"),
    ("subprocess", "getoutput"),
    ("subprocess", "getstatusoutput"),
    ("yaml", "load"),
    ("yaml", "load_all"),
    ("yaml", "unsafe_load"),
    ("yaml", "full_load"),
}


def _shell_on(call: ast.Call) -> bool:
    return any(
        k.arg == "shell" and not (isinstance(k.value, ast.Constant) and k.value.value is False)
        for k in call.keywords
    )


def findings(source: str, name: str) -> list[str]:
    """`name:line: what` for every forbidden use in `source`."""
    hits: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source, name)):
        if isinstance(node, ast.Import):
            hits += [
                (node.lineno, f"import {a.name}")
                for a in node.names
                if a.name.split(".")[0] in MODULES
            ]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if module.split(".")[0] in MODULES:
                hits.append((node.lineno, f"from {module} import"))
            hits += [
                (node.lineno, f"from {module} import {a.name}")
                for a in node.names
                if (module, a.name) in ATTRIBUTES
            ]
        elif isinstance(node, ast.Call):
            if isinstance(node.func, ast.Name) and node.func.id in BUILTINS:
                hits.append((node.lineno, f"{node.func.id}()"))
            if _shell_on(node):
                hits.append((node.lineno, "shell=True"))
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and (node.value.id, node.attr) in ATTRIBUTES
        ):
            hits.append((node.lineno, f"{node.value.id}.{node.attr}"))
    return [f"{name}:{line}: {what}" for line, what in sorted(hits)]


def test_the_scan_names_each_forbidden_use() -> None:
    sample = "\n".join(
        [
            "import pickle",
            "from marshal import loads",
            "import os, subprocess, yaml",
            "from os import system",
            "eval(text)",
            "exec(code)",
            "os.system(cmd)",
            "os.popen(cmd)",
            "subprocess.run(cmd, shell=True)",
            "subprocess.getoutput(cmd)",
            "yaml.load(text)",
            "subprocess.run(['ls'], shell=False)",
            "app.exec()",
        ]
    )
    assert findings(sample, "sample.py") == [
        "sample.py:1: import pickle",
        "sample.py:2: from marshal import",
        "sample.py:4: from os import system",
        "sample.py:5: eval()",
        "sample.py:6: exec()",
        "sample.py:7: os.system",
        "sample.py:8: os.popen",
        "sample.py:9: shell=True",
        "sample.py:10: subprocess.getoutput",
        "sample.py:11: yaml.load",
    ]


def test_backmove_evaluates_unpickles_and_shells_out_nothing() -> None:
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 20  # the whole package, not an empty folder
    hits = [
        hit
        for path in files
        for hit in findings(path.read_text("utf-8"), str(path.relative_to(PACKAGE.parent)))
    ]
    assert hits == []
