//! `demo [--db PATH]`: a fresh database of realistic sample data, built
//! beside the target and renamed into place. Without `--db` it is
//! `demo.db` in the data directory, never the real database. An existing
//! file is replaced only if it is itself a demo database.
use std::path::{Path, PathBuf};

use clap::Args;

use crate::cli::GlobalArgs;
use crate::clock::Clock;
use crate::context::{non_empty, operator};
use crate::db::audit::Actor;
use crate::db::{Create, Db, Location};
use crate::error::{AppError, Result};
use crate::t;
use crate::ui;

#[derive(Debug, Args)]
pub struct DemoArgs {}

/// Commands worth a first look at the demo, printed after it is made: the
/// same in every language, as the user types them.
const LOOK_AROUND: &[&str] = &[
    "today",
    "resident list",
    "resident find muller",
    "resident show 1",
    "resident list --registration-due",
    "resident list --permit-expiring 30",
    "community list",
    "course list",
    "schedule --from {today}",
    "course show 3",
    "feedback list --overdue",
    "notice recipients 2",
];

pub fn run(global: &GlobalArgs, _args: &DemoArgs) -> Result<()> {
    let clock = Clock::from_env()?;
    let path = match non_empty(global.db.clone()) {
        Some(p) => p,
        None => default_demo_path()?,
    };
    if crate::db::pg::is_url(&path.to_string_lossy()) {
        return on_server(global, &clock, &path);
    }
    if path.exists() && !is_demo(&path) {
        return Err(AppError::conflict(t!(
            "desk-demo-not-demo",
            file = path.display().to_string()
        ))
        .hint(t!("desk-demo-not-demo-hint")));
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).map_err(|e| AppError::io_at(&dir, "create folder", &e))?;
    let temp = tempfile::Builder::new()
        .prefix(".expatdesk-demo-")
        .tempfile_in(&dir)
        .map_err(|e| AppError::io_at(&dir, "write in", &e))?;
    let temp_path = temp.path().to_path_buf();
    let loaded = {
        let mut db = Db::open(
            &Location {
                path: temp_path.clone(),
                explicit: true,
            },
            Create::Allowed,
        )?;
        let loaded = load(&mut db, global, &clock)?;
        // Fold the WAL back in so the one file is the whole database.
        db.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
        loaded
    };
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(with_suffix(&path, suffix));
        let _ = std::fs::remove_file(with_suffix(&temp_path, suffix));
    }
    temp.persist(&path)
        .map_err(|e| AppError::io_at(&path, "write", &e.error))?;
    ready(&path, &loaded, &clock);
    Ok(())
}

/// The demo data, marked as such, in one transaction.
fn load(db: &mut Db, global: &GlobalArgs, clock: &Clock) -> Result<crate::demo::Loaded> {
    let actor = Actor {
        operator: operator(global)?,
        at: clock.stamp(),
    };
    db.write(|tx| {
        tx.execute("INSERT INTO settings (key, value) VALUES ('demo', '1')", [])?;
        crate::demo::load(tx, &actor, clock.today())
    })
}

/// On the shared server: into its database, which must hold nothing yet
/// (the schema is made when missing).
fn on_server(global: &GlobalArgs, clock: &Clock, url: &Path) -> Result<()> {
    let location = Location {
        path: url.to_path_buf(),
        explicit: true,
    };
    let mut db = Db::open(&location, Create::Allowed)?;
    let found = crate::db::copy::content_rows(&db.conn)?;
    if found > 0 {
        return Err(
            AppError::conflict(t!("desk-demo-not-demo", file = url.display().to_string()))
                .hint(t!("desk-demo-not-demo-hint")),
        );
    }
    let loaded = load(&mut db, global, clock)?;
    ready(url, &loaded, clock);
    Ok(())
}

/// What was made, and commands worth a first look.
fn ready(path: &Path, loaded: &crate::demo::Loaded, clock: &Clock) {
    let shown = path.display();
    let ready = t!(
        "desk-demo-ready",
        file = shown.to_string(),
        communities = loaded.communities.to_string(),
        residents = loaded.residents.to_string(),
        courses = loaded.courses.to_string(),
        feedback = loaded.feedback.to_string(),
        notices = loaded.notices.to_string()
    );
    let look = t!("desk-demo-look-around");
    let env = t!("desk-demo-set-env", file = shown.to_string());
    let today = crate::clock::format_date(clock.today());
    let mut text = format!("{ready}\n\n{look}\n");
    for command in LOOK_AROUND {
        let command = command.replace("{today}", &today);
        text.push_str(&format!("  expatdesk --db {shown} {command}\n"));
    }
    text.push_str(&env);
    ui::note(&text);
}

fn default_demo_path() -> Result<PathBuf> {
    let default = Location::resolve(None)?;
    Ok(default.path.with_file_name("demo.db"))
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// A file `demo` made before (it carries the `demo` setting).
fn is_demo(path: &Path) -> bool {
    let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY;
    let Ok(conn) = rusqlite::Connection::open_with_flags(path, flags) else {
        return false;
    };
    conn.query_row("SELECT value FROM settings WHERE key = 'demo'", [], |r| {
        r.get::<_, String>(0)
    })
    .is_ok_and(|v| v == "1")
}
