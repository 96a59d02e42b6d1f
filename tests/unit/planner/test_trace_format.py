"""`backmove simulate`: what a trace must look like, what comes out, and clear errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from backmove.core.settings import Settings, dumps
from backmove.core.simulate import TraceError, run_trace, simulate
from tests.unit.planner.tracekit import MIN, active, at, end, pick, run

HEADER = '{"start": "2026-03-30T08:30:00", "tz": "Europe/Berlin"}'


def problem(*lines: str) -> str:
    with pytest.raises(TraceError) as caught:
        run_trace(list(lines))
    return str(caught.value)


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ((), "line 1: the trace is empty"),
        (('{"start": "2026-03-30T08:30:00"}',), "line 1: the header needs 'tz'"),
        (('{"start": "2026-03-30T08:30:00", "tz": "Mars/Olympus"}',), "unknown time zone"),
        (('{"start": "half past eight", "tz": "UTC"}',), "line 1: 'start' is not a date"),
        (
            ('{"start": "2026-03-30T08:30:00", "tz": "UTC", "speed": 2}',),
            "line 1: unknown header field 'speed'",
        ),
        (
            ('{"start": "2026-03-30T08:30:00", "tz": "UTC", "settings": {"interval_min": 0}}',),
            "line 1: header settings: setting_out_of_range",
        ),
        (
            ('{"start": "2026-03-30T08:30:00", "tz": "UTC", "settings": {"intervall_min": 9}}',),
            "line 1: header settings: setting_unknown",
        ),
        ((HEADER, '{"t": 0, "type": "active", "for": 60}', "{t: 5}"), "line 3: not JSON"),
        ((HEADER, "[1, 2]"), "line 2: each line must be a JSON object"),
        (
            (HEADER, '{"t": 10, "type": "active", "for": 60}', '{"t": 5, "type": "end"}'),
            "line 3: 't' goes back in time: 5 after 10 (line 2)",
        ),
        ((HEADER, '{"t": "soon", "type": "end"}'), "line 2: 't' must be a number"),
        ((HEADER, '{"t": 0, "type": "typing"}'), "line 2: 'type' must be one of"),
        ((HEADER, '{"t": 0, "type": "active"}'), "line 2: 'for' must be a number, not null"),
        (
            (HEADER, '{"t": 0, "type": "active", "for": 5, "fast": true}'),
            "line 2: a 'active' event has no field 'fast'",
        ),
        ((HEADER, '{"t": 0, "type": "suspend", "for": 0}'), "line 2: 'for' must be more than 0"),
        ((HEADER, '{"t": 0, "type": "dnd", "on": "yes"}'), "line 2: a 'dnd' event needs"),
        ((HEADER, '{"t": 0, "type": "user", "action": "dance"}'), "line 2: 'action' must be"),
        (
            (HEADER, '{"t": 0, "type": "user", "action": "skip", "minutes": 5}'),
            "line 2: 'skip' takes no 'minutes'",
        ),
        (
            (HEADER, '{"t": 0, "type": "user", "action": "pause", "until": "friday"}'),
            "line 2: 'until' is only for pause, and only \"tomorrow\"",
        ),
        (
            (
                HEADER,
                '{"t": 0, "type": "suspend", "for": 600}',
                '{"t": 300, "type": "dnd", "on": true}',
            ),
            "line 3: at t=300 the machine is asleep (suspended on line 2 until t=600)",
        ),
        (
            (HEADER, '{"t": 0, "type": "end"}', '{"t": 1, "type": "end"}'),
            "line 3: nothing may follow 'end' (line 2)",
        ),
    ],
)
def test_a_malformed_trace_names_the_line_and_what_is_wrong(
    lines: tuple[str, ...], message: str
) -> None:
    assert message in problem(*lines)


def test_blank_lines_are_allowed_and_a_trace_may_stop_without_end() -> None:
    out = list(run_trace([HEADER, "", '{"t": 1800, "type": "active", "for": 60}', ""]))
    assert [r["decision"] for r in out] == ["off_hours", "on_hours"]


def test_start_may_carry_an_offset_and_walls_are_local_with_their_offset() -> None:
    out = run([end(10)], start="2026-03-30T07:00:00+00:00")
    assert out[0]["wall"] == "2026-03-30T09:00:00+02:00"


def test_fractional_times_come_out_in_milliseconds() -> None:
    out = run([active(at("09:00") + 0.5, 34 * MIN), end(at("09:40"))])
    warn = pick(out, "warn")[0]
    assert warn["t"] == 5550.5
    assert warn["wall"] == "2026-03-30T09:32:30.500+02:00"


def write(path: Path, lines: list[dict[str, object]]) -> Path:
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return path


def test_simulate_writes_json_lines_and_header_settings_override_the_file(tmp_path: Path) -> None:
    settings_file = tmp_path / "settings.toml"
    settings_file.write_text(
        dumps(Settings({"interval_min": 20, "warning_lead_s": 60})), encoding="utf-8"
    )
    trace = write(
        tmp_path / "day.jsonl",
        [
            {
                "start": "2026-03-30T09:00:00",
                "tz": "Europe/Berlin",
                "settings": {"interval_min": 25},
            },
            {"t": 0, "type": "active", "for": 1800},
            {"t": 1800, "type": "end"},
        ],
    )
    out = io.StringIO()
    assert simulate(trace, settings_file, out) == 0
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    # 25 min from the header, a 60 s lead from the file: due at 1500 s, no pause in the
    # typing, so the heads-up comes 60 s before the 3-min wait is up.
    assert [(r["t"], r["decision"]) for r in rows[:2]] == [(0.0, "on_hours"), (1620.0, "warn")]
    assert settings_file.read_text(encoding="utf-8").count("interval_min = 20") == 1


def test_simulate_reports_a_bad_trace_in_one_line_and_exit_code_two(tmp_path: Path) -> None:
    trace = tmp_path / "bad.jsonl"
    trace.write_text(HEADER + '\n{"t": 0, "type": "nap"}\n', encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert simulate(trace, None, out, err) == 2
    assert out.getvalue() == ""
    assert err.getvalue().startswith(f"backmove simulate: {trace}:2: 'type' must be one of")
    assert err.getvalue().count("\n") == 1


def test_simulate_reports_missing_and_bad_files(tmp_path: Path) -> None:
    err = io.StringIO()
    assert simulate(tmp_path / "none.jsonl", None, io.StringIO(), err) == 2
    assert "cannot read the trace" in err.getvalue()
    bad = tmp_path / "settings.toml"
    bad.write_text("interval_min = 0\n", encoding="utf-8")
    err = io.StringIO()
    assert simulate(tmp_path / "none.jsonl", bad, io.StringIO(), err) == 2
    assert "setting_out_of_range" in err.getvalue() and "interval_min" in err.getvalue()
    assert bad.read_text(encoding="utf-8") == "interval_min = 0\n"  # never repaired
    bad.write_text("interval_min = \n", encoding="utf-8")
    err = io.StringIO()
    assert simulate(tmp_path / "none.jsonl", bad, io.StringIO(), err) == 2
    assert "not TOML" in err.getvalue()
