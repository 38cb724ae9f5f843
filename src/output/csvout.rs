//! CSV output: RFC 4180, header row, UTF-8, `\n` (or, for `--excel`, a BOM
//! and `\r\n`), and the formula guard on free-text cells unless `--raw`.
//! With `--excel` (and not `--raw`), a text or code cell that Excel would
//! read as a number or date is written in the text form `="…"` instead
//! (see `csvio::excel`); numbers stay numbers.
use std::borrow::Cow;
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
    pub fn unchecked<'a>(self, value: &'a str) -> Cow<'a, str> {
        if self.raw {
            Cow::Borrowed(value)
        } else if let Some(text) = self.excel_text(value) {
            text.into()
        } else {
            guard_unchecked(value)
        }
    }

    /// The bytes of one free-text cell.
    pub fn text<'a>(self, value: &'a str) -> Cow<'a, str> {
        if self.raw {
            Cow::Borrowed(value)
        } else if let Some(text) = self.excel_text(value) {
            text.into()
        } else {
            guard(value)
        }
    }

    /// The bytes of one code cell (phone, id, date, vocabulary): never
    /// guarded, in Excel's text form when Excel would change it.
    pub fn code<'a>(self, value: &'a str) -> Cow<'a, str> {
        match self.excel_text(value) {
            Some(text) if !self.raw => text.into(),
            _ => Cow::Borrowed(value),
        }
    }

    /// `="…"` for a value Excel would change, with `--excel` only.
    fn excel_text(self, value: &str) -> Option<String> {
        if self.excel {
            crate::csvio::excel::wrap(value)
        } else {
            None
        }
    }
}

/// Spreadsheets run a cell starting with `= + - @`, tab, CR or `'` as a
/// formula (or eat the quote): such a cell gets one more leading `'`.
pub fn guard(value: &str) -> Cow<'_, str> {
    match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\'') => format!("'{value}").into(),
        _ => value.into(),
    }
}

/// A cell nobody validated (a rejected row as read): guarded like free
/// text unless it is a number or has the shape of a phone number, which
/// the importer reads without taking a quote off.
pub fn guard_unchecked(value: &str) -> Cow<'_, str> {
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
            Cell::Text(s) | Cell::Named(s, _) => style.text(s).into_owned(),
            Cell::Code(s) | Cell::Country(s) => style.code(s).into_owned(),
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
        assert!(
            excel.contains("\r\n1,'=SUM(A1),\"=\"\"+86138\"\"\"\r\n"),
            "{excel}"
        );
        let both = render(CsvStyle {
            excel: true,
            raw: true,
        });
        assert!(both.contains("\r\n1,=SUM(A1),+86138\r\n"), "{both}");
    }

    #[test]
    fn excel_keeps_fragile_values_as_text_in_every_kind_of_cell() {
        let excel = CsvStyle {
            excel: true,
            raw: false,
        };
        for value in ["+8613812345678", "007", "123456789012"] {
            let text = format!("=\"{value}\"");
            assert_eq!(excel.text(value), text);
            assert_eq!(excel.code(value), text);
            assert_eq!(excel.unchecked(value), text);
            assert_eq!(CsvStyle::default().code(value), value);
        }
        // The formula guard still comes first for everything else.
        assert_eq!(excel.text("+x"), "'+x");
        assert_eq!(excel.text("=\"007\""), "'=\"007\"");
        assert_eq!(excel.code("2026-03-12"), "2026-03-12");
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
