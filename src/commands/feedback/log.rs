//! `feedback log`: records a comment or demand as a new item, due the
//! received date plus the SLA days (`--sla-days`, else the stored default,
//! else 15). At a terminal, asks for what the flags left out; otherwise a
//! missing value is exit 2 naming the flags.
use std::io::Read;
use std::path::{Path, PathBuf};

use clap::Args;
use dialoguer::{theme::ColorfulTheme, Input, Select};

use crate::clock::{format_datetime, parse_datetime};
use crate::context::Ctx;
use crate::db::audit;
use crate::error::{AppError, Result};
use crate::feedback::csv::{BODY_LIMIT, SUBJECT_LIMIT};
use crate::feedback::flow::{due_on, MAX_SLA_DAYS};
use crate::feedback::store::{self, Change, NewFeedback};
use crate::feedback::{Category, Channel, Status};
use crate::text::{flag_value, required_flag, Lines};
use crate::ui::{missing_flags, prompt_error};

#[derive(Debug, Args)]
pub struct LogArgs {
    /// The resident it comes from (id)
    #[arg(long, value_name = "ID", conflicts_with = "anonymous")]
    pub resident: Option<i64>,
    /// It comes from no known resident
    #[arg(long)]
    pub anonymous: bool,
    /// policy, visa-residence, housing, renovation, traffic, healthcare,
    /// education, employment, environment, public-safety,
    /// community-services or other
    #[arg(long)]
    pub category: Option<String>,
    /// walk-in, phone, email, wechat, event, letter or other
    #[arg(long)]
    pub channel: Option<String>,
    /// One line saying what it is about
    #[arg(long, allow_hyphen_values = true)]
    pub subject: Option<String>,
    /// The full text (multi-line)
    #[arg(long, conflicts_with = "body_file", allow_hyphen_values = true)]
    pub body: Option<String>,
    /// Read the full text from this file (UTF-8)
    #[arg(long, value_name = "FILE")]
    pub body_file: Option<PathBuf>,
    /// When it was received ("YYYY-MM-DD HH:MM" or RFC 3339) [default: now]
    #[arg(long, value_name = "TIME")]
    pub received_at: Option<String>,
    /// The language it was written or said in (ISO 639-1 code or name: de, German, 德语, Mandarin)
    #[arg(long, value_name = "CODE")]
    pub language: Option<String>,
    /// Days to answer, for this item [default: `feedback sla`]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=i64::from(MAX_SLA_DAYS)))]
    pub sla_days: Option<u32>,
}

/// The values the wizard may fill in.
struct Asked {
    resident: Option<i64>,
    category: String,
    channel: String,
    subject: String,
    body: Option<String>,
}

fn ask(ctx: &Ctx, args: &LogArgs) -> Result<Asked> {
    let mut missing = Vec::new();
    if args.resident.is_none() && !args.anonymous {
        missing.push("--resident ID or --anonymous");
    }
    for (flag, value) in [
        ("--category", &args.category),
        ("--channel", &args.channel),
        ("--subject", &args.subject),
    ] {
        if value.is_none() {
            missing.push(flag);
        }
    }
    if !missing.is_empty() && !ctx.prompt.allowed {
        return Err(missing_flags(&missing));
    }
    let theme = ColorfulTheme::default();
    let resident = match (args.resident, args.anonymous) {
        (None, false) => {
            let id: String = Input::with_theme(&theme)
                .with_prompt("Resident id (empty: anonymous)")
                .allow_empty(true)
                .validate_with(|s: &String| {
                    (s.trim().is_empty() || s.trim().parse::<i64>().is_ok())
                        .then_some(())
                        .ok_or("a number, or empty")
                })
                .interact_text()
                .map_err(prompt_error)?;
            id.trim().parse().ok()
        }
        (r, _) => r,
    };
    let pick = |prompt: &str, given: &Option<String>, all: Vec<&str>| -> Result<String> {
        match given {
            Some(v) => Ok(v.clone()),
            None => Select::with_theme(&theme)
                .with_prompt(prompt)
                .items(&all)
                .default(0)
                .interact()
                .map(|i| all[i].to_string())
                .map_err(prompt_error),
        }
    };
    let category = pick(
        "Category",
        &args.category,
        Category::ALL.iter().map(|c| c.as_str()).collect(),
    )?;
    let channel = pick(
        "Channel",
        &args.channel,
        Channel::ALL.iter().map(|c| c.as_str()).collect(),
    )?;
    let asked_subject = args.subject.is_none();
    let subject = match &args.subject {
        Some(s) => s.clone(),
        None => Input::with_theme(&theme)
            .with_prompt("Subject")
            .interact_text()
            .map_err(prompt_error)?,
    };
    let body = match (&args.body, &args.body_file) {
        (Some(b), _) => Some(b.clone()),
        (None, Some(path)) => Some(read_body_file(path)?),
        (None, None) if asked_subject => Some(
            Input::<String>::with_theme(&theme)
                .with_prompt("Body (optional, one line)")
                .allow_empty(true)
                .interact_text()
                .map_err(prompt_error)?,
        ),
        (None, None) => None,
    };
    Ok(Asked {
        resident,
        category,
        channel,
        subject,
        body,
    })
}

