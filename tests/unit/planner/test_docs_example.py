"""docs/simulate.md shows a trace and its output; they must stay true."""

from __future__ import annotations

import json
import re
from pathlib import Path

from backmove.core.simulate import run_trace

DOC = Path(__file__).parents[3] / "docs" / "simulate.md"


def test_the_example_in_the_docs_is_what_simulate_prints() -> None:
    example = DOC.read_text(encoding="utf-8").split("## Example", 1)[1]
    trace, output = re.findall(r"```json\n(.*?)```", example, re.S)[:2]
    expected = [json.loads(line) for line in output.splitlines()]
    assert list(run_trace(trace.splitlines())) == expected
