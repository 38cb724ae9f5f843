//! A resident's record and the rules on a whole record: cross-field checks,
//! what counts as changed, residence registration due, masking of
//! sensitive numbers, and the two duplicate rules. Pure: no SQL here.
use super::fields::{Field, FieldError, Value};
use crate::text::fold_compact;

/// Every stored column of a resident except the bookkeeping ones.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ResidentData {
    pub external_id: Option<String>,
    pub family_name: Option<String>,
    pub given_name: Option<String>,
    pub chinese_name: Option<String>,
    pub nationality: String,
    pub gender: String,
    pub birth_date: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub wechat: Option<String>,
    pub community_id: i64,
    pub community: String,
    pub address: Option<String>,
    pub languages: Option<String>,
    pub arrival_date: Option<String>,
    pub residence_registered_on: Option<String>,
    pub permit_type: Option<String>,
    pub permit_number: Option<String>,
    pub permit_expiry: Option<String>,
    pub passport_number: Option<String>,
    pub consent_contact: bool,
    pub consent_share: bool,
    pub status: String,
    pub moved_out_on: Option<String>,
    pub notes: Option<String>,
}

/// A stored resident.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Resident {
    pub id: i64,
    pub data: ResidentData,
    pub address_changed: bool,
    pub permit_changed: bool,
    pub registered_at: String,
    pub updated_at: String,
    /// The community's Chinese name, for Chinese tables (not stored on the
    /// resident).
    pub community_zh: Option<String>,
}

impl ResidentData {
    /// A new record's defaults.
    pub fn new() -> Self {
        ResidentData {
            gender: "unspecified".into(),
            status: "active".into(),
            ..Default::default()
        }
    }

    /// Stores a validated value in its column.
    pub fn set(&mut self, field: Field, value: Value) {
        let (text, flag) = match value {
            Value::Community(c) => {
                self.community_id = c.id;
                self.community = c.name;
                return;
            }
            Value::Text(t) => (Some(t), false),
            Value::Flag(b) => (None, b),
            Value::Empty => (None, false),
        };
        match field {
            Field::ExternalId => self.external_id = text,
            Field::FamilyName => self.family_name = text,
            Field::GivenName => self.given_name = text,
            Field::ChineseName => self.chinese_name = text,
            Field::Nationality => self.nationality = text.unwrap_or_default(),
            Field::Gender => self.gender = text.unwrap_or_else(|| "unspecified".into()),
            Field::BirthDate => self.birth_date = text,
            Field::Phone => self.phone = text,
            Field::Email => self.email = text,
            Field::Wechat => self.wechat = text,
            // A community always arrives as `Value::Community`, handled above.
            Field::Community => {}
            Field::Address => self.address = text,
            Field::Languages => self.languages = text,
            Field::ArrivalDate => self.arrival_date = text,
            Field::ResidenceRegisteredOn => self.residence_registered_on = text,
            Field::PermitType => self.permit_type = text,
            Field::PermitNumber => self.permit_number = text,
            Field::PermitExpiry => self.permit_expiry = text,
            Field::PassportNumber => self.passport_number = text,
            Field::ConsentContact => self.consent_contact = flag,
            Field::ConsentShare => self.consent_share = flag,
            Field::Status => self.status = text.unwrap_or_else(|| "active".into()),
            Field::MovedOutOn => self.moved_out_on = text,
            Field::Notes => self.notes = text,
        }
    }

    /// The column's value as text (what export writes, what `edit` compares).
    pub fn get(&self, field: Field) -> Option<String> {
        let yes_no = |b: bool| Some(if b { "yes" } else { "no" }.to_string());
        match field {
            Field::ExternalId => self.external_id.clone(),
            Field::FamilyName => self.family_name.clone(),
            Field::GivenName => self.given_name.clone(),
            Field::ChineseName => self.chinese_name.clone(),
            Field::Nationality => Some(self.nationality.clone()),
            Field::Gender => Some(self.gender.clone()),
            Field::BirthDate => self.birth_date.clone(),
            Field::Phone => self.phone.clone(),
            Field::Email => self.email.clone(),
            Field::Wechat => self.wechat.clone(),
            Field::Community => Some(self.community.clone()),
            Field::Address => self.address.clone(),
            Field::Languages => self.languages.clone(),
            Field::ArrivalDate => self.arrival_date.clone(),
            Field::ResidenceRegisteredOn => self.residence_registered_on.clone(),
            Field::PermitType => self.permit_type.clone(),
            Field::PermitNumber => self.permit_number.clone(),
            Field::PermitExpiry => self.permit_expiry.clone(),
            Field::PassportNumber => self.passport_number.clone(),
            Field::ConsentContact => yes_no(self.consent_contact),
            Field::ConsentShare => yes_no(self.consent_share),
            Field::Status => Some(self.status.clone()),
            Field::MovedOutOn => self.moved_out_on.clone(),
            Field::Notes => self.notes.clone(),
        }
    }