/// The resident, checked: exit 3 unknown, exit 4 erased.
fn check_resident(conn: &rusqlite::Connection, id: Option<i64>) -> Result<()> {
    let Some(id) = id else { return Ok(()) };
    match store::resident_status(conn, id)?.as_deref() {
        None => Err(AppError::not_found(format!("no resident with id {id}"))
            .hint("find them with expatdesk resident find TEXT, or log with --anonymous")),
        Some("erased") => Err(AppError::conflict(format!(
            "resident {id} is erased: feedback cannot be linked to them"
        ))
        .hint("log it with --anonymous")),
        Some(_) => Ok(()),
    }
}

pub fn run(ctx: &mut Ctx, args: &LogArgs) -> Result<()> {
    let asked = ask(ctx, args)?;
    let category = Category::parse(&asked.category)?;
    let channel = Channel::parse(&asked.channel)?;
    let subject = required_flag("--subject", &asked.subject, Lines::Single, SUBJECT_LIMIT)?;
    let body_flag = if args.body_file.is_some() {
        "--body-file"
    } else {
        "--body"
    };
    let body = match &asked.body {
        Some(b) => flag_value(body_flag, b, Lines::Multi, BODY_LIMIT)?,
        None => None,
    };
    let received = match &args.received_at {
        Some(t) => parse_datetime(t).ok_or_else(|| {
            AppError::invalid(format!(
                "--received-at: is not a date and time ({})",
                crate::text::visible(t)
            ))
            .hint("write \"YYYY-MM-DD HH:MM\" (Shanghai time) or RFC 3339")
        })?,
        None => ctx.clock.now(),
    };
    let language = match &args.language {
        Some(l) => Some(
            crate::refdata::language(l)
                .map(|l| l.code.clone())
                .ok_or_else(|| {
                    AppError::invalid(format!(
                        "--language: unknown language ({})",
                        crate::text::visible(l)
                    ))
                    .hint("give an ISO 639-1 code such as en, zh, de, or the English name")
                })?,
        ),
        None => None,
    };
    check_resident(&ctx.db.conn, asked.resident)?;
    let sla = match args.sla_days {
        Some(n) => n,
        None => store::default_sla(&ctx.db.conn)?,
    };
    let item = NewFeedback {
        resident_id: asked.resident,
        received_at: format_datetime(&received),
        channel,
        category,
        language,
        subject,
        body,
        department_id: None,
        status: Status::New,
        response: None,
        due_on: due_on(received.date_naive(), sla),
    };
    let actor = ctx.actor();
    let id = ctx.db.write(|tx| {
        let id = store::insert(tx, &item, &actor.at)?;
        let change = Change {
            action: "log",
            from: None,
            to: Status::New,
            department: None,
            note: None,
        };
        store::add_history(tx, id, &actor, &change)?;
        audit::record_about(
            tx,
            &actor,
            "log",
            "feedback",
            Some(id),
            item.resident_id,
            channel.as_str(),
        )?;
        Ok(id)
    })?;
    crate::ui::note(&format!(
        "logged feedback {id}, due {}",
        crate::clock::format_date(item.due_on)
    ));
    super::show::print(ctx, id)
}

/// The `--body-file` text. Reads one byte past the 64 KiB any field may
/// hold, no more: a huge file or `/dev/zero` is refused, not loaded whole.
fn read_body_file(path: &Path) -> Result<String> {
    let read_error = |e: std::io::Error| AppError::io_at(path, "read", &e);
    let file = std::fs::File::open(path).map_err(read_error)?;
    let mut bytes = Vec::new();
    file.take(crate::text::MAX_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() > crate::text::MAX_BYTES {
        return Err(AppError::invalid(format!(
            "--body-file: {} is larger than 64 KiB",
            path.display()
        )));
    }
    String::from_utf8(bytes).map_err(|_| {
        read_error(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "stream did not contain valid UTF-8",
        ))
    })
}
