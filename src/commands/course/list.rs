//! `course list`: one line per course with its next session and
//! enrolled/capacity, by next session (courses without one last), then id.
use clap::Args;

use crate::clock::date_range;
use crate::commands::LimitArg;
use crate::context::Ctx;
use crate::courses::calendar_store::{self, ListFilter, Range};
use crate::courses::{Category, CourseStatus};
use crate::error::Result;
use crate::output::{Cell, Rows};

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only courses with a session on or after this date (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Only courses with a session on or before this date (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Only this category (language, calligraphy, painting, tea, …)
    #[arg(long)]
    pub category: Option<String>,
    /// Only courses with this status [default: all]
    #[arg(long, value_enum)]
    pub status: Option<CourseStatus>,
    #[command(flatten)]
    pub limit: LimitArg,
}

const COLUMNS: &[&str] = &[
    "id",
    "code",
    "title",
    "category",
    "kind",
    "status",
    "next_session",
    "sessions",
    "enrolled",
    "capacity",
    "venue",
    "instructor",
];

pub fn run(ctx: &mut Ctx, args: &ListArgs) -> Result<()> {
    let (from, to) = date_range(args.from.as_deref(), args.to.as_deref())?;
    let filter = ListFilter {
        range: Range::days(from, to),
        category: args.category.as_deref().map(Category::parse).transpose()?,
        status: args.status,
    };
    let lines = calendar_store::course_lines(&ctx.db.conn, &ctx.clock.now(), &filter)?;
    let mut rows = Rows::new(COLUMNS);
    for c in lines {
        rows.push(vec![
            Cell::Int(c.id),
            Cell::text(c.code),
            Cell::Text(c.title),
            Cell::Vocab("course-category", c.category),
            Cell::Vocab("course-kind", c.kind),
            Cell::Vocab("course-status", c.status),
            Cell::time(c.next_session),
            Cell::Int(c.sessions),
            Cell::Int(c.enrolled),
            Cell::Seats(c.capacity),
            Cell::text(c.venue),
            Cell::text(c.instructor),
        ]);
    }
    ctx.out.limited(args.limit.limit).list(
        &rows.expendable(&["instructor", "venue", "code", "kind", "sessions", "status"]),
        None,
        &crate::t!("svc-course-none"),
    )
}
