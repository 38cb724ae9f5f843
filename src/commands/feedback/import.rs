//! `feedback import FILE [--dry-run]`: items in the `feedback export`
//! schema (headers by name, any order, `id` ignored). Every row is checked
//! first (`FILE:LINE: column: problem (value)`, first 50 then a count, exit
//! 5, nothing written); then one write transaction adds them all, each
//! with an `import` history line and an audit entry. Due dates follow the
//! stored SLA. All or nothing.
use std::path::PathBuf;

use clap::Args;

use crate::context::Ctx;
use crate::csvio::{read_rows, Encoding, Input};
use crate::db::audit::{self, Actor};
use crate::error::Result;
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
    read_rows(input, &COLUMNS, &REQUIRED, |line, columns, record| {
        check(&input.name, line, raw, columns, record, refs)
    })
}

fn insert_all(
    conn: &crate::db::Connection,
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
        audit::record_about(
            conn,
            actor,
            "import",
            "feedback",
            Some(id),
            c.item.resident_id,
            c.item.status.as_str(),
        )?;
        ids.push(id);
    }
    Ok(ids)
}

pub fn run(ctx: &mut Ctx, args: &ImportArgs) -> Result<()> {
    let input = Input::open(&args.file, args.encoding)?;
    let raw = ctx.out.csv.raw;
    let first = read(&input, raw, &Refs::load(&ctx.db.conn)?)?;
    ui::trace("validated");
    if args.dry_run {
        ui::note(&crate::t!("svc-fb-import-dry-run", count = first.len()));
        return Ok(());
    }
    drop(first);
    let actor = ctx.actor();
    let (items, ids) = ctx.db.write(|tx| {
        // Residents and departments resolved again under the lock: one
        // erased (or a department removed) since the first pass fails the
        // import as the first pass would have, rather than linking an item
        // to an erased resident.
        let mut items = read(&input, raw, &Refs::load(tx)?)?;
        let sla = store::default_sla(tx)?;
        for (_, c) in &mut items {
            c.item.due_on = due_on(c.received.date_naive(), sla);
        }
        let ids = insert_all(tx, &items, &actor)?;
        Ok((items, ids))
    })?;
    ui::note(&crate::t!("svc-fb-imported", count = ids.len()));
    let mut rows = Rows::new(&["line", "feedback_id", "status", "subject"]);
    for ((line, c), id) in items.iter().zip(&ids) {
        rows.push(vec![
            Cell::Int(*line as i64),
            Cell::Int(*id),
            Cell::Code(c.item.status.as_str().into()),
            Cell::Text(c.item.subject.clone()),
        ]);
    }
    ctx.out.list(&rows, None, &crate::t!("svc-fb-import-empty"))
}
