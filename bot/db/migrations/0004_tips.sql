-- Daily tips. A tip schedule is a row in `schedules` (kind = 'tip', see 0002) plus its
-- options here; deleting the schedule deletes these rows.

CREATE TABLE tip_schedules (
    schedule_id  INTEGER PRIMARY KEY REFERENCES schedules (id) ON DELETE CASCADE,
    guild_id     INTEGER NOT NULL,
    category     TEXT,                 -- NULL = every category
    created_at   INTEGER NOT NULL
);
CREATE INDEX tip_schedules_guild ON tip_schedules (guild_id);

-- No-repeat rotation per schedule: a seeded shuffle of every eligible tip; `used` holds the
-- tips already posted in this cycle (JSON arrays of tip keys).
CREATE TABLE tip_rotation (
    schedule_id  INTEGER PRIMARY KEY REFERENCES schedules (id) ON DELETE CASCADE,
    cycle        INTEGER NOT NULL DEFAULT 0,
    order_json   TEXT    NOT NULL,
    used_json    TEXT    NOT NULL,
    last_tip     TEXT,
    updated_at   INTEGER NOT NULL
);

-- Tips a server's moderators wrote themselves (no author stored).
CREATE TABLE custom_tips (
    id           INTEGER PRIMARY KEY,
    guild_id     INTEGER NOT NULL,
    category     TEXT    NOT NULL,
    text         TEXT    NOT NULL,
    reflection   TEXT,
    created_at   INTEGER NOT NULL
);
CREATE INDEX custom_tips_guild ON custom_tips (guild_id);
