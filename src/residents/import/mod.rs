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

pub use row::ValidRow;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use rusqlite::{Connection, TransactionBehavior};

use super::bulk::{self, Probe};
use super::fields::{Field, Refs};
use super::model::{duplicate_of, Duplicate};
use super::store;
use super::ResidentData;
use crate::batches;
use crate::csvio::{map_headers, ErrorReport, Input};
use crate::db::audit::{self, Actor};
use crate::db::Db;
use crate::error::{AppError, ErrorKind, Result};
use crate::output::CsvStyle;
use crate::ui::trace;
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
    rejects: BTreeMap<u64, String>,
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
    let rollback_journal =
        empty == 0 && checked.valid > BULK_ROWS && crate::db::try_rollback_journal(&db.conn);
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
            "{}:1: missing required column(s): {}",
            input.name,
            missing.join(", ")
        ))
        .hint("a file without them can only update stored residents: --on-conflict update|fill"));
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
    let mut rejects = BTreeMap::new();
    let (mut rows, mut valid, mut community_hint) = (0u64, 0u64, false);
    let new_communities = validate_stream(input, &rules, false, |item| {
        match item {
            Item::Valid { .. } => {
                rows += 1;
                valid += 1;
            }
            Item::Invalid { line, problems } => {
                rows += 1;
                community_hint |= problems
                    .iter()
                    .any(|p| p.contains(": community: is not a known"));
                rejects.insert(line, problems.join("; "));
                problems.into_iter().for_each(|p| report.push(p));
            }
            Item::Progress(byte) => progress("checking", byte),
        }
        Ok(())
    })?;
    if !report.is_empty() && options.rejects.is_none() {
        let mut err = report.into_error(ErrorKind::Invalid, "imported");
        if community_hint {
            let known = refs.community_names();
            let known = if known.is_empty() {
                "none yet".to_string()
            } else {
                known.join(", ")
            };
            err = err.hint(format!(
                "known communities: {known}; add one with `expatdesk community add NAME`, or import with --create-communities"
            ));
        }
        return Err(err);
    }
    Ok(Checked {
        header,
        rows,
        valid,
        new_communities,
        rejects,
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

/// What the validator thread hands over for each row.
#[allow(clippy::large_enum_variant)] // moved in chunks; boxing would add an allocation a row
enum Item {
    Valid {
        line: u64,
        row: ValidRow,
        incomplete: bool,
    },
    Invalid {
        line: u64,
        problems: Vec<String>,
    },
    Progress(u64),
}

/// Reads and validates the input while `consume` works through the
/// results; returns the communities to create. `threaded`: validation runs
/// on a second thread, overlapping with a `consume` that has real work.
fn validate_stream(
    input: &Input,
    rules: &RowRules,
    threaded: bool,
    mut consume: impl FnMut(Item) -> Result<()>,
) -> Result<BTreeMap<String, String>> {
    let mut reader = input.csv()?;
    reader.headers().map_err(|e| csv_error(&input.name, e))?;
    if !threaded {
        let mut new_communities = BTreeMap::new();
        let mut record = csv::StringRecord::new();
        let mut count = 0u64;
        while let Some(item) = next_item(
            &mut reader,
            rules,
            &mut record,
            &mut count,
            &mut new_communities,
        )? {
            consume(item)?;
            if count % 4096 == 0 {
                consume(Item::Progress(record.position().map_or(0, |p| p.byte())))?;
            }
        }
        return Ok(new_communities);
    }
    let (sender, receiver) = std::sync::mpsc::sync_channel::<Vec<Item>>(16);
    std::thread::scope(|scope| {
        let validator = std::thread::Builder::new()
            .name("validate".into())
            .spawn_scoped(scope, move || validate_all(reader, rules, sender))
            .map_err(|e| AppError::internal(format!("cannot start a thread: {e}")))?;
        for chunk in &receiver {
            for item in chunk {
                consume(item)?;
            }
        }
        validator
            .join()
            .map_err(|_| AppError::internal("the import's validator thread failed"))?
    })
}

fn validate_all(
    mut reader: csv::Reader<Box<dyn std::io::Read + Send>>,
    rules: &RowRules,
    sender: std::sync::mpsc::SyncSender<Vec<Item>>,
) -> Result<BTreeMap<String, String>> {
    const CHUNK: usize = 256;
    let mut new_communities = BTreeMap::new();
    let mut record = csv::StringRecord::new();
    let mut chunk = Vec::with_capacity(CHUNK + 1);
    let mut count = 0u64;
    while let Some(item) = next_item(
        &mut reader,
        rules,
        &mut record,
        &mut count,
        &mut new_communities,
    )? {
        chunk.push(item);
        if chunk.len() >= CHUNK {
            chunk.push(Item::Progress(record.position().map_or(0, |p| p.byte())));
            if sender
                .send(std::mem::replace(&mut chunk, Vec::with_capacity(CHUNK + 1)))
                .is_err()
            {
                // The consumer stopped on an error of its own and reports it.
                return Ok(new_communities);
            }
        }
    }
    let _ = sender.send(chunk);
    Ok(new_communities)
}

/// The next row, validated; `None` at the end of the input.
fn next_item(
    reader: &mut csv::Reader<Box<dyn std::io::Read + Send>>,
    rules: &RowRules,
    record: &mut csv::StringRecord,
    count: &mut u64,
    new_communities: &mut BTreeMap<String, String>,
) -> Result<Option<Item>> {
    match reader.read_record(record) {
        Ok(false) => Ok(None),
        Ok(true) => {
            *count += 1;
            let line = record.position().map_or(*count + 1, |p| p.line());
            Ok(Some(match rules.validate(line, record, new_communities) {
                Ok(row) => {
                    let incomplete = rules.incomplete || row.data.lacks_required();
                    Item::Valid {
                        line,
                        row,
                        incomplete,
                    }
                }
                Err(problems) => Item::Invalid { line, problems },
            }))
        }
        Err(e) if matches!(e.kind(), csv::ErrorKind::Utf8 { .. }) => {
            *count += 1;
            let line = e.position().map_or(0, |p| p.line());
            let problem = format!(
                "{}:{line}: is not valid UTF-8 (try --encoding gb18030)",
                rules.file
            );
            Ok(Some(Item::Invalid {
                line,
                problems: vec![problem],
            }))
        }
        Err(e) => Err(csv_error(rules.file, e)),
    }
}

fn csv_error(file: &str, e: csv::Error) -> AppError {
    let line = e.position().map_or(0, |p| p.line());
    match e.into_kind() {
        csv::ErrorKind::Io(io) => AppError::io(format!(
            "{file}: cannot read: {}",
            crate::error::plain_io(&io)
        )),
        csv::ErrorKind::Utf8 { .. } => {
            AppError::invalid(format!("{file}:{line}: is not valid UTF-8"))
                .hint("pass --encoding gb18030 for files saved by Excel on Chinese Windows")
        }
        _ => AppError::invalid(format!("{file}:{line}: cannot read the CSV")),
    }
}

fn in_file(kind: Duplicate) -> &'static str {
    match kind {
        Duplicate::ExternalId => "external_id: the same external_id",
        Duplicate::Passport => "passport_number: the same passport number and nationality",
        Duplicate::Likely => "likely the same person (name, nationality, birth date or community)",
    }
}

/// Only what the duplicate rules compare, to keep per matched row.
fn duplicate_keys(d: &ResidentData) -> ResidentData {
    ResidentData {
        external_id: d.external_id.clone(),
        family_name: d.family_name.clone(),
        given_name: d.given_name.clone(),
        nationality: d.nationality.clone(),
        birth_date: d.birth_date.clone(),
        community_id: d.community_id,
        passport_number: d.passport_number.clone(),
        ..ResidentData::default()
    }
}

/// The write pass's running state.
struct Writer<'a> {
    conn: &'a Connection,
    inserter: store::Inserter<'a>,
    input: &'a Input,
    options: &'a Options,
    actor: &'a Actor,
    today: &'a str,
    present: &'a BTreeSet<Field>,
    batch: i64,
    base: i64,
    /// Probe stored residents and earlier rows (off for a bulk load).
    probe: bool,
    /// Input line of each inserted row: id = base + index + 1.
    lines: Vec<u32>,
    summary: Summary,
    invalid: ErrorReport,
    conflicts: ErrorReport,
    rejects: BTreeMap<u64, String>,
    /// Stored residents matched so far (when matches may be applied), with
    /// the line and keys of the first row that matched: a second row
    /// matching the same resident is refused.
    matched_by: std::collections::HashMap<i64, (u64, ResidentData)>,
    /// Which hints the errors deserve.
    likely_reported: bool,
    match_reported: bool,
}

