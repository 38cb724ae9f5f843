//! The status flow of a feedback item and its SLA rules, pure.
//!
//! `new → forwarded → responded → closed`, and `new → responded`.
//! `forward` from new or forwarded (a re-forward); `respond` from new,
//! forwarded or responded (replacing the response); `close` from responded
//! needs how the resident was told (`--informed-via`) or a `--note`, and
//! from new or forwarded always a `--note`. Closed is final. A refused
//! action is exit 4 naming the current status and the allowed actions; a
//! close lacking its `--note`/`--informed-via` is exit 2 naming the flags.
use chrono::{Days, NaiveDate};

use super::Status;
use crate::error::{AppError, Result};
use crate::t;

/// The SLA when neither `--sla-days` nor the stored setting gives one.
pub const DEFAULT_SLA_DAYS: u32 = 15;
/// Largest SLA accepted, in days.
pub const MAX_SLA_DAYS: u32 = 365;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Forward,
    Respond,
    Close,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Forward => "forward",
            Action::Respond => "respond",
            Action::Close => "close",
        }
    }
}

/// What a `close` carries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CloseInfo {
    pub informed_via: bool,
    pub note: bool,
}

/// The actions the flow allows from `status`.
pub fn allowed(status: Status) -> &'static [Action] {
    match status {
        Status::New | Status::Forwarded => &[Action::Forward, Action::Respond, Action::Close],
        Status::Responded => &[Action::Respond, Action::Close],
        Status::Closed => &[],
    }
}

/// The status `action` leads to from `status`, or why not.
pub fn next(id: i64, status: Status, action: Action, close: CloseInfo) -> Result<Status> {
    if !allowed(status).contains(&action) {
        let actions: Vec<&str> = allowed(status).iter().map(|a| a.as_str()).collect();
        let allowed = if actions.is_empty() {
            t!("svc-fb-allowed-none")
        } else {
            actions.join(", ")
        };
        let status = super::status_word(status);
        let message = match action {
            Action::Forward => t!(
                "svc-fb-cannot-forward",
                id = id.to_string(),
                status = status
            ),
            Action::Respond => t!(
                "svc-fb-cannot-respond",
                id = id.to_string(),
                status = status
            ),
            Action::Close => t!("svc-fb-cannot-close", id = id.to_string(), status = status),
        };
        return Err(AppError::conflict(message).hint(t!("svc-fb-allowed", allowed = allowed)));
    }
    Ok(match action {
        Action::Forward => Status::Forwarded,
        Action::Respond => Status::Responded,
        Action::Close => {
            check_close(id, status, close)?;
            Status::Closed
        }
    })
}

fn check_close(id: i64, status: Status, close: CloseInfo) -> Result<()> {
    match status {
        // Closing is refused by the item's state (exit 4), as every other
        // transition the flow does not allow.
        Status::Responded if !(close.informed_via || close.note) => Err(AppError::conflict(t!(
            "svc-fb-close-needs-via",
            id = id.to_string(),
            via = "--informed-via",
            note = "--note"
        ))
        .hint(t!(
            "svc-fb-close-needs-via-hint",
            via = "--informed-via",
            note = "--note"
        ))),
        Status::New | Status::Forwarded if !close.note => Err(AppError::conflict(t!(
            "svc-fb-close-needs-note",
            id = id.to_string(),
            status = super::status_word(status),
            note = "--note"
        ))
        .hint(t!("svc-fb-close-needs-note-hint", note = "--note"))),
        Status::New | Status::Forwarded if close.informed_via => Err(AppError::conflict(t!(
            "svc-fb-close-nothing-to-inform",
            id = id.to_string(),
            status = super::status_word(status),
            via = "--informed-via"
        ))
        .hint(t!("svc-fb-close-nothing-to-inform-hint", note = "--note"))),
        _ => Ok(()),
    }
}

/// The due date: the received date plus the SLA days, held at 9999-12-31
/// (dates are stored as `YYYY-MM-DD`; a later one would not read back).
pub fn due_on(received: NaiveDate, sla_days: u32) -> NaiveDate {
    let last = NaiveDate::from_ymd_opt(9999, 12, 31).unwrap_or(NaiveDate::MAX);
    received
        .checked_add_days(Days::new(u64::from(sla_days)))
        .map_or(last, |d| d.min(last))
}

