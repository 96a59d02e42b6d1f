"""This device among the others: its identity, the sync folder, and the history of all of them.

`Devices` is what the store, the app and `backmove devices` ask. Without a sync folder, or
while the one set is missing (an unmounted share), it answers "alone" and everything runs as on
a single computer: it says so once (`WorkingAlone`) and the local log is the history. With a
folder, `history` is the merged history of every device (storage.devices.merged), rebuilt only
when a copy or the local log changed; `publish` writes this device's copy; `beat` writes the
heartbeat of the sitting clock. Each file skipped is told once (one message per file, again
only when it changes), and nothing read from the folder ever reaches the local log.

The device id lives in `device.json` in the data folder, made once. Copying a data folder to a
second computer copies its id too: docs/devices.md says to let the second one start afresh.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from backmove.core.clock import Clock
from backmove.core.devices import (
    HEARTBEAT_EVERY_S,
    DeviceIdentity,
    Heartbeat,
    clean_name,
    copy_name,
    heartbeat_name,
    is_device_id,
    new_device_id,
)
from backmove.core.files import loads_bounded, read_bounded
from backmove.core.messages import Message
from backmove.core.record import Record
from backmove.core.settings import Settings
from backmove.paths import Paths
from backmove.services.safety import exercise_hold as exercise_hold
from backmove.storage.database import Database
from backmove.storage.devices import (
    FolderScan,
    PeerBeat,
    folder_open_to_others,
    merged,
    publish_copy,
    scan,
    write_heartbeat,
)
from backmove.storage.files import write_private
from backmove.storage.messages import CopySkipped, PublishFailed, WorkingAlone
from backmove.storage.schema import SCHEMA_VERSION

log = logging.getLogger(__name__)

PUBLISH_DEBOUNCE_S = 20.0
"""A break's rows come in a burst (its end, the ratings, the verdicts): one copy after the
burst, not one per row."""


def _host() -> str:
    """The computer's own name; the socket module only when a sync folder asks for it."""
    import socket

    return socket.gethostname()


def identity_file(paths: Paths) -> Path:
    return paths.data_dir / "device.json"


def load_identity(paths: Paths, settings: Settings) -> DeviceIdentity:
    """This installation's id (made and kept on first use) with the name the user gave it,
    else the computer's own name."""
    device_id = load_device_id(paths)
    name = clean_name(settings["device_name"]) or clean_name(_host()) or device_id
    return DeviceIdentity(device_id, name)


def load_device_id(paths: Paths) -> str:
    """The id kept in `device.json`, made and kept on first use."""
    file = identity_file(paths)
    device_id: str | None = None
    try:
        raw = loads_bounded(read_bounded(file, 4096).decode("utf-8"), 2)
        if isinstance(raw, dict) and is_device_id(raw.get("id")):
            device_id = str(raw["id"])
    except FileNotFoundError:
        pass
    except (OSError, ValueError, UnicodeDecodeError):
        log.warning("device.json unreadable; this device takes a new id", exc_info=True)
    if device_id is None:
        device_id = new_device_id()
        try:
            write_private(file, json.dumps({"id": device_id}) + "\n")
        except OSError:
            log.warning("could not keep this device's id", exc_info=True)
    return device_id


def sync_folder(settings: Settings) -> Path | None:
    """The folder set, or None for none."""
    text = settings["sync_folder"]
    return Path(text).expanduser() if text else None


class DevicesView(Record):
    """What `backmove devices` shows."""

    identity: DeviceIdentity
    folder: Path | None
    alone: bool
    others: tuple[PeerBeat, ...]
    copies: tuple[str, ...]
    """Device ids whose copy is read."""
    skipped: tuple[CopySkipped, ...]


