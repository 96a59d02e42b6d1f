"""A small library on disk to break in different ways, next to the shipped one."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import tomli_w

GOOD_MOVE: dict[str, Any] = {
    "id": "X1",
    "name": "Test tilt",
    "position": "seated",
    "desk_safe": True,
    "areas": ["low_back"],
    "cues": ["Sit near the front of the chair.", "Tuck, then arch."],
    "cautions": ["Small range only."],
    "sources": ["Hayden2021"],
    "dose": {"kind": "reps", "reps": [5, 10], "tempo_s": 4},
    "figure": {
        "view": "side",
        "props": ["chair"],
        "highlight": ["lumbar"],
        "poses": [
            {"name": "tuck", "base": "sit", "pitch": -20, "lumbar": 15},
            {"name": "arch", "base": "sit", "pitch": 15, "lumbar": -15},
        ],
    },
}


def good_move(move_id: str = "X1", **changes: Any) -> dict[str, Any]:
    move = copy.deepcopy(GOOD_MOVE)
    move["id"] = move_id
    move.update(changes)
    return move


def write_move(folder: Path, name: str, data: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(tomli_w.dumps(data).encode())
    return path


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A catalog folder with one good move (X2) beside whatever a test adds."""
    root = tmp_path / "stretches"
    write_move(root / "moves", "x2_good.toml", good_move("X2"))
    return root
