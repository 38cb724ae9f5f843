//! `resident export`: every resident in the import schema, `id,
//! registered_at, updated_at` first, ordered by id, streamed row by row
//! from SQLite to the writer (memory does not grow with the table).
//! Passport and permit numbers only when asked for.
use std::io::Write;

use rusqlite::types::ValueRef;
use rusqlite::Connection;

use super::fields::Field;
use super::store::StatusFilter;
use crate::error::Result;
use crate::output::{guard, Cell, CsvStyle, Rows};

/// The export's columns for this run.
pub fn columns(include_sensitive: bool) -> Vec<&'static str> {
    let mut names = vec!["id", "registered_at", "updated_at"];
    names.extend(
        Field::ALL
            .iter()
            .filter(|f| include_sensitive || !f.is_sensitive())
            .map(|f| f.name()),
    );
    names
}

/// The SQL expression of each column, in `columns` order.
fn sql(include_sensitive: bool) -> String {
    let mut exprs = vec![
        "r.id".to_string(),
        "r.registered_at".into(),
        "r.updated_at".into(),
    ];
    for f in Field::ALL
        .iter()
        .filter(|f| include_sensitive || !f.is_sensitive())
    {
        exprs.push(match f {
            Field::Community => "c.name".into(),
            Field::ConsentContact | Field::ConsentShare => {
                format!("CASE WHEN r.{} THEN 'yes' ELSE 'no' END", f.name())
            }
            other => format!("r.{}", other.name()),
        });
    }
    // Column names are ours, not input: building the list is safe.
    format!(
        "SELECT {} FROM residents r JOIN communities c ON c.id = r.community_id
         WHERE r.status != 'erased' AND (?1 = 'all' OR r.status = ?1) ORDER BY r.id",
        exprs.join(", ")
    )
}

fn status_param(status: StatusFilter) -> &'static str {
    match status {
        StatusFilter::Active => "active",
        StatusFilter::MovedOut => "moved-out",
        StatusFilter::All => "all",
    }
}

/// Which columns are free text (formula guard) — by position.
fn free_text(include_sensitive: bool) -> Vec<bool> {
    let mut flags = vec![false, false, false];
    flags.extend(
        Field::ALL
            .iter()
            .filter(|f| include_sensitive || !f.is_sensitive())
            .map(|f| f.is_free_text()),
    );
    flags
}

fn text_of(value: ValueRef<'_>) -> std::borrow::Cow<'_, str> {
    match value {
        ValueRef::Null => "".into(),
        ValueRef::Integer(n) => n.to_string().into(),
        ValueRef::Real(x) => x.to_string().into(),
        ValueRef::Text(t) | ValueRef::Blob(t) => String::from_utf8_lossy(t),
    }
}

pub fn csv(
    conn: &Connection,
    w: &mut dyn Write,
    style: CsvStyle,
    status: StatusFilter,
    sensitive: bool,
) -> Result<u64> {
    let names = columns(sensitive);
    let guarded = free_text(sensitive);
    let mut out = style.writer(w)?;
    out.write_record(&names)?;
    let mut stmt = conn.prepare(&sql(sensitive))?;
    let mut rows = stmt.query([status_param(status)])?;
    let mut count = 0;
    while let Some(row) = rows.next()? {
        for (i, &guard_it) in guarded.iter().enumerate() {
            let text = text_of(row.get_ref(i)?);
            if guard_it && !style.raw {
                out.write_field(guard(&text).as_bytes())?;
            } else {
                out.write_field(text.as_bytes())?;
            }
        }
        out.write_record(None::<&[u8]>)?;
        count += 1;
    }
    out.flush()?;
    Ok(count)
}

pub fn json(
    conn: &Connection,
    w: &mut dyn Write,
    status: StatusFilter,
    sensitive: bool,
) -> Result<u64> {
    let names = columns(sensitive);
    let mut stmt = conn.prepare(&sql(sensitive))?;
    let mut rows = stmt.query([status_param(status)])?;
    let mut count = 0;
    w.write_all(b"[")?;
    while let Some(row) = rows.next()? {
        let mut object = serde_json::Map::new();
        for (i, name) in names.iter().enumerate() {
            let value = match row.get_ref(i)? {
                ValueRef::Null => serde_json::Value::Null,
                ValueRef::Integer(n) => n.into(),
                other => serde_json::Value::String(text_of(other).into_owned()),
            };
            object.insert((*name).to_string(), value);
        }
        w.write_all(if count == 0 { b"\n  " } else { b",\n  " })?;
        serde_json::to_writer(&mut *w, &object)?;
        count += 1;
    }
    w.write_all(if count == 0 { b"]\n" } else { b"\n]\n" })?;
    Ok(count)
}

/// The export as rows, for a table on the terminal.
pub fn rows(conn: &Connection, status: StatusFilter, sensitive: bool) -> Result<Rows> {
    let names = columns(sensitive);
    let guarded = free_text(sensitive);
    let mut out = Rows::new(&names);
    let mut stmt = conn.prepare(&sql(sensitive))?;
    let mut rows = stmt.query([status_param(status)])?;
    while let Some(row) = rows.next()? {
        let mut cells = Vec::with_capacity(names.len());
        for (i, &free) in guarded.iter().enumerate() {
            cells.push(match row.get_ref(i)? {
                ValueRef::Null => Cell::Null,
                ValueRef::Integer(n) => Cell::Int(n),
                other if free => Cell::Text(text_of(other).into_owned()),
                other => Cell::Code(text_of(other).into_owned()),
            });
        }
        out.push(cells);
    }
    Ok(out)
}
