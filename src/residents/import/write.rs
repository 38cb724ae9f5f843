//! The write pass's row handling: matching each row against stored
//! residents and earlier rows, applying `--on-conflict`, inserting, and
//! after a bulk load the duplicates the rebuilt indexes reveal.
use std::collections::BTreeSet;

use crate::db::Connection;

use super::merge;
use super::row::ValidRow;
use super::spool;
use super::{OnConflict, Options, Summary};
use crate::csvio::{ErrorReport, Input};
use crate::db::audit::Actor;
use crate::error::{AppError, Result};
use crate::residents::bulk::{self, Probe};
use crate::residents::fields::Field;
use crate::residents::model::{duplicate_of, Duplicate};
use crate::residents::store;
use crate::ui::trace;

/// `external_id: the same external_id as line N`: a row repeating an
/// earlier row of the same file.
fn in_file(kind: Duplicate, line: u64) -> String {
    let line = line.to_string();
    match kind {
        Duplicate::ExternalId => crate::t!("sys-import-same-external-id", line = line),
        Duplicate::Passport => crate::t!("sys-import-same-passport", line = line),
        Duplicate::Likely => crate::t!("sys-import-likely-same", line = line),
    }
}

/// The write pass's running state.
pub(super) struct Writer<'a> {
    pub(super) conn: &'a Connection,
    pub(super) inserter: store::Inserter<'a>,
    pub(super) input: &'a Input,
    pub(super) options: &'a Options,
    pub(super) actor: &'a Actor,
    pub(super) today: &'a str,
    pub(super) present: &'a BTreeSet<Field>,
    pub(super) batch: i64,
    pub(super) base: i64,
    /// Probe stored residents and earlier rows (off for a bulk load).
    pub(super) probe: bool,
    /// Input line of each inserted row: id = base + index + 1.
    pub(super) lines: Vec<u32>,
    /// Record number of each inserted row, likewise.
    pub(super) records: Vec<u32>,
    pub(super) summary: Summary,
    pub(super) invalid: ErrorReport,
    pub(super) conflicts: ErrorReport,
    /// Which hints the errors deserve.
    pub(super) likely_reported: bool,
    /// Rows became invalid while the import waited for the lock.
    pub(super) changed_since: bool,
    pub(super) match_reported: bool,
}

impl Writer<'_> {
    fn line_of(&self, id: i64) -> u64 {
        let index = (id - self.base - 1) as usize;
        self.lines.get(index).map_or(0, |&l| u64::from(l))
    }

    fn record_of(&self, id: i64) -> u64 {
        let index = (id - self.base - 1) as usize;
        self.records.get(index).map_or(0, |&r| u64::from(r))
    }

    /// A row the write pass found invalid: new unless the first pass
    /// rejected it already.
    pub(super) fn invalid_since(&mut self, record: u64, problems: Vec<String>) -> Result<()> {
        if spool::is_rejected(self.conn, record)? {
            return Ok(());
        }
        spool::reject(self.conn, record, &problems.join("; "))?;
        problems.into_iter().for_each(|p| self.invalid.push(p));
        self.changed_since = true;
        Ok(())
    }

    /// Rows the write pass rejects (`rejected` counts them) are spooled
    /// with the first pass's (see `spool`).
    fn reject(&mut self, record: u64, text: String) -> Result<()> {
        spool::reject(self.conn, record, &text)?;
        self.invalid.push(text);
        Ok(())
    }

    /// One valid row, at `line` and record number `record`.
    pub(super) fn row(
        &mut self,
        (line, record): (u64, u64),
        row: &ValidRow,
        incomplete: bool,
    ) -> Result<()> {
        let found = if self.probe {
            bulk::probe(self.conn, &row.data, !self.options.allow_duplicate)?
        } else {
            Probe::None
        };
        let file = &self.input.name;
        match found {
            Probe::Found(id, kind) if id > self.base => {
                self.likely_reported |= kind == Duplicate::Likely;
                let text = format!("{file}:{line}: {}", in_file(kind, self.line_of(id)));
                self.reject(record, text)?;
            }
            Probe::Found(id, kind) if self.options.on_conflict != OnConflict::Error => {
                match spool::first_match(self.conn, id)? {
                    Some((first, keys)) => {
                        let likely = !self.options.allow_duplicate;
                        let text = match duplicate_of(&row.data, &keys)
                            .filter(|k| k.is_hard() || likely)
                        {
                            Some(kind) => format!("{file}:{line}: {}", in_file(kind, first)),
                            None => format!(
                                "{file}:{line}: {}",
                                crate::t!(
                                    "sys-import-same-resident",
                                    id = id.to_string(),
                                    line = first.to_string()
                                )
                            ),
                        };
                        self.reject(record, text)?;
                    }
                    None => {
                        spool::note_match(self.conn, id, line, &row.data)?;
                        self.matched(line, row, id, kind)?;
                    }
                }
            }
            Probe::Split {
                by_external_id,
                by_passport,
            } => self.conflicts.push(format!(
                "{file}:{line}: {}",
                crate::t!(
                    "sys-import-split-match",
                    external = by_external_id.to_string(),
                    passport = by_passport.to_string()
                )
            )),
            Probe::Found(id, kind) => self.matched(line, row, id, kind)?,
            Probe::None if incomplete => self.reject(
                record,
                format!(
                    "{file}:{line}: {}",
                    crate::t!("sys-import-no-match-incomplete")
                ),
            )?,
            Probe::None => {
                self.lines.push(u32::try_from(line).unwrap_or(u32::MAX));
                self.records.push(u32::try_from(record).unwrap_or(u32::MAX));
                let id = self.base + self.lines.len() as i64;
                let keys = store::Keys {
                    name_key: &row.name_key,
                    haystack: &row.haystack,
                };
                self.inserter.insert(
                    Some(id),
                    &row.data,
                    keys,
                    &self.actor.at,
                    Some(self.batch),
                )?;
            }
        }
        Ok(())
    }

    fn matched(&mut self, line: u64, row: &ValidRow, id: i64, kind: Duplicate) -> Result<()> {
        match self.options.on_conflict {
            OnConflict::Error => {
                self.match_reported = true;
                self.conflicts.push(format!(
                    "{}:{line}: {}",
                    self.input.name,
                    crate::t!(
                        "sys-import-matches-resident",
                        id = id.to_string(),
                        what = kind.describe()
                    )
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
    pub(super) fn finish_bulk(&mut self, indexes: Vec<(String, String)>) -> Result<()> {
        self.inserter.flush()?;
        let mut pairs: Vec<(i64, i64, Duplicate)> = Vec::new();
        let mut failed = Vec::new();
        bulk::sort_in_parallel(self.conn)?;
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
            let record_b = self.record_of(b);
            if spool::is_rejected(self.conn, record_b)? {
                continue;
            }
            self.likely_reported |= kind == Duplicate::Likely;
            let text = format!("{}:{line_b}: {}", self.input.name, in_file(kind, line_a));
            self.reject(record_b, text)?;
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
