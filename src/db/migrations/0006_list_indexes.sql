-- 0006: indexes for lists and the dashboard at scale (a million residents,
-- two million feedback items): each list's first rows and its count come
-- from an index rather than a scan and a sort.

-- `resident list` counts active residents.
CREATE INDEX residents_status ON residents(status);
-- Permits expiring soon, most urgent first.
CREATE INDEX residents_permit_expiry ON residents(permit_expiry)
    WHERE permit_expiry IS NOT NULL;
-- Residence registrations due (the rule of `residents::query::DUE`, word
-- for word, so the planner can use it), longest waiting first: by arrival,
-- unknown arrivals last.
CREATE INDEX residents_due ON residents(status, coalesce(arrival_date, '9999-12-31'), id)
    WHERE status = 'active' AND (residence_registered_on IS NULL
        OR residence_registered_on < arrival_date OR address_changed OR permit_changed);
-- Open feedback by due date: the dashboard's and the overdue lists' order
-- and counts. It replaces the index on (status, due_on), which answered the
-- same filter only through a sort of every open item.
DROP INDEX feedback_status;
CREATE INDEX feedback_open_due ON feedback(due_on, id)
    WHERE status IN ('new', 'forwarded');
