"""What a user gets from `pip install backmove`: the code and its resources, nothing missing."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import backmove

ROOT = Path(backmove.__file__).parent.parent


@pytest.mark.slow
def test_the_wheel_carries_resources_found_through_importlib_resources(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(dist),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("backmove-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "backmove/resources/icons/backmove.svg" in names
    assert not any(n.startswith(("tests/", "resources/")) for n in names)

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    py = venv / "bin" / "python"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(py),
            "install",
            "-q",
            "--no-deps",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    probe = (
        "import importlib.resources as r; "
        "f = r.files('backmove') / 'resources' / 'icons' / 'backmove.svg'; "
        "print(f.is_file(), 'site-packages' in str(f))"
    )
    # The fresh venv must find the wheel's backmove, not a checkout named on PYTHONPATH.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run(
        [str(py), "-c", probe], check=True, capture_output=True, text=True, cwd=tmp_path, env=env
    )
    assert out.stdout.split() == ["True", "True"]
