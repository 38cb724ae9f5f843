//! `resident import`. First pass, without the write lock: every row of
//! the whole input through every column and record rule. Second pass, in
//! one IMMEDIATE transaction: the input is read again, each row matched
//! against stored residents (and the rows before it) and inserted, updated
//! or skipped. A large load into an empty table inserts without indexes,
//! builds them once at the end, and finds duplicates inside the file from
//! them. Any problem rolls the whole transaction back: all or nothing.
mod merge;
mod rejects;
mod row;
mod spool;
mod stream;
mod write;

pub use row::ValidRow;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use crate::db::{Begin, Connection};

use super::bulk;
use super::fields::{Field, Refs};
use super::store;
use crate::batches;
use crate::csvio::{map_headers, ErrorReport, Input};
use crate::db::audit::{self, Actor};
use crate::db::Db;
use crate::error::{AppError, ErrorKind, Result};
use crate::output::CsvStyle;
use crate::ui::trace;
use row::RowRules;
use stream::{csv_error, validate_stream, Item};
use write::Writer;

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
/// Columns importers ignore: an export's own, and a rejects file's `error`.
const EXPORT_ONLY: [&str; 4] = ["id", "registered_at", "updated_at", "error"];
/// A load of more rows than this into an empty table builds indexes once
/// (below it, keeping indexes up to date row by row costs less).
const BULK_ROWS: u64 = 1_000;

/// The header, mapped.
struct Header {
    columns: Vec<Option<Field>>,
    len: usize,
    present: BTreeSet<Field>,
    /// Required columns are missing: rows can only update stored residents.
    incomplete: bool,
}

/// What the first pass learnt.
struct Checked {
    header: Header,
    rows: u64,
    valid: u64,
    new_communities: BTreeMap<String, String>,
}

pub fn run(
    db: &mut Db,
    input: &Input,
    options: &Options,
    actor: &Actor,
    today: &str,
    progress: &mut dyn FnMut(&str, u64),
) -> Result<Summary> {
    trace("import start");
    let checked = first_pass(&db.conn, input, options, today, progress)?;
    trace("validated");
    if checked.rows == 0 {
        // A header without rows: nothing to write, no batch to record.
        return Ok(Summary::default());
    }
    let empty: i64 = db
        .conn
        .query_row("SELECT count(*) FROM residents", [], |r| r.get(0))?;
    let rollback_journal = empty == 0
        && checked.valid > BULK_ROWS
        && !db.conn.is_postgres()
        && crate::db::try_rollback_journal(&db.conn);
    let result = second_pass(db, input, options, actor, today, checked, progress);
    if rollback_journal {
        crate::db::back_to_wal(&db.conn)?;
    }
    result
}

fn read_header(input: &Input, options: &Options) -> Result<Header> {
    let mut reader = input.csv()?;
    let headers = reader
        .headers()
        .map_err(|e| csv_error(&input.name, e))?
        .clone();
    let known: Vec<&str> = Field::ALL.iter().map(|f| f.name()).collect();
    let columns = map_headers(input, &headers, Field::from_name, &EXPORT_ONLY, &known)?;
    let present: BTreeSet<Field> = columns.iter().flatten().copied().collect();
    let missing: Vec<&str> = REQUIRED
        .iter()
        .filter(|f| !present.contains(f))
        .map(|f| f.name())
        .collect();
    let may_update = matches!(options.on_conflict, OnConflict::Update | OnConflict::Fill);
    if !missing.is_empty() && !may_update {
        return Err(AppError::invalid(format!(
            "{}:1: {}",
            input.name,
            crate::t!(
                "sys-csv-missing-columns",
                count = missing.len(),
                list = missing.join(", ")
            )
        ))
        .hint(crate::t!("sys-hint-import-update-only")));
    }
    Ok(Header {
        len: headers.len(),
        columns,
        present,
        incomplete: !missing.is_empty(),
    })
}

fn first_pass(
    conn: &Connection,
    input: &Input,
    options: &Options,
    today: &str,
    progress: &mut dyn FnMut(&str, u64),
) -> Result<Checked> {
    let header = read_header(input, options)?;
    let refs = store::load_refs(conn)?;
    let rules = rules(input, &header, &refs, options, today, false);
    let mut report = ErrorReport::default();
    spool::open(conn)?;
    // One transaction for the rejected rows' errors: it touches only the
    // TEMP tables, so it takes no lock on the database.
    let spooled = conn.begin(Begin::Deferred)?;
    let (mut rows, mut valid, mut community_hint) = (0u64, 0u64, false);
    let new_communities = validate_stream(input, &rules, false, |item| {
        match item {
            Item::Valid { .. } => {
                rows += 1;
                valid += 1;
            }
            Item::Invalid { record, rejected } => {
                rows += 1;
                community_hint |= rejected.unknown_community;
                let problems = rejected.problems;
                if options.rejects.is_some() {
                    spool::reject(&spooled, record, &problems.join("; "))?;
                }
                problems.into_iter().for_each(|p| report.push(p));
            }
            Item::Progress(byte) => progress("checking", byte),
        }
        Ok(())
    })?;
    if !report.is_empty() && options.rejects.is_none() {
        let mut err = report.into_error(ErrorKind::Invalid, "imported");
        if community_hint {
            let known = refs.community_labels();
            let known = if known.is_empty() {
                crate::t!("sys-none-yet")
            } else {
                known.join(", ")
            };
            err = err.hint(crate::t!("sys-hint-import-communities", list = known));
        }
        return Err(err);
    }
    spooled.commit()?;
    Ok(Checked {
        header,
        rows,
        valid,
        new_communities,
    })
}

