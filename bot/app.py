"""Building a running Tandem from Settings: shared by ``python -m bot`` and the test harness."""

from __future__ import annotations

from dataclasses import dataclass

import discord
import yarl

from bot.bot import TandemBot
from bot.clock import Clock
from bot.config import Settings
from bot.content import Content, load_content
from bot.db import Database, migrate


@dataclass(slots=True)
class Services:
    db: Database
    content: Content


async def open_services(settings: Settings) -> Services:
    """Load content, open and migrate the database.

    Raises ContentError, DatabaseUnavailableError or MigrationError with readable messages."""
    content = load_content(settings.content_dir)
    db = await Database.open(settings.db_path)
    try:
        await migrate(db)
    except BaseException:
        await db.close()
        raise
    return Services(db=db, content=content)


def point_discord_at(settings: Settings) -> None:
    """Honour DISCORD_API_BASE / DISCORD_GATEWAY_URL (REST or gateway proxies, the test fake)."""
    if settings.api_base:
        discord.http.Route.BASE = settings.api_base.rstrip("/")
    if settings.gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.gateway_url)


def create_bot(
    settings: Settings, services: Services, *, clock: Clock | None = None, force_sync: bool = False
) -> TandemBot:
    point_discord_at(settings)
    return TandemBot(
        settings=settings, db=services.db, content=services.content, clock=clock, force_sync=force_sync
    )
