-- 0001: communities, departments, residents and their search index, the
-- audit log and settings.

CREATE TABLE communities (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    name_zh     TEXT,
    -- folded name: communities are matched case- and accent-insensitively
    name_key    TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL
);

CREATE TABLE departments (
    id       INTEGER PRIMARY KEY,
    code     TEXT NOT NULL UNIQUE,
    name_en  TEXT NOT NULL,
    name_zh  TEXT NOT NULL
);

CREATE TABLE residents (
    -- AUTOINCREMENT: the id of a removed resident is never given again
    id                       INTEGER PRIMARY KEY AUTOINCREMENT,
    external_id              TEXT,
    family_name              TEXT,
    given_name               TEXT,
    chinese_name             TEXT,
    nationality              TEXT NOT NULL,
    gender                   TEXT NOT NULL DEFAULT 'unspecified',
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
    address_changed          INTEGER NOT NULL DEFAULT 0,
    permit_changed           INTEGER NOT NULL DEFAULT 0,
    permit_type              TEXT,
    permit_number            TEXT,
    permit_expiry            TEXT,
    passport_number          TEXT,
    consent_contact          INTEGER NOT NULL DEFAULT 0,
    consent_share            INTEGER NOT NULL DEFAULT 0,
    status                   TEXT NOT NULL DEFAULT 'active',
    moved_out_on             TEXT,
    notes                    TEXT,
    -- folded family + given name, for the likely-duplicate rule
    name_key                 TEXT NOT NULL DEFAULT '',
    registered_at            TEXT NOT NULL,
    updated_at               TEXT NOT NULL,
    -- bumped by every change after the insert: `batch undo` refuses rows
    -- changed since their import
    rev                      INTEGER NOT NULL DEFAULT 0
);
-- Named indexes (no inline UNIQUE) so a bulk import may rebuild them.
CREATE UNIQUE INDEX residents_external_id ON residents(external_id)
    WHERE external_id IS NOT NULL;
CREATE UNIQUE INDEX residents_passport ON residents(passport_number, nationality)
    WHERE passport_number IS NOT NULL;
CREATE INDEX residents_permit ON residents(permit_number)
    WHERE permit_number IS NOT NULL;
-- covering for the likely-duplicate rule
CREATE INDEX residents_name_key
    ON residents(name_key, nationality, birth_date, community_id);
CREATE INDEX residents_community ON residents(community_id);

-- A narrow copy of what `resident find` searches, folded: scanning it reads
-- a fraction of the pages of the residents table.
CREATE TABLE resident_search (
    resident_id  INTEGER PRIMARY KEY REFERENCES residents(id) ON DELETE CASCADE,
    haystack     TEXT NOT NULL
);

CREATE TABLE audit (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    operator   TEXT NOT NULL,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  INTEGER,
    detail     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_entity ON audit(entity, entity_id);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
