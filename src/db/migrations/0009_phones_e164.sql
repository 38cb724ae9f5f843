-- 0009: phone numbers in one stored form, E.164 (SPEC §3). The rewrite is
-- the migration's seed (`residents::phone_upgrade`), as the rules are the
-- program's own (`residents::phone`): each stored number it can read is
-- stored as +CC…, with its search entry; one it cannot read is kept as it
-- is, for `expatdesk check` to name. Nothing else about the row changes
-- (not its updated_at, nor the revision `batch undo` compares).
SELECT 1;
