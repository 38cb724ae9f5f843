//! The small parsers on arbitrary text: dates and date-times, durations,
//! phones, e-mail addresses, every resident column, the text rules and the
//! closed vocabularies, plus course recurrence (see `recurrence`). Each
//! accepted value must be in its stored form already: parsing it again
//! gives it back unchanged, so export → import round-trips.
use crate::clock::{format_date, format_datetime, parse_date, parse_datetime};
use crate::courses::duration::{format_duration, parse_duration, MAX_MINUTES};
use crate::courses::{Kind, Repeat};
use crate::error::ErrorKind;
use crate::residents::fields::{self, is_email, normalise_phone, CommunityRef, Field, Refs, Value};
use crate::text::{self, clean, fold, visible, Lines};

pub fn parse_fields(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    dates(&text);
    durations(&text);
    phones(&text);
    emails(&text);
    let refs = refs();
    for field in Field::ALL {
        column(field, &text, &refs);
    }
    text_rules(&text);
    vocabularies(&text);
    super::recurrence::expand(&text);
}

fn dates(text: &str) {
    if let Some(d) = parse_date(text) {
        let written = format_date(d);
        assert_eq!(written.len(), 10, "{written:?} is not YYYY-MM-DD");
        assert_eq!(
            parse_date(&written),
            Some(d),
            "{written:?} does not read back"
        );
    }
    if let Some(t) = parse_datetime(text) {
        assert_eq!(t.offset().local_minus_utc(), 8 * 3600, "not Shanghai time");
        let written = format_datetime(&t);
        let again = parse_datetime(&written);
        assert!(
            again.is_some(),
            "{written:?} (from {text:?}) does not read back"
        );
        assert_eq!(again.map(|t| format_datetime(&t)), Some(written.clone()));
        assert_eq!(
            written.len(),
            25,
            "{written:?} is not YYYY-MM-DDTHH:MM:SS+08:00"
        );
    }
}

fn durations(text: &str) {
    match parse_duration(text) {
        Ok(minutes) => {
            assert!((1..=MAX_MINUTES).contains(&minutes), "{minutes} minutes");
            let written = format_duration(minutes);
            assert_eq!(parse_duration(&written).ok(), Some(minutes), "{written:?}");
        }
        Err(e) => assert_eq!(e.kind, ErrorKind::Invalid, "{:?}", e.lines),
    }
}

fn phones(text: &str) {
    if let Some(phone) = normalise_phone(text) {
        let digits = phone.strip_prefix('+').unwrap_or(&phone);
        assert!(
            (5..=20).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()),
            "{phone:?}"
        );
        assert_eq!(normalise_phone(&phone).as_deref(), Some(phone.as_str()));
    }
}

fn emails(text: &str) {
    if is_email(text) {
        // Why e-mail cells may go without the CSV formula guard.
        assert!(
            !text.starts_with(['=', '+', '-', '@', '\t', '\r', '\'']),
            "{text:?} could start a formula"
        );
    }
}

fn refs() -> Refs {
    let mut refs = Refs::default();
    for (id, name) in [(1, "Green Court"), (2, "湖畔 Lakeside")] {
        let community = CommunityRef {
            id,
            name: name.into(),
        };
        refs.add(community, None);
    }
    refs
}

/// A value accepted for `field` is stored as is, and reads back as itself.
fn column(field: Field, raw: &str, refs: &Refs) {
    let value = match fields::parse(field, raw, refs) {
        Ok(value) => value,
        Err(e) => {
            assert_eq!(e.field, field);
            // Messages reach a terminal: no control characters, no novels.
            for text in [Some(&e.problem), e.hint.as_ref()].into_iter().flatten() {
                assert!(!text.chars().any(char::is_control), "{text:?}");
                assert!(text.chars().count() <= 1000, "{} characters", text.len());
            }
            return;
        }
    };
    let stored = match &value {
        Value::Text(v) => v.clone(),
        Value::Community(c) => c.name.clone(),
        Value::Flag(true) => "yes".into(),
        Value::Flag(false) => "no".into(),
        Value::Empty => return,
    };
    let name = field.name();
    let chars = stored.chars().count();
    assert!(
        chars <= field.limit(),
        "{name}: {stored:?} is over {}",
        field.limit()
    );
    assert_eq!(stored, stored.trim(), "{name}: {stored:?} is not trimmed");
    let multi = matches!(field, Field::Address | Field::Notes);
    assert!(
        stored
            .chars()
            .all(|c| !c.is_control() || (multi && (c == '\n' || c == '\t'))),
        "{name}: {stored:?} has a control character"
    );
    let again = fields::parse(field, &stored, refs);
    assert_eq!(
        again.as_ref(),
        Ok(&value),
        "{name}: {stored:?} from {raw:?}"
    );
}

fn text_rules(value: &str) {
    for lines in [Lines::Single, Lines::Multi] {
        if let Ok(Some(cleaned)) = clean(value, lines, 100) {
            assert_eq!(clean(&cleaned, lines, 100), Ok(Some(cleaned.clone())));
        }
    }
    let shown = visible(value);
    assert!(!shown.chars().any(char::is_control), "{shown:?}");
    // 60 characters at most, each escaped to at most `\u{10ffff}`, and `…`.
    assert!(shown.chars().count() <= 60 * 10 + 1, "{shown:?}");
    let cut = text::ellipsize(value, 10);
    assert!(cut.chars().count() <= 10 && !cut.contains(['\n', '\t']));
    let folded = fold(value);
    assert_eq!(folded, folded.trim(), "fold({value:?}) is not trimmed");
    assert!(!folded.contains("  "), "fold({value:?}) = {folded:?}");
}

fn vocabularies(text: &str) {
    if let Ok(repeat) = Repeat::parse(text) {
        assert_eq!(Repeat::parse(repeat.as_str()).ok(), Some(repeat));
    }
    if let Ok(kind) = Kind::parse(text) {
        assert_eq!(Kind::parse(kind.as_str()).ok(), Some(kind));
    }
    if let Some(country) = crate::refdata::country(text) {
        let by_code = crate::refdata::country_by_code(&country.alpha2);
        assert_eq!(by_code.map(|c| &c.alpha2), Some(&country.alpha2));
    }
    if let Some(language) = crate::refdata::language(text) {
        let by_code = crate::refdata::language(&language.code);
        assert_eq!(by_code.map(|l| &l.code), Some(&language.code));
    }
}
