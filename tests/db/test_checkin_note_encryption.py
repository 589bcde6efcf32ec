"""A private note's text never reaches the database file, its WAL or shared memory."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.checkins.model import ScheduleChoice
from bot.checkins.repo import CheckinRepo
from bot.checkins.service import CheckinService
from bot.clock import FakeClock
from bot.content.checkins import load as load_checkins
from bot.content.problems import Problems
from bot.crypto import NoteCipher
from bot.db import Database, migrate
from bot.privacy import PrivacyService
from bot.scheduler import Scheduler

CONTENT = Path(__file__).resolve().parents[2] / "content" / "checkins"
NOTE = "Zebra-lantern: today I told my sister I needed an evening to myself"


def _files(db_path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in db_path.parent.glob(db_path.name + "*")}


async def test_checkin_note_plaintext_never_in_db_or_wal_and_gone_after_erase(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    db = await Database.open(path)
    try:
        await migrate(db)
        clock = FakeClock(datetime(2026, 3, 2, 12, tzinfo=UTC))
        cipher = NoteCipher.from_settings(None, path)
        service = CheckinService(
            CheckinRepo(db),
            Scheduler(db, clock, interval=60, grace=timedelta(hours=3)),
            load_checkins(CONTENT, Problems()),
            cipher,
            clock,
        )
        member, _ = await service.opt_in(1, None, ScheduleChoice.parse("daily", "09:00", "UTC"))
        checkin, _ = await service.begin(member, "run:1", None)
        await service.save_note(checkin.id, 1, NOTE)

        files = _files(path)
        assert any(name.endswith("-wal") for name in files), "expected WAL mode"
        needles = [NOTE.encode(), b"Zebra-lantern", NOTE.encode("utf-16-le")[:40]]
        for name, data in files.items():
            for needle in needles:
                assert needle not in data, f"note text found in {name}"
        ciphertext = await db.fetchval("SELECT note_encrypted FROM checkins WHERE id = ?", (checkin.id,))
        assert cipher.decrypt(ciphertext) == NOTE  # it is there, just not readable
        assert any(ciphertext in data for data in files.values())
        exported = await PrivacyService(db, cipher).export(1, clock.now())
        assert exported["tables"]["checkins"][0]["note"] == NOTE

        # Erasure overwrites the freed pages, so even the ciphertext leaves the files.
        await PrivacyService(db, cipher).erase(1)
        for name, data in _files(path).items():
            assert ciphertext not in data, f"erased ciphertext still in {name}"
    finally:
        await db.close()
