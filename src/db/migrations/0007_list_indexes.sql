-- 0007: indexes for lists and the dashboard at scale (a million residents,
-- two million feedback items): each list's first rows and its count come
-- from an index rather than a scan and a sort. Each index leads with the
-- column the queries fix by equality (status), so SQLite picks it without
-- statistics, and the counts read only the index (covering).

-- Active residents (`resident list` counts them) and, among them, permits
-- expiring soon, most urgent first.
CREATE INDEX residents_status_expiry ON residents(status, permit_expiry);
-- The usual filters of `resident list`, with the status the list also
-- fixes: a count by nationality or community reads the index alone.
CREATE INDEX residents_nationality ON residents(nationality, status);
DROP INDEX residents_community;
CREATE INDEX residents_community ON residents(community_id, status);
-- Residence registrations due (the rule of `residents::query::DUE`, word
-- for word, so the planner can use it), longest waiting first: by arrival,
-- unknown arrivals last. It holds the columns of the rule, so counting the
-- due reads the index alone.
CREATE INDEX residents_due ON residents(status, coalesce(arrival_date, '9999-12-31'), id,
        residence_registered_on, arrival_date, address_changed, permit_changed)
    WHERE status = 'active' AND (residence_registered_on IS NULL
        OR residence_registered_on < arrival_date OR address_changed OR permit_changed);
-- Open feedback by due date: the dashboard's and the overdue lists' order
-- and counts. It replaces the index on (status, due_on), which answered the
-- same filter only through a sort of every open item.
DROP INDEX feedback_status;
CREATE INDEX feedback_open_due ON feedback(due_on, id)
    WHERE status IN ('new', 'forwarded');