impl Writer<'_> {
    fn line_of(&self, id: i64) -> u64 {
        let index = (id - self.base - 1) as usize;
        self.lines.get(index).map_or(0, |&l| u64::from(l))
    }

    fn reject(&mut self, line: u64, text: String) {
        self.rejects.insert(line, text.clone());
        self.invalid.push(text);
    }

    fn row(&mut self, line: u64, row: &ValidRow, incomplete: bool) -> Result<()> {
        let found = if self.probe {
            bulk::probe(self.conn, &row.data, !self.options.allow_duplicate)?
        } else {
            Probe::None
        };
        let file = &self.input.name;
        match found {
            Probe::Found(id, kind) if id > self.base => {
                self.likely_reported |= kind == Duplicate::Likely;
                let text = format!("{file}:{line}: {} as line {}", in_file(kind), self.line_of(id));
                self.reject(line, text);
            }
            Probe::Found(id, _) if self.matched_by.contains_key(&id) => {
                let (first, keys) = &self.matched_by[&id];
                let likely = !self.options.allow_duplicate;
                let text = match duplicate_of(&row.data, keys).filter(|k| k.is_hard() || likely) {
                    Some(kind) => format!("{file}:{line}: {} as line {first}", in_file(kind)),
                    None => format!("{file}:{line}: matches the same resident {id} as line {first}"),
                };
                self.reject(line, text);
            }
            Probe::Split { by_external_id, by_passport } => self.conflicts.push(format!(
                "{file}:{line}: external_id matches resident {by_external_id} but passport_number matches resident {by_passport}"
            )),
            Probe::Found(id, kind) => {
                if self.options.on_conflict != OnConflict::Error {
                    self.matched_by.insert(id, (line, duplicate_keys(&row.data)));
                }
                self.matched(line, row, id, kind)?;
            }
            Probe::None if incomplete => self.reject(
                line,
                format!(
                    "{file}:{line}: no stored resident matches this row, and adding one needs family_name, nationality and community"
                ),
            ),
            Probe::None => {
                self.lines.push(u32::try_from(line).unwrap_or(u32::MAX));
                let id = self.base + self.lines.len() as i64;
                let keys = store::Keys { name_key: &row.name_key, haystack: &row.haystack };
                self.inserter.insert(Some(id), &row.data, keys, &self.actor.at, Some(self.batch))?;
            }
        }
        Ok(())
    }

    fn matched(&mut self, line: u64, row: &ValidRow, id: i64, kind: Duplicate) -> Result<()> {
        match self.options.on_conflict {
            OnConflict::Error => {
                self.match_reported = true;
                self.conflicts.push(format!(
                    "{}:{line}: matches resident {id}: {}",
                    self.input.name,
                    kind.describe()
                ));
            }
            OnConflict::Skip => self.summary.skipped += 1,
            OnConflict::Update | OnConflict::Fill => {
                let fill = self.options.on_conflict == OnConflict::Fill;
                let ctx = merge::Target {
                    conn: self.conn,
                    file: &self.input.name,
                    line,
                    today: self.today,
                };
                match merge::update_stored(
                    &ctx,
                    id,
                    &row.data,
                    self.present,
                    fill,
                    self.batch,
                    self.actor,
                )? {
                    merge::Outcome::Updated => self.summary.updated += 1,
                    merge::Outcome::Unchanged => self.summary.skipped += 1,
                    merge::Outcome::Refused(problems) => {
                        problems.into_iter().for_each(|p| self.conflicts.push(p))
                    }
                }
            }
        }
        Ok(())
    }

    /// After a bulk load: indexes back, and the duplicates they reveal.
    fn finish_bulk(&mut self, indexes: Vec<(String, String)>) -> Result<()> {
        let mut pairs: Vec<(i64, i64, Duplicate)> = Vec::new();
        let mut failed = Vec::new();
        for (_, sql) in &indexes {
            if !bulk::create_index(self.conn, sql)? {
                failed.push(sql.clone());
            }
        }
        trace("indexes built");
        if !failed.is_empty() {
            pairs.extend(bulk::hard_duplicates(self.conn, self.batch)?);
        }
        if !self.options.allow_duplicate {
            pairs.extend(
                bulk::likely_duplicates(self.conn, self.base)?
                    .into_iter()
                    .map(|(a, b)| (a, b, Duplicate::Likely)),
            );
        }
        trace("duplicates checked");
        let mut removed = BTreeSet::new();
        pairs.sort_by_key(|p| (p.1, p.0));
        for (a, b, kind) in pairs {
            if removed.contains(&b) || removed.contains(&a) {
                continue;
            }
            let (line_a, line_b) = (self.line_of(a), self.line_of(b));
            if self.rejects.contains_key(&line_b) {
                continue;
            }
            self.likely_reported |= kind == Duplicate::Likely;
            let text = format!(
                "{}:{line_b}: {} as line {line_a}",
                self.input.name,
                in_file(kind)
            );
            self.reject(line_b, text);
            if self.options.rejects.is_some() {
                bulk::delete(self.conn, b)?;
                removed.insert(b);
            }
        }
        self.summary.inserted = self.lines.len() as u64 - removed.len() as u64;
        if self.options.rejects.is_some() {
            for sql in failed {
                if !bulk::create_index(self.conn, &sql)? {
                    return Err(AppError::internal(
                        "an index could not be rebuilt after removing duplicates",
                    ));
                }
            }
        }
        Ok(())
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
    let tx = db
        .conn
        .transaction_with_behavior(TransactionBehavior::Immediate)?;
    let batch = batches::create(&tx, "resident", &input.name, &actor.at, &actor.operator)?;
    create_communities(&tx, batch, &checked.new_communities, &actor.at)?;
    let refs = store::load_refs(&tx)?;
    let existing: i64 = tx.query_row("SELECT count(*) FROM residents", [], |r| r.get(0))?;
    let bulk_load = existing == 0 && checked.valid > BULK_ROWS;
    let indexes = if bulk_load {
        bulk::drop_indexes(&tx)?
    } else {
        Vec::new()
    };
    let mut w = Writer {
        conn: &tx,
        inserter: store::Inserter::new(&tx)?,
        input,
        options,
        actor,
        today,
        present: &checked.header.present,
        batch,
        base: bulk::id_base(&tx)?,
        probe: !bulk_load,
        lines: Vec::new(),
        summary: Summary {
            rows: checked.rows,
            batch: Some(batch),
            ..Default::default()
        },
        invalid: ErrorReport::default(),
        conflicts: ErrorReport::default(),
        rejects: checked.rejects,
        matched_by: std::collections::HashMap::new(),
        likely_reported: false,
        match_reported: false,
    };
    let rules = rules(input, &checked.header, &refs, options, today, true);
    validate_stream(input, &rules, true, |item| match item {
        Item::Valid {
            line,
            row,
            incomplete,
        } => w.row(line, &row, incomplete),
        // Reported by the first pass (and kept in `rejects`).
        Item::Invalid { .. } => Ok(()),
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
            err = err.hint("pass --allow-duplicate if rows that look alike are different people");
        }
        return Err(err);
    }
    if !w.conflicts.is_empty() {
        let mut err = std::mem::take(&mut w.conflicts).into_error(ErrorKind::Conflict, "imported");
        if w.match_reported {
            err = err
                .hint("choose what to do with matching residents: --on-conflict skip|update|fill");
        }
        return Err(err);
    }
    let mut summary = std::mem::take(&mut w.summary);
    let rejects = std::mem::take(&mut w.rejects);
    drop(w);
    summary.rejected = rejects.len() as u64;
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
            &checked.header.columns,
            &rejects,
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
