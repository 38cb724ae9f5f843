//! Reading and validating an import's rows, on a second thread when the
//! consumer has real work of its own (the write pass), inline otherwise.
use std::collections::BTreeMap;

use super::row::{Rejected, RowRules, ValidRow};
use crate::csvio::Input;
use crate::error::{AppError, Result};

/// What the validator thread hands over for each row. `record` numbers
/// the rows from 1 and is what identifies one: `line` (where it starts, for
/// messages) is shared by rows that a lone `\r` separates.
#[allow(clippy::large_enum_variant)] // moved in chunks; boxing would add an allocation a row
pub(super) enum Item {
    Valid {
        line: u64,
        record: u64,
        row: ValidRow,
        incomplete: bool,
    },
    Invalid {
        record: u64,
        rejected: Rejected,
    },
    Progress(u64),
}

/// Reads and validates the input while `consume` works through the
/// results; returns the communities to create. `threaded`: validation runs
/// on a second thread, overlapping with a `consume` that has real work.
pub(super) fn validate_stream(
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
        let consumed = drain(&receiver, &mut consume);
        // Either side's failure stops the other before anyone waits: with
        // the receiver gone, a validator blocked on the full channel gets
        // an error from `send` and returns; a validator that failed has
        // dropped its sender, which ended `drain`.
        drop(receiver);
        let validated = validator
            .join()
            .map_err(|_| AppError::internal("the import's validator thread failed"))?;
        consumed?;
        validated
    })
}

/// Hands every item of every chunk to `consume`, until the channel ends
/// or `consume` fails.
fn drain(
    receiver: &std::sync::mpsc::Receiver<Vec<Item>>,
    consume: &mut impl FnMut(Item) -> Result<()>,
) -> Result<()> {
    for chunk in receiver {
        for item in chunk {
            consume(item)?;
        }
    }
    Ok(())
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
                        record: *count,
                        row,
                        incomplete,
                    }
                }
                Err(rejected) => Item::Invalid {
                    record: *count,
                    rejected,
                },
            }))
        }
        Err(e) if matches!(e.kind(), csv::ErrorKind::Utf8 { .. }) => {
            *count += 1;
            let line = e.position().map_or(0, |p| p.line());
            let problem = format!(
                "{}:{line}: {}",
                rules.file,
                crate::t!("sys-import-not-utf8")
            );
            Ok(Some(Item::Invalid {
                record: *count,
                rejected: Rejected::from(vec![problem]),
            }))
        }
        Err(e) => Err(crate::csvio::read_error(
            rules.file,
            e,
            reader.headers().ok(),
        )),
    }
}

pub(super) fn csv_error(file: &str, e: csv::Error) -> AppError {
    crate::csvio::read_error(file, e, None)
}
