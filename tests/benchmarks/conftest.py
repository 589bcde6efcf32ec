"""Baselines for the benchmarks: a bare discord.py client with one trivial command, measured
against the same fake Discord in the same run."""

from __future__ import annotations

import asyncio
import statistics
from collections.abc import AsyncIterator
from typing import Any

import discord
import pytest
import yarl
from discord import app_commands

from tests.fakediscord import FakeDiscord

# The same bare bot as a script, for the subprocess start-up baseline.
BARE_BOT_SCRIPT = '''
import asyncio, logging, os, sys
import discord, yarl
from discord import app_commands

logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
discord.http.Route.BASE = os.environ["DISCORD_API_BASE"]
discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(os.environ["DISCORD_GATEWAY_URL"])


class Bare(discord.Client):
    def __init__(self):
        super().__init__(intents=discord.Intents.none(), guild_ready_timeout=0.05)
        self.tree = app_commands.CommandTree(self)

        @self.tree.command(name="ping", description="pong")
        async def ping(interaction):
            await interaction.response.send_message("pong", ephemeral=True)

    async def setup_hook(self):
        await self.tree.sync()

    async def on_ready(self):
        logging.getLogger("bare").info("Ready as %s", self.user)


asyncio.run(Bare().start(os.environ["DISCORD_TOKEN"]))
'''


class BareClient(discord.Client):
    def __init__(self) -> None:
        super().__init__(intents=discord.Intents.none(), guild_ready_timeout=0.05)
        self.tree = app_commands.CommandTree(self)

        @self.tree.command(name="ping", description="pong")
        async def ping(interaction: discord.Interaction[Any]) -> None:
            await interaction.response.send_message("pong", ephemeral=True)

    async def setup_hook(self) -> None:
        await self.tree.sync()


class BareRunner:
    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.client: BareClient | None = None
        self.task: asyncio.Task[None] | None = None

    async def start(self) -> BareClient:
        discord.http.Route.BASE = self.fake.api_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.fake.gateway_url)
        client = BareClient()
        await client.__aenter__()
        self.client = client
        self.task = asyncio.create_task(client.start(self.fake.token))
        await asyncio.wait_for(client.wait_until_ready(), 15)
        return client

    async def close(self) -> None:
        if self.client is not None:
            await self.client.close()
            assert self.task is not None
            await self.task
            self.client = None


@pytest.fixture
async def bare_client(fake: FakeDiscord) -> AsyncIterator[BareRunner]:
    runner = BareRunner(fake)
    try:
        yield runner
    finally:
        await runner.close()


def summary(values_ms: list[float]) -> dict[str, float]:
    ordered = sorted(values_ms)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]

    return {"n": len(ordered), "p50": pct(50), "p90": pct(90), "p99": pct(99), "max": ordered[-1],
            "mean": statistics.fmean(ordered)}


def fmt(name: str, s: dict[str, float]) -> str:
    return (f"{name:<28} n={s['n']:<4} p50={s['p50']:7.2f} ms  p90={s['p90']:7.2f} ms  "
            f"p99={s['p99']:7.2f} ms  max={s['max']:7.2f} ms")
