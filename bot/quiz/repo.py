"""SQL for the quiz feature (the only place that knows its tables)."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from bot.db.database import Database
from bot.quiz.scoring import AnswerRecord

ACTIVE = "active"
FINISHED = "finished"
ABANDONED = "abandoned"
RUNNING = "running"


def _ts(when: datetime) -> int:
    return int(when.timestamp())


@dataclass(frozen=True, slots=True)
class ServerQuizRow:
    guild_id: int
    quiz_id: str
    title: str
    kind: str
    question_count: int
    source_toml: str


@dataclass(frozen=True, slots=True)
class SoloSession:
    id: int
    user_id: int
    guild_id: int | None
    quiz_id: str
    quiz_source: str
    kind: str
    question_ids: tuple[str, ...]
    position: int
    status: str

    @property
    def total(self) -> int:
        return len(self.question_ids)


@dataclass(frozen=True, slots=True)
class GroupSession:
    id: int
    guild_id: int
    channel_id: int
    quiz_id: str
    quiz_source: str
    question_ids: tuple[str, ...]
    seconds: int
    status: str
    current_index: int
    accepting: bool
    deadline_at: int | None


def _solo(row: sqlite3.Row) -> SoloSession:
    return SoloSession(
        id=row["id"], user_id=row["user_id"], guild_id=row["guild_id"], quiz_id=row["quiz_id"],
        quiz_source=row["quiz_source"], kind=row["kind"], question_ids=tuple(json.loads(row["question_ids"])),
        position=row["position"], status=row["status"],
    )


def _group(row: sqlite3.Row) -> GroupSession:
    return GroupSession(
        id=row["id"], guild_id=row["guild_id"], channel_id=row["channel_id"], quiz_id=row["quiz_id"],
        quiz_source=row["quiz_source"], question_ids=tuple(json.loads(row["question_ids"])),
        seconds=row["seconds"], status=row["status"], current_index=row["current_index"],
        accepting=bool(row["accepting"]), deadline_at=row["deadline_at"],
    )


class QuizRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- server quizzes -------------------------------------------------------------------

    async def add_server_quiz(
        self, row: ServerQuizRow, imported_by_user_id: int, now: datetime, *, max_per_guild: int
    ) -> str | None:
        """Insert unless the id is taken or the server is at its limit; returns the reason it
        was refused, or None when saved."""
        async with self.db.transaction() as tx:
            exists = await tx.fetchval(
                "SELECT 1 FROM quiz_server_quizzes WHERE guild_id = ? AND quiz_id = ?", (row.guild_id, row.quiz_id)
            )
            if exists:
                return "exists"
            count = await tx.fetchval("SELECT count(*) FROM quiz_server_quizzes WHERE guild_id = ?", (row.guild_id,))
            if count >= max_per_guild:
                return "full"
            await tx.execute(
                "INSERT INTO quiz_server_quizzes (guild_id, quiz_id, title, kind, question_count, source_toml, "
                "imported_by_user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (row.guild_id, row.quiz_id, row.title, row.kind, row.question_count, row.source_toml,
                 imported_by_user_id, _ts(now)),
            )
        return None

    async def server_quizzes(self, guild_id: int) -> list[ServerQuizRow]:
        rows = await self.db.fetchall(
            "SELECT guild_id, quiz_id, title, kind, question_count, source_toml FROM quiz_server_quizzes "
            "WHERE guild_id = ? ORDER BY title",
            (guild_id,),
        )
        return [ServerQuizRow(*tuple(r)) for r in rows]

    async def remove_server_quiz(self, guild_id: int, quiz_id: str) -> bool:
        async with self.db.transaction() as tx:
            return bool(
                await tx.execute(
                    "DELETE FROM quiz_server_quizzes WHERE guild_id = ? AND quiz_id = ?", (guild_id, quiz_id)
                )
            )

    # --- solo sessions --------------------------------------------------------------------

    async def create_session(
        self, *, user_id: int, guild_id: int | None, quiz_id: str, quiz_source: str, kind: str,
        question_ids: list[str], now: datetime,
    ) -> int:
        return await self.db.execute(
            "INSERT INTO quiz_sessions (user_id, guild_id, quiz_id, quiz_source, kind, question_ids, "
            "started_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (user_id, guild_id, quiz_id, quiz_source, kind, json.dumps(question_ids), _ts(now), _ts(now)),
        )

    async def get_session(self, session_id: int) -> SoloSession | None:
        row = await self.db.fetchone("SELECT * FROM quiz_sessions WHERE id = ?", (session_id,))
        return None if row is None else _solo(row)

    async def record_answer(
        self, session: SoloSession, index: int, answer: AnswerRecord | None, now: datetime
    ) -> bool:
        """Store the answer to question ``index`` and move on, once. Returns False if that
        question was already answered (a double click) or the session is no longer active.
        ``answer`` is None for reflection statements, whose answers are never written here."""
        async with self.db.transaction() as tx:
            moved = await tx.execute(
                "UPDATE quiz_sessions SET position = ?, updated_at = ? "
                "WHERE id = ? AND position = ? AND status = 'active'",
                (index + 1, _ts(now), session.id, index),
            )
            if not moved:
                return False
            if answer is not None:
                await tx.execute(
                    "INSERT INTO quiz_answers (session_id, question_index, user_id, question_id, theme, choice_id, "
                    "correct, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (session.id, index, session.user_id, answer.question_id, answer.theme, answer.choice_id,
                     int(bool(answer.correct)), _ts(now)),
                )
        return True

    async def answer_at(self, session_id: int, index: int) -> AnswerRecord | None:
        row = await self.db.fetchone(
            "SELECT question_id, theme, choice_id, correct FROM quiz_answers "
            "WHERE session_id = ? AND question_index = ?",
            (session_id, index),
        )
        return None if row is None else AnswerRecord(row[0], row[1], row[2], bool(row[3]))

    async def answers(self, session_id: int) -> list[AnswerRecord]:
        rows = await self.db.fetchall(
            "SELECT question_id, theme, choice_id, correct FROM quiz_answers WHERE session_id = ? "
            "ORDER BY question_index",
            (session_id,),
        )
        return [AnswerRecord(r[0], r[1], r[2], bool(r[3])) for r in rows]

    async def finish(self, session_id: int, now: datetime) -> bool:
        async with self.db.transaction() as tx:
            return bool(
                await tx.execute(
                    "UPDATE quiz_sessions SET status = 'finished', finished_at = ?, updated_at = ? "
                    "WHERE id = ? AND status = 'active'",
                    (_ts(now), _ts(now), session_id),
                )
            )

    async def abandon(self, session_id: int, now: datetime) -> None:
        async with self.db.transaction() as tx:
            await tx.execute(
                "UPDATE quiz_sessions SET status = 'abandoned', updated_at = ? WHERE id = ? AND status = 'active'",
                (_ts(now), session_id),
            )

    async def tidy_sessions(self, now: datetime, idle_before: datetime, delete_before: datetime) -> tuple[int, int]:
        """Solo runs nobody touched since ``idle_before`` become abandoned; abandoned runs
        older than ``delete_before`` are deleted with their answers. (Finished runs stay: they
        are the member's quiz history until they erase it.)"""
        async with self.db.transaction() as tx:
            abandoned = await tx.execute(
                "UPDATE quiz_sessions SET status = 'abandoned', updated_at = ? "
                "WHERE status = 'active' AND updated_at < ?",
                (_ts(now), _ts(idle_before)),
            )
            deleted = await tx.execute(
                "DELETE FROM quiz_sessions WHERE status = 'abandoned' AND updated_at < ?", (_ts(delete_before),)
            )
        return int(abandoned), int(deleted)

    async def save_reflection(
        self, *, user_id: int, session_id: int, quiz_id: str, answers: dict[str, int], leans: dict[str, str],
        now: datetime,
    ) -> bool:
        """Keep a reflection the member asked to save; a second press saves nothing new."""
        async with self.db.transaction() as tx:
            if await tx.fetchval("SELECT 1 FROM quiz_reflections WHERE session_id = ?", (session_id,)):
                return False
            await tx.execute(
                "INSERT INTO quiz_reflections (user_id, session_id, quiz_id, answers_json, leans_json, saved_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (user_id, session_id, quiz_id, json.dumps(answers, sort_keys=True), json.dumps(leans, sort_keys=True),
                 _ts(now)),
            )
        return True

    async def reflection_saved(self, session_id: int) -> bool:
        return bool(await self.db.fetchval("SELECT 1 FROM quiz_reflections WHERE session_id = ?", (session_id,)))

    # --- stats ------------------------------------------------------------------------------

    async def user_stats(self, user_id: int) -> tuple[int, list[tuple[str, bool]], int]:
        """(finished knowledge quizzes, (theme, correct) for every solo answer, saved reflections)."""
        finished = await self.db.fetchval(
            "SELECT count(*) FROM quiz_sessions WHERE user_id = ? AND status = 'finished' AND kind = 'knowledge'",
            (user_id,),
        )
        rows = await self.db.fetchall("SELECT theme, correct FROM quiz_answers WHERE user_id = ?", (user_id,))
        saved = await self.db.fetchval("SELECT count(*) FROM quiz_reflections WHERE user_id = ?", (user_id,))
        return int(finished), [(r[0], bool(r[1])) for r in rows], int(saved)

    # --- group sessions ---------------------------------------------------------------------

    async def start_group(
        self, *, guild_id: int, channel_id: int, quiz_id: str, quiz_source: str, question_ids: list[str],
        seconds: int, started_by_user_id: int, now: datetime,
    ) -> int | None:
        """Create a running group session; None if one is already running in the channel."""
        try:
            return await self.db.execute(
                "INSERT INTO quiz_group_sessions (guild_id, channel_id, quiz_id, quiz_source, question_ids, seconds, "
                "started_by_user_id, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (guild_id, channel_id, quiz_id, quiz_source, json.dumps(question_ids), seconds, started_by_user_id,
                 _ts(now)),
            )
        except sqlite3.IntegrityError:
            return None

    async def get_group(self, group_id: int) -> GroupSession | None:
        row = await self.db.fetchone("SELECT * FROM quiz_group_sessions WHERE id = ?", (group_id,))
        return None if row is None else _group(row)

    async def running_in_channel(self, channel_id: int) -> GroupSession | None:
        row = await self.db.fetchone(
            "SELECT * FROM quiz_group_sessions WHERE channel_id = ? AND status = 'running'", (channel_id,)
        )
        return None if row is None else _group(row)

    async def open_question(self, group_id: int, index: int, deadline_at: int) -> None:
        async with self.db.transaction() as tx:
            await tx.execute(
                "UPDATE quiz_group_sessions SET current_index = ?, accepting = 1, deadline_at = ? "
                "WHERE id = ? AND status = 'running'",
                (index, deadline_at, group_id),
            )

    async def group_answer(self, group_id: int, index: int, user_id: int, choice_id: str, now: datetime) -> bool:
        """Record or change one member's answer in a single statement whose WHERE clause is the
        whole gate (running, this question, still open, before the deadline), so a click
        racing the reveal is either counted before it or refused after it."""
        async with self.db.transaction() as tx:
            row = await tx.fetchone(
                "INSERT INTO quiz_group_answers (group_id, question_index, user_id, choice_id, answered_at) "
                "SELECT id, ?, ?, ?, ? FROM quiz_group_sessions "
                "WHERE id = ? AND status = 'running' AND accepting = 1 AND current_index = ? AND ? < deadline_at "
                "ON CONFLICT (group_id, question_index, user_id) DO UPDATE SET "
                "choice_id = excluded.choice_id, answered_at = excluded.answered_at "
                "RETURNING 1",
                (index, user_id, choice_id, _ts(now), group_id, index, now.timestamp()),
            )
        return row is not None

    async def close_question(self, group_id: int, index: int) -> Counter[str]:
        """Stop taking answers for ``index`` and return its votes."""
        async with self.db.transaction() as tx:
            await tx.execute(
                "UPDATE quiz_group_sessions SET accepting = 0 WHERE id = ? AND current_index = ?", (group_id, index)
            )
            rows = await tx.fetchall(
                "SELECT choice_id, count(*) FROM quiz_group_answers WHERE group_id = ? AND question_index = ? "
                "GROUP BY choice_id",
                (group_id, index),
            )
        return Counter({r[0]: r[1] for r in rows})

    async def group_answers(self, group_id: int) -> list[tuple[int, int, str]]:
        rows = await self.db.fetchall(
            "SELECT question_index, user_id, choice_id FROM quiz_group_answers WHERE group_id = ?", (group_id,)
        )
        return [(r[0], r[1], r[2]) for r in rows]

    async def end_group(self, group_id: int, status: str, now: datetime) -> bool:
        async with self.db.transaction() as tx:
            return bool(
                await tx.execute(
                    "UPDATE quiz_group_sessions SET status = ?, accepting = 0, ended_at = ? "
                    "WHERE id = ? AND status = 'running'",
                    (status, _ts(now), group_id),
                )
            )

    async def interrupt_running_groups(self, now: datetime) -> list[GroupSession]:
        """Close group sessions left running by a previous process (their timers died with it)."""
        async with self.db.transaction() as tx:
            rows = await tx.fetchall("SELECT * FROM quiz_group_sessions WHERE status = 'running'")
            await tx.execute(
                "UPDATE quiz_group_sessions SET status = 'interrupted', accepting = 0, ended_at = ? "
                "WHERE status = 'running'",
                (_ts(now),),
            )
        return [_group(r) for r in rows]
