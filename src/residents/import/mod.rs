//! `resident import`: validate the whole input first, without the write
//! lock (first pass into the TEMP `stage` table; duplicates inside the
//! file), then match stored residents and write everything in one
//! IMMEDIATE transaction (second pass). Any error before the commit leaves
//! the database as it was.
mod rejects;
mod row;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use rusqlite::{Connection, TransactionBehavior};

use super::fields::Field;
use super::model::{Duplicate, Resident};
use super::{stage, store};
use crate::batches;
use crate::csvio::{map_headers, ErrorReport, Input};
use crate::db::audit::{self, Actor};
use crate::db::Db;
use crate::error::{AppError, ErrorKind, Result};
use crate::output::CsvStyle;
use row::RowRules;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OnConflict {
    /// Refuse the import (exit 4) naming each matching line
    Error,
    /// Leave the stored resident as it is
    Skip,
    /// The file's values replace the stored ones, for every column in the file
    Update,
    /// Only fields empty in the database are filled
    Fill,
}

pub struct Options {
    pub on_conflict: OnConflict,
    pub allow_duplicate: bool,
    pub raw: bool,
    pub create_communities: bool,
    /// `--skip-invalid --rejects FILE`
    pub rejects: Option<PathBuf>,
    pub dry_run: bool,
    pub csv_style: CsvStyle,
}

#[derive(Debug, Default)]
pub struct Summary {
    pub rows: u64,
    pub inserted: u64,
    pub updated: u64,
    pub skipped: u64,
    pub rejected: u64,
    pub batch: Option<i64>,
}

const REQUIRED: [Field; 3] = [Field::FamilyName, Field::Nationality, Field::Community];
const EXPORT_ONLY: [&str; 3] = ["id", "registered_at", "updated_at"];
/// Imports bigger than this (and than the table) rebuild indexes once.
const BULK_ROWS: u64 = 50_000;

/// What the first pass found.
struct Checked {
    columns: Vec<Option<Field>>,
    rows: u64,
    new_communities: BTreeMap<String, String>,
    rejects: BTreeMap<u64, String>,
}

pub fn run(
    db: &mut Db,
    input: &Input,
    options: &Options,
    actor: &Actor,
    today: &str,
    progress: &mut dyn FnMut(u64),
) -> Result<Summary> {
    let checked = first_pass(&db.conn, input, options, today, progress);
    let result = checked.and_then(|checked| second_pass(db, input, options, actor, today, checked));
    stage::drop(&db.conn)?;
    result
}

