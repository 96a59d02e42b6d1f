"""Several computers, one history and one sitting clock: the rules, without files or Qt.

backmove runs no server. Each device writes only its own files into a folder the user already
syncs (Syncthing, Nextcloud, a network share), so two devices never write one file and a sync
conflict cannot arise by construction (docs/devices.md). This module decides:

- who a device is: a stable id made once (`new_device_id`) and a name the user may change;
- which files of the folder are whose (`classify`): a device's copy of its log, its heartbeat,
  and what must be skipped (a sync tool's conflict copy, this very device's own files);
- how the records of several devices are one history: each record is tagged with the device
  that wrote it and is the same record wherever it is read from when its (device, id on that
  device) are the same (`record_key`);
- the sitting clock shared through heartbeats (`SharedClock`): a device that becomes active
  within `CARRY_WINDOW_S` of another device's last input carries that device's cycle on, and a
  break taken on one ends the cycle on all.

Safety needs no rule of its own here: every device's screens and stop symptoms go into the one
`core.safety.hold_in_force` timeline, where only a confirmed assessment ends a hold, so the most
cautious state of any device holds on all until an assessment is confirmed on any of them
(`core.safety.cautious_hold`, named here too).

Clock skew. Times inside one heartbeat come from one clock, so differences within it (how long
ago its last input was when it was written, its active seconds) are exact whatever the skew.
A heartbeat is placed on this device's clock as it says only while its writing time is within
`SKEW_MARGIN_S` of this device's now; beyond that margin (its clock runs ahead, or far behind)
it is placed at the moment this device first saw it change, less the idleness it reports,
never later. A skewed heartbeat that was already there when this device began to look, and so
was never seen to change, is not carried on: nobody can say how old it is. A future-dated
heartbeat is therefore never trusted beyond the margin.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from backmove.core.clock import Clock
from backmove.core.record import Record
from backmove.core.safety import cautious_hold as cautious_hold

if TYPE_CHECKING:
    from backmove.core.planner import Decision

DEVICE_ID_RE = re.compile(r"^[0-9a-f]{16}$")
"""A device id: 16 lower-case hex digits (64 random bits), short enough for a file name."""
NAME_MAX = 64
"""Characters of a device's name."""

COPY_PREFIX = "backmove-"
COPY_SUFFIX = ".db"
HEARTBEAT_SUFFIX = ".json"

CARRY_WINDOW_S = 5 * 60
"""A device that becomes active within five minutes of another device's last input carries
that cycle on: walking from the laptop to the desktop is no break."""
SKEW_MARGIN_S = 2 * 60
"""How far a heartbeat's own clock may differ from this device's and still be taken as it is."""
HEARTBEAT_EVERY_S = 60
"""A heartbeat is written at most once a minute while the user is active."""
STALE_S = 12 * 60 * 60
"""A heartbeat older than this says nothing about the present."""

_CONFLICT_MARKS = (
    ".sync-conflict-",  # Syncthing
    "conflicted copy",  # Nextcloud, ownCloud desktop, Dropbox
    "_conflict-",  # ownCloud server
    "(conflict",  # Seafile and others
    "conflict-",
)


def new_device_id() -> str:
    """A fresh device id, made once per installation and kept for good."""
    import secrets  # once per installation: not worth its import at every start

    return secrets.token_hex(8)


def _new_cycle() -> str:
    import secrets

    return secrets.token_hex(6)


def is_device_id(text: object) -> bool:
    return isinstance(text, str) and DEVICE_ID_RE.match(text) is not None


def clean_name(name: object) -> str | None:
    """A device name as kept: trimmed, 1..NAME_MAX printable characters; None when unusable."""
    if not isinstance(name, str):
        return None
    name = " ".join(name.split())
    if not name or len(name) > NAME_MAX or not name.isprintable():
        return None
    return name


