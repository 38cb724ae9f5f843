//! The `resident add` wizard at a terminal (SPEC §3): asks for the values
//! the flags left out or gave wrong, each answer checked at once by the
//! same rules as the flag; nationality and community resolved as typed
//! (aliases, codes, Chinese names) and picked from a fuzzy list when the
//! text names none; languages in order of preference from the whole ISO
//! list; the optional fields offered and skippable; the duplicate check
//! before the summary; Esc or Ctrl-C leaves without writing.
use crate::db::Connection;

use crate::error::{AppError, Result};
use crate::prompt;
use crate::refdata;
use crate::residents::fields::{self, Field, Refs, GENDERS, PERMIT_TYPES};
use crate::residents::model::Duplicate;
use crate::residents::{store, ResidentData};
use crate::t;

/// What the wizard settled: the values, and whether a likely duplicate
/// was confirmed as a different person.
pub struct Answers {
    pub values: Vec<(Field, String)>,
    pub allow_duplicate: bool,
}

/// The optional fields offered after the required ones, in desk order.
const OPTIONAL_TEXT: [Field; 12] = [
    Field::ChineseName,
    Field::BirthDate,
    Field::Phone,
    Field::Email,
    Field::Wechat,
    Field::Address,
    Field::ArrivalDate,
    Field::ResidenceRegisteredOn,
    Field::PassportNumber,
    Field::PermitNumber,
    Field::PermitExpiry,
    Field::Notes,
];

pub fn ask(
    given: &[(Field, String)],
    refs: &Refs,
    conn: &Connection,
    allow_duplicate: bool,
) -> Result<Answers> {
    let mut values: Vec<(Field, String)> = Vec::new();
    // A value given by flag is checked first; a wrong one is asked again.
    for (field, raw) in given {
        match fields::parse(*field, raw, refs) {
            Ok(_) => values.push((*field, raw.clone())),
            Err(e) => crate::ui::warn(&t!(
                "wizard-flag-invalid",
                flag = field.flag(),
                value = crate::text::visible(raw),
                problem = e.problem
            )),
        }
    }
    let has = |values: &[(Field, String)], f: Field| values.iter().any(|(g, _)| *g == f);
    for field in [Field::FamilyName, Field::GivenName] {
        if !has(&values, field) {
            let optional = field == Field::GivenName;
            let value = text(field, optional, refs)?;
            values.push((field, value));
        }
    }
    if !has(&values, Field::Nationality) {
        values.push((Field::Nationality, nationality(refs)?));
    }
    if !has(&values, Field::Community) {
        values.push((Field::Community, community(refs, conn)?));
    }
    if !has(&values, Field::Languages) {
        values.push((Field::Languages, languages(refs)?));
    }
    let more = OPTIONAL_TEXT.iter().any(|f| !has(&values, *f));
    if more && prompt::confirm(&t!("wizard-more-details"), true)? {
        if !has(&values, Field::Gender) {
            values.push((Field::Gender, choose(Field::Gender, GENDERS)?));
        }
        if !has(&values, Field::PermitType) {
            values.push((Field::PermitType, choose(Field::PermitType, PERMIT_TYPES)?));
        }
        for field in OPTIONAL_TEXT {
            if !has(&values, field) {
                let value = text(field, true, refs)?;
                values.push((field, value));
            }
        }
        for field in [Field::ConsentContact, Field::ConsentShare] {
            if !has(&values, field) {
                let yes = prompt::confirm(&question(field), false)?;
                values.push((field, if yes { "yes" } else { "no" }.to_string()));
            }
        }
    }
    values.retain(|(_, v)| !v.trim().is_empty());
    let allow_duplicate = duplicate_check(&values, refs, conn, allow_duplicate)?;
    summary(&values);
    if !prompt::confirm(&t!("wizard-register-confirm"), true)? {
        return Err(prompt::cancelled());
    }
    Ok(Answers {
        values,
        allow_duplicate,
    })
}

/// The question for a field: its header in the interface's language.
fn question(field: Field) -> String {
    crate::i18n::header(field.name())
}

/// A text answer, checked by the field's rules until it passes.
fn text(field: Field, optional: bool, refs: &Refs) -> Result<String> {
    let hint = match (field, optional) {
        (Field::BirthDate | Field::ArrivalDate | Field::PermitExpiry, _)
        | (Field::ResidenceRegisteredOn, _) => t!("wizard-hint-date"),
        (_, true) => t!("wizard-hint-optional"),
        (_, false) => String::new(),
    };
    prompt::line(&question(field), &hint, |answer| {
        if answer.is_empty() && optional {
            return Ok(String::new());
        }
        fields::parse(field, answer, refs)
            .map(|_| answer.to_string())
            .map_err(|e| problem_text(&e))
    })
}

fn problem_text(e: &fields::FieldError) -> String {
    match &e.hint {
        Some(h) => format!("{} ({h})", e.problem),
        None => e.problem.clone(),
    }
}

/// One of a closed vocabulary, or skipped.
fn choose(field: Field, codes: &[&str]) -> Result<String> {
    let vocabulary = match field {
        Field::Gender => "gender",
        _ => "permit",
    };
    let mut items = vec![t!("wizard-skip")];
    items.extend(codes.iter().map(|c| crate::i18n::label(vocabulary, c)));
    let pick = prompt::select(&question(field), &items, 0)?;
    Ok(if pick == 0 {
        String::new()
    } else {
        codes[pick - 1].to_string()
    })
}

