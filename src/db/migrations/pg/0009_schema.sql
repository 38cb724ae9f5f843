-- The whole schema at version 9, the first version of the shared mode
-- (SPEC §10): the same tables, columns, keys and rules as SQLite's after
-- migrations 0001-0009. Text sorts and compares byte by byte (COLLATE "C"),
-- as in SQLite, whatever the database's own locale. Later migrations come
-- as a pair: migrations/NNNN_*.sql and migrations/pg/NNNN_*.sql.

-- SQLite gives a row without an id the next one; these sequences and the
-- trigger below do the same, and an explicit id moves the sequence past it.
CREATE FUNCTION expatdesk_fill_id() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    seq regclass := (TG_TABLE_NAME || '_id_seq')::regclass;
BEGIN
    IF NEW.id IS NULL THEN
        NEW.id := nextval(seq);
    ELSIF NEW.id > coalesce(pg_sequence_last_value(seq), 0) THEN
        PERFORM setval(seq, NEW.id);
    END IF;
    RETURN NEW;
END $$;

-- Functions SQLite has and the stores use.
CREATE FUNCTION instr(haystack text, needle text) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT strpos(haystack, needle)::bigint $$;
CREATE FUNCTION typeof(value anyelement) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN value IS NULL THEN 'null'
        WHEN pg_typeof(value) IN ('bigint'::regtype, 'integer'::regtype, 'smallint'::regtype) THEN 'integer'
        WHEN pg_typeof(value) IN ('double precision'::regtype, 'real'::regtype, 'numeric'::regtype) THEN 'real'
        WHEN pg_typeof(value) = 'bytea'::regtype THEN 'blob'
        ELSE 'text' END $$;
CREATE FUNCTION expatdesk_json_ids(list text) RETURNS TABLE (value bigint)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT x::bigint FROM json_array_elements_text(list::json) AS x $$;
CREATE FUNCTION expatdesk_seconds(stamp text) RETURNS double precision
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT extract(epoch FROM stamp::timestamptz)::double precision $$;
CREATE FUNCTION julianday(stamp text) RETURNS double precision
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT expatdesk_seconds(stamp) / 86400.0 + 2440587.5 $$;

-- Our aggregates `median(x)` and `median_days(from, to)` (db/functions.rs).
CREATE FUNCTION expatdesk_median_final(xs double precision[]) RETURNS double precision
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM unnest(xs) AS x $$;
CREATE AGGREGATE median(double precision) (
    SFUNC = array_append, STYPE = double precision[], INITCOND = '{}',
    FINALFUNC = expatdesk_median_final);
CREATE FUNCTION expatdesk_days_step(acc double precision[], from_at text, to_at text)
    RETURNS double precision[] LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN from_at ~ '^\d{4}-\d\d-\d\dT' AND to_at ~ '^\d{4}-\d\d-\d\dT'
        THEN acc || ((expatdesk_seconds(to_at) - expatdesk_seconds(from_at)) / 86400.0)
        ELSE acc END $$;
CREATE AGGREGATE median_days(text, text) (
    SFUNC = expatdesk_days_step, STYPE = double precision[], INITCOND = '{}',
    FINALFUNC = expatdesk_median_final);

CREATE TABLE schema_version (
    version  BIGINT NOT NULL
);

CREATE SEQUENCE communities_id_seq;
CREATE TABLE communities (
    id          BIGINT PRIMARY KEY,
    name        TEXT COLLATE "C" NOT NULL,
    name_zh     TEXT COLLATE "C",
    name_key    TEXT COLLATE "C" NOT NULL UNIQUE,
    created_at  TEXT COLLATE "C" NOT NULL
);

CREATE SEQUENCE departments_id_seq;
CREATE TABLE departments (
    id             BIGINT PRIMARY KEY,
    code           TEXT COLLATE "C" NOT NULL UNIQUE,
    name_en        TEXT COLLATE "C" NOT NULL,
    name_zh        TEXT COLLATE "C" NOT NULL,
    short_name_zh  TEXT COLLATE "C"
);

