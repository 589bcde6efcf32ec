"""The scheduler against a real SQLite file: claims, grace, recovery, two processes' worth of
connections, pause/resume/update, one-off runs, and the running loop with a FakeClock."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.db import Database, migrate
from bot.recurrence import EVERY_DAY, LocalTime
from bot.scheduler import DISPATCH_CONCURRENCY, DueRun, Outcome, Scheduler, ScheduleRepo

START = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)  # Monday 12:00 UTC
GRACE = timedelta(hours=3)


class Recorder:
    """A handler that records every run it gets and can be told what to return."""

    def __init__(self) -> None:
        self.runs: list[DueRun] = []
        self.outcome: Outcome | None = None
        self.raise_error = False
        self.block: asyncio.Event | None = None
        self.called = asyncio.Event()

    async def __call__(self, run: DueRun) -> Outcome | None:
        self.runs.append(run)
        self.called.set()
        if self.block is not None:
            await self.block.wait()
        if self.raise_error:
            raise RuntimeError("boom")
        return self.outcome


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(tmp_path / "sched.db")
    await migrate(database)
    yield database
    await database.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


def make(db: Database, clock: FakeClock, recorder: Recorder | None = None, **kw: object) -> Scheduler:
    scheduler = Scheduler(db, clock, interval=kw.pop("interval", 30.0), grace=GRACE, **kw)  # type: ignore[arg-type]
    if recorder is not None:
        scheduler.register("tip", recorder)
    return scheduler


async def runs_of(db: Database, schedule_id: int) -> list[tuple[str, str]]:
    rows = await db.fetchall(
        "SELECT run_key, status FROM schedule_runs WHERE schedule_id = ? ORDER BY id", (schedule_id,)
    )
    return [(row["run_key"], row["status"]) for row in rows]


async def test_scheduler_claims_and_sends_once_then_advances(db: Database, clock: FakeClock) -> None:
    rec = Recorder()
    scheduler = make(db, clock, rec)
    s = await scheduler.create(kind="tip", guild_id=1, channel_id=2, tz="Europe/Berlin", local_time=LocalTime(14, 0))
    assert s.next_run_at == datetime(2026, 3, 2, 13, 0, tzinfo=UTC)  # 14:00 CET
    assert await scheduler.tick() == 0
    await clock.advance(timedelta(hours=1))
    assert await scheduler.tick() == 1
    assert await scheduler.tick() == 0
    assert len(rec.runs) == 1
    run = rec.runs[0]
    assert (run.schedule_id, run.run_key, run.guild_id, run.channel_id, run.kind) == (s.id, "2026-03-02", 1, 2, "tip")
    assert run.nonce == f"tdm-run-{run.run_id}" and len(run.nonce) <= 25
    assert await runs_of(db, s.id) == [("2026-03-02", "sent")]
    after = await scheduler.get(s.id)
    assert after is not None and after.next_run_at == datetime(2026, 3, 3, 13, 0, tzinfo=UTC)
    assert after.next_key == "2026-03-03"


async def test_scheduler_two_connections_claim_exactly_once(db: Database, clock: FakeClock, tmp_path: Path) -> None:
    other_db = await Database.open(tmp_path / "sched.db")
    try:
        rec_a, rec_b = Recorder(), Recorder()
        a, b = make(db, clock, rec_a), make(other_db, clock, rec_b)
        for channel in range(20):
            await a.create(kind="tip", guild_id=1, channel_id=channel, tz="UTC", local_time=LocalTime(12, 30))
        await clock.advance(timedelta(minutes=31))
        results = await asyncio.gather(a.tick(), b.tick(), a.tick(), b.tick())
        assert sum(results) == 20
        sent = sorted(run.channel_id or 0 for run in rec_a.runs + rec_b.runs)
        assert sent == list(range(20))
        assert await db.fetchval("SELECT count(*) FROM schedule_runs WHERE status = 'sent'") == 20
    finally:
        await other_db.close()


async def test_scheduler_outside_grace_records_skip_and_logs(
    db: Database, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    rec = Recorder()
    scheduler = make(db, clock, rec)
    s = await scheduler.create(kind="tip", guild_id=1, channel_id=2, tz="UTC", local_time=LocalTime(13, 0))
    # Down from 12:00 until 16:30: the 13:00 run is 3.5 h late, beyond the 3 h grace.
    await clock.advance(timedelta(hours=4, minutes=30))
    with caplog.at_level(logging.WARNING, logger="bot.scheduler"):
        assert await scheduler.tick() == 0
    assert rec.runs == []
    assert await runs_of(db, s.id) == [("2026-03-02", "skipped")]
    assert any("Skipped tip run 2026-03-02" in r.getMessage() and "grace" in r.getMessage() for r in caplog.records)
    after = await scheduler.get(s.id)
    assert after is not None and after.next_key == "2026-03-03"


async def test_scheduler_within_grace_posts_late_run_once(db: Database, clock: FakeClock) -> None:
    rec = Recorder()
    scheduler = make(db, clock, rec)
    s = await scheduler.create(kind="tip", guild_id=1, channel_id=2, tz="UTC", local_time=LocalTime(13, 0))
    await clock.advance(timedelta(hours=3, minutes=59))  # 2 h 59 min late
    assert await scheduler.tick() == 1
    assert [r.run_key for r in rec.runs] == ["2026-03-02"]
    assert await runs_of(db, s.id) == [("2026-03-02", "sent")]


async def test_scheduler_long_downtime_sends_one_not_a_burst(db: Database, clock: FakeClock) -> None:
    rec = Recorder()
    scheduler = make(db, clock, rec)
    s = await scheduler.create(kind="tip", guild_id=1, channel_id=2, tz="UTC", local_time=LocalTime(13, 0))
    # Down for three days; back at 14:00 on Thursday: Thursday's 13:00 is within grace.
    await clock.advance(timedelta(days=3, hours=2))
    assert await scheduler.tick() == 1
    assert await scheduler.tick() == 0
    assert [r.run_key for r in rec.runs] == ["2026-03-05"]
    assert await runs_of(db, s.id) == [("2026-03-02", "skipped"), ("2026-03-05", "sent")]
    after = await scheduler.get(s.id)
    assert after is not None and after.next_key == "2026-03-06"


async def test_scheduler_recovers_claim_of_dead_process_once(db: Database, clock: FakeClock) -> None:
    rec = Recorder()
    scheduler = make(db, clock, rec)
    s = await scheduler.create(kind="tip", guild_id=1, channel_id=2, tz="UTC", local_time=LocalTime(12, 30))
    await clock.advance(timedelta(minutes=31))
    # Another process claimed it and was killed before recording the outcome.
    import socket

    dead_owner = f"{socket.gethostname()}:999999999:dead"
    run_id = await db.execute(
        "INSERT INTO schedule_runs (schedule_id, run_key, due_at, status, claimed_at, owner) "
        "VALUES (?, '2026-03-02', ?, 'claimed', ?, ?)",
        (s.id, int(START.timestamp()) + 1800, int(clock.now().timestamp()), dead_owner),
    )
    assert await scheduler.tick() == 1  # recovery; the due row's own claim is ignored (UNIQUE)
    assert [r.run_id for r in rec.runs] == [run_id]
    assert await runs_of(db, s.id) == [("2026-03-02", "sent")]


async def test_scheduler_recovery_waits_for_lease_of_unknown_owner(db: Database, clock: FakeClock) -> None:
    rec = Recorder()
    scheduler = make(db, clock, rec, lease=timedelta(minutes=2))
    s = await scheduler.create(kind="tip", guild_id=1, channel_id=2, tz="UTC", local_time=LocalTime(12, 30))
    await clock.advance(timedelta(minutes=31))
    await db.execute(
        "INSERT INTO schedule_runs (schedule_id, run_key, due_at, status, claimed_at, owner) "
        "VALUES (?, '2026-03-02', ?, 'claimed', ?, 'other-host:1:x')",
        (s.id, int(START.timestamp()) + 1800, int(clock.now().timestamp())),
    )
    await scheduler.tick()
    assert rec.runs == []  # the other host may still be sending
    await clock.advance(timedelta(minutes=3))
    assert await scheduler.tick() == 1
    assert len(rec.runs) == 1


async def test_scheduler_abandoned_claim_outside_grace_is_skipped_and_logged(
    db: Database, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    rec = Recorder()
    scheduler = make(db, clock, rec)
    s = await scheduler.create(kind="tip", guild_id=1, channel_id=2, tz="UTC", local_time=LocalTime(12, 30))
    await db.execute(
        "INSERT INTO schedule_runs (schedule_id, run_key, due_at, status, claimed_at, owner) "
        "VALUES (?, '2026-03-02', ?, 'claimed', ?, 'gone-host:1:x')",
        (s.id, int(START.timestamp()) + 1800, int(START.timestamp()) + 1801),
    )
    await clock.advance(timedelta(hours=4))  # the process died at 12:30; we are back at 16:00
    with caplog.at_level(logging.WARNING, logger="bot.scheduler"):
        await scheduler.tick()
    assert rec.runs == []
    assert await runs_of(db, s.id) == [("2026-03-02", "skipped")]
    assert any("Skipped abandoned tip run 2026-03-02" in r.getMessage() for r in caplog.records)


async def test_scheduler_abandoned_twice_is_skipped(db: Database, clock: FakeClock) -> None:
    rec = Recorder()
    scheduler = make(db, clock, rec)
    s = await scheduler.create(kind="tip", guild_id=1, channel_id=2, tz="UTC", local_time=LocalTime(12, 30))
    await clock.advance(timedelta(minutes=31))
    await db.execute(
        "INSERT INTO schedule_runs (schedule_id, run_key, due_at, status, claimed_at, owner, detail) "
        "VALUES (?, '2026-03-02', ?, 'claimed', 0, 'gone:1:x', 're-dispatched')",
        (s.id, int(START.timestamp()) + 1800),
    )
    await scheduler.tick()
    assert rec.runs == []
    assert await runs_of(db, s.id) == [("2026-03-02", "skipped")]


async def test_scheduler_stop_releases_interrupted_claims_for_next_start(db: Database, clock: FakeClock) -> None:
    first_rec = Recorder()
    first_rec.block = asyncio.Event()  # the send never finishes: the bot is shutting down
    first = make(db, clock, first_rec)
    s = await first.create(kind="tip", guild_id=1, channel_id=2, tz="UTC", local_time=LocalTime(12, 30))
    first.start()
    await clock.advance(timedelta(minutes=31))
    await asyncio.wait_for(first_rec.called.wait(), 5)
    await first.stop()
    assert await runs_of(db, s.id) == [("2026-03-02", "claimed")]

    second_rec = Recorder()
    second = make(db, clock, second_rec)
    assert await second.tick() == 1
    assert second_rec.runs[0].run_id == first_rec.runs[0].run_id  # same run, same nonce
    assert await runs_of(db, s.id) == [("2026-03-02", "sent")]


async def test_scheduler_stop_during_a_backlog_does_not_wait_for_it_to_drain(db: Database, clock: FakeClock) -> None:
    """More runs than workers, every send stuck: stopping cancels them at once (the claims are
    released for the next start), instead of waiting for a queue that will never drain."""
    rec = Recorder()
    rec.block = asyncio.Event()  # never set
    scheduler = make(db, clock, rec)
    for channel in range(DISPATCH_CONCURRENCY * 3):
        await scheduler.create(kind="tip", guild_id=1, channel_id=100 + channel, tz="UTC", local_time=LocalTime(12, 30))
    scheduler.start()
    await clock.advance(timedelta(minutes=31))
    await asyncio.wait_for(rec.called.wait(), 5)
    stopping = asyncio.ensure_future(scheduler.stop())
    done, _ = await asyncio.wait({stopping}, timeout=5)  # a guard: the first pool waited here forever
    if not done:
        stopping.cancel()
        rec.block.set()
    assert stopping in done, "stop() waited for a backlog that could not drain"
    assert len(rec.runs) == DISPATCH_CONCURRENCY  # only the workers' runs had started
    claimed = await db.fetchval("SELECT COUNT(*) FROM schedule_runs WHERE status = 'claimed' AND claimed_at = 0")
    assert claimed == DISPATCH_CONCURRENCY * 3


async def test_scheduler_handler_can_pause_schedule(db: Database, clock: FakeClock) -> None:
    rec = Recorder()
    rec.outcome = Outcome.failed("channel deleted", pause=True)
    scheduler = make(db, clock, rec)
    s = await scheduler.create(kind="tip", guild_id=1, channel_id=2, tz="UTC", local_time=LocalTime(12, 30))
    await clock.advance(timedelta(minutes=31))
    await scheduler.tick()
    after = await scheduler.get(s.id)
    assert after is not None and after.paused and after.next_run_at is None
    assert after.pause_reason == "channel deleted"
    assert await runs_of(db, s.id) == [("2026-03-02", "failed")]
    await clock.advance(timedelta(days=2))
    await scheduler.tick()
    assert len(rec.runs) == 1


async def test_scheduler_handler_exception_is_logged_and_loop_continues(
    db: Database, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    rec = Recorder()
    rec.raise_error = True
    scheduler = make(db, clock, rec)
    s = await scheduler.create(kind="tip", guild_id=1, channel_id=2, tz="UTC", local_time=LocalTime(12, 30))
    await clock.advance(timedelta(minutes=31))
    with caplog.at_level(logging.ERROR, logger="bot.scheduler"):
        await scheduler.tick()
    assert any("Handler for tip failed" in r.getMessage() for r in caplog.records)
    rec.raise_error = False
    await clock.advance(timedelta(days=1))
    await scheduler.tick()
    assert await runs_of(db, s.id) == [("2026-03-02", "failed"), ("2026-03-03", "sent")]


async def test_scheduler_hung_handler_times_out_and_others_still_run(db: Database, clock: FakeClock) -> None:
    hung, fine = Recorder(), Recorder()
    hung.block = asyncio.Event()  # never set: a send that never returns
    scheduler = make(db, clock, hung)
    scheduler.register("other", fine)
    scheduler.handler_timeout = 0.05
    s = await scheduler.create(kind="tip", guild_id=1, channel_id=2, tz="UTC", local_time=LocalTime(12, 30))
    other = await scheduler.create(kind="other", guild_id=1, channel_id=3, tz="UTC", local_time=LocalTime(12, 30))
    await clock.advance(timedelta(minutes=31))
    assert await scheduler.tick() == 2
    assert await runs_of(db, s.id) == [("2026-03-02", "failed")]
    assert await runs_of(db, other.id) == [("2026-03-02", "sent")]
    detail = await db.fetchval("SELECT detail FROM schedule_runs WHERE schedule_id = ?", (s.id,))
    assert detail == "timed out after 0.05s"


async def test_scheduler_claims_the_next_batch_while_the_current_one_is_still_sending(
    db: Database, clock: FakeClock
) -> None:
    """A backlog bigger than one claim batch reaches the handlers as one stream: the next batch
    is claimed while the previous batch's runs are still in flight, not after they all finish."""
    entered: list[DueRun] = []
    all_entered = asyncio.Event()
    release = asyncio.Event()

    async def slow(run: DueRun) -> None:
        entered.append(run)
        if len(entered) == 25:
            all_entered.set()
        await release.wait()  # every send of the first batch is still in flight

    scheduler = make(db, clock, batch=10)
    scheduler.register("tip", slow)
    for channel in range(25):
        await scheduler.create(kind="tip", guild_id=1, channel_id=100 + channel, tz="UTC", local_time=LocalTime(12, 30))
    await clock.advance(timedelta(minutes=31))
    tick = asyncio.ensure_future(scheduler.tick())
    waiter = asyncio.ensure_future(all_entered.wait())
    await asyncio.wait({tick, waiter}, timeout=10, return_when=asyncio.FIRST_COMPLETED)  # a guard, not a sync
    assert len(entered) == 25, "the second and third batches waited for the first to finish"
    claimed = await db.fetchval("SELECT COUNT(*) FROM schedule_runs WHERE status = 'claimed'")
    assert claimed == 25
    release.set()
    assert await tick == 25
    assert await db.fetchval("SELECT COUNT(*) FROM schedule_runs WHERE status = 'sent'") == 25
    assert len({run.schedule_id for run in entered}) == 25


