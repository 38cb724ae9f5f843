//! Checking one row of a small importer (courses, feedback): its cells by
//! column name, a leading `'` (our exports' formula guard) removed from
//! free-text columns and Excel's text form `="…"` (our `--excel` exports)
//! unwrapped in any column, unless `--raw`, and every problem collected as a
//! `FILE:LINE: column: problem (value)` line.
use super::row_error;
use crate::clock::parse_date;
use crate::text::{clean, Lines};

pub struct RowCheck<'a> {
    pub file: &'a str,
    pub line: u64,
    pub raw: bool,
    /// Columns whose cells may carry the formula guard.
    pub free_text: &'a [&'a str],
    pub cells: Vec<(&'static str, &'a str)>,
    pub errors: Vec<String>,
}

impl<'a> RowCheck<'a> {
    /// The row's cells by column (`columns` maps the file's columns to the
    /// schema's); a row with the wrong number of fields is refused.
    pub fn new(
        file: &'a str,
        line: u64,
        raw: bool,
        free_text: &'a [&'a str],
        columns: &[Option<&'static str>],
        record: &'a csv::StringRecord,
    ) -> Result<Self, Vec<String>> {
        if record.len() != columns.len() {
            return Err(vec![format!(
                "{file}:{line}: {}",
                crate::t!(
                    "sys-csv-field-count",
                    fields = record.len().to_string(),
                    header = columns.len().to_string()
                )
            )]);
        }
        let cells = columns
            .iter()
            .zip(record.iter())
            .filter_map(|(c, v)| c.map(|c| (c, v)))
            .collect();
        Ok(RowCheck {
            file,
            line,
            raw,
            free_text,
            cells,
            errors: Vec::new(),
        })
    }

    /// The cell of `column` (empty when the file has no such column).
    pub fn cell(&self, column: &str) -> &'a str {
        let cell = self
            .cells
            .iter()
            .find(|(c, _)| *c == column)
            .map_or("", |(_, v)| *v);
        if let Some(value) = super::excel::unwrap(cell).filter(|_| !self.raw) {
            return value;
        }
        if !self.raw && self.free_text.contains(&column) {
            cell.strip_prefix('\'').unwrap_or(cell)
        } else {
            cell
        }
    }

    pub fn error(&mut self, column: &str, problem: &str, value: &str) {
        self.errors
            .push(row_error(self.file, self.line, column, problem, value));
    }

    /// Text under the rules of `crate::text`; `None` when empty or invalid.
    pub fn text(&mut self, column: &str, lines: Lines, limit: usize) -> Option<String> {
        let value = self.cell(column);
        match clean(value, lines, limit) {
            Ok(v) => v,
            Err(problem) => {
                self.error(column, &problem.to_string(), value);
                None
            }
        }
    }

    /// Single-line text that must be there.
    pub fn required(&mut self, column: &str, limit: usize) -> Option<String> {
        let v = self.text(column, Lines::Single, limit);
        if v.is_none() && self.cell(column).trim().is_empty() {
            self.error(column, &crate::t!("sys-is-required"), "");
        }
        v
    }

    /// A whole number of 0 or more; `None` when empty or invalid.
    pub fn number(&mut self, column: &str) -> Option<u32> {
        let value = self.cell(column).trim();
        if value.is_empty() {
            return None;
        }
        let n = value.parse::<u32>().ok();
        if n.is_none() {
            self.error(column, &crate::t!("sys-csv-not-a-count"), value);
        }
        n
    }

    /// A `YYYY-MM-DD` date taken from `value`, reported under `column`.
    pub fn date(&mut self, column: &str, value: &str) -> Option<chrono::NaiveDate> {
        let d = parse_date(value.trim());
        if d.is_none() {
            self.error(column, &crate::t!("sys-csv-bad-date"), value);
        }
        d
    }

    /// A value of a closed vocabulary (see `crate::vocab`).
    pub fn vocab<T>(
        &mut self,
        column: &str,
        parse: fn(&str) -> crate::error::Result<T>,
    ) -> Option<T> {
        let value = self.cell(column);
        match parse(value) {
            Ok(v) => Some(v),
            Err(e) => {
                let prefix = crate::t!("sys-known-values", list = "");
                let known = e
                    .hints
                    .first()
                    .map_or("", |h| h.trim_start_matches(prefix.as_str()));
                self.error(
                    column,
                    &crate::t!("sys-csv-not-one-of", list = known),
                    value,
                );
                None
            }
        }
    }
}

/// Reads every row of a small import: headers by name (`id` ignored,
/// unknown or repeated ones refused), the `required` columns present, and
/// every row through `check`. The checked rows with their lines, or one
/// exit-5 report naming every bad line.
pub fn read_rows<T>(
    input: &super::Input,
    columns: &'static [&'static str],
    required: &[&str],
    mut check: impl FnMut(u64, &[Option<&'static str>], &csv::StringRecord) -> Result<T, Vec<String>>,
) -> crate::error::Result<Vec<(u64, T)>> {
    use crate::error::{AppError, ErrorKind};
    let mut reader = input.csv()?;
    let headers = reader
        .headers()
        .map_err(|e| super::read_error(&input.name, e, None))?
        .clone();
    let lookup = |name: &str| columns.iter().find(|c| **c == name).copied();
    let mapped = super::map_headers(input, &headers, lookup, &["id"], columns)?;
    let missing: Vec<&str> = required
        .iter()
        .filter(|r| !mapped.contains(&Some(**r)))
        .copied()
        .collect();
    if !missing.is_empty() {
        return Err(AppError::invalid(format!(
            "{}:1: {}",
            input.name,
            crate::t!(
                "sys-csv-missing-columns",
                count = missing.len(),
                list = missing.join(", ")
            )
        ))
        .hint(crate::t!("sys-csv-known-columns", list = columns.join(","))));
    }
    let mut report = super::ErrorReport::default();
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = record.position().map_or(0, |p| p.line());
                match check(line, &mapped, &record) {
                    Ok(row) => rows.push((line, row)),
                    Err(problems) => problems.into_iter().for_each(|p| report.push(p)),
                }
            }
            // A record that cannot be read is not a row to report with the
            // rest: the reading stopped there.
            Err(e) => return Err(super::read_error(&input.name, e, Some(&headers))),
        }
    }
    if report.is_empty() {
        Ok(rows)
    } else {
        Err(report.into_error(ErrorKind::Invalid, "imported"))
    }
}
