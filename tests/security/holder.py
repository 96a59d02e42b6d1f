"""A second process that holds a data folder's lock, as a running backmove does, in an
environment of its own (another XDG_RUNTIME_DIR and TMPDIR, like a shell from su or cron)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

HOLD = """
import sys
from pathlib import Path
from backmove.platform.datalock import DataLock, Owner
lock = DataLock(Path(sys.argv[1]) / "backmove.lock")
print(lock.acquire().value, flush=True)
sys.stdin.read()
"""


@contextlib.contextmanager
def holding_the_lock(data_dir: Path, env: dict[str, str] | None = None) -> Iterator[int]:
    """Another process holds `data_dir`'s lock until the block ends; yields its pid."""
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    environ = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=environ,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        assert proc.stdout.readline().strip() == "us", "the holder could not take the lock"
        yield proc.pid
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)
        proc.stdout.close()