    /// Rules across columns; `today` is `YYYY-MM-DD`.
    pub fn check(&self, today: &str) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let date = |f: Field| self.get(f).unwrap_or_default();
        if let Some(birth) = &self.birth_date {
            if birth.as_str() > today {
                errors.push(FieldError::new(
                    Field::BirthDate,
                    birth,
                    crate::t!("sys-field-in-future"),
                ));
            }
        }
        if let (Some(birth), Some(arrival)) = (&self.birth_date, &self.arrival_date) {
            if arrival < birth {
                errors.push(FieldError::new(
                    Field::ArrivalDate,
                    arrival,
                    crate::t!("sys-field-before-birth"),
                ));
            }
        }
        match (self.status.as_str(), &self.moved_out_on) {
            ("moved-out", None) => errors.push(
                FieldError::new(
                    Field::MovedOutOn,
                    "",
                    crate::t!("sys-field-moved-out-required"),
                )
                .with_hint(crate::t!("sys-hint-move-out")),
            ),
            ("active", Some(on)) => errors.push(
                FieldError::new(
                    Field::MovedOutOn,
                    on,
                    crate::t!("sys-field-moved-out-empty"),
                )
                .with_hint(crate::t!("sys-hint-moved-out-clear")),
            ),
            _ => {}
        }
        let registered = date(Field::ResidenceRegisteredOn);
        if !registered.is_empty() && registered.as_str() > today {
            errors.push(FieldError::new(
                Field::ResidenceRegisteredOn,
                &registered,
                crate::t!("sys-field-in-future"),
            ));
        }
        errors
    }

    /// Whether a required column (family name, nationality, community) is empty.
    pub fn lacks_required(&self) -> bool {
        self.family_name.is_none() || self.nationality.is_empty() || self.community.is_empty()
    }

    /// Folded family + given name: the likely-duplicate key.
    pub fn name_key(&self) -> String {
        let family = self.family_name.as_deref().unwrap_or_default();
        let given = self.given_name.as_deref().unwrap_or_default();
        format!("{}|{}", fold_compact(family), fold_compact(given))
    }

    /// "MÜLLER Anna"-style display name for messages.
    pub fn display_name(&self) -> String {
        let family = self.family_name.as_deref().unwrap_or("(erased)");
        match &self.given_name {
            Some(given) => format!("{family}, {given}"),
            None => family.to_string(),
        }
    }
}

const PERMIT_FIELDS: [Field; 3] = [Field::PermitType, Field::PermitNumber, Field::PermitExpiry];

impl Resident {
    /// After `data` changed from `before`: a new address or permit marks the
    /// residence registration due, a recorded registration clears the marks.
    /// Returns the changed columns.
    pub fn update_marks(
        &mut self,
        before: &ResidentData,
        registration_recorded: bool,
    ) -> Vec<Field> {
        let changed: Vec<Field> = Field::ALL
            .into_iter()
            .filter(|f| before.get(*f) != self.data.get(*f))
            .collect();
        if registration_recorded {
            self.address_changed = false;
            self.permit_changed = false;
        } else {
            self.address_changed |= changed.contains(&Field::Address);
            self.permit_changed |= changed.iter().any(|f| PERMIT_FIELDS.contains(f));
        }
        changed
    }
}

/// Why a resident's residence registration is due, in the spec's order.
pub fn registration_due(resident: &Resident) -> Option<&'static str> {
    let data = &resident.data;
    if data.status != "active" {
        return None;
    }
    match (&data.residence_registered_on, &data.arrival_date) {
        (None, _) => Some("missing"),
        (Some(reg), Some(arrival)) if reg < arrival => Some("before-arrival"),
        _ if resident.address_changed => Some("address-changed"),
        _ if resident.permit_changed => Some("permit-changed"),
        _ => None,
    }
}

