-- 0002: import batches, so an import can be listed and undone.

CREATE TABLE batches (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,          -- what was imported: 'resident'
    source      TEXT NOT NULL,          -- file name, or '-' for stdin
    started_at  TEXT NOT NULL,
    operator    TEXT NOT NULL,
    inserted    INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    rejected    INTEGER NOT NULL DEFAULT 0,
    undone_at   TEXT
);

-- Rows a batch inserted carry its id; rows it updated keep their former
-- values here (JSON), with the revision the batch left them at.
-- No index on batch_id: only `batch undo` looks rows up by it, and a scan
-- there costs less than keeping an index through every bulk load.
ALTER TABLE residents ADD COLUMN batch_id INTEGER REFERENCES batches(id);

CREATE TABLE batch_changes (
    batch_id     INTEGER NOT NULL REFERENCES batches(id),
    entity       TEXT NOT NULL,         -- 'resident' (updated) or 'community' (created)
    entity_id    INTEGER NOT NULL,
    before_json  TEXT,
    rev_after    INTEGER,
    PRIMARY KEY (batch_id, entity, entity_id)
);
