//! The `resident add` wizard at a terminal: asks for the required values
//! the flags left out (fuzzy-select for nationality and community,
//! multi-select for languages), shows a summary and asks to confirm.
use dialoguer::{theme::ColorfulTheme, Confirm, FuzzySelect, Input, MultiSelect};

use crate::error::{AppError, Result};
use crate::refdata;
use crate::residents::fields::{self, Field, Refs};
use crate::ui::prompt_error;

/// Languages offered in the multi-select, most common at the desk first.
const COMMON_LANGUAGES: &[&str] = &[
    "en", "zh", "de", "fr", "ja", "ko", "es", "it", "ru", "pt", "nl", "sv", "ar", "hi", "vi", "th",
    "id", "ms", "tl", "tr", "pl", "he", "fa", "ur",
];

pub fn ask(given: &[(Field, String)], refs: &Refs) -> Result<Vec<(Field, String)>> {
    let theme = ColorfulTheme::default();
    let mut values: Vec<(Field, String)> = given.to_vec();
    let has = |values: &[(Field, String)], f: Field| values.iter().any(|(g, _)| *g == f);
    if !has(&values, Field::FamilyName) {
        values.push((
            Field::FamilyName,
            text(&theme, Field::FamilyName, "Family name", false, refs)?,
        ));
        if !has(&values, Field::GivenName) {
            values.push((
                Field::GivenName,
                text(&theme, Field::GivenName, "Given name", true, refs)?,
            ));
        }
    }
    if !has(&values, Field::Nationality) {
        let items: Vec<String> = refdata::countries()
            .iter()
            .map(|c| format!("{} ({}) {}", c.name_en, c.alpha2, c.name_zh))
            .collect();
        let pick = FuzzySelect::with_theme(&theme)
            .with_prompt("Nationality")
            .items(&items)
            .interact()
            .map_err(prompt_error)?;
        values.push((
            Field::Nationality,
            refdata::countries()[pick].alpha2.clone(),
        ));
    }
    if !has(&values, Field::Community) {
        let names = refs.community_names();
        if names.is_empty() {
            return Err(AppError::invalid("there are no communities yet")
                .hint("add one with `expatdesk community add NAME`"));
        }
        // Both names shown, so either can be typed; the English one is kept.
        let labels = refs.community_labels();
        let pick = FuzzySelect::with_theme(&theme)
            .with_prompt("Community")
            .items(&labels)
            .interact()
            .map_err(prompt_error)?;
        values.push((Field::Community, names[pick].clone()));
    }
    if !has(&values, Field::Languages) {
        let labels: Vec<String> = COMMON_LANGUAGES
            .iter()
            .filter_map(|code| refdata::language(code))
            .map(|l| format!("{} ({})", l.name_en, l.code))
            .collect();
        let picks = MultiSelect::with_theme(&theme)
            .with_prompt("Languages (space to pick, enter to go on)")
            .items(&labels)
            .interact()
            .map_err(prompt_error)?;
        let codes: Vec<&str> = picks.iter().map(|&i| COMMON_LANGUAGES[i]).collect();
        values.push((Field::Languages, codes.join(";")));
    }
    for (field, label) in [(Field::Phone, "Phone"), (Field::Email, "E-mail")] {
        if !has(&values, field) {
            values.push((field, text(&theme, field, label, true, refs)?));
        }
    }
    crate::ui::stderr_line("");
    for (field, value) in &values {
        if !value.is_empty() {
            crate::ui::stderr_line(&format!("  {:<24} {value}", field.name()));
        }
    }
    let ok = Confirm::with_theme(&theme)
        .with_prompt("Register this resident?")
        .default(true)
        .interact()
        .map_err(prompt_error)?;
    if !ok {
        return Err(AppError::conflict("cancelled: nothing was registered"));
    }
    Ok(values)
}

/// A text prompt that re-asks until the value passes validation.
fn text(
    theme: &ColorfulTheme,
    field: Field,
    label: &str,
    optional: bool,
    refs: &Refs,
) -> Result<String> {
    let refs = refs.clone();
    Input::<String>::with_theme(theme)
        .with_prompt(label)
        .allow_empty(optional)
        .validate_with(move |value: &String| -> std::result::Result<(), String> {
            match fields::parse(field, value, &refs) {
                Ok(_) => Ok(()),
                Err(e) => Err(format!("{} {}", field.name(), e.problem)),
            }
        })
        .interact_text()
        .map_err(prompt_error)
}
