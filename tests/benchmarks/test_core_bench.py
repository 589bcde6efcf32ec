"""Start-up and interaction latency of Tandem against the fake Discord, each compared with a bare
discord.py client with one trivial command measured in the same run.

Run: ``pytest -m benchmark tests/benchmarks -s``
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.benchmarks.conftest import BARE_BOT_SCRIPT, BareRunner, fmt, summary
from tests.conftest import BotProcess, bot_process_env
from tests.fakediscord import FakeDiscord

pytestmark = pytest.mark.benchmark

STARTS = 5
PROCESS_STARTS = 3
INTERACTIONS = 500
BURST = 200


async def test_bench_startup_in_process(fake: FakeDiscord, world: Any, tandem: Any, bare_client: BareRunner) -> None:
    tandem_ms: list[float] = []
    t0 = time.perf_counter()
    await tandem()
    tandem_ms.append((time.perf_counter() - t0) * 1000)
    for _ in range(STARTS - 1):
        t0 = time.perf_counter()
        await tandem.restart()
        tandem_ms.append((time.perf_counter() - t0) * 1000)
    await tandem.close()

    bare_ms: list[float] = []
    for _ in range(STARTS):
        t0 = time.perf_counter()
        await bare_client.start()
        bare_ms.append((time.perf_counter() - t0) * 1000)
        await bare_client.close()

    t_med, b_med = statistics.median(tandem_ms), statistics.median(bare_ms)
    print(f"\nstart-up to ready, in-process (x{STARTS}; first Tandem start syncs commands, later ones skip):")
    print(f"  Tandem: {', '.join(f'{v:.0f}' for v in tandem_ms)} ms  median {t_med:.0f} ms")
    print(f"  bare discord.py client: {', '.join(f'{v:.0f}' for v in bare_ms)} ms  median {b_med:.0f} ms")
    print(f"  ratio Tandem/bare: {t_med / b_med:.2f}")
    assert t_med < 5000


async def _bare_process_ready(fake: FakeDiscord, tmp_path: Path) -> float:
    script = tmp_path / "bare_bot.py"
    script.write_text(BARE_BOT_SCRIPT)
    env = bot_process_env(fake, tmp_path)
    t0 = time.perf_counter()
    proc = await asyncio.create_subprocess_exec(sys.executable, str(script), env=env, cwd=str(tmp_path),
                                                stderr=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.DEVNULL)
    assert proc.stderr is not None
    try:
        while line := await asyncio.wait_for(proc.stderr.readline(), 20):
            if b"Ready as" in line:
                return (time.perf_counter() - t0) * 1000
        raise AssertionError("bare bot exited before it was ready")
    finally:
        proc.terminate()
        await proc.wait()


async def test_bench_startup_subprocess(fake: FakeDiscord, world: Any, tmp_path: Path) -> None:
    tandem_ms: list[float] = []
    for _ in range(PROCESS_STARTS):
        proc = BotProcess([], bot_process_env(fake, tmp_path), tmp_path)
        t0 = time.perf_counter()
        try:
            await proc.wait_ready()
            tandem_ms.append((time.perf_counter() - t0) * 1000)
            proc.terminate()
            assert await proc.wait() == 0
        finally:
            await proc.cleanup()
    bare_ms = [await _bare_process_ready(fake, tmp_path) for _ in range(PROCESS_STARTS)]
    t_med, b_med = statistics.median(tandem_ms), statistics.median(bare_ms)
    print(f"\nstart-up to ready, `python -m bot` subprocess (x{PROCESS_STARTS}):")
    print(f"  Tandem: {', '.join(f'{v:.0f}' for v in tandem_ms)} ms  median {t_med:.0f} ms")
    print(f"  bare discord.py script: {', '.join(f'{v:.0f}' for v in bare_ms)} ms  median {b_med:.0f} ms")
    print(f"  ratio Tandem/bare: {t_med / b_med:.2f}")
    assert t_med < 10000


async def _latencies(fake: FakeDiscord, user: Any, name: str, n: int) -> list[float]:
    out: list[float] = []
    for _ in range(n):
        r = await fake.slash(user, name)
        assert r.type == 4 and r.responded_at is not None
        out.append((r.responded_at - r.injected_at) * 1000)
    return out


async def test_bench_interaction_latency(fake: FakeDiscord, world: Any, tandem: Any) -> None:
    await tandem()
    await _latencies(fake, world.alice, "about", 20)  # warm-up
    tandem_ms = await _latencies(fake, world.alice, "about", INTERACTIONS)

    t0 = time.perf_counter()
    burst = await asyncio.gather(*(fake.slash(world.bob, "about", timeout=30) for _ in range(BURST)))
    burst_wall = (time.perf_counter() - t0) * 1000
    assert all(r.type == 4 for r in burst)
    await tandem.close()

    other = await FakeDiscord().start()
    try:
        guild = other.add_guild("Baseline")
        other.add_channel(guild, "general")
        user = other.add_user("alice")
        other.add_member(guild, user)
        bare = BareRunner(other)
        await bare.start()
        try:
            await _latencies(other, user, "ping", 20)
            bare_ms = await _latencies(other, user, "ping", INTERACTIONS)
        finally:
            await bare.close()
        assert other.problems() == []
    finally:
        await other.stop()

    t, b = summary(tandem_ms), summary(bare_ms)
    print(f"\ninject -> interaction callback, {INTERACTIONS} sequential:")
    print("  " + fmt("Tandem /about", t))
    print("  " + fmt("bare discord.py /ping", b))
    print(f"  ratio Tandem/bare: p50 {t['p50'] / b['p50']:.2f}  p99 {t['p99'] / b['p99']:.2f}")
    print(f"  {BURST} concurrent /about: all answered in {burst_wall:.0f} ms wall")
    assert t["p99"] < 3000  # Discord's window for the first response