async def test_scheduler_kind_without_handler_is_skipped(db: Database, clock: FakeClock) -> None:
    scheduler = make(db, clock)
    s = await scheduler.create(kind="mystery", tz="UTC", local_time=LocalTime(12, 30))
    await clock.advance(timedelta(minutes=31))
    assert await scheduler.tick() == 0
    assert await runs_of(db, s.id) == [("2026-03-02", "skipped")]


async def test_scheduler_pause_resume_update_delete(db: Database, clock: FakeClock) -> None:
    rec = Recorder()
    scheduler = make(db, clock, rec)
    s = await scheduler.create(kind="tip", guild_id=1, channel_id=2, tz="UTC", local_time=LocalTime(12, 30))
    paused = await scheduler.pause(s.id, reason="moderator")
    assert paused is not None and paused.paused and paused.next_run_at is None
    await clock.advance(timedelta(hours=1))
    await scheduler.tick()
    assert rec.runs == []
    resumed = await scheduler.resume(s.id)
    assert resumed is not None and resumed.next_key == "2026-03-03"  # no back-fill of today's run
    updated = await scheduler.update(s.id, local_time=LocalTime(18, 0), tz="America/New_York", days=EVERY_DAY)
    assert updated is not None and updated.next_run_at == datetime(2026, 3, 2, 23, 0, tzinfo=UTC)
    assert updated.tz == "America/New_York" and str(updated.local_time) == "18:00"
    await clock.advance(timedelta(hours=10))
    await scheduler.tick()
    assert [r.run_key for r in rec.runs] == ["2026-03-02"]
    assert await scheduler.delete(s.id)
    assert await scheduler.get(s.id) is None
    assert await db.fetchval("SELECT count(*) FROM schedule_runs") == 0  # cascaded


