//! `feedback respond ID --response TEXT`: records the answer (new or
//! forwarded → responded); responding again replaces the response.
use clap::Args;

use crate::context::Ctx;
use crate::db::audit;
use crate::error::Result;
use crate::feedback::csv::BODY_LIMIT;
use crate::feedback::flow::{next, Action, CloseInfo};
use crate::feedback::store::{self, Change};
use crate::text::{required_flag, Lines};
use crate::ui::missing_flags;

#[derive(Debug, Args)]
pub struct RespondArgs {
    /// Feedback id
    pub id: i64,
    /// The answer (multi-line); at a terminal when left out: in $EDITOR, else typed until an empty line
    #[arg(long, allow_hyphen_values = true)]
    pub response: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: &RespondArgs) -> Result<()> {
    let item = store::get(&ctx.db.conn, args.id)?;
    let to = next(item.id, item.status, Action::Respond, CloseInfo::default())?;
    let text = match &args.response {
        Some(r) => r.clone(),
        None if ctx.prompt.allowed => crate::prompt::text_block(&crate::t!("prompt-response"))?
            .ok_or_else(crate::prompt::cancelled)?,
        None => return Err(missing_flags(&["--response"])),
    };
    let response = required_flag("--response", &text, Lines::Multi, BODY_LIMIT)?;
    let actor = ctx.actor();
    let replaced = item.response.is_some();
    ctx.db.write(|tx| {
        store::respond(tx, item.id, &response, &actor.at)?;
        let change = Change {
            action: "respond",
            from: Some(item.status),
            to,
            department: item.department.as_deref(),
            note: replaced.then_some("response replaced"),
        };
        store::add_history(tx, item.id, &actor, &change)?;
        let detail = format!("{} → {to}", item.status);
        audit::record_about(
            tx,
            &actor,
            "respond",
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
