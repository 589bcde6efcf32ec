"""A bot-wide token bucket for scheduled sends.

Discord allows a bot about 50 requests per second in total (the "global" limit) and answers
more with 429s; discord.py only reacts to a 429 after it happened. Scheduled work is the one
place where Tandem produces bursts (1,000 servers' tips at 09:00, thousands of check-in DMs),
so every scheduled send goes through it::

    async with bot.scheduler.pacer:
        await channel.send(...)

The bucket refills at ``rate`` tokens per second up to ``burst``; waiters are served in
arrival order. Spacing request *starts* is not enough on its own: requests delayed in
flight (a busy event loop, a slow network) can reach Discord bunched together. ``async with``
also holds one of ``max_in_flight`` slots until the response arrives, so a stall can release
at most that many delayed requests at once. A cap small enough to make 50 a hard bound
(``max_in_flight + rate + burst <= 50``) was measured to throttle sends to 43-44/s, because
round trips on a busy machine reach ~70 ms; the defaults keep 2 requests/s of headroom
(rate + burst = 48) and a cap that only stops runaway bunching.

The pacer measures real elapsed time (``time.monotonic``), not the injectable scheduling
clock: Discord's limits are in wall-clock seconds even when tests travel in time.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

DEFAULT_RATE = 46.0
DEFAULT_BURST = 2  # rate + burst = 48: two requests a second of headroom under Discord's 50
DEFAULT_MAX_IN_FLIGHT = 8
# Float refills can land a hair under 1.0; without a tolerance the wait loop could spin forever.
_EPSILON = 1e-9


class Pacer:
    def __init__(
        self,
        rate: float = DEFAULT_RATE,
        burst: int = DEFAULT_BURST,
        *,
        max_in_flight: int = DEFAULT_MAX_IN_FLIGHT,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if rate <= 0 or burst < 1 or max_in_flight < 1:
            raise ValueError("rate must be positive, burst and max_in_flight at least 1")
        self.rate = rate
        self.burst = burst
        self._monotonic = monotonic
        self._sleep = sleep
        self._tokens = float(burst)
        self._updated = monotonic()
        self._lock = asyncio.Lock()
        self._slots = asyncio.Semaphore(max_in_flight)
        self.max_in_flight = max_in_flight
        self.acquired = 0
        self.waited = 0.0

    def _refill(self) -> None:
        now = self._monotonic()
        elapsed = max(0.0, now - self._updated)
        self._updated = now
        self._tokens = min(float(self.burst), self._tokens + elapsed * self.rate)

    async def acquire(self) -> None:
        """Wait until one request may start (FIFO among waiters)."""
        async with self._lock:
            self._refill()
            while self._tokens < 1.0 - _EPSILON:
                delay = (1.0 - self._tokens) / self.rate
                self.waited += delay
                await self._sleep(delay)
                self._refill()
            self._tokens = max(0.0, self._tokens - 1.0)
            self.acquired += 1

    async def __aenter__(self) -> None:
        """Take an in-flight slot, then a token; the slot is held until the block ends."""
        await self._slots.acquire()
        try:
            await self.acquire()
        except BaseException:
            self._slots.release()
            raise

    async def __aexit__(self, *exc: object) -> None:
        self._slots.release()
