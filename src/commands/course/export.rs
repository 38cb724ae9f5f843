//! `course export`: every course's definition as stored (not later
//! reschedules), in the `course import` schema with `id` first, by id.
//! CSV unless another format is asked for. `start` is RFC 3339 with
//! `+08:00`, like every date-time we write; `course import` reads it back
//! (and the `YYYY-MM-DD HH:MM` a person types).
use crate::clock::format_datetime;
use crate::context::Ctx;
use crate::courses::store::{self, format_skip, Course};
use crate::error::Result;
use crate::output::{Cell, Rows};

fn row(c: &Course) -> Vec<Cell> {
    let d = &c.def;
    vec![
        Cell::Int(c.id),
        Cell::text(d.code.clone()),
        Cell::Text(d.title.clone()),
        Cell::text(d.title_zh.clone()),
        Cell::Code(d.category.as_str().into()),
        Cell::Code(d.kind.as_str().into()),
        Cell::text(d.instructor.clone()),
        Cell::text(d.venue.clone()),
        Cell::Int(i64::from(d.capacity)),
        Cell::code(d.language.clone()),
        Cell::Code(format_datetime(&d.start)),
        Cell::Int(i64::from(d.duration_minutes)),
        Cell::Code(d.repeat.as_str().into()),
        d.count.map_or(Cell::Null, |n| Cell::Int(i64::from(n))),
        Cell::date(d.until),
        Cell::code(format_skip(&d.skip)),
        Cell::text(d.description.clone()),
    ]
}

pub fn run(ctx: &mut Ctx) -> Result<()> {
    // The import schema with `id` first, so an export imports as it is.
    let mut columns = vec!["id"];
    columns.extend(super::import::COLUMNS);
    let mut rows = Rows::new(&columns);
    for c in store::all_courses(&ctx.db.conn)? {
        rows.push(row(&c));
    }
    ctx.out
        .for_export()
        .previewed()
        .list(&rows, None, &crate::t!("svc-export-no-courses"))?;
    if let Some(file) = &ctx.out.file {
        crate::ui::note(&crate::t!(
            "svc-exported-courses",
            count = rows.rows.len(),
            path = file.display().to_string()
        ));
    }
    Ok(())
}
