"""The menu entry, the AppStream metainfo and the icons: valid by the freedesktop tools where
they are installed, and put in and taken out of a user's data folder whole."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

import backmove
from backmove.platform.desktop_install import (
    ICON_SIZES,
    DesktopEntryWritten,
    DesktopFileNotWritten,
    DesktopFilesRemoved,
    DesktopIconsWritten,
    DesktopMetainfoWritten,
    DesktopNothingToRemove,
    DesktopUnsupported,
    install_desktop,
    uninstall_desktop,
)
from backmove.platform.freedesktop import APP_ID, entry_keys, exec_value
from backmove.platform.launch import launch_command
from backmove.resources import resources_dir

ROOT = Path(backmove.__file__).parent.parent
SHIPPED_ENTRY = resources_dir() / "desktop" / f"{APP_ID}.desktop"
SHIPPED_METAINFO = resources_dir() / "desktop" / f"{APP_ID}.metainfo.xml"
SHIPPED_SVG = resources_dir() / "icons" / "backmove.svg"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _run(argv: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, check=False, timeout=60)


def assert_valid_desktop_entry(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (package desktop-file-utils)")
    done = _run([tool, str(path)])
    assert done.returncode == 0, done.stdout + done.stderr
    assert "warning:" not in done.stdout and "error:" not in done.stdout, done.stdout


def assert_valid_metainfo(path: Path) -> None:
    if tool := shutil.which("appstreamcli"):
        done = _run([tool, "validate", "--no-net", str(path)])
    elif tool := shutil.which("appstream-util"):
        done = _run([tool, "validate-relax", "--nonet", str(path)])
    else:
        pytest.skip("neither appstreamcli nor appstream-util is installed (package appstream)")
    assert done.returncode == 0, done.stdout + done.stderr


def _files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


# --- what is shipped -------------------------------------------------------------------------


def test_the_shipped_desktop_entry_is_valid_and_offers_a_break_now() -> None:
    assert_valid_desktop_entry(SHIPPED_ENTRY)
    text = SHIPPED_ENTRY.read_text(encoding="utf-8")
    entry = entry_keys(text)
    assert entry["Exec"] == "backmove"
    assert entry["Icon"] == APP_ID
    assert entry["GenericName"] == "Movement break reminder"
    assert entry["Categories"] == "Utility;Qt;"
    action = entry_keys(text, "Desktop Action break-now")
    assert action == {"Name": "Take a break now", "Exec": "backmove break-now"}


def test_the_shipped_metainfo_is_valid() -> None:
    assert_valid_metainfo(SHIPPED_METAINFO)


def test_the_metainfo_agrees_with_the_package() -> None:
    component = ET.parse(SHIPPED_METAINFO).getroot()  # noqa: S314 (our own file)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert component.findtext("id") == APP_ID
    assert component.findtext("project_license") == project["license"]
    assert component.findtext("launchable") == SHIPPED_ENTRY.name
    assert [b.text for b in component.iter("binary")] == list(project["scripts"])
    assert component.find("releases/release").get("version") == backmove.__version__


# --- installing and removing -----------------------------------------------------------------


def test_install_puts_entry_metainfo_and_every_icon_size_in_the_data_folder() -> None:
    prefix = Path(os.environ["XDG_DATA_HOME"])

    messages = install_desktop()

    entry = prefix / "applications" / f"{APP_ID}.desktop"
    metainfo = prefix / "metainfo" / f"{APP_ID}.metainfo.xml"
    hicolor = prefix / "icons" / "hicolor"
    assert messages == [
        DesktopIconsWritten(str(hicolor), ICON_SIZES),
        DesktopMetainfoWritten(str(metainfo)),
        DesktopEntryWritten(str(entry), " ".join(launch_command())),
    ]
    for size in ICON_SIZES:
        png = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.read_bytes().startswith(PNG_SIGNATURE), png
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size)
        # A drawn tile: see-through in the rounded corner, solid in the middle.
        assert image.pixelColor(0, 0).alpha() == 0
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == SHIPPED_SVG.read_bytes()
    assert metainfo.read_bytes() == SHIPPED_METAINFO.read_bytes()
    assert_valid_metainfo(metainfo)


def test_the_installed_entry_runs_this_installation_and_stays_valid() -> None:
    prefix = Path(os.environ["XDG_DATA_HOME"])
    install_desktop()

    entry = prefix / "applications" / f"{APP_ID}.desktop"
    text = entry.read_text(encoding="utf-8")
    command = exec_value(launch_command())
    assert entry_keys(text)["Exec"] == command
    assert entry_keys(text, "Desktop Action break-now")["Exec"] == f"{command} break-now"
    assert Path(launch_command()[0]).is_absolute()
    assert_valid_desktop_entry(entry)


def test_uninstall_removes_everything_install_wrote_and_nothing_else(tmp_path: Path) -> None:
    prefix = tmp_path / "share"
    theirs = prefix / "applications" / "someone-else.desktop"
    theirs.parent.mkdir(parents=True)
    theirs.write_text("[Desktop Entry]\n", encoding="utf-8")

    install_desktop(prefix)
    written = _files(prefix) - {theirs}
    assert len(written) == 2 + len(ICON_SIZES) + 1

    messages = uninstall_desktop(prefix)

    (removed,) = messages
    assert isinstance(removed, DesktopFilesRemoved)
    assert removed.folder == str(prefix)
    assert set(removed.paths) == set(map(str, written))
    assert _files(prefix) == {theirs}
    assert not any((prefix / "icons" / "hicolor").iterdir())
    assert uninstall_desktop(prefix) == [DesktopNothingToRemove(str(prefix))]


def test_an_existing_icon_cache_is_refreshed_on_install_and_uninstall(tmp_path: Path) -> None:
    tool = shutil.which("gtk-update-icon-cache")
    if tool is None:
        pytest.skip("gtk-update-icon-cache is not installed")
    hicolor = tmp_path / "icons" / "hicolor"
    theirs = hicolor / "scalable" / "apps" / "someone-else.svg"
    theirs.parent.mkdir(parents=True)
    shutil.copy(SHIPPED_SVG, theirs)
    assert _run([tool, "--ignore-theme-index", str(hicolor)]).returncode == 0
    cache = hicolor / "icon-theme.cache"

    install_desktop(tmp_path)
    assert APP_ID.encode() in cache.read_bytes()

    uninstall_desktop(tmp_path)
    assert APP_ID.encode() not in cache.read_bytes()
    assert b"someone-else" in cache.read_bytes()


def test_a_blocked_applications_folder_stops_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "applications").write_text("not a folder", encoding="utf-8")

    messages = install_desktop(tmp_path)

    assert isinstance(messages[-1], DesktopFileNotWritten)
    assert messages[-1].path == str(tmp_path / "applications" / f"{APP_ID}.desktop")
    assert messages[-1].detail
    assert [type(m) for m in messages[:-1]] == [DesktopIconsWritten, DesktopMetainfoWritten]
    assert isinstance(uninstall_desktop(tmp_path)[0], DesktopFilesRemoved)
    assert _files(tmp_path) == {tmp_path / "applications"}


def test_windows_and_macos_have_no_menu_to_install_into(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert install_desktop() == [DesktopUnsupported("darwin")]
    assert uninstall_desktop() == [DesktopUnsupported("darwin")]
    assert not Path(os.environ["XDG_DATA_HOME"]).exists()
