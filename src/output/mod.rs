//! The one output layer: commands hand it records with fixed columns and
//! typed cells — a `RowSource` for lists, `Rows` for a record — and it
//! renders them as a table, CSV or JSON to stdout or, atomically, to the
//! `-o` file. CSV and JSON stream; a table shows at most `--limit` rows
//! (50 unless given, 0 for all) fitted to the terminal, then says how many
//! more there are.
mod atomic;
mod csvout;
mod json;
pub mod scratch;
mod source;
pub mod table;
mod target;

use crate::i18n::Lang;
use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;
use serde_json::{Map, Value};

use crate::error::{AppError, Result};
pub use atomic::AtomicFile;
pub use csvout::{guard, CsvStyle};
pub use source::{sql_limit, Query, RowSource, Sink};

/// Rows a table shows when `--limit` is not given.
pub const DEFAULT_LIMIT: u64 = 50;

/// The width tables and charts are fitted to: the terminal's (stdout),
/// else `COLUMNS`, else 100.
pub fn terminal_width() -> usize {
    if let Some((_, cols)) = console::Term::stdout().size_checked() {
        return usize::from(cols);
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&w| w > 0)
        .unwrap_or(100)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Json,
}

/// One value of a record. Only `Text` is free text and gets the formula
/// guard in CSV; `Code` covers dates, enumerations, phones and e-mails.
/// CSV and JSON always carry the stored value; a table shows some kinds
/// for a person: vocabulary labels, times to the minute, "unlimited".
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Null,
    Int(i64),
    /// A number printed with `1` decimal (percentages, medians).
    Dec1(f64),
    Text(String),
    Code(String),
    /// A code of the closed vocabulary named first (`feedback-status`,
    /// …): a table shows its label in the interface's language.
    Vocab(&'static str, String),
    /// A date-time, RFC 3339: a table shows `YYYY-MM-DD HH:MM`.
    Time(String),
    /// A stored value (a code or an English name) and its Chinese name: CSV
    /// and JSON write the first, a Chinese table shows the second when
    /// there is one (a country, a community, a department).
    Named(String, Option<String>),
    /// A country's alpha-2 code: a Chinese table shows its Chinese name,
    /// looked up only then (a CSV of a million rows never asks).
    Country(String),
    /// A course's places: 0 is unlimited.
    Seats(i64),
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
    pub fn vocab(vocabulary: &'static str, value: Option<impl Into<String>>) -> Cell {
        value.map_or(Cell::Null, |v| Cell::Vocab(vocabulary, v.into()))
    }
    /// A country by its code, with its Chinese name for a Chinese table.
    pub fn country(code: Option<impl Into<String>>) -> Cell {
        code.map_or(Cell::Null, |v| Cell::Country(v.into()))
    }
    pub fn time(value: Option<impl Into<String>>) -> Cell {
        value.map_or(Cell::Null, |v| Cell::Time(v.into()))
    }

    /// The stored value as CSV writes it (before the formula guard).
    pub fn display(&self) -> String {
        match self {
            Cell::Null => String::new(),
            Cell::Int(n) | Cell::Seats(n) => n.to_string(),
            Cell::Dec1(x) => format!("{x:.1}"),
            Cell::Text(s) | Cell::Code(s) | Cell::Vocab(_, s) | Cell::Time(s) => s.clone(),
            Cell::Named(s, _) | Cell::Country(s) => s.clone(),
        }
    }

    /// The value as a table shows it to a person.
    pub fn shown(&self) -> String {
        match self {
            Cell::Vocab(vocabulary, code) => crate::i18n::label(vocabulary, code),
            Cell::Named(_, Some(zh)) if !zh.is_empty() && crate::i18n::lang() == Lang::Zh => {
                zh.clone()
            }
            Cell::Country(code) if crate::i18n::lang() == Lang::Zh => {
                crate::refdata::country_by_code(code)
                    .map_or_else(|| code.clone(), |c| c.name_zh.clone())
            }
            // Stored times are Shanghai local (`…+08:00`): the minute is
            // what a desk needs.
            Cell::Time(s) if s.len() >= 16 && s.as_bytes()[10] == b'T' => {
                format!("{} {}", &s[..10], &s[11..16])
            }
            Cell::Seats(0) => crate::t!("capacity-unlimited"),
            other => other.display(),
        }
    }

    fn to_json(&self) -> Value {
        match self {
            Cell::Null => Value::Null,
            Cell::Int(n) | Cell::Seats(n) => Value::from(*n),
            Cell::Dec1(x) => {
                let rounded = (x * 10.0).round() / 10.0;
                serde_json::Number::from_f64(rounded).map_or(Value::Null, Value::Number)
            }
            Cell::Text(s)
            | Cell::Code(s)
            | Cell::Vocab(_, s)
            | Cell::Time(s)
            | Cell::Named(s, _)
            | Cell::Country(s)
                if s.is_empty() =>
            {
                Value::Null
            }
            Cell::Text(s)
            | Cell::Code(s)
            | Cell::Vocab(_, s)
            | Cell::Time(s)
            | Cell::Named(s, _)
            | Cell::Country(s) => Value::String(s.clone()),
        }
    }
}