async def test_scheduler_one_off_snooze_then_recurrence_continues(db: Database, clock: FakeClock) -> None:
    rec = Recorder()
    scheduler = make(db, clock, rec)
    s = await scheduler.create(kind="tip", user_id=7, tz="UTC", local_time=LocalTime(12, 30))
    await clock.advance(timedelta(minutes=31))
    await scheduler.tick()
    await scheduler.set_one_off(s.id, clock.now() + timedelta(hours=1), "snooze:2026-03-02")
    await clock.advance(timedelta(hours=1))
    await scheduler.tick()
    await clock.advance(timedelta(days=1))
    await scheduler.tick()
    assert [r.run_key for r in rec.runs] == ["2026-03-02", "snooze:2026-03-02", "2026-03-03"]
    assert all(r.user_id == 7 for r in rec.runs)


async def test_scheduler_one_off_only_schedule_goes_idle(db: Database, clock: FakeClock) -> None:
    rec = Recorder()
    scheduler = make(db, clock, rec)
    s = await scheduler.create(kind="tip", user_id=7, tz="UTC", local_time=LocalTime(0, 0), days=0)
    assert s.next_run_at is None
    await scheduler.set_one_off(s.id, clock.now() + timedelta(minutes=5), "reminder-1")
    await clock.advance(timedelta(minutes=5))
    assert await scheduler.tick() == 1
    after = await scheduler.get(s.id)
    assert after is not None and after.next_run_at is None


