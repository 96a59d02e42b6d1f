"""Fixtures for the storage tests: a fixed clock and a database in a fresh data folder."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from backmove.core.clock import SimulatedClock
from backmove.storage.database import Database
from backmove.storage.repository import Repository
from tests.unit.storage.helpers import BERLIN


@pytest.fixture
def clock() -> SimulatedClock:
    return SimulatedClock(datetime(2026, 3, 30, 8, 30), BERLIN)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the app keeps its database; the folder does not exist yet, as on a first start."""
    return tmp_path / "data" / "backmove.db"


@pytest.fixture
def db(db_path: Path, clock: SimulatedClock) -> Iterator[Database]:
    opened = Database.open(db_path, clock)
    yield opened.database
    opened.database.close()


@pytest.fixture
def repo(db: Database) -> Repository:
    return Repository(db)
