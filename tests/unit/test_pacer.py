"""The token-bucket pacer, driven by a fake monotonic clock (no real waiting)."""

from __future__ import annotations

import asyncio

import pytest

from bot.pacer import Pacer


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def max_in_window(stamps: list[float], window: float = 1.0) -> int:
    best = 0
    for i, start in enumerate(stamps):
        best = max(best, sum(1 for t in stamps[i:] if t < start + window - 1e-9))
    return best


async def test_pacer_allows_burst_then_paces_to_rate() -> None:
    t = FakeTime()
    pacer = Pacer(rate=45, burst=4, monotonic=t.monotonic, sleep=t.sleep)
    stamps = []
    for _ in range(500):
        await pacer.acquire()
        stamps.append(t.now)
    assert stamps[:4] == [1000.0] * 4  # the burst goes at once
    assert max_in_window(stamps) <= 49  # never 50 in any one-second window
    elapsed = stamps[-1] - stamps[0]
    assert 495 / 45 - 0.01 <= elapsed <= 496 / 45 + 0.01  # (500 - burst) / rate
    assert pacer.acquired == 500


async def test_pacer_refills_after_idle_but_not_beyond_burst() -> None:
    t = FakeTime()
    pacer = Pacer(rate=10, burst=3, monotonic=t.monotonic, sleep=t.sleep)
    for _ in range(3):
        await pacer.acquire()
    t.now += 60  # a minute idle: the bucket holds 3, not 600
    for _ in range(3):
        await pacer.acquire()
    assert t.sleeps == []
    await pacer.acquire()
    assert t.sleeps == [pytest.approx(0.1)]


async def test_pacer_serves_concurrent_waiters_in_order() -> None:
    t = FakeTime()
    pacer = Pacer(rate=5, burst=1, monotonic=t.monotonic, sleep=t.sleep)
    order: list[int] = []

    async def worker(i: int) -> None:
        await pacer.acquire()
        order.append(i)

    await asyncio.gather(*(worker(i) for i in range(10)))
    assert order == list(range(10))
    assert t.now == pytest.approx(1000.0 + 9 / 5)


def test_pacer_rejects_bad_settings() -> None:
    with pytest.raises(ValueError, match="rate"):
        Pacer(rate=0)
    with pytest.raises(ValueError, match="burst"):
        Pacer(burst=0)


async def test_pacer_context_holds_an_in_flight_slot_until_the_request_ends() -> None:
    t = FakeTime()
    pacer = Pacer(rate=1000, burst=10, max_in_flight=2, monotonic=t.monotonic, sleep=t.sleep)
    release = asyncio.Event()
    started: list[int] = []

    async def request(n: int) -> None:
        async with pacer:
            started.append(n)
            await release.wait()

    tasks = [asyncio.create_task(request(n)) for n in range(3)]
    for _ in range(5):
        await asyncio.sleep(0)
    assert started == [0, 1]  # the third waits for a slot even though tokens are available
    release.set()
    await asyncio.gather(*tasks)
    assert started == [0, 1, 2]
    assert pacer.acquired == 3


async def test_pacer_releases_the_slot_when_the_request_fails() -> None:
    pacer = Pacer(max_in_flight=1)
    with pytest.raises(RuntimeError):
        async with pacer:
            raise RuntimeError("send failed")
    async with pacer:  # would hang if the slot leaked
        pass
    assert pacer.acquired == 2


def test_pacer_defaults_leave_headroom_under_discords_global_limit() -> None:
    pacer = Pacer()
    assert pacer.rate + pacer.burst <= 48  # started in any one second: 2 under Discord's 50
    assert pacer.rate / 50 >= 0.92  # room to reach the 90 % throughput target
    # Small caps (2-3) throttled sends to 43-44/s at ~70 ms round trips: keep the cap a backstop.
    assert pacer.max_in_flight >= pacer.rate * 0.1
