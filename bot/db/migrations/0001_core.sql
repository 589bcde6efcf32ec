-- Core tables.
-- Privacy convention (enforced by tests/db/test_privacy_coverage.py): every column that holds
-- a Discord user id ends in "user_id". A column named exactly "user_id" means the row is about
-- that member and is deleted on erasure; any other "*_user_id" column is set to NULL.

CREATE TABLE guild_settings (
    guild_id           INTEGER PRIMARY KEY,
    moderator_role_id  INTEGER,
    alert_channel_id   INTEGER,
    region             TEXT NOT NULL DEFAULT 'US',
    quizzes_enabled    INTEGER NOT NULL DEFAULT 1,
    tips_enabled       INTEGER NOT NULL DEFAULT 1,
    safety_enabled     INTEGER NOT NULL DEFAULT 1,
    updated_at         INTEGER NOT NULL
);

CREATE TABLE bot_meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
