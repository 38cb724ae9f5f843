//! `feedback export`: every item in the `feedback import` schema with `id`
//! first, by id. `feedback export --department D`: what is sent to a
//! department — the items whose current department is D, with the
//! resident's external id, name and contact only where they consented to
//! sharing (consent_share=yes); otherwise those cells are empty, and the
//! values are never even read into the output. CSV unless another format
//! is asked for.
use clap::Args;

use crate::context::Ctx;
use crate::error::Result;
use crate::feedback::query::{self, ResidentRef};
use crate::feedback::store::Feedback;
use crate::output::{Cell, Query};

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Only the items currently with this department (code, name or short name: tax, 税务), in
    /// the department's layout
    #[arg(long)]
    pub department: Option<String>,
}

pub const COLUMNS: [&str; 11] = [
    "id",
    "resident_external_id",
    "received_at",
    "channel",
    "category",
    "language",
    "subject",
    "body",
    "department",
    "status",
    "response",
];

pub const DEPARTMENT_COLUMNS: [&str; 14] = [
    "id",
    "received_at",
    "channel",
    "category",
    "language",
    "subject",
    "body",
    "status",
    "resident_external_id",
    "family_name",
    "given_name",
    "phone",
    "email",
    "wechat",
];

fn row(f: Feedback, r: Option<ResidentRef>) -> Vec<Cell> {
    vec![
        Cell::Int(f.id),
        Cell::text(r.and_then(|r| r.external_id)),
        Cell::Code(f.received_at),
        Cell::Code(f.channel),
        Cell::Code(f.category),
        Cell::code(f.language),
        Cell::Text(f.subject),
        Cell::text(f.body),
        Cell::code(f.department),
        Cell::Code(f.status.as_str().into()),
        Cell::text(f.response),
    ]
}

fn department_row(f: Feedback, r: Option<ResidentRef>) -> Vec<Cell> {
    let shared = r.filter(|r| r.consent_share).unwrap_or_default();
    vec![
        Cell::Int(f.id),
        Cell::Code(f.received_at),
        Cell::Code(f.channel),
        Cell::Code(f.category),
        Cell::code(f.language),
        Cell::Text(f.subject),
        Cell::text(f.body),
        Cell::Code(f.status.as_str().into()),
        Cell::text(shared.external_id),
        Cell::text(shared.family_name),
        Cell::text(shared.given_name),
        Cell::code(shared.phone),
        Cell::code(shared.email),
        Cell::text(shared.wechat),
    ]
}

pub fn run(ctx: &mut Ctx, args: &ExportArgs) -> Result<()> {
    let conn = &ctx.db.conn;
    let department = args
        .department
        .as_deref()
        .map(|d| crate::departments::lookup(conn, d))
        .transpose()?;
    let department_id = department.as_ref().map(|d| d.id);
    let columns: &[&str] = match department {
        Some(_) => &DEPARTMENT_COLUMNS,
        None => &COLUMNS,
    };
    let for_department = department.is_some();
    let mut source = Query::new(
        columns,
        |limit, sink| {
            query::with_residents(conn, department_id, limit, &mut |f, r| {
                sink(if for_department {
                    department_row(f, r)
                } else {
                    row(f, r)
                })
            })
        },
        || query::count_with_residents(conn, department_id),
    );
    let empty = match &department {
        Some(d) => crate::t!(
            "svc-fb-export-none-with",
            department = crate::feedback::department_word(d)
        ),
        None => crate::t!("svc-fb-export-none"),
    };
    ctx.out
        .for_export()
        .previewed()
        .stream(&mut source, None, &empty)?;
    if let Some(file) = &ctx.out.file {
        let count = query::count_with_residents(conn, department_id)?;
        crate::ui::note(&crate::t!(
            "svc-fb-exported",
            count = count,
            path = file.display().to_string()
        ));
    }
    Ok(())
}
