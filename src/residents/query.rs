//! `resident list`'s SQL: the filters as a WHERE clause built from fixed
//! fragments (values are always parameters), rows handed over one at a
//! time in list order, and the count of all that match. Only the filters
//! given appear in the SQL, so SQLite can use the indexes (status, permit
//! expiry, the registrations-due index) rather than scan.
use crate::db::Value as Sql;
use crate::db::{params_from_iter, Connection};

use super::model::Resident;
use super::store::{from_row, SELECT};
use crate::error::Result;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StatusFilter {
    Active,
    MovedOut,
    All,
}

#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub status: Option<StatusFilter>,
    pub community_id: Option<i64>,
    pub nationality: Option<String>,
    pub language: Option<String>,
    /// Permit expiry on or before this date; the list is then ordered by
    /// expiry, most urgent first.
    pub permit_expiry_until: Option<String>,
    pub registration_due: bool,
    /// Only these ids (from a search).
    pub ids: Option<Vec<i64>>,
}

/// The candidates of the registration-due rule (`model::registration_due`
/// gives each one's reason); the partial index `residents_due` has the
/// same condition, word for word, so SQLite can use it.
pub const DUE: &str = "r.status = 'active' AND (r.residence_registered_on IS NULL
    OR r.residence_registered_on < r.arrival_date OR r.address_changed OR r.permit_changed)";

impl ListFilter {
    /// The WHERE clause and its parameters. `by_id`: the rows are wanted in
    /// id order, which a scan of the table gives; the status then must
    /// not steer SQLite to the status index (unary `+`), whose order would
    /// need a sort of every active resident.
    fn clause(&self, by_id: bool) -> Result<(String, Vec<Sql>)> {
        let mut parts: Vec<&'static str> = Vec::new();
        let mut params: Vec<Sql> = Vec::new();
        match (self.status.unwrap_or(StatusFilter::Active), by_id) {
            (StatusFilter::Active, false) => parts.push("r.status = 'active'"),
            (StatusFilter::Active, true) => parts.push("+r.status = 'active'"),
            (StatusFilter::MovedOut, _) => parts.push("r.status = 'moved-out'"),
            (StatusFilter::All, _) => parts.push("r.status != 'erased'"),
        }
        let mut param = |part: &'static str, value: Sql| {
            parts.push(part);
            params.push(value);
        };
        if let Some(id) = self.community_id {
            param("r.community_id = ?", Sql::Integer(id));
        }
        if let Some(code) = &self.nationality {
            param("r.nationality = ?", Sql::Text(code.clone()));
        }
        if let Some(code) = &self.language {
            param(
                "instr(';' || r.languages || ';', ';' || ? || ';') > 0",
                Sql::Text(code.clone()),
            );
        }
        if let Some(until) = &self.permit_expiry_until {
            param(
                "r.permit_expiry IS NOT NULL AND r.permit_expiry <= ?",
                Sql::Text(until.clone()),
            );
        }
        if let Some(ids) = &self.ids {
            param(
                "r.id IN (SELECT value FROM json_each(?))",
                Sql::Text(serde_json::to_string(ids)?),
            );
        }
        if self.registration_due {
            parts.push(DUE);
        }
        Ok((parts.join(" AND "), params))
    }

    /// Expiring permits and due registrations most urgent first (the
    /// order of their indexes), everything else by id.
    fn order(&self) -> &'static str {
        if self.permit_expiry_until.is_some() {
            "r.permit_expiry, r.id"
        } else if self.registration_due {
            "coalesce(r.arrival_date, '9999-12-31'), r.id"
        } else {
            "r.id"
        }
    }
}

/// Hands every matching resident to `f`, in list order, at most `limit`.
pub fn each(
    conn: &Connection,
    filter: &ListFilter,
    limit: Option<u64>,
    f: &mut dyn FnMut(Resident) -> Result<()>,
) -> Result<()> {
    let order = filter.order();
    let (clause, mut params) = filter.clause(order == "r.id")?;
    params.push(Sql::Integer(crate::output::sql_limit(limit)));
    // Fragments and order are ours, never input: building the text is safe.
    let sql = format!(
        "{SELECT} WHERE {clause} ORDER BY {} LIMIT ?",
        filter.order()
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(params_from_iter(params))?;
    while let Some(row) = rows.next()? {
        f(from_row(&row)?)?;
    }
    Ok(())
}

/// How many residents match.
pub fn count(conn: &Connection, filter: &ListFilter) -> Result<u64> {
    let (clause, params) = filter.clause(false)?;
    let sql = format!("SELECT count(*) FROM residents r WHERE {clause}");
    let n: i64 = conn.query_row(&sql, params_from_iter(params), |r| r.get(0))?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// Every matching resident, for callers that need them all (tests, demo).
pub fn all(conn: &Connection, filter: &ListFilter) -> Result<Vec<Resident>> {
    let mut out = Vec::new();
    each(conn, filter, None, &mut |r| {
        out.push(r);
        Ok(())
    })?;
    Ok(out)
}