CREATE SEQUENCE audit_id_seq;
CREATE TABLE audit (
    id           BIGINT PRIMARY KEY,
    at           TEXT COLLATE "C" NOT NULL,
    operator     TEXT COLLATE "C" NOT NULL,
    action       TEXT COLLATE "C" NOT NULL,
    entity       TEXT COLLATE "C" NOT NULL,
    entity_id    BIGINT,
    detail       TEXT COLLATE "C" NOT NULL DEFAULT '',
    resident_id  BIGINT
);
CREATE INDEX audit_entity ON audit(entity, entity_id);
CREATE INDEX audit_resident ON audit(resident_id) WHERE resident_id IS NOT NULL;

CREATE TABLE settings (
    key    TEXT COLLATE "C" PRIMARY KEY,
    value  TEXT COLLATE "C" NOT NULL
);

CREATE SEQUENCE batches_id_seq;
CREATE TABLE batches (
    id          BIGINT PRIMARY KEY,
    kind        TEXT COLLATE "C" NOT NULL,
    source      TEXT COLLATE "C" NOT NULL,
    started_at  TEXT COLLATE "C" NOT NULL,
    operator    TEXT COLLATE "C" NOT NULL,
    inserted    BIGINT NOT NULL DEFAULT 0,
    updated     BIGINT NOT NULL DEFAULT 0,
    skipped     BIGINT NOT NULL DEFAULT 0,
    rejected    BIGINT NOT NULL DEFAULT 0,
    undone_at   TEXT COLLATE "C"
);

CREATE TABLE batch_changes (
    batch_id     BIGINT NOT NULL REFERENCES batches(id),
    entity       TEXT COLLATE "C" NOT NULL,
    entity_id    BIGINT NOT NULL,
    before_json  TEXT COLLATE "C",
    rev_after    BIGINT,
    PRIMARY KEY (batch_id, entity, entity_id)
);

CREATE SEQUENCE notices_id_seq;
CREATE TABLE notices (
    id            BIGINT PRIMARY KEY,
    title_en      TEXT COLLATE "C" NOT NULL,
    title_zh      TEXT COLLATE "C" NOT NULL,
    body_en       TEXT COLLATE "C" NOT NULL,
    body_zh       TEXT COLLATE "C" NOT NULL,
    title_ja      TEXT COLLATE "C",
    body_ja       TEXT COLLATE "C",
    category      TEXT COLLATE "C",
    effective_on  TEXT COLLATE "C",
    created_at    TEXT COLLATE "C" NOT NULL
);