class Devices:
    """The sync folder as the rest of backmove sees it."""

    def __init__(
        self,
        paths: Paths,
        clock: Clock,
        settings: Callable[[], Settings],
        *,
        told: Callable[[Message], object] | None = None,
    ) -> None:
        self._paths = paths
        self._clock = clock
        self._settings = settings
        self._told: Callable[[Message], object] = told or (lambda _m: None)
        self._id: str | None = None
        self.clash: CopySkipped | None = None
        """This device's own files written by another installation too, once seen."""
        self._checked: dict[tuple[str, int, int, int], Any] = {}
        self._said: set[tuple[str, ...]] = set()
        self._cache_key: Any = None
        self._cache: Database | None = None
        self._last_beat_at = -math.inf
        self._published_at: float | None = None
        self._publish_due: float | None = None
        self._last_beat: Heartbeat | None = None
        self._published_changes = -1

    @property
    def identity(self) -> DeviceIdentity:
        """This device: its id (read or made on first use) and its name as set now."""
        if self._id is None:
            self._id = load_device_id(self._paths)
        settings = self._settings()
        name = clean_name(settings["device_name"]) or clean_name(_host())
        return DeviceIdentity(self._id, name or self._id)

    # --- the folder ----------------------------------------------------------------------------

    @property
    def folder_set(self) -> bool:
        """Whether a sync folder is set at all (there or not): only then is it looked at."""
        return sync_folder(self._settings()) is not None

    def folder(self) -> Path | None:
        """The sync folder when it is set and there; None while this device works alone
        (told once per folder)."""
        folder = sync_folder(self._settings())
        if folder is None or not folder.is_dir():
            if folder is None:
                # No folder set: exactly as a single computer, with a word in the log only.
                if ("unset",) not in self._said:
                    self._said.add(("unset",))
                    log.info("no sync folder set: this device works alone")
            else:
                self._say(WorkingAlone(str(folder)), "alone", str(folder))
            return None
        self._said.discard(("alone", str(folder)))
        open_note = folder_open_to_others(folder)
        if open_note is not None:
            self._say(open_note, "open", str(folder))
        return folder

    def look(self) -> FolderScan | None:
        """The other devices' files now; None while alone. Skipped files are told once each."""
        folder = self.folder()
        if folder is None:
            return None
        try:
            found = scan(folder, self.identity.id, self._checked)
        except OSError:
            log.warning("could not list the sync folder %s", folder, exc_info=True)
            return None
        for skipped in found.skipped:
            self._tell_skipped(skipped)
        self._check_own(folder)
        return found

    def _installation(self) -> str:
        """This installation among any that share its id: the computer and the data folder."""
        import hashlib  # here: `backmove status` reads the history through this module

        where = f"{_host()}\0{self._paths.data_dir.resolve()}"
        return hashlib.sha256(where.encode("utf-8", "surrogateescape")).hexdigest()[:16]

    def _check_own(self, folder: Path) -> None:
        """This device's own files are never read as history. When another installation
        writes them too (a data folder copied to a second computer carries its id along),
        say so once: both would overwrite each other's copy."""
        file = folder / heartbeat_name(self.identity.id)
        try:
            raw = loads_bounded(read_bounded(file, 4096).decode("utf-8"), 3)
        except (OSError, ValueError, UnicodeDecodeError):
            return
        other = raw.get("installation") if isinstance(raw, dict) else None
        if isinstance(other, str) and other != self._installation():
            own = folder / copy_name(self.identity.id)
            self.clash = CopySkipped(str(own), "own")
            self._say(self.clash, "own")
        else:
            self.clash = None

    def _tell_skipped(self, skipped: CopySkipped) -> None:
        path = Path(skipped.path)
        try:
            changed = str(path.stat().st_mtime_ns)
        except OSError:
            changed = ""
        self._say(skipped, "skipped", skipped.path, changed)

    def _say(self, message: Message, *key: str) -> None:
        marker = (key[0], *key[1:]) if key else (message.code,)
        if marker in self._said:
            return
        self._said.add(marker)
        log.info("devices: %s %s", message.code, message.params())
        self._told(message)

    def view(self) -> DevicesView:
        found = self.look()
        return DevicesView(
            identity=self.identity,
            folder=sync_folder(self._settings()),
            alone=found is None,
            others=found.beats if found is not None else (),
            copies=tuple(c.device for c in found.copies) if found is not None else (),
            skipped=(
                (*found.skipped, *([self.clash] if self.clash else [])) if found is not None else ()
            ),
        )

    # --- the history ---------------------------------------------------------------------------

    def history(self, local: Database) -> Database | None:
        """Every device's history merged, or None when the local log is all there is (alone,
        or no other device has published yet): the caller then reads the local log itself."""
        found = self.look()
        if found is None or not found.copies:
            return None
        try:
            local_stat = local.path.stat()
            wal = local.path.with_name(local.path.name + "-wal")
            wal_stamp = wal.stat().st_mtime_ns if wal.exists() else 0
        except OSError:
            return None
        key = (
            local.connection.total_changes,
            local_stat.st_mtime_ns,
            wal_stamp,
            tuple((c.path.name, c.mtime) for c in found.copies),
        )
        if key == self._cache_key and self._cache is not None:
            return self._cache
        try:
            db, skipped = merged(local.path, self.identity.id, found.copies)
        except sqlite3.Error:
            log.warning("could not merge the other devices' history", exc_info=True)
            return None
        for message in skipped:
            self._tell_skipped(message)
        if self._cache is not None:
            self._cache.close()
        self._cache, self._cache_key = db, key
        return db

    def close(self) -> None:
        if self._cache is not None:
            self._cache.close()
            self._cache = None
            self._cache_key = None

    # --- publishing ----------------------------------------------------------------------------

    def changed(self) -> None:
        """The local log changed (a break, a rating): publish once the burst is over."""
        if self._publish_due is None:
            self._publish_due = self._clock.monotonic() + PUBLISH_DEBOUNCE_S

    def publish_if_due(self, local: Database | None) -> bool:
        """Publish when a change has waited out the debounce; True when a copy was written."""
        if local is None:
            return False
        # Every writer of the log counts, not only those that go through the store's write
        # (the safety flow adds its rows itself): the connection counts every change.
        if local.connection.total_changes != self._published_changes:
            self.changed()
        due = self._publish_due
        if due is not None and self._clock.monotonic() >= due:
            return self.publish(local)
        folder = self.folder()
        if folder is not None and not (folder / copy_name(self.identity.id)).exists():
            return self.publish(local)  # a folder just set, or our copy gone: publish now
        return False

    def publish(self, local: Database) -> bool:
        """Write this device's copy now (on quit, on `backmove devices publish`)."""
        self._publish_due = None
        folder = self.folder()
        if folder is None:
            return False
        try:
            publish_copy(local, folder, self.identity.id)
        except (OSError, sqlite3.Error) as exc:
            self._say(PublishFailed(str(folder), str(exc)), "publish", str(folder))
            return False
        self._said.discard(("publish", str(folder)))
        self._published_at = self._clock.wall()
        self._published_changes = local.connection.total_changes
        self._write_beat(folder, None)
        return True

    # --- the sitting clock ---------------------------------------------------------------------

    def beat(self, heartbeat: Heartbeat) -> bool:
        """Write the sitting clock's heartbeat, at most once a minute; True when written."""
        now = self._clock.monotonic()
        if now - self._last_beat_at < HEARTBEAT_EVERY_S:
            return False
        folder = self.folder()
        if folder is None:
            return False
        self._last_beat_at = now
        return self._write_beat(folder, heartbeat)

    def _write_beat(self, folder: Path, heartbeat: Heartbeat | None) -> bool:
        """The device file: name, last publish, and the latest heartbeat (`heartbeat`, else
        the one written before)."""
        if heartbeat is not None:
            self._last_beat = heartbeat
        if self._published_at is None:
            with contextlib.suppress(OSError):
                self._published_at = (folder / copy_name(self.identity.id)).stat().st_mtime
        content: dict[str, Any] = {
            "format": "backmove-device",
            "device": self.identity.id,
            "name": self.identity.name,
            "schema_version": SCHEMA_VERSION,
            "installation": self._installation(),
            "published_at": self._published_at,
            "beat": None if self._last_beat is None else self._last_beat.to_dict(),
        }
        try:
            write_heartbeat(folder, self.identity.id, content)
        except OSError as exc:
            self._say(PublishFailed(str(folder), str(exc)), "publish", str(folder))
            return False
        return True

    def beats(self) -> list[Heartbeat]:
        """The other devices' heartbeats now (none while alone)."""
        found = self.look()
        if found is None:
            return []
        return [b.beat for b in found.beats if b.beat is not None]


def files_are_private(folder: Path) -> bool:
    """Every backmove file of the folder is the owner's alone (for tests and `doctor`)."""
    return all(
        (p.stat().st_mode & 0o077) == 0 for p in folder.iterdir() if p.name.startswith("backmove-")
    )
