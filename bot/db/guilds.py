"""Guild settings repository."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from bot.db.database import Database

DEFAULT_REGION = "US"


@dataclass(frozen=True, slots=True)
class GuildSettings:
    guild_id: int
    moderator_role_id: int | None = None
    alert_channel_id: int | None = None
    region: str = DEFAULT_REGION
    quizzes_enabled: bool = True
    tips_enabled: bool = True
    safety_enabled: bool = True


class GuildSettingsRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def get(self, guild_id: int) -> GuildSettings:
        row = await self.db.fetchone("SELECT * FROM guild_settings WHERE guild_id = ?", (guild_id,))
        if row is None:
            return GuildSettings(guild_id=guild_id)
        return GuildSettings(
            guild_id=row["guild_id"],
            moderator_role_id=row["moderator_role_id"],
            alert_channel_id=row["alert_channel_id"],
            region=row["region"],
            quizzes_enabled=bool(row["quizzes_enabled"]),
            tips_enabled=bool(row["tips_enabled"]),
            safety_enabled=bool(row["safety_enabled"]),
        )

    async def save(self, settings: GuildSettings, now: datetime) -> None:
        await self.db.execute(
            """
            INSERT INTO guild_settings (guild_id, moderator_role_id, alert_channel_id, region,
                quizzes_enabled, tips_enabled, safety_enabled, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (guild_id) DO UPDATE SET
                moderator_role_id = excluded.moderator_role_id,
                alert_channel_id = excluded.alert_channel_id,
                region = excluded.region,
                quizzes_enabled = excluded.quizzes_enabled,
                tips_enabled = excluded.tips_enabled,
                safety_enabled = excluded.safety_enabled,
                updated_at = excluded.updated_at
            """,
            (
                settings.guild_id,
                settings.moderator_role_id,
                settings.alert_channel_id,
                settings.region,
                int(settings.quizzes_enabled),
                int(settings.tips_enabled),
                int(settings.safety_enabled),
                int(now.timestamp()),
            ),
        )

    async def update(self, guild_id: int, now: datetime, **changes: object) -> GuildSettings:
        current = await self.get(guild_id)
        updated = replace(current, **changes)  # type: ignore[arg-type]
        await self.save(updated, now)
        return updated


class MetaRepo:
    """Small key/value facts about the deployment (e.g. the last synced command hash)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def get(self, key: str) -> str | None:
        value = await self.db.fetchval("SELECT value FROM bot_meta WHERE key = ?", (key,))
        return None if value is None else str(value)

    async def set(self, key: str, value: str) -> None:
        await self.db.execute(
            "INSERT INTO bot_meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
