"""Placeholder: the scheduler + tips helper replaces this with the real scheduler (same interface)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from bot.clock import Clock
from bot.db import Database


class Scheduler:
    def __init__(self, db: Database, clock: Clock, *, interval: float, grace: timedelta) -> None:
        self.db = db
        self.clock = clock
        self.interval = interval
        self.grace = grace
        self.handlers: dict[str, Callable[[Any], Awaitable[Any]]] = {}

    def register(self, kind: str, handler: Callable[[Any], Awaitable[Any]]) -> None:
        self.handlers[kind] = handler

    def unregister(self, kind: str) -> None:
        self.handlers.pop(kind, None)

    def start(self) -> None:
        return None

    async def stop(self) -> None:
        return None

    async def tick(self) -> int:
        return 0
