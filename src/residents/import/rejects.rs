//! The `--rejects` file: the rejected rows as read (after decoding, with
//! our own formula guard taken off and put back by the writer), plus an
//! `error` column, so it can be fixed in a spreadsheet and imported again.
use std::path::Path;

use crate::db::Connection;

use super::row::unguard;
use super::spool;
use crate::csvio::Input;
use crate::error::Result;
use crate::output::{AtomicFile, CsvStyle};
use crate::residents::Field;

/// Writes the rows of `input` that the import rejected (see `spool`) to a
/// temporary file beside `path`; the caller commits it once the import
/// committed. The input and the rejected rows are both walked in record
/// order, side by side.
pub fn write(
    conn: &Connection,
    path: &Path,
    input: &Input,
    columns: &[Option<Field>],
    style: CsvStyle,
) -> Result<AtomicFile> {
    let mut file = AtomicFile::create(path)?;
    // A failed write names the rejects file (a full disk, say), not
    // whichever layer saw it first.
    let written = fill(conn, &mut file, input, columns, style);
    written.map_err(|e| file.explain(e))?;
    Ok(file)
}

fn fill(
    conn: &Connection,
    file: &mut AtomicFile,
    input: &Input,
    columns: &[Option<Field>],
    style: CsvStyle,
) -> Result<()> {
    {
        let mut out = style.writer(file.writer())?;
        let mut reader = input.csv()?;
        let mut header: Vec<String> = reader.headers()?.iter().map(String::from).collect();
        header.push("error".into());
        out.write_record(&header)?;
        // Bytes, not strings: a row that is not valid UTF-8 is rejected for
        // that, and must reach the file too (its bad bytes as U+FFFD).
        let mut record = csv::ByteRecord::new();
        let mut cells: Vec<String> = Vec::new();
        let mut number = 0u64;
        spool::each_reject(conn, &mut |wanted, error| {
            // Counted as `stream::next_item` counts them.
            while number < wanted {
                if !reader.read_byte_record(&mut record)? {
                    return Ok(());
                }
                number += 1;
            }
            cells.clear();
            for (i, cell) in record.iter().enumerate() {
                let cell = String::from_utf8_lossy(cell);
                cells.push(match columns.get(i).copied().flatten() {
                    Some(field) if field.is_free_text() => {
                        style.text(unguard(field, &cell, style.raw)).into_owned()
                    }
                    // Unvalidated: a code column may hold anything here.
                    _ => style
                        .unchecked(crate::csvio::excel::read(&cell, style.raw))
                        .into_owned(),
                });
            }
            while cells.len() < columns.len() {
                cells.push(String::new());
            }
            cells.push(style.text(&error).into_owned());
            out.write_record(&cells)?;
            Ok(())
        })?;
        out.flush()?;
    }
    Ok(())
}
