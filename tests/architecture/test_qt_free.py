"""core, storage and the Qt-free services work on a machine without Qt, APScheduler or plyer.

The import contracts see only the imports written in backmove; this runs the tests of those
rooms with the three packages unimportable, so a Qt-only helper reached through a test
fixture, a lazy import inside a function, or a plugin would fail here too.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
import tomli_w

from tests.architecture.tools import ROOT, environment, output, python

pytestmark = pytest.mark.slow

# The tests of core, storage and the services that need no Qt application.
QT_FREE_TESTS = (
    "tests/unit/catalog",
    "tests/unit/planner",
    "tests/unit/routines",
    "tests/unit/safety",
    "tests/unit/stats",
    "tests/unit/storage",
    "tests/unit/test_dashboard_data.py",
    "tests/unit/test_settings.py",
)

# Loaded through sitecustomize, so it holds from the interpreter's first import on and in every
# child process the tests start (the storage tests run writers of their own).
SITECUSTOMIZE = """
import importlib.abc
import sys

BLOCKED = frozenset({"PySide6", "shiboken6", "apscheduler", "plyer"})


class RefuseQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in BLOCKED:
            # As if the package were not installed: the error a missing module raises.
            message = f"{name} is not importable here: this code must run without it"
            raise ModuleNotFoundError(message, name=name)
        return None


sys.meta_path.insert(0, RefuseQt())
"""

# pyproject's pytest settings configure pytest-qt, which the run without Qt cannot load, and
# --strict-config rejects settings no plugin claims. The plugin is switched off by its entry
# point's name, "pytest-qt"; its module name would not match.
QT_SETTINGS = ("qt_api", "qt_log_level_fail", "qt_log_ignore")


@pytest.fixture
def without_qt(tmp_path: Path) -> dict[str, str]:
    """An environment in which importing PySide6, APScheduler or plyer fails."""
    folder = tmp_path / "without-qt"
    folder.mkdir()
    (folder / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    return environment(folder)


@pytest.fixture
def config_without_qt(tmp_path: Path) -> Path:
    """pyproject's pytest settings less pytest-qt's, so strict config and markers still hold."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        options = tomllib.load(handle)["tool"]["pytest"]["ini_options"]
    for name in QT_SETTINGS:
        options.pop(name, None)
    config = tmp_path / "config" / "pyproject.toml"
    config.parent.mkdir()
    config.write_text(tomli_w.dumps({"tool": {"pytest": {"ini_options": options}}}))
    return config


def test_qt_apscheduler_and_plyer_are_unimportable_there(without_qt: dict[str, str]) -> None:
    probe = (
        "import backmove, importlib\n"
        "print(backmove.__file__)\n"
        "for name in ('PySide6', 'PySide6.QtCore', 'apscheduler', 'plyer'):\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except ImportError:\n"
        "        print('refused', name)\n"
    )
    done = python(["-c", probe], env=without_qt)
    assert done.returncode == 0, output(done)
    first, *refused = done.stdout.splitlines()
    assert Path(first).is_relative_to(ROOT / "backmove"), output(done)
    assert refused == [
        "refused PySide6",
        "refused PySide6.QtCore",
        "refused apscheduler",
        "refused plyer",
    ]


def test_core_storage_and_services_tests_pass_without_qt(
    without_qt: dict[str, str], config_without_qt: Path
) -> None:
    done = python(
        [
            "-m",
            "pytest",
            "-c",
            str(config_without_qt),
            "--rootdir",
            str(ROOT),
            "-p",
            "no:pytest-qt",
            "-p",
            "no:cacheprovider",
            "-q",
            *QT_FREE_TESTS,
        ],
        env=without_qt,
        timeout=1200,
    )
    assert done.returncode == 0, output(done)
    summary = done.stdout.strip().splitlines()[-1]
    assert re.match(r"\d+ passed\b", summary), output(done)
    assert not re.search(r"\b(failed|errors?|no tests ran)\b", summary), output(done)
