//! The one output layer: commands compute `Rows` (fixed columns, typed
//! cells) and hand them here; this module renders them as a table, CSV or
//! JSON to stdout or, atomically, to the `-o` file.
mod atomic;
mod csvout;
pub mod scratch;
mod table;
mod target;

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;
use serde_json::{Map, Value};

use crate::error::{AppError, Result};
pub use atomic::AtomicFile;
pub use csvout::{guard, CsvStyle};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Json,
}

/// One value of a record. Only `Text` is free text and gets the formula
/// guard in CSV; `Code` covers dates, enumerations, phones and e-mails.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Null,
    Int(i64),
    /// A number printed with `1` decimal (percentages, medians).
    Dec1(f64),
    Text(String),
    Code(String),
}

impl Cell {
    pub fn text(value: Option<impl Into<String>>) -> Cell {
        value.map_or(Cell::Null, |v| Cell::Text(v.into()))
    }
    pub fn code(value: Option<impl Into<String>>) -> Cell {
        value.map_or(Cell::Null, |v| Cell::Code(v.into()))
    }
    pub fn date(value: Option<NaiveDate>) -> Cell {
        value.map_or(Cell::Null, |d| Cell::Code(crate::clock::format_date(d)))
    }

    /// The plain string, as a table shows it.
    pub fn display(&self) -> String {
        match self {
            Cell::Null => String::new(),
            Cell::Int(n) => n.to_string(),
            Cell::Dec1(x) => format!("{x:.1}"),
            Cell::Text(s) | Cell::Code(s) => s.clone(),
        }
    }

    fn to_json(&self) -> Value {
        match self {
            Cell::Null => Value::Null,
            Cell::Int(n) => Value::from(*n),
            Cell::Dec1(x) => {
                let rounded = (x * 10.0).round() / 10.0;
                serde_json::Number::from_f64(rounded).map_or(Value::Null, Value::Number)
            }
            Cell::Text(s) | Cell::Code(s) if s.is_empty() => Value::Null,
            Cell::Text(s) | Cell::Code(s) => Value::String(s.clone()),
        }
    }
}

/// Records with fixed, named columns.
#[derive(Debug, Clone, Default)]
pub struct Rows {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Rows {
    /// Every row as a JSON object, as `--format json` prints a list.
    pub fn to_json(&self) -> Vec<Value> {
        self.rows.iter().map(|r| object(self, r)).collect()
    }

    pub fn new(columns: &[&str]) -> Self {
        Rows {
            columns: columns.iter().map(|c| c.to_string()).collect(),
            rows: Vec::new(),
        }
    }
    pub fn push(&mut self, row: Vec<Cell>) {
        debug_assert_eq!(row.len(), self.columns.len());
        self.rows.push(row);
    }
}

/// How and where this run prints records (global flags `--format`, `-o`,
/// `--excel`, `--raw`).
#[derive(Debug, Clone)]
pub struct Output {
    pub format: Format,
    /// The `-o` path as given, placeholders not yet filled in.
    pub file: Option<PathBuf>,
    pub csv: CsvStyle,
    pub today: NaiveDate,
    /// `true` when `--format` was given rather than defaulted.
    pub explicit_format: bool,
    /// The open database, which no `-o` file may overwrite.
    pub database: Option<PathBuf>,
}

impl Output {
    pub fn new(
        format: Option<Format>,
        file: Option<PathBuf>,
        csv: CsvStyle,
        today: NaiveDate,
    ) -> Result<Self> {
        let explicit_format = format.is_some();
        // `-o -` is stdout, as for the input files.
        let file = file.filter(|f| f.as_os_str() != "-");
        let format = match (format, &file) {
            (Some(f), _) => f,
            (None, None) => Format::Table,
            (None, Some(path)) => format_from_extension(path)?,
        };
        Ok(Output {
            format,
            file,
            csv,
            today,
            explicit_format,
            database: None,
        })
    }

    /// Refuses a file to write that is the database or not a regular file.
    pub fn check_target(&self, path: &std::path::Path) -> Result<()> {
        target::check(path, self.database.as_deref())
    }

    /// Exports are CSV unless a format was asked for (or the `-o` file's
    /// extension names one).
    pub fn for_export(&self) -> Output {
        let mut out = self.clone();
        if !(out.explicit_format || out.file.is_some()) {
            out.format = Format::Csv;
        }
        out
    }

