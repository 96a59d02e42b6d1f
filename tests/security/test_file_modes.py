"""Files are private from their first byte, folders backmove makes are 0700 at every level, and
folders it did not make are left as their owner set them.

The report PDF used to be 0644 while Qt wrote it (and was made private only at the end), the
folders made for `--out` were 0755 above the last, `--home` on a shared 1777 folder closed it to
everyone else, and a plain `status` made a read-only data folder writable.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from backmove.cli import main
from backmove.paths import resolve
from backmove.services.dashboard import DashboardSource
from backmove.services.library import MoveLibrary
from backmove.services.store import Store
from backmove.ui.report import write_report
from bench.history import History, generate
from tests.faults.conftest import as_unprivileged, hand_over, open_folder  # noqa: F401


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> History:
    return generate(tmp_path_factory.mktemp("weeks") / "backmove.db", years=0.1)


def test_the_report_is_0600_from_its_first_byte_in_folders_made_0700(
    qapp: QApplication, history: History, tmp_path: Path
) -> None:
    clock = history.clock()
    store = Store(resolve(history.path.parent), clock)
    assert store.open()[0] is None
    source = DashboardSource(store, clock, lambda: history.settings, MoveLibrary(None))
    out = tmp_path / "for" / "the" / "physio" / "report.pdf"
    seen: list[tuple[str, int, int]] = []

    def while_written(temporary: Path) -> None:
        seen.append((temporary.name, mode(temporary), temporary.stat().st_size))

    old_umask = os.umask(0o022)  # the usual umask, under which Qt would make 0644
    try:
        write_report(out, source, clock, on_temporary=while_written)
    finally:
        os.umask(old_umask)
        store.close()
    assert seen, "the pages are drawn into a temporary file"
    assert all(m == 0o600 for _, m, _ in seen), seen
    assert all(name.startswith(".report.pdf.") for name, _, _ in seen)
    assert mode(out) == 0o600
    for folder in (tmp_path / "for", tmp_path / "for" / "the", out.parent):
        assert mode(folder) == 0o700, folder
    assert sorted(p.name for p in out.parent.iterdir()) == ["report.pdf"]


def test_every_folder_made_for_an_export_is_0700(home: Path, tmp_path: Path) -> None:
    out = tmp_path / "a" / "b" / "c"
    old_umask = os.umask(0o022)
    try:
        assert main(["export", "--out", str(out)]) == 0
    finally:
        os.umask(old_umask)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", out):
        assert mode(folder) == 0o700, folder
    assert {mode(p) for p in out.iterdir()} == {0o600}


def test_a_shared_folder_given_as_home_is_left_shared_and_the_user_told(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    assert main(["--home", str(shared), "export", "--out", str(tmp_path / "out")]) == 0
    assert mode(shared) == 0o1777
    said = capsys.readouterr()
    assert f"Other users may write into the folder {shared} (mode 1777)" in said.out + said.err
    assert mode(shared / "backmove.db") == 0o600


def test_a_read_only_data_folder_stays_read_only_after_status(open_folder: Path) -> None:  # noqa: F811
    data = open_folder / "data"
    data.mkdir()
    assert main(["--home", str(data), "export", "--out", str(open_folder / "out")]) == 0
    hand_over(data)
    data.chmod(0o500)

    def status() -> int:
        return main(["--home", str(data), "status"])

    as_unprivileged(status)
    assert mode(data) == 0o500