CREATE SEQUENCE residents_id_seq;
CREATE TABLE residents (
    id                       BIGINT PRIMARY KEY,
    external_id              TEXT COLLATE "C",
    family_name              TEXT COLLATE "C",
    given_name               TEXT COLLATE "C",
    chinese_name             TEXT COLLATE "C",
    nationality              TEXT COLLATE "C" NOT NULL,
    gender                   TEXT COLLATE "C" NOT NULL DEFAULT 'unspecified'
        CHECK (gender = 'female' OR gender = 'male' OR gender = 'other' OR gender = 'unspecified'),
    birth_date               TEXT COLLATE "C",
    phone                    TEXT COLLATE "C",
    email                    TEXT COLLATE "C",
    wechat                   TEXT COLLATE "C",
    community_id             BIGINT NOT NULL REFERENCES communities(id),
    address                  TEXT COLLATE "C",
    languages                TEXT COLLATE "C",
    arrival_date             TEXT COLLATE "C",
    residence_registered_on  TEXT COLLATE "C",
    address_changed          BIGINT NOT NULL DEFAULT 0 CHECK (address_changed = 0 OR address_changed = 1),
    permit_changed           BIGINT NOT NULL DEFAULT 0 CHECK (permit_changed = 0 OR permit_changed = 1),
    permit_type              TEXT COLLATE "C"
        CHECK (permit_type = 'work' OR permit_type = 'study' OR permit_type = 'family' OR permit_type = 'residence' OR permit_type = 'business' OR permit_type = 'other' OR permit_type = 'none'),
    permit_number            TEXT COLLATE "C",
    permit_expiry            TEXT COLLATE "C",
    passport_number          TEXT COLLATE "C",
    consent_contact          BIGINT NOT NULL DEFAULT 0 CHECK (consent_contact = 0 OR consent_contact = 1),
    consent_share            BIGINT NOT NULL DEFAULT 0 CHECK (consent_share = 0 OR consent_share = 1),
    status                   TEXT COLLATE "C" NOT NULL DEFAULT 'active'
        CHECK (status = 'active' OR status = 'moved-out' OR status = 'erased'),
    moved_out_on             TEXT COLLATE "C",
    notes                    TEXT COLLATE "C",
    name_key                 TEXT COLLATE "C" NOT NULL DEFAULT '',
    registered_at            TEXT COLLATE "C" NOT NULL,
    updated_at               TEXT COLLATE "C" NOT NULL,
    rev                      BIGINT NOT NULL DEFAULT 0,
    batch_id                 BIGINT REFERENCES batches(id),
    erased_on                TEXT COLLATE "C"
);
CREATE UNIQUE INDEX residents_external_id ON residents(external_id)
    WHERE external_id IS NOT NULL;
CREATE UNIQUE INDEX residents_passport ON residents(passport_number, nationality)
    WHERE passport_number IS NOT NULL;
CREATE INDEX residents_permit ON residents(permit_number)
    WHERE permit_number IS NOT NULL;
CREATE INDEX residents_name_key
    ON residents(name_key, nationality, birth_date, community_id);
-- NULLS FIRST where a list orders by a column that may be NULL: SQLite's
-- order (the dialect spells it out), read from the index.
CREATE INDEX residents_status_expiry ON residents(status, permit_expiry NULLS FIRST);
CREATE INDEX residents_nationality ON residents(nationality, status);
CREATE INDEX residents_community ON residents(community_id, status);
CREATE INDEX residents_due ON residents(status, coalesce(arrival_date, '9999-12-31') NULLS FIRST, id)
    WHERE status = 'active' AND (residence_registered_on IS NULL
        OR residence_registered_on < arrival_date OR address_changed = 1 OR permit_changed = 1);

CREATE TABLE resident_search (
    resident_id  BIGINT PRIMARY KEY REFERENCES residents(id) ON DELETE CASCADE,
    haystack     TEXT COLLATE "C" NOT NULL
);

CREATE SEQUENCE courses_id_seq;
CREATE TABLE courses (
    id                BIGINT PRIMARY KEY,
    code              TEXT COLLATE "C",
    title             TEXT COLLATE "C" NOT NULL,
    title_zh          TEXT COLLATE "C",
    category          TEXT COLLATE "C" NOT NULL
        CHECK (category = 'language' OR category = 'calligraphy' OR category = 'painting' OR category = 'tea' OR category = 'cuisine' OR category = 'music' OR category = 'martial-arts' OR category = 'festival' OR category = 'history' OR category = 'crafts' OR category = 'other'),
    kind              TEXT COLLATE "C" NOT NULL DEFAULT 'course' CHECK (kind = 'course' OR kind = 'event'),
    instructor        TEXT COLLATE "C",
    venue             TEXT COLLATE "C",
    capacity          BIGINT NOT NULL DEFAULT 0 CHECK (capacity >= 0),
    language          TEXT COLLATE "C",
    description       TEXT COLLATE "C",
    status            TEXT COLLATE "C" NOT NULL DEFAULT 'scheduled' CHECK (status = 'scheduled' OR status = 'cancelled'),
    start             TEXT COLLATE "C" NOT NULL,
    duration_minutes  BIGINT NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    repeat            TEXT COLLATE "C" NOT NULL DEFAULT 'none' CHECK (repeat = 'none' OR repeat = 'daily' OR repeat = 'weekly'),
    count             BIGINT,
    until             TEXT COLLATE "C",
    skip              TEXT COLLATE "C",
    created_at        TEXT COLLATE "C" NOT NULL,
    updated_at        TEXT COLLATE "C" NOT NULL
);
CREATE UNIQUE INDEX courses_code ON courses(code) WHERE code IS NOT NULL;