    /// Renders a list of records.
    pub fn list(&self, rows: &Rows, month: Option<&str>, empty_hint: &str) -> Result<()> {
        if rows.rows.is_empty() && self.format == Format::Table && self.file.is_none() {
            crate::ui::note(empty_hint);
            return Ok(());
        }
        self.write(month, |w, out| match out.format {
            Format::Table => table::list(w, rows),
            Format::Csv => csvout::write(w, rows, out.csv),
            Format::Json => json(
                w,
                &Value::Array(rows.rows.iter().map(|r| object(rows, r)).collect()),
            ),
        })
    }

    /// Renders one record: a two-column table, a one-row CSV, a JSON object.
    pub fn record(&self, rows: &Rows) -> Result<()> {
        self.write(None, |w, out| match (out.format, rows.rows.first()) {
            (Format::Table, _) => table::record(w, rows),
            (Format::Csv, _) => csvout::write(w, rows, out.csv),
            (Format::Json, Some(row)) => json(w, &object(rows, row)),
            (Format::Json, None) => json(w, &Value::Null),
        })
    }

    /// Free-form output (dashboards, calendars) through the same sink.
    pub fn write(
        &self,
        month: Option<&str>,
        body: impl FnOnce(&mut dyn Write, &Output) -> Result<()>,
    ) -> Result<()> {
        match &self.file {
            None => {
                // Stdout is line-buffered: a large buffer spares a system
                // call per line of a big export.
                let out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
                let mut out = HeldFlush(out);
                if let Err(err) = body(&mut out, self) {
                    // What is still buffered is dropped, not flushed: a
                    // failure early in a list prints no half of it.
                    drop(out.0.into_parts());
                    return Err(err);
                }
                out.0.flush()?;
                Ok(())
            }
            Some(template) => {
                let path = fill_placeholders(template, self.today, month);
                self.check_target(&path)?;
                let mut file = AtomicFile::create(&path)?;
                body(file.writer(), self).map_err(|e| file.explain(e))?;
                file.commit()
            }
        }
    }
}

/// Stdout as a body sees it: its flushes wait for the end of the body, so
/// what is still buffered when it fails can be dropped.
struct HeldFlush<W: Write>(W);

impl<W: Write> Write for HeldFlush<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn format_from_extension(path: &std::path::Path) -> Result<Format> {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("csv") => Ok(Format::Csv),
        Some("json") => Ok(Format::Json),
        _ => Err(AppError::usage(format!(
            "cannot tell the format of {} from its extension",
            path.display()
        ))
        .hint("name the file .csv or .json, or pass --format csv|json|table")),
    }
}

/// `{date}` → today, `{month}` → the report's month (else this month).
pub fn fill_placeholders(path: &std::path::Path, today: NaiveDate, month: Option<&str>) -> PathBuf {
    let text = path.to_string_lossy();
    if !text.contains('{') {
        return path.to_path_buf();
    }
    let this_month = today.format("%Y-%m").to_string();
    let filled = text
        .replace("{date}", &today.format("%Y-%m-%d").to_string())
        .replace("{month}", month.unwrap_or(&this_month));
    PathBuf::from(filled)
}

/// One row as a JSON object keyed by the column names.
pub fn object(rows: &Rows, row: &[Cell]) -> Value {
    let map: Map<String, Value> = rows
        .columns
        .iter()
        .zip(row)
        .map(|(k, v)| (k.clone(), v.to_json()))
        .collect();
    Value::Object(map)
}

fn json(w: &mut dyn Write, value: &Value) -> Result<()> {
    serde_json::to_writer_pretty(&mut *w, value)?;
    w.write_all(b"\n")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
        let p = fill_placeholders(std::path::Path::new("/r/{month}-{date}.csv"), today, None);
        assert_eq!(p, PathBuf::from("/r/2026-11-2026-11-27.csv"));
        let q = fill_placeholders(
            std::path::Path::new("m-{month}.csv"),
            today,
            Some("2026-10"),
        );
        assert_eq!(q, PathBuf::from("m-2026-10.csv"));
    }

    #[test]
    fn format_follows_extension() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
        let o = Output::new(None, Some("a.JSON".into()), CsvStyle::default(), today).expect("ok");
        assert_eq!(o.format, Format::Json);
        let err = Output::new(None, Some("a.txt".into()), CsvStyle::default(), today);
        assert!(err.is_err());
    }

    #[test]
    fn json_uses_numbers_and_null() {
        let mut rows = Rows::new(&["id", "name", "pct"]);
        rows.push(vec![
            Cell::Int(3),
            Cell::Text(String::new()),
            Cell::Dec1(12.345),
        ]);
        let v = object(&rows, &rows.rows[0]);
        assert_eq!(v.to_string(), r#"{"id":3,"name":null,"pct":12.3}"#);
    }
}
