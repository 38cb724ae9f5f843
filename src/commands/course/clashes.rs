//! The clash check of `course import`: every session the file defines and
//! the stored sessions of the file's time span go through one sweep
//! (`courses::sweep`), so 2,000 courses of 300 sessions are checked in
//! time linear in the sessions. A clash names the line of the course that
//! clashes and both sessions; one between two courses of the file names
//! the other's line too.
use crate::db::Connection;

use super::add::{clash_error, warn_allowed, SHOWN_CLASHES};
use crate::courses::conflict::{describe, Clash, Keys, Slot};
use crate::courses::recurrence::Occurrence;
use crate::courses::store::{self, CourseDef};
use crate::courses::sweep::{self, Span};
use crate::error::Result;

/// Exit 4 naming the clashes among `planned` (the sessions of each
/// definition) and with the stored sessions, unless `allow`.
pub fn refuse(
    conn: &Connection,
    file: &str,
    defs: &[(u64, CourseDef)],
    planned: &[Vec<Occurrence>],
    allow: bool,
) -> Result<()> {
    let mut keys = Keys::default();
    let mut spans = Vec::new();
    // (definition, occurrence) of each new span, by span index.
    let mut origin = Vec::new();
    for (d, ((_, def), sessions)) in defs.iter().zip(planned).enumerate() {
        let venue = keys.key(def.venue.as_deref());
        let instructor = keys.key(def.instructor.as_deref());
        for (k, o) in sessions.iter().enumerate() {
            spans.push(Span {
                start: o.start.timestamp(),
                end: o.end.timestamp(),
                venue,
                instructor,
                id: None,
                new: true,
            });
            origin.push((d, k));
        }
    }
    let all = planned.iter().flatten();
    let (Some(from), Some(to)) = (all.clone().map(|o| o.start).min(), all.map(|o| o.end).max())
    else {
        return Ok(());
    };
    let stored = store::slots_between(conn, &from, &to)?;
    spans.extend(stored.iter().map(|s| keys.span(s, false)));
    let mut pairs = sweep::clashes(&spans);
    if pairs.is_empty() {
        return Ok(());
    }
    if allow {
        warn_allowed(pairs.len());
        return Ok(());
    }
    // In the file's order.
    pairs.sort_by_key(|p| (p.new, p.other));
    let slot = |i: usize, with_line: bool| -> Slot {
        let Some(&(d, k)) = origin.get(i) else {
            return stored[i - origin.len()].clone();
        };
        let ((line, def), o) = (&defs[d], &planned[d][k]);
        Slot {
            session_id: None,
            line: with_line.then_some(*line),
            course_title: def.title.clone(),
            start: o.start,
            end: o.end,
            venue: def.venue.clone(),
            instructor: def.instructor.clone(),
        }
    };
    let lines = pairs
        .iter()
        .take(SHOWN_CLASHES)
        .map(|p| {
            let line = defs[origin[p.new].0].0;
            let clash = Clash {
                new: slot(p.new, false),
                existing: slot(p.other, true),
                reason: p.reason,
            };
            format!("{file}:{line}: {}", describe(&clash))
        })
        .collect();
    Err(clash_error(lines, pairs.len()))
}
