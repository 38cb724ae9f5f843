//! CSV input shared by every importer: opening a file or stdin, detecting
//! its encoding (UTF-8 BOM, valid UTF-8, else GB18030 as Excel on Chinese
//! Windows saves it), matching headers by name, and the line-numbered error
//! report `FILE:LINE: column: problem (value)`.
mod check;
mod crlf;
pub mod decode;
pub mod excel;
pub mod guard;
mod input;

pub use check::{read_rows, RowCheck};
pub use input::{Encoding, Input};

use csv::StringRecord;

use crate::error::{AppError, ErrorKind};
use crate::t;
use crate::text::visible;

/// How many row errors are printed before the rest is only counted.
pub const MAX_REPORTED: usize = 50;

/// Maps each input column to a known column (`Some`) or an ignored,
/// export-only one (`None`). Unknown or repeated headers are exit 5,
/// reported like row errors: the first `MAX_REPORTED`, then a count, in
/// time linear in the number of columns.
pub fn map_headers<F: Copy + PartialEq>(
    input: &Input,
    headers: &StringRecord,
    lookup: impl Fn(&str) -> Option<F>,
    ignored: &[&str],
    known: &[&str],
) -> Result<Vec<Option<F>>, AppError> {
    let mut columns = Vec::with_capacity(headers.len());
    let mut seen = std::collections::HashSet::with_capacity(headers.len());
    let mut report = ErrorReport::default();
    for header in headers {
        let name = header
            .trim()
            .trim_start_matches('\u{feff}')
            .to_ascii_lowercase();
        if !seen.insert(name.clone()) {
            report.push(format!(
                "{}:1: {}",
                input.name,
                t!(
                    "sys-csv-duplicate-column",
                    column = format!("{:?}", visible(header))
                )
            ));
        }
        if ignored.contains(&name.as_str()) {
            columns.push(None);
        } else if let Some(field) = lookup(&name) {
            columns.push(Some(field));
        } else {
            report.push(format!(
                "{}:1: {}",
                input.name,
                t!(
                    "sys-csv-unknown-column",
                    column = format!("{:?}", visible(header))
                )
            ));
            columns.push(None);
        }
    }
    if report.is_empty() {
        return Ok(columns);
    }
    let mut lines = report.lines;
    if report.total > lines.len() {
        lines.push(and_more(report.total - lines.len()));
    }
    Err(AppError::with_lines(ErrorKind::Invalid, lines)
        .hint(t!("sys-csv-known-columns", list = known.join(","))))
}

/// `… and N more`: the count of the lines left out of a report.
fn and_more(count: usize) -> String {
    t!("sys-and-more", count = count.to_string())
}

/// `nothing was imported`: the hint of a refused import (`what` is the
/// English participle the caller names).
fn nothing_was(what: &str) -> String {
    match what {
        "imported" => t!("sys-nothing-imported"),
        other => t!("sys-nothing-was", what = other.to_string()),
    }
}

/// Row errors of one input: the first `MAX_REPORTED` lines kept, the rest counted.
#[derive(Debug, Default)]
pub struct ErrorReport {
    pub lines: Vec<String>,
    pub total: usize,
}

impl ErrorReport {
    pub fn push(&mut self, line: String) {
        if self.lines.len() < MAX_REPORTED {
            self.lines.push(line);
        }
        self.total += 1;
    }

    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// The report as one error of `kind`.
    pub fn into_error(self, kind: ErrorKind, what: &str) -> AppError {
        let mut lines = self.lines;
        if self.total > lines.len() {
            lines.push(and_more(self.total - lines.len()));
        }
        AppError::with_lines(kind, lines).hint(nothing_was(what))
    }
}

/// A failure of the CSV reader over `file`, in the user's terms: the
/// reading layers' own stops (an undecodable byte, an over-long field) are
/// invalid data naming the line (exit 5), and the column when the header
/// is known; the file itself failing is I/O.
pub fn read_error(file: &str, e: csv::Error, header: Option<&StringRecord>) -> AppError {
    let line = e.position().map_or(0, |p| p.line());
    match e.into_kind() {
        csv::ErrorKind::Io(io) => {
            if let Some(bad) = decode::undecodable(&io) {
                return AppError::invalid(format!(
                    "{file}:{}: {}",
                    bad.line,
                    t!("sys-csv-not-valid-encoding", encoding = bad.encoding)
                ))
                .hint(t!("sys-hint-check-encoding"));
            }
            if let Some(long) = guard::too_long(&io) {
                let problem = match header.and_then(|h| h.get(long.field)) {
                    _ if long.record => t!("sys-csv-record-too-big"),
                    Some(column) => format!("{}: {}", visible(column), t!("sys-csv-value-too-big")),
                    None => t!(
                        "sys-csv-field-too-big",
                        number = (long.field + 1).to_string()
                    ),
                };
                return AppError::invalid(format!("{file}:{}: {problem}", long.line))
                    .hint(t!("sys-hint-open-quote"));
            }
            AppError::io(format!(
                "{file}: {}",
                t!("sys-csv-cannot-read", reason = crate::error::plain_io(&io))
            ))
        }
        csv::ErrorKind::Utf8 { .. } => {
            AppError::invalid(format!("{file}:{line}: {}", t!("sys-csv-not-utf8")))
                .hint(t!("sys-hint-gb18030"))
        }
        _ => AppError::invalid(format!("{file}:{line}: {}", t!("sys-csv-unreadable"))),
    }
}

/// `FILE:LINE: column: problem (value)`.
pub fn row_error(file: &str, line: u64, column: &str, problem: &str, value: &str) -> String {
    format!("{file}:{line}: {column}: {problem} ({})", visible(value))
}
