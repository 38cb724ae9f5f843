//! The resident columns of SPEC §3 and the validation of one raw value per
//! column. Raw values come from flags, prompts or CSV cells; an empty value
//! clears an optional field. Pure: reference lookups come in through `Refs`.
pub use super::refs::{CommunityRef, Refs};
use crate::clock::parse_date;
use crate::refdata;
use crate::t;
use crate::text::{self, Lines};

/// The import/export columns, in the spec's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    ExternalId,
    FamilyName,
    GivenName,
    ChineseName,
    Nationality,
    Gender,
    BirthDate,
    Phone,
    Email,
    Wechat,
    Community,
    Address,
    Languages,
    ArrivalDate,
    ResidenceRegisteredOn,
    PermitType,
    PermitNumber,
    PermitExpiry,
    PassportNumber,
    ConsentContact,
    ConsentShare,
    Status,
    MovedOutOn,
    Notes,
}

pub const GENDERS: &[&str] = &["female", "male", "other", "unspecified"];
pub const PERMIT_TYPES: &[&str] = &[
    "work",
    "study",
    "family",
    "residence",
    "business",
    "other",
    "none",
];
pub const STATUSES: &[&str] = &["active", "moved-out"];

impl Field {
    pub const ALL: [Field; 24] = [
        Field::ExternalId,
        Field::FamilyName,
        Field::GivenName,
        Field::ChineseName,
        Field::Nationality,
        Field::Gender,
        Field::BirthDate,
        Field::Phone,
        Field::Email,
        Field::Wechat,
        Field::Community,
        Field::Address,
        Field::Languages,
        Field::ArrivalDate,
        Field::ResidenceRegisteredOn,
        Field::PermitType,
        Field::PermitNumber,
        Field::PermitExpiry,
        Field::PassportNumber,
        Field::ConsentContact,
        Field::ConsentShare,
        Field::Status,
        Field::MovedOutOn,
        Field::Notes,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Field::ExternalId => "external_id",
            Field::FamilyName => "family_name",
            Field::GivenName => "given_name",
            Field::ChineseName => "chinese_name",
            Field::Nationality => "nationality",
            Field::Gender => "gender",
            Field::BirthDate => "birth_date",
            Field::Phone => "phone",
            Field::Email => "email",
            Field::Wechat => "wechat",
            Field::Community => "community",
            Field::Address => "address",
            Field::Languages => "languages",
            Field::ArrivalDate => "arrival_date",
            Field::ResidenceRegisteredOn => "residence_registered_on",
            Field::PermitType => "permit_type",
            Field::PermitNumber => "permit_number",
            Field::PermitExpiry => "permit_expiry",
            Field::PassportNumber => "passport_number",
            Field::ConsentContact => "consent_contact",
            Field::ConsentShare => "consent_share",
            Field::Status => "status",
            Field::MovedOutOn => "moved_out_on",
            Field::Notes => "notes",
        }
    }

    pub fn from_name(name: &str) -> Option<Field> {
        Field::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(name))
    }

    /// The command-line flag of this column: `family_name` → `--family-name`.
    pub fn flag(self) -> String {
        format!("--{}", self.name().replace('_', "-"))
    }

    /// Free text gets the CSV formula guard; codes, dates, phones do not.
    pub fn is_free_text(self) -> bool {
        matches!(
            self,
            Field::ExternalId
                | Field::FamilyName
                | Field::GivenName
                | Field::ChineseName
                | Field::Wechat
                | Field::Community
                | Field::Address
                | Field::PermitNumber
                | Field::PassportNumber
                | Field::Notes
        )
    }

    pub fn is_sensitive(self) -> bool {
        matches!(self, Field::PassportNumber | Field::PermitNumber)
    }

    /// Length limit in characters (documented in the README).
    pub fn limit(self) -> usize {
        match self {
            Field::ExternalId | Field::Wechat => 64,
            Field::FamilyName | Field::GivenName => 100,
            Field::ChineseName => 50,
            Field::Email => 254,
            Field::Phone | Field::PermitNumber | Field::PassportNumber => 32,
            Field::Address => 500,
            Field::Notes => 4000,
            _ => 100,
        }
    }
}

/// Why one value was refused.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    pub field: Field,
    pub value: String,
    pub problem: String,
    pub hint: Option<String>,
    /// The values that would do, when there are a few (communities): a
    /// second hint, which an import gives once rather than on every row.
    pub known: Option<String>,
}

