"""The wheel as a user gets it: installed into a fresh virtual environment far from the
checkout, its `backmove` command works and finds everything it ships.

Running from the checkout hides a wheel that lacks its resources (they sit in the repo's
top-level resources/ folder, and pyproject maps them into backmove/resources only inside the
wheel). So the wheel is built, installed with pip into a new venv, and its console script runs
with the working directory, the home and every XDG folder in a temporary place.

The dependencies (PySide6 is hundreds of MiB) are not installed again: a .pth file in the new
venv lists the test venv's site-packages folders. Python adds such a line to sys.path without
reading the .pth files inside it, so the editable install of backmove there (a .pth of its own)
stays out, and the venv's own site-packages, where the wheel went, comes first on sys.path.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest

import backmove

ROOT = Path(backmove.__file__).resolve().parent.parent
MOVES = ROOT / "resources" / "stretches" / "moves"


def move_ids() -> set[str]:
    """The id of every move file in the checkout: what the wheel must carry."""
    ids = set()
    for path in MOVES.glob("*.toml"):
        with path.open("rb") as f:
            ids.add(tomllib.load(f)["id"])
    return ids


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with backmove's wheel installed in it; returns the venv's folder."""
    top = tmp_path_factory.mktemp("wheel")
    dist = top / "dist"
    # --no-isolation: the build backend comes from the test venv, so nothing is downloaded.
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

    venv = top / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
        env=clean_env(top),
    ).stdout.strip()
    ours = {sysconfig.get_paths()[key] for key in ("purelib", "platlib")}
    (Path(purelib) / "backmove-test-deps.pth").write_text(
        "".join(f"{folder}\n" for folder in sorted(ours)), encoding="utf-8"
    )
    return venv


def clean_env(place: Path) -> dict[str, str]:
    """The environment of a user whose home is `place`: no PYTHONPATH into the checkout, no
    BACKMOVE_HOME, Qt offscreen."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "BACKMOVE_HOME", "VIRTUAL_ENV")
    }
    env["HOME"] = str(place / "home")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(place / var.lower())
    env["XDG_RUNTIME_DIR"] = str(place / "runtime")
    (place / "runtime").mkdir(mode=0o700, exist_ok=True)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def backmove_cmd(venv: Path, place: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the venv's own `backmove` script from `place`, with its home in `place`."""
    return subprocess.run(
        [str(venv / "bin" / "backmove"), "--home", str(place / "bmhome"), *args],
        cwd=place,
        env=clean_env(place),
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_backmove_imports_from_the_fresh_venv_not_the_checkout(
    installed: Path, tmp_path: Path
) -> None:
    probe = (
        "import backmove, importlib.resources as r; print(backmove.__file__); "
        "print((r.files('backmove') / 'resources' / 'icons' / 'backmove.svg').is_file())"
    )
    out = subprocess.run(
        [str(installed / "bin" / "python"), "-c", probe],
        cwd=tmp_path,
        env=clean_env(tmp_path),
        check=True,
        capture_output=True,
        text=True,
    )
    where, found = out.stdout.split()
    assert Path(where).resolve().is_relative_to(installed.resolve())
    assert found == "True"


@pytest.mark.slow
def test_version_is_the_package_version(installed: Path, tmp_path: Path) -> None:
    run = backmove_cmd(installed, tmp_path, "--version")
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["backmove", backmove.__version__]


@pytest.mark.slow
def test_doctor_reports_the_folders_it_uses(installed: Path, tmp_path: Path) -> None:
    run = backmove_cmd(installed, tmp_path, "doctor")
    assert run.returncode == 0, run.stderr
    home = str(tmp_path / "bmhome")
    assert f"version         {backmove.__version__}" in run.stdout
    for label in ("config dir", "data dir", "settings file", "database"):
        line = next(ln for ln in run.stdout.splitlines() if ln.startswith(label))
        assert home in line, line


@pytest.mark.slow
def test_figures_draws_every_move_it_ships(installed: Path, tmp_path: Path) -> None:
    ids = move_ids()
    assert len(ids) == 32
    out = tmp_path / "figures"
    run = backmove_cmd(installed, tmp_path, "figures", "--out", str(out))
    assert run.returncode == 0, run.stderr
    for suffix, magic in ((".png", b"\x89PNG\r\n"), (".svg", b"<svg")):
        files = [p for p in out.glob(f"*{suffix}") if p.stem != "contact-sheet"]
        assert {p.stem for p in files} == ids, suffix
        assert [p.name for p in files if magic not in p.read_bytes()[:512]] == []