/// Overdue: still new or forwarded after its due date.
pub fn is_overdue(status: Status, due_on: NaiveDate, today: NaiveDate) -> bool {
    matches!(status, Status::New | Status::Forwarded) && today > due_on
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    const NONE: CloseInfo = CloseInfo {
        informed_via: false,
        note: false,
    };
    const NOTE: CloseInfo = CloseInfo {
        informed_via: false,
        note: true,
    };
    const VIA: CloseInfo = CloseInfo {
        informed_via: true,
        note: false,
    };
    const BOTH: CloseInfo = CloseInfo {
        informed_via: true,
        note: true,
    };

    fn kind(status: Status, action: Action, close: CloseInfo) -> std::result::Result<Status, u8> {
        next(7, status, action, close).map_err(|e| e.kind.exit_code())
    }

    #[test]
    fn forward_from_new_and_forwarded_only() {
        assert_eq!(
            kind(Status::New, Action::Forward, NONE),
            Ok(Status::Forwarded)
        );
        assert_eq!(
            kind(Status::Forwarded, Action::Forward, NOTE),
            Ok(Status::Forwarded)
        );
        assert_eq!(kind(Status::Responded, Action::Forward, NONE), Err(4));
        assert_eq!(kind(Status::Closed, Action::Forward, NONE), Err(4));
    }

    #[test]
    fn respond_from_every_open_status() {
        for s in [Status::New, Status::Forwarded, Status::Responded] {
            assert_eq!(kind(s, Action::Respond, NONE), Ok(Status::Responded));
        }
        assert_eq!(kind(Status::Closed, Action::Respond, NONE), Err(4));
    }

    #[test]
    fn close_from_responded_needs_informed_via_or_note() {
        assert_eq!(kind(Status::Responded, Action::Close, NONE), Err(4));
        for info in [NOTE, VIA, BOTH] {
            assert_eq!(
                kind(Status::Responded, Action::Close, info),
                Ok(Status::Closed)
            );
        }
    }

    #[test]
    fn close_without_response_always_needs_a_note() {
        for s in [Status::New, Status::Forwarded] {
            assert_eq!(kind(s, Action::Close, NONE), Err(4));
            assert_eq!(kind(s, Action::Close, VIA), Err(4));
            assert_eq!(kind(s, Action::Close, BOTH), Err(4));
            assert_eq!(kind(s, Action::Close, NOTE), Ok(Status::Closed));
        }
    }

    #[test]
    fn closed_is_final_and_says_so() {
        for a in [Action::Forward, Action::Respond, Action::Close] {
            let err = next(7, Status::Closed, a, BOTH).unwrap_err();
            assert_eq!(err.kind, ErrorKind::Conflict);
            assert!(err.lines[0].contains("is closed"));
            assert_eq!(err.hints, vec!["allowed actions: none (closed is final)"]);
        }
    }

    #[test]
    fn refusals_name_the_status_and_the_allowed_actions() {
        let err = next(3, Status::Responded, Action::Forward, NONE).unwrap_err();
        assert_eq!(
            err.lines,
            vec!["feedback 3 is responded: it cannot be forwarded"]
        );
        assert_eq!(err.hints, vec!["allowed actions: respond, close"]);
    }

    #[test]
    fn due_dates_and_overdue() {
        let d = |s: &str| crate::clock::parse_date(s).unwrap();
        assert_eq!(due_on(d("2026-11-01"), 15), d("2026-11-16"));
        assert_eq!(due_on(d("2026-12-31"), 1), d("2027-01-01"));
        let due = d("2026-11-16");
        assert!(!is_overdue(Status::New, due, d("2026-11-16")));
        assert!(is_overdue(Status::New, due, d("2026-11-17")));
        assert!(is_overdue(Status::Forwarded, due, d("2026-11-17")));
        assert!(!is_overdue(Status::Responded, due, d("2026-12-17")));
        assert!(!is_overdue(Status::Closed, due, d("2026-12-17")));
    }
}
