-- 0005: erasure and the audit trail of one resident.

-- The day `resident erase` ran: an erased resident counts as active up to
-- the day before (reports by date).
ALTER TABLE residents ADD COLUMN erased_on TEXT;

-- The resident an entry concerns when its entity is something else (a
-- course roster, a feedback item): `audit list --resident` and the
-- subject export find them by it.
ALTER TABLE audit ADD COLUMN resident_id INTEGER;

-- Entries written before this column: rosters named the resident in the
-- detail ("resident 12 …"), feedback through the item's resident.
UPDATE audit SET resident_id = CAST(substr(detail, 10) AS INTEGER)
 WHERE entity = 'course' AND detail LIKE 'resident %';
UPDATE audit SET resident_id = (SELECT f.resident_id FROM feedback f WHERE f.id = audit.entity_id)
 WHERE entity = 'feedback';
UPDATE audit SET resident_id = entity_id WHERE entity = 'resident';

CREATE INDEX audit_resident ON audit(resident_id) WHERE resident_id IS NOT NULL;
