-- Private check-ins. Only the member can ever see these rows; nothing here is shown to
-- moderators. Notes are stored only as Fernet ciphertext (note_encrypted), never as text.

-- One row per opted-in member: their choices at opt-in. The schedule itself lives in the
-- shared `schedules` table (kind 'checkin'); schedule_id points at it.
CREATE TABLE checkin_members (
    user_id            INTEGER PRIMARY KEY,
    guild_id           INTEGER,                 -- server the member opted in from (NULL: from DMs)
    schedule_id        INTEGER REFERENCES schedules (id) ON DELETE SET NULL,
    frequency          TEXT NOT NULL CHECK (frequency IN ('daily', 'weekdays', 'weekly')),
    weekday            INTEGER CHECK (weekday BETWEEN 0 AND 6),   -- Monday = 0, for 'weekly'
    local_time         TEXT NOT NULL,           -- 'HH:MM' in tz
    tz                 TEXT NOT NULL,           -- IANA name
    notify_moderators  INTEGER NOT NULL DEFAULT 0,
    paused             INTEGER NOT NULL DEFAULT 0,
    paused_until       INTEGER,                 -- NULL with paused = 1: until /checkin resume
    dm_channel_id      INTEGER,                 -- cached so a check-in costs one request
    unreachable_at     INTEGER,                 -- DMs closed (Discord error 50007)
    unreachable_told_at INTEGER,                -- when we told the member how to fix it
    consented_at       INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
);

-- One row per check-in sent. A partial check-in (only a mood, say) is kept as it is.
CREATE TABLE checkins (
    id              INTEGER PRIMARY KEY,
    user_id         INTEGER NOT NULL,
    run_key         TEXT NOT NULL,              -- scheduler run key, or 'now:<unix>' for /checkin now
    local_date      TEXT NOT NULL,              -- YYYY-MM-DD in the member's time zone when sent
    prompt_ids      TEXT NOT NULL,              -- comma-separated content prompt ids asked
    status          TEXT NOT NULL DEFAULT 'open'
                    CHECK (status IN ('open', 'snoozed', 'done', 'skipped', 'closed')),
    mood            INTEGER CHECK (mood BETWEEN 1 AND 5),
    mood_at         INTEGER,
    note_encrypted  BLOB,
    note_at         INTEGER,
    channel_id      INTEGER,
    message_id      INTEGER,
    created_at      INTEGER NOT NULL,
    closed_at       INTEGER,
    UNIQUE (user_id, run_key)
);
CREATE INDEX checkins_user_created ON checkins (user_id, created_at);
CREATE INDEX checkins_created ON checkins (created_at);

CREATE TABLE checkin_answers (
    checkin_id   INTEGER NOT NULL REFERENCES checkins (id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL,
    prompt_id    TEXT NOT NULL,
    answer       TEXT NOT NULL CHECK (answer IN ('yes', 'partly', 'no')),
    answered_at  INTEGER NOT NULL,
    PRIMARY KEY (checkin_id, prompt_id)
);
CREATE INDEX checkin_answers_user ON checkin_answers (user_id);
