-- One scheduler for the whole bot (bot/scheduler.py). Every recurring or one-off job
-- (server tips, member check-ins, ...) is a row in `schedules`; feature tables hang their
-- own settings off schedules.id. Times are unix seconds UTC; the IANA zone and wall-clock
-- time are stored beside next_run_at so the next occurrence is recomputed in local time.

CREATE TABLE schedules (
    id           INTEGER PRIMARY KEY,
    kind         TEXT    NOT NULL,               -- handler name: 'tip', 'checkin', ...
    guild_id     INTEGER,
    channel_id   INTEGER,
    user_id      INTEGER,                        -- member schedules only (erased with the member)
    tz           TEXT    NOT NULL,               -- IANA name, e.g. 'Europe/Berlin'
    local_time   TEXT    NOT NULL,               -- 'HH:MM' on the wall clock in tz
    days         INTEGER NOT NULL DEFAULT 127,   -- Mon=1 .. Sun=64; 0 = one-off runs only
    next_run_at  INTEGER,                        -- NULL while paused or with nothing to run
    next_key     TEXT,                           -- occurrence key of next_run_at (local date)
    paused       INTEGER NOT NULL DEFAULT 0,
    pause_reason TEXT,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    CHECK (days BETWEEN 0 AND 127),
    CHECK ((next_run_at IS NULL) = (next_key IS NULL))
);

-- The scheduler's only hot query: due rows by time. Partial, so paused and finished rows
-- cost nothing.
CREATE INDEX schedules_due ON schedules (next_run_at) WHERE next_run_at IS NOT NULL;
CREATE INDEX schedules_member ON schedules (user_id, kind) WHERE user_id IS NOT NULL;
CREATE INDEX schedules_guild ON schedules (guild_id, kind) WHERE guild_id IS NOT NULL;

-- One row per claimed occurrence. UNIQUE(schedule_id, run_key) is what makes each
-- (schedule, local date) run once across restarts and processes.
CREATE TABLE schedule_runs (
    id           INTEGER PRIMARY KEY,
    schedule_id  INTEGER NOT NULL REFERENCES schedules (id) ON DELETE CASCADE,
    run_key      TEXT    NOT NULL,
    due_at       INTEGER NOT NULL,
    status       TEXT    NOT NULL CHECK (status IN ('claimed', 'sent', 'skipped', 'failed')),
    claimed_at   INTEGER NOT NULL,
    finished_at  INTEGER,
    owner        TEXT,                           -- process token of the claimer
    detail       TEXT,                           -- short reason for skipped/failed (no member text)
    UNIQUE (schedule_id, run_key)
);

CREATE INDEX schedule_runs_open ON schedule_runs (claimed_at) WHERE status = 'claimed';
CREATE INDEX schedule_runs_finished ON schedule_runs (finished_at) WHERE status <> 'claimed';
