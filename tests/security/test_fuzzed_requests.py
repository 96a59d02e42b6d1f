"""Hypothesis sends the command socket anything: raw bytes, JSON of any shape, requests of the
right shape with values of every type. The server always answers one JSON line or closes the
connection, never raises, and a request it refuses changes nothing."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QObject

from backmove.core.clock import SystemClock
from backmove.core.planner import Decision, PauseLength
from backmove.core.settings import Settings
from backmove.flows.commands import Commands
from backmove.paths import resolve
from backmove.platform.instance import InstanceServer
from backmove.services.store import Store
from tests.security.requests import exchange

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")

COMMANDS = ["show", "status", "quit", "break-now", "resume", "pause", "meeting"]


class Recorder:
    """The planner's controls, recording each event a request ran."""

    def __init__(self) -> None:
        self.events: list[tuple[str, object]] = []
        self.planner: Any = None

    def break_now(self) -> list[Decision]:
        self.events.append(("break_now", None))
        return []

    def pause(self, length: PauseLength = None) -> list[Decision]:
        self.events.append(("pause", length))
        return []

    def resume(self) -> list[Decision]:
        self.events.append(("resume", None))
        return []

    def meeting(self, minutes: float | None = None) -> list[Decision]:
        self.events.append(("meeting", minutes))
        return []


class Served(QObject):
    def __init__(self, home: Path) -> None:
        super().__init__()
        paths = resolve(home)
        paths.ensure()
        self.key = paths.instance_key
        self.controls = Recorder()
        self.shown: list[bool] = []
        self.server = InstanceServer(self.key, self)
        self.settings = Settings()
        self.tray = object()
        # Never opened: status reads nothing from the log.
        self.commands = Commands(paths, SystemClock(), Store(paths, SystemClock()), self, self)
        self.commands.serve(self.server)
        assert self.server.listen() is None

    @property
    def driver(self) -> Recorder | None:
        """Status asks the planner only when one is there; the recorder stands in for it."""
        return None if self.controls.planner is None else self.controls

    def idle_known(self) -> bool:
        return True

    def show_main(self) -> None:
        self.shown.append(True)

    def quit(self) -> None:
        self.shown.append(False)


@pytest.fixture
def served(qapp: object, home: Path) -> Iterator[Served]:
    it = Served(home)
    # Status asks the planner only when one is there; the recorder stands in for its driver.
    it.controls.planner = _Planner()
    yield it
    it.server.close()


class _Planner:
    def status(self) -> None:
        return None


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
requests = st.fixed_dictionaries(
    {"cmd": st.sampled_from(COMMANDS) | st.text(max_size=12)},
    optional={"minutes": json_values, "extra": json_values},
)
payloads = (
    st.binary(max_size=300)
    | json_values.map(lambda v: json.dumps(v).encode())
    | requests.map(lambda r: json.dumps(r).encode())
)


def check_answer(raw: bytes, served: Served, before: int) -> None:
    if not raw:  # closed without a word: allowed, and then nothing may have happened
        assert len(served.controls.events) == before
        return
    assert raw.endswith(b"\n") and raw.count(b"\n") == 1
    answer = json.loads(raw)
    assert isinstance(answer["ok"], bool)
    if not answer["ok"]:
        assert isinstance(answer["error"], str) and answer["error"]
        assert len(served.controls.events) == before, answer


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(payload=payloads)
def test_any_line_gets_one_answer_and_a_refusal_changes_nothing(
    served: Served, qtbot: Any, payload: bytes
) -> None:
    before = len(served.controls.events)
    line = payload.split(b"\n")[0] + b"\n"
    check_answer(exchange(qtbot, served.key, line), served, before)
    assert served.server.connections == 0


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(request=requests)
# A whole number past 64 bits on a command that ignores it: done, and answered as done.
@example(request={"cmd": "break-now", "minutes": 2**63})
def test_a_request_is_either_done_with_valid_values_or_refused(
    served: Served, qtbot: Any, request: dict[str, Any]
) -> None:
    before = list(served.controls.events)
    raw = exchange(qtbot, served.key, json.dumps(request).encode() + b"\n")
    check_answer(raw, served, len(before))
    for name, value in served.controls.events[len(before) :]:
        assert name in ("break_now", "pause", "resume", "meeting")
        if value is not None and value != "tomorrow":
            assert isinstance(value, float) and 1 <= value <= 24 * 60


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=20)
@given(chunk=st.binary(max_size=2000).filter(lambda b: b"\n" not in b))
def test_bytes_without_an_end_then_a_hang_up_leave_nothing_open(
    served: Served, qtbot: Any, chunk: bytes
) -> None:
    from tests.security.requests import connect

    before = len(served.controls.events)
    sock = connect(qtbot, served.key)
    sock.write(chunk)
    sock.flush()
    sock.disconnectFromServer()
    qtbot.waitUntil(lambda: served.server.connections == 0, timeout=5000)
    sock.deleteLater()
    assert len(served.controls.events) == before
