"""Safety storage and decisions: settings, crisis events, outcomes, opt-outs, rate limits.

No Discord I/O here and no message text anywhere: rows hold ids, a category, times and
the moderators' outcome.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from bot.db import Database
from bot.errors import UserFacingError
from bot.safety import policy
from bot.safety.events import FoundBy
from bot.safety.policy import SafetySettings

log = logging.getLogger(__name__)


class Outcome(StrEnum):
    OPEN = "open"
    CLAIMED = "claimed"
    RESOLVED = "resolved"
    FALSE_POSITIVE = "false_positive"


OUTCOME_LABELS = {
    Outcome.OPEN: "Open",
    Outcome.CLAIMED: "Claimed",
    Outcome.RESOLVED: "Resolved",
    Outcome.FALSE_POSITIVE: "False positive",
}


@dataclass(frozen=True, slots=True)
class EventRow:
    id: int
    guild_id: int | None
    channel_id: int | None
    message_id: int | None
    user_id: int | None
    category: str
    source: str
    created_at: int
    dm_status: str
    alert_status: str
    alert_channel_id: int | None
    alert_message_id: int | None
    outcome: Outcome
    claimed_by_user_id: int | None
    closed_by_user_id: int | None
    talk_requested_at: int | None
    found_by: FoundBy | None = None  # detector tier: "phrase", "cues" or "model"

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> EventRow:
        return cls(
            id=row["id"],
            guild_id=row["guild_id"],
            channel_id=row["channel_id"],
            message_id=row["message_id"],
            user_id=row["user_id"],
            category=row["category"],
            source=row["source"],
            created_at=row["created_at"],
            dm_status=row["dm_status"],
            alert_status=row["alert_status"],
            alert_channel_id=row["alert_channel_id"],
            alert_message_id=row["alert_message_id"],
            outcome=Outcome(row["outcome"]),
            claimed_by_user_id=row["claimed_by_user_id"],
            closed_by_user_id=row["closed_by_user_id"],
            talk_requested_at=row["talk_requested_at"],
            found_by=row["found_by"],
        )


@dataclass(frozen=True, slots=True)
class Stats:
    by_category: dict[str, int]
    by_outcome: dict[str, int]
    dm_failed: int
    total: int


def _ts(when: datetime) -> int:
    return int(when.timestamp())


class SafetyRepo:
    """All SQL for the safety feature."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # settings -------------------------------------------------------------------------
    async def settings(self, guild_id: int) -> SafetySettings:
        row = await self.db.fetchone("SELECT * FROM safety_settings WHERE guild_id = ?", (guild_id,))
        if row is None:
            return SafetySettings(guild_id=guild_id)
        return SafetySettings(
            guild_id=guild_id,
            listen_all_channels=bool(row["listen_all_channels"]),
            auto_replies=bool(row["auto_replies"]),
            fallback_reminder=bool(row["fallback_reminder"]),
            reply_cooldown_s=row["reply_cooldown_s"],
            alerts_per_hour=row["alerts_per_hour"],
            fallback_cooldown_s=row["fallback_cooldown_s"],
        )

    async def save_settings(self, settings: SafetySettings, now: int) -> None:
        await self.db.execute(
            """
            INSERT INTO safety_settings (guild_id, listen_all_channels, auto_replies, fallback_reminder,
                reply_cooldown_s, alerts_per_hour, fallback_cooldown_s, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (guild_id) DO UPDATE SET
                listen_all_channels = excluded.listen_all_channels,
                auto_replies = excluded.auto_replies,
                fallback_reminder = excluded.fallback_reminder,
                reply_cooldown_s = excluded.reply_cooldown_s,
                alerts_per_hour = excluded.alerts_per_hour,
                fallback_cooldown_s = excluded.fallback_cooldown_s,
                updated_at = excluded.updated_at
            """,
            (
                settings.guild_id,
                int(settings.listen_all_channels),
                int(settings.auto_replies),
                int(settings.fallback_reminder),
                settings.reply_cooldown_s,
                settings.alerts_per_hour,
                settings.fallback_cooldown_s,
                now,
            ),
        )

    async def channel_modes(self, guild_id: int, channel_ids: list[int]) -> list[str]:
        if not channel_ids:
            return []
        marks = ",".join("?" for _ in channel_ids)
        rows = await self.db.fetchall(
            f"SELECT channel_id, mode FROM safety_channels WHERE guild_id = ? AND channel_id IN ({marks})",  # noqa: S608
            (guild_id, *channel_ids),
        )
        by_channel = {r["channel_id"]: r["mode"] for r in rows}
        return [by_channel[c] for c in channel_ids if c in by_channel]

    async def set_channel_mode(self, guild_id: int, channel_id: int, mode: str | None, now: int) -> None:
        if mode is None:
            await self.db.execute(
                "DELETE FROM safety_channels WHERE guild_id = ? AND channel_id = ?", (guild_id, channel_id)
            )
            return
        await self.db.execute(
            "INSERT INTO safety_channels (guild_id, channel_id, mode, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (guild_id, channel_id) DO UPDATE SET mode = excluded.mode, updated_at = excluded.updated_at",
            (guild_id, channel_id, mode, now),
        )

    async def channels(self, guild_id: int) -> dict[int, str]:
        rows = await self.db.fetchall(
            "SELECT channel_id, mode FROM safety_channels WHERE guild_id = ? ORDER BY channel_id", (guild_id,)
        )
        return {r["channel_id"]: r["mode"] for r in rows}

    # events ---------------------------------------------------------------------------
    async def add_event(
        self,
        *,
        guild_id: int | None,
        channel_id: int | None,
        message_id: int | None,
        user_id: int | None,
        category: str,
        source: str,
        now: int,
        reporter_user_id: int | None = None,
        found_by: FoundBy | None = None,
    ) -> int:
        return await self.db.execute(
            "INSERT INTO crisis_events (guild_id, channel_id, message_id, user_id, category, source, created_at, "
            "reporter_user_id, found_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (guild_id, channel_id, message_id, user_id, category, source, now, reporter_user_id, found_by),
        )

    async def event(self, event_id: int) -> EventRow | None:
        row = await self.db.fetchone("SELECT * FROM crisis_events WHERE id = ?", (event_id,))
        return EventRow.from_row(row) if row else None

    async def set_dm_status(self, event_id: int, status: str) -> None:
        await self.db.execute("UPDATE crisis_events SET dm_status = ? WHERE id = ?", (status, event_id))

    async def set_alert(
        self, event_id: int, status: str, channel_id: int | None = None, message_id: int | None = None
    ) -> None:
        await self.db.execute(
            "UPDATE crisis_events SET alert_status = ?, alert_channel_id = ?, alert_message_id = ? WHERE id = ?",
            (status, channel_id, message_id, event_id),
        )

    async def last_reply_at(self, user_id: int) -> int | None:
        value = await self.db.fetchval(
            "SELECT MAX(created_at) FROM crisis_events WHERE user_id = ? AND dm_status = 'sent'", (user_id,)
        )
        return None if value is None else int(value)

    async def alerts_since(self, guild_id: int, since: int) -> int:
        return int(
            await self.db.fetchval(
                "SELECT COUNT(*) FROM crisis_events WHERE guild_id = ? AND alert_status = 'sent' "
                "AND source != 'test' AND created_at >= ?",
                (guild_id, since),
            )
            or 0
        )

    async def claim(self, event_id: int, user_id: int, now: int) -> bool:
        changed = await self.db.execute(
            "UPDATE crisis_events SET outcome = 'claimed', claimed_by_user_id = ?, claimed_at = ? "
            "WHERE id = ? AND outcome = 'open'",
            (user_id, now, event_id),
        )
        return changed > 0

    async def close(self, event_id: int, outcome: Outcome, user_id: int, now: int) -> bool:
        changed = await self.db.execute(
            "UPDATE crisis_events SET outcome = ?, closed_by_user_id = ?, closed_at = ? "
            "WHERE id = ? AND outcome IN ('open', 'claimed')",
            (outcome.value, user_id, now, event_id),
        )
        return changed > 0

    async def mark_talk_requested(self, event_id: int, now: int) -> None:
        await self.db.execute(
            "UPDATE crisis_events SET talk_requested_at = ? WHERE id = ? AND talk_requested_at IS NULL",
            (now, event_id),
        )

    async def stats(self, guild_id: int, since: int | None = None) -> Stats:
        where = "guild_id = ? AND source != 'test'" + (" AND created_at >= ?" if since is not None else "")
        params: tuple[int, ...] = (guild_id,) if since is None else (guild_id, since)
        by_category = {
            r["category"]: r["n"]
            for r in await self.db.fetchall(
                f"SELECT category, COUNT(*) AS n FROM crisis_events WHERE {where} GROUP BY category ORDER BY n DESC",  # noqa: S608
                params,
            )
        }
        by_outcome = {
            r["outcome"]: r["n"]
            for r in await self.db.fetchall(
                f"SELECT outcome, COUNT(*) AS n FROM crisis_events WHERE {where} GROUP BY outcome",  # noqa: S608
                params,
            )
        }
        failed = await self.db.fetchval(
            f"SELECT COUNT(*) FROM crisis_events WHERE {where} AND dm_status = 'failed'",  # noqa: S608
            params,
        )
        return Stats(by_category, by_outcome, int(failed or 0), sum(by_category.values()))

    # opt-outs and fallbacks -----------------------------------------------------------
    async def is_opted_out(self, user_id: int) -> bool:
        return await self.db.fetchval("SELECT 1 FROM safety_optouts WHERE user_id = ?", (user_id,)) is not None

    async def set_opt_out(self, user_id: int, opted_out: bool, now: int) -> None:
        if opted_out:
            await self.db.execute(
                "INSERT INTO safety_optouts (user_id, created_at) VALUES (?, ?) ON CONFLICT (user_id) DO NOTHING",
                (user_id, now),
            )
        else:
            await self.db.execute("DELETE FROM safety_optouts WHERE user_id = ?", (user_id,))

    async def fallback_posted_at(self, channel_id: int) -> int | None:
        value = await self.db.fetchval("SELECT posted_at FROM safety_fallbacks WHERE channel_id = ?", (channel_id,))
        return None if value is None else int(value)

    async def mark_fallback(self, guild_id: int, channel_id: int, now: int) -> None:
        await self.db.execute(
            "INSERT INTO safety_fallbacks (channel_id, guild_id, posted_at) VALUES (?, ?, ?) "
            "ON CONFLICT (channel_id) DO UPDATE SET posted_at = excluded.posted_at",
            (channel_id, guild_id, now),
        )


