"""Benchmarks for the one scheduler.

1. With 10,000 server (tip) schedules and 100,000 member (check-in) schedules in SQLite, one
   tick's due-work query (``ScheduleRepo.DUE_SQL`` through the partial index ``schedules_due``)
   must take <= 5 ms (median). Baseline in the same run: the same query with the index
   disabled (``NOT INDEXED``). Also timed: a whole tick with nothing due, and a tick that claims
   a 500-run batch. The query plans are printed.
2. 1,000 tips due in the same minute in 1,000 channels, posted by the real bot through the fake
   Discord with Discord-like limits (global 50/s, 5 per 5 s per channel): all posted, exactly
   once, without a single 429. Baseline in the same run: the same 1,000 posts with the pacer
   switched off, which does draw 429s.

Run: ``pytest -m benchmark tests/benchmarks/test_scheduler_bench.py -s``
"""

from __future__ import annotations

import asyncio
import random
import statistics
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.clock import FakeClock
from bot.db import Database, migrate
from bot.pacer import Pacer
from bot.recurrence import EVERY_DAY, LocalTime
from bot.scheduler import DueRun, Scheduler, ScheduleRepo
from tests.fakediscord import FakeChannel, FakeDiscord, RateLimits

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
SERVER_SCHEDULES = 10_000
MEMBER_SCHEDULES = 100_000
QUERY_BUDGET_MS = 5.0
GLOBAL_LIMIT = 50


def _timed_ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    return (
        f"median {statistics.median(ordered):.3f} ms, p90 {ordered[int(0.9 * (len(ordered) - 1))]:.3f} ms, "
        f"max {ordered[-1]:.3f} ms (n={len(ordered)})"
    )


