"""SQL for private check-ins (tables from migration 0005)."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from bot.checkins.model import (
    Checkin,
    Frequency,
    HistoryEntry,
    MemberSettings,
    ScheduleChoice,
    Status,
)
from bot.db import Database, Transaction

Executor = Database | Transaction


def _ts(when: datetime) -> int:
    return int(when.timestamp())


def _settings(row: sqlite3.Row) -> MemberSettings:
    return MemberSettings(
        user_id=row["user_id"],
        guild_id=row["guild_id"],
        schedule_id=row["schedule_id"],
        choice=ScheduleChoice(
            frequency=Frequency(row["frequency"]),
            local_time=row["local_time"],
            tz=row["tz"],
            weekday=row["weekday"],
            notify_moderators=bool(row["notify_moderators"]),
        ),
        paused=bool(row["paused"]),
        paused_until=row["paused_until"],
        dm_channel_id=row["dm_channel_id"],
        unreachable_at=row["unreachable_at"],
        unreachable_told_at=row["unreachable_told_at"],
        consented_at=row["consented_at"],
    )


class CheckinRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- members ---------------------------------------------------------------------------

    async def get_member(self, user_id: int, tx: Executor | None = None) -> MemberSettings | None:
        row = await (tx or self.db).fetchone("SELECT * FROM checkin_members WHERE user_id = ?", (user_id,))
        return None if row is None else _settings(row)

    async def save_member(
        self, tx: Transaction, user_id: int, guild_id: int | None, choice: ScheduleChoice, now: datetime
    ) -> None:
        """Create or update the member's choices; a new opt-in clears pauses and DM problems."""
        await tx.execute(
            """
            INSERT INTO checkin_members (user_id, guild_id, frequency, weekday, local_time, tz,
                notify_moderators, consented_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (user_id) DO UPDATE SET
                frequency = excluded.frequency, weekday = excluded.weekday,
                local_time = excluded.local_time, tz = excluded.tz,
                notify_moderators = excluded.notify_moderators, updated_at = excluded.updated_at
            """,
            (
                user_id,
                guild_id,
                choice.frequency.value,
                choice.weekday,
                choice.local_time,
                choice.tz,
                int(choice.notify_moderators),
                _ts(now),
                _ts(now),
            ),
        )

    async def set_schedule_id(self, tx: Executor, user_id: int, schedule_id: int) -> None:
        await tx.execute("UPDATE checkin_members SET schedule_id = ? WHERE user_id = ?", (schedule_id, user_id))

    async def set_paused(self, tx: Executor, user_id: int, paused: bool, until: int | None, now: datetime) -> None:
        await tx.execute(
            "UPDATE checkin_members SET paused = ?, paused_until = ?, updated_at = ? WHERE user_id = ?",
            (int(paused), until if paused else None, _ts(now), user_id),
        )

    async def clear_unreachable(self, tx: Executor, user_id: int) -> None:
        await tx.execute(
            "UPDATE checkin_members SET unreachable_at = NULL, unreachable_told_at = NULL WHERE user_id = ?",
            (user_id,),
        )

    async def mark_unreachable(self, user_id: int, now: datetime) -> None:
        await self.db.execute(
            "UPDATE checkin_members SET unreachable_at = ?, unreachable_told_at = NULL, dm_channel_id = NULL "
            "WHERE user_id = ? AND unreachable_at IS NULL",
            (_ts(now), user_id),
        )

    async def claim_unreachable_notice(self, user_id: int, now: datetime) -> bool:
        """True exactly once per unreachable spell: the caller then tells the member."""
        changed = await self.db.execute(
            "UPDATE checkin_members SET unreachable_told_at = ? "
            "WHERE user_id = ? AND unreachable_at IS NOT NULL AND unreachable_told_at IS NULL",
            (_ts(now), user_id),
        )
        return changed > 0

    async def set_dm_channel(self, user_id: int, channel_id: int) -> None:
        await self.db.execute(
            "UPDATE checkin_members SET dm_channel_id = ? WHERE user_id = ? AND dm_channel_id IS NOT ?",
            (channel_id, user_id, channel_id),
        )

    async def forget_dm_channel(self, user_id: int) -> None:
        await self.db.execute("UPDATE checkin_members SET dm_channel_id = NULL WHERE user_id = ?", (user_id,))

    async def delete_member(self, tx: Executor, user_id: int) -> None:
        await tx.execute("DELETE FROM checkin_members WHERE user_id = ?", (user_id,))

    async def erase_history(self, tx: Executor, user_id: int) -> int:
        await tx.execute("DELETE FROM checkin_answers WHERE user_id = ?", (user_id,))
        return await tx.execute("DELETE FROM checkins WHERE user_id = ?", (user_id,))

    # -- check-ins -------------------------------------------------------------------------

    async def create_checkin(
        self, user_id: int, run_key: str, local_date: str, prompt_ids: tuple[str, ...], now: datetime
    ) -> tuple[Checkin, bool]:
        """Insert the check-in for this run, closing any earlier one still waiting.

        Returns (check-in, created). ``created`` is False when this run key was already used,
        which is how a repeated delivery of the same run sends nothing twice."""
        async with self.db.transaction() as tx:
            existing = await tx.fetchval(
                "SELECT id FROM checkins WHERE user_id = ? AND run_key = ?", (user_id, run_key)
            )
            if existing is not None:
                checkin = await self.get_checkin(existing, tx)
                assert checkin is not None
                return checkin, False
            await tx.execute(
                "UPDATE checkins SET status = 'closed', closed_at = ? "
                "WHERE user_id = ? AND status IN ('open', 'snoozed')",
                (_ts(now), user_id),
            )
            checkin_id = await tx.execute(
                "INSERT INTO checkins (user_id, run_key, local_date, prompt_ids, created_at) VALUES (?, ?, ?, ?, ?)",
                (user_id, run_key, local_date, ",".join(prompt_ids), _ts(now)),
            )
            checkin = await self.get_checkin(checkin_id, tx)
        assert checkin is not None
        return checkin, True

    async def get_checkin(self, checkin_id: int, tx: Executor | None = None) -> Checkin | None:
        ex = tx or self.db
        row = await ex.fetchone("SELECT * FROM checkins WHERE id = ?", (checkin_id,))
        if row is None:
            return None
        answers = await ex.fetchall("SELECT prompt_id, answer FROM checkin_answers WHERE checkin_id = ?", (checkin_id,))
        return Checkin(
            id=row["id"],
            user_id=row["user_id"],
            run_key=row["run_key"],
            local_date=row["local_date"],
            prompt_ids=tuple(p for p in row["prompt_ids"].split(",") if p),
            status=Status(row["status"]),
            mood=row["mood"],
            answers={a["prompt_id"]: a["answer"] for a in answers},
            has_note=row["note_encrypted"] is not None,
            channel_id=row["channel_id"],
            message_id=row["message_id"],
            created_at=row["created_at"],
        )

    async def set_message(self, checkin_id: int, channel_id: int, message_id: int) -> None:
        await self.db.execute(
            "UPDATE checkins SET channel_id = ?, message_id = ? WHERE id = ?", (channel_id, message_id, checkin_id)
        )

    async def set_mood(self, checkin_id: int, mood: int, now: datetime) -> bool:
        """Record the mood; only an active check-in takes answers. A repeated click is a no-op."""
        changed = await self.db.execute(
            "UPDATE checkins SET mood = ?, mood_at = ? "
            "WHERE id = ? AND status IN ('open', 'snoozed') AND mood IS NOT ?",
            (mood, _ts(now), checkin_id, mood),
        )
        return changed > 0

    async def set_answer(self, checkin: Checkin, prompt_id: str, answer: str, now: datetime) -> bool:
        async with self.db.transaction() as tx:
            status = await tx.fetchval("SELECT status FROM checkins WHERE id = ?", (checkin.id,))
            if status not in (Status.OPEN, Status.SNOOZED):
                return False
            changed = await tx.execute(
                """
                INSERT INTO checkin_answers (checkin_id, user_id, prompt_id, answer, answered_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (checkin_id, prompt_id) DO UPDATE SET
                    answer = excluded.answer, answered_at = excluded.answered_at
                WHERE checkin_answers.answer IS NOT excluded.answer
                """,
                (checkin.id, checkin.user_id, prompt_id, answer, _ts(now)),
            )
        return changed > 0

    async def set_note(self, checkin_id: int, ciphertext: bytes, now: datetime) -> bool:
        changed = await self.db.execute(
            "UPDATE checkins SET note_encrypted = ?, note_at = ? "
            "WHERE id = ? AND status IN ('open', 'snoozed', 'done')",
            (ciphertext, _ts(now), checkin_id),
        )
        return changed > 0

    async def set_status(self, checkin_id: int, status: Status, now: datetime) -> bool:
        """Move an active check-in to ``status``; False if it had already closed."""
        closed_at = None if status in (Status.OPEN, Status.SNOOZED) else _ts(now)
        changed = await self.db.execute(
            "UPDATE checkins SET status = ?, closed_at = ? WHERE id = ? AND status IN ('open', 'snoozed')",
            (status.value, closed_at, checkin_id),
        )
        return changed > 0

    async def reopen_snoozed(self, checkin_id: int) -> bool:
        changed = await self.db.execute(
            "UPDATE checkins SET status = 'open' WHERE id = ? AND status = 'snoozed'", (checkin_id,)
        )
        return changed > 0

    async def history(self, user_id: int, since: datetime) -> list[HistoryEntry]:
        rows = await self.db.fetchall(
            "SELECT id, local_date, created_at, mood FROM checkins WHERE user_id = ? AND created_at >= ? "
            "ORDER BY created_at",
            (user_id, _ts(since)),
        )
        answers = await self.db.fetchall(
            "SELECT a.checkin_id, a.prompt_id, a.answer FROM checkin_answers a "
            "JOIN checkins c ON c.id = a.checkin_id WHERE c.user_id = ? AND c.created_at >= ?",
            (user_id, _ts(since)),
        )
        by_checkin: dict[int, dict[str, str]] = {}
        for answer in answers:
            by_checkin.setdefault(answer["checkin_id"], {})[answer["prompt_id"]] = answer["answer"]
        return [HistoryEntry(r["local_date"], r["created_at"], r["mood"], by_checkin.get(r["id"], {})) for r in rows]

    async def purge_older_than(self, cutoff: datetime) -> int:
        """Retention: delete check-ins (and, by cascade, their answers) created before ``cutoff``."""
        return await self.db.execute("DELETE FROM checkins WHERE created_at < ?", (_ts(cutoff),))