impl FieldError {
    pub fn new(field: Field, value: &str, problem: impl Into<String>) -> Self {
        FieldError {
            field,
            value: value.to_string(),
            problem: problem.into(),
            hint: None,
            known: None,
        }
    }
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
    /// Every hint: the specific one, then the known values.
    pub fn hints(&self) -> impl Iterator<Item = &String> {
        self.hint.iter().chain(self.known.iter())
    }
}

/// A validated value of one column.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Empty,
    Text(String),
    Community(CommunityRef),
    Flag(bool),
}

/// Validates one raw value of `field`.
pub fn parse(field: Field, raw: &str, refs: &Refs) -> Result<Value, FieldError> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return match field {
            Field::FamilyName | Field::Nationality | Field::Community => {
                Err(FieldError::new(field, raw, t!("sys-is-required")))
            }
            _ => Ok(Value::Empty),
        };
    }
    let err = |problem: &str| FieldError::new(field, raw, problem);
    let text = |lines| match text::clean(raw, lines, field.limit()) {
        Ok(Some(v)) => Ok(Value::Text(v)),
        Ok(None) => Ok(Value::Empty),
        Err(problem) => Err(FieldError::new(field, raw, problem.to_string())),
    };
    match field {
        Field::ExternalId
        | Field::FamilyName
        | Field::GivenName
        | Field::ChineseName
        | Field::Wechat => text(Lines::Single),
        Field::Address | Field::Notes => text(Lines::Multi),
        Field::PermitNumber | Field::PassportNumber => match text(Lines::Single)? {
            Value::Text(v) => {
                let v = normalise_document_number(&v);
                // Upper case can be longer (`ß` → `SS`): the stored value must fit too.
                let chars = v.chars().count();
                if chars > field.limit() {
                    let limit = field.limit();
                    return Err(err(&text::TextProblem::TooLong { limit, chars }.to_string()));
                }
                Ok(Value::Text(v))
            }
            other => Ok(other),
        },
        Field::Nationality => match refdata::country(trimmed) {
            Some(c) => Ok(Value::Text(c.alpha2.clone())),
            None => Err(did_you_mean(
                err(&t!("sys-field-unknown-country")),
                &suggest(trimmed, refdata::suggest_country),
            )),
        },
        Field::Gender => one_of(field, raw, GENDERS),
        Field::PermitType => one_of(field, raw, PERMIT_TYPES),
        Field::Status => {
            if trimmed.eq_ignore_ascii_case("erased") {
                Err(err(&t!("sys-field-status-erased")).with_hint(t!("sys-hint-resident-erase")))
            } else {
                one_of(field, raw, STATUSES)
            }
        }
        Field::BirthDate
        | Field::ArrivalDate
        | Field::ResidenceRegisteredOn
        | Field::PermitExpiry
        | Field::MovedOutOn => match parse_date(trimmed) {
            // A strict YYYY-MM-DD is already in its stored form.
            Some(_) => Ok(Value::Text(trimmed.to_string())),
            None => Err(err(&t!("sys-field-bad-date")).with_hint(t!("sys-hint-date-format"))),
        },
        Field::Phone => super::phone::normalise(trimmed)
            .map(Value::Text)
            .map_err(|problem| err(&problem.to_string()).with_hint(problem.hint())),
        Field::Email => {
            let value = text(Lines::Single)?;
            match &value {
                Value::Text(v) if !is_email(v) => Err(err(&t!("sys-field-bad-email"))),
                _ => Ok(value),
            }
        }
        Field::Community => refs
            .community(trimmed)
            .cloned()
            .map(Value::Community)
            .ok_or_else(|| {
                let mut e = did_you_mean_labels(
                    err(&t!("sys-field-unknown-community")),
                    &refs.suggest_community(trimmed),
                );
                e.known = Some(refs.known_communities());
                e
            }),
        Field::Languages => parse_languages(trimmed).map(text_or_empty).map_err(|bad| {
            did_you_mean(
                FieldError::new(
                    field,
                    raw,
                    t!("sys-field-unknown-language", value = text::visible(&bad)),
                ),
                &suggest(&bad, refdata::suggest_language),
            )
            .with_hint_if_none(&t!("sys-hint-language-codes"))
        }),
        Field::ConsentContact | Field::ConsentShare => match parse_yes_no(trimmed) {
            Some(b) => Ok(Value::Flag(b)),
            None => Err(err(&t!("sys-field-yes-no"))),
        },
    }
}

