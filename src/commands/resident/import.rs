//! `resident import FILE|-`: validated, all-or-nothing bulk import; see
//! `residents::import` for the two passes.
use std::io::IsTerminal;
use std::path::PathBuf;

use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::context::Ctx;
use crate::csvio::{Encoding, Input};
use crate::error::{AppError, Result};
use crate::residents::import::{self, OnConflict, Options};
use crate::t;
use crate::ui;

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// CSV file to import, or - for stdin
    pub file: PathBuf,
    /// Check everything and report what would happen; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// What to do with a row that matches a stored resident
    #[arg(long, value_enum, default_value = "error")]
    pub on_conflict: OnConflict,
    /// Do not treat same name + nationality (+ birth date or community) as the same person
    #[arg(long)]
    pub allow_duplicate: bool,
    /// Encoding of the file
    #[arg(long, value_enum, default_value = "auto")]
    pub encoding: Encoding,
    /// Create communities the file names that do not exist yet
    #[arg(long)]
    pub create_communities: bool,
    /// Import the valid rows; write the invalid ones to --rejects
    #[arg(long, requires = "rejects")]
    pub skip_invalid: bool,
    /// CSV file for the rejected rows, with an added `error` column
    #[arg(long, value_name = "FILE", requires = "skip_invalid")]
    pub rejects: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: &ImportArgs, raw: bool) -> Result<()> {
    let input = Input::open(&args.file, args.encoding)?;
    let options = Options {
        on_conflict: args.on_conflict,
        allow_duplicate: args.allow_duplicate,
        raw,
        create_communities: args.create_communities,
        rejects: args.rejects.clone(),
        dry_run: args.dry_run,
        csv_style: ctx.out.csv,
    };
    if let Some(rejects) = &args.rejects {
        if rejects == &args.file {
            return Err(AppError::usage(t!("desk-import-rejects-is-input")));
        }
        ctx.out.check_target(rejects)?;
    }
    let bar = progress_bar(input.len);
    let actor = ctx.actor();
    let today = ctx.today();
    let result = import::run(
        &mut ctx.db,
        &input,
        &options,
        &actor,
        &today,
        &mut |phase, pos| {
            // The phase by its label: "checking" → 检查中 (both catalogues).
            bar.set_message(crate::i18n::label("progress", phase));
            bar.set_position(pos);
        },
    );
    bar.finish_and_clear();
    let summary = result?;
    if summary.rows == 0 {
        ui::warn(&t!("desk-import-no-rows", file = input.name.to_string()));
    }
    let batch = summary
        .batch
        .map_or_else(|| t!("desk-batch-none"), |b| b.to_string());
    let file = input.name.to_string();
    let (inserted, updated) = (summary.inserted.to_string(), summary.updated.to_string());
    let (skipped, rejected) = (summary.skipped.to_string(), summary.rejected.to_string());
    ui::note(&t!(
        "desk-import-summary",
        mode = if args.dry_run { "dry-run" } else { "done" },
        file = file,
        inserted = inserted,
        updated = updated,
        skipped = skipped,
        rejected = rejected,
        batch = batch
    ));
    Ok(())
}

/// A byte-position bar on a terminal; hidden otherwise.
fn progress_bar(len: u64) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    if let Ok(style) =
        ProgressStyle::with_template("{spinner} {msg} {bytes}/{total_bytes} [{bar:30}] {eta}")
    {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}
