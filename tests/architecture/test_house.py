"""The house rules that tools check: who may import whom, lint and format, and types.

A rule that is only written down erodes one convenient import at a time; run with every test,
a breach fails where it is made rather than when someone next thinks of running the tool.
"""

from __future__ import annotations

import re

import pytest

from tests.architecture.tools import output, python

pytestmark = pytest.mark.slow

# `lint-imports` is a console script; calling its entry point works whatever folder the
# scripts were installed to. `python -m importlinter.cli` would import the module and do nothing.
LINT_IMPORTS = (
    "import sys; from importlinter.cli import lint_imports_command; "
    "sys.exit(lint_imports_command())"
)


def test_every_room_imports_only_what_its_contract_allows() -> None:
    # No cache: the verdict is about the files as they are now, and the checkout stays clean.
    done = python(["-c", LINT_IMPORTS, "--no-cache", "--no-logo"])
    assert done.returncode == 0, output(done)
    summary = re.search(r"Contracts: (\d+) kept, (\d+) broken\.", done.stdout)
    assert summary is not None, output(done)
    kept, broken = map(int, summary.groups())
    assert broken == 0, output(done)
    assert kept >= 8, output(done)


def test_the_code_is_lint_clean() -> None:
    done = python(["-m", "ruff", "check", "--no-cache", "."])
    assert done.returncode == 0, output(done)


def test_the_code_is_formatted() -> None:
    done = python(["-m", "ruff", "format", "--check", "--no-cache", "."])
    assert done.returncode == 0, output(done)


def test_the_types_check() -> None:
    pytest.importorskip("mypy")
    # What to check and how strictly is pyproject.toml's [tool.mypy]; the test adds nothing.
    # A usage error (exit code 2, "Missing target") means that table names nothing to check.
    done = python(["-m", "mypy"])
    assert done.returncode == 0, output(done)
    assert done.stdout.strip().startswith("Success: no issues found"), output(done)
