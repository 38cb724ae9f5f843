//! Horizontal bar charts for `--chart` (SPEC §7): one line per row,
//! `label │█████▌ value`, fitted to the same width as the tables
//! (`output::terminal_width`: the terminal, else `COLUMNS`, else 100),
//! labels measured in display columns (CJK = 2).
use std::io::IsTerminal;

/// The width to draw in: the one the tables use.
pub fn terminal_width() -> usize {
    crate::output::terminal_width()
}

/// Whether stdout is a terminal; when not, callers print plain lines.
pub fn stdout_is_terminal() -> bool {
    std::io::stdout().is_terminal()
}

/// Eighths of a block, for the partial cell at the end of a bar.
const PARTS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/// One line per `(label, value)`: the label padded to the longest one, a
/// bar scaled so the largest value fills the room left in `width`, then
/// the value (a whole number without decimals, else one decimal). Labels
/// longer than half the width are cut with `…`. Negative values
/// draw no bar.
pub fn bar_chart(rows: &[(String, f64)], width: usize) -> String {
    let value_text = |v: f64| {
        if v.fract() == 0.0 && v.abs() < 1e15 {
            format!("{}", v as i64)
        } else {
            format!("{v:.1}")
        }
    };
    let label_max = (width / 2).max(4);
    let labels: Vec<String> = rows.iter().map(|(l, _)| cut(l, label_max)).collect();
    let label_width = labels
        .iter()
        .map(|l| crate::text::display_width(l))
        .max()
        .unwrap_or(0);
    let values: Vec<String> = rows.iter().map(|(_, v)| value_text(*v)).collect();
    let value_width = values.iter().map(|v| v.chars().count()).max().unwrap_or(0);
    // label, " │", bar, " ", value
    let room = width.saturating_sub(label_width + 3 + value_width).max(1);
    let max = rows.iter().map(|(_, v)| *v).fold(0.0_f64, f64::max);
    let mut out = String::new();
    for ((label, (_, value)), text) in labels.iter().zip(rows).zip(&values) {
        let eighths = if max > 0.0 && *value > 0.0 {
            ((value / max) * room as f64 * 8.0).round() as usize
        } else {
            0
        };
        let mut bar = "█".repeat(eighths / 8);
        if eighths % 8 != 0 {
            bar.push(PARTS[eighths % 8]);
        }
        let pad = label_width - crate::text::display_width(label);
        out.push_str(&format!("{label}{:pad$} │{bar} {text}\n", "", pad = pad));
    }
    out
}

/// `text` cut to `max` display columns, the last one `…` when cut;
/// control characters escaped.
fn cut(text: &str, max: usize) -> String {
    crate::text::ellipsize(&crate::text::escape_controls(text, &[]), max)
}

/// The chart without bar characters, for a pipe or a file: one line per
/// row, its cells separated by two spaces.
pub fn plain_lines(rows: &[Vec<String>]) -> String {
    rows.iter()
        .map(|r| crate::text::escape_controls(&r.join("  "), &[]).into_owned() + "\n")
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_largest_bar_fills_the_room_and_lines_fit_the_width() {
        let rows = vec![
            ("Germany".to_string(), 4.0),
            ("Japan".to_string(), 2.0),
            ("(unknown)".to_string(), 0.0),
        ];
        let chart = bar_chart(&rows, 40);
        let lines: Vec<&str> = chart.lines().collect();
        assert_eq!(lines.len(), 3);
        for line in &lines {
            assert!(line.chars().count() <= 40, "{line:?}");
        }
        // 40 - 9 (label) - 3 - 1 (value) = 27 cells for the largest value.
        assert_eq!(lines[0], format!("Germany   │{} 4", "█".repeat(27)));
        assert!(lines[1].starts_with("Japan     │█████████████▌ 2"));
        assert_eq!(lines[2], "(unknown) │ 0");
    }

    #[test]
    fn long_labels_are_cut_and_fractions_keep_a_decimal() {
        let rows = vec![("a".repeat(50), 12.5)];
        let chart = bar_chart(&rows, 30);
        assert!(
            chart.starts_with(&format!("{}… │", "a".repeat(14))),
            "{chart}"
        );
        assert!(chart.trim_end().ends_with(" 12.5"));
        assert_eq!(bar_chart(&[], 80), "");
    }

    #[test]
    fn plain_lines_have_no_bars() {
        let text = plain_lines(&[vec!["Germany".into(), "4".into(), "50.0%".into()]]);
        assert_eq!(text, "Germany  4  50.0%\n");
    }
}
