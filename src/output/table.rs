//! Terminal tables (comfy-table) fitted to a width (SPEC §1 "table"): no
//! line is wider and no list cell wraps. Cells are cut with `…` by display
//! width (a CJK character is two columns); when even the narrowest cut
//! cannot fit, the list's expendable columns are left out, least important
//! first, and the caller says which. A single record (`show`) keeps every
//! value whole, wrapping long text inside its cell.
use std::io::Write;

use comfy_table::{presets, Cell as TableCell, ContentArrangement, Table};

use super::Cell;
use crate::error::Result;
use crate::text::{display_width, ellipsize, escape_controls};

/// A cut column keeps at least this many columns of its text.
const MIN_CUT: usize = 10;
/// A header is never cut below this many columns (`Nationa…`).
const MIN_HEADER: usize = 6;
/// Border and padding: `│ ` before each column and ` ` after, `│` at the end.
const PER_COLUMN: usize = 3;

fn new_table() -> Table {
    let mut table = Table::new();
    table.load_preset(presets::UTF8_FULL_CONDENSED);
    table
}

/// How wide each kept column is drawn; `None` for a column left out.
pub fn fit(
    natural: &[usize],
    min: &[usize],
    drop_order: &[usize],
    width: usize,
) -> Vec<Option<usize>> {
    let mut kept: Vec<bool> = vec![true; natural.len()];
    let total = |kept: &[bool], ws: &[usize]| -> usize {
        1 + kept
            .iter()
            .zip(ws)
            .filter(|(k, _)| **k)
            .map(|(_, w)| w + PER_COLUMN)
            .sum::<usize>()
    };
    // Leave out expendable columns while even the narrowest cut is too wide;
    // as a last resort, the rightmost columns (never the first).
    let mut fallback = (1..natural.len()).rev();
    while total(&kept, min) > width && kept.iter().filter(|k| **k).count() > 1 {
        let next = drop_order
            .iter()
            .copied()
            .find(|&i| kept[i])
            .or_else(|| fallback.find(|&i| kept[i]));
        match next {
            Some(i) => kept[i] = false,
            None => break,
        }
    }
    // Then shave the widest cuttable column, one column at a time.
    let mut widths = natural.to_vec();
    while total(&kept, &widths) > width {
        let widest = (0..widths.len())
            .filter(|&i| kept[i] && widths[i] > min[i])
            .max_by_key(|&i| (widths[i] - min[i], widths[i]));
        match widest {
            Some(i) => widths[i] -= 1,
            None => break,
        }
    }
    widths
        .into_iter()
        .zip(kept)
        .map(|(w, k)| k.then_some(w))
        .collect()
}

/// A list as a table at most `width` columns wide; returns the names of
/// the columns left out.
pub fn list(
    w: &mut dyn Write,
    headers: &[String],
    expendable: &[&str],
    rows: &[Vec<Cell>],
    width: usize,
) -> Result<Vec<String>> {
    let texts: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            row.iter()
                .map(|c| ellipsize(&c.shown(), usize::MAX))
                .collect()
        })
        .collect();
    let names = headers;
    let headers: Vec<String> = names.iter().map(|n| crate::i18n::header(n)).collect();
    let mut natural: Vec<usize> = headers.iter().map(|h| display_width(h)).collect();
    for row in &texts {
        for (n, text) in natural.iter_mut().zip(row) {
            *n = (*n).max(display_width(text));
        }
    }
    // Only free text is cut. A cut id, count, date, time, code or phone
    // would be a wrong value, not a shorter one: such a column keeps its
    // values whole (its header may be cut to their width), and a table too
    // narrow for it leaves the column out instead.
    let min: Vec<usize> = (0..headers.len())
        .map(|i| {
            let atomic = rows.iter().all(|r| !matches!(r[i], Cell::Text(_)));
            let values = texts
                .iter()
                .map(|r| display_width(&r[i]))
                .max()
                .unwrap_or(0);
            if atomic {
                values.max(MIN_HEADER.min(natural[i]))
            } else {
                natural[i].min(MIN_CUT)
            }
        })
        .collect();
    let drop_order: Vec<usize> = expendable
        .iter()
        .filter_map(|name| names.iter().position(|h| h == name))
        .collect();
    let widths = fit(&natural, &min, &drop_order, width);
    let mut table = new_table();
    table.set_content_arrangement(ContentArrangement::Disabled);
    let shown = |cells: &[String]| -> Vec<TableCell> {
        cells
            .iter()
            .zip(&widths)
            .filter_map(|(text, w)| w.map(|w| TableCell::new(ellipsize(text, w))))
            .collect()
    };
    table.set_header(shown(&headers));
    for row in &texts {
        table.add_row(shown(row));
    }
    writeln!(w, "{table}")?;
    Ok(headers
        .iter()
        .zip(&widths)
        .filter(|(_, w)| w.is_none())
        .map(|(h, _)| h.clone())
        .collect())
}