fn first_pass(
    conn: &Connection,
    input: &Input,
    options: &Options,
    today: &str,
    progress: &mut dyn FnMut(u64),
) -> Result<Checked> {
    let mut reader = input.csv()?;
    let headers = reader.headers().map_err(|e| csv_error(input, e))?.clone();
    let known: Vec<&str> = Field::ALL.iter().map(|f| f.name()).collect();
    let columns = map_headers(input, &headers, Field::from_name, &EXPORT_ONLY, &known)?;
    let missing: Vec<&str> = REQUIRED
        .iter()
        .filter(|f| !columns.contains(&Some(**f)))
        .map(|f| f.name())
        .collect();
    let may_update = matches!(options.on_conflict, OnConflict::Update | OnConflict::Fill);
    if !missing.is_empty() && !may_update {
        return Err(AppError::invalid(format!(
            "{}:1: missing required column(s): {}",
            input.name,
            missing.join(", ")
        ))
        .hint("a file without them can only update stored residents: --on-conflict update|fill"));
    }
    let refs = store::load_refs(conn)?;
    let rules = RowRules {
        file: &input.name,
        columns: &columns,
        header_len: headers.len(),
        refs: &refs,
        raw: options.raw,
        create_communities: options.create_communities,
        incomplete: !missing.is_empty(),
        today,
    };
    stage::create(conn)?;
    let skip_invalid = options.rejects.is_some();
    let mut report = ErrorReport::default();
    let mut rejects = BTreeMap::new();
    let mut new_communities = BTreeMap::new();
    let mut community_hint = false;
    let mut record = csv::StringRecord::new();
    let (mut rows, mut seq) = (0u64, 0u64);
    let tx = conn.unchecked_transaction()?;
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) if matches!(e.kind(), csv::ErrorKind::Utf8 { .. }) => {
                let line = e.position().map_or(0, |p| p.line());
                rows += 1;
                let text = format!("{}:{line}: is not valid UTF-8", input.name);
                report.push(text.clone());
                rejects.insert(line, text);
                continue;
            }
            Err(e) => return Err(csv_error(input, e)),
        }
        rows += 1;
        let line = record.position().map_or(rows + 1, |p| p.line());
        match rules.validate(line, &record, &mut new_communities) {
            Ok(valid) => {
                if report.is_empty() || skip_invalid {
                    seq += 1;
                    let incomplete = rules.incomplete
                        || REQUIRED
                            .iter()
                            .any(|f| valid.data.get(*f).is_none_or(|v| v.is_empty()));
                    stage::insert(
                        &tx,
                        &stage::StagedRow {
                            line,
                            seq,
                            incomplete,
                            data: &valid.data,
                            community_key: &valid.community_key,
                            name_key: &valid.data.name_key(),
                            haystack: &store::haystack(&valid.data),
                        },
                    )?;
                }
            }
            Err(problems) => {
                community_hint |= problems
                    .iter()
                    .any(|p| p.contains(": community: is not a known"));
                rejects.insert(line, problems.join("; "));
                for p in problems {
                    report.push(p);
                }
            }
        }
        if rows % 4096 == 0 {
            progress(record.position().map_or(0, |p| p.byte()));
        }
    }
    tx.commit()?;
    progress(input.len);
    let mut hints = Vec::new();
    if community_hint {
        let known = refs.community_names();
        let known = if known.is_empty() {
            "none yet".to_string()
        } else {
            known.join(", ")
        };
        hints.push(format!(
            "known communities: {known}; add one with `expatdesk community add NAME`, or import with --create-communities"
        ));
    }
    for (a, b, kind) in stage::duplicates_in_file(conn, !options.allow_duplicate)? {
        if rejects.contains_key(&b) {
            continue;
        }
        let text = format!("{}:{b}: {} as line {a}", input.name, in_file(kind));
        if kind == Duplicate::Likely {
            hints.push("pass --allow-duplicate if they are different people".into());
        }
        rejects.insert(b, text.clone());
        stage::set_action(conn, b, "reject")?;
        report.push(text);
    }
    if !report.is_empty() && !skip_invalid {
        let mut err = report.into_error(ErrorKind::Invalid, "imported");
        hints.dedup();
        for h in hints {
            err = err.hint(h);
        }
        return Err(err);
    }
    Ok(Checked {
        columns,
        rows,
        new_communities,
        rejects,
    })
}

fn in_file(kind: Duplicate) -> &'static str {
    match kind {
        Duplicate::ExternalId => "external_id: the same external_id",
        Duplicate::Passport => "passport_number: the same passport number and nationality",
        Duplicate::Likely => "likely the same person (name, nationality, birth date or community)",
    }
}

fn csv_error(input: &Input, e: csv::Error) -> AppError {
    let line = e.position().map_or(0, |p| p.line());
    match e.into_kind() {
        csv::ErrorKind::Io(io) => AppError::io(format!(
            "{}: cannot read: {}",
            input.name,
            crate::error::plain_io(&io)
        )),
        csv::ErrorKind::Utf8 { .. } => {
            AppError::invalid(format!("{}:{line}: is not valid UTF-8", input.name))
                .hint("pass --encoding gb18030 for files saved by Excel on Chinese Windows")
        }
        other => AppError::invalid(format!("{}:{line}: cannot read CSV: {other:?}", input.name)),
    }
}

