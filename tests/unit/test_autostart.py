"""Starting at login. Linux for real, in the test's own XDG folders; macOS for real too, since a
LaunchAgent is only a file under the (test) home; Windows with the registry replaced by
`InMemoryRunKey`, a stand-in for the Run key and the only thing faked here."""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from backmove.platform import autostart, launch
from backmove.platform.autostart import (
    RUN_VALUE,
    AutostartNotRemoved,
    AutostartNotWritten,
    LaunchAgentAutostart,
    RunKeyAutostart,
)
from backmove.platform.freedesktop import APP_ID, entry_keys, exec_value
from backmove.platform.launch import launch_command


def _read_only(folder: Path) -> None:
    """Make `folder` read-only, or skip: root (or anyone with CAP_DAC_OVERRIDE) writes anyway."""
    folder.chmod(0o500)
    probe = folder / ".probe"
    try:
        probe.touch()
    except PermissionError:
        return
    probe.unlink()
    folder.chmod(0o700)
    pytest.skip("this user writes into read-only folders (root)")


def _validate_desktop_file(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        return
    done = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "warning:" not in done.stdout and "error:" not in done.stdout, done.stdout


def _xdg_entry() -> Path:
    return Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / f"{APP_ID}.desktop"


# --- Linux: XDG autostart ----------------------------------------------------------------------


def test_enable_writes_a_valid_autostart_entry_that_runs_this_installation() -> None:
    assert not autostart.is_enabled()

    assert autostart.enable() is None

    entry = _xdg_entry()
    assert autostart.describe_location() == str(entry)
    keys = entry_keys(entry.read_text(encoding="utf-8"))
    assert keys["Exec"] == exec_value(launch_command())
    assert keys["X-GNOME-Autostart-enabled"] == "true"
    assert keys["Type"] == "Application"
    assert autostart.is_enabled()
    _validate_desktop_file(entry)


def test_the_login_command_starts_this_backmove() -> None:
    done = subprocess.run(
        [*launch_command(), "--version"], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "backmove 0.1.0"


def test_disable_removes_the_entry_and_is_quiet_when_there_is_none() -> None:
    autostart.enable()

    assert autostart.disable() is None
    assert not _xdg_entry().exists()
    assert not autostart.is_enabled()
    assert autostart.disable() is None


def test_without_xdg_config_home_the_entry_goes_to_dot_config(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for value in (None, "", "relative/folder"):
        if value is None:
            monkeypatch.delenv("XDG_CONFIG_HOME")
        else:
            monkeypatch.setenv("XDG_CONFIG_HOME", value)
        expected = Path.home() / ".config" / "autostart" / f"{APP_ID}.desktop"
        assert autostart.describe_location() == str(expected)
    assert autostart.enable() is None
    assert expected.is_file()


def test_an_entry_switched_off_in_the_desktop_settings_counts_as_off() -> None:
    autostart.enable()
    entry = _xdg_entry()
    text = entry.read_text(encoding="utf-8")
    entry.write_text(
        text.replace("X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-enabled=false"),
        encoding="utf-8",
    )
    assert not autostart.is_enabled()
    entry.write_text(text + "Hidden=true\n", encoding="utf-8")
    assert not autostart.is_enabled()

    autostart.enable()
    assert autostart.is_enabled()


def test_a_path_with_spaces_and_dollars_is_quoted_as_the_desktop_entry_spec_says(
    tmp_path: Path,
) -> None:
    awkward = ["/opt/my apps/$HOME/back\\slash/100%/bin/backmove", "break-now"]
    value = exec_value(awkward)
    # The spec: a literal backslash in a quoted argument is four backslashes in the file, a
    # dollar sign is \\$, a percent sign %%.
    assert value == '"/opt/my apps/\\\\$HOME/back\\\\\\\\slash/100%%/bin/backmove" break-now'
    entry = tmp_path / "x.desktop"
    entry.write_text(f"[Desktop Entry]\nType=Application\nName=x\nExec={value}\n", encoding="utf-8")
    _validate_desktop_file(entry)


def test_a_read_only_folder_gives_a_message_not_a_traceback() -> None:
    folder = _xdg_entry().parent
    folder.mkdir(parents=True)
    _read_only(folder)
    try:
        message = autostart.enable()
    finally:
        folder.chmod(0o700)
    assert isinstance(message, AutostartNotWritten)
    assert message.location == str(_xdg_entry())
    assert message.detail == "Permission denied"
    assert not autostart.is_enabled()
    assert list(folder.iterdir()) == []


def test_an_entry_in_a_read_only_folder_cannot_be_removed_and_says_so() -> None:
    autostart.enable()
    folder = _xdg_entry().parent
    _read_only(folder)
    try:
        message = autostart.disable()
    finally:
        folder.chmod(0o700)
    assert isinstance(message, AutostartNotRemoved)
    assert message.location == str(_xdg_entry())
    assert autostart.is_enabled()


def test_a_file_where_the_autostart_folder_should_be_gives_a_message() -> None:
    blocker = _xdg_entry().parent
    blocker.parent.mkdir(parents=True)
    blocker.write_text("not a folder", encoding="utf-8")

    message = autostart.enable()

    assert isinstance(message, AutostartNotWritten)
    assert message.location == str(_xdg_entry())
    assert message.detail
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_folder_where_the_entry_should_be_gives_a_message() -> None:
    _xdg_entry().mkdir(parents=True)
    assert isinstance(autostart.enable(), AutostartNotWritten)
    assert isinstance(autostart.disable(), AutostartNotRemoved)
    assert not autostart.is_enabled()


# --- which command ---------------------------------------------------------------------------


def test_the_console_script_beside_this_python_is_preferred(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scripts = tmp_path / "bin"
    scripts.mkdir()
    monkeypatch.setattr(launch.sysconfig, "get_path", lambda *_a: str(scripts))
    assert launch_command("linux") == [sys.executable, "-m", "backmove"]

    script = scripts / "backmove"
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    script.chmod(0o755)
    assert launch_command("linux") == [str(script)]


def test_on_windows_the_console_less_python_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    python = tmp_path / "Python 3.11" / "python.exe"
    python.parent.mkdir()
    python.write_bytes(b"")
    (python.parent / "pythonw.exe").write_bytes(b"")
    monkeypatch.setattr(launch.sys, "executable", str(python))
    assert launch_command("win32") == [str(python.parent / "pythonw.exe"), "-m", "backmove"]


# --- Windows: the Run key, with the registry replaced ----------------------------------------


class InMemoryRunKey:
    """Stands in for HKCU\\...\\Run: the one OS call of the Windows backend, faked."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def read(self, name: str) -> str | None:
        return self.values.get(name)

    def write(self, name: str, command: str) -> None:
        self.values[name] = command

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


class RefusingRunKey(InMemoryRunKey):
    """A registry that denies access, as group policy can."""

    def write(self, name: str, command: str) -> None:
        raise PermissionError(13, "Access is denied")

    def delete(self, name: str) -> None:
        raise PermissionError(13, "Access is denied")


def test_windows_writes_this_installations_command_to_the_run_key() -> None:
    key = InMemoryRunKey()
    login = RunKeyAutostart(key)
    assert not login.is_enabled()

    assert login.enable() is None

    assert key.values == {RUN_VALUE: subprocess.list2cmdline(launch_command("win32"))}
    assert login.is_enabled()
    assert login.disable() is None
    assert key.values == {}
    assert not login.is_enabled()
    assert login.disable() is None


def test_windows_access_denied_gives_messages_naming_the_key() -> None:
    login = RunKeyAutostart(RefusingRunKey())
    location = r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run\backmove"

    assert login.enable() == AutostartNotWritten(location, "Access is denied")
    assert login.disable() == AutostartNotRemoved(location, "Access is denied")


def test_the_windows_backend_is_built_without_importing_winreg() -> None:
    login = autostart.backend("win32")
    assert isinstance(login, RunKeyAutostart)
    assert login.describe_location().endswith(r"\CurrentVersion\Run\backmove")


# --- macOS: a LaunchAgent under the test's home ----------------------------------------------


def test_macos_writes_a_launch_agent_that_runs_at_login() -> None:
    login = autostart.backend("darwin")
    assert isinstance(login, LaunchAgentAutostart)
    plist = Path.home() / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    assert login.describe_location() == str(plist)

    assert login.enable() is None

    agent = plistlib.loads(plist.read_bytes())
    assert agent["Label"] == APP_ID
    assert agent["ProgramArguments"] == launch_command("darwin")
    assert agent["RunAtLoad"] is True
    assert login.is_enabled()
    assert login.disable() is None
    assert not plist.exists()
    assert not login.is_enabled()


def test_macos_a_damaged_agent_counts_as_off_and_is_replaced() -> None:
    login = autostart.backend("darwin")
    plist = Path(login.describe_location())
    plist.parent.mkdir(parents=True)
    plist.write_bytes(b"<plist><dict><key>Label")
    assert not login.is_enabled()
    assert login.enable() is None
    assert login.is_enabled()


def test_macos_unwritable_launch_agents_gives_a_message(tmp_path: Path) -> None:
    blocker = tmp_path / "LaunchAgents"
    blocker.write_text("not a folder", encoding="utf-8")
    login = LaunchAgentAutostart(blocker / f"{APP_ID}.plist")
    message = login.enable()
    assert isinstance(message, AutostartNotWritten)
    assert message.location == str(blocker / f"{APP_ID}.plist")
