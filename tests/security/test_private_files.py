"""Files backmove writes outside a run of the app stay private too."""

from __future__ import annotations

import logging
import logging.handlers
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from backmove.logsetup import setup_logging
from tests.security.checks import loose_modes


@pytest.fixture
def log_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder for the log, with the usual umask (022) of a desktop session."""
    root = logging.getLogger()
    handlers = list(root.handlers)
    umask = os.umask(0o022)
    yield tmp_path / "data"
    os.umask(umask)
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
            root.removeHandler(handler)


def test_the_log_stays_private_after_it_rolls_over(log_folder: Path) -> None:
    setup_logging(log_folder / "backmove.log")
    (handler,) = [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.handlers.RotatingFileHandler)
    ]
    logging.getLogger("backmove").info("before")
    handler.doRollover()
    logging.getLogger("backmove").info("after")
    assert sorted(p.name for p in log_folder.iterdir()) == ["backmove.log", "backmove.log.1"]
    assert loose_modes(log_folder) == []
