"""Whatever arrives on the command socket, the running app answers in words and keeps going:
values out of range change nothing, deep or large requests are refused before they are parsed,
a client that sends nothing is cut off and never blocks another, and no bad request opens a
dialog."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from backmove.app import BackmoveApp
from backmove.core.clock import SystemClock
from backmove.paths import resolve
from backmove.platform.instance import MAX_CONNECTIONS, MAX_REQUEST
from tests.security.requests import UNCONNECTED, connect, exchange, request

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")


@pytest.fixture
def app(qapp: QApplication, home: Path) -> Iterator[BackmoveApp]:
    running = BackmoveApp(
        qapp,
        resolve(home),
        SystemClock(),
        tray_available=lambda: True,
        idle_seconds=lambda: 0.0,
        notifiers=[],
        watch_desktop=False,
    )
    assert running.start()
    hooked: list[Any] = []
    before = sys.excepthook
    sys.excepthook = lambda *exc: hooked.append(exc)  # what would have opened a dialog
    yield running
    sys.excepthook = before
    running.close_down()
    assert hooked == []
    assert running.notices.boxes == []


def status(qtbot: Any, app: BackmoveApp) -> dict[str, Any]:
    answer = request(qtbot, app.paths.instance_key, {"cmd": "status"})
    assert answer["ok"] is True, answer
    return answer


@pytest.mark.parametrize(
    "minutes", [1e308, -1e308, 0, 0.5, 1441, -5, "abc", "", True, [30], {"m": 1}]
)
@pytest.mark.parametrize("cmd", ["pause", "meeting"])
def test_minutes_out_of_range_are_refused_in_words_and_change_nothing(
    app: BackmoveApp, qtbot: Any, caplog: pytest.LogCaptureFixture, cmd: str, minutes: object
) -> None:
    before = status(qtbot, app)["state"]
    answer = request(qtbot, app.paths.instance_key, {"cmd": cmd, "minutes": minutes})
    assert answer["ok"] is False
    assert answer["error"].startswith("minutes must be between 1 and 1440")
    assert status(qtbot, app)["state"] == before
    assert app.driver is not None and not app.driver.planner.status().paused
    refusals = [r for r in caplog.records if "refused a request" in r.getMessage()]
    assert len(refusals) == 1 and refusals[0].exc_info is None  # one line, no traceback


@pytest.mark.parametrize("constant", [b"NaN", b"Infinity", b"-Infinity"])
def test_nan_and_infinity_are_no_json_and_change_nothing(
    app: BackmoveApp, qtbot: Any, constant: bytes
) -> None:
    answer = request(
        qtbot, app.paths.instance_key, b'{"cmd": "pause", "minutes": ' + constant + b"}"
    )
    assert answer == {"ok": False, "error": "the request is not a JSON object with a command"}
    assert status(qtbot, app)["state"] != "paused"


def test_a_number_too_large_for_a_float_is_refused(app: BackmoveApp, qtbot: Any) -> None:
    answer = request(qtbot, app.paths.instance_key, b'{"cmd": "pause", "minutes": 1e400}')
    assert answer["ok"] is False and answer["error"].startswith("minutes must be between")
    assert status(qtbot, app)["state"] != "paused"


def test_a_refused_pause_leaves_every_later_status_working(app: BackmoveApp, qtbot: Any) -> None:
    for _ in range(3):
        request(qtbot, app.paths.instance_key, {"cmd": "pause", "minutes": 1e308})
        assert "summary" in status(qtbot, app)
    paused = request(qtbot, app.paths.instance_key, {"cmd": "pause", "minutes": 30, "x": 1})
    assert paused["ok"] is True and paused["state"] == "paused"  # unknown keys are ignored
    assert request(qtbot, app.paths.instance_key, {"cmd": "pause", "minutes": "tomorrow"})["ok"]


def test_300_deeply_nested_requests_are_refused_without_a_dialog(
    app: BackmoveApp, qtbot: Any
) -> None:
    deep = b'{"cmd": "status", "x": ' + b"[" * 30000 + b"]" * 30000 + b"}"
    assert len(deep) < MAX_REQUEST
    for _ in range(300):
        answer = request(qtbot, app.paths.instance_key, deep)
        assert answer == {"ok": False, "error": "the request is nested too deeply"}
    assert app.server.connections == 0
    assert "summary" in status(qtbot, app)


def test_a_request_longer_than_64_kib_is_refused(app: BackmoveApp, qtbot: Any) -> None:
    answer = json.loads(exchange(qtbot, app.paths.instance_key, b" " * (MAX_REQUEST + 10)))
    assert answer == {"ok": False, "error": "the request is longer than 64 KiB"}


def test_a_silent_client_blocks_nobody_and_is_cut_off(app: BackmoveApp, qtbot: Any) -> None:
    key = app.paths.instance_key
    silent = connect(qtbot, key)
    assert "summary" in status(qtbot, app)  # answered while the silent one waits
    qtbot.waitUntil(lambda: app.server.connections == 1, timeout=5000)
    qtbot.waitUntil(lambda: silent.state() == UNCONNECTED, timeout=5000)
    assert app.server.connections == 0


def test_too_many_connections_at_once_are_told_to_wait_and_then_served(
    app: BackmoveApp, qtbot: Any
) -> None:
    key = app.paths.instance_key
    silent = [connect(qtbot, key) for _ in range(MAX_CONNECTIONS)]
    qtbot.waitUntil(lambda: app.server.connections == MAX_CONNECTIONS, timeout=5000)
    assert request(qtbot, key, {"cmd": "status"}) == {
        "ok": False,
        "error": "backmove is busy; try again",
    }
    qtbot.waitUntil(lambda: all(s.state() == UNCONNECTED for s in silent), timeout=10000)
    assert "summary" in status(qtbot, app)


@pytest.mark.parametrize(
    ("payload", "error"),
    [
        (b"\xff\xfe\n", "the request is not a JSON object with a command"),
        (b"[1, 2]\n", "the request is not a JSON object with a command"),
        (b'{"cmd": 3}\n', "the request is not a JSON object with a command"),
        (b'{"cmd": "format-disk"}\n', "there is no such command"),
        (b'{"cmd": "pause", "minutes": 1' + b"0" * 5000 + b"}\n", "the request is not"),
    ],
)
def test_what_is_no_command_gets_an_answer_in_words(
    app: BackmoveApp, qtbot: Any, payload: bytes, error: str
) -> None:
    answer = json.loads(exchange(qtbot, app.paths.instance_key, payload))
    assert answer["ok"] is False and answer["error"].startswith(error)
    assert status(qtbot, app)["state"] != "paused"
