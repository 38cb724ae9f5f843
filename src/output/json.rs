//! JSON output: a list is written as a pretty-printed array one object at
//! a time (the bytes `serde_json::to_writer_pretty` would give for the
//! whole array), so a list of a million rows never sits in memory.
use std::io::Write;

use serde_json::Value;

use super::source::RowSource;
use super::{object_of, Cell};
use crate::error::Result;

/// Writes `value` pretty-printed, then a newline.
pub fn value(w: &mut dyn Write, value: &Value) -> Result<()> {
    serde_json::to_writer_pretty(&mut *w, value)?;
    w.write_all(b"\n")?;
    Ok(())
}

/// Streams the rows of `source` (at most `limit`) as a JSON array.
pub fn array(w: &mut dyn Write, source: &mut dyn RowSource, limit: Option<u64>) -> Result<()> {
    let columns = source.columns().to_vec();
    let mut first = true;
    let mut line = Vec::with_capacity(1024);
    source.each(limit, &mut |row: Vec<Cell>| {
        w.write_all(if first { b"[\n" } else { b",\n" })?;
        first = false;
        line.clear();
        serde_json::to_writer_pretty(&mut line, &object_of(&columns, &row))?;
        // Indented one level, as inside the array. JSON strings hold no raw
        // newline, so every newline here is the formatter's own.
        for (i, part) in line.split(|&b| b == b'\n').enumerate() {
            w.write_all(if i == 0 { b"  " } else { b"\n  " })?;
            w.write_all(part)?;
        }
        Ok(())
    })?;
    w.write_all(if first { b"[]\n" } else { b"\n]\n" })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Rows;

    fn streamed(rows: &Rows) -> String {
        let mut out = Vec::new();
        array(&mut out, &mut &*rows, None).expect("writes");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn streamed_array_has_the_bytes_of_serde_json() {
        let mut rows = Rows::new(&["id", "name", "notes"]);
        rows.push(vec![
            Cell::Int(1),
            Cell::Text("Müller".into()),
            Cell::Text("two\nlines".into()),
        ]);
        rows.push(vec![Cell::Int(2), Cell::Null, Cell::Dec1(2.5)]);
        let whole: Vec<Value> = rows.to_json();
        let mut expected = serde_json::to_string_pretty(&whole).expect("json");
        expected.push('\n');
        assert_eq!(streamed(&rows), expected);
    }

    #[test]
    fn an_empty_list_is_an_empty_array() {
        let rows = Rows::new(&["id"]);
        assert_eq!(streamed(&rows), "[]\n");
    }
}
