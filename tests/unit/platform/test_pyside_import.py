"""PySide6's `__feature__` import hook reads the source of every module imported after it
and keeps it in memory; backmove puts Python's import back (backmove/platform/pyside.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import backmove

ROOT = Path(backmove.__file__).resolve().parents[1]

_PROBE = """
import linecache, sys
import PySide6.QtCore
import early_module
{restore}
import later_module
print(early_module.__file__ in linecache.cache or later_module.__file__ in linecache.cache)
"""


def _source_kept(tmp_path: Path, restore: str) -> bool:
    for name in ("early_module", "later_module"):  # imported before and after the restore
        (tmp_path / f"{name}.py").write_text("VALUE = 1\n" * 200)
    done = subprocess.run(
        [sys.executable, "-c", _PROBE.format(restore=restore)],
        env={"PYTHONPATH": f"{tmp_path}:{ROOT}", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.strip() == "True"


def test_modules_imported_after_pyside6_are_not_kept_as_source(tmp_path: Path) -> None:
    assert _source_kept(tmp_path, "")  # what PySide6 does by itself: the reason for this
    restore = (
        "from backmove.platform.pyside import restore_python_import\nassert restore_python_import()"
    )
    assert not _source_kept(tmp_path, restore)
