"""Benchmark: thousands of members due for a check-in in the same minute.

The unmodified bot runs as a subprocess (``python -m bot``) against the fake Discord with
Discord's global rate limit switched on (50 requests/s, 429s carry ``Via``). Members are
seeded straight into the database as they would be after ``/checkin start``: a check-in
schedule due this minute and the DM channel cached by the opt-in welcome message, so each
check-in costs exactly one request. The test measures:

- the DM send rate, as a share of the 50/s limit (target >= 90 %), and the number of 429s (0);
- that every member got exactly one check-in DM;
- the bot process's peak RSS for 1,000 members (the baseline, measured in the same run) and
  for 10,000 members, to show memory stays flat as the batch grows.

At 50 requests/s, 10,000 DMs take about four minutes; that is expected for this benchmark.
Run it with ``pytest -m benchmark tests/benchmarks/test_checkin_bench.py -s``.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil
import pytest

from bot.db import Database, migrate
from tests.fakediscord import FakeDiscord, RateLimits

GLOBAL_LIMIT = 50
SAMPLE_EVERY = 0.25


@dataclass
class Result:
    members: int
    dms: int
    seconds: float
    rate: float
    peak_rss_mb: float
    hwm_rss_mb: float
    ready_rss_mb: float
    count_429: int


async def _seed(db_path: Path, fake: FakeDiscord, members: int, due: datetime) -> dict[int, int]:
    """Opted-in members with a schedule due at ``due``; returns dm channel id -> user id."""
    db = await Database.open(db_path)
    try:
        await migrate(db)
        users = [fake.add_user(f"member{i}") for i in range(members)]
        channels = {user.id: fake.dm_channel(user).id for user in users}
        unix = int(due.timestamp())
        local_time, key = due.strftime("%H:%M"), due.date().isoformat()
        async with db.transaction() as tx:
            await tx.executemany(
                "INSERT INTO schedules (kind, user_id, tz, local_time, days, next_run_at, next_key, paused, "
                "created_at, updated_at) VALUES ('checkin', ?, 'UTC', ?, 127, ?, ?, 0, ?, ?)",
                [(u.id, local_time, unix, key, unix - 60, unix - 60) for u in users],
            )
            await tx.executemany(
                "INSERT INTO checkin_members (user_id, schedule_id, frequency, local_time, tz, dm_channel_id, "
                "consented_at, updated_at) SELECT ?, id, 'daily', ?, 'UTC', ?, ?, ? FROM schedules WHERE user_id = ?",
                [(u.id, local_time, channels[u.id], unix - 60, unix - 60, u.id) for u in users],
            )
    finally:
        await db.close()
    return {channel: user for user, channel in channels.items()}


def _peak_hwm(pid: int) -> float:
    """VmHWM: the kernel's record of the process's peak resident set, in MB."""
    with contextlib.suppress(OSError), open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


async def _run(fake: FakeDiscord, run_bot_process: Any, tmp_path: Path, members: int) -> Result:
    folder = tmp_path / f"run{members}"
    folder.mkdir()
    db_path = folder / "tandem.db"
    # Due now: the whole batch is in the same minute, and the scheduler finds it on its first tick.
    due = datetime.fromtimestamp(int(time.time()), UTC)
    channel_users = await _seed(db_path, fake, members, due)
    first_request = len(fake.requests)
    first_429 = fake.count_429
    proc = run_bot_process({"TANDEM_DB": str(db_path), "LOG_LEVEL": "INFO", "TANDEM_SCHEDULER_INTERVAL": "2"})
    await proc
    process = psutil.Process(proc.proc.pid)
    peak = 0.0
    ready_rss = 0.0
    sampling = True

    async def sample() -> None:
        nonlocal peak
        while sampling:
            with contextlib.suppress(psutil.Error):
                peak = max(peak, process.memory_info().rss / 2**20)
            await asyncio.sleep(SAMPLE_EVERY)  # sampling cadence, not synchronisation

    sampler = asyncio.create_task(sample())
    seen = {"index": first_request, "dms": 0}
    send_times: list[float] = []

    def all_sent() -> bool:
        requests = fake.requests
        while seen["index"] < len(requests):
            rec = requests[seen["index"]]
            seen["index"] += 1
            if rec.method == "POST" and rec.route == "/channels/{channel_id}/messages" and rec.status == 200:
                seen["dms"] += 1
                send_times.append(rec.at)
        return seen["dms"] >= members

    try:
        await proc.wait_ready(timeout=60)
        ready_rss = process.memory_info().rss / 2**20
        await fake.wait_until(all_sent, timeout=members / (GLOBAL_LIMIT * 0.8) + 120, what=f"{members} DMs")
        hwm = _peak_hwm(process.pid)
    finally:
        sampling = False
        await sampler
        proc.terminate()
        await proc.wait(timeout=30)

    per_channel: dict[int, int] = {}
    for message in fake.messages.values():
        if message.channel_id in channel_users and message.author.id == fake.bot_user.id:
            per_channel[message.channel_id] = per_channel.get(message.channel_id, 0) + 1
    assert len(per_channel) == members, f"{members - len(per_channel)} members got no DM"
    assert set(per_channel.values()) == {1}, "some member got more than one DM"
    # Measured where the fake receives them (its own clock), first to last.
    seconds = send_times[-1] - send_times[0]
    for index, rec in enumerate(fake.requests[first_request:], start=first_request):
        if rec.status == 429:  # what the second before it looked like, to explain it
            window = [r for r in fake.requests[first_request:index] if rec.at - 1.0 < r.at <= rec.at]
            routes = sorted({f"{r.method} {r.route}" for r in window})
            print(f"\n429 on {rec.method} {rec.route} at +{rec.at - send_times[0]:.2f} s: "
                  f"{len(window)} requests in the second before it ({', '.join(routes)})")
    return Result(
        members=members,
        dms=len(per_channel),
        seconds=seconds,
        rate=(len(send_times) - 1) / seconds,
        peak_rss_mb=peak,
        hwm_rss_mb=hwm,
        ready_rss_mb=ready_rss,
        count_429=fake.count_429 - first_429,
    )


@pytest.mark.benchmark
async def test_checkin_bench_ten_thousand_due_in_one_minute(
    fake: FakeDiscord, run_bot_process: Any, tmp_path: Path
) -> None:
    fake.rate_limits = RateLimits(global_per_second=GLOBAL_LIMIT)
    results = []
    for members in (1_000, 10_000):
        result = await _run(fake, run_bot_process, tmp_path, members)
        results.append(result)
        print(
            f"\n{result.members:>6} members: {result.dms} DMs in {result.seconds:.1f} s = {result.rate:.2f}/s "
            f"({result.rate / GLOBAL_LIMIT:.1%} of {GLOBAL_LIMIT}/s), 429s: {result.count_429}, "
            f"RSS at ready {result.ready_rss_mb:.1f} MB, peak sampled {result.peak_rss_mb:.1f} MB, "
            f"VmHWM {result.hwm_rss_mb:.1f} MB"
        )
    baseline, big = results
    growth = big.peak_rss_mb - baseline.peak_rss_mb
    print(
        f"peak RSS 1,000 -> 10,000 members: {baseline.peak_rss_mb:.1f} -> {big.peak_rss_mb:.1f} MB "
        f"({growth:+.1f} MB for 10x the members)"
    )
    assert fake.count_429 == 0
    for result in results:
        assert result.rate >= 0.9 * GLOBAL_LIMIT, f"{result.members}: {result.rate:.2f}/s is under 90 % of the limit"
    # Flat: ten times the members may not cost more than a quarter more memory.
    assert big.peak_rss_mb <= baseline.peak_rss_mb * 1.25, f"memory grew {growth:+.1f} MB"
