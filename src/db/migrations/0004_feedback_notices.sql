-- 0004: residents' feedback to the authorities (with its history), and
-- bilingual notices with their audience.

CREATE TABLE feedback (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    resident_id   INTEGER REFERENCES residents(id),    -- NULL: anonymous
    received_at   TEXT NOT NULL,                        -- RFC 3339, +08:00
    channel       TEXT NOT NULL,
    category      TEXT NOT NULL,
    language      TEXT,
    subject       TEXT NOT NULL,
    body          TEXT,
    department_id INTEGER REFERENCES departments(id),
    status        TEXT NOT NULL DEFAULT 'new',          -- new|forwarded|responded|closed
    response      TEXT,
    responded_at  TEXT,
    closed_at     TEXT,
    informed_via  TEXT,
    due_on        TEXT NOT NULL,                        -- received date + SLA days
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    batch_id      INTEGER REFERENCES batches(id)
);
CREATE INDEX feedback_status ON feedback(status, due_on);
CREATE INDEX feedback_resident ON feedback(resident_id) WHERE resident_id IS NOT NULL;
CREATE INDEX feedback_received ON feedback(received_at);

-- Every change of a feedback item: who, when, from → to, and a note.
CREATE TABLE feedback_history (
    id           INTEGER PRIMARY KEY,
    feedback_id  INTEGER NOT NULL REFERENCES feedback(id),
    at           TEXT NOT NULL,
    operator     TEXT NOT NULL,
    action       TEXT NOT NULL,                         -- log|forward|respond|close|import
    from_status  TEXT,
    to_status    TEXT NOT NULL,
    department   TEXT,                                  -- code, for forward
    note         TEXT
);
CREATE INDEX feedback_history_item ON feedback_history(feedback_id, id);

CREATE TABLE notices (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    title_en      TEXT NOT NULL,
    title_zh      TEXT NOT NULL,
    body_en       TEXT NOT NULL,
    body_zh       TEXT NOT NULL,
    title_ja      TEXT,
    body_ja       TEXT,
    category      TEXT,
    effective_on  TEXT,
    created_at    TEXT NOT NULL
);

-- A notice's audience: no rows = everyone. Values of one kind are
-- alternatives; the two kinds together must both match.
CREATE TABLE notice_audience (
    notice_id  INTEGER NOT NULL REFERENCES notices(id),
    kind       TEXT NOT NULL,                           -- community | nationality
    value      TEXT NOT NULL,                           -- community id | alpha-2
    PRIMARY KEY (notice_id, kind, value)
);