class DeviceIdentity(Record):
    """This installation: its id never changes; its name is the user's to change."""

    id: str
    name: str

    def __post_init__(self) -> None:
        if not is_device_id(self.id):
            raise ValueError(f"{self.id!r} is not a device id")
        if clean_name(self.name) != self.name:
            raise ValueError(f"{self.name!r} is not a device name")


def copy_name(device_id: str) -> str:
    """The file name of a device's copy of its log in the sync folder."""
    return f"{COPY_PREFIX}{device_id}{COPY_SUFFIX}"


def heartbeat_name(device_id: str) -> str:
    """The file name of a device's heartbeat (its name, last publish and sitting clock)."""
    return f"{COPY_PREFIX}{device_id}{HEARTBEAT_SUFFIX}"


class Entry(StrEnum):
    """What a file in the sync folder is to this device."""

    COPY = "copy"
    """Another device's copy of its log: read."""
    HEARTBEAT = "heartbeat"
    """Another device's heartbeat: read."""
    OWN = "own"
    """This device's own copy or heartbeat: written, never read back."""
    CONFLICT = "conflict"
    """A copy a sync tool made of one of backmove's files: skipped, never touched."""
    UNKNOWN = "unknown"
    """A backmove-looking name that is none of the above (a half-written temporary file,
    a renamed copy): skipped."""
    OTHER = "other"
    """Not backmove's: ignored without a word."""


class FolderFile(Record):
    name: str
    entry: Entry
    device: str | None = None


def classify(name: str, own_id: str) -> FolderFile:
    """What the file called `name` in the sync folder is, seen from device `own_id`."""
    if COPY_PREFIX not in name:
        return FolderFile(name, Entry.OTHER)
    lowered = name.casefold()
    if any(mark in lowered for mark in _CONFLICT_MARKS):
        return FolderFile(name, Entry.CONFLICT)
    for suffix, entry in ((COPY_SUFFIX, Entry.COPY), (HEARTBEAT_SUFFIX, Entry.HEARTBEAT)):
        if name.startswith(COPY_PREFIX) and name.endswith(suffix):
            device = name[len(COPY_PREFIX) : -len(suffix)]
            if is_device_id(device):
                if device == own_id:
                    return FolderFile(name, Entry.OWN, device)
                return FolderFile(name, entry, device)
    if name.startswith("."):
        return FolderFile(name, Entry.OTHER)  # our own temporary files while they are written
    return FolderFile(name, Entry.UNKNOWN)


def record_key(
    device: str | None, origin_id: int | None, row_id: int, writer: str
) -> tuple[str, int]:
    """Which record a row is, whichever copy it was read from: (device, id on that device).

    A row the writer made itself has no tag (`device` None): it is the writer's, with its own
    id. A row that came to the writer from elsewhere (an import) keeps the tag it came with."""
    return (device or writer, row_id if origin_id is None else origin_id)


def merge_records(
    sources: Iterable[tuple[str, Iterable[tuple[str | None, int | None, int, Any]]]],
) -> list[tuple[tuple[str, int], Any]]:
    """Rows from several devices as one list: each tagged with its (device, id) and each
    record once, from the first source that has it (the local log comes first)."""
    seen: dict[tuple[str, int], Any] = {}
    for writer, rows in sources:
        for device, origin_id, row_id, payload in rows:
            seen.setdefault(record_key(device, origin_id, row_id, writer), payload)
    return list(seen.items())


# --- the shared sitting clock ------------------------------------------------------------------


