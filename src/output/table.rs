//! Terminal tables (comfy-table), fitted to the terminal width; long cells
//! are cut with `…` in lists, shown whole in a single record.
use std::io::Write;

use comfy_table::{presets, ContentArrangement, Table};

use super::Rows;
use crate::error::Result;
use crate::text::{ellipsize, escape_controls};

/// Widest a list cell gets before it is cut.
const LIST_CELL_MAX: usize = 40;

fn new_table() -> Table {
    let mut table = Table::new();
    table
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    table
}

pub fn list(w: &mut dyn Write, rows: &Rows) -> Result<()> {
    let mut table = new_table();
    table.set_header(&rows.columns);
    for row in &rows.rows {
        table.add_row(row.iter().map(|c| ellipsize(&c.display(), LIST_CELL_MAX)));
    }
    writeln!(w, "{table}")?;
    Ok(())
}

pub fn record(w: &mut dyn Write, rows: &Rows) -> Result<()> {
    for row in &rows.rows {
        let mut table = new_table();
        for (name, cell) in rows.columns.iter().zip(row) {
            // Whole, newlines and tabs kept; other control characters
            // (never valid in stored text) shown escaped, not run.
            let value = cell.display();
            let value = escape_controls(&value, &['\n', '\t']).into_owned();
            table.add_row(vec![name.clone(), value]);
        }
        writeln!(w, "{table}")?;
    }
    Ok(())
}
