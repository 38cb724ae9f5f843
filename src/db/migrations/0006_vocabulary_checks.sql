-- 0006: CHECK constraints for the closed vocabularies (issue 16.3), so a
-- value outside them cannot be written, by us or behind our back. SQLite
-- cannot add a constraint to a table: each table is rebuilt the documented
-- way (create the new table, copy, drop the old one, rename, recreate its
-- indexes), with foreign keys off and `ignore_check_constraints` on around
-- this migration (`migrate.rs`), so rows that already break a rule are
-- kept as they are, never changed or dropped: `check` names them, and the
-- constraint refuses every new one. The AUTOINCREMENT counters are kept,
-- so no removed id is ever given again. The lists match the domain's
-- vocabularies (`stored::vocabularies`; a unit test compares them).

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
        CHECK (gender IN ('female', 'male', 'other', 'unspecified')),
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
    address_changed          INTEGER NOT NULL DEFAULT 0 CHECK (address_changed IN (0, 1)),
    permit_changed           INTEGER NOT NULL DEFAULT 0 CHECK (permit_changed IN (0, 1)),
    permit_type              TEXT
        CHECK (permit_type IN ('work', 'study', 'family', 'residence', 'business', 'other', 'none')),
    permit_number            TEXT,
    permit_expiry            TEXT,
    passport_number          TEXT,
    consent_contact          INTEGER NOT NULL DEFAULT 0 CHECK (consent_contact IN (0, 1)),
    consent_share            INTEGER NOT NULL DEFAULT 0 CHECK (consent_share IN (0, 1)),
    status                   TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'moved-out', 'erased')),
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
        CHECK (category IN ('language', 'calligraphy', 'painting', 'tea', 'cuisine', 'music', 'martial-arts', 'festival', 'history', 'crafts', 'other')),
    kind              TEXT NOT NULL DEFAULT 'course' CHECK (kind IN ('course', 'event')),
    instructor        TEXT,
    venue             TEXT,
    capacity          INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),     -- 0 = unlimited
    language          TEXT,
    description       TEXT,
    status            TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
    -- the definition as given: `course export` writes it back, whatever
    -- later reschedules did to single sessions
    start             TEXT NOT NULL,
    duration_minutes  INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    repeat            TEXT NOT NULL DEFAULT 'none' CHECK (repeat IN ('none', 'daily', 'weekly')),
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
    status     TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
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
    status       TEXT NOT NULL CHECK (status IN ('enrolled', 'waitlisted')),
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
    status       TEXT NOT NULL CHECK (status IN ('present', 'absent')),
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
        CHECK (channel IN ('walk-in', 'phone', 'email', 'wechat', 'event', 'letter', 'other')),
    category      TEXT NOT NULL
        CHECK (category IN ('policy', 'visa-residence', 'housing', 'renovation', 'traffic', 'healthcare', 'education', 'employment', 'environment', 'public-safety', 'community-services', 'other')),
    language      TEXT,
    subject       TEXT NOT NULL,
    body          TEXT,
    department_id INTEGER REFERENCES departments(id),
    status        TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'forwarded', 'responded', 'closed')),
    response      TEXT,
    responded_at  TEXT,
    closed_at     TEXT,
    informed_via  TEXT
        CHECK (informed_via IN ('walk-in', 'phone', 'email', 'wechat', 'event', 'letter', 'other')),
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
    from_status  TEXT CHECK (from_status IN ('new', 'forwarded', 'responded', 'closed')),
    to_status    TEXT NOT NULL CHECK (to_status IN ('new', 'forwarded', 'responded', 'closed')),
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
    kind       TEXT NOT NULL CHECK (kind IN ('community', 'nationality')),
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
