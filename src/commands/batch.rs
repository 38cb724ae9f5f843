//! `batch list`, `batch undo ID`: past imports, and taking one back.
use clap::{Args, Subcommand};

use crate::batches;
use crate::commands::LimitArg;
use crate::context::Ctx;
use crate::db::audit;
use crate::error::Result;
use crate::output::{Cell, Rows};
use crate::t;
use crate::ui;

#[derive(Debug, Subcommand)]
pub enum BatchCommand {
    /// List past imports
    List(ListArgs),
    /// Remove what a batch inserted and restore what it updated
    Undo(UndoArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub limit: LimitArg,
}

#[derive(Debug, Args)]
pub struct UndoArgs {
    /// Batch id (see `batch list`)
    pub id: i64,
}

pub fn dispatch(ctx: &mut Ctx, command: BatchCommand) -> Result<()> {
    match command {
        BatchCommand::List(args) => list(ctx, &args),
        BatchCommand::Undo(args) => undo(ctx, &args),
    }
}

fn list(ctx: &mut Ctx, args: &ListArgs) -> Result<()> {
    let mut rows = Rows::new(&[
        "id",
        "kind",
        "source",
        "started_at",
        "operator",
        "inserted",
        "updated",
        "skipped",
        "rejected",
        "undone_at",
    ]);
    for b in batches::list(&ctx.db.conn)? {
        rows.push(vec![
            Cell::Int(b.id),
            Cell::Code(b.kind),
            Cell::Text(b.source),
            Cell::Time(b.started_at),
            Cell::Text(b.operator),
            Cell::Int(b.inserted),
            Cell::Int(b.updated),
            Cell::Int(b.skipped),
            Cell::Int(b.rejected),
            Cell::time(b.undone_at),
        ]);
    }
    ctx.out
        .limited(args.limit.limit)
        .list(&rows, None, &t!("desk-batch-none-yet"))
}

fn undo(ctx: &mut Ctx, args: &UndoArgs) -> Result<()> {
    // Say what will go before it goes, like `erase`: at a terminal a
    // question, elsewhere `-y` or exit 4. An unknown or undone batch is
    // reported by the undo itself, without asking.
    let batch = batches::list(&ctx.db.conn)?
        .into_iter()
        .find(|b| b.id == args.id && b.undone_at.is_none());
    if let Some(b) = batch {
        ctx.prompt.confirm(&crate::t!(
            "batch-undo-confirm",
            id = b.id,
            kind = b.kind,
            source = b.source,
            at = b.started_at,
            operator = b.operator,
            inserted = b.inserted,
            updated = b.updated
        ))?;
    }
    let actor = ctx.actor();
    let done = ctx.db.write(|tx| {
        let done = batches::undo(tx, args.id, &actor.at)?;
        let detail = format!("removed {}, restored {}", done.removed, done.restored);
        audit::record(tx, &actor, "undo", "batch", Some(args.id), &detail)?;
        Ok(done)
    })?;
    ui::note(&t!(
        "desk-batch-undone",
        id = args.id.to_string(),
        removed = done.removed,
        restored = done.restored
    ));
    Ok(())
}
