//! `feedback forward ID --department DEPARTMENT [--note TEXT]`: hands the
//! item to a department (new → forwarded, or forwarded again to the same or
//! another), then prints the item as `show` does.
use clap::Args;

use crate::context::Ctx;
use crate::db::audit;
use crate::error::Result;
use crate::feedback::flow::{next, Action, CloseInfo};
use crate::feedback::store::{self, Change};
use crate::text::{flag_value, Lines};

#[derive(Debug, Args)]
pub struct ForwardArgs {
    /// Feedback id
    pub id: i64,
    /// The department: code, English or Chinese name or short name (住房, 税务), any case; see `department list`
    #[arg(long, alias = "to", value_name = "DEPARTMENT")]
    pub department: String,
    /// Why, or what was asked of them
    #[arg(long, allow_hyphen_values = true)]
    pub note: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: &ForwardArgs) -> Result<()> {
    let item = store::get(&ctx.db.conn, args.id)?;
    let to = next(item.id, item.status, Action::Forward, CloseInfo::default())?;
    let department = crate::departments::lookup(&ctx.db.conn, &args.department)?;
    let note = match &args.note {
        Some(n) => flag_value("--note", n, Lines::Multi, super::NOTE_LIMIT)?,
        None => None,
    };
    let actor = ctx.actor();
    ctx.db.write(|tx| {
        store::forward(tx, item.id, department.id, &actor.at)?;
        let change = Change {
            action: "forward",
            from: Some(item.status),
            to,
            department: Some(&department.code),
            note: note.as_deref(),
        };
        store::add_history(tx, item.id, &actor, &change)?;
        let detail = format!("{} → {to}, to {}", item.status, department.code);
        audit::record_about(
            tx,
            &actor,
            "forward",
            "feedback",
            Some(item.id),
            item.resident_id,
            &detail,
        )
    })?;
    crate::ui::note(&crate::t!(
        "svc-fb-forwarded",
        id = item.id.to_string(),
        from = crate::feedback::status_word(item.status),
        to = crate::feedback::status_word(to),
        department = crate::feedback::department_word(&department)
    ));
    super::show::print(ctx, item.id)
}
