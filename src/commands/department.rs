//! `department add|list`: where feedback is forwarded.
use clap::{Args, Subcommand};

use crate::context::Ctx;
use crate::db::audit;
use crate::departments;
use crate::error::{AppError, Result};
use crate::output::{Cell, Rows};
use crate::t;
use crate::text::{clean, Lines};
use crate::ui;

#[derive(Debug, Subcommand)]
pub enum DepartmentCommand {
    /// Add a department
    Add(AddArgs),
    /// List the departments
    List,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Short code: lower-case letters, digits and hyphens (e.g. `tax`)
    pub code: String,
    /// English name
    #[arg(long)]
    pub name: String,
    /// Chinese name
    #[arg(long)]
    pub name_zh: String,
    /// Short Chinese name the desk types (e.g. 税务), accepted wherever a
    /// department is named
    #[arg(long)]
    pub short_name_zh: Option<String>,
}

pub fn dispatch(ctx: &mut Ctx, command: DepartmentCommand) -> Result<()> {
    match command {
        DepartmentCommand::Add(args) => add(ctx, &args),
        DepartmentCommand::List => list(ctx),
    }
}

fn add(ctx: &mut Ctx, args: &AddArgs) -> Result<()> {
    let code = args.code.trim();
    if !departments::valid_code(code) {
        return Err(AppError::invalid(t!(
            "desk-department-bad-code",
            value = crate::text::visible(code).to_string()
        )));
    }
    let name = required(&args.name, "--name")?;
    let name_zh = required(&args.name_zh, "--name-zh")?;
    let short = args
        .short_name_zh
        .as_deref()
        .map(|s| required(s, "--short-name-zh"))
        .transpose()?;
    let actor = ctx.actor();
    let id = ctx.db.write(|tx| {
        let all = departments::list(tx)?;
        if all.iter().any(|d| d.code == code) {
            return Err(AppError::conflict(t!(
                "desk-department-exists",
                code = code
            )));
        }
        // A short name must name one department only.
        if let Some(other) = short.as_deref().and_then(|s| departments::find(&all, s)) {
            return Err(AppError::conflict(t!(
                "desk-department-short-taken",
                code = other.code.clone(),
                value = crate::text::visible(short.as_deref().unwrap_or_default()).to_string()
            )));
        }
        let id = departments::insert(tx, code, &name, &name_zh, short.as_deref())?;
        audit::record(tx, &actor, "add", "department", Some(id), code)?;
        Ok(id)
    })?;
    ui::note(&t!(
        "desk-department-added",
        id = id.to_string(),
        code = code
    ));
    let mut rows = Rows::new(COLUMNS);
    rows.extend(
        departments::list(&ctx.db.conn)?
            .into_iter()
            .filter(|d| d.id == id)
            .map(row),
    );
    ctx.out.record(&rows)
}

fn required(value: &str, flag: &str) -> Result<String> {
    match clean(value, Lines::Single, 200) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Err(AppError::invalid(t!("desk-required", field = flag))),
        Err(p) => Err(AppError::invalid(format!(
            "{flag}: {p} ({})",
            crate::text::visible(value)
        ))),
    }
}

const COLUMNS: &[&str] = &["id", "code", "name_en", "name_zh", "short_name_zh"];

fn row(d: departments::Department) -> Vec<Cell> {
    vec![
        Cell::Int(d.id),
        Cell::Code(d.code),
        Cell::Text(d.name_en),
        Cell::Text(d.name_zh),
        Cell::text(d.short_name_zh),
    ]
}

fn list(ctx: &mut Ctx) -> Result<()> {
    let mut rows = Rows::new(COLUMNS);
    rows.extend(departments::list(&ctx.db.conn)?.into_iter().map(row));
    ctx.out.list(&rows, None, &t!("desk-department-none"))
}
