import contextlib
import sqlite3
from pathlib import Path

import pytest

from bot.db import Database, MigrationError, NewerDatabaseError, migrate
from bot.db.migrate import Migration, current_version, load_migrations
from bot.errors import DatabaseUnavailableError


async def test_migrate_applies_all_shipped_migrations(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "t.db")
    try:
        applied = await migrate(db)
        assert applied == list(range(1, len(load_migrations()) + 1))
        assert await current_version(db) == len(load_migrations())
        assert await migrate(db) == []  # idempotent
        assert await db.fetchval("PRAGMA foreign_keys") == 1
        assert await db.fetchval("PRAGMA journal_mode") == "wal"
    finally:
        await db.close()


async def test_migrate_failure_rolls_back_schema_and_data(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "t.db")
    try:
        good = [Migration(1, "first", "CREATE TABLE thing (id INTEGER PRIMARY KEY, name TEXT);")]
        await migrate(db, good)
        await db.execute("INSERT INTO thing (name) VALUES ('kept')")
        broken = [
            *good,
            Migration(
                2,
                "broken",
                "ALTER TABLE thing ADD COLUMN extra TEXT;\n"
                "UPDATE thing SET name = 'changed';\n"
                "CREATE TABLE other (id INTEGER PRIMARY KEY);\n"
                "INSERT INTO missing_table VALUES (1);",
            ),
        ]
        with pytest.raises(MigrationError, match="0002_broken.sql failed and was rolled back"):
            await migrate(db, broken)
        assert await current_version(db) == 1
        columns = [row["name"] for row in await db.fetchall("PRAGMA table_info(thing)")]
        assert columns == ["id", "name"]
        assert await db.fetchval("SELECT name FROM thing") == "kept"
        assert await db.fetchval("SELECT count(*) FROM sqlite_master WHERE name = 'other'") == 0
        # The connection is usable afterwards (no transaction left open).
        await db.execute("INSERT INTO thing (name) VALUES ('after')")
        assert await db.fetchval("SELECT count(*) FROM thing") == 2
    finally:
        await db.close()


async def test_migrate_refuses_a_newer_database(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "t.db")
    try:
        await db.execute("PRAGMA user_version = 999")
        with pytest.raises(NewerDatabaseError, match="newer Tandem"):
            await migrate(db)
    finally:
        await db.close()


def test_load_migrations_rejects_gaps_and_bad_names(tmp_path: Path) -> None:
    (tmp_path / "0001_a.sql").write_text("SELECT 1;")
    (tmp_path / "0003_c.sql").write_text("SELECT 1;")
    with pytest.raises(MigrationError, match="without gaps"):
        load_migrations(tmp_path)
    (tmp_path / "3_bad.sql").write_text("SELECT 1;")
    with pytest.raises(MigrationError, match="NNNN_name.sql"):
        load_migrations(tmp_path)


async def test_open_unwritable_folder_gives_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(DatabaseUnavailableError, match="Cannot create the folder"):
        await Database.open(blocker / "sub" / "t.db")


async def test_open_non_database_file_gives_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseUnavailableError, match="not a valid Tandem database"):
        await Database.open(path)


async def test_locked_database_gives_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "t.db"
    first = await Database.open(path)
    await migrate(first)
    await first.close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr("bot.db.database.BUSY_TIMEOUT_MS", 50)
    try:
        with pytest.raises(DatabaseUnavailableError, match="locked by another program"):
            db = await Database.open(path)
            await db.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


async def test_read_only_database_refuses_writes_with_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    db = await Database.open(path)
    await migrate(db)
    await db.close()
    # Tests run as root, where file modes don't stop writes; a read-only URI does.
    read_only = f"file:{path}?mode=ro"
    with pytest.raises(DatabaseUnavailableError, match="read-only"):
        db = await Database.open(read_only)
        await db.close()
    ro = await Database.open(read_only, probe_write=False)
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            await ro.execute("INSERT INTO bot_meta (key, value) VALUES ('a', 'b')")
    finally:
        await ro.close()


async def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "t.db")
    try:
        await migrate(db)
        with pytest.raises(RuntimeError):
            async with db.transaction() as tx:
                await tx.execute("INSERT INTO bot_meta (key, value) VALUES ('x', '1')")
                raise RuntimeError("boom")
        assert await db.fetchval("SELECT count(*) FROM bot_meta WHERE key = 'x'") == 0
    finally:
        await db.close()


async def test_transaction_cancelled_at_begin_leaves_no_transaction_open(tmp_path: Path) -> None:
    """A task cancelled while its BEGIN is queued must not leave the connection inside a
    transaction for the next caller (seen when the scheduler stopped mid-tick)."""
    import asyncio

    db = await Database.open(tmp_path / "t.db")
    try:
        await migrate(db)
        entered = asyncio.Event()

        async def writer() -> None:
            async with db.transaction() as tx:
                entered.set()
                await tx.execute("INSERT INTO bot_meta (key, value) VALUES ('never', '1')")

        for _ in range(20):  # cancel at different points around BEGIN
            task = asyncio.create_task(writer())
            await asyncio.sleep(0)
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            assert not db.connection.in_transaction
            await db.execute("INSERT INTO bot_meta (key, value) VALUES ('after', '1') "
                             "ON CONFLICT (key) DO UPDATE SET value = value + 1")
        assert int(await db.fetchval("SELECT value FROM bot_meta WHERE key = 'after'")) == 20
        assert not db.connection.in_transaction
    finally:
        await db.close()
