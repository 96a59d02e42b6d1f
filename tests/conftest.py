"""Test-wide settings: Qt offscreen, no real user folders, hypothesis profiles.

GUI tests run on Qt's offscreen platform whatever the developer's DISPLAY says, so they behave
the same on a laptop and in CI. End-to-end tests start their own X server and hand its DISPLAY
to the app they launch; they never use the developer's.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("BACKMOVE_HOME", None)
# backmove follows the system language; the tests read English on a German desktop too.
os.environ["LC_ALL"] = "C.UTF-8"

import pytest
from hypothesis import HealthCheck, settings

from tests.examples import EVERYDAY

# dev: random examples, and a failing one is kept in .hypothesis/ (ignored by git) and tried
# first next time on this machine. ci: the same examples on every run and no example database,
# so nothing left over from an earlier run decides whether a clean clone passes. thorough: many
# random examples and no database, to look for what the everyday runs miss:
#   pytest --hypothesis-profile thorough [--hypothesis-seed N] tests/...
# (the slow property tests that run fewer examples than the profile's everyday count take the
# profile's count under it, see tests/examples.py).
settings.register_profile("dev", deadline=None, max_examples=EVERYDAY)
settings.register_profile(
    "ci",
    deadline=None,
    max_examples=EVERYDAY,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "thorough",
    deadline=None,
    max_examples=300,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point every platform folder at a temporary place so no test touches the real ones."""
    fake = tmp_path_factory.mktemp("xdg")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(fake / var.lower()))
    monkeypatch.setenv("HOME", str(fake / "home"))


@pytest.fixture
def home(tmp_path: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """A fresh BACKMOVE_HOME: settings and data together in one temporary folder."""
    folder = tmp_path / "bmhome"  # type: ignore[operator]
    monkeypatch.setenv("BACKMOVE_HOME", str(folder))
    return folder


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures:
            item.add_marker(pytest.mark.gui)
        if "/e2e/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.e2e)
