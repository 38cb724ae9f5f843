//! CSV input shared by every importer: opening a file or stdin, detecting
//! its encoding (UTF-8 BOM, valid UTF-8, else GB18030 as Excel on Chinese
//! Windows saves it), matching headers by name, and the line-numbered error
//! report `FILE:LINE: column: problem (value)`.
mod check;
mod crlf;
mod input;

pub use check::{read_rows, RowCheck};
pub use input::{Encoding, Input};

use csv::StringRecord;

use crate::error::{AppError, ErrorKind};
use crate::text::visible;

/// How many row errors are printed before the rest is only counted.
pub const MAX_REPORTED: usize = 50;

/// Maps each input column to a known column (`Some`) or an ignored,
/// export-only one (`None`). Unknown or repeated headers are exit 5.
pub fn map_headers<F: Copy + PartialEq>(
    input: &Input,
    headers: &StringRecord,
    lookup: impl Fn(&str) -> Option<F>,
    ignored: &[&str],
    known: &[&str],
) -> Result<Vec<Option<F>>, AppError> {
    let mut columns = Vec::with_capacity(headers.len());
    let mut seen: Vec<String> = Vec::new();
    let mut errors = Vec::new();
    for header in headers {
        let name = header
            .trim()
            .trim_start_matches('\u{feff}')
            .to_ascii_lowercase();
        if seen.contains(&name) {
            errors.push(format!(
                "{}:1: duplicate column {:?}",
                input.name,
                visible(header)
            ));
        }
        seen.push(name.clone());
        if ignored.contains(&name.as_str()) {
            columns.push(None);
        } else if let Some(field) = lookup(&name) {
            columns.push(Some(field));
        } else {
            errors.push(format!(
                "{}:1: unknown column {:?}",
                input.name,
                visible(header)
            ));
            columns.push(None);
        }
    }
    if errors.is_empty() {
        Ok(columns)
    } else {
        Err(AppError::with_lines(ErrorKind::Invalid, errors)
            .hint(format!("known columns: {}", known.join(","))))
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
            lines.push(format!("… and {} more", self.total - lines.len()));
        }
        AppError::with_lines(kind, lines).hint(format!("nothing was {what}"))
    }
}

/// `FILE:LINE: column: problem (value)`.
pub fn row_error(file: &str, line: u64, column: &str, problem: &str, value: &str) -> String {
    format!("{file}:{line}: {column}: {problem} ({})", visible(value))
}
