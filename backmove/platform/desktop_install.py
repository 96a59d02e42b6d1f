"""Putting backmove in the applications menu for people who installed it with pip or pipx.

A distribution package ships the desktop entry, the AppStream metainfo and the icons itself;
a pip install cannot, so `backmove install-desktop` copies them into the user's own data folder
(`$XDG_DATA_HOME`, by default ~/.local/share), where every freedesktop menu and software centre
looks. The entry's `Exec=` is rewritten to this installation's absolute command, because a
launcher does not see the PATH of the shell that ran pip. The icon is drawn once from our SVG
into each size of the hicolor theme, since some launchers take only PNGs at their own size.

The icons go first and the menu entry last, so a menu never shows the entry without its icon.
Caches the desktop keeps (the icon cache, the MIME cache) are refreshed when they exist and
never created: a cache backmove created would have to be removed again, and without one the
desktop reads the folders directly.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from backmove.core.messages import Message
from backmove.platform.freedesktop import APP_ID, data_home, exec_value
from backmove.platform.launch import launch_command
from backmove.platform.userfiles import write_atomically
from backmove.resources import resources_dir

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
TOOL_TIMEOUT_S = 30

# --- messages --------------------------------------------------------------------------------


class DesktopIconsWritten(Message):
    """The icon in every hicolor size (`sizes`, px) and as SVG, under `folder`."""

    code: ClassVar[str] = "desktop_icons_written"
    folder: str
    sizes: tuple[int, ...]


class DesktopMetainfoWritten(Message):
    """The description software centres show."""

    code: ClassVar[str] = "desktop_metainfo_written"
    path: str


class DesktopEntryWritten(Message):
    """The menu entry; `command` is what it runs."""

    code: ClassVar[str] = "desktop_entry_written"
    path: str
    command: str


class DesktopFileNotWritten(Message):
    """Installing stopped here; what was written before stays until `--uninstall`."""

    code: ClassVar[str] = "desktop_file_not_written"
    severity: ClassVar[str] = "error"
    path: str
    detail: str


class DesktopCacheNotUpdated(Message):
    """A desktop cache tool failed: the entry appears once the desktop rescans its folders."""

    code: ClassVar[str] = "desktop_cache_not_updated"
    severity: ClassVar[str] = "warning"
    tool: str
    detail: str


class DesktopFilesRemoved(Message):
    code: ClassVar[str] = "desktop_files_removed"
    folder: str
    paths: tuple[str, ...]


class DesktopNothingToRemove(Message):
    code: ClassVar[str] = "desktop_nothing_to_remove"
    folder: str


class DesktopFileNotRemoved(Message):
    code: ClassVar[str] = "desktop_file_not_removed"
    severity: ClassVar[str] = "error"
    path: str
    detail: str


class DesktopUnsupported(Message):
    """Windows and macOS have no freedesktop menu; `platform` is sys.platform."""

    code: ClassVar[str] = "desktop_unsupported"
    severity: ClassVar[str] = "warning"
    platform: str


# --- where things go -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Layout:
    prefix: Path

    @property
    def entry(self) -> Path:
        return self.prefix / "applications" / f"{APP_ID}.desktop"

    @property
    def metainfo(self) -> Path:
        return self.prefix / "metainfo" / f"{APP_ID}.metainfo.xml"

    @property
    def hicolor(self) -> Path:
        return self.prefix / "icons" / "hicolor"

    def png(self, size: int) -> Path:
        return self.hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"

    @property
    def svg(self) -> Path:
        return self.hicolor / "scalable" / "apps" / f"{APP_ID}.svg"

    def files(self) -> list[Path]:
        return [self.entry, self.metainfo, *(self.png(s) for s in ICON_SIZES), self.svg]


def _shipped(name: str) -> Path:
    return resources_dir() / name


def _layout(prefix: Path | None) -> _Layout | Message:
    """Under `prefix`, else the user's XDG data folder where there is such a thing."""
    if prefix is not None:
        return _Layout(prefix)
    if sys.platform in ("win32", "cygwin", "darwin"):
        return DesktopUnsupported(sys.platform)
    return _Layout(data_home())


# --- installing ------------------------------------------------------------------------------


def _png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # stub: bytes; binding: str only
    return bytes(data.data())