/// The nationality: typed text resolved by the flag's rules (alias,
/// alpha-2/3, English or Chinese name); text that names no country opens
/// the fuzzy list with it typed in.
fn nationality(refs: &Refs) -> Result<String> {
    let typed = prompt::line(
        &question(Field::Nationality),
        &t!("wizard-hint-country"),
        |a| Ok::<String, String>(a.to_string()),
    )?;
    if let Ok(fields::Value::Text(code)) = fields::parse(Field::Nationality, &typed, refs) {
        if let Some(c) = refdata::country(&code) {
            crate::ui::note(&format!("  → {} ({}) {}", c.name_en, c.alpha2, c.name_zh));
        }
        return Ok(code);
    }
    let countries = refdata::countries();
    let items: Vec<String> = countries
        .iter()
        .map(|c| format!("{} ({}) {}", c.name_en, c.alpha2, c.name_zh))
        .collect();
    let pick = prompt::fuzzy(&question(Field::Nationality), &items, &typed)?;
    Ok(countries[pick].alpha2.clone())
}

/// The community: its English or Chinese name as typed, else the list
/// (both names, so typing either finds it).
fn community(refs: &Refs, conn: &Connection) -> Result<String> {
    let all = store::communities::list(conn)?;
    if all.is_empty() {
        return Err(
            AppError::invalid(t!("desk-no-communities")).hint(t!("desk-no-communities-hint"))
        );
    }
    let typed = prompt::line(&question(Field::Community), "", |a| {
        Ok::<String, String>(a.to_string())
    })?;
    if !typed.is_empty() {
        if fields::parse(Field::Community, &typed, refs).is_ok() {
            return Ok(typed);
        }
        if let Some(c) = all
            .iter()
            .find(|c| c.name_zh.as_deref() == Some(typed.as_str()))
        {
            return Ok(c.name.clone());
        }
    }
    let items: Vec<String> = all
        .iter()
        .map(|c| match &c.name_zh {
            Some(zh) => format!("{} {zh}", c.name),
            None => c.name.clone(),
        })
        .collect();
    let pick = prompt::fuzzy(&question(Field::Community), &items, &typed)?;
    Ok(all[pick].name.clone())
}

/// Languages, most used first, from the whole ISO 639-1 list: typed as
/// codes or names separated by `;` or `,` (`de; English; 中文`), or
/// picked one by one from the fuzzy list.
fn languages(refs: &Refs) -> Result<String> {
    let typed = prompt::line(
        &question(Field::Languages),
        &t!("wizard-hint-languages"),
        |answer| {
            if answer.is_empty() || answer == "?" {
                return Ok(answer.to_string());
            }
            let list = answer.replace(',', ";");
            match fields::parse(Field::Languages, &list, refs) {
                Ok(fields::Value::Text(codes)) => Ok(codes),
                Ok(_) => Ok(String::new()),
                Err(e) => Err(problem_text(&e)),
            }
        },
    )?;
    if typed != "?" {
        return Ok(typed);
    }
    let all = refdata::languages();
    let mut items = vec![t!("wizard-done")];
    items.extend(
        all.iter()
            .map(|l| format!("{} ({}) {}", l.name_en, l.code, l.name_zh)),
    );
    let mut picked: Vec<String> = Vec::new();
    loop {
        let count = picked.len() + 1;
        let pick = prompt::fuzzy(&t!("wizard-language-next", count = count), &items, "")?;
        if pick == 0 {
            break;
        }
        let code = all[pick - 1].code.clone();
        if !picked.contains(&code) {
            picked.push(code);
        }
        crate::ui::note(&format!("  {}", picked.join(";")));
    }
    Ok(picked.join(";"))
}

/// Refuses a hard duplicate at once; shows a likely one and asks whether
/// to register anyway. Returns whether a likely duplicate is accepted.
fn duplicate_check(
    values: &[(Field, String)],
    refs: &Refs,
    conn: &Connection,
    allowed: bool,
) -> Result<bool> {
    let mut data = ResidentData::new();
    for (field, value) in super::flags::validate(values, refs)? {
        data.set(field, value);
    }
    match store::find_duplicate(conn, &data, None)? {
        None => Ok(allowed),
        Some((Duplicate::Likely, _)) if allowed => Ok(true),
        Some((kind, id)) => {
            let other = super::load(conn, id)?;
            crate::ui::note(&t!(
                "wizard-duplicate",
                id = id,
                name = other.data.display_name(),
                what = super::add::duplicate_what(kind)
            ));
            let d = &other.data;
            crate::ui::note(&format!(
                "  {} · {} · {} · {}",
                d.display_name(),
                d.nationality,
                d.community,
                d.birth_date.as_deref().unwrap_or("-")
            ));
            if kind.is_hard() {
                return Err(AppError::conflict(super::add::duplicate_message(
                    kind,
                    &id.to_string(),
                ))
                .hint(t!("desk-hint-show", id = id.to_string())));
            }
            if prompt::confirm(&t!("wizard-register-anyway"), false)? {
                Ok(true)
            } else {
                Err(prompt::cancelled())
            }
        }
    }
}

/// The values about to be registered, one per line, labelled in the
/// interface's language.
fn summary(values: &[(Field, String)]) {
    let width = values
        .iter()
        .map(|(f, _)| crate::text::display_width(&question(*f)))
        .max()
        .unwrap_or(0);
    crate::ui::stderr_line("");
    for field in Field::ALL {
        if let Some((_, value)) = values.iter().find(|(f, _)| *f == field) {
            let label = question(field);
            let pad = width - crate::text::display_width(&label);
            crate::ui::stderr_line(&format!(
                "  {label}{:pad$}  {}",
                "",
                crate::text::visible(value),
                pad = pad
            ));
        }
    }
    crate::ui::stderr_line("");
}
