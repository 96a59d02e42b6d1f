"""Where backmove's shipped data lives.

Installed, the repo's top-level resources/ is inside the package as backmove/resources (the
wheel maps it there); in a source checkout it is the resources/ folder beside the package.
"""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    # What importlib.resources.files("backmove") gives for a package on disk, without
    # importing it: it brings zipfile and tempfile, a tenth of what `backmove status` may take.
    packaged = Path(__file__).parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def stretches_dir() -> Path:
    """The move library: moves/*.toml and recipes.toml."""
    return resources_dir() / "stretches"
