"""Forward-only numbered migrations tracked by ``PRAGMA user_version``.

Each ``migrations/NNNN_name.sql`` runs in its own transaction. ``executescript`` commits
any open transaction before it starts, so BEGIN/COMMIT are issued inside the script text
and a failure is followed by an explicit ROLLBACK: the schema and data stay as they were.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bot.db.database import Database
from bot.errors import DatabaseUnavailableError, TandemError

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).parent / "migrations"
_NAME_RE = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


class MigrationError(TandemError):
    pass


class NewerDatabaseError(MigrationError):
    pass


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    found: list[Migration] = []
    for path in sorted(directory.glob("*.sql")):
        match = _NAME_RE.match(path.name)
        if not match:
            raise MigrationError(f"{path.name}: migration files must be named NNNN_name.sql")
        found.append(Migration(int(match.group(1)), match.group(2), path.read_text(encoding="utf-8")))
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise MigrationError(f"migrations must be numbered 1..N without gaps, found {versions}")
    return found


async def current_version(db: Database) -> int:
    return int(await db.fetchval("PRAGMA user_version") or 0)


async def migrate(db: Database, migrations: list[Migration] | None = None) -> list[int]:
    """Apply pending migrations; returns the versions applied."""
    migrations = load_migrations() if migrations is None else migrations
    latest = migrations[-1].version if migrations else 0
    version = await current_version(db)
    if version > latest:
        raise NewerDatabaseError(
            f"The database {db.path} was written by a newer Tandem (schema {version}, this version "
            f"knows up to {latest}). Upgrade Tandem or point TANDEM_DB at another file."
        )
    applied: list[int] = []
    for migration in migrations:
        if migration.version <= version:
            continue
        script = f"BEGIN IMMEDIATE;\n{migration.sql}\nPRAGMA user_version = {migration.version};\nCOMMIT;\n"
        async with db.locked() as conn:
            try:
                await db.connection.executescript(script)
            except sqlite3.Error as exc:
                if db.connection.in_transaction:
                    await db.connection.execute("ROLLBACK")
                if isinstance(exc, sqlite3.OperationalError) and (
                    "locked" in str(exc) or "readonly" in str(exc)
                ):
                    from bot.db.database import explain_sqlite_error

                    raise DatabaseUnavailableError(explain_sqlite_error(exc, db.path)) from exc
                raise MigrationError(
                    f"migration {migration.version:04d}_{migration.name}.sql failed and was rolled back: {exc}"
                ) from exc
            del conn
        log.info("Applied migration %04d_%s", migration.version, migration.name)
        applied.append(migration.version)
    return applied
