//! One flag per resident column, shared by `add` and `edit`.
use clap::Args;

use crate::error::AppError;
use crate::residents::fields::{self, Field, FieldError, Refs, Value};

#[derive(Debug, Clone, Default, Args)]
pub struct FieldArgs {
    /// The center's own id for the resident (unique)
    #[arg(long, value_name = "ID")]
    pub external_id: Option<String>,
    /// Family name (required)
    #[arg(long, value_name = "NAME")]
    pub family_name: Option<String>,
    /// Given name(s)
    #[arg(long, value_name = "NAME")]
    pub given_name: Option<String>,
    /// Chinese name
    #[arg(long, value_name = "NAME")]
    pub chinese_name: Option<String>,
    /// Nationality: ISO code (DE, DEU), English, Chinese or everyday name (UK, 韩国) (required)
    #[arg(long, value_name = "COUNTRY")]
    pub nationality: Option<String>,
    /// female, male, other or unspecified
    #[arg(long, value_name = "GENDER")]
    pub gender: Option<String>,
    /// YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    pub birth_date: Option<String>,
    /// Phone: +country code, an 11-digit mainland mobile or 0 + area code; stored as E.164 (+86…)
    #[arg(long)]
    pub phone: Option<String>,
    /// E-mail address
    #[arg(long)]
    pub email: Option<String>,
    /// WeChat id
    #[arg(long, value_name = "ID")]
    pub wechat: Option<String>,
    /// Residential community, English or Chinese name (required; see `community list`)
    #[arg(long, value_name = "NAME")]
    pub community: Option<String>,
    /// Address inside the community (building, floor, flat)
    #[arg(long)]
    pub address: Option<String>,
    /// Languages, `;`-separated, preferred first: ISO 639-1 codes or names (en, English, 英语, 普通话)
    #[arg(long, value_name = "LIST")]
    pub languages: Option<String>,
    /// YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    pub arrival_date: Option<String>,
    /// Date of the last residence registration with the police
    #[arg(long, value_name = "DATE")]
    pub residence_registered_on: Option<String>,
    /// work, study, family, residence, business, other or none
    #[arg(long, value_name = "TYPE")]
    pub permit_type: Option<String>,
    /// Residence permit number (stored, shown masked)
    #[arg(long, value_name = "NUMBER")]
    pub permit_number: Option<String>,
    /// YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    pub permit_expiry: Option<String>,
    /// Passport number (stored, shown masked)
    #[arg(long, value_name = "NUMBER")]
    pub passport_number: Option<String>,
    /// yes or no: consent to receive notices
    #[arg(long, value_name = "YES|NO")]
    pub consent_contact: Option<String>,
    /// yes or no: consent to pass their identity on with forwarded feedback
    #[arg(long, value_name = "YES|NO")]
    pub consent_share: Option<String>,
    /// active or moved-out
    #[arg(long)]
    pub status: Option<String>,
    /// YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    pub moved_out_on: Option<String>,
    /// Free notes for the desk
    #[arg(long)]
    pub notes: Option<String>,
}

impl FieldArgs {
    /// The columns given on the command line, in column order.
    pub fn given(&self) -> Vec<(Field, String)> {
        let values = [
            &self.external_id,
            &self.family_name,
            &self.given_name,
            &self.chinese_name,
            &self.nationality,
            &self.gender,
            &self.birth_date,
            &self.phone,
            &self.email,
            &self.wechat,
            &self.community,
            &self.address,
            &self.languages,
            &self.arrival_date,
            &self.residence_registered_on,
            &self.permit_type,
            &self.permit_number,
            &self.permit_expiry,
            &self.passport_number,
            &self.consent_contact,
            &self.consent_share,
            &self.status,
            &self.moved_out_on,
            &self.notes,
        ];
        Field::ALL
            .into_iter()
            .zip(values)
            .filter_map(|(field, value)| value.clone().map(|v| (field, v)))
            .collect()
    }
}

/// Validates every given value; all problems at once, as exit 5.
pub fn validate(given: &[(Field, String)], refs: &Refs) -> Result<Vec<(Field, Value)>, AppError> {
    let mut values = Vec::new();
    let mut errors = Vec::new();
    for (field, raw) in given {
        match fields::parse(*field, raw, refs) {
            Ok(value) => values.push((*field, value)),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(values)
    } else {
        Err(flag_errors(&errors))
    }
}

/// `--birth-date: is not a real date (2023-02-30)` lines, with hints.
pub fn flag_errors(errors: &[FieldError]) -> AppError {
    let lines = errors
        .iter()
        .map(|e| {
            format!(
                "{}: {} ({})",
                e.field.flag(),
                e.problem,
                crate::text::visible(&e.value)
            )
        })
        .collect();
    let mut err = AppError::with_lines(crate::error::ErrorKind::Invalid, lines);
    for e in errors {
        for h in e.hints() {
            err = err.hint(h.clone());
        }
    }
    err
}