CREATE SEQUENCE sessions_id_seq;
CREATE TABLE sessions (
    id         BIGINT PRIMARY KEY,
    course_id  BIGINT NOT NULL REFERENCES courses(id),
    starts_at  TEXT COLLATE "C" NOT NULL,
    ends_at    TEXT COLLATE "C" NOT NULL CHECK (ends_at > starts_at),
    venue      TEXT COLLATE "C",
    status     TEXT COLLATE "C" NOT NULL DEFAULT 'scheduled' CHECK (status = 'scheduled' OR status = 'cancelled'),
    sequence   BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX sessions_course ON sessions(course_id, starts_at);
CREATE INDEX sessions_time ON sessions(starts_at);

CREATE TABLE enrollments (
    course_id    BIGINT NOT NULL REFERENCES courses(id),
    resident_id  BIGINT NOT NULL REFERENCES residents(id),
    status       TEXT COLLATE "C" NOT NULL CHECK (status = 'enrolled' OR status = 'waitlisted'),
    position     BIGINT CHECK ((status = 'enrolled' AND position IS NULL)
                             OR (status = 'waitlisted' AND position >= 1)),
    enrolled_at  TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (course_id, resident_id)
);
CREATE INDEX enrollments_resident ON enrollments(resident_id);

CREATE TABLE attendance (
    session_id   BIGINT NOT NULL REFERENCES sessions(id),
    resident_id  BIGINT NOT NULL REFERENCES residents(id),
    status       TEXT COLLATE "C" NOT NULL CHECK (status = 'present' OR status = 'absent'),
    marked_at    TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (session_id, resident_id)
);
CREATE INDEX attendance_resident ON attendance(resident_id);

CREATE SEQUENCE feedback_id_seq;
CREATE TABLE feedback (
    id            BIGINT PRIMARY KEY,
    resident_id   BIGINT REFERENCES residents(id),
    received_at   TEXT COLLATE "C" NOT NULL,
    channel       TEXT COLLATE "C" NOT NULL
        CHECK (channel = 'walk-in' OR channel = 'phone' OR channel = 'email' OR channel = 'wechat' OR channel = 'event' OR channel = 'letter' OR channel = 'other'),
    category      TEXT COLLATE "C" NOT NULL
        CHECK (category = 'policy' OR category = 'visa-residence' OR category = 'housing' OR category = 'renovation' OR category = 'traffic' OR category = 'healthcare' OR category = 'education' OR category = 'employment' OR category = 'environment' OR category = 'public-safety' OR category = 'community-services' OR category = 'other'),
    language      TEXT COLLATE "C",
    subject       TEXT COLLATE "C" NOT NULL,
    body          TEXT COLLATE "C",
    department_id BIGINT REFERENCES departments(id),
    status        TEXT COLLATE "C" NOT NULL DEFAULT 'new'
        CHECK (status = 'new' OR status = 'forwarded' OR status = 'responded' OR status = 'closed'),
    response      TEXT COLLATE "C",
    responded_at  TEXT COLLATE "C",
    closed_at     TEXT COLLATE "C",
    informed_via  TEXT COLLATE "C"
        CHECK (informed_via = 'walk-in' OR informed_via = 'phone' OR informed_via = 'email' OR informed_via = 'wechat' OR informed_via = 'event' OR informed_via = 'letter' OR informed_via = 'other'),
    due_on        TEXT COLLATE "C" NOT NULL,
    created_at    TEXT COLLATE "C" NOT NULL,
    updated_at    TEXT COLLATE "C" NOT NULL,
    batch_id      BIGINT REFERENCES batches(id)
);
CREATE INDEX feedback_resident ON feedback(resident_id) WHERE resident_id IS NOT NULL;
CREATE INDEX feedback_received ON feedback(received_at);
CREATE INDEX feedback_open_due ON feedback(due_on, id) WHERE status IN ('new', 'forwarded');

CREATE SEQUENCE feedback_history_id_seq;
CREATE TABLE feedback_history (
    id           BIGINT PRIMARY KEY,
    feedback_id  BIGINT NOT NULL REFERENCES feedback(id),
    at           TEXT COLLATE "C" NOT NULL,
    operator     TEXT COLLATE "C" NOT NULL,
    action       TEXT COLLATE "C" NOT NULL,
    from_status  TEXT COLLATE "C" CHECK (from_status = 'new' OR from_status = 'forwarded' OR from_status = 'responded' OR from_status = 'closed'),
    to_status    TEXT COLLATE "C" NOT NULL CHECK (to_status = 'new' OR to_status = 'forwarded' OR to_status = 'responded' OR to_status = 'closed'),
    department   TEXT COLLATE "C",
    note         TEXT COLLATE "C"
);
CREATE INDEX feedback_history_item ON feedback_history(feedback_id, id);

CREATE TABLE notice_audience (
    notice_id  BIGINT NOT NULL REFERENCES notices(id),
    kind       TEXT COLLATE "C" NOT NULL CHECK (kind = 'community' OR kind = 'nationality'),
    value      TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (notice_id, kind, value)
);

CREATE TRIGGER communities_id BEFORE INSERT ON communities FOR EACH ROW EXECUTE FUNCTION expatdesk_fill_id();
CREATE TRIGGER departments_id BEFORE INSERT ON departments FOR EACH ROW EXECUTE FUNCTION expatdesk_fill_id();
CREATE TRIGGER audit_id BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION expatdesk_fill_id();
CREATE TRIGGER batches_id BEFORE INSERT ON batches FOR EACH ROW EXECUTE FUNCTION expatdesk_fill_id();
CREATE TRIGGER notices_id BEFORE INSERT ON notices FOR EACH ROW EXECUTE FUNCTION expatdesk_fill_id();
CREATE TRIGGER residents_id BEFORE INSERT ON residents FOR EACH ROW EXECUTE FUNCTION expatdesk_fill_id();
CREATE TRIGGER courses_id BEFORE INSERT ON courses FOR EACH ROW EXECUTE FUNCTION expatdesk_fill_id();
CREATE TRIGGER sessions_id BEFORE INSERT ON sessions FOR EACH ROW EXECUTE FUNCTION expatdesk_fill_id();
CREATE TRIGGER feedback_id BEFORE INSERT ON feedback FOR EACH ROW EXECUTE FUNCTION expatdesk_fill_id();
CREATE TRIGGER feedback_history_id BEFORE INSERT ON feedback_history FOR EACH ROW EXECUTE FUNCTION expatdesk_fill_id();

-- SQLite's date(day, '+N days'), the one form of it the stores use.
CREATE FUNCTION date(day text, modifier text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_char(day::date + regexp_replace(modifier, '\s*days?$', '')::integer, 'YYYY-MM-DD') $$;

-- SQLite's group_concat(id): the ids in input order, comma-separated.
CREATE FUNCTION expatdesk_concat_step(acc text, id bigint) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN id IS NULL THEN acc WHEN acc IS NULL THEN id::text ELSE acc || ',' || id::text END $$;
CREATE AGGREGATE group_concat(bigint) (SFUNC = expatdesk_concat_step, STYPE = text);