def _with_command(entry: str, argv: list[str]) -> str:
    """Every `Exec=backmove ...` line with `backmove` replaced by `argv`."""
    command = exec_value(argv)
    return re.sub(
        r"^Exec=backmove(?=\s|$)", lambda _m: f"Exec={command}", entry, flags=re.MULTILINE
    )


def _plan(layout: _Layout) -> list[tuple[dict[Path, bytes], Message]]:
    """What to write, in order: groups of files with their content, and what each achieves."""
    svg = _shipped("icons/backmove.svg").read_bytes()
    renderer = QSvgRenderer(QByteArray(svg))
    icons = {layout.png(size): _png(renderer, size) for size in ICON_SIZES}
    icons[layout.svg] = svg
    metainfo = _shipped(f"desktop/{APP_ID}.metainfo.xml").read_bytes()
    argv = launch_command()
    entry = _shipped(f"desktop/{APP_ID}.desktop").read_text(encoding="utf-8")
    return [
        (icons, DesktopIconsWritten(str(layout.hicolor), ICON_SIZES)),
        ({layout.metainfo: metainfo}, DesktopMetainfoWritten(str(layout.metainfo))),
        (
            {layout.entry: _with_command(entry, argv).encode()},
            DesktopEntryWritten(str(layout.entry), " ".join(argv)),
        ),
    ]


def _refresh_caches(layout: _Layout) -> list[Message]:
    """Run each desktop cache tool whose cache is already there."""
    hicolor_flags = [] if (layout.hicolor / "index.theme").is_file() else ["--ignore-theme-index"]
    jobs = [
        (
            layout.entry.parent / "mimeinfo.cache",
            ["update-desktop-database", "--quiet", str(layout.entry.parent)],
        ),
        (
            layout.hicolor / "icon-theme.cache",
            ["gtk-update-icon-cache", "--quiet", "--force", *hicolor_flags, str(layout.hicolor)],
        ),
    ]
    messages: list[Message] = []
    for cache, argv in jobs:
        tool = shutil.which(argv[0])
        if tool is None or not cache.is_file():
            continue
        try:
            done = subprocess.run(
                [tool, *argv[1:]],
                capture_output=True,
                text=True,
                timeout=TOOL_TIMEOUT_S,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            messages.append(DesktopCacheNotUpdated(argv[0], str(exc)))
            continue
        if done.returncode != 0:
            detail = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
            messages.append(DesktopCacheNotUpdated(argv[0], detail))
    return messages


def install_desktop(prefix: Path | None = None) -> list[Message]:
    """Add backmove to the menu under `prefix` (default: the user's XDG data folder)."""
    layout = _layout(prefix)
    if isinstance(layout, Message):
        return [layout]
    messages: list[Message] = []
    for files, written in _plan(layout):
        for path, data in files.items():
            try:
                write_atomically(path, data)
            except OSError as exc:
                messages.append(DesktopFileNotWritten(str(path), exc.strerror or str(exc)))
                return messages
        messages.append(written)
    # A newer folder tells GTK that any icon cache in it is stale until refreshed.
    os.utime(layout.hicolor)
    return messages + _refresh_caches(layout)


def uninstall_desktop(prefix: Path | None = None) -> list[Message]:
    """Remove what `install_desktop` wrote under `prefix`; other files are left alone."""
    layout = _layout(prefix)
    if isinstance(layout, Message):
        return [layout]
    removed: list[str] = []
    messages: list[Message] = []
    for path in layout.files():
        try:
            if path.is_file():
                path.unlink()
                removed.append(str(path))
        except OSError as exc:
            messages.append(DesktopFileNotRemoved(str(path), exc.strerror or str(exc)))
            continue
        _prune_icon_folders(layout, path.parent)
    if removed and layout.hicolor.is_dir():
        os.utime(layout.hicolor)
    done: Message = (
        DesktopFilesRemoved(str(layout.prefix), tuple(removed))
        if removed
        else DesktopNothingToRemove(str(layout.prefix))
    )
    return [done, *messages, *(_refresh_caches(layout) if removed else [])]


def _prune_icon_folders(layout: _Layout, folder: Path) -> None:
    """Remove icon size folders left empty (`48x48/apps`, `48x48`); the theme folder stays."""
    while folder.is_relative_to(layout.hicolor) and folder != layout.hicolor:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