/// One record as a two-column table of field and value, at most `width`
/// wide: values are whole, long ones wrapped inside their cell.
pub fn record(w: &mut dyn Write, columns: &[String], row: &[Cell], width: usize) -> Result<()> {
    let mut table = new_table();
    table
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(u16::try_from(width).unwrap_or(u16::MAX));
    for (name, cell) in columns.iter().zip(row) {
        // Newlines and tabs kept; other control characters (never valid in
        // stored text) shown escaped, not run.
        let value = cell.shown();
        let value = escape_controls(&value, &['\n', '\t']).into_owned();
        table.add_row(vec![crate::i18n::header(name), value]);
    }
    writeln!(w, "{table}")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn width_of(widths: &[Option<usize>]) -> usize {
        1 + widths
            .iter()
            .flatten()
            .map(|w| w + PER_COLUMN)
            .sum::<usize>()
    }

    #[test]
    fn fits_by_shaving_the_widest_column_first() {
        let widths = fit(&[4, 30, 10], &[4, 8, 8], &[], 40);
        assert_eq!(width_of(&widths), 40);
        assert_eq!(widths, vec![Some(4), Some(16), Some(10)]);
    }

    #[test]
    fn leaves_out_expendable_columns_when_cutting_is_not_enough() {
        let widths = fit(&[4, 30, 30, 30], &[4, 8, 8, 8], &[2], 30);
        assert_eq!(widths[2], None);
        assert!(width_of(&widths) <= 30);
        assert_eq!(widths[0], Some(4));
    }

    #[test]
    fn a_table_that_fits_is_left_alone() {
        assert_eq!(fit(&[2, 5], &[2, 5], &[1], 100), vec![Some(2), Some(5)]);
    }

    #[test]
    fn rendered_lines_never_exceed_the_width() {
        let headers: Vec<String> = ["id", "family_name", "community", "email"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let rows = vec![vec![
            Cell::Int(12345),
            Cell::Text("Müller-Lüdenscheidt von Hohenzollern".into()),
            Cell::Text("绿庭国际社区第三期东区".into()),
            Cell::Code("someone.with.a.long.address@example.com".into()),
        ]];
        for width in [40, 60, 80, 120] {
            let mut out = Vec::new();
            let dropped = list(&mut out, &headers, &["email"], &rows, width).expect("renders");
            let text = String::from_utf8(out).expect("utf-8");
            for line in text.lines() {
                assert!(display_width(line) <= width, "{width}: {line}");
            }
            assert_eq!(
                text.lines().count(),
                5,
                "one line a row at {width}:\n{text}"
            );
            assert!(text.contains("12345"), "ids are never cut");
            // An e-mail address is never cut: it is left out when it cannot fit.
            assert_eq!(dropped.is_empty(), width >= 80, "{width}: {dropped:?}");
        }
    }
}
