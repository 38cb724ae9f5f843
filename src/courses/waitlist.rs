//! Enrollment rules over one course's roster, in memory (SPEC §4 and §9
//! "Enrollment"): residents are enrolled while seats remain, then
//! waitlisted; a drop frees the seat and promotes the first on the waitlist;
//! a walk-in is enrolled even beyond capacity. The store loads a `Roster`,
//! applies one of these operations and writes the entries back.
//!
//! Invariants (`Roster::check`): one entry per resident; enrolled entries
//! have no position; waitlist positions are exactly 1..n; nobody waits while
//! a seat is free. Capacity 0 means unlimited, so nobody ever waits.
use std::collections::HashSet;

use super::EnrollmentStatus;
use crate::error::{AppError, Result};
use crate::t;

/// One resident on the roster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub resident_id: i64,
    pub status: EnrollmentStatus,
    /// 1-based place on the waitlist; `None` while enrolled.
    pub position: Option<u32>,
}

/// A course's capacity (0 = unlimited) and everyone enrolled or waiting.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Roster {
    pub capacity: u32,
    pub entries: Vec<Entry>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnrollOutcome {
    Enrolled,
    Waitlisted(u32),
    AlreadyEnrolled,
    AlreadyWaitlisted(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DropOutcome {
    /// The resident who moved from the waitlist into the freed seat.
    pub promoted: Option<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WalkInOutcome {
    Enrolled,
    AlreadyEnrolled,
    /// Was waiting at this position; now enrolled.
    FromWaitlist(u32),
}

impl Roster {
    pub fn new(capacity: u32) -> Self {
        Roster {
            capacity,
            entries: Vec::new(),
        }
    }

    pub fn entry(&self, resident_id: i64) -> Option<&Entry> {
        self.entries.iter().find(|e| e.resident_id == resident_id)
    }

    pub fn enrolled_count(&self) -> u32 {
        let n = self.entries.iter().filter(|e| is_enrolled(e)).count();
        u32::try_from(n).unwrap_or(u32::MAX)
    }

    /// Waiting residents, first in line first.
    pub fn waitlist(&self) -> Vec<i64> {
        let mut waiting: Vec<&Entry> = self.entries.iter().filter(|e| !is_enrolled(e)).collect();
        waiting.sort_by_key(|e| e.position.unwrap_or(u32::MAX));
        waiting.iter().map(|e| e.resident_id).collect()
    }

    pub fn has_free_seat(&self) -> bool {
        self.capacity == 0 || self.enrolled_count() < self.capacity
    }

    /// Enrolled while a seat is free, else last on the waitlist; someone
    /// already on the roster is left as they are.
    pub fn enroll(&mut self, resident_id: i64) -> EnrollOutcome {
        if let Some(e) = self.entry(resident_id) {
            return match e.position {
                Some(p) if !is_enrolled(e) => EnrollOutcome::AlreadyWaitlisted(p),
                _ => EnrollOutcome::AlreadyEnrolled,
            };
        }
        if self.has_free_seat() {
            self.push(resident_id, EnrollmentStatus::Enrolled, None);
            return EnrollOutcome::Enrolled;
        }
        let position = self.next_position();
        self.push(resident_id, EnrollmentStatus::Waitlisted, Some(position));
        EnrollOutcome::Waitlisted(position)
    }

    /// Takes the resident off the roster (exit 4 if not on it). A freed
    /// seat goes to the first on the waitlist, unless walk-ins still fill
    /// the course beyond its capacity.
    pub fn drop(&mut self, resident_id: i64) -> Result<DropOutcome> {
        let index = self
            .entries
            .iter()
            .position(|e| e.resident_id == resident_id)
            .ok_or_else(|| not_on_roster(resident_id))?;
        let was_enrolled = is_enrolled(&self.entries[index]);
        self.entries.remove(index);
        let promoted = if was_enrolled && self.has_free_seat() {
            self.promote_first()
        } else {
            None
        };
        self.renumber();
        Ok(DropOutcome { promoted })
    }

    /// Enrolls on the spot, beyond capacity if need be (`attend --walk-in`).
    pub fn walk_in(&mut self, resident_id: i64) -> WalkInOutcome {
        let Some(entry) = self
            .entries
            .iter_mut()
            .find(|e| e.resident_id == resident_id)
        else {
            self.push(resident_id, EnrollmentStatus::Enrolled, None);
            return WalkInOutcome::Enrolled;
        };
        if is_enrolled(entry) {
            return WalkInOutcome::AlreadyEnrolled;
        }
        let position = entry.position.unwrap_or(0);
        entry.status = EnrollmentStatus::Enrolled;
        entry.position = None;
        self.renumber();
        WalkInOutcome::FromWaitlist(position)
    }

    /// The invariants of the module doc, as a sentence naming the first
    /// one broken.
    pub fn check(&self) -> std::result::Result<(), String> {
        let mut seen = HashSet::new();
        if let Some(e) = self.entries.iter().find(|e| !seen.insert(e.resident_id)) {
            return Err(format!("resident {} is on the roster twice", e.resident_id));
        }
        if let Some(e) = self
            .entries
            .iter()
            .find(|e| is_enrolled(e) && e.position.is_some())
        {
            return Err(format!(
                "enrolled resident {} has a position",
                e.resident_id
            ));
        }
        let mut positions: Vec<Option<u32>> = self
            .entries
            .iter()
            .filter(|e| !is_enrolled(e))
            .map(|e| e.position)
            .collect();
        positions.sort();
        let expected: Vec<Option<u32>> = (1..).take(positions.len()).map(Some).collect();
        if positions != expected {
            return Err(format!("waitlist positions are {positions:?}, not 1..n"));
        }
        if !positions.is_empty() && self.has_free_seat() {
            return Err("a seat is free while residents wait".to_string());
        }
        Ok(())
    }

    fn push(&mut self, resident_id: i64, status: EnrollmentStatus, position: Option<u32>) {
        self.entries.push(Entry {
            resident_id,
            status,
            position,
        });
    }

    fn next_position(&self) -> u32 {
        let waiting = self.entries.iter().filter(|e| !is_enrolled(e)).count();
        u32::try_from(waiting).unwrap_or(u32::MAX - 1) + 1
    }

    fn promote_first(&mut self) -> Option<i64> {
        let first = *self.waitlist().first()?;
        let entry = self.entries.iter_mut().find(|e| e.resident_id == first)?;
        entry.status = EnrollmentStatus::Enrolled;
        entry.position = None;
        Some(first)
    }

    /// Waitlist positions 1..n in their current order, without gaps.
    fn renumber(&mut self) {
        for (place, id) in (1..).zip(self.waitlist()) {
            if let Some(e) = self.entries.iter_mut().find(|e| e.resident_id == id) {
                e.position = Some(place);
            }
        }
    }
}

fn is_enrolled(entry: &Entry) -> bool {
    entry.status == EnrollmentStatus::Enrolled
}

fn not_on_roster(resident_id: i64) -> AppError {
    AppError::conflict(t!("svc-not-on-roster", id = resident_id.to_string()))
        .hint(t!("svc-hint-course-show-any"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    /// A roster after enrolling `ids` in order, checked.
    fn roster(capacity: u32, ids: &[i64]) -> Roster {
        let mut r = Roster::new(capacity);
        for id in ids {
            r.enroll(*id);
        }
        r.check().unwrap();
        r
    }
    fn enrolled(r: &Roster) -> Vec<i64> {
        let mut ids: Vec<i64> = r
            .entries
            .iter()
            .filter(|e| is_enrolled(e))
            .map(|e| e.resident_id)
            .collect();
        ids.sort();
        ids
    }

    #[test]
    fn seats_then_waitlist_positions() {
        let mut r = roster(2, &[]);
        assert_eq!(r.enroll(1), EnrollOutcome::Enrolled);
        assert_eq!(r.enroll(2), EnrollOutcome::Enrolled);
        assert_eq!(r.enroll(3), EnrollOutcome::Waitlisted(1));
        assert_eq!(r.enroll(4), EnrollOutcome::Waitlisted(2));
        r.check().unwrap();
        assert_eq!(r.waitlist(), vec![3, 4]);
    }

    #[test]
    fn enrolling_twice_changes_nothing() {
        let mut r = roster(1, &[1, 2]);
        let before = r.clone();
        assert_eq!(r.enroll(1), EnrollOutcome::AlreadyEnrolled);
        assert_eq!(r.enroll(2), EnrollOutcome::AlreadyWaitlisted(1));
        assert_eq!(r, before);
    }

    #[test]
    fn dropping_an_enrolled_resident_promotes_the_first_waiting() {
        let mut r = roster(2, &[1, 2, 3, 4, 5]);
        assert_eq!(r.drop(1).unwrap().promoted, Some(3));
        r.check().unwrap();
        assert_eq!(enrolled(&r), vec![2, 3]);
        assert_eq!(r.waitlist(), vec![4, 5]);
        assert_eq!(r.entry(4).unwrap().position, Some(1));
        assert_eq!(r.entry(5).unwrap().position, Some(2));
    }

    #[test]
    fn waitlist_order_after_several_drops() {
        let mut r = roster(2, &[1, 2, 3, 4, 5, 6, 7]);
        assert_eq!(r.drop(5).unwrap().promoted, None);
        r.check().unwrap();
        assert_eq!(r.waitlist(), vec![3, 4, 6, 7]);
        assert_eq!(r.drop(2).unwrap().promoted, Some(3));
        r.check().unwrap();
        assert_eq!(r.drop(3).unwrap().promoted, Some(4));
        r.check().unwrap();
        assert_eq!(r.enroll(8), EnrollOutcome::Waitlisted(3));
        assert_eq!(r.drop(7).unwrap().promoted, None);
        r.check().unwrap();
        assert_eq!(enrolled(&r), vec![1, 4]);
        assert_eq!(r.waitlist(), vec![6, 8]);
        assert_eq!(r.entry(8).unwrap().position, Some(2));
    }

    #[test]
    fn dropping_someone_not_on_the_roster_is_a_conflict() {
        let mut r = roster(2, &[1]);
        let err = r.drop(9).unwrap_err();
        assert_eq!(err.kind, ErrorKind::Conflict);
        assert!(err.lines[0].contains("resident 9"));
        assert_eq!(r, roster(2, &[1]));
    }

    #[test]
    fn capacity_zero_is_unlimited() {
        let ids: Vec<i64> = (1..=300).collect();
        let mut r = roster(0, &ids);
        assert_eq!(r.enrolled_count(), 300);
        assert!(r.waitlist().is_empty());
        assert_eq!(r.drop(10).unwrap().promoted, None);
        r.check().unwrap();
    }

    #[test]
    fn a_walk_in_is_enrolled_beyond_capacity() {
        let mut r = roster(1, &[1]);
        assert_eq!(r.walk_in(2), WalkInOutcome::Enrolled);
        assert_eq!(r.walk_in(2), WalkInOutcome::AlreadyEnrolled);
        assert_eq!(r.enrolled_count(), 2);
        r.check().unwrap();
    }

    #[test]
    fn a_waiting_walk_in_leaves_the_waitlist() {
        let mut r = roster(1, &[1, 2, 3, 4]);
        assert_eq!(r.walk_in(3), WalkInOutcome::FromWaitlist(2));
        r.check().unwrap();
        assert_eq!(r.waitlist(), vec![2, 4]);
        assert_eq!(r.entry(4).unwrap().position, Some(2));
    }

    #[test]
    fn a_drop_does_not_promote_while_still_over_capacity() {
        let mut r = roster(2, &[1, 2, 3]);
        r.walk_in(4);
        r.walk_in(5);
        assert_eq!(r.enrolled_count(), 4);
        assert_eq!(r.drop(1).unwrap().promoted, None);
        assert_eq!(r.drop(2).unwrap().promoted, None);
        r.check().unwrap();
        assert_eq!(r.waitlist(), vec![3]);
        assert_eq!(r.drop(4).unwrap().promoted, Some(3));
        r.check().unwrap();
        assert_eq!(enrolled(&r), vec![3, 5]);
    }

    #[test]
    fn the_checker_catches_broken_rosters() {
        let entry = |id, status, position| Entry {
            resident_id: id,
            status,
            position,
        };
        use EnrollmentStatus::{Enrolled as E, Waitlisted as W};
        let broken = [
            (1, vec![entry(1, E, None), entry(1, W, Some(1))]),
            (1, vec![entry(1, E, Some(1))]),
            (1, vec![entry(1, E, None), entry(2, W, Some(2))]),
            (1, vec![entry(1, E, None), entry(2, W, None)]),
            (2, vec![entry(1, E, None), entry(2, W, Some(1))]),
            (0, vec![entry(2, W, Some(1))]),
        ];
        for (capacity, entries) in broken {
            let r = Roster { capacity, entries };
            assert!(r.check().is_err(), "{r:?}");
        }
    }
}
