//! `community add|list|rename`: the residential communities residents
//! belong to, matched case-insensitively.
use clap::{Args, Subcommand};

use crate::context::Ctx;
use crate::db::audit;
use crate::error::{AppError, Result};
use crate::output::{Cell, Rows};
use crate::residents::store::{self, communities};
use crate::t;
use crate::text::{clean, Lines};
use crate::ui;

#[derive(Debug, Subcommand)]
pub enum CommunityCommand {
    /// Add a community
    Add(AddArgs),
    /// List the communities with their active residents
    List,
    /// Rename a community (by id or current name)
    Rename(RenameArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// English name
    pub name: String,
    /// Chinese name
    #[arg(long)]
    pub name_zh: Option<String>,
}

#[derive(Debug, Args)]
pub struct RenameArgs {
    /// Current name or id
    pub community: String,
    /// New name
    pub new_name: String,
    /// New Chinese name
    #[arg(long)]
    pub name_zh: Option<String>,
}

pub fn dispatch(ctx: &mut Ctx, command: CommunityCommand) -> Result<()> {
    match command {
        CommunityCommand::Add(args) => add(ctx, &args),
        CommunityCommand::List => list(ctx),
        CommunityCommand::Rename(args) => rename(ctx, &args),
    }
}

fn name(value: &str, what: &str) -> Result<String> {
    match clean(value, Lines::Single, 100) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Err(AppError::invalid(t!("desk-required", field = what))),
        Err(p) => Err(AppError::invalid(format!(
            "{what}: {p} ({})",
            crate::text::visible(value)
        ))),
    }
}

fn optional_zh(value: Option<&String>) -> Result<Option<String>> {
    value.map(|v| name(v, "--name-zh")).transpose()
}

fn add(ctx: &mut Ctx, args: &AddArgs) -> Result<()> {
    let new = name(&args.name, "name")?;
    let zh = optional_zh(args.name_zh.as_ref())?;
    let actor = ctx.actor();
    let id = ctx.db.write(|tx| {
        let refs = store::load_refs(tx)?;
        let taken = [Some(&new), zh.as_ref()].into_iter().flatten();
        if let Some(existing) = taken.filter_map(|n| refs.community(n)).next() {
            return Err(AppError::conflict(t!(
                "desk-community-exists",
                name = format!("{:?}", existing.name),
                id = existing.id.to_string()
            )));
        }
        let id = communities::insert(tx, &new, zh.as_deref(), &actor.at)?;
        audit::record(tx, &actor, "add", "community", Some(id), "")?;
        Ok(id)
    })?;
    ui::note(&t!(
        "desk-community-added",
        id = id.to_string(),
        name = new.clone()
    ));
    print(ctx, id)
}

const COLUMNS: &[&str] = &["id", "name", "name_zh", "active_residents"];

fn row(c: communities::Community) -> Vec<Cell> {
    vec![
        Cell::Int(c.id),
        Cell::Text(c.name),
        Cell::text(c.name_zh),
        Cell::Int(c.active_residents),
    ]
}

fn list(ctx: &mut Ctx) -> Result<()> {
    let mut rows = Rows::new(COLUMNS);
    for c in communities::list(&ctx.db.conn)? {
        rows.push(row(c));
    }
    ctx.out.list(&rows, None, &t!("desk-community-none"))
}

/// Prints community `id` as one record (after `add` and `rename`).
fn print(ctx: &Ctx, id: i64) -> Result<()> {
    let mut rows = Rows::new(COLUMNS);
    rows.extend(
        communities::list(&ctx.db.conn)?
            .into_iter()
            .filter(|c| c.id == id)
            .map(row),
    );
    ctx.out.record(&rows)
}

fn rename(ctx: &mut Ctx, args: &RenameArgs) -> Result<()> {
    let new = name(&args.new_name, "new name")?;
    let zh = optional_zh(args.name_zh.as_ref())?;
    let actor = ctx.actor();
    let old = ctx.db.write(|tx| {
        let refs = store::load_refs(tx)?;
        let found = match args.community.trim().parse::<i64>() {
            Ok(id) => refs.communities.values().find(|c| c.id == id),
            Err(_) => refs.community(&args.community),
        };
        let Some(current) = found.cloned() else {
            let err = AppError::not_found(t!(
                "desk-community-not-found",
                name = format!("{:?}", crate::text::visible(&args.community))
            ));
            let err = did_you_mean(&refs, &args.community)
                .into_iter()
                .fold(err, AppError::hint);
            return Err(err.hint(refs.known_communities()));
        };
        let taken = [Some(&new), zh.as_ref()].into_iter().flatten();
        if let Some(other) = taken
            .filter_map(|n| refs.community(n))
            .find(|c| c.id != current.id)
        {
            return Err(AppError::conflict(t!(
                "desk-community-exists",
                name = format!("{:?}", other.name),
                id = other.id.to_string()
            )));
        }
        communities::rename(tx, current.id, &new, zh.as_deref())?;
        audit::record(tx, &actor, "rename", "community", Some(current.id), "")?;
        Ok((current.id, current.name))
    })?;
    ui::note(&t!(
        "desk-community-renamed",
        old = format!("{:?}", old.1),
        new = format!("{new:?}")
    ));
    print(ctx, old.0)
}

/// `did you mean Green Court (绿庭)?`, or nothing to say.
fn did_you_mean(refs: &crate::residents::Refs, name: &str) -> Vec<String> {
    let guesses = refs.suggest_community(name);
    if guesses.is_empty() {
        Vec::new()
    } else {
        vec![t!("desk-did-you-mean", suggestions = guesses.join(", "))]
    }
}
