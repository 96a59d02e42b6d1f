"""The merged history, for any histories of up to three devices: every record once, each with
its own device's tag, every rating still on its own break; and an export of it imported on a
fourth device, merged again with the originals, adds nothing twice."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from backmove.core.clock import SimulatedClock
from backmove.storage.database import Database
from backmove.storage.devices import merged, publish_copy, scan
from backmove.storage.records import Break, Rating
from backmove.storage.repository import Repository
from backmove.storage.transfer import export_data, import_data
from tests.examples import examples
from tests.unit.storage.helpers import BERLIN

IDS = ("1111111111111111", "2222222222222222", "3333333333333333")
FOURTH = "4444444444444444"
T0 = 1_774_857_000

# Per device: a list of breaks, each with how many ratings it has (0..2).
histories = st.lists(st.lists(st.integers(0, 2), max_size=6), min_size=1, max_size=3)


def _write(db: Database, device: int, breaks: list[int]) -> None:
    repo = Repository(db)
    for n, ratings in enumerate(breaks):
        at = T0 + device * 100_000 + n * 600
        b = repo.add_break(Break(at, 3600, "micro", outcome="completed", reason=f"d{device}"))
        assert b.id is not None
        for k in range(ratings):
            repo.add_rating(Rating(at + 10 + k, 3600, ("now_before", "now_after")[k], 5, b.id))


@settings(max_examples=examples(20))
@given(histories)
def test_every_record_once_with_its_tag_and_its_break(shapes: list[list[int]]) -> None:
    clock = SimulatedClock(datetime(2026, 3, 30, 8, 30), BERLIN)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        folder = base / "shared"
        folder.mkdir()
        dbs = []
        for device, breaks in enumerate(shapes):
            db = Database.open(base / f"d{device}" / "backmove.db", clock).database
            _write(db, device, breaks)
            publish_copy(db, folder, IDS[device])
            dbs.append(db)
        history, skipped = merged(dbs[0].path, IDS[0], scan(folder, IDS[0]).copies)
        assert not skipped
        conn = history.connection
        breaks = conn.execute("SELECT id, device, reason FROM breaks").fetchall()
        assert len(breaks) == sum(len(b) for b in shapes)
        assert all(reason == f"d{IDS.index(device)}" for _, device, reason in breaks)
        wrong = conn.execute(
            "SELECT count(*) FROM ratings r JOIN breaks b ON b.id = r.break_id "
            "WHERE r.device != b.device OR r.at - b.planned_at NOT BETWEEN 10 AND 11"
        ).fetchone()[0]
        assert wrong == 0
        assert conn.execute("SELECT count(*) FROM ratings").fetchone()[0] == sum(
            sum(b) for b in shapes
        )
        # An export of it, imported on a fourth device and merged with the originals again.
        export_data(history, base / "export", "json")
        fourth = Database.open(base / "d4" / "backmove.db", clock).database
        import_data(fourth, base / "export")
        again, _ = merged(fourth.path, FOURTH, scan(folder, FOURTH).copies)
        assert again.counts() == history.counts()
        for db in (*dbs, history, fourth, again):
            db.close()
