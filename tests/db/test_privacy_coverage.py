"""Privacy erasure and export cover EVERY table that can hold a member's id.

The schema is read after all migrations (not from a list in this file), a row is built for
each table and each user-id column from PRAGMA table_info / foreign_key_list, and export and
erase must find each one. A table added by a future migration is covered automatically;
if this test cannot build a row for it, the failure names the table.
"""

from __future__ import annotations

import itertools
import json
import re
import sqlite3
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.crypto import NoteCipher
from bot.db import Database, migrate
from bot.db.migrate import Migration, load_migrations
from bot.privacy import UNREADABLE, PrivacyService

SUBJECT = 111_111_111_111
NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
_counter = itertools.count(1000)
# INTEGER columns whose names suggest a member's id but break the naming convention.
SUSPICIOUS = re.compile(r"(member|author|owner|claimer|moderator|target|reporter|sender|recipient)(_id)?$|_by$")


@dataclass
class Built:
    table: str
    rowid: int
    target: str  # the user-id column that holds SUBJECT
    values: dict[str, Any]


async def _tables(db: Database) -> dict[str, list[sqlite3.Row]]:
    rows = await db.fetchall("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
    return {r["name"]: await db.fetchall(f'PRAGMA table_info("{r["name"]}")') for r in rows}


def _user_columns(info: list[sqlite3.Row]) -> list[str]:
    return [c["name"] for c in info if c["name"].lower().endswith("user_id")]


def _check_value(sql: str, column: str) -> Any:
    """A value that satisfies a simple CHECK on ``column`` (IN list or BETWEEN), else None."""
    name = re.escape(column)
    found = re.search(rf'\b"?{name}"?\s+IN\s*\(\s*([^)]*)\)', sql, re.IGNORECASE)
    if found:
        first = found.group(1).split(",")[0].strip()
        return first.strip("'") if first.startswith("'") else int(first)
    found = re.search(rf'\b"?{name}"?\s+BETWEEN\s+(-?\d+)\s+AND', sql, re.IGNORECASE)
    if found:
        return int(found.group(1))
    return None


class RowBuilder:
    def __init__(self, db: Database, cipher: NoteCipher) -> None:
        self.db = db
        self.cipher = cipher

    async def build(self, table: str, target: str | None) -> tuple[int, dict[str, Any]]:
        """Insert one row; ``target`` (a user-id column) gets SUBJECT, other user ids are strangers."""
        sql = await self.db.fetchval("SELECT sql FROM sqlite_master WHERE name = ?", (table,))
        info = await self.db.fetchall(f'PRAGMA table_info("{table}")')
        fks = {fk["from"]: fk for fk in await self.db.fetchall(f'PRAGMA foreign_key_list("{table}")')}
        pk_columns = [c for c in info if c["pk"]]
        values: dict[str, Any] = {}
        for column in info:
            name, declared = column["name"], (column["type"] or "").upper()
            required = bool(column["notnull"]) and column["dflt_value"] is None
            if name == target:
                values[name] = SUBJECT
            elif name.lower().endswith("user_id"):
                values[name] = next(_counter) + 5_000_000
            elif name in fks:
                fk = fks[name]
                if not required and not column["pk"]:
                    continue
                parent_rowid, parent_values = await self.build(fk["table"], None)
                values[name] = parent_values.get(fk["to"]) if fk["to"] else parent_rowid
                if values[name] is None:
                    values[name] = parent_rowid
            elif name.lower().endswith("_encrypted"):
                values[name] = self.cipher.encrypt(f"secret {next(_counter)}")
            elif len(pk_columns) == 1 and column["pk"] and "INT" in declared:
                continue  # rowid alias: let SQLite number it
            elif required or column["pk"]:
                checked = _check_value(sql, name)
                if checked is not None:
                    values[name] = checked
                elif "INT" in declared:
                    values[name] = next(_counter)
                elif "BLOB" in declared:
                    values[name] = f"blob{next(_counter)}".encode()
                elif "REAL" in declared or "FLOA" in declared:
                    values[name] = float(next(_counter))
                else:
                    values[name] = f"t{next(_counter)}"
        columns = ", ".join(f'"{c}"' for c in values)
        marks = ", ".join("?" for _ in values)
        try:
            rowid = await self.db.execute(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', list(values.values()))
        except sqlite3.Error as exc:
            pytest.fail(
                f"cannot build a test row for table {table!r} ({exc}); extend RowBuilder in "
                "tests/db/test_privacy_coverage.py so the privacy coverage test can see this table"
            )
        return rowid, values


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(tmp_path / "privacy.db")
    await migrate(database)
    yield database
    await database.close()


async def _build_all(db: Database, cipher: NoteCipher) -> list[Built]:
    builder = RowBuilder(db, cipher)
    built: list[Built] = []
    for table, info in sorted((await _tables(db)).items()):
        for column in _user_columns(info):
            rowid, values = await builder.build(table, column)
            built.append(Built(table, rowid, column, values))
    return built


def _expected_export(values: dict[str, Any], cipher: NoteCipher) -> dict[str, Any]:
    expected: dict[str, Any] = {}
    for key, value in values.items():
        if key.endswith("_encrypted"):
            expected[key.removesuffix("_encrypted")] = cipher.decrypt(value)
        elif isinstance(value, bytes):
            continue
        else:
            expected[key] = value
    return expected


async def test_privacy_schema_has_user_tables_including_checkins(db: Database) -> None:
    tables = {name for name, info in (await _tables(db)).items() if _user_columns(info)}
    assert {"checkin_members", "checkins", "checkin_answers", "schedules"} <= tables


async def test_privacy_every_user_id_column_is_exported_and_erased(db: Database) -> None:
    cipher = NoteCipher.generate()
    built = await _build_all(db, cipher)
    assert built, "no tables with user-id columns found"
    service = PrivacyService(db, cipher)

    exported = await service.export(SUBJECT, NOW)
    json.dumps(exported)  # the file the member gets must serialise
    for row in built:
        candidates = exported["tables"].get(row.table, [])
        want = _expected_export(row.values, cipher)
        assert any(all(c.get(k) == v for k, v in want.items()) for c in candidates), (
            f"{row.table}.{row.target}: row not in the export"
        )

    report = await service.erase(SUBJECT)
    assert report.total >= len(built)
    for row in built:
        found = await db.fetchone(f'SELECT * FROM "{row.table}" WHERE rowid = ?', (row.rowid,))
        if row.target == "user_id":
            assert found is None, f"{row.table}: row about the member survived erasure"
        else:
            assert found is not None, f"{row.table}: erasing {row.target} deleted someone else's row"
            assert found[row.target] is None, f"{row.table}.{row.target} still holds the member's id"
            for other in _user_columns(list(await db.fetchall(f'PRAGMA table_info("{row.table}")'))):
                if other != row.target and row.values.get(other) is not None:
                    assert found[other] == row.values[other], f"{row.table}.{other}: a stranger's id was changed"
    for table, info in (await _tables(db)).items():
        for column in _user_columns(info):
            left = await db.fetchval(f'SELECT count(*) FROM "{table}" WHERE "{column}" = ?', (SUBJECT,))
            assert left == 0, f"{table}.{column} still mentions the member after erasure"
    assert (await service.export(SUBJECT, NOW))["tables"] == {}


async def test_privacy_erase_leaves_other_members_alone(db: Database) -> None:
    cipher = NoteCipher.generate()
    await _build_all(db, cipher)
    tables = await _tables(db)
    before = {t: await db.fetchval(f'SELECT count(*) FROM "{t}"') for t in tables}
    about_subject = {
        t: await db.fetchval(f'SELECT count(*) FROM "{t}" WHERE user_id = ?', (SUBJECT,))
        for t, info in tables.items()
        if "user_id" in [c["name"] for c in info]
    }
    assert sum(about_subject.values()) > 0
    await PrivacyService(db, cipher).erase(SUBJECT)
    for table, count in before.items():
        after = await db.fetchval(f'SELECT count(*) FROM "{table}"')
        assert after == count - about_subject.get(table, 0), f"{table}: other members' rows changed"


async def test_privacy_future_table_is_covered_without_code_changes(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "future.db")
    try:
        shipped = load_migrations()
        future = Migration(
            len(shipped) + 1,
            "future_feature",
            "CREATE TABLE future_things (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, "
            "buddy_user_id INTEGER, secret_encrypted BLOB, label TEXT NOT NULL);",
        )
        await migrate(db, [*shipped, future])
        cipher = NoteCipher.generate()
        await db.execute(
            "INSERT INTO future_things (user_id, buddy_user_id, secret_encrypted, label) VALUES (?, ?, ?, 'mine')",
            (SUBJECT, 42, cipher.encrypt("hidden")),
        )
        await db.execute(
            "INSERT INTO future_things (user_id, buddy_user_id, label) VALUES (?, ?, 'theirs')", (42, SUBJECT)
        )
        service = PrivacyService(db, cipher)
        exported = (await service.export(SUBJECT, NOW))["tables"]["future_things"]
        assert {row["label"] for row in exported} == {"mine", "theirs"}
        assert next(r for r in exported if r["label"] == "mine")["secret"] == "hidden"
        await service.erase(SUBJECT)
        rows = await db.fetchall("SELECT user_id, buddy_user_id, label FROM future_things")
        assert [tuple(r) for r in rows] == [(42, None, "theirs")]
    finally:
        await db.close()


async def test_privacy_export_marks_notes_the_key_cannot_open(db: Database) -> None:
    old = NoteCipher.generate()
    await db.execute(
        "INSERT INTO checkins (user_id, run_key, local_date, prompt_ids, note_encrypted, created_at) "
        "VALUES (?, 'run:1', '2026-03-02', '', ?, 1)",
        (SUBJECT, old.encrypt("lost words")),
    )
    exported = await PrivacyService(db, NoteCipher.generate()).export(SUBJECT, NOW)
    row = exported["tables"]["checkins"][0]
    assert row["note"] == UNREADABLE
    assert "note_encrypted" not in row


async def test_privacy_columns_holding_member_ids_follow_the_naming_convention(db: Database) -> None:
    offenders = [
        f"{table}.{c['name']}"
        for table, info in (await _tables(db)).items()
        for c in info
        if "INT" in (c["type"] or "").upper()
        and SUSPICIOUS.search(c["name"].lower())
        and not c["name"].lower().endswith("user_id")
    ]
    assert offenders == [], (
        "these columns look like they hold a Discord user id but don't end in user_id, so privacy "
        f"export/erase would miss them: {offenders}"
    )
