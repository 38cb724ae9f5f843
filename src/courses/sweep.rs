//! The clash sweep (SPEC §4): which sessions overlap another in the same
//! venue or with the same instructor, in time linear in the sessions plus
//! the clashes found, not in all pairs. Sessions are visited by start; for
//! each venue and each instructor an active list keeps the sessions that
//! have not ended by the current start, and only those are compared.
//! Intervals are half-open `[start, end)`: touching is not overlapping.
//! Venues and instructors come in as numbers (folded names, interned by
//! the caller), so comparing them is exact here.
use std::collections::HashMap;

/// What two clashing sessions share. A pair sharing both is reported once,
/// as `Venue`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    Venue,
    Instructor,
}

/// One session as the sweep sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: i64,
    pub end: i64,
    pub venue: Option<u32>,
    pub instructor: Option<u32>,
    /// A stored session's id: two spans with one id never clash (a
    /// rescheduled session checked against a list that still holds it).
    pub id: Option<i64>,
    /// A session being added; stored ones are only checked against.
    pub new: bool,
}

/// A clash: `new` is a new span; `other` is a stored span or an earlier
/// (lower-index) new one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    pub new: usize,
    pub other: usize,
    pub reason: Reason,
}

/// Every clash among `spans`, in a fixed order: first the clashes with
/// stored spans by (new, stored) index, then those among new spans by
/// (later, earlier) index.
pub fn clashes(spans: &[Span]) -> Vec<Pair> {
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&i| (spans[i].start, i));
    let mut venues: HashMap<u32, Vec<usize>> = HashMap::new();
    let mut instructors: HashMap<u32, Vec<usize>> = HashMap::new();
    let mut pairs = Vec::new();
    for i in order {
        let s = spans[i];
        if let Some(v) = s.venue {
            visit(
                venues.entry(v).or_default(),
                spans,
                i,
                Reason::Venue,
                &mut pairs,
            );
        }
        if let Some(k) = s.instructor {
            let active = instructors.entry(k).or_default();
            visit(active, spans, i, Reason::Instructor, &mut pairs);
        }
    }
    pairs.sort_by_key(|p| (spans[p.other].new, p.new, p.other));
    pairs
}

/// Drops from `active` what ended by span `i`'s start, pairs `i` with
/// what is left (each started no later than `i`), and adds `i`.
fn visit(active: &mut Vec<usize>, spans: &[Span], i: usize, reason: Reason, pairs: &mut Vec<Pair>) {
    let s = spans[i];
    active.retain(|&j| spans[j].end > s.start);
    for &j in active.iter() {
        // Sharing the venue too: reported once, as a venue clash.
        let shared_venue = s.venue.is_some() && s.venue == spans[j].venue;
        if reason == Reason::Venue || !shared_venue {
            push(pairs, spans, i, j, reason);
        }
    }
    active.push(i);
}

fn push(pairs: &mut Vec<Pair>, spans: &[Span], i: usize, j: usize, reason: Reason) {
    let (a, b) = (spans[i], spans[j]);
    if !(a.start < b.end && b.start < a.end) || (a.id.is_some() && a.id == b.id) {
        return;
    }
    let (new, other) = match (a.new, b.new) {
        (true, true) => (i.max(j), i.min(j)),
        (true, false) => (i, j),
        (false, true) => (j, i),
        (false, false) => return,
    };
    pairs.push(Pair { new, other, reason });
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The rule itself, all pairs: what the sweep must find, in its order.
    fn naive(spans: &[Span]) -> Vec<Pair> {
        let mut pairs = Vec::new();
        for (i, a) in spans.iter().enumerate() {
            for (j, b) in spans.iter().enumerate() {
                let counted = a.new && (!b.new || j < i);
                let overlap = a.start < b.end && b.start < a.end;
                let same = a.id.is_some() && a.id == b.id;
                if !counted || !overlap || same {
                    continue;
                }
                let reason = if a.venue.is_some() && a.venue == b.venue {
                    Reason::Venue
                } else if a.instructor.is_some() && a.instructor == b.instructor {
                    Reason::Instructor
                } else {
                    continue;
                };
                pairs.push(Pair {
                    new: i,
                    other: j,
                    reason,
                });
            }
        }
        pairs.sort_by_key(|p| (spans[p.other].new, p.new, p.other));
        pairs
    }

    fn span() -> impl Strategy<Value = Span> {
        (
            0i64..60,
            0i64..12,
            proptest::option::of(0u32..3),
            proptest::option::of(0u32..3),
            proptest::option::of(0i64..4),
            any::<bool>(),
        )
            .prop_map(|(start, len, venue, instructor, id, new)| Span {
                start,
                end: start + len,
                venue,
                instructor,
                id,
                new,
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn the_sweep_finds_exactly_the_pairs_of_the_rule(
            spans in proptest::collection::vec(span(), 0..40)
        ) {
            prop_assert_eq!(clashes(&spans), naive(&spans));
        }
    }

    fn at(start: i64, end: i64, venue: u32, new: bool) -> Span {
        Span {
            start,
            end,
            venue: Some(venue),
            instructor: None,
            id: None,
            new,
        }
    }

    #[test]
    fn touching_spans_do_not_clash_and_stored_pairs_are_not_reported() {
        assert!(clashes(&[at(0, 10, 1, true), at(10, 20, 1, true)]).is_empty());
        assert!(clashes(&[at(0, 10, 1, false), at(5, 20, 1, false)]).is_empty());
        let found = clashes(&[at(5, 20, 1, true), at(0, 10, 1, false)]);
        assert_eq!(
            found,
            [Pair {
                new: 0,
                other: 1,
                reason: Reason::Venue
            }]
        );
    }

    #[test]
    fn a_long_run_without_clashes_keeps_the_active_lists_short() {
        // 100,000 back-to-back sessions in one venue: no clash, and each
        // visit sees at most the one session before it.
        let spans: Vec<Span> = (0..100_000)
            .map(|i| at(i * 10, i * 10 + 10, 7, true))
            .collect();
        assert!(clashes(&spans).is_empty());
    }
}
