-- 0006: CHECK constraints for the closed vocabularies (issue 16.3), so a
-- value outside them cannot be written, by us or behind our back. SQLite
-- cannot add a constraint to a table: each table is rebuilt the documented
-- way (create the new table, copy, drop the old one, rename, recreate its
-- indexes), with foreign keys off and `ignore_check_constraints` on around
-- this migration (`migrate.rs`), so rows that already break a rule are
-- kept as they are, never changed or dropped: `check` names them, and the
-- constraint refuses every new one. The AUTOINCREMENT counters are kept,
-- so no removed id is ever given again. The lists match the domain's
-- vocabularies (`stored::vocabularies`; a unit test compares them). Each
-- is written `col = 'a' OR col = 'b' …`, not `col IN ('a', 'b' …)`: SQLite
-- builds a temporary table for an IN list at every insert, which made a
-- million-row import take 40% longer.

CREATE TEMP TABLE saved_sequence AS SELECT name, seq FROM sqlite_sequence;

CREATE TABLE new_residents (
    -- AUTOINCREMENT: the id of a removed resident is never given again
    id                       INTEGER PRIMARY KEY AUTOINCREMENT,
    external_id              TEXT,
    family_name              TEXT,
    given_name               TEXT,
    chinese_name             TEXT,
    nationality              TEXT NOT NULL,
    gender                   TEXT NOT NULL DEFAULT 'unspecified'
        CHECK (gender = 'female' OR gender = 'male' OR gender = 'other' OR gender = 'unspecified'),
    birth_date               TEXT,
    phone                    TEXT,
    email                    TEXT,
    wechat                   TEXT,
    community_id             INTEGER NOT NULL REFERENCES communities(id),
    address                  TEXT,
    languages                TEXT,
    arrival_date             TEXT,
    residence_registered_on  TEXT,
    -- set by `edit` when the address or the permit changed since the last
    -- registration; cleared by the next registration
    address_changed          INTEGER NOT NULL DEFAULT 0 CHECK (address_changed = 0 OR address_changed = 1),
    permit_changed           INTEGER NOT NULL DEFAULT 0 CHECK (permit_changed = 0 OR permit_changed = 1),
    permit_type              TEXT
        CHECK (permit_type = 'work' OR permit_type = 'study' OR permit_type = 'family' OR permit_type = 'residence' OR permit_type = 'business' OR permit_type = 'other' OR permit_type = 'none'),
    permit_number            TEXT,
    permit_expiry            TEXT,
    passport_number          TEXT,
    consent_contact          INTEGER NOT NULL DEFAULT 0 CHECK (consent_contact = 0 OR consent_contact = 1),
    consent_share            INTEGER NOT NULL DEFAULT 0 CHECK (consent_share = 0 OR consent_share = 1),
    status                   TEXT NOT NULL DEFAULT 'active'
        CHECK (status = 'active' OR status = 'moved-out' OR status = 'erased'),
    moved_out_on             TEXT,
    notes                    TEXT,
    -- folded family + given name, for the likely-duplicate rule
    name_key                 TEXT NOT NULL DEFAULT '',
    registered_at            TEXT NOT NULL,
    updated_at               TEXT NOT NULL,
    -- bumped by every change after the insert: `batch undo` refuses rows
    -- changed since their import
    rev                      INTEGER NOT NULL DEFAULT 0,
    batch_id                 INTEGER REFERENCES batches(id),
    erased_on                TEXT
);
INSERT INTO new_residents SELECT * FROM residents;
DROP TABLE residents;
ALTER TABLE new_residents RENAME TO residents;
CREATE UNIQUE INDEX residents_external_id ON residents(external_id)
    WHERE external_id IS NOT NULL;
CREATE UNIQUE INDEX residents_passport ON residents(passport_number, nationality)
    WHERE passport_number IS NOT NULL;
CREATE INDEX residents_permit ON residents(permit_number)
    WHERE permit_number IS NOT NULL;
CREATE INDEX residents_name_key
    ON residents(name_key, nationality, birth_date, community_id);
