//! `manpages DIR`: one roff manual page per command (`expatdesk.1`,
//! `expatdesk-resident-add.1`, …), in the interface's language, with the
//! same `Examples:` as `--help`. Each page is written atomically.
use std::path::{Path, PathBuf};

use clap::{Args, Command};

use crate::error::{AppError, Result};
use crate::output::AtomicFile;
use crate::t;

#[derive(Debug, Args)]
pub struct ManpagesArgs {
    /// Folder to write the pages into (it must exist)
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
}

pub fn run(args: &ManpagesArgs) -> Result<()> {
    if !args.dir.is_dir() {
        return Err(AppError::usage(t!(
            "desk-manpages-not-folder",
            dir = args.dir.display().to_string()
        ))
        .hint(t!("desk-manpages-not-folder-hint")));
    }
    let mut cmd = crate::help::command();
    cmd.build();
    let mut written = 0;
    write_pages(&cmd, "expatdesk", &args.dir, &mut written)?;
    crate::ui::note(&t!(
        "desk-manpages-written",
        count = written,
        dir = args.dir.display().to_string()
    ));
    Ok(())
}

fn write_pages(cmd: &Command, name: &str, dir: &Path, written: &mut usize) -> Result<()> {
    let page = cmd.clone().name(name.to_string());
    let path = dir.join(format!("{name}.1"));
    let mut file = AtomicFile::create(&path)?;
    if let Err(err) = clap_mangen::Man::new(page).render(file.writer()) {
        return Err(file.explain(AppError::io_at(&path, "write", &err)));
    }
    file.commit()?;
    *written += 1;
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        write_pages(sub, &format!("{name}-{}", sub.get_name()), dir, written)?;
    }
    Ok(())
}
