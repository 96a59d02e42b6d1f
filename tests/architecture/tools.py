"""Running the repository's own tools from a test, on this checkout rather than an installed copy.

The development environment may have backmove installed from another checkout; putting this
one first on PYTHONPATH and running from its root makes every tool judge the code under test.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def environment(*first_on_path: Path) -> dict[str, str]:
    """The current environment with the given folders, then this checkout, first on PYTHONPATH."""
    env = dict(os.environ)
    folders = [*map(str, first_on_path), str(ROOT)]
    if env.get("PYTHONPATH"):
        folders.append(env["PYTHONPATH"])
    env["PYTHONPATH"] = os.pathsep.join(folders)
    return env


def python(
    args: Sequence[str], env: dict[str, str] | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """Run this interpreter with `args` from the repository root, output captured as text."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=environment() if env is None else env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def output(done: subprocess.CompletedProcess[str]) -> str:
    """What a failed tool said, for the assertion message."""
    return (
        f"exit code {done.returncode}\n--- stdout ---\n{done.stdout}\n--- stderr ---\n{done.stderr}"
    )
