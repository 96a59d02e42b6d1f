"""Devices without Qt: which files of the sync folder are whose, the heartbeat's checks, the
cautious safety merge, and the store reading every device's history while writing its own."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from backmove.core.clock import SimulatedClock
from backmove.core.devices import (
    Entry,
    Heartbeat,
    Sighting,
    cautious_hold,
    classify,
    copy_name,
    heartbeat_name,
    placed_last_input,
)
from backmove.core.safety import ASSESSED_CONFIRMED, Reported
from backmove.core.settings import Settings
from backmove.paths import Paths
from backmove.services.devices import PUBLISH_DEBOUNCE_S, Devices, exercise_hold
from backmove.services.store import Store
from backmove.storage.messages import SyncFolderOpen, WorkingAlone
from backmove.storage.records import Break, SafetyScreen

ME = "0123456789abcdef"
YOU = "fedcba9876543210"
CLOCK_START = datetime(2026, 3, 30, 8, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        (copy_name(YOU), Entry.COPY),
        (heartbeat_name(YOU), Entry.HEARTBEAT),
        (copy_name(ME), Entry.OWN),
        (heartbeat_name(ME), Entry.OWN),
        (f"backmove-{YOU}.sync-conflict-20261207-101010-ABCDEFG.db", Entry.CONFLICT),
        (f"backmove-{YOU} (conflicted copy 2026-12-07 101010).db", Entry.CONFLICT),
        (f"backmove-{YOU}_conflict-20261207-101010.db", Entry.CONFLICT),
        (f".backmove-{YOU}.db.partial", Entry.OTHER),
        (f".syncthing.backmove-{YOU}.db.tmp", Entry.OTHER),
        ("backmove-notanid.db", Entry.UNKNOWN),
        ("holiday.jpg", Entry.OTHER),
        (".stfolder", Entry.OTHER),
    ],
)
def test_each_file_of_the_folder_is_known_for_what_it_is(name: str, entry: Entry) -> None:
    assert classify(name, ME).entry is entry


def test_a_heartbeat_backmove_would_not_write_is_refused() -> None:
    good = Heartbeat(YOU, 1000.0, 990.0, 600.0, "c1", None).to_dict()
    assert Heartbeat.from_dict(good).active_s == 600.0
    for bad in (
        {**good, "device": "x"},
        {**good, "last_input_at": 2000.0},  # input after the heartbeat was written
        {**good, "active_s": True},
        {**good, "written_at": -1},
        {**good, "cycle": ""},
    ):
        with pytest.raises(ValueError):
            Heartbeat.from_dict(bad)


def test_a_heartbeat_within_the_margin_is_taken_as_it_says_and_beyond_it_by_when_seen() -> None:
    beat = Heartbeat(YOU, 10_000.0, 9_940.0, 600.0, "c1")
    assert placed_last_input(Sighting(beat, None), 10_050.0) == 9_940.0
    # An hour ahead: placed when seen, less the idle minute it reports; never trusted ahead.
    ahead = Heartbeat(YOU, 13_600.0, 13_540.0, 600.0, "c1")
    assert placed_last_input(Sighting(ahead, 10_010.0), 10_050.0) == 9_950.0
    assert placed_last_input(Sighting(ahead, None), 10_050.0) is None


def _screen(at: int, tier: str, outcome: str) -> SafetyScreen:
    return SafetyScreen(at=at, utc_offset_s=0, answers={}, tier=tier, outcome=outcome)  # type: ignore[arg-type]


def test_a_red_flag_on_one_device_holds_until_an_assessment_on_any() -> None:
    clear_here = _screen(100, "none", "all_clear")
    flag_there = _screen(200, "A", "refer_urgent")
    later_clear_here = _screen(300, "none", "all_clear")
    hold = cautious_hold([clear_here, later_clear_here, flag_there])
    assert hold is not None and hold.tier == "A"
    assessed_here = _screen(400, "A", ASSESSED_CONFIRMED)
    assert cautious_hold([clear_here, flag_there, later_clear_here, assessed_here]) is None
    # A symptom stop on the other device after the assessment holds again.
    again = cautious_hold([flag_there, assessed_here], [Reported(500, "leg")])
    assert again is not None and again.tier == "B"


def _settings(folder: Path | None) -> Settings:
    return Settings({"sync_folder": "" if folder is None else str(folder)})


def test_without_a_folder_it_works_alone_and_a_missing_one_is_said_once(tmp_path: Path) -> None:
    told: list[object] = []
    clock = SimulatedClock(CLOCK_START)
    paths = Paths(tmp_path / "home", tmp_path / "home")
    paths.ensure()
    settings = _settings(None)
    devices = Devices(paths, clock, lambda: settings, told=told.append)
    assert devices.look() is None and told == []  # no folder set: nothing to say
    settings = _settings(tmp_path / "unmounted")
    assert devices.look() is None and devices.look() is None
    assert told == [WorkingAlone(str(tmp_path / "unmounted"))]
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    settings = _settings(shared)
    assert devices.look() is not None
    assert told[-1] == SyncFolderOpen(str(shared), "755")


def test_the_store_reads_every_device_and_writes_only_its_own(tmp_path: Path) -> None:
    clock = SimulatedClock(CLOCK_START)
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o700)
    settings = _settings(shared)
    stores = []
    for name in ("a", "b"):
        paths = Paths(tmp_path / name, tmp_path / name)
        paths.ensure()
        store = Store(paths, clock, devices=Devices(paths, clock, lambda: settings))
        assert store.open()[0] is None
        stores.append(store)
    a, b = stores
    at = int(clock.wall())
    a.write(lambda r: r.add_break(Break(at, 0, "micro", outcome="completed")))
    a.write(
        lambda r: r.add_safety_screen(
            SafetyScreen(at=at, utc_offset_s=0, answers={}, tier="B", outcome="refer_soon")
        )
    )
    assert a.publish_if_due() is True  # no copy of A's in the folder yet: at once
    assert b.publish_if_due() is True
    a.write(lambda r: r.add_break(Break(at + 60, 0, "micro", outcome="skipped")))
    assert a.publish_if_due() is False  # the burst has not settled yet
    clock.advance(PUBLISH_DEBOUNCE_S)
    assert a.publish_if_due() is True
    assert (shared / copy_name(a.devices.identity.id)).stat().st_mode & 0o777 == 0o600  # type: ignore[union-attr]
    history = b.history()
    assert history is not None and len(history.breaks_between(0, 2**40)) == 2
    hold = b.read(exercise_hold, None)
    assert hold is not None and hold.tier == "B"  # A's referral pauses exercise on B
    assert b.repo is not None and b.repo.breaks_between(0, 2**40) == []  # B's own log: none
    for store in stores:
        store.close()


def test_records_from_several_devices_are_one_list_each_record_once() -> None:
    """The rule the merged history follows in SQL (storage.devices.merged): a record is its
    device and its id there, whichever copy brings it; the local log comes first."""
    from backmove.core.devices import merge_records, record_key

    assert record_key(None, None, 7, ME) == (ME, 7)
    assert record_key(YOU, 3, 12, ME) == (YOU, 3)  # imported here from YOU, where it was 3
    merged = merge_records(
        [
            (ME, [(None, None, 1, "mine"), (YOU, 3, 2, "yours, imported")]),
            (YOU, [(None, None, 3, "yours, from your copy"), (None, None, 4, "yours too")]),
        ]
    )
    assert merged == [
        ((ME, 1), "mine"),
        ((YOU, 3), "yours, imported"),
        ((YOU, 4), "yours too"),
    ]
