"""TandemBot: the discord.py client, built with its dependencies passed in."""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import timedelta
from typing import Any

import discord
from discord.ext import commands

from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.content import Content
from bot.db import Database
from bot.db.guilds import MetaRepo
from bot.safety.detector import CrisisDetector
from bot.scheduler import Scheduler
from bot.ui import TandemTree

log = logging.getLogger(__name__)

# Loaded in this order; each is a package under cogs/ with a setup() that only wires objects.
EXTENSIONS: tuple[str, ...] = (
    "cogs.core",
    "cogs.safety",
    "cogs.quiz",
    "cogs.tips",
    "cogs.checkins",
    "cogs.privacy",
)

COMMAND_HASH_KEY = "global_command_hash"


def build_intents() -> discord.Intents:
    intents = discord.Intents.none()
    intents.guilds = True  # channels, roles and permissions for posting tips and alerts
    intents.guild_messages = True  # the safety listener sees new messages...
    intents.message_content = True  # ...and their text (privileged: enable it in the Developer Portal)
    intents.dm_messages = True  # so DM channels resolve for check-ins
    return intents


class TandemBot(commands.Bot):
    def __init__(
        self,
        *,
        settings: Settings,
        db: Database,
        content: Content,
        clock: Clock | None = None,
        force_sync: bool = False,
        extensions: tuple[str, ...] = EXTENSIONS,
        **options: Any,
    ) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            help_command=None,
            intents=build_intents(),
            tree_cls=TandemTree,
            allowed_mentions=discord.AllowedMentions.none(),
            guild_ready_timeout=settings.guild_ready_timeout,
            **options,
        )
        self.settings = settings
        self.db = db
        self.content = content
        self.clock: Clock = clock or SystemClock()
        self.force_sync = force_sync
        self.extensions_to_load = extensions
        self.synced_commands: int | None = None
        # Cross-feature services; cogs register with them in cog_load.
        self.detector = CrisisDetector.from_content(content.safety)
        self.scheduler = Scheduler(
            db, self.clock, interval=settings.scheduler_interval, grace=timedelta(hours=settings.tip_grace_hours)
        )

    async def setup_hook(self) -> None:
        for extension in self.extensions_to_load:
            await self.load_extension(extension)
        await self.sync_commands()
        self.scheduler.start()

    def command_tree_hash(self) -> str:
        payload = [command.to_dict(self.tree) for command in self.tree.get_commands()]
        payload.sort(key=lambda item: (item.get("type", 1), item["name"]))
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()

    async def sync_commands(self) -> None:
        """Guild sync in development; global sync only when the tree changed (or --sync)."""
        if self.settings.dev_guild_id is not None:
            guild = discord.Object(id=self.settings.dev_guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            self.synced_commands = len(synced)
            log.info("Synced %d commands to development server %s", len(synced), guild.id)
            return
        meta = MetaRepo(self.db)
        digest = self.command_tree_hash()
        if not self.force_sync and await meta.get(COMMAND_HASH_KEY) == digest:
            log.info("Command tree unchanged since the last sync; not syncing")
            return
        synced = await self.tree.sync()
        self.synced_commands = len(synced)
        await meta.set(COMMAND_HASH_KEY, digest)
        log.info("Synced %d global commands", len(synced))

    async def on_ready(self) -> None:
        assert self.user is not None
        log.info("Ready as %s (%s) in %d servers", self.user, self.user.id, len(self.guilds))

    async def close(self) -> None:
        log.info("Shutting down")
        await self.scheduler.stop()
        await super().close()