async def test_scheduler_upsert_member_and_erasure(db: Database, clock: FakeClock) -> None:
    scheduler = make(db, clock)
    a = await scheduler.upsert_member("checkin", 42, tz="UTC", local_time=LocalTime(20, 0))
    b = await scheduler.upsert_member("checkin", 42, tz="Asia/Kathmandu", local_time=LocalTime(21, 0))
    assert a.id == b.id and b.tz == "Asia/Kathmandu"
    assert len(await scheduler.find("checkin", user_id=42)) == 1
    assert await scheduler.delete_for_user(42) == 1
    assert await scheduler.find("checkin", user_id=42) == []


async def test_scheduler_next_runs_lists_upcoming(db: Database, clock: FakeClock) -> None:
    scheduler = make(db, clock)
    s = await scheduler.create(kind="tip", guild_id=1, channel_id=2, tz="UTC", local_time=LocalTime(9, 0))
    assert [o.key for o in scheduler.next_runs(s, 3)] == ["2026-03-03", "2026-03-04", "2026-03-05"]
    paused = await scheduler.pause(s.id)
    assert paused is not None and scheduler.next_runs(paused) == []


async def test_scheduler_running_loop_posts_at_due_time(db: Database, clock: FakeClock) -> None:
    rec = Recorder()
    scheduler = make(db, clock, rec, interval=3600.0)
    scheduler.start()
    try:
        # Created while the loop sleeps an hour: wake() makes it sleep only until 12:10.
        await scheduler.create(kind="tip", guild_id=1, channel_id=2, tz="UTC", local_time=LocalTime(12, 10))
        await clock.advance(timedelta(minutes=10))
        await asyncio.wait_for(rec.called.wait(), 5)
        await scheduler.tick()  # waits for the loop's tick to finish; finds nothing more
        assert len(rec.runs) == 1
    finally:
        await scheduler.stop()
    assert not scheduler.running


async def test_scheduler_prunes_old_finished_runs(db: Database, clock: FakeClock) -> None:
    rec = Recorder()
    scheduler = make(db, clock, rec)
    s = await scheduler.create(kind="tip", guild_id=1, channel_id=2, tz="UTC", local_time=LocalTime(12, 30))
    await clock.advance(timedelta(minutes=31))
    await scheduler.tick()
    assert len(await runs_of(db, s.id)) == 1
    await scheduler.pause(s.id)
    await clock.advance(timedelta(days=31))
    await scheduler.tick()
    assert await runs_of(db, s.id) == []


async def test_scheduler_due_query_uses_partial_index(db: Database) -> None:
    plan = await db.fetchall("EXPLAIN QUERY PLAN " + ScheduleRepo.DUE_SQL, (0, 10))
    detail = " ".join(row["detail"] for row in plan)
    assert "USING INDEX schedules_due" in detail
    assert "TEMP B-TREE" not in detail  # the index also gives the ORDER BY