fn second_pass(
    db: &mut Db,
    input: &Input,
    options: &Options,
    actor: &Actor,
    today: &str,
    mut checked: Checked,
) -> Result<Summary> {
    let tx = db
        .conn
        .transaction_with_behavior(TransactionBehavior::Immediate)?;
    let batch = batches::create(&tx, "resident", &input.name, &actor.at, &actor.operator)?;
    create_communities(&tx, batch, &checked.new_communities, &actor.at)?;
    let existing: i64 = tx.query_row("SELECT count(*) FROM residents", [], |r| r.get(0))?;
    let matches = if existing > 0 {
        match_stored(&tx, input, options, &checked.rejects)?
    } else {
        BTreeMap::new()
    };
    let mut summary = Summary {
        rows: checked.rows,
        batch: Some(batch),
        ..Default::default()
    };
    apply_matches(
        &tx,
        input,
        options,
        actor,
        today,
        batch,
        &checked.columns,
        &matches,
        &mut summary,
    )?;
    let mut report = ErrorReport::default();
    for line in stage::incomplete_inserts(&tx)? {
        let text = format!(
            "{}:{line}: no stored resident matches this row, and adding one needs family_name, nationality and community",
            input.name
        );
        checked.rejects.insert(line, text.clone());
        stage::set_action(&tx, line, "reject")?;
        report.push(text);
    }
    if !report.is_empty() && options.rejects.is_none() {
        return Err(report.into_error(ErrorKind::Invalid, "imported"));
    }
    let to_insert = stage::count_inserts(&tx)?;
    let base = stage::id_base(&tx)?;
    let bulk = to_insert > BULK_ROWS && to_insert as i64 > existing;
    summary.inserted = stage::insert_all(&tx, base, &actor.at, batch, bulk)?;
    summary.rejected = checked.rejects.len() as u64;
    let counts = [
        summary.inserted,
        summary.updated,
        summary.skipped,
        summary.rejected,
    ];
    batches::finish(&tx, batch, counts)?;
    let detail = format!(
        "{}: inserted {}, updated {}, skipped {}, rejected {}",
        input.name, counts[0], counts[1], counts[2], counts[3]
    );
    audit::record(&tx, actor, "import", "batch", Some(batch), &detail)?;
    let rejects_file = match &options.rejects {
        Some(path) => Some(rejects::write(
            path,
            input,
            &checked.columns,
            &checked.rejects,
            options.csv_style,
        )?),
        None => None,
    };
    if options.dry_run {
        tx.rollback()?;
        summary.batch = None;
        return Ok(summary);
    }
    tx.commit()?;
    if let Some(file) = rejects_file {
        file.commit()?;
    }
    Ok(summary)
}

fn create_communities(
    conn: &Connection,
    batch: i64,
    new: &BTreeMap<String, String>,
    at: &str,
) -> Result<()> {
    if new.is_empty() {
        return Ok(());
    }
    let refs = store::load_refs(conn)?;
    for name in new.values() {
        if refs.community(name).is_none() {
            let id = store::communities::insert(conn, name, None, at)?;
            batches::record_community(conn, batch, id)?;
        }
    }
    Ok(())
}

/// Each staged line's stored match: by external_id, else passport, else
/// the likely rule. Exit 4 when external_id and passport point at two
/// different residents.
fn match_stored(
    conn: &Connection,
    input: &Input,
    options: &Options,
    rejected: &BTreeMap<u64, String>,
) -> Result<BTreeMap<u64, (i64, Duplicate)>> {
    let mut matches: BTreeMap<u64, (i64, Duplicate)> = BTreeMap::new();
    let mut report = ErrorReport::default();
    for (line, id, kind) in stage::matches(conn, !options.allow_duplicate)? {
        if rejected.contains_key(&line) {
            continue;
        }
        match matches.get(&line) {
            None => {
                matches.insert(line, (id, kind));
            }
            Some((other, Duplicate::ExternalId)) if kind == Duplicate::Passport && *other != id => {
                report.push(format!(
                    "{}:{line}: external_id matches resident {other} but passport_number matches resident {id}",
                    input.name
                ));
            }
            Some(_) => {}
        }
    }
    if !report.is_empty() {
        return Err(report.into_error(ErrorKind::Conflict, "imported"));
    }
    Ok(matches)
}