/// The row rules of one pass. The checking pass may note communities to
/// create; the write pass finds them created and derives the search keys.
fn rules<'a>(
    input: &'a Input,
    header: &'a Header,
    refs: &'a Refs,
    options: &Options,
    today: &'a str,
    write_pass: bool,
) -> RowRules<'a> {
    RowRules {
        file: &input.name,
        columns: &header.columns,
        header_len: header.len,
        refs,
        raw: options.raw,
        create_communities: options.create_communities && !write_pass,
        incomplete: header.incomplete,
        today,
        derive: write_pass,
    }
}

fn second_pass(
    db: &mut Db,
    input: &Input,
    options: &Options,
    actor: &Actor,
    today: &str,
    checked: Checked,
    progress: &mut dyn FnMut(&str, u64),
) -> Result<Summary> {
    let tx = db.conn.begin(Begin::Immediate)?;
    let batch = batches::create(&tx, "resident", &input.name, &actor.at, &actor.operator)?;
    create_communities(&tx, batch, &checked.new_communities, &actor.at)?;
    let refs = store::load_refs(&tx)?;
    let existing: i64 = tx.query_row("SELECT count(*) FROM residents", [], |r| r.get(0))?;
    // A first load: indexes dropped and rebuilt, rows streamed in (COPY on
    // PostgreSQL), duplicates found afterwards in one pass.
    let bulk_load = existing == 0 && checked.valid > BULK_ROWS;
    let indexes = if bulk_load {
        bulk::drop_indexes(&tx)?
    } else {
        Vec::new()
    };
    let mut w = Writer {
        conn: &tx,
        inserter: if bulk_load {
            store::Inserter::bulk(&tx)?
        } else {
            store::Inserter::new(&tx)?
        },
        input,
        options,
        actor,
        today,
        present: &checked.header.present,
        batch,
        base: bulk::id_base(&tx)?,
        probe: !bulk_load,
        lines: Vec::new(),
        records: Vec::new(),
        summary: Summary {
            rows: checked.rows,
            batch: Some(batch),
            ..Default::default()
        },
        invalid: ErrorReport::default(),
        conflicts: ErrorReport::default(),
        likely_reported: false,
        changed_since: false,
        match_reported: false,
    };
    let rules = rules(input, &checked.header, &refs, options, today, true);
    validate_stream(input, &rules, true, |item| match item {
        Item::Valid {
            line,
            record,
            row,
            incomplete,
        } => w.row((line, record), &row, incomplete),
        // Reported by the first pass (and kept in `rejects`) — unless it
        // became invalid since, while the import waited for the lock (a
        // community renamed, say): then it fails the import as the first
        // pass would have, never silently left out.
        Item::Invalid { record, rejected } => w.invalid_since(record, rejected.problems),
        Item::Progress(byte) => {
            progress("importing", byte);
            Ok(())
        }
    })?;
    trace("rows written");
    if bulk_load {
        w.finish_bulk(indexes)?;
    } else {
        w.summary.inserted = w.lines.len() as u64;
    }
    if !w.invalid.is_empty() && options.rejects.is_none() {
        let mut err = std::mem::take(&mut w.invalid).into_error(ErrorKind::Invalid, "imported");
        if w.likely_reported {
            err = err.hint(crate::t!("sys-hint-allow-duplicate"));
        }
        if w.changed_since {
            err = err.hint(crate::t!("sys-hint-import-changed-since"));
        }
        return Err(err);
    }
    if !w.conflicts.is_empty() {
        let mut err = std::mem::take(&mut w.conflicts).into_error(ErrorKind::Conflict, "imported");
        if w.match_reported {
            err = err.hint(crate::t!("sys-hint-on-conflict"));
        }
        return Err(err);
    }
    let mut summary = std::mem::take(&mut w.summary);
    drop(w);
    summary.rejected = spool::rejected(&tx)?;
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
            &tx,
            path,
            input,
            &checked.header.columns,
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
    trace("committed");
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
