-- 0003: courses and events, their sessions, enrollments and attendance.

CREATE TABLE courses (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    code              TEXT,
    title             TEXT NOT NULL,
    title_zh          TEXT,
    category          TEXT NOT NULL,
    kind              TEXT NOT NULL DEFAULT 'course',
    instructor        TEXT,
    venue             TEXT,
    capacity          INTEGER NOT NULL DEFAULT 0,     -- 0 = unlimited
    language          TEXT,
    description       TEXT,
    status            TEXT NOT NULL DEFAULT 'scheduled',
    -- the definition as given: `course export` writes it back, whatever
    -- later reschedules did to single sessions
    start             TEXT NOT NULL,
    duration_minutes  INTEGER NOT NULL,
    repeat            TEXT NOT NULL DEFAULT 'none',
    count             INTEGER,
    until             TEXT,
    skip              TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE UNIQUE INDEX courses_code ON courses(code) WHERE code IS NOT NULL;

-- Times are RFC 3339 with +08:00, so text order is time order.
CREATE TABLE sessions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    course_id  INTEGER NOT NULL REFERENCES courses(id),
    starts_at  TEXT NOT NULL,
    ends_at    TEXT NOT NULL,
    venue      TEXT,
    status     TEXT NOT NULL DEFAULT 'scheduled',
    -- bumped by every reschedule or cancellation (iCalendar SEQUENCE)
    sequence   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sessions_course ON sessions(course_id, starts_at);
CREATE INDEX sessions_time ON sessions(starts_at);

CREATE TABLE enrollments (
    course_id    INTEGER NOT NULL REFERENCES courses(id),
    resident_id  INTEGER NOT NULL REFERENCES residents(id),
    status       TEXT NOT NULL,             -- enrolled | waitlisted
    position     INTEGER,                   -- waitlist position 1..n, else NULL
    enrolled_at  TEXT NOT NULL,
    PRIMARY KEY (course_id, resident_id)
);
CREATE INDEX enrollments_resident ON enrollments(resident_id);

CREATE TABLE attendance (
    session_id   INTEGER NOT NULL REFERENCES sessions(id),
    resident_id  INTEGER NOT NULL REFERENCES residents(id),
    status       TEXT NOT NULL,             -- present | absent
    marked_at    TEXT NOT NULL,
    PRIMARY KEY (session_id, resident_id)
);
CREATE INDEX attendance_resident ON attendance(resident_id);
