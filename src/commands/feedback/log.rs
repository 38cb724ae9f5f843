//! `feedback log`: records a comment or demand as a new item, due the
//! received date plus the SLA days (`--sla-days`, else the stored default,
//! else 15). At a terminal, asks for what the flags left out; otherwise a
//! missing value is exit 2 naming the flags.
use std::io::Read;
use std::path::{Path, PathBuf};

use clap::Args;

use crate::clock::{format_datetime, parse_datetime};
use crate::context::Ctx;
use crate::db::audit;
use crate::error::{AppError, Result};
use crate::feedback::csv::{BODY_LIMIT, SUBJECT_LIMIT};
use crate::feedback::flow::{due_on, MAX_SLA_DAYS};
use crate::feedback::store::{self, Change, NewFeedback};
use crate::feedback::{Category, Channel, Status};
use crate::output::Cell;
use crate::t;
use crate::text::{flag_value, required_flag, Lines};
use crate::ui::missing_flags;

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
    let who = t!(
        "svc-fb-resident-or-anonymous",
        resident = "--resident ID",
        anonymous = "--anonymous"
    );
    if args.resident.is_none() && !args.anonymous {
        missing.push(who.as_str());
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
    let resident = match (args.resident, args.anonymous) {
        (None, false) => find_resident(&ctx.db.conn)?,
        (Some(id), _) if !missing.is_empty() => {
            // a wrong --resident is found out now, not after the questions
            check_resident(&ctx.db.conn, Some(id))?;
            Some(id)
        }
        (r, _) => r,
    };
    let pick = |prompt: &str,
                given: &Option<String>,
                vocabulary: &str,
                all: Vec<&str>|
     -> Result<String> {
        match given {
            Some(v) => Ok(v.clone()),
            None => {
                let items: Vec<String> = all
                    .iter()
                    .map(|c| crate::feedback::code_word(vocabulary, c))
                    .collect();
                crate::prompt::select(prompt, &items, 0).map(|i| all[i].to_string())
            }
        }
    };
    let category = pick(
        &t!("col-category"),
        &args.category,
        "feedback-category",
        Category::ALL.iter().map(|c| c.as_str()).collect(),
    )?;
    let channel = pick(
        &t!("col-channel"),
        &args.channel,
        "channel",
        Channel::ALL.iter().map(|c| c.as_str()).collect(),
    )?;
    let asked_subject = args.subject.is_none();
    let subject = match &args.subject {
        Some(s) => s.clone(),
        None => crate::prompt::line(&crate::t!("col-subject"), "", |a| {
            if a.is_empty() {
                Err(crate::t!("prompt-required"))
            } else {
                Ok(a.to_string())
            }
        })?,
    };
    let body = match (&args.body, &args.body_file) {
        (Some(b), _) => Some(b.clone()),
        (None, Some(path)) => Some(read_body_file(path)?),
        (None, None) if asked_subject => crate::prompt::text_block(&crate::t!("col-body"))?,
        (None, None) => None,
    };
    if !missing.is_empty() {
        summary(&[
            (
                crate::t!("col-resident_id"),
                resident.map_or_else(|| crate::t!("feedback-anonymous"), |id| id.to_string()),
            ),
            (
                crate::t!("col-category"),
                crate::i18n::label("feedback-category", &category),
            ),
            (
                crate::t!("col-channel"),
                crate::i18n::label("channel", &channel),
            ),
            (crate::t!("col-subject"), subject.clone()),
            (crate::t!("col-body"), body.clone().unwrap_or_default()),
        ]);
        if !crate::prompt::confirm(&crate::t!("feedback-log-confirm"), true)? {
            return Err(crate::prompt::cancelled());
        }
    }
    Ok(Asked {
        resident,
        category,
        channel,
        subject,
        body,
    })
}

/// Labelled values, one per line, on stderr.
fn summary(lines: &[(String, String)]) {
    let width = lines
        .iter()
        .map(|(l, _)| crate::text::display_width(l))
        .max()
        .unwrap_or(0);
    crate::ui::stderr_line("");
    for (label, value) in lines.iter().filter(|(_, v)| !v.is_empty()) {
        let pad = width - crate::text::display_width(label);
        crate::ui::stderr_line(&format!(
            "  {label}{:pad$}  {}",
            "",
            crate::text::ellipsize(value, 60),
            pad = pad
        ));
    }
    crate::ui::stderr_line("");
}

