//! `notice add`: publish a notice in English and Chinese (both required;
//! at a terminal the missing ones are asked for), optionally in Japanese
//! (title and body together), for everyone or an audience by community
//! and nationality.
use clap::Args;

use super::rows;
use crate::clock::{date_flag, format_date};
use crate::context::Ctx;
use crate::db::audit;
use crate::error::{AppError, Result};
use crate::notices::{store, Audience, NewNotice, BODY_LIMIT, CATEGORY_LIMIT, TITLE_LIMIT};
use crate::refdata;
use crate::residents::fields::Refs;
use crate::residents::store::load_refs;
use crate::t;
use crate::text::{flag_value, required_flag, visible, Lines};
use crate::ui;

#[derive(Debug, Args)]
pub struct AddArgs {
    /// English title
    #[arg(long, value_name = "TEXT")]
    pub title_en: Option<String>,
    /// Chinese title
    #[arg(long, value_name = "TEXT")]
    pub title_zh: Option<String>,
    /// English text
    #[arg(long, value_name = "TEXT")]
    pub body_en: Option<String>,
    /// Chinese text
    #[arg(long, value_name = "TEXT")]
    pub body_zh: Option<String>,
    /// Japanese title (with --body-ja)
    #[arg(long, value_name = "TEXT")]
    pub title_ja: Option<String>,
    /// Japanese text (with --title-ja)
    #[arg(long, value_name = "TEXT")]
    pub body_ja: Option<String>,
    /// Free-text category, e.g. building, policy, event
    #[arg(long, value_name = "TEXT")]
    pub category: Option<String>,
    /// Only residents of this community (repeat for several)
    #[arg(long, value_name = "NAME")]
    pub community: Vec<String>,
    /// Only residents of this nationality (repeat for several)
    #[arg(long, value_name = "COUNTRY")]
    pub nationality: Vec<String>,
    /// The day the notice takes effect (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub effective: Option<String>,
}

/// The four required texts: flag, single or multi-line, limit (the
/// question asking for each is `prompt_of`).
const REQUIRED: [(&str, Lines, usize); 4] = [
    ("--title-en", Lines::Single, TITLE_LIMIT),
    ("--title-zh", Lines::Single, TITLE_LIMIT),
    ("--body-en", Lines::Multi, BODY_LIMIT),
    ("--body-zh", Lines::Multi, BODY_LIMIT),
];

pub fn run(ctx: &mut Ctx, args: &AddArgs) -> Result<()> {
    if args.title_ja.is_some() != args.body_ja.is_some() {
        return Err(AppError::usage(t!(
            "svc-notice-ja-together",
            title = "--title-ja",
            body = "--body-ja"
        )));
    }
    let (texts, asked) = required_texts(ctx, args)?;
    let refs = load_refs(&ctx.db.conn)?;
    let mut notice = validate(args, texts, &refs)?;
    if asked {
        // The wizard: who it is for, how many it reaches, then confirm.
        if args.community.is_empty() && args.nationality.is_empty() {
            notice.audience = ask_audience(&refs)?;
        }
        let (residents, reachable) = store::reach(&ctx.db.conn, &notice.audience)?;
        ui::note(&format!(
            "\n  {}\n  {}\n  {}\n",
            notice.title_en,
            notice.title_zh,
            crate::t!(
                "notice-reach",
                audience = notice.audience.describe_for_people(),
                residents = residents,
                reachable = reachable
            )
        ));
        if !crate::prompt::confirm(&crate::t!("notice-add-confirm"), true)? {
            return Err(crate::prompt::cancelled());
        }
    }
    let actor = ctx.actor();
    let id = ctx.db.write(|tx| {
        let id = store::insert(tx, &notice, &actor.at)?;
        audit::record(tx, &actor, "add", "notice", Some(id), "")?;
        Ok(id)
    })?;
    ui::note(&t!(
        "svc-notice-added",
        id = id.to_string(),
        title = notice.title_en.clone()
    ));
    let stored = super::load(&ctx.db.conn, id)?;
    ctx.out.record(&rows::record(&stored))
}

/// The four en/zh texts from the flags, asking at a terminal for missing
/// ones (then the second value is true); exit 2 naming the missing flags
/// otherwise.
fn required_texts(ctx: &Ctx, args: &AddArgs) -> Result<([String; 4], bool)> {
    let given = [&args.title_en, &args.title_zh, &args.body_en, &args.body_zh];
    let missing: Vec<&str> = REQUIRED
        .iter()
        .zip(given)
        .filter(|(_, value)| value.is_none())
        .map(|((flag, ..), _)| *flag)
        .collect();
    if !missing.is_empty() && !ctx.prompt.allowed {
        return Err(ui::missing_flags(&missing));
    }
    let mut out: [String; 4] = Default::default();
    // flags first, so a wrong one is found before any question
    for (slot, ((flag, lines, limit), value)) in out.iter_mut().zip(REQUIRED.iter().zip(given)) {
        if let Some(v) = value {
            *slot = required_flag(flag, v, *lines, *limit)?;
        }
    }
    for (slot, ((flag, lines, limit), value)) in out.iter_mut().zip(REQUIRED.iter().zip(given)) {
        if value.is_none() {
            *slot = ask(flag, &prompt_of(flag), *lines, *limit)?;
        }
    }
    Ok((out, !missing.is_empty()))
}

