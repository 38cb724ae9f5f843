//! `feedback import FILE [--dry-run]`: items in the `feedback export`
//! schema (headers by name, any order, `id` ignored). Every row is checked
//! first (`FILE:LINE: column: problem (value)`, first 50 then a count, exit
//! 5, nothing written); then one write transaction adds them all, each
//! with an `import` history line and an audit entry. Due dates follow the
//! stored SLA. All or nothing.
use std::path::PathBuf;

use clap::Args;
use csv::StringRecord;

use crate::context::Ctx;
use crate::csvio::{map_headers, Encoding, ErrorReport, Input};
use crate::db::audit::{self, Actor};
use crate::error::{AppError, ErrorKind, Result};
use crate::feedback::csv::{check, Checked, Refs, COLUMNS, REQUIRED};
use crate::feedback::flow::due_on;
use crate::feedback::store::{self, Change};
use crate::output::{Cell, Rows};
use crate::ui;

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// CSV file (`-` for stdin)
    pub file: PathBuf,
    /// Check everything and write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// The file's encoding
    #[arg(long, value_enum, default_value = "auto")]
    pub encoding: Encoding,
}

/// Every row checked: the items with their line numbers, or exit 5.
fn read(input: &Input, raw: bool, refs: &Refs) -> Result<Vec<(u64, Checked)>> {
    let mut reader = input.csv()?;
    let headers = reader
        .headers()
        .map_err(|e| AppError::invalid(format!("{}: {e}", input.name)))?
        .clone();
    let lookup = |name: &str| COLUMNS.iter().find(|c| **c == name).copied();
    let columns = map_headers(input, &headers, lookup, &["id"], &COLUMNS)?;
    let missing: Vec<&str> = REQUIRED
        .iter()
        .filter(|r| !columns.contains(&Some(**r)))
        .copied()
        .collect();
    if !missing.is_empty() {
        return Err(AppError::invalid(format!(
            "{}:1: missing required column(s): {}",
            input.name,
            missing.join(", ")
        ))
        .hint(format!("known columns: {}", COLUMNS.join(","))));
    }
    let mut report = ErrorReport::default();
    let mut items = Vec::new();
    let mut record = StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = record.position().map_or(0, |p| p.line());
                match check(&input.name, line, raw, &columns, &record, refs) {
                    Ok(item) => items.push((line, item)),
                    Err(problems) => problems.into_iter().for_each(|p| report.push(p)),
                }
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                report.push(format!("{}:{line}: {e}", input.name));
                break;
            }
        }
    }
    if report.is_empty() {
        Ok(items)
    } else {
        Err(report.into_error(ErrorKind::Invalid, "imported"))
    }
}

fn insert_all(
    conn: &rusqlite::Connection,
    items: &[(u64, Checked)],
    actor: &Actor,
) -> Result<Vec<i64>> {
    let mut ids = Vec::with_capacity(items.len());
    for (_, c) in items {
        let id = store::insert(conn, &c.item, &actor.at)?;
        let change = Change {
            action: "import",
            from: None,
            to: c.item.status,
            department: c.department.as_deref(),
            note: None,
        };
        store::add_history(conn, id, actor, &change)?;
        audit::record(
            conn,
            actor,
            "import",
            "feedback",
            Some(id),
            c.item.status.as_str(),
        )?;
        ids.push(id);
    }
    Ok(ids)
}

pub fn run(ctx: &mut Ctx, args: &ImportArgs) -> Result<()> {
    let input = Input::open(&args.file, args.encoding)?;
    let refs = Refs::load(&ctx.db.conn)?;
    let mut items = read(&input, ctx.out.csv.raw, &refs)?;
    if args.dry_run {
        ui::note(&format!(
            "dry run: {} feedback item(s) would be imported; nothing written",
            items.len()
        ));
        return Ok(());
    }
    let sla = store::default_sla(&ctx.db.conn)?;
    for (_, c) in &mut items {
        c.item.due_on = due_on(c.received.date_naive(), sla);
    }
    let actor = ctx.actor();
    let ids = ctx.db.write(|tx| insert_all(tx, &items, &actor))?;
    ui::note(&format!("imported {} feedback item(s)", ids.len()));
    let mut rows = Rows::new(&["line", "feedback_id", "status", "subject"]);
    for ((line, c), id) in items.iter().zip(&ids) {
        rows.push(vec![
            Cell::Int(*line as i64),
            Cell::Int(*id),
            Cell::Code(c.item.status.as_str().into()),
            Cell::Text(c.item.subject.clone()),
        ]);
    }
    ctx.out.list(&rows, None, "the file has no feedback")
}
