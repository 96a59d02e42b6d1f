"""An unexpected error reaches the log file and a plain message, never a bare traceback."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from backmove.logsetup import install_excepthook, setup_logging


@pytest.fixture
def restore_logging():
    root = logging.getLogger()
    handlers, level, hook = list(root.handlers), root.level, sys.excepthook
    yield
    for h in root.handlers:
        if h not in handlers:
            h.close()
            root.removeHandler(h)
    root.setLevel(level)
    sys.excepthook = hook


def test_an_uncaught_error_is_logged_with_its_traceback_and_told_plainly(
    tmp_path: Path, restore_logging: None
) -> None:
    log_file = tmp_path / "data" / "backmove.log"
    setup_logging(log_file)
    told: list[str] = []
    install_excepthook(told.append)
    try:
        raise ValueError("the break table is upside down")
    except ValueError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    for h in logging.getLogger().handlers:
        h.flush()
    text = log_file.read_text()
    assert "the break table is upside down" in text
    assert "Traceback" in text
    assert told == ["ValueError: the break table is upside down"]
    assert (log_file.stat().st_mode & 0o777) == 0o600


def test_a_log_folder_that_cannot_be_made_falls_back_to_stderr(
    tmp_path: Path, restore_logging: None
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    setup_logging(blocker / "sub" / "backmove.log")
    assert any(
        isinstance(h, logging.StreamHandler) and not isinstance(h, logging.FileHandler)
        for h in logging.getLogger().handlers
    )