impl FieldError {
    fn with_hint_if_none(self, hint: &str) -> Self {
        if self.hint.is_some() {
            self
        } else {
            self.with_hint(hint)
        }
    }
}

/// Longer values get no "did you mean": no name is that long, and the
/// similarity measure costs time in proportion to the length.
const MAX_SUGGEST_CHARS: usize = 64;

fn suggest(value: &str, names: fn(&str) -> Vec<&'static str>) -> Vec<&'static str> {
    if value.chars().count() > MAX_SUGGEST_CHARS {
        Vec::new()
    } else {
        names(value)
    }
}

fn did_you_mean_labels(error: FieldError, suggestions: &[String]) -> FieldError {
    let names: Vec<&str> = suggestions.iter().map(String::as_str).collect();
    did_you_mean(error, &names)
}

fn did_you_mean(error: FieldError, suggestions: &[&str]) -> FieldError {
    if suggestions.is_empty() {
        error
    } else {
        error.with_hint(t!("sys-did-you-mean", list = suggestions.join(", ")))
    }
}

fn one_of(field: Field, raw: &str, allowed: &[&str]) -> Result<Value, FieldError> {
    let wanted = raw.trim().to_ascii_lowercase();
    match allowed.iter().find(|a| **a == wanted) {
        Some(v) => Ok(Value::Text(v.to_string())),
        None => Err(FieldError::new(
            field,
            raw,
            t!("sys-field-one-of", list = allowed.join(", ")),
        )),
    }
}

pub fn parse_yes_no(text: &str) -> Option<bool> {
    match text.trim().to_ascii_lowercase().as_str() {
        "yes" | "y" | "true" | "1" => Some(true),
        "no" | "n" | "false" | "0" => Some(false),
        _ => None,
    }
}

/// The stored (E.164) form of a phone number; `None` when it is not one
/// (the rules and the reasons: `residents::phone`).
pub fn normalise_phone(text: &str) -> Option<String> {
    super::phone::normalise(text).ok()
}

/// Passport and permit numbers: upper case, no spaces.
fn normalise_document_number(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect()
}

pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.rsplit_once('@') else {
        return false;
    };
    // RFC 5322 "atext" (and non-ASCII letters), starting with a letter,
    // digit or `_`: so an address can never start a spreadsheet formula,
    // which is why e-mail cells may go unguarded.
    let atext = |c: char| c.is_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c);
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && local
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
        && local.chars().all(atext);
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    local_ok && domain_ok
}

/// Only separators (`;`, `,`) are no languages: empty, like an empty cell.
fn text_or_empty(codes: String) -> Value {
    if codes.is_empty() {
        Value::Empty
    } else {
        Value::Text(codes)
    }
}

