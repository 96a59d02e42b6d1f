"""Where backmove's shipped data lives.

Installed, the repo's top-level resources/ is inside the package as backmove/resources (the
wheel maps it there) and importlib.resources finds it; in a source checkout it is the
resources/ folder beside the package.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path


def resources_dir() -> Path:
    packaged = importlib.resources.files("backmove") / "resources"
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def stretches_dir() -> Path:
    """The move library: moves/*.toml and recipes.toml."""
    return resources_dir() / "stretches"