/// Records with fixed, named columns, held in memory: a record, or a
/// list known to be short (a course's sessions, the departments).
#[derive(Debug, Clone, Default)]
pub struct Rows {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    /// See `RowSource::expendable`.
    pub expendable: &'static [&'static str],
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
            expendable: &[],
        }
    }

    pub fn expendable(mut self, names: &'static [&'static str]) -> Self {
        self.expendable = names;
        self
    }
    pub fn push(&mut self, row: Vec<Cell>) {
        debug_assert_eq!(row.len(), self.columns.len());
        self.rows.push(row);
    }

    pub fn extend(&mut self, rows: impl IntoIterator<Item = Vec<Cell>>) {
        rows.into_iter().for_each(|row| self.push(row));
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
    /// How many rows a table of this command's list shows.
    pub limit: TableLimit,
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
            limit: TableLimit::All,
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

    /// This output for a list command with a `--limit` flag.
    pub fn limited(&self, limit: Option<u64>) -> Output {
        Output {
            limit: TableLimit::Flag(limit),
            ..self.clone()
        }
    }

    /// This output for an export shown as a table: the first rows only
    /// (the export itself is the CSV).
    pub fn previewed(&self) -> Output {
        Output {
            limit: TableLimit::Preview,
            ..self.clone()
        }
    }

    /// Renders a short list held in memory (see `stream`).
    pub fn list(&self, rows: &Rows, month: Option<&str>, empty_hint: &str) -> Result<()> {
        self.stream(&mut &*rows, month, empty_hint)
    }

    /// Renders a list. CSV and JSON stream every row (or the first
    /// `--limit` when one was given); a table shows the first `--limit`
    /// (default 50, 0 for all), then says on stderr how many more there
    /// are. An empty table prints `empty_hint` on stderr instead.
    pub fn stream(
        &self,
        source: &mut dyn RowSource,
        month: Option<&str>,
        empty_hint: &str,
    ) -> Result<()> {
        let explicit = match self.limit {
            TableLimit::Flag(Some(n)) if n > 0 => Some(n),
            _ => None,
        };
        if self.format != Format::Table {
            return self.write(month, |w, out| match out.format {
                Format::Json => json::array(w, source, explicit),
                _ => csvout::write(w, source, explicit, out.csv),
            });
        }
        let shown = match self.limit {
            TableLimit::All | TableLimit::Flag(Some(0)) => None,
            TableLimit::Flag(Some(n)) => Some(n),
            TableLimit::Flag(None) | TableLimit::Preview => Some(DEFAULT_LIMIT),
        };
        let mut rows = Vec::new();
        source.each(shown.map(|n| n.saturating_add(1)), &mut |row| {
            rows.push(row);
            Ok(())
        })?;
        let more = match shown {
            Some(n) if rows.len() as u64 > n => {
                rows.truncate(usize::try_from(n).unwrap_or(usize::MAX));
                source.count()?.saturating_sub(n)
            }
            _ => 0,
        };
        if rows.is_empty() && self.file.is_none() {
            crate::ui::note(empty_hint);
            return Ok(());
        }
        let mut dropped = Vec::new();
        self.write(month, |w, _| {
            dropped = table::list(
                w,
                source.columns(),
                source.expendable(),
                &rows,
                terminal_width(),
            )?;
            Ok(())
        })?;
        if !dropped.is_empty() {
            crate::ui::note(&crate::t!("list-left-out", columns = dropped.join(", ")));
        }
        if more > 0 {
            crate::ui::note(&match self.limit {
                TableLimit::Preview => crate::t!("list-more-export", count = more),
                _ => crate::t!("list-more", count = more),
            });
        }
        Ok(())
    }

    /// Renders one record: a two-column table, a one-row CSV, a JSON object.
    pub fn record(&self, rows: &Rows) -> Result<()> {
        self.document(rows, &[], CsvPart::Record)
    }

    /// Renders one record with related lists (a course's `sessions`, a
    /// feedback item's `history`): JSON gives one object, the record's
    /// columns at the top and each list nested under its key; a table
    /// prints the record, then each list under its title; CSV, being one
    /// flat table, gives the part `csv` names.
    pub fn document(&self, record: &Rows, related: &[(&str, &Rows)], csv: CsvPart) -> Result<()> {
        self.write(None, |w, out| match out.format {
            Format::Table => {
                let width = terminal_width();
                for row in &record.rows {
                    table::record(w, &record.columns, row, width)?;
                }
                for (title, rows) in related {
                    writeln!(w, "\n{}", crate::i18n::header(title))?;
                    if rows.rows.is_empty() {
                        writeln!(w, "  {}", crate::t!("record-none"))?;
                    } else {
                        table::list(w, &rows.columns, rows.expendable, &rows.rows, width)?;
                    }
                }
                Ok(())
            }
            Format::Csv => {
                let part = match csv {
                    CsvPart::Record => record,
                    CsvPart::Related(i) => related.get(i).map_or(record, |(_, rows)| *rows),
                };
                csvout::write(w, &mut &*part, None, out.csv)
            }
            Format::Json => {
                let mut value = record
                    .rows
                    .first()
                    .map_or(Value::Null, |r| object(record, r));
                if let Value::Object(map) = &mut value {
                    for (key, rows) in related {
                        map.insert((*key).to_string(), Value::Array(rows.to_json()));
                    }
                }
                json::value(w, &value)
            }
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
        _ => Err(AppError::usage(crate::t!(
            "sys-format-unknown-extension",
            path = path.display().to_string()
        ))
        .hint(crate::t!("sys-hint-format"))),
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
    object_of(&rows.columns, row)
}

fn object_of(columns: &[String], row: &[Cell]) -> Value {
    let map: Map<String, Value> = columns
        .iter()
        .zip(row)
        .map(|(k, v)| (k.clone(), v.to_json()))
        .collect();
    Value::Object(map)
}

/// How many rows a table shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableLimit {
    /// Every row: the command's lists are short (communities, departments).
    All,
    /// A list command's `--limit` (50 unless given, 0 for all).
    Flag(Option<u64>),
    /// An export shown as a table: the first 50 rows.
    Preview,
}

/// What the CSV of a record with related lists holds.
#[derive(Debug, Clone, Copy)]
pub enum CsvPart {
    Record,
    /// The related list at this index.
    Related(usize),
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
