//! `copy --from DB --to DB`: the whole database from one backend to the
//! other (SPEC §10). The target is created (a SQLite file, or the schema in
//! an empty PostgreSQL database) and must hold nothing yet; the copy is one
//! transaction on the target, counted table by table, and audited there. A
//! SQLite file this command created is removed again when the copy fails.
use std::path::{Path, PathBuf};

use clap::Args;

use crate::cli::GlobalArgs;
use crate::clock::Clock;
use crate::context::operator;
use crate::db::audit::Actor;
use crate::db::{copy, pg, Create, Db, Location};
use crate::error::{AppError, Result};
use crate::t;
use crate::ui;

#[derive(Debug, Args)]
pub struct CopyArgs {
    /// The database to copy: a SQLite file or a postgres:// address
    #[arg(long, value_name = "DB")]
    pub from: PathBuf,
    /// The new or empty database to copy it into
    #[arg(long, value_name = "DB")]
    pub to: PathBuf,
}

pub fn run(global: &GlobalArgs, args: &CopyArgs) -> Result<()> {
    let clock = Clock::from_env()?;
    if same_database(&args.from, &args.to) {
        return Err(AppError::usage(t!("desk-copy-same")));
    }
    let source = Db::open(&explicit(&args.from), Create::Never)?;
    let made_here = !pg::is_url(&args.to.to_string_lossy()) && !args.to.exists();
    let result = Db::open(&explicit(&args.to), Create::Allowed).and_then(|target| {
        let actor = Actor {
            operator: operator(global)?,
            at: clock.stamp(),
        };
        let from = args.from.display().to_string();
        copy::copy_all(&source.conn, &target.conn, Some((&actor, &from)))
    });
    let copied = match result {
        Ok(copied) => copied,
        Err(err) => {
            if made_here {
                remove_database_file(&args.to);
            }
            return Err(err);
        }
    };
    ui::note(&t!(
        "desk-copied",
        rows = copied.total(),
        tables = copied.tables.len(),
        from = args.from.display().to_string(),
        to = args.to.display().to_string()
    ));
    Ok(())
}

fn explicit(path: &Path) -> Location {
    Location {
        path: path.to_path_buf(),
        explicit: true,
    }
}

/// The same file (by its canonical path) or the same address.
fn same_database(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// A SQLite file made for a copy that failed, with its side files.
fn remove_database_file(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        // Best effort: what cannot be removed is an empty database.
        let _ = std::fs::remove_file(PathBuf::from(name));
    }
}
