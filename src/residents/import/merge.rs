//! `--on-conflict update|fill`: a row merged into the stored resident it
//! matches. `update`: every column of the file replaces the stored value,
//! empty cells included. `fill`: only stored fields that are empty get the
//! file's value; nothing is ever blanked.
use std::collections::BTreeSet;

use crate::db::Connection;

use crate::batches;
use crate::csvio::row_error;
use crate::db::audit::{self, Actor};
use crate::error::Result;
use crate::residents::fields::{Field, Value};
use crate::residents::{store, Resident, ResidentData};

pub struct Target<'a> {
    pub conn: &'a Connection,
    pub file: &'a str,
    pub line: u64,
    pub today: &'a str,
}

pub enum Outcome {
    Updated,
    Unchanged,
    Refused(Vec<String>),
}

pub fn update_stored(
    t: &Target,
    id: i64,
    row: &ResidentData,
    present: &BTreeSet<Field>,
    fill: bool,
    batch: i64,
    actor: &Actor,
) -> Result<Outcome> {
    let Some(stored) = store::get(t.conn, id)? else {
        return Ok(Outcome::Unchanged);
    };
    let mut resident = stored.clone();
    merge(&mut resident, row, present, fill);
    let recorded = present.contains(&Field::ResidenceRegisteredOn)
        && resident.data.residence_registered_on != stored.data.residence_registered_on;
    let changed = resident.update_marks(&stored.data, recorded);
    if changed.is_empty() {
        return Ok(Outcome::Unchanged);
    }
    let mut problems: Vec<String> = resident
        .data
        .check(t.today)
        .into_iter()
        .map(|e| row_error(t.file, t.line, e.field.name(), &e.problem, &e.value))
        .collect();
    if let Some((kind, other)) = store::find_duplicate(t.conn, &resident.data, Some(id))? {
        if kind.is_hard() {
            problems.push(format!(
                "{}:{}: {}",
                t.file,
                t.line,
                crate::t!(
                    "sys-resident-duplicate",
                    id = other.to_string(),
                    what = kind.describe()
                )
            ));
        }
    }
    if !problems.is_empty() {
        return Ok(Outcome::Refused(problems));
    }
    store::update(t.conn, &resident, &actor.at)?;
    batches::record_update(t.conn, batch, &stored)?;
    let names: Vec<&str> = changed.iter().map(|f| f.name()).collect();
    let detail = format!("batch {batch}; fields: {}", names.join(", "));
    audit::record(
        t.conn,
        actor,
        "import-update",
        "resident",
        Some(id),
        &detail,
    )?;
    Ok(Outcome::Updated)
}

fn merge(resident: &mut Resident, row: &ResidentData, present: &BTreeSet<Field>, fill_only: bool) {
    for &field in present {
        let old = resident.data.get(field);
        let old_empty = old.as_deref().is_none_or(str::is_empty)
            || (field == Field::Gender && old.as_deref() == Some("unspecified"));
        let new = row.get(field);
        if fill_only && (!old_empty || new.is_none()) {
            continue;
        }
        match field {
            Field::Community => {
                resident.data.community_id = row.community_id;
                resident.data.community = row.community.clone();
            }
            Field::ConsentContact => resident.data.consent_contact = row.consent_contact,
            Field::ConsentShare => resident.data.consent_share = row.consent_share,
            _ => resident
                .data
                .set(field, new.map_or(Value::Empty, Value::Text)),
        }
    }
}
