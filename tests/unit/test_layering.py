"""The house rules of docs/architecture.md#the-floors, checked rather than hoped for."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import backmove

PACKAGE = Path(backmove.__file__).parent

BLOCKER = """
import sys, importlib.abc
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"PySide6", "shiboken6", "apscheduler", "plyer"}:
            raise ImportError(f"{name} is blocked in this test")
        return None
sys.meta_path.insert(0, Block())
import pkgutil, importlib
import backmove.core, backmove.storage, backmove.services
for pkg in (backmove.core, backmove.storage, backmove.services):
    for mod in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
        importlib.import_module(mod.name)
        print(mod.name)
"""


def test_core_storage_and_services_import_with_qt_scheduler_and_plyer_unimportable() -> None:
    done = subprocess.run(
        [sys.executable, "-c", BLOCKER], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "backmove.core.settings" in done.stdout
    assert "backmove.services.dashboard" in done.stdout


def test_time_is_read_only_in_the_clock_module() -> None:
    pattern = re.compile(r"datetime\.now\(|time\.time\(|date\.today\(|time\.monotonic\(")
    offenders = [
        f"{path.relative_to(PACKAGE)}:{n}"
        for path in PACKAGE.rglob("*.py")
        if path.name != "clock.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert offenders == []
