//! `resident export`: every resident in the import schema, `id,
//! registered_at, updated_at` first, ordered by id, streamed row by row
//! from SQLite to the writer (memory does not grow with the table).
//! Passport and permit numbers only when asked for.
use std::borrow::Cow;
use std::collections::HashMap;
use std::io::Write;

use crate::db::Connection;
use crate::db::ValueRef;

use super::fields::Field;
use super::query::StatusFilter;
use crate::csvio::excel;
use crate::error::Result;
use crate::output::{sql_limit, Cell, CsvStyle, Sink};

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

/// The SQL expression of each column, in `columns` order. The community
/// comes as its id (named from a map in Rust, cheaper than a join), the
/// consents as 0/1.
fn sql(include_sensitive: bool) -> String {
    let mut exprs = vec!["id", "registered_at", "updated_at"];
    for f in Field::ALL
        .iter()
        .filter(|f| include_sensitive || !f.is_sensitive())
    {
        exprs.push(match f {
            Field::Community => "community_id",
            other => other.name(),
        });
    }
    // Column names are ours, not input: building the list is safe.
    format!(
        "SELECT {} FROM residents WHERE status != 'erased' AND (?1 = 'all' OR status = ?1)
         ORDER BY id LIMIT ?2",
        exprs.join(", ")
    )
}

/// How each column is written.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Plain,
    FreeText,
    Community,
    YesNo,
}

fn kinds(include_sensitive: bool) -> Vec<Kind> {
    let mut kinds = vec![Kind::Plain; 3];
    kinds.extend(
        Field::ALL
            .iter()
            .filter(|f| include_sensitive || !f.is_sensitive())
            .map(|f| match f {
                Field::Community => Kind::Community,
                Field::ConsentContact | Field::ConsentShare => Kind::YesNo,
                f if f.is_free_text() => Kind::FreeText,
                _ => Kind::Plain,
            }),
    );
    kinds
}

fn community_names(conn: &Connection) -> Result<HashMap<i64, String>> {
    let mut stmt = conn.prepare("SELECT id, name FROM communities")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<crate::db::SqlResult<_>>()?)
}

/// One cell as text: communities named, consents as yes/no.
fn cell<'a>(
    value: ValueRef<'a>,
    kind: Kind,
    communities: &'a HashMap<i64, String>,
) -> Cow<'a, [u8]> {
    match (kind, value) {
        (Kind::Community, ValueRef::Integer(id)) => communities
            .get(&id)
            .map_or(Cow::Borrowed(&b""[..]), |n| Cow::Borrowed(n.as_bytes())),
        (Kind::YesNo, ValueRef::Integer(n)) => Cow::Borrowed(if n != 0 { b"yes" } else { b"no" }),
        (_, ValueRef::Null) => Cow::Borrowed(b""),
        (_, ValueRef::Integer(n)) => Cow::Owned(n.to_string().into_bytes()),
        (_, ValueRef::Real(x)) => Cow::Owned(x.to_string().into_bytes()),
        (_, ValueRef::Text(t) | ValueRef::Blob(t)) => Cow::Borrowed(t),
    }
}

fn status_param(status: StatusFilter) -> &'static str {
    match status {
        StatusFilter::Active => "active",
        StatusFilter::MovedOut => "moved-out",
        StatusFilter::All => "all",
    }
}

/// Streams the CSV export. The fields are quoted here (RFC 4180, as the
/// csv crate does with `QuoteStyle::Necessary`) straight into one buffer:
/// for a million rows this is the hot loop.
pub fn csv(
    conn: &Connection,
    w: &mut dyn Write,
    style: CsvStyle,
    status: StatusFilter,
    sensitive: bool,
) -> Result<u64> {
    let kinds = kinds(sensitive);
    let communities = community_names(conn)?;
    // The header waits in the buffer with the first rows: a table that
    // cannot be read fails before anything reaches the output.
    let mut buf: Vec<u8> = Vec::with_capacity(1 << 17);
    {
        let mut header = style.writer(&mut buf)?;
        header.write_record(columns(sensitive))?;
        header.flush()?;
    }
    let terminator: &[u8] = if style.excel { b"\r\n" } else { b"\n" };
    let excel_text = style.excel && !style.raw;
    let mut stmt = conn.prepare(&sql(sensitive))?;
    let mut rows = stmt.query(crate::params![status_param(status), sql_limit(None)])?;
    let mut count = 0;
    while let Some(row) = rows.next()? {
        for (i, &kind) in kinds.iter().enumerate() {
            if i > 0 {
                buf.push(b',');
            }
            let value = row.get_ref(i)?;
            let bytes = cell(value, kind, &communities);
            // Stored text Excel would turn into a number (a phone, an id
            // with leading zeros): its text form, which importers read back.
            if excel_text && matches!(value, ValueRef::Text(_)) && excel::is_fragile(&bytes) {
                let mut text = Vec::with_capacity(bytes.len() + 3);
                text.extend_from_slice(b"=\"");
                text.extend_from_slice(&bytes);
                text.push(b'"');
                write_field(&mut buf, &text, false);
                continue;
            }
            // Community names are free text too (the importer unguards them).
            let guard = matches!(kind, Kind::FreeText | Kind::Community)
                && !style.raw
                && matches!(
                    bytes.first(),
                    Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r' | b'\'')
                );
            write_field(&mut buf, &bytes, guard);
        }
        buf.extend_from_slice(terminator);
        count += 1;
        if buf.len() >= 1 << 16 {
            w.write_all(&buf)?;
            buf.clear();
        }
    }
    w.write_all(&buf)?;
    w.flush()?;
    Ok(count)
}

