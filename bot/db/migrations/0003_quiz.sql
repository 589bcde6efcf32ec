-- Quizzes: server-imported quizzes, solo sessions and answers, saved reflections, group sessions.
-- Privacy convention: "user_id" = the row is about that member (deleted on erasure);
-- other "*_user_id" columns are set to NULL on erasure.

-- A moderator-imported quiz, kept as the TOML text it was validated from.
CREATE TABLE quiz_server_quizzes (
    guild_id             INTEGER NOT NULL,
    quiz_id              TEXT NOT NULL,
    title                TEXT NOT NULL,
    kind                 TEXT NOT NULL CHECK (kind IN ('knowledge', 'reflection')),
    question_count       INTEGER NOT NULL,
    source_toml          TEXT NOT NULL,
    imported_by_user_id  INTEGER,
    created_at           INTEGER NOT NULL,
    PRIMARY KEY (guild_id, quiz_id)
);

-- A solo run. Reflection runs keep no answers here: those stay in memory until the member
-- presses "save to my history" (quiz_reflections).
CREATE TABLE quiz_sessions (
    id            INTEGER PRIMARY KEY,
    user_id       INTEGER NOT NULL,
    guild_id      INTEGER,
    quiz_id       TEXT NOT NULL,
    quiz_source   TEXT NOT NULL CHECK (quiz_source IN ('shipped', 'server')),
    kind          TEXT NOT NULL CHECK (kind IN ('knowledge', 'reflection')),
    question_ids  TEXT NOT NULL,           -- JSON list of stable question ids, in asked order
    position      INTEGER NOT NULL DEFAULT 0,  -- index of the next unanswered question
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'finished', 'abandoned')),
    started_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    finished_at   INTEGER
);
CREATE INDEX quiz_sessions_by_user ON quiz_sessions (user_id, status);

-- One answer per (session, question): a double click cannot count twice.
CREATE TABLE quiz_answers (
    session_id      INTEGER NOT NULL REFERENCES quiz_sessions (id) ON DELETE CASCADE,
    question_index  INTEGER NOT NULL,
    user_id         INTEGER NOT NULL,
    question_id     TEXT NOT NULL,
    theme           TEXT NOT NULL,
    choice_id       TEXT NOT NULL,
    correct         INTEGER NOT NULL,
    answered_at     INTEGER NOT NULL,
    PRIMARY KEY (session_id, question_index)
);
CREATE INDEX quiz_answers_by_user ON quiz_answers (user_id);

-- A self-reflection the member chose to keep.
CREATE TABLE quiz_reflections (
    id            INTEGER PRIMARY KEY,
    user_id       INTEGER NOT NULL,
    session_id    INTEGER UNIQUE REFERENCES quiz_sessions (id) ON DELETE SET NULL,
    quiz_id       TEXT NOT NULL,
    answers_json  TEXT NOT NULL,   -- {"statement id": scale point 1..5}
    leans_json    TEXT NOT NULL,   -- {"theme": "balance" | "mixed" | "self-abandonment"}
    saved_at      INTEGER NOT NULL
);
CREATE INDEX quiz_reflections_by_user ON quiz_reflections (user_id);

CREATE TABLE quiz_group_sessions (
    id                  INTEGER PRIMARY KEY,
    guild_id            INTEGER NOT NULL,
    channel_id          INTEGER NOT NULL,
    quiz_id             TEXT NOT NULL,
    quiz_source         TEXT NOT NULL CHECK (quiz_source IN ('shipped', 'server')),
    question_ids        TEXT NOT NULL,
    seconds             INTEGER NOT NULL,
    started_by_user_id  INTEGER,
    status              TEXT NOT NULL DEFAULT 'running'
                        CHECK (status IN ('running', 'finished', 'stopped', 'interrupted')),
    current_index       INTEGER NOT NULL DEFAULT -1,
    accepting           INTEGER NOT NULL DEFAULT 0,  -- 1 while the current question takes answers
    deadline_at         INTEGER,                     -- unix seconds when the current question closes
    started_at          INTEGER NOT NULL,
    ended_at            INTEGER
);
-- One running group quiz per channel, enforced by the database rather than by a check-then-insert.
CREATE UNIQUE INDEX quiz_group_one_per_channel ON quiz_group_sessions (channel_id) WHERE status = 'running';

-- A member's latest answer to one group question (they may change it until time is up).
CREATE TABLE quiz_group_answers (
    group_id        INTEGER NOT NULL REFERENCES quiz_group_sessions (id) ON DELETE CASCADE,
    question_index  INTEGER NOT NULL,
    user_id         INTEGER NOT NULL,
    choice_id       TEXT NOT NULL,
    answered_at     INTEGER NOT NULL,
    PRIMARY KEY (group_id, question_index, user_id)
);
CREATE INDEX quiz_group_answers_by_user ON quiz_group_answers (user_id);