async def _seed(db: Database, due_now: int) -> None:
    """110,000 schedules with next runs spread over the next day; ``due_now`` of them are due."""
    rng = random.Random(42)
    now = int(NOW.timestamp())
    zones = ("UTC", "Europe/Berlin", "America/New_York", "Asia/Kathmandu", "Australia/Lord_Howe")
    rows: list[tuple[Any, ...]] = []
    for i in range(SERVER_SCHEDULES + MEMBER_SCHEDULES):
        member = i >= SERVER_SCHEDULES
        at = now - rng.randint(1, 600) if i < due_now else now + rng.randint(60, 86_400)
        paused = not member and i % 50 == 0 and i >= due_now  # a few paused server schedules
        rows.append(
            (
                "checkin" if member else "tip",
                None if member else 1_000 + i // 10,
                None if member else 50_000 + i,
                10_000_000 + i if member else None,
                rng.choice(zones),
                f"{rng.randint(0, 23):02d}:{rng.choice((0, 15, 30, 45)):02d}",
                EVERY_DAY,
                None if paused else at,
                None if paused else "2026-03-02",
                int(paused),
                now,
                now,
            )
        )
    await db.executemany(
        "INSERT INTO schedules (kind, guild_id, channel_id, user_id, tz, local_time, days, next_run_at, next_key, "
        "paused, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    await db.execute("ANALYZE")


async def _time_query(db: Database, sql: str, rounds: int) -> tuple[list[float], int]:
    params = (int(NOW.timestamp()), 500)
    found = 0
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        rows = await db.fetchall(sql, params)
        samples.append((time.perf_counter() - start) * 1000)
        found = len(rows)
    return samples, found


async def _plan(db: Database, sql: str) -> str:
    rows = await db.fetchall("EXPLAIN QUERY PLAN " + sql, (0, 500))
    return "\n".join(f"    {row['detail']}" for row in rows)


@pytest.mark.benchmark
async def test_scheduler_bench_due_query_uses_index_within_5ms(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "bench.db")
    try:
        await migrate(db)
        await _seed(db, due_now=40)
        total = await db.fetchval("SELECT count(*) FROM schedules")
        assert total == SERVER_SCHEDULES + MEMBER_SCHEDULES

        indexed_sql = ScheduleRepo.DUE_SQL
        baseline_sql = indexed_sql.replace("FROM schedules", "FROM schedules NOT INDEXED")
        indexed_plan, baseline_plan = await _plan(db, indexed_sql), await _plan(db, baseline_sql)

        await _time_query(db, indexed_sql, 20)  # warm the page cache for both
        await _time_query(db, baseline_sql, 3)
        indexed, found = await _time_query(db, indexed_sql, 300)
        baseline, baseline_found = await _time_query(db, baseline_sql, 30)
        assert found == baseline_found == 40

        # A whole tick with nothing due (recovery check + due query + prune check)...
        clock = FakeClock(NOW - timedelta(hours=1))
        scheduler = Scheduler(db, clock, interval=20, grace=timedelta(hours=3))
        idle = []
        for _ in range(100):
            start = time.perf_counter()
            assert await scheduler.tick() == 0
            idle.append((time.perf_counter() - start) * 1000)

        # ...and one that claims a full batch of 500 due runs (claim + advance, no sending).
        await db.execute(
            "UPDATE schedules SET next_run_at = ? WHERE id IN (SELECT id FROM schedules WHERE next_run_at > ? "
            "ORDER BY id LIMIT 460)",
            (int(NOW.timestamp()) - 30, int(NOW.timestamp())),
        )
        sent: list[DueRun] = []

        async def handler(run: DueRun) -> None:
            sent.append(run)

        scheduler.register("tip", handler)
        scheduler.register("checkin", handler)
        await clock.set(NOW)
        start = time.perf_counter()
        claimed, _ = await scheduler._claim_due()
        claim_ms = (time.perf_counter() - start) * 1000
        assert len(claimed) == 500

        print(f"\nschedules: {SERVER_SCHEDULES:,} server + {MEMBER_SCHEDULES:,} member; due now: {found}")
        print(f"due-work query WITH partial index schedules_due: {_timed_ms(indexed)}")
        print(indexed_plan)
        print(f"baseline, same query NOT INDEXED (full scan):     {_timed_ms(baseline)}")
        print(baseline_plan)
        speedup = statistics.median(baseline) / statistics.median(indexed)
        print(f"index speed-up (median): {speedup:.0f}x")
        print(f"whole idle tick (recovery + due query + prune check): {_timed_ms(idle)}")
        print(f"claim transaction for a 500-run batch (insert runs, advance 500 schedules): {claim_ms:.1f} ms")

        assert "USING INDEX schedules_due" in indexed_plan
        assert "SCAN schedules" in baseline_plan and "schedules_due" not in baseline_plan
        assert statistics.median(indexed) <= QUERY_BUDGET_MS
        assert statistics.median(indexed) < statistics.median(baseline)
    finally:
        await db.close()


# -- 1,000 tips in one minute against Discord-like rate limits ---------------------------------------


async def _seed_tip_schedules(bot: Any, channels: list[FakeChannel]) -> None:
    now = bot.clock.now()
    async with bot.db.transaction() as tx:
        for channel in channels:
            schedule = await bot.scheduler.repo.insert(
                tx, kind="tip", tz="UTC", local_time=LocalTime(12, 30), days=EVERY_DAY, now=now,
                guild_id=channel.guild_id, channel_id=channel.id,
            )
            await tx.execute(
                "INSERT INTO tip_schedules (schedule_id, guild_id, category, created_at) VALUES (?, ?, NULL, ?)",
                (schedule.id, channel.guild_id, int(now.timestamp())),
            )


async def _post_all(fake: FakeDiscord, bot: Any, channels: list[FakeChannel], day: int) -> dict[str, float]:
    ids = {channel.id for channel in channels}
    first_request, first_429 = len(fake.requests), fake.count_429
    earlier = set(fake.messages)
    times: list[float] = []
    seen = {"index": first_request, "ok": 0}

    def all_sent() -> bool:
        while seen["index"] < len(fake.requests):
            rec = fake.requests[seen["index"]]
            seen["index"] += 1
            if rec.method == "POST" and rec.route == "/channels/{channel_id}/messages" and rec.status == 200:
                seen["ok"] += 1
                times.append(time.monotonic())
        return seen["ok"] >= len(channels)

    await bot.clock.set(NOW + timedelta(days=day, minutes=30, seconds=20))
    start = time.monotonic()
    tick = asyncio.create_task(bot.scheduler.tick())
    # Until every post arrived, or the tick gave up on some (discord.py stops after 5 tries).
    await fake.wait_until(lambda: all_sent() or tick.done(), timeout=len(channels) / 20 + 120, what="the tick")
    dispatched = await tick
    all_sent()
    wall = time.monotonic() - start
    assert dispatched == len(channels)
    key = (NOW + timedelta(days=day)).date().isoformat()
    per_channel: dict[int, int] = {}
    for message_id, message in fake.messages.items():
        new = message_id not in earlier and message.channel_id in ids
        if new and message.author.id == fake.bot_user.id and message.nonce is not None:
            per_channel[message.channel_id] = per_channel.get(message.channel_id, 0) + 1
    sent = await bot.db.fetchval(
        "SELECT count(*) FROM schedule_runs WHERE run_key = ? AND status = 'sent'", (key,)
    )
    # Max requests the fake received in any one-second window.
    peak = 0
    j = 0
    for i, t in enumerate(times):
        while times[j] <= t - 1.0:
            j += 1
        peak = max(peak, i - j + 1)
    return {
        "posts": float(len(times)),
        "channels_with_post": float(len(per_channel)),
        "runs_sent": float(sent),
        "duplicates": float(sum(n - 1 for n in per_channel.values())),
        "seconds": times[-1] - times[0],
        "rate": (len(times) - 1) / (times[-1] - times[0]),
        "wall": wall,
        "count_429": float(fake.count_429 - first_429),
        "peak_per_second": float(peak),
    }


@pytest.mark.benchmark
async def test_scheduler_bench_thousand_tips_same_minute_no_429(
    fake: FakeDiscord, tandem: Any, clock: FakeClock
) -> None:
    channels: list[FakeChannel] = []
    for g in range(100):  # 100 servers x 10 tip channels (the per-server maximum)
        guild = fake.add_guild(name=f"Circle {g}")
        channels += [fake.add_channel(guild, f"tips-{c}") for c in range(10)]
    bot = await tandem(extensions=("cogs.core", "cogs.tips"))
    await _seed_tip_schedules(bot, channels)
    fake.rate_limits = RateLimits(global_per_second=GLOBAL_LIMIT)

    paced = await _post_all(fake, bot, channels, day=0)

    # Baseline, same run: the same 1,000 posts the next day with the pacer switched off.
    paced_label = (f"paced (bot.pacer {bot.scheduler.pacer.rate:g}/s, burst {bot.scheduler.pacer.burst}, "
                   f"{bot.scheduler.pacer.max_in_flight} in flight)")
    bot.scheduler.pacer = Pacer(rate=1e9, burst=1_000_000, max_in_flight=1_000_000)
    unpaced = await _post_all(fake, bot, channels, day=1)

    for name, r in ((paced_label, paced), ("baseline: pacer off", unpaced)):
        print(
            f"\n{name}: {int(r['posts'])} posts to {int(r['channels_with_post'])} channels in {r['seconds']:.1f} s "
            f"= {r['rate']:.1f}/s ({r['rate'] / GLOBAL_LIMIT:.0%} of {GLOBAL_LIMIT}/s), "
            f"peak {int(r['peak_per_second'])} in one second, 429s: {int(r['count_429'])}, "
            f"tick wall time {r['wall']:.1f} s, runs recorded sent: {int(r['runs_sent'])}"
        )
    assert paced["count_429"] == 0
    assert paced["channels_with_post"] == len(channels)
    assert paced["posts"] == paced["runs_sent"] == len(channels)
    assert paced["duplicates"] == 0
    assert paced["peak_per_second"] <= GLOBAL_LIMIT
    assert unpaced["count_429"] > 0  # the baseline shows what the pacer prevents
    assert unpaced["duplicates"] == 0
