"""Two computers' histories through a folder two real Syncthing instances share.

Computer A is a backmove profile whose log gets breaks, ratings and a symptom stop, and
publishes its copy with `backmove devices --publish`; computer B is a running backmove on a
headless desktop, with its own profile and its own end of the Syncthing folder. B's counts and
dashboard data come to hold A's records, A's symptom stop pauses exercise on B, and a damaged
and then a newer-schema copy arriving from A leave B's own data and its start as they were.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

from backmove.core.clock import SystemClock
from backmove.core.devices import copy_name
from backmove.core.safety import STOP_SYMPTOM_EVENT
from backmove.core.settings import Settings, load
from backmove.paths import Paths
from backmove.services.dashboard import Span
from backmove.services.dashboard_source import DashboardSource
from backmove.services.devices import Devices
from backmove.services.library import MoveLibrary
from backmove.services.store import Store
from backmove.storage.database import Database
from backmove.storage.records import AppEvent, Break, Rating, local_stamp
from backmove.storage.repository import Repository
from backmove.storage.schema import SCHEMA_VERSION, TABLES
from tests.e2e.desktop import ALL_DAY, backmove_argv, desktop, wait_for
from tests.e2e.syncthing import two_peers


def cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        backmove_argv("--home", str(home), *args),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def status(home: Path, env: dict[str, str]) -> dict[str, Any]:
    done = subprocess.run(
        backmove_argv("status", "--json"),
        env={**env, "BACKMOVE_HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return json.loads(done.stdout) if done.returncode == 0 else {}


HISTORY = ("breaks", "ratings", "move_feedback", "safety_screens", "checkins")
"""B's own records; its app events (a start, a quit) are B's running, not its history."""


def own_rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """B's own history, and how many of its rows of any table carry another device's tag
    (none: nothing read from the folder is ever written into the local log)."""
    conn = sqlite3.connect(db.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        rows = {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in HISTORY}  # noqa: S608
        tagged = sum(
            conn.execute(f"SELECT count(*) FROM {t} WHERE device IS NOT NULL").fetchone()[0]  # noqa: S608
            for t in TABLES
        )
        return {**rows, "tagged": [(tagged,)]}
    finally:
        conn.close()


def digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def write_a(home: Path, breaks: int) -> None:
    """A's breaks, each rated before and after, written through backmove's own storage."""
    clock = SystemClock()
    db = Database.open(home / "backmove.db", clock).database
    repo = Repository(db)
    at, offset = local_stamp(clock)
    for n in range(breaks):
        start = at - 600 - 120 * n
        b = repo.add_break(
            Break(
                planned_at=start,
                utc_offset_s=offset,
                kind="micro",
                prompted_at=start,
                started_at=start + 5,
                ended_at=start + 65,
                outcome="completed",
                routine='["T1"]',
            )
        )
        assert b.id is not None
        repo.add_rating(Rating(start + 4, offset, "now_before", 5, b.id))
        repo.add_rating(Rating(start + 66, offset, "now_after", 3, b.id))
    db.close()


def stop_on_a(home: Path) -> None:
    clock = SystemClock()
    db = Database.open(home / "backmove.db", clock).database
    at, offset = local_stamp(clock)
    Repository(db).add_event(
        AppEvent(at, offset, STOP_SYMPTOM_EVENT, {"symptom": "leg", "move": "T1"})
    )
    db.close()


def dashboard_of(home: Path) -> Any:
    paths = Paths(home, home)
    clock = SystemClock()
    settings: Settings = load(paths.settings_file, "test").settings
    store = Store(paths, clock, devices=Devices(paths, clock, lambda: settings))
    store.open()
    try:
        library = MoveLibrary(paths.user_moves_dir, str)
        source = DashboardSource(store, clock, lambda: settings, library)
        return source.build(Span.WEEKS_4)
    finally:
        store.close()


def test_two_computers_share_one_history_through_syncthing(tmp_path: Path) -> None:
    with two_peers(tmp_path) as (peer_a, peer_b):
        home_a, home_b = tmp_path / "computer-a", tmp_path / "computer-b"
        for home, peer in ((home_a, peer_a), (home_b, peer_b)):
            home.mkdir()
            (home / "settings.toml").write_text(ALL_DAY)
            named = cli(home, "devices", "--folder", str(peer.folder), "--name", peer.name)
            assert named.returncode == 0, named.stderr
        # B's own history: one skipped break, before anything of A's arrives.
        b_clock = SystemClock()
        b_db = Database.open(home_b / "backmove.db", b_clock).database
        at, offset = local_stamp(b_clock)
        Repository(b_db).add_break(Break(at - 300, offset, "micro", outcome="skipped"))
        b_db.close()
        b_before = own_rows(home_b / "backmove.db")

        with desktop(tmp_path / "shots") as desk:
            app = desk.spawn(*backmove_argv(), env={**desk.env, "BACKMOVE_HOME": str(home_b)})
            wait_for(lambda: "backmove" in desk.tray_icons(), 60, "B's tray icon")
            assert status(home_b, desk.env)["offered_today"] == 1

            # Breaks and ratings written on A reach B's counts and dashboard data.
            write_a(home_a, 3)
            published = cli(home_a, "devices", "--publish")
            assert published.returncode == 0, published.stdout + published.stderr
            a_copy = copy_name(json.loads(cli(home_a, "devices", "--json").stdout)["device_id"])
            assert (peer_a.folder / a_copy).stat().st_mode & 0o777 == 0o600
            wait_for(
                lambda: digest(peer_b.folder / a_copy) == digest(peer_a.folder / a_copy),
                120,
                "A's copy to arrive at B",
                0.5,
            )
            # Syncthing keeps the copy's mode: private at B too (docs/devices.md).
            assert (peer_b.folder / a_copy).stat().st_mode & 0o777 == 0o600
            wait_for(
                lambda: status(home_b, desk.env).get("offered_today") == 4,
                60,
                "B's running status to count A's breaks",
                0.5,
            )
            today = status(home_b, desk.env)
            assert today["breaks_today"] == 3 and today["exercise_paused"] is False
            data = dashboard_of(home_b)
            assert data is not None
            assert data.today_view.counts.offered == 4 and data.today_view.counts.done == 3
            assert data.rated_breaks == 3  # A's ratings, before and after each break
            devices = json.loads(cli(home_b, "devices", "--json").stdout)
            assert [d["name"] for d in devices["devices"]] == ["a"]
            assert devices["devices"][0]["history_read"] is True

            # A symptom stop on A pauses exercise on B.
            stop_on_a(home_a)
            assert cli(home_a, "devices", "--publish").returncode == 0
            wait_for(
                lambda: status(home_b, desk.env).get("exercise_paused") == "B",
                120,
                "A's symptom stop to pause exercise on B",
                0.5,
            )

            # An export from B holds both computers' records, each tagged.
            exported = cli(home_b, "export", "--out", str(tmp_path / "export"), "--format", "json")
            assert exported.returncode == 0, exported.stderr
            rows = json.loads((tmp_path / "export" / "breaks.json").read_text())
            assert sorted({r["device"] for r in rows}) == sorted(
                {devices["device_id"], a_copy[len("backmove-") : -len(".db")]}
            )

            # A damaged copy, then one from a newer backmove, arrive from A.
            good = (peer_a.folder / a_copy).read_bytes()
            damaged = good[:4096] + b"\x00" * (len(good) - 4096)
            (peer_a.folder / a_copy).write_bytes(damaged)
            wait_for(
                lambda: digest(peer_b.folder / a_copy) == hashlib.sha256(damaged).hexdigest(),
                120,
                "the damaged copy to arrive at B",
                0.5,
            )
            wait_for(
                lambda: status(home_b, desk.env).get("offered_today") == 1,
                60,
                "B to leave the damaged copy out",
                0.5,
            )
            skipped = json.loads(cli(home_b, "devices", "--json").stdout)["skipped"]
            assert [s["reason"] for s in skipped] == ["damaged"]

            newer = tmp_path / "newer.db"
            newer.write_bytes(good)
            conn = sqlite3.connect(newer)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
            conn.close()
            (peer_a.folder / a_copy).write_bytes(newer.read_bytes())
            wait_for(
                lambda: digest(peer_b.folder / a_copy) == digest(newer),
                120,
                "the newer-schema copy to arrive at B",
                0.5,
            )
            wait_for(
                lambda: (
                    [
                        s["reason"]
                        for s in json.loads(cli(home_b, "devices", "--json").stdout)["skipped"]
                    ]
                    == ["newer"]
                ),
                60,
                "B to skip the newer copy",
                0.5,
            )
            assert status(home_b, desk.env)["offered_today"] == 1
            desk.screenshot("devices-b-running")
            assert cli(home_b, "quit").returncode == 0
            assert app.wait(timeout=30) == 0

            # B's own log is as it was, and B starts as before with the copy still there.
            assert own_rows(home_b / "backmove.db") == b_before
            again = desk.spawn(*backmove_argv(), env={**desk.env, "BACKMOVE_HOME": str(home_b)})
            wait_for(lambda: "backmove" in desk.tray_icons(), 60, "B's tray icon after restart")
            wait_for(lambda: status(home_b, desk.env).get("running"), 30, "B to answer")
            assert status(home_b, desk.env)["offered_today"] == 1
            assert cli(home_b, "quit").returncode == 0
            assert again.wait(timeout=30) == 0
            assert own_rows(home_b / "backmove.db") == b_before
