"""The SQLite connection: PRAGMAs, one lock around writes, explicit transactions.

aiosqlite runs every statement on one worker thread, but coroutines interleave between
awaits. A transaction that spans awaits must therefore hold ``_lock`` so that another
coroutine's statement cannot land inside it; single statements take the same lock.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite

from bot.errors import DatabaseUnavailableError

log = logging.getLogger(__name__)

Params = Sequence[Any] | dict[str, Any]
BUSY_TIMEOUT_MS = 5000


def explain_sqlite_error(exc: sqlite3.Error, path: Path | str) -> str:
    """Turn a low-level SQLite error into one line that says what to do."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return (
            f"The database {path} is locked by another program. Close other copies of Tandem "
            "or tools holding it open, then try again."
        )
    if "readonly" in text or "read-only" in text:
        return f"The database {path} is read-only. Give the bot's user write access to the file and its folder."
    if "unable to open" in text:
        return f"Cannot open the database {path}. Check that the folder exists and is writable, or set TANDEM_DB."
    if "not a database" in text or "malformed" in text:
        return f"{path} is not a valid Tandem database (it may be damaged). Restore a backup or move it aside."
    return f"Database error on {path}: {exc}"


class Cursorless:
    """Methods shared by ``Database`` (locked) and ``Transaction`` (inside the lock)."""

    _conn: aiosqlite.Connection

    async def _execute(self, sql: str, params: Params = ()) -> aiosqlite.Cursor:
        return await self._conn.execute(sql, params)

    async def fetchone(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        cur = await self._execute(sql, params)
        try:
            return await cur.fetchone()
        finally:
            await cur.close()

    async def fetchall(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        cur = await self._execute(sql, params)
        try:
            return list(await cur.fetchall())
        finally:
            await cur.close()

    async def fetchval(self, sql: str, params: Params = ()) -> Any:
        row = await self.fetchone(sql, params)
        return None if row is None else row[0]


class Transaction(Cursorless):
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; returns the last inserted rowid (or rowcount for updates)."""
        cur = await self._execute(sql, params)
        try:
            if sql.lstrip().upper().startswith("INSERT"):
                return cur.lastrowid or 0
            return cur.rowcount
        finally:
            await cur.close()

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        await self._conn.executemany(sql, rows)


class Database(Cursorless):
    def __init__(self, conn: aiosqlite.Connection, path: Path | str) -> None:
        self._conn = conn
        self.path = path
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path | str, *, probe_write: bool = True) -> Database:
        """Open (creating the folder if needed) and configure the database.

        With ``probe_write`` a write lock is taken and released once, so a locked or
        read-only database is reported at start-up rather than in the middle of a command.
        Raises ``DatabaseUnavailableError`` with a readable message instead of a traceback.
        """
        uri = str(path).startswith("file:")
        if str(path) != ":memory:" and not uri:
            path = Path(path)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseUnavailableError(
                    f"Cannot create the folder {path.parent} for the database: {exc.strerror}. "
                    "Set TANDEM_DB to a writable location."
                ) from exc
        try:
            conn = await aiosqlite.connect(
                str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, uri=uri
            )
        except sqlite3.Error as exc:
            raise DatabaseUnavailableError(explain_sqlite_error(exc, path)) from exc
        conn.row_factory = sqlite3.Row
        db = cls(conn, path)
        try:
            await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            await conn.execute("PRAGMA foreign_keys = ON")
            await conn.execute("PRAGMA synchronous = NORMAL")
            mode = await db.fetchval("PRAGMA journal_mode = WAL")
            if mode != "wal" and str(path) != ":memory:":
                log.warning("SQLite refused WAL mode (got %s); continuing in that mode", mode)
            # Touch the schema so a non-database file or a lock fails here, not mid-command.
            await db.fetchval("SELECT count(*) FROM sqlite_master")
            if probe_write:
                await conn.execute("BEGIN IMMEDIATE")
                await conn.execute("PRAGMA user_version = " + str(await db.fetchval("PRAGMA user_version")))
                await conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                await conn.execute("ROLLBACK")
            await conn.close()
            raise DatabaseUnavailableError(explain_sqlite_error(exc, path)) from exc
        return db

    async def close(self) -> None:
        async with self._lock:
            await self._conn.close()

    @property
    def connection(self) -> aiosqlite.Connection:
        return self._conn

    async def _execute(self, sql: str, params: Params = ()) -> aiosqlite.Cursor:
        async with self._lock:
            return await self._conn.execute(sql, params)

    async def execute(self, sql: str, params: Params = ()) -> int:
        async with self.transaction() as tx:
            return await tx.execute(sql, params)

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        async with self.transaction() as tx:
            await tx.executemany(sql, rows)

    async def _control(self, sql: str) -> None:
        """Run BEGIN/COMMIT/ROLLBACK to completion even if our task is cancelled meanwhile.

        aiosqlite queues statements for its worker thread; a cancelled await does not
        unqueue one. A BEGIN that still runs after its caller gave up would leave the
        connection inside a transaction for the next, unrelated caller."""
        pending = asyncio.ensure_future(self._conn.execute(sql))
        try:
            await asyncio.shield(pending)
        except asyncio.CancelledError:
            with contextlib.suppress(sqlite3.Error):
                await pending
            if sql != "ROLLBACK" and self._conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    await asyncio.shield(self._conn.execute("ROLLBACK"))
            raise

    @asynccontextmanager
    async def transaction(self, *, immediate: bool = True) -> AsyncIterator[Transaction]:
        """A write transaction; BEGIN IMMEDIATE takes SQLite's write lock up front so two
        processes sharing the file serialise instead of failing at commit."""
        async with self._lock:
            await self._control("BEGIN IMMEDIATE" if immediate else "BEGIN")
            try:
                yield Transaction(self._conn)
            except BaseException:
                if self._conn.in_transaction:
                    await self._control("ROLLBACK")
                raise
            else:
                await self._control("COMMIT")

    @asynccontextmanager
    async def locked(self) -> AsyncIterator[Transaction]:
        """Hold the connection without opening a transaction (for scripts and PRAGMAs)."""
        async with self._lock:
            yield Transaction(self._conn)