#[allow(clippy::too_many_arguments)]
fn apply_matches(
    conn: &Connection,
    input: &Input,
    options: &Options,
    actor: &Actor,
    today: &str,
    batch: i64,
    columns: &[Option<Field>],
    matches: &BTreeMap<u64, (i64, Duplicate)>,
    summary: &mut Summary,
) -> Result<()> {
    if matches.is_empty() {
        return Ok(());
    }
    if options.on_conflict == OnConflict::Error {
        let mut report = ErrorReport::default();
        for (line, (id, kind)) in matches {
            report.push(format!(
                "{}:{line}: matches resident {id}: {}",
                input.name,
                kind.describe()
            ));
        }
        return Err(report
            .into_error(ErrorKind::Conflict, "imported")
            .hint("choose what to do with --on-conflict skip|update|fill"));
    }
    let present: BTreeSet<Field> = columns.iter().flatten().copied().collect();
    let refs = store::load_refs(conn)?;
    let mut report = ErrorReport::default();
    for (&line, &(id, _)) in matches {
        if options.on_conflict == OnConflict::Skip {
            stage::set_action(conn, line, "skip")?;
            summary.skipped += 1;
            continue;
        }
        let Some((mut staged, community_key)) = stage::load(conn, line)? else {
            continue;
        };
        staged.community_id = refs.communities.get(&community_key).map_or(0, |c| c.id);
        let Some(stored) = store::get(conn, id)? else {
            continue;
        };
        let mut resident = stored.clone();
        merge(
            &mut resident,
            &staged,
            &present,
            options.on_conflict == OnConflict::Fill,
        );
        let recorded = present.contains(&Field::ResidenceRegisteredOn)
            && resident.data.residence_registered_on != stored.data.residence_registered_on;
        let changed = resident.update_marks(&stored.data, recorded);
        stage::set_action(conn, line, "update")?;
        if changed.is_empty() {
            summary.skipped += 1;
            continue;
        }
        let mut problems: Vec<String> = resident
            .data
            .check(today)
            .into_iter()
            .map(|e| {
                crate::csvio::row_error(&input.name, line, e.field.name(), &e.problem, &e.value)
            })
            .collect();
        if let Some((kind, other)) = store::find_duplicate(conn, &resident.data, Some(id))? {
            if kind.is_hard() {
                problems.push(format!(
                    "{}:{line}: resident {other} {}",
                    input.name,
                    kind.describe()
                ));
            }
        }
        if !problems.is_empty() {
            problems.into_iter().for_each(|p| report.push(p));
            continue;
        }
        store::update(conn, &resident, &actor.at)?;
        batches::record_update(conn, batch, &stored)?;
        let names: Vec<&str> = changed.iter().map(|f| f.name()).collect();
        audit::record(
            conn,
            actor,
            "import-update",
            "resident",
            Some(id),
            &format!("batch {batch}; fields: {}", names.join(", ")),
        )?;
        summary.updated += 1;
    }
    if !report.is_empty() {
        return Err(report.into_error(ErrorKind::Conflict, "imported"));
    }
    Ok(())
}

/// `update`: every column of the file replaces the stored value, empty
/// cells included. `fill`: only stored fields that are empty are filled.
fn merge(
    resident: &mut Resident,
    staged: &super::ResidentData,
    present: &BTreeSet<Field>,
    fill_only: bool,
) {
    for &field in present {
        let new = staged.get(field);
        let old = resident.data.get(field);
        let old_empty = old.as_deref().is_none_or(str::is_empty)
            || (field == Field::Gender && old.as_deref() == Some("unspecified"));
        if fill_only && (!old_empty || new.is_none()) {
            continue;
        }
        match field {
            Field::Community => {
                resident.data.community_id = staged.community_id;
                resident.data.community = staged.community.clone();
            }
            Field::ConsentContact => resident.data.consent_contact = staged.consent_contact,
            Field::ConsentShare => resident.data.consent_share = staged.consent_share,
            _ => resident
                .data
                .set(field, new.map_or(super::Value::Empty, super::Value::Text)),
        }
    }
}