/// `E12345678` → `E12****78`: enough to recognise, not enough to use.
pub fn mask(value: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    if chars.len() >= 7 {
        let head: String = chars[..3].iter().collect();
        let tail: String = chars[chars.len() - 2..].iter().collect();
        format!("{head}****{tail}")
    } else {
        "****".to_string()
    }
}

/// How a record collides with another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Duplicate {
    ExternalId,
    Passport,
    Likely,
}

impl Duplicate {
    pub fn describe(self) -> String {
        match self {
            Duplicate::ExternalId => crate::t!("sys-duplicate-external-id"),
            Duplicate::Passport => crate::t!("sys-duplicate-passport"),
            Duplicate::Likely => crate::t!("sys-duplicate-likely"),
        }
    }
    pub fn is_hard(self) -> bool {
        self != Duplicate::Likely
    }
}

/// The duplicate rules of SPEC §3 and §9 between two records.
pub fn duplicate_of(a: &ResidentData, b: &ResidentData) -> Option<Duplicate> {
    if a.external_id.is_some() && a.external_id == b.external_id {
        return Some(Duplicate::ExternalId);
    }
    if a.passport_number.is_some()
        && a.passport_number == b.passport_number
        && a.nationality == b.nationality
    {
        return Some(Duplicate::Passport);
    }
    if a.nationality != b.nationality || a.name_key() != b.name_key() {
        return None;
    }
    let same = match (&a.birth_date, &b.birth_date) {
        (Some(x), Some(y)) => x == y,
        _ => a.community_id == b.community_id,
    };
    same.then_some(Duplicate::Likely)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(family: &str, given: &str, birth: Option<&str>, community: i64) -> ResidentData {
        ResidentData {
            family_name: Some(family.into()),
            given_name: Some(given.into()),
            nationality: "DE".into(),
            birth_date: birth.map(String::from),
            community_id: community,
            ..ResidentData::new()
        }
    }

    #[test]
    fn masking_keeps_three_and_two() {
        assert_eq!(mask("E12345678"), "E12****78");
        assert_eq!(mask("AB123"), "****");
    }

    #[test]
    fn likely_duplicates_compare_folded_names_and_birth_or_community() {
        let a = person("Müller", "Anna", Some("1990-01-01"), 1);
        assert_eq!(
            duplicate_of(&a, &person("MULLER", "anna", Some("1990-01-01"), 2)),
            Some(Duplicate::Likely)
        );
        assert_eq!(
            duplicate_of(&a, &person("Muller", "Anna", Some("1991-01-01"), 1)),
            None
        );
        assert_eq!(
            duplicate_of(&a, &person("Muller", "Anna", None, 1)),
            Some(Duplicate::Likely)
        );
        assert_eq!(duplicate_of(&a, &person("Muller", "Anna", None, 2)), None);
    }

    #[test]
    fn hard_duplicates_win() {
        let mut a = person("A", "B", None, 1);
        let mut b = person("C", "D", None, 2);
        a.passport_number = Some("X1".into());
        b.passport_number = Some("X1".into());
        assert_eq!(duplicate_of(&a, &b), Some(Duplicate::Passport));
        b.nationality = "FR".into();
        assert_eq!(duplicate_of(&a, &b), None);
        a.external_id = Some("E1".into());
        b.external_id = Some("E1".into());
        assert_eq!(duplicate_of(&a, &b), Some(Duplicate::ExternalId));
    }

    #[test]
    fn registration_due_reasons_in_order() {
        let mut r = Resident {
            data: person("A", "B", None, 1),
            ..Default::default()
        };
        assert_eq!(registration_due(&r), Some("missing"));
        r.data.arrival_date = Some("2026-05-02".into());
        r.data.residence_registered_on = Some("2026-05-01".into());
        assert_eq!(registration_due(&r), Some("before-arrival"));
        r.data.residence_registered_on = Some("2026-05-02".into());
        assert_eq!(registration_due(&r), None);
        r.permit_changed = true;
        assert_eq!(registration_due(&r), Some("permit-changed"));
        r.address_changed = true;
        assert_eq!(registration_due(&r), Some("address-changed"));
        r.data.status = "moved-out".into();
        assert_eq!(registration_due(&r), None);
    }

    #[test]
    fn cross_field_checks() {
        let mut r = person("A", "B", Some("2030-01-01"), 1);
        r.status = "moved-out".into();
        let problems: Vec<Field> = r.check("2026-11-27").iter().map(|e| e.field).collect();
        assert_eq!(problems, vec![Field::BirthDate, Field::MovedOutOn]);
    }
}