/// One CSV field, quoted when it holds a comma, quote or line break;
/// `guard` prefixes the formula guard's `'`.
fn write_field(buf: &mut Vec<u8>, bytes: &[u8], guard: bool) {
    let quote = bytes
        .iter()
        .any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r'));
    if !quote {
        if guard {
            buf.push(b'\'');
        }
        buf.extend_from_slice(bytes);
        return;
    }
    buf.push(b'"');
    if guard {
        buf.push(b'\'');
    }
    for &b in bytes {
        if b == b'"' {
            buf.push(b'"');
        }
        buf.push(b);
    }
    buf.push(b'"');
}

pub fn json(
    conn: &Connection,
    w: &mut dyn Write,
    status: StatusFilter,
    sensitive: bool,
) -> Result<u64> {
    let names = columns(sensitive);
    let kinds = kinds(sensitive);
    let communities = community_names(conn)?;
    let mut stmt = conn.prepare(&sql(sensitive))?;
    let mut rows = stmt.query(crate::params![status_param(status), sql_limit(None)])?;
    let mut count = 0;
    w.write_all(b"[")?;
    while let Some(row) = rows.next()? {
        let mut object = serde_json::Map::new();
        for (i, (name, &kind)) in names.iter().zip(&kinds).enumerate() {
            let value = row.get_ref(i)?;
            let json = match (kind, value) {
                (_, ValueRef::Null) => serde_json::Value::Null,
                (Kind::Plain, ValueRef::Integer(n)) => n.into(),
                (kind, value) => serde_json::Value::String(
                    String::from_utf8_lossy(&cell(value, kind, &communities)).into_owned(),
                ),
            };
            object.insert((*name).to_string(), json);
        }
        w.write_all(if count == 0 { b"\n  " } else { b",\n  " })?;
        serde_json::to_writer(&mut *w, &object)?;
        count += 1;
    }
    w.write_all(if count == 0 { b"]\n" } else { b"\n]\n" })?;
    Ok(count)
}

/// The export's rows, at most `limit`, for a table on the terminal.
pub fn each(
    conn: &Connection,
    status: StatusFilter,
    sensitive: bool,
    limit: Option<u64>,
    sink: &mut Sink,
) -> Result<()> {
    let kinds = kinds(sensitive);
    let communities = community_names(conn)?;
    let mut stmt = conn.prepare(&sql(sensitive))?;
    let mut rows = stmt.query(crate::params![status_param(status), sql_limit(limit)])?;
    while let Some(row) = rows.next()? {
        let mut cells = Vec::with_capacity(kinds.len());
        for (i, &kind) in kinds.iter().enumerate() {
            let value = row.get_ref(i)?;
            let text = || String::from_utf8_lossy(&cell(value, kind, &communities)).into_owned();
            cells.push(match (kind, value) {
                (_, ValueRef::Null) => Cell::Null,
                (Kind::Plain, ValueRef::Integer(n)) => Cell::Int(n),
                (Kind::FreeText | Kind::Community, _) => Cell::Text(text()),
                _ => Cell::Code(text()),
            });
        }
        sink(cells)?;
    }
    Ok(())
}

/// How many residents the export holds.
pub fn count(conn: &Connection, status: StatusFilter) -> Result<u64> {
    let n: i64 = conn.query_row(
        "SELECT count(*) FROM residents WHERE status != 'erased' AND (?1 = 'all' OR status = ?1)",
        [status_param(status)],
        |r| r.get(0),
    )?;
    Ok(u64::try_from(n).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hand-written quoting agrees with the csv crate's.
    #[test]
    fn fields_are_quoted_as_the_csv_crate_does() {
        let values = [
            "plain",
            "",
            "a,b",
            "say \"hi\"",
            "two\nlines",
            "cr\rx",
            "'=x",
            "穆安娜",
        ];
        for value in values {
            let mut ours = Vec::new();
            write_field(&mut ours, value.as_bytes(), false);
            let mut theirs = csv::WriterBuilder::new().from_writer(Vec::new());
            theirs.write_record(["x", value]).expect("writes");
            let theirs = theirs.into_inner().expect("flushes");
            let expected = &theirs[2..theirs.len() - 1];
            assert_eq!(ours, expected, "{value:?}");
        }
        let mut guarded = Vec::new();
        write_field(&mut guarded, b"=1,2", true);
        assert_eq!(guarded, b"\"'=1,2\"");
    }
}