class SafetyService:
    """Decisions on top of the repository; the cog does the Discord I/O."""

    def __init__(self, repo: SafetyRepo) -> None:
        self.repo = repo

    async def settings(self, guild_id: int) -> SafetySettings:
        return await self.repo.settings(guild_id)

    async def update_settings(self, guild_id: int, now: datetime, **changes: object) -> SafetySettings:
        current = await self.repo.settings(guild_id)
        updated = replace(current, **changes)  # type: ignore[arg-type]
        await self.repo.save_settings(updated, _ts(now))
        return updated

    async def should_listen(self, guild_id: int, safety_enabled: bool, channel_ids: list[int]) -> bool:
        settings = await self.repo.settings(guild_id)
        modes = await self.repo.channel_modes(guild_id, channel_ids)
        return policy.should_listen(settings, safety_enabled, modes)

    async def dm_decision(
        self, user_id: int, guild_id: int | None, now: datetime, *, requested_by_member: bool = False
    ) -> policy.DmDecision:
        settings = await self.repo.settings(guild_id) if guild_id is not None else SafetySettings(guild_id=0)
        return policy.dm_decision(
            auto_replies=settings.auto_replies,
            opted_out=await self.repo.is_opted_out(user_id),
            last_reply_at=await self.repo.last_reply_at(user_id),
            now=_ts(now),
            cooldown_s=settings.reply_cooldown_s,
            requested_by_member=requested_by_member,
        )

    async def alert_decision(
        self, guild_id: int | None, alert_channel_id: int | None, now: datetime, *, notify_moderators: bool
    ) -> policy.AlertDecision:
        if guild_id is None:
            return policy.AlertDecision.NO_CHANNEL
        settings = await self.repo.settings(guild_id)
        recent = await self.repo.alerts_since(guild_id, _ts(now) - policy.ALERT_WINDOW_S)
        return policy.alert_decision(
            notify_moderators=notify_moderators,
            alert_channel_id=alert_channel_id,
            alerts_in_window=recent,
            alerts_per_hour=settings.alerts_per_hour,
        )

    async def claim_fallback(self, guild_id: int, channel_id: int, now: datetime) -> bool:
        """True (and the cooldown starts) if the channel may get the reminder now."""
        settings = await self.repo.settings(guild_id)
        allowed = policy.fallback_allowed(
            enabled=settings.fallback_reminder,
            last_posted_at=await self.repo.fallback_posted_at(channel_id),
            now=_ts(now),
            cooldown_s=settings.fallback_cooldown_s,
        )
        if allowed:
            await self.repo.mark_fallback(guild_id, channel_id, _ts(now))
        return allowed

    async def set_outcome(self, event_id: int, outcome: Outcome, user_id: int, now: datetime) -> EventRow:
        """Claim, resolve or mark a false positive; raises if the alert is gone or closed."""
        event = await self.repo.event(event_id)
        if event is None:
            raise UserFacingError("This alert has expired. Nothing was lost; the event is no longer stored.")
        if outcome is Outcome.CLAIMED:
            if event.outcome is not Outcome.OPEN:
                raise UserFacingError(f"This alert is already {OUTCOME_LABELS[event.outcome].lower()}.")
            await self.repo.claim(event_id, user_id, _ts(now))
        else:
            if event.outcome in (Outcome.RESOLVED, Outcome.FALSE_POSITIVE):
                raise UserFacingError(f"This alert is already closed ({OUTCOME_LABELS[event.outcome].lower()}).")
            await self.repo.close(event_id, outcome, user_id, _ts(now))
        log.info("Crisis event %s marked %s", event_id, outcome.value)
        updated = await self.repo.event(event_id)
        assert updated is not None
        return updated
