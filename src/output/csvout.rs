//! CSV output: RFC 4180, header row, UTF-8, `\n` (or, for `--excel`, a BOM
//! and `\r\n`), and the formula guard on free-text cells unless `--raw`.
use std::io::Write;

use super::source::RowSource;
use super::Cell;
use crate::error::Result;

#[derive(Debug, Clone, Copy, Default)]
pub struct CsvStyle {
    pub excel: bool,
    pub raw: bool,
}

impl CsvStyle {
    pub fn writer<W: Write>(self, mut w: W) -> Result<csv::Writer<W>> {
        if self.excel {
            w.write_all("\u{feff}".as_bytes())?;
        }
        let terminator = if self.excel {
            csv::Terminator::CRLF
        } else {
            csv::Terminator::Any(b'\n')
        };
        Ok(csv::WriterBuilder::new()
            .terminator(terminator)
            .from_writer(w))
    }

    /// The bytes of one cell nobody validated (see `guard_unchecked`).
    pub fn unchecked<'a>(self, value: &'a str) -> std::borrow::Cow<'a, str> {
        if self.raw {
            std::borrow::Cow::Borrowed(value)
        } else {
            guard_unchecked(value)
        }
    }

    /// The bytes of one free-text cell.
    pub fn text<'a>(self, value: &'a str) -> std::borrow::Cow<'a, str> {
        if self.raw {
            std::borrow::Cow::Borrowed(value)
        } else {
            guard(value)
        }
    }
}

/// Spreadsheets run a cell starting with `= + - @`, tab, CR or `'` as a
/// formula (or eat the quote): such a cell gets one more leading `'`.
pub fn guard(value: &str) -> std::borrow::Cow<'_, str> {
    match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\'') => format!("'{value}").into(),
        _ => value.into(),
    }
}

/// A cell nobody validated (a rejected row as read): guarded like free
/// text unless it is a number or has the shape of a phone number, which
/// the importer reads without taking a quote off.
pub fn guard_unchecked(value: &str) -> std::borrow::Cow<'_, str> {
    let phone = value.starts_with('+')
        && value[1..]
            .chars()
            .all(|c| c.is_ascii_digit() || " -.()".contains(c));
    if phone || value.trim().parse::<f64>().is_ok() {
        value.into()
    } else {
        guard(value)
    }
}

/// Streams the rows of `source` (at most `limit`) as CSV with a header.
pub fn write(
    w: &mut dyn Write,
    source: &mut dyn RowSource,
    limit: Option<u64>,
    style: CsvStyle,
) -> Result<()> {
    let mut out = style.writer(w)?;
    out.write_record(source.columns())?;
    let mut record: Vec<String> = Vec::with_capacity(source.columns().len());
    source.each(limit, &mut |row: Vec<Cell>| {
        record.clear();
        record.extend(row.iter().map(|cell| match cell {
            Cell::Text(s) => style.text(s).into_owned(),
            other => other.display(),
        }));
        out.write_record(&record)?;
        Ok(())
    })?;
    out.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Rows;

    fn render(style: CsvStyle) -> String {
        let mut rows = Rows::new(&["id", "notes", "phone"]);
        rows.push(vec![
            Cell::Int(1),
            Cell::Text("=SUM(A1)".into()),
            Cell::Code("+86138".into()),
        ]);
        rows.push(vec![
            Cell::Int(2),
            Cell::Text("a,\"b\"\nc".into()),
            Cell::Null,
        ]);
        let mut buf = Vec::new();
        write(&mut buf, &mut &rows, None, style).expect("writes");
        String::from_utf8(buf).expect("utf-8")
    }

    #[test]
    fn guards_free_text_but_not_codes() {
        assert_eq!(
            render(CsvStyle::default()),
            "id,notes,phone\n1,'=SUM(A1),+86138\n2,\"a,\"\"b\"\"\nc\",\n"
        );
    }

    #[test]
    fn raw_and_excel_styles() {
        let raw = render(CsvStyle {
            excel: false,
            raw: true,
        });
        assert!(raw.contains("\n1,=SUM(A1),"));
        let excel = render(CsvStyle {
            excel: true,
            raw: false,
        });
        assert!(excel.starts_with("\u{feff}id,notes,phone\r\n"));
    }

    #[test]
    fn guard_covers_every_trigger() {
        for s in ["=a", "+a", "-a", "@a", "\ta", "\ra", "'a"] {
            assert_eq!(guard(s), format!("'{s}"));
        }
        assert_eq!(guard("a=b"), "a=b");
    }

    #[test]
    fn unchecked_cells_keep_numbers_and_phones() {
        for s in ["-1", "+1.5", "+86 138-1234 (5678)", "2026-01-01", "DE"] {
            assert_eq!(guard_unchecked(s), s);
        }
        for s in ["@@", "=1+1", "-x", "+x", "\tx"] {
            assert_eq!(guard_unchecked(s), format!("'{s}"));
        }
    }
}