/// The resident an item comes from, found at the terminal by name, phone
/// or id like `resident find` (empty: anonymous): one match is shown and
/// taken, several are offered as a list, none asks again.
fn find_resident(conn: &crate::db::Connection) -> Result<Option<i64>> {
    use crate::residents::query::{self, ListFilter, StatusFilter};
    loop {
        let typed = crate::prompt::line(
            &crate::t!("feedback-log-resident"),
            &crate::t!("feedback-log-resident-hint"),
            |a| Ok::<String, String>(a.to_string()),
        )?;
        if typed.is_empty() {
            return Ok(None);
        }
        let ids = match typed.parse::<i64>() {
            Ok(id) if crate::residents::store::get(conn, id)?.is_some() => vec![id],
            _ => crate::residents::store::search_ids(conn, &typed)?,
        };
        let filter = ListFilter {
            status: Some(StatusFilter::Active),
            ids: Some(ids),
            ..ListFilter::default()
        };
        let mut found = Vec::new();
        query::each(conn, &filter, Some(30), &mut |r| {
            let d = &r.data;
            found.push((
                r.id,
                format!(
                    "{}  {}  {} · {} · {}",
                    r.id,
                    d.display_name(),
                    d.chinese_name.as_deref().unwrap_or(""),
                    Cell::country(Some(d.nationality.clone())).shown(),
                    Cell::Named(d.community.clone(), r.community_zh.clone()).shown()
                ),
            ));
            Ok(())
        })?;
        match found.len() {
            0 => crate::ui::note(&crate::t!(
                "feedback-log-no-match",
                text = crate::text::visible(&typed)
            )),
            1 => {
                crate::ui::note(&format!("  → {}", found[0].1));
                return Ok(Some(found[0].0));
            }
            _ => {
                let items: Vec<String> = found.iter().map(|(_, l)| l.clone()).collect();
                let pick = crate::prompt::select(&crate::t!("feedback-log-which"), &items, 0)?;
                return Ok(Some(found[pick].0));
            }
        }
    }
}

/// The resident, checked: exit 3 unknown, exit 4 erased.
fn check_resident(conn: &crate::db::Connection, id: Option<i64>) -> Result<()> {
    let Some(id) = id else { return Ok(()) };
    match store::resident_status(conn, id)?.as_deref() {
        None => Err(
            AppError::not_found(t!("svc-fb-no-resident", id = id.to_string()))
                .hint(t!("svc-fb-no-resident-hint", anonymous = "--anonymous")),
        ),
        Some("erased") => Err(AppError::conflict(t!(
            "svc-fb-resident-erased",
            id = id.to_string()
        ))
        .hint(t!("svc-fb-resident-erased-hint", anonymous = "--anonymous"))),
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
            AppError::invalid(t!(
                "svc-not-a-datetime",
                flag = "--received-at",
                value = crate::text::visible(t)
            ))
            .hint(t!("svc-fb-hint-received-at"))
        })?,
        None => ctx.clock.now(),
    };
    let language = match &args.language {
        Some(l) => Some(
            crate::refdata::language(l)
                .map(|l| l.code.clone())
                .ok_or_else(|| {
                    AppError::invalid(t!(
                        "svc-fb-unknown-language",
                        flag = "--language",
                        value = crate::text::visible(l)
                    ))
                    .hint(t!("svc-fb-unknown-language-hint"))
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
    crate::ui::note(&t!(
        "svc-fb-logged",
        id = id.to_string(),
        due = crate::clock::format_date(item.due_on)
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
        return Err(AppError::invalid(t!(
            "svc-fb-body-too-large",
            flag = "--body-file",
            path = path.display().to_string()
        )));
    }
    String::from_utf8(bytes).map_err(|_| {
        read_error(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "stream did not contain valid UTF-8",
        ))
    })
}
