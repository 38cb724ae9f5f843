//! One input row of a resident import, validated: every cell through the
//! column rules of `fields`, a leading `'` (the formula guard of our own
//! exports) removed from free text and Excel's text form `="…"` (our
//! `--excel` exports) unwrapped unless `--raw`, then the record rules.
use std::collections::BTreeMap;

use csv::StringRecord;

use crate::csvio::row_error;
use crate::residents::fields::{self, Field, Refs};
use crate::residents::ResidentData;
use crate::text::{clean, fold, Lines};

/// Most communities one import may create.
pub const MAX_NEW_COMMUNITIES: usize = 1000;

/// What one import shares across its rows.
pub struct RowRules<'a> {
    pub file: &'a str,
    pub columns: &'a [Option<Field>],
    pub header_len: usize,
    pub refs: &'a Refs,
    pub raw: bool,
    pub create_communities: bool,
    /// Required columns absent from the header: rows may only update.
    pub incomplete: bool,
    pub today: &'a str,
    /// Compute the derived name key and search text (the write pass needs
    /// them; the checking pass does not).
    pub derive: bool,
}

pub struct ValidRow {
    pub data: ResidentData,
    /// Derived here, on the validating thread, to spare the writing one.
    pub name_key: String,
    pub haystack: String,
}

/// A cell as our CSV exports wrote it, back to the value: Excel's text
/// form `="…"` unwrapped (any column), or the one leading `'` the formula
/// guard adds to free text removed; neither with `--raw`.
pub fn unguard(field: Field, cell: &str, raw: bool) -> &str {
    if let Some(value) = crate::csvio::excel::unwrap(cell).filter(|_| !raw) {
        return value;
    }
    if !raw && field.is_free_text() {
        cell.strip_prefix('\'').unwrap_or(cell)
    } else {
        cell
    }
}

/// A row refused: one report line per problem, and whether one of them is
/// a community the database does not know (the error then lists the known
/// ones once, after the rows).
#[derive(Debug, Default)]
pub struct Rejected {
    pub problems: Vec<String>,
    pub unknown_community: bool,
}

impl From<Vec<String>> for Rejected {
    fn from(problems: Vec<String>) -> Self {
        Rejected {
            problems,
            unknown_community: false,
        }
    }
}

impl RowRules<'_> {
    /// The row's record, or what is wrong with it.
    pub fn validate(
        &self,
        line: u64,
        record: &StringRecord,
        new_communities: &mut BTreeMap<String, String>,
    ) -> Result<ValidRow, Rejected> {
        if record.len() != self.header_len {
            return Err(Rejected::from(vec![format!(
                "{}:{line}: {}",
                self.file,
                crate::t!(
                    "sys-csv-field-count",
                    fields = record.len().to_string(),
                    header = self.header_len.to_string()
                )
            )]));
        }
        let mut data = ResidentData::new();
        let mut errors = Vec::new();
        let mut unknown_community = false;
        for (cell, field) in record.iter().zip(self.columns) {
            let Some(field) = *field else { continue };
            let value = unguard(field, cell, self.raw);
            if field == Field::Community
                && self.create_communities
                && self.refs.community(value).is_none()
            {
                match new_community(value, new_communities) {
                    Ok(name) => data.community = name,
                    Err(problem) => {
                        errors.push(row_error(self.file, line, field.name(), &problem, cell))
                    }
                }
                continue;
            }
            match fields::parse(field, value, self.refs) {
                Ok(value) => data.set(field, value),
                Err(e) => {
                    unknown_community |= e.known.is_some();
                    let problem = match &e.hint {
                        // The known communities come once, after the rows.
                        Some(hint) => format!("{}; {hint}", e.problem),
                        _ => e.problem.clone(),
                    };
                    errors.push(row_error(self.file, line, field.name(), &problem, cell));
                }
            }
        }
        if errors.is_empty() {
            for e in data.check(self.today) {
                errors.push(row_error(
                    self.file,
                    line,
                    e.field.name(),
                    &e.problem,
                    &e.value,
                ));
            }
        }
        if errors.is_empty() {
            let (name_key, haystack) = if self.derive {
                (data.name_key(), crate::residents::store::haystack(&data))
            } else {
                (String::new(), String::new())
            };
            Ok(ValidRow {
                data,
                name_key,
                haystack,
            })
        } else {
            Err(Rejected {
                problems: errors,
                unknown_community,
            })
        }
    }
}

/// A community to create on `--create-communities`: its cleaned name.
fn new_community(value: &str, new: &mut BTreeMap<String, String>) -> Result<String, String> {
    let name = match clean(value, Lines::Single, 100) {
        Ok(Some(name)) => name,
        Ok(None) => return Err(crate::t!("sys-is-required")),
        Err(p) => return Err(p.to_string()),
    };
    let key = fold(&name);
    if let Some(existing) = new.get(&key) {
        return Ok(existing.clone());
    }
    if new.len() >= MAX_NEW_COMMUNITIES {
        return Err(crate::t!(
            "sys-import-too-many-communities",
            number = (new.len() + 1).to_string(),
            limit = MAX_NEW_COMMUNITIES.to_string()
        ));
    }
    new.insert(key, name.clone());
    Ok(name)
}
