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
                "{}:1: duplicate column {:?}",
                input.name,
                visible(header)
            ));
        }
        if ignored.contains(&name.as_str()) {
            columns.push(None);
        } else if let Some(field) = lookup(&name) {
            columns.push(Some(field));
        } else {
            report.push(format!(
                "{}:1: unknown column {:?}",
                input.name,
                visible(header)
            ));
            columns.push(None);
        }
    }
    if report.is_empty() {
        return Ok(columns);
    }
    let mut lines = report.lines;
    if report.total > lines.len() {
        lines.push(format!("… and {} more", report.total - lines.len()));
    }
    Err(AppError::with_lines(ErrorKind::Invalid, lines)
        .hint(format!("known columns: {}", known.join(","))))
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
            lines.push(format!("… and {} more", self.total - lines.len()));
        }
        AppError::with_lines(kind, lines).hint(format!("nothing was {what}"))
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
                    "{file}:{}: is not valid {}",
                    bad.line, bad.encoding
                ))
                .hint("check --encoding: a file saved as UTF-8 needs --encoding utf-8");
            }
            if let Some(long) = guard::too_long(&io) {
                let what = match header.and_then(|h| h.get(long.field)) {
                    _ if long.record => "the record".to_string(),
                    Some(column) => format!("{}: the value", visible(column)),
                    None => format!("field {}", long.field + 1),
                };
                return AppError::invalid(format!(
                    "{file}:{}: {what} is larger than 64 KiB: the file is refused as it is read",
                    long.line
                ))
                .hint(
                    "a quote that is opened and never closed makes the rest of the file one field",
                );
            }
            AppError::io(format!(
                "{file}: cannot read: {}",
                crate::error::plain_io(&io)
            ))
        }
        csv::ErrorKind::Utf8 { .. } => {
            AppError::invalid(format!("{file}:{line}: is not valid UTF-8"))
                .hint("pass --encoding gb18030 for files saved by Excel on Chinese Windows")
        }
        _ => AppError::invalid(format!("{file}:{line}: cannot read the CSV")),
    }
}

/// `FILE:LINE: column: problem (value)`.
pub fn row_error(file: &str, line: u64, column: &str, problem: &str, value: &str) -> String {
    format!("{file}:{line}: {column}: {problem} ({})", visible(value))
}