/// `de; English ;zh` → `de;en;zh`; the first unknown entry on failure.
fn parse_languages(text: &str) -> Result<String, String> {
    let mut codes: Vec<&str> = Vec::new();
    for part in text
        .split([';', ','])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let language = refdata::language(part).ok_or_else(|| part.to_string())?;
        if !codes.contains(&language.code.as_str()) {
            codes.push(&language.code);
        }
    }
    Ok(codes.join(";"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs() -> Refs {
        let mut refs = Refs::default();
        let green = CommunityRef {
            id: 1,
            name: "Green Court".into(),
        };
        refs.add(green, Some("绿庭"));
        refs
    }

    fn ok(field: Field, raw: &str) -> Value {
        parse(field, raw, &refs()).expect(raw)
    }

    #[test]
    fn required_fields_refuse_empty() {
        for f in [Field::FamilyName, Field::Nationality, Field::Community] {
            assert_eq!(
                parse(f, " ", &refs()).expect_err("required").problem,
                "is required"
            );
        }
        assert_eq!(ok(Field::GivenName, ""), Value::Empty);
    }

    #[test]
    fn nationality_is_stored_as_alpha2() {
        for raw in ["Germany", "DEU", "de", "德国", "Deutschland"] {
            assert_eq!(ok(Field::Nationality, raw), Value::Text("DE".into()));
        }
        for raw in ["韩国", "korea", "South Korea"] {
            assert_eq!(ok(Field::Nationality, raw), Value::Text("KR".into()));
        }
        let e = parse(Field::Nationality, "Germny", &refs()).expect_err("unknown");
        assert_eq!(e.hint.as_deref(), Some("did you mean Germany?"));
    }

    #[test]
    fn phones_are_normalised() {
        assert_eq!(
            normalise_phone("+86 138-1234 5678").as_deref(),
            Some("+8613812345678")
        );
        assert_eq!(
            normalise_phone("021 6234 5678").as_deref(),
            Some("+862162345678")
        );
        assert_eq!(normalise_phone("12ab"), None);
        assert_eq!(normalise_phone("+1"), None);
        assert_eq!(normalise_phone("++8613812345678"), None);
    }

    #[test]
    fn emails_need_a_domain() {
        assert!(is_email("anna.mueller@example.com"));
        assert!(!is_email("anna@example"));
        assert!(!is_email("anna example.com"));
        assert!(!is_email("a b@example.com"));
        assert!(!is_email("@example.com"));
        assert!(!is_email("=HYPERLINK(\"http://x\";\"y\")@example.com"));
        assert!(!is_email("+a@example.com"));
        assert!(is_email("o'brien+desk@example.com"));
    }

    #[test]
    fn languages_become_codes_in_order() {
        assert_eq!(
            ok(Field::Languages, "de; English ;zh"),
            Value::Text("de;en;zh".into())
        );
        assert_eq!(
            ok(Field::Languages, "普通话;English"),
            Value::Text("zh;en".into())
        );
        assert_eq!(
            ok(Field::Languages, "粤语, 英语"),
            Value::Text("zh;en".into())
        );
        let e = parse(Field::Languages, "de;klingon", &refs()).expect_err("unknown");
        assert_eq!(e.problem, "has an unknown language: klingon");
        // Found by fuzzing: used to be stored as "" rather than left empty.
        assert_eq!(ok(Field::Languages, " ;, "), Value::Empty);
        // The entry used to go into the message as it was, escapes and all.
        let e = parse(Field::Languages, "de;\u{1b}[2J", &refs()).expect_err("unknown");
        assert_eq!(e.problem, "has an unknown language: \\u{1b}[2J");
    }

    #[test]
    fn no_suggestions_for_values_longer_than_any_name() {
        // "Did you mean" used to take seconds on a 60 KB cell.
        let long = "Xq".repeat(30_000);
        let e = parse(Field::Nationality, &long, &refs()).expect_err("unknown");
        assert_eq!(e.hint, None);
        let e = parse(Field::Languages, &long, &refs()).expect_err("unknown");
        assert_eq!(
            e.hint.as_deref(),
            Some("use ISO 639-1 codes separated by `;`, e.g. de;en;zh")
        );
    }

    #[test]
    fn enumerations_and_dates() {
        assert_eq!(ok(Field::Gender, "Female"), Value::Text("female".into()));
        assert!(parse(Field::Gender, "f", &refs()).is_err());
        assert!(parse(Field::Status, "erased", &refs()).is_err());
        assert!(parse(Field::BirthDate, "2023-02-30", &refs()).is_err());
        assert_eq!(ok(Field::ConsentShare, "YES"), Value::Flag(true));
        assert!(parse(Field::ConsentShare, "maybe", &refs()).is_err());
    }

    #[test]
    fn communities_match_case_insensitively_and_list_the_known_ones() {
        assert!(matches!(ok(Field::Community, "green court"), Value::Community(c) if c.id == 1));
        assert!(matches!(ok(Field::Community, "绿庭"), Value::Community(c) if c.id == 1));
        let e = parse(Field::Community, "Gren Court", &refs()).expect_err("unknown");
        assert_eq!(e.hint.as_deref(), Some("did you mean Green Court (绿庭)?"));
        assert_eq!(
            e.known.as_deref(),
            Some("known communities: Green Court (绿庭)")
        );
        let e = parse(Field::Community, "Xanadu", &refs()).expect_err("unknown");
        assert_eq!(e.hint, None);
    }

    #[test]
    fn document_numbers_are_upper_case_without_spaces() {
        assert_eq!(
            ok(Field::PassportNumber, "e12 345 678"),
            Value::Text("E12345678".into())
        );
        // Found by fuzzing: 32 `ß` became 64 characters, over the limit.
        let e = parse(Field::PassportNumber, &"ß".repeat(32), &refs()).expect_err("too long");
        assert_eq!(e.problem, "is 64 characters long; the limit is 32");
        assert_eq!(
            ok(Field::PermitNumber, &"ß".repeat(16)),
            Value::Text("SS".repeat(16))
        );
    }
}