class Heartbeat(Record):
    """One device's sitting clock, as it wrote it, every time on its own clock."""

    device: str
    written_at: float
    last_input_at: float
    active_s: float
    """Seconds of activity in the current cycle when it was written."""
    cycle: str
    """The current cycle's id; a new one after each break, adopted by a device carrying on."""
    break_at: float | None = None
    """When this device's last break ended (its own clock): it began `cycle`."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "device": self.device,
            "written_at": self.written_at,
            "last_input_at": self.last_input_at,
            "active_s": self.active_s,
            "cycle": self.cycle,
            "break_at": self.break_at,
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Heartbeat:
        """Raises ValueError for anything a backmove would not have written."""

        def number(key: str) -> float:
            value = raw.get(key)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ValueError(f"{key} is not a number")
            if not 0 <= value < 2**40:
                raise ValueError(f"{key} is out of range")
            return float(value)

        device, cycle = raw.get("device"), raw.get("cycle")
        if not is_device_id(device):
            raise ValueError("device is not a device id")
        if not isinstance(cycle, str) or not 0 < len(cycle) <= 64:
            raise ValueError("cycle is not an id")
        written, last = number("written_at"), number("last_input_at")
        if last > written:
            raise ValueError("the last input comes after the heartbeat")
        break_at = None if raw.get("break_at") is None else number("break_at")
        assert isinstance(device, str)
        return cls(device, written, last, number("active_s"), cycle, break_at)


class Sighting(Record):
    """A heartbeat as this device knows it: `seen_at` is this device's clock when it first saw
    this content, None when it was already there when this device began to look."""

    beat: Heartbeat
    seen_at: float | None


def placed_last_input(sighting: Sighting, now: float) -> float | None:
    """The other device's last input on this device's clock, or None when it cannot be placed
    (see the module's word on skew)."""
    beat = sighting.beat
    idle_then = beat.written_at - beat.last_input_at  # one clock: exact
    if abs(beat.written_at - now) <= SKEW_MARGIN_S:
        return min(beat.last_input_at, now)
    if sighting.seen_at is None:
        return None
    return min(sighting.seen_at, now) - idle_then


class Carry(Record):
    """What this device takes over from another: the cycle's id and its active seconds."""

    device: str
    cycle: str
    active_s: float


@dataclass
class SharedClock:
    """What this device knows of the others' sitting clocks, and the facts it gives the planner.

    Fed with sightings of heartbeats (`see`), it answers two questions: on becoming active,
    is there a cycle to carry on (`carry_on`)? And has another device ended the cycle with a
    break since the last look (`break_elsewhere`)? The planner hears the answers as facts
    through its driver; it never reads a file."""

    own_id: str
    _sightings: dict[str, Sighting] = field(default_factory=dict)
    _ended: set[str] = field(default_factory=set)
    """Devices whose cycle changed since the last `break_elsewhere`."""

    def see(self, beats: Iterable[Heartbeat], now: float, *, first_look: bool = False) -> None:
        """Take in the heartbeats read now. `first_look` marks those that were there before
        this device looked (its start): their age is unknown if their clock is skewed."""
        for beat in beats:
            if beat.device == self.own_id:
                continue
            known = self._sightings.get(beat.device)
            if known is not None and known.beat == beat:
                continue
            seen_at = None if first_look else now
            if (
                known is not None
                and beat.break_at is not None
                and beat.break_at != known.beat.break_at
            ):
                self._ended.add(beat.device)  # a break taken there since the last sighting
            self._sightings[beat.device] = Sighting(beat, seen_at)

    def carry_on(self, now: float) -> Carry | None:
        """The cycle this device carries on as it becomes active now: the other device whose
        last input was latest, if within `CARRY_WINDOW_S` of now; else None (start at zero)."""
        best: tuple[float, Heartbeat] | None = None
        for sighting in self._sightings.values():
            last = placed_last_input(sighting, now)
            if last is None or now - last > CARRY_WINDOW_S:
                continue
            if best is None or last > best[0]:
                best = (last, sighting.beat)
        if best is None:
            return None
        beat = best[1]
        return Carry(beat.device, beat.cycle, beat.active_s)

    def cycle_of(self, device: str) -> str | None:
        """The cycle another device is in, as last seen."""
        sighting = self._sightings.get(device)
        return None if sighting is None else sighting.beat.cycle

    def break_elsewhere(self, now: float) -> str | None:
        """The device that took a break since the last call (its cycle changed to one a break
        began), if its break is recent enough to matter; each break is answered once."""
        ended, self._ended = self._ended, set()
        for device in sorted(ended):
            sighting = self._sightings[device]
            last = placed_last_input(sighting, now)
            if last is None or now - last <= STALE_S:
                return device
        return None


AWAY_S = 60.0
"""Input after at least this long without any: the device "becomes active" and looks for a
cycle to carry on."""


class PlannerFacts(Protocol):
    """What the sitting clock tells the planner (`Planner` and its Qt driver both have it)."""

    def carry_on(self, active_s: float) -> list[Decision]: ...
    def break_elsewhere(self) -> list[Decision]: ...


class SittingSync:
    """One device's side of the shared sitting clock, between its planner and the others'
    heartbeats. The Qt flow (`flows.devices`) and the two-device simulations drive the same
    object: `decided` with this device's decisions, `heard` with the heartbeats read,
    `facts` to tell the planner what the others did, `heartbeat` for what to write.

    A break taken here (its end) starts a new cycle, announced in the heartbeat with its time,
    and the others end theirs on seeing it. A natural break found here on coming back is
    announced only if no other device was in use meanwhile: time spent at the other computer
    is sitting, not a break, and the cycle goes on from there instead.
    """

    def __init__(
        self, own_id: str, clock: Clock, new_cycle: Callable[[], str] | None = None
    ) -> None:
        self._clock = clock
        self._new_cycle = new_cycle or _new_cycle
        self.shared = SharedClock(own_id)
        self.own_id = own_id
        self.cycle = self._new_cycle()
        self.break_at: float | None = None
        self._away = True
        self._natural_at: float | None = None
        self._looked = False

    def decided(self, decisions: Iterable[Decision]) -> None:
        """This device's planner decided: a break's end starts a new cycle for all."""
        # Imported here: `backmove status` reads the history through this module (the
        # cautious hold) and has no planner to load.
        from backmove.core.planner import Action

        for d in decisions:
            if d.decision is Action.BREAK_END:
                self._announce_break()
            elif d.decision is Action.NATURAL_BREAK:
                self._natural_at = self._clock.wall()

    def _announce_break(self) -> None:
        self.cycle = self._new_cycle()
        self.break_at = self._clock.wall()
        self._natural_at = None

    def heard(self, beats: Iterable[Heartbeat]) -> None:
        """The other devices' heartbeats as read now; the first reading after start is the
        baseline (its skewed heartbeats cannot be placed)."""
        self.shared.see(beats, self._clock.wall(), first_look=not self._looked)
        self._looked = True

    def facts(self, planner: PlannerFacts, idle_s: float) -> list[Decision]:
        """Tell the planner what the other devices did since the last call: a break there
        ends the cycle here; becoming active here within minutes of input there carries that
        cycle on."""
        now = self._clock.wall()
        out: list[Decision] = []
        elsewhere = self.shared.break_elsewhere(now)
        if elsewhere is not None:
            out += planner.break_elsewhere()
            self.cycle = self.shared.cycle_of(elsewhere) or self._new_cycle()
            self.break_at = None
        active = idle_s < AWAY_S
        if active and self._away:
            carry = self.shared.carry_on(now)
            if carry is not None:
                out += planner.carry_on(carry.active_s)
                self.cycle = carry.cycle
                self._natural_at = None
        if active and self._natural_at is not None:
            self._announce_break()  # no other device was in use: a break for all
        self._away = not active
        return out

    def heartbeat(self, active_s: float, idle_s: float) -> Heartbeat:
        """This device's sitting clock now, for the heartbeat file."""
        now = self._clock.wall()
        return Heartbeat(
            device=self.own_id,
            written_at=now,
            last_input_at=now - max(0.0, idle_s),
            active_s=max(0.0, active_s),
            cycle=self.cycle,
            break_at=self.break_at,
        )