CREATE INDEX residents_community ON residents(community_id);

CREATE TABLE new_courses (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    code              TEXT,
    title             TEXT NOT NULL,
    title_zh          TEXT,
    category          TEXT NOT NULL
        CHECK (category = 'language' OR category = 'calligraphy' OR category = 'painting' OR category = 'tea' OR category = 'cuisine' OR category = 'music' OR category = 'martial-arts' OR category = 'festival' OR category = 'history' OR category = 'crafts' OR category = 'other'),
    kind              TEXT NOT NULL DEFAULT 'course' CHECK (kind = 'course' OR kind = 'event'),
    instructor        TEXT,
    venue             TEXT,
    capacity          INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),     -- 0 = unlimited
    language          TEXT,
    description       TEXT,
    status            TEXT NOT NULL DEFAULT 'scheduled' CHECK (status = 'scheduled' OR status = 'cancelled'),
    -- the definition as given: `course export` writes it back, whatever
    -- later reschedules did to single sessions
    start             TEXT NOT NULL,
    duration_minutes  INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    repeat            TEXT NOT NULL DEFAULT 'none' CHECK (repeat = 'none' OR repeat = 'daily' OR repeat = 'weekly'),
    count             INTEGER,
    until             TEXT,
    skip              TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
INSERT INTO new_courses SELECT * FROM courses;
DROP TABLE courses;
ALTER TABLE new_courses RENAME TO courses;
CREATE UNIQUE INDEX courses_code ON courses(code) WHERE code IS NOT NULL;

-- Times are RFC 3339 with +08:00, so text order is time order.
CREATE TABLE new_sessions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    course_id  INTEGER NOT NULL REFERENCES courses(id),
    starts_at  TEXT NOT NULL,
    ends_at    TEXT NOT NULL CHECK (ends_at > starts_at),
    venue      TEXT,
    status     TEXT NOT NULL DEFAULT 'scheduled' CHECK (status = 'scheduled' OR status = 'cancelled'),
    -- bumped by every reschedule or cancellation (iCalendar SEQUENCE)
    sequence   INTEGER NOT NULL DEFAULT 0
);
INSERT INTO new_sessions SELECT * FROM sessions;
DROP TABLE sessions;
ALTER TABLE new_sessions RENAME TO sessions;
CREATE INDEX sessions_course ON sessions(course_id, starts_at);
CREATE INDEX sessions_time ON sessions(starts_at);

CREATE TABLE new_enrollments (
    course_id    INTEGER NOT NULL REFERENCES courses(id),
    resident_id  INTEGER NOT NULL REFERENCES residents(id),
    status       TEXT NOT NULL CHECK (status = 'enrolled' OR status = 'waitlisted'),
    -- waitlist position 1..n, else NULL
    position     INTEGER CHECK ((status = 'enrolled' AND position IS NULL)
                             OR (status = 'waitlisted' AND position >= 1)),
    enrolled_at  TEXT NOT NULL,
    PRIMARY KEY (course_id, resident_id)
);
INSERT INTO new_enrollments SELECT * FROM enrollments;
DROP TABLE enrollments;
ALTER TABLE new_enrollments RENAME TO enrollments;
CREATE INDEX enrollments_resident ON enrollments(resident_id);

CREATE TABLE new_attendance (
    session_id   INTEGER NOT NULL REFERENCES sessions(id),
    resident_id  INTEGER NOT NULL REFERENCES residents(id),
    status       TEXT NOT NULL CHECK (status = 'present' OR status = 'absent'),
    marked_at    TEXT NOT NULL,
    PRIMARY KEY (session_id, resident_id)
);
INSERT INTO new_attendance SELECT * FROM attendance;
DROP TABLE attendance;
ALTER TABLE new_attendance RENAME TO attendance;
CREATE INDEX attendance_resident ON attendance(resident_id);

