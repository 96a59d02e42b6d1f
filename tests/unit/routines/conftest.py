"""The shipped move library, loaded once for every routine test."""

from __future__ import annotations

import pytest

from backmove.core.catalog import Catalog, load_catalog
from backmove.resources import stretches_dir


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    loaded, messages = load_catalog(stretches_dir())
    assert messages == []
    return loaded
