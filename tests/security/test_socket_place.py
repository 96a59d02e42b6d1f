"""Where the single-instance socket goes: in the session's private runtime folder when there is
one, so no other user can take its name first; in the temp folder otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from backmove.paths import SOCKET_PATH_MAX, resolve


@pytest.fixture
def runtime(tmp_path: Path) -> Path:
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    folder.chmod(0o700)
    return folder


def key(home: Path, runtime: Path | str | None) -> str:
    env = {} if runtime is None else {"XDG_RUNTIME_DIR": str(runtime)}
    return resolve(home, env).instance_key


def test_the_socket_goes_in_a_private_runtime_folder(tmp_path: Path, runtime: Path) -> None:
    path = Path(key(tmp_path / "home", runtime))
    assert path.parent == runtime
    assert path.name == key(tmp_path / "home", None)  # the same name as in the temp folder
    assert key(tmp_path / "other", runtime) != str(path)  # one per data folder


def test_without_a_runtime_folder_the_socket_has_a_short_name(tmp_path: Path) -> None:
    name = key(tmp_path / "home", None)
    assert "/" not in name and name.startswith(f"backmove-{os.getuid()}-")


@pytest.mark.parametrize("problem", ["others may enter", "a file", "missing", "relative"])
def test_a_runtime_folder_that_is_not_private_is_not_used(
    tmp_path: Path, runtime: Path, problem: str
) -> None:
    if problem == "others may enter":
        runtime.chmod(0o755)
        given: Path | str = runtime
    elif problem == "a file":
        given = tmp_path / "file"
        given.write_text("")
        given.chmod(0o700)
    elif problem == "missing":
        given = tmp_path / "nowhere"
    else:
        given = "run"
    assert key(tmp_path / "home", given) == key(tmp_path / "home", None)


@pytest.mark.skipif(
    getattr(os, "geteuid", lambda: -1)() != 0,
    reason="giving a folder away needs root (CI runs as root)",
)
def test_a_runtime_folder_of_another_user_is_not_used(tmp_path: Path, runtime: Path) -> None:
    os.chown(runtime, 65534, 65534)
    assert key(tmp_path / "home", runtime) == key(tmp_path / "home", None)


def test_a_runtime_folder_too_deep_for_a_socket_path_is_not_used(tmp_path: Path) -> None:
    deep = tmp_path / ("d" * (SOCKET_PATH_MAX - len(str(tmp_path))))
    deep.mkdir(mode=0o700)
    deep.chmod(0o700)
    assert key(tmp_path / "home", deep) == key(tmp_path / "home", None)
