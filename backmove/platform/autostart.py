"""Starting backmove when the user logs in, the way each system expects it.

Linux and other freedesktop systems: an XDG autostart entry in `$XDG_CONFIG_HOME/autostart`.
Windows: a value under the current user's `Run` key. macOS: a LaunchAgent property list,
which launchd reads at the next login. Each names the command of this installation
(`platform.launch`), so switching installs is one `enable()` away.

A failure becomes a message naming the file or key and the system's own error: a login item
is never worth a traceback. Desktops let users switch an entry off without deleting it (GNOME
writes `X-GNOME-Autostart-enabled=false`, others `Hidden=true`); `is_enabled` respects that.
Windows' own switch (Task Manager's Startup tab) is kept elsewhere and not read here.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from abc import ABC, abstractmethod
from pathlib import Path
from typing import ClassVar, Protocol

from backmove.core.messages import Message
from backmove.platform.freedesktop import APP_ID, config_home, entry_keys, exec_value
from backmove.platform.launch import launch_command
from backmove.platform.userfiles import write_atomically

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "backmove"


class AutostartNotWritten(Message):
    """`location` is a file, or a registry value on Windows; `detail` is the OS's own text."""

    code: ClassVar[str] = "autostart_not_written"
    severity: ClassVar[str] = "error"
    location: str
    detail: str


class AutostartNotRemoved(Message):
    code: ClassVar[str] = "autostart_not_removed"
    severity: ClassVar[str] = "error"
    location: str
    detail: str


def _detail(exc: OSError) -> str:
    return exc.strerror or str(exc)


class Autostart(Protocol):
    def enable(self) -> Message | None: ...

    def disable(self) -> Message | None: ...

    def is_enabled(self) -> bool: ...

    def describe_location(self) -> str: ...


class _FileAutostart(ABC):
    """A login item that is one file: present means on (unless it says otherwise)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @abstractmethod
    def _content(self) -> bytes: ...

    @abstractmethod
    def is_enabled(self) -> bool: ...

    def enable(self) -> Message | None:
        try:
            write_atomically(self.path, self._content())
        except OSError as exc:
            return AutostartNotWritten(str(self.path), _detail(exc))
        return None

    def disable(self) -> Message | None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            return AutostartNotRemoved(str(self.path), _detail(exc))
        return None

    def describe_location(self) -> str:
        return str(self.path)


class XdgAutostart(_FileAutostart):
    def _content(self) -> bytes:
        return "\n".join(
            [
                "[Desktop Entry]",
                "Type=Application",
                "Name=backmove",
                "Comment=Movement breaks for people who sit at a computer all day",
                f"Exec={exec_value(launch_command())}",
                f"Icon={APP_ID}",
                "Terminal=false",
                "StartupNotify=false",
                "X-GNOME-Autostart-enabled=true",
                "",
            ]
        ).encode()

    def is_enabled(self) -> bool:
        try:
            keys = entry_keys(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            return False
        return keys.get("Hidden") != "true" and keys.get("X-GNOME-Autostart-enabled") != "false"


class LaunchAgentAutostart(_FileAutostart):
    """macOS's launch agent; plistlib (and its XML parser) are imported here, on macOS only."""

    def _content(self) -> bytes:
        import plistlib

        return plistlib.dumps(
            {
                "Label": APP_ID,
                "ProgramArguments": launch_command("darwin"),
                "RunAtLoad": True,
                "ProcessType": "Interactive",
                "LimitLoadToSessionType": "Aqua",
            }
        )

    def is_enabled(self) -> bool:
        import plistlib
        from xml.parsers.expat import ExpatError

        try:
            agent = plistlib.loads(self.path.read_bytes())
        except (OSError, ValueError, ExpatError):
            return False
        return bool(agent.get("RunAtLoad")) and not agent.get("Disabled", False)


class RunKey(Protocol):
    """The values of HKCU\\...\\Run: the one place the Windows backend touches the OS."""

    def read(self, name: str) -> str | None: ...

    def write(self, name: str, command: str) -> None: ...

    def delete(self, name: str) -> None: ...


def _no_winreg() -> ModuleNotFoundError:
    return ModuleNotFoundError("winreg exists on Windows alone", name="winreg")


class WinregRunKey:
    """RunKey over winreg, imported only when used: it exists on Windows alone."""

    def read(self, name: str) -> str | None:
        if sys.platform != "win32":  # also tells the type checker which winreg to read
            raise _no_winreg()
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return str(value)

    def write(self, name: str, command: str) -> None:
        if sys.platform != "win32":  # also tells the type checker which winreg to read
            raise _no_winreg()
        import winreg

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, command)

    def delete(self, name: str) -> None:
        if sys.platform != "win32":  # also tells the type checker which winreg to read
            raise _no_winreg()
        import winreg

        with (
            contextlib.suppress(FileNotFoundError),
            winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key,
        ):
            winreg.DeleteValue(key, name)


class RunKeyAutostart:
    def __init__(self, run_key: RunKey) -> None:
        self._run_key = run_key

    def enable(self) -> Message | None:
        try:
            self._run_key.write(RUN_VALUE, subprocess.list2cmdline(launch_command("win32")))
        except OSError as exc:
            return AutostartNotWritten(self.describe_location(), _detail(exc))
        return None

    def disable(self) -> Message | None:
        try:
            self._run_key.delete(RUN_VALUE)
        except OSError as exc:
            return AutostartNotRemoved(self.describe_location(), _detail(exc))
        return None

    def is_enabled(self) -> bool:
        try:
            return bool(self._run_key.read(RUN_VALUE))
        except OSError:
            return False

    def describe_location(self) -> str:
        return rf"HKEY_CURRENT_USER\{RUN_KEY}\{RUN_VALUE}"


def backend(platform: str = sys.platform) -> Autostart:
    """The login-item mechanism of `platform`; every system not Windows or macOS is XDG."""
    if platform == "win32":
        return RunKeyAutostart(WinregRunKey())
    if platform == "darwin":
        return LaunchAgentAutostart(Path.home() / "Library" / "LaunchAgents" / f"{APP_ID}.plist")
    return XdgAutostart(config_home() / "autostart" / f"{APP_ID}.desktop")


def enable() -> Message | None:
    """Start backmove at every login from now on; None when that is done."""
    return backend().enable()


def disable() -> Message | None:
    """Stop starting backmove at login; None when done (or it was not set up)."""
    return backend().disable()


def is_enabled() -> bool:
    return backend().is_enabled()


def describe_location() -> str:
    """Where the login item lives, to show beside the setting."""
    return backend().describe_location()


def set_enabled(on: bool) -> Message | None:
    """Start at login on or off, as the settings window's switch says."""
    return enable() if on else disable()
