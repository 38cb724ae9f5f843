//! `feedback close ID [--informed-via CHANNEL] [--note TEXT]`: the final
//! step. A responded item needs how the resident was told the answer
//! (`--informed-via`) or, with `--note`, why they were not; an item never
//! responded to needs `--note`. The rules are in `feedback::flow`.
use clap::Args;

use crate::context::Ctx;
use crate::db::audit;
use crate::error::Result;
use crate::feedback::flow::{next, Action, CloseInfo};
use crate::feedback::store::{self, Change};
use crate::feedback::Channel;
use crate::text::{flag_value, Lines};

#[derive(Debug, Args)]
pub struct CloseArgs {
    /// Feedback id
    pub id: i64,
    /// How the resident was told the answer: walk-in, phone, email, wechat,
    /// event, letter or other
    #[arg(long, value_name = "CHANNEL")]
    pub informed_via: Option<String>,
    /// Why it is closed (needed unless responded and --informed-via given)
    #[arg(long, allow_hyphen_values = true)]
    pub note: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: &CloseArgs) -> Result<()> {
    let item = store::get(&ctx.db.conn, args.id)?;
    let via = args
        .informed_via
        .as_deref()
        .map(Channel::parse)
        .transpose()?;
    let note = match &args.note {
        Some(n) => flag_value("--note", n, Lines::Multi, super::NOTE_LIMIT)?,
        None => None,
    };
    let info = CloseInfo {
        informed_via: via.is_some(),
        note: note.is_some(),
    };
    let to = next(item.id, item.status, Action::Close, info)?;
    let actor = ctx.actor();
    ctx.db.write(|tx| {
        store::close(tx, item.id, via, &actor.at)?;
        let change = Change {
            action: "close",
            from: Some(item.status),
            to,
            department: item.department.as_deref(),
            note: note.as_deref(),
        };
        store::add_history(tx, item.id, &actor, &change)?;
        let detail = match via {
            Some(v) => format!("{} → {to}, informed via {v}", item.status),
            None => format!("{} → {to}", item.status),
        };
        audit::record_about(
            tx,
            &actor,
            "close",
            "feedback",
            Some(item.id),
            item.resident_id,
            &detail,
        )
    })?;
    crate::ui::note(&crate::t!(
        "svc-fb-moved",
        id = item.id.to_string(),
        from = crate::feedback::status_word(item.status),
        to = crate::feedback::status_word(to)
    ));
    super::show::print(ctx, item.id)
}
