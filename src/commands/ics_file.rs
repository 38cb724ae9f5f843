//! The `--ics FILE` of `schedule` and `course show`: sessions written as
//! one iCalendar file, atomically like every `-o` file, with a note on
//! stderr. Without sessions no file is written at all: RFC 5545 wants at
//! least one component in a calendar, and an empty file would replace a
//! calendar a program already imported.
use std::path::Path;

use crate::context::Ctx;
use crate::courses::calendar_event;
use crate::courses::calendar_store::AgendaLine;
use crate::courses::ics::write_calendar;
use crate::error::{AppError, Result};
use crate::output::AtomicFile;
use crate::t;
use crate::ui;

/// Writes `lines` to `path`; when there are none, says `nothing` (what
/// had no sessions) and leaves any file there as it was.
pub fn write(ctx: &Ctx, path: &Path, lines: &[AgendaLine], nothing: &str) -> Result<()> {
    let now = ctx.clock.now();
    let events = lines
        .iter()
        .map(|line| calendar_event::event(line, &now))
        .collect::<Result<Vec<_>>>()?;
    ctx.out.check_target(path)?;
    if events.is_empty() {
        ui::note(&if path.exists() {
            t!(
                "svc-ics-none-kept",
                nothing = nothing,
                path = path.display().to_string()
            )
        } else {
            t!("svc-ics-none", nothing = nothing)
        });
        return Ok(());
    }
    let text = write_calendar(&events, now.with_timezone(&chrono::Utc));
    let mut file = AtomicFile::create(path)?;
    file.writer()
        .write_all(text.as_bytes())
        .map_err(|e| AppError::io_at(path, "write", &e))?;
    file.commit()?;
    ui::note(&t!(
        "svc-ics-wrote",
        count = events.len(),
        path = path.display().to_string()
    ));
    Ok(())
}
