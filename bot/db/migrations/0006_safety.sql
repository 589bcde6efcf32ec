-- Safety: crisis-language listener settings, crisis events and their outcomes, member
-- opt-outs and rate-limit state. NEVER message text: only ids, a category, times and the
-- moderators' outcome. Privacy convention (see 0001): "user_id" = the row is about that
-- member (deleted on erasure); other "*_user_id" columns are nulled on erasure.

-- Per-server listener settings (region and alert channel live in guild_settings).
CREATE TABLE safety_settings (
    guild_id              INTEGER PRIMARY KEY,
    listen_all_channels   INTEGER NOT NULL DEFAULT 1,      -- 0: only channels marked 'listen'
    auto_replies          INTEGER NOT NULL DEFAULT 1,      -- private DM to the member on a flag
    fallback_reminder     INTEGER NOT NULL DEFAULT 1,      -- gentle /resources reminder if the DM fails
    reply_cooldown_s      INTEGER NOT NULL DEFAULT 21600,  -- one automatic reply per member per 6 h
    alerts_per_hour       INTEGER NOT NULL DEFAULT 10,     -- alert rate limit per server
    fallback_cooldown_s   INTEGER NOT NULL DEFAULT 3600,   -- one reminder per channel per hour
    updated_at            INTEGER NOT NULL
);

-- Channels the moderators chose to listen in, or opted out of.
CREATE TABLE safety_channels (
    guild_id    INTEGER NOT NULL,
    channel_id  INTEGER NOT NULL,
    mode        TEXT NOT NULL CHECK (mode IN ('listen', 'ignore')),
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (guild_id, channel_id)
);

-- One row per flag, report, offer or test alert.
CREATE TABLE crisis_events (
    id                   INTEGER PRIMARY KEY,
    guild_id             INTEGER,
    channel_id           INTEGER,
    message_id           INTEGER,
    user_id              INTEGER,          -- the member it is about (NULL for /safety test)
    category             TEXT NOT NULL,
    source               TEXT NOT NULL
                         CHECK (source IN ('message', 'checkin_note', 'report', 'offer', 'test')),
    created_at           INTEGER NOT NULL,
    dm_status            TEXT NOT NULL DEFAULT 'none'
                         CHECK (dm_status IN ('none', 'sent', 'failed', 'cooldown', 'opted_out', 'disabled')),
    alert_status         TEXT NOT NULL DEFAULT 'none'
                         CHECK (alert_status IN ('none', 'sent', 'rate_limited', 'no_channel', 'failed', 'private')),
    alert_channel_id     INTEGER,
    alert_message_id     INTEGER,
    outcome              TEXT NOT NULL DEFAULT 'open'
                         CHECK (outcome IN ('open', 'claimed', 'resolved', 'false_positive')),
    claimed_by_user_id   INTEGER,
    claimed_at           INTEGER,
    closed_by_user_id    INTEGER,
    closed_at            INTEGER,
    reporter_user_id     INTEGER,          -- who reported it; never shown to the author
    talk_requested_at    INTEGER
);
CREATE INDEX crisis_events_guild_created ON crisis_events (guild_id, created_at);
CREATE INDEX crisis_events_user_created ON crisis_events (user_id, created_at);

-- Members who paused automatic replies ("I'm OK / pause these messages").
CREATE TABLE safety_optouts (
    user_id     INTEGER PRIMARY KEY,
    created_at  INTEGER NOT NULL
);

-- When each channel last got the fallback reminder (per-channel cooldown).
CREATE TABLE safety_fallbacks (
    channel_id  INTEGER PRIMARY KEY,
    guild_id    INTEGER NOT NULL,
    posted_at   INTEGER NOT NULL
);
