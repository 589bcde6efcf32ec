"""All SQL for tips: schedule options, rotation state and custom tips."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.db import Database
from bot.scheduler import Executor
from bot.tips.rotation import RotationState


@dataclass(frozen=True, slots=True)
class CustomTip:
    id: int
    guild_id: int
    category: str
    text: str
    reflection: str | None
    created_at: datetime

    @property
    def key(self) -> str:
        return f"custom:{self.id}"


class TipRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- schedule options --

    async def add_schedule_options(
        self, conn: Executor, schedule_id: int, guild_id: int, category: str | None, now: datetime
    ) -> None:
        await conn.execute(
            "INSERT INTO tip_schedules (schedule_id, guild_id, category, created_at) VALUES (?, ?, ?, ?)",
            (schedule_id, guild_id, category, int(now.timestamp())),
        )

    async def category_of(self, schedule_id: int) -> tuple[bool, str | None]:
        """(found, category) for a tip schedule."""
        row = await self.db.fetchone("SELECT category FROM tip_schedules WHERE schedule_id = ?", (schedule_id,))
        return (False, None) if row is None else (True, row["category"])

    async def categories_for_guild(self, guild_id: int) -> dict[int, str | None]:
        rows = await self.db.fetchall(
            "SELECT schedule_id, category FROM tip_schedules WHERE guild_id = ?", (guild_id,)
        )
        return {row["schedule_id"]: row["category"] for row in rows}

    # -- rotation --

    async def rotation(self, schedule_id: int) -> RotationState:
        row = await self.db.fetchone("SELECT * FROM tip_rotation WHERE schedule_id = ?", (schedule_id,))
        if row is None:
            return RotationState()
        return RotationState(
            cycle=row["cycle"],
            order=tuple(json.loads(row["order_json"])),
            used=frozenset(json.loads(row["used_json"])),
            last=row["last_tip"],
        )

    async def save_rotation(self, schedule_id: int, state: RotationState, now: datetime) -> None:
        await self.db.execute(
            "INSERT INTO tip_rotation (schedule_id, cycle, order_json, used_json, last_tip, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (schedule_id) DO UPDATE SET cycle = excluded.cycle, "
            "order_json = excluded.order_json, used_json = excluded.used_json, last_tip = excluded.last_tip, "
            "updated_at = excluded.updated_at",
            (
                schedule_id,
                state.cycle,
                json.dumps(list(state.order)),
                json.dumps(sorted(state.used)),
                state.last,
                int(now.timestamp()),
            ),
        )

    # -- custom tips --

    async def add_custom(
        self, guild_id: int, category: str, text: str, reflection: str | None, now: datetime
    ) -> CustomTip:
        tip_id = await self.db.execute(
            "INSERT INTO custom_tips (guild_id, category, text, reflection, created_at) VALUES (?, ?, ?, ?, ?)",
            (guild_id, category, text, reflection, int(now.timestamp())),
        )
        return CustomTip(tip_id, guild_id, category, text, reflection, now)

    async def custom_tips(self, guild_id: int, category: str | None = None) -> list[CustomTip]:
        if category is None:
            rows = await self.db.fetchall("SELECT * FROM custom_tips WHERE guild_id = ? ORDER BY id", (guild_id,))
        else:
            rows = await self.db.fetchall(
                "SELECT * FROM custom_tips WHERE guild_id = ? AND category = ? ORDER BY id", (guild_id, category)
            )
        return [
            CustomTip(
                row["id"], row["guild_id"], row["category"], row["text"], row["reflection"],
                datetime.fromtimestamp(row["created_at"], UTC),
            )
            for row in rows
        ]

    async def count_custom(self, guild_id: int) -> int:
        return int(await self.db.fetchval("SELECT count(*) FROM custom_tips WHERE guild_id = ?", (guild_id,)))

    async def remove_custom(self, guild_id: int, tip_id: int) -> bool:
        return await self.db.execute("DELETE FROM custom_tips WHERE guild_id = ? AND id = ?", (guild_id, tip_id)) > 0