CREATE TABLE new_feedback (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    resident_id   INTEGER REFERENCES residents(id),    -- NULL: anonymous
    received_at   TEXT NOT NULL,                        -- RFC 3339, +08:00
    channel       TEXT NOT NULL
        CHECK (channel = 'walk-in' OR channel = 'phone' OR channel = 'email' OR channel = 'wechat' OR channel = 'event' OR channel = 'letter' OR channel = 'other'),
    category      TEXT NOT NULL
        CHECK (category = 'policy' OR category = 'visa-residence' OR category = 'housing' OR category = 'renovation' OR category = 'traffic' OR category = 'healthcare' OR category = 'education' OR category = 'employment' OR category = 'environment' OR category = 'public-safety' OR category = 'community-services' OR category = 'other'),
    language      TEXT,
    subject       TEXT NOT NULL,
    body          TEXT,
    department_id INTEGER REFERENCES departments(id),
    status        TEXT NOT NULL DEFAULT 'new'
        CHECK (status = 'new' OR status = 'forwarded' OR status = 'responded' OR status = 'closed'),
    response      TEXT,
    responded_at  TEXT,
    closed_at     TEXT,
    informed_via  TEXT
        CHECK (informed_via = 'walk-in' OR informed_via = 'phone' OR informed_via = 'email' OR informed_via = 'wechat' OR informed_via = 'event' OR informed_via = 'letter' OR informed_via = 'other'),
    due_on        TEXT NOT NULL,                        -- received date + SLA days
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    batch_id      INTEGER REFERENCES batches(id)
);
INSERT INTO new_feedback SELECT * FROM feedback;
DROP TABLE feedback;
ALTER TABLE new_feedback RENAME TO feedback;
CREATE INDEX feedback_status ON feedback(status, due_on);
CREATE INDEX feedback_resident ON feedback(resident_id) WHERE resident_id IS NOT NULL;
CREATE INDEX feedback_received ON feedback(received_at);

-- Every change of a feedback item: who, when, from → to, and a note.
CREATE TABLE new_feedback_history (
    id           INTEGER PRIMARY KEY,
    feedback_id  INTEGER NOT NULL REFERENCES feedback(id),
    at           TEXT NOT NULL,
    operator     TEXT NOT NULL,
    action       TEXT NOT NULL,                         -- log|forward|respond|close|import
    from_status  TEXT CHECK (from_status = 'new' OR from_status = 'forwarded' OR from_status = 'responded' OR from_status = 'closed'),
    to_status    TEXT NOT NULL CHECK (to_status = 'new' OR to_status = 'forwarded' OR to_status = 'responded' OR to_status = 'closed'),
    department   TEXT,                                  -- code, for forward
    note         TEXT
);
INSERT INTO new_feedback_history SELECT * FROM feedback_history;
DROP TABLE feedback_history;
ALTER TABLE new_feedback_history RENAME TO feedback_history;
CREATE INDEX feedback_history_item ON feedback_history(feedback_id, id);

-- A notice's audience: no rows = everyone. Values of one kind are
-- alternatives; the two kinds together must both match.
CREATE TABLE new_notice_audience (
    notice_id  INTEGER NOT NULL REFERENCES notices(id),
    kind       TEXT NOT NULL CHECK (kind = 'community' OR kind = 'nationality'),
    value      TEXT NOT NULL,                           -- community id | alpha-2
    PRIMARY KEY (notice_id, kind, value)
);
INSERT INTO new_notice_audience SELECT * FROM notice_audience;
DROP TABLE notice_audience;
ALTER TABLE new_notice_audience RENAME TO notice_audience;

-- The counters as they were (a dropped table takes its row with it).
INSERT INTO sqlite_sequence (name, seq)
    SELECT name, seq FROM saved_sequence
     WHERE name NOT IN (SELECT name FROM sqlite_sequence);
UPDATE sqlite_sequence
   SET seq = (SELECT s.seq FROM saved_sequence s WHERE s.name = sqlite_sequence.name)
 WHERE seq < (SELECT s.seq FROM saved_sequence s WHERE s.name = sqlite_sequence.name);
DROP TABLE saved_sequence;
