//! The `--rejects` file: the rejected rows as read (after decoding, with
//! our own formula guard taken off and put back by the writer), plus an
//! `error` column, so it can be fixed in a spreadsheet and imported again.
use std::collections::BTreeMap;
use std::path::Path;

use super::row::unguard;
use crate::csvio::Input;
use crate::error::Result;
use crate::output::{AtomicFile, CsvStyle};
use crate::residents::Field;

/// Writes the rows of `input` whose record number is in `rejects` to a temporary
/// file beside `path`; the caller commits it once the import committed.
pub fn write(
    path: &Path,
    input: &Input,
    columns: &[Option<Field>],
    rejects: &BTreeMap<u64, String>,
    style: CsvStyle,
) -> Result<AtomicFile> {
    let mut file = AtomicFile::create(path)?;
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
        while reader.read_byte_record(&mut record)? {
            // Counted as `stream::next_item` counts them.
            number += 1;
            let Some(error) = rejects.get(&number) else {
                continue;
            };
            cells.clear();
            for (i, cell) in record.iter().enumerate() {
                let cell = String::from_utf8_lossy(cell);
                cells.push(match columns.get(i).copied().flatten() {
                    Some(field) if field.is_free_text() => {
                        style.text(unguard(field, &cell, style.raw)).into_owned()
                    }
                    // Unvalidated: a code column may hold anything here.
                    _ => style.unchecked(&cell).into_owned(),
                });
            }
            while cells.len() < columns.len() {
                cells.push(String::new());
            }
            cells.push(style.text(error).into_owned());
            out.write_record(&cells)?;
        }
        out.flush()?;
    }
    Ok(file)
}