/// The question asking for the text of `flag`, in the chosen language.
fn prompt_of(flag: &str) -> String {
    match flag {
        "--title-en" => t!("svc-notice-ask-title-en"),
        "--title-zh" => t!("svc-notice-ask-title-zh"),
        "--body-en" => t!("svc-notice-ask-body-en"),
        _ => t!("svc-notice-ask-body-zh"),
    }
}

/// The audience asked at the terminal: communities, then nationalities,
/// each a comma-separated list checked as typed; Enter means everyone.
fn ask_audience(refs: &Refs) -> Result<Audience> {
    let communities = crate::prompt::line(
        &crate::t!("notice-ask-communities"),
        &crate::t!("notice-ask-all"),
        |answer| {
            let mut found = Vec::new();
            for name in answer
                .split([',', '，', ';'])
                .map(str::trim)
                .filter(|n| !n.is_empty())
            {
                match refs.community(name) {
                    Some(c) if !found.contains(c) => found.push(c.clone()),
                    Some(_) => {}
                    None => return Err(unknown_community(name, refs).to_string()),
                }
            }
            Ok(found)
        },
    )?;
    let nationalities = crate::prompt::line(
        &crate::t!("notice-ask-nationalities"),
        &crate::t!("notice-ask-all"),
        |answer| {
            let mut found: Vec<String> = Vec::new();
            for input in answer
                .split([',', '，', ';'])
                .map(str::trim)
                .filter(|n| !n.is_empty())
            {
                match refdata::country(input) {
                    Some(c) if !found.contains(&c.alpha2) => found.push(c.alpha2.clone()),
                    Some(_) => {}
                    None => return Err(unknown_country(input).to_string()),
                }
            }
            Ok(found)
        },
    )?;
    Ok(with_names_zh(
        Audience {
            communities,
            nationalities,
            ..Audience::default()
        },
        refs,
    ))
}

/// One text, asked until it passes the flag's rules: a title on one line,
/// a text line by line (or in `$EDITOR`).
fn ask(flag: &str, prompt: &str, lines: Lines, limit: usize) -> Result<String> {
    if lines == Lines::Multi {
        loop {
            let text = crate::prompt::text_block(prompt)?.unwrap_or_default();
            match required_flag(flag, &text, lines, limit) {
                Ok(v) => return Ok(v),
                Err(e) => ui::warn(&e.to_string()),
            }
        }
    }
    crate::prompt::line(prompt, "", |answer| {
        required_flag(flag, answer, lines, limit).map_err(|e| e.to_string())
    })
}

fn validate(
    args: &AddArgs,
    [title_en, title_zh, body_en, body_zh]: [String; 4],
    refs: &Refs,
) -> Result<NewNotice> {
    let ja = match (&args.title_ja, &args.body_ja) {
        (Some(t), Some(b)) => Some((
            required_flag("--title-ja", t, Lines::Single, TITLE_LIMIT)?,
            required_flag("--body-ja", b, Lines::Multi, BODY_LIMIT)?,
        )),
        _ => None,
    };
    let category = match &args.category {
        Some(c) => flag_value("--category", c, Lines::Single, CATEGORY_LIMIT)?,
        None => None,
    };
    let effective_on = match &args.effective {
        Some(d) => Some(format_date(date_flag("--effective", d.trim())?)),
        None => None,
    };
    Ok(NewNotice {
        title_en,
        title_zh,
        body_en,
        body_zh,
        ja,
        category,
        effective_on,
        audience: audience(args, refs)?,
    })
}

/// `audience` with its communities' Chinese names, for people to read.
fn with_names_zh(mut audience: Audience, refs: &Refs) -> Audience {
    for c in &audience.communities {
        if let Some(zh) = refs.name_zh(c.id) {
            audience.names_zh.insert(c.id, zh.to_string());
        }
    }
    audience
}

/// The audience from `--community` and `--nationality`, each value looked
/// up (exit 5 on an unknown one), repeated values once.
fn audience(args: &AddArgs, refs: &Refs) -> Result<Audience> {
    let mut audience = Audience::default();
    for name in &args.community {
        let community = refs
            .community(name)
            .ok_or_else(|| unknown_community(name, refs))?;
        if !audience.communities.contains(community) {
            audience.communities.push(community.clone());
        }
    }
    for input in &args.nationality {
        let country = refdata::country(input).ok_or_else(|| unknown_country(input))?;
        if !audience.nationalities.contains(&country.alpha2) {
            audience.nationalities.push(country.alpha2.clone());
        }
    }
    Ok(with_names_zh(audience, refs))
}

fn unknown_community(name: &str, refs: &Refs) -> AppError {
    let err = AppError::invalid(t!(
        "svc-notice-unknown-community",
        flag = "--community",
        value = visible(name)
    ));
    let guesses = refs.suggest_community(name);
    let err = if guesses.is_empty() {
        err
    } else {
        err.hint(t!("svc-did-you-mean", guesses = guesses.join(", ")))
    };
    err.hint(refs.known_communities())
}

fn unknown_country(input: &str) -> AppError {
    let err = AppError::invalid(t!(
        "svc-notice-unknown-country",
        flag = "--nationality",
        value = visible(input)
    ));
    let guesses = refdata::suggest_country(input);
    if guesses.is_empty() {
        err.hint(t!("svc-notice-country-hint"))
    } else {
        err.hint(t!("svc-did-you-mean", guesses = guesses.join(", ")))
    }
}
