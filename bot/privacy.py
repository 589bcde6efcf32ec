"""Export and erase everything Tandem holds about one member, found by reading the schema.

The privacy convention (see migration 0001) makes this generic: every column holding a
Discord user id ends in ``user_id``. A column named exactly ``user_id`` means the row is
about that member (deleted on erasure); any other ``*_user_id`` column (``host_user_id``,
``claimed_by_user_id``...) is set to NULL. Columns ending in ``_encrypted`` hold ciphertext
and are decrypted on export. Because tables are discovered at run time, a table added by a
future migration is covered without touching this file; tests/db/test_privacy_coverage.py
proves it for the current schema.
"""

from __future__ import annotations

import base64
import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.crypto import NoteCipher
from bot.db import Database, Transaction

log = logging.getLogger(__name__)

EXPORT_FORMAT = "tandem-export/1"
SUBJECT_COLUMN = "user_id"
ENCRYPTED_SUFFIX = "_encrypted"
UNREADABLE = "(unreadable: the data key that encrypted this note is no longer available)"


def is_user_column(name: str) -> bool:
    return name.lower().endswith("user_id")


def quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


@dataclass(frozen=True, slots=True)
class UserTable:
    """A table with at least one column that can hold a member's id."""

    name: str
    columns: tuple[str, ...]
    user_columns: tuple[str, ...]

    @property
    def is_about_member(self) -> bool:
        return SUBJECT_COLUMN in self.user_columns

    @property
    def other_user_columns(self) -> tuple[str, ...]:
        return tuple(c for c in self.user_columns if c != SUBJECT_COLUMN)


@dataclass(slots=True)
class ErasureReport:
    deleted: dict[str, int] = field(default_factory=dict)  # table -> rows deleted
    nulled: dict[str, int] = field(default_factory=dict)  # "table.column" -> rows updated

    @property
    def total(self) -> int:
        return sum(self.deleted.values()) + sum(self.nulled.values())


async def user_tables(db: Database | Transaction) -> list[UserTable]:
    """Every table with a column ending in ``user_id``, in name order."""
    names = await db.fetchall(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    )
    found: list[UserTable] = []
    for row in names:
        name = row["name"]
        info = await db.fetchall(f"PRAGMA table_info({quote(name)})")
        columns = tuple(c["name"] for c in info)
        user_columns = tuple(c for c in columns if is_user_column(c))
        if user_columns:
            found.append(UserTable(name, columns, user_columns))
    return found


class PrivacyService:
    def __init__(self, db: Database, cipher: NoteCipher | None) -> None:
        self.db = db
        self.cipher = cipher

    def _value(self, column: str, value: Any) -> tuple[str, Any]:
        if column.endswith(ENCRYPTED_SUFFIX):
            plain_name = column[: -len(ENCRYPTED_SUFFIX)]
            if value is None:
                return plain_name, None
            text = self.cipher.decrypt(value) if self.cipher is not None else None
            return plain_name, UNREADABLE if text is None else text
        if isinstance(value, bytes):
            return column, {"base64": base64.b64encode(value).decode("ascii")}
        return column, value

    async def export(self, user_id: int, now: datetime) -> dict[str, Any]:
        """Every row, in every table, where any user-id column equals ``user_id``."""
        tables: dict[str, list[dict[str, Any]]] = {}
        for table in await user_tables(self.db):
            where = " OR ".join(f"{quote(c)} = ?" for c in table.user_columns)
            rows = await self.db.fetchall(
                f"SELECT * FROM {quote(table.name)} WHERE {where}",  # noqa: S608 - identifiers from the schema
                [user_id] * len(table.user_columns),
            )
            if rows:
                tables[table.name] = [dict(self._value(k, r[k]) for k in r.keys()) for r in rows]  # noqa: SIM118
        log.info("Exported data for user %s (%d tables)", user_id, len(tables))
        return {
            "format": EXPORT_FORMAT,
            "user_id": user_id,
            "generated_at": now.isoformat(),
            "notes": (
                "Times are unix seconds (UTC). Ids are Discord ids. Columns ending in user_id hold a "
                "Discord user id; rows where another member's id appears are included because yours does too."
            ),
            "tables": tables,
        }

    async def erase(self, user_id: int) -> ErasureReport:
        """Delete rows about the member and unlink them from everyone else's rows, atomically."""
        report = ErasureReport()
        async with self.db.locked() as conn:
            # Overwrite freed pages with zeros so erased rows don't linger in the file.
            await conn.fetchall("PRAGMA secure_delete = ON")
        async with self.db.transaction() as tx:
            # Parents and children may be deleted in either order within this transaction.
            await tx.execute("PRAGMA defer_foreign_keys = ON")
            tables = await user_tables(tx)
            for table in tables:
                if table.is_about_member:
                    report.deleted[table.name] = await tx.execute(
                        f"DELETE FROM {quote(table.name)} WHERE {quote(SUBJECT_COLUMN)} = ?",  # noqa: S608
                        (user_id,),
                    )
            for table in tables:
                for column in table.other_user_columns:
                    report.nulled[f"{table.name}.{column}"] = await tx.execute(
                        f"UPDATE {quote(table.name)} SET {quote(column)} = NULL WHERE {quote(column)} = ?",  # noqa: S608
                        (user_id,),
                    )
        async with self.db.locked() as conn:
            # Move the change out of the write-ahead log into the main file now.
            await conn.fetchall("PRAGMA wal_checkpoint(TRUNCATE)")
        log.info("Erased data for user %s (%d rows)", user_id, report.total)
        return report
