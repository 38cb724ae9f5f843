//! Residents as output rows: the list columns and the full record.
use crate::output::{Cell, Query, RowSource, Rows};
use crate::residents::model::{mask, registration_due};
use crate::residents::query::{self, ListFilter};
use crate::residents::{Field, Resident};

const LIST_COLUMNS: &[&str] = &[
    "id",
    "family_name",
    "given_name",
    "chinese_name",
    "nationality",
    "community",
    "phone",
    "email",
    "languages",
    "permit_expiry",
    "status",
];

/// What a narrow terminal gives up first in a resident list.
pub const LIST_EXPENDABLE: &[&str] = &[
    "email",
    "languages",
    "chinese_name",
    "status",
    "permit_expiry",
    "phone",
    "given_name",
];

/// The extra columns a list filter calls for, after the usual ones.
#[derive(Debug, Clone, Copy, Default)]
pub struct Extras {
    /// `reason` (`--registration-due`).
    pub reason: bool,
    /// `days_left` counted from this day (`--permit-expiring`).
    pub days_left_from: Option<chrono::NaiveDate>,
    /// `moved_out_on` (lists that show moved-out residents).
    pub moved_out_on: bool,
}

/// The list/find columns with `extras`.
pub fn list_columns(extras: Extras) -> Vec<String> {
    let mut columns: Vec<String> = LIST_COLUMNS.iter().map(|c| c.to_string()).collect();
    if extras.moved_out_on {
        columns.push("moved_out_on".into());
    }
    if extras.days_left_from.is_some() {
        columns.push("days_left".into());
    }
    if extras.reason {
        columns.push("reason".into());
    }
    columns
}

/// One resident as a list row, in `list_columns(extras)` order.
/// The residents `filter` matches, as rows of the list: `resident list`
/// and `resident find` show the same columns the same way.
pub fn list_source<'a>(
    conn: &'a crate::db::Connection,
    filter: &'a ListFilter,
    extras: Extras,
) -> impl RowSource + 'a {
    Query::with_columns(
        list_columns(extras),
        move |limit, sink| query::each(conn, filter, limit, &mut |r| sink(list_row(&r, extras))),
        move || query::count(conn, filter),
    )
    .expendable(LIST_EXPENDABLE)
}

pub fn list_row(r: &Resident, extras: Extras) -> Vec<Cell> {
    let d = &r.data;
    let mut row = vec![
        Cell::Int(r.id),
        Cell::text(d.family_name.clone()),
        Cell::text(d.given_name.clone()),
        Cell::text(d.chinese_name.clone()),
        Cell::country(Some(d.nationality.clone())),
        Cell::Named(d.community.clone(), r.community_zh.clone()),
        Cell::code(d.phone.clone()),
        Cell::code(d.email.clone()),
        Cell::code(d.languages.clone()),
        Cell::code(d.permit_expiry.clone()),
        Cell::Vocab("resident-status", d.status.clone()),
    ];
    if extras.moved_out_on {
        row.push(Cell::code(d.moved_out_on.clone()));
    }
    if let Some(today) = extras.days_left_from {
        row.push(days_left(today, d.permit_expiry.as_deref()));
    }
    if extras.reason {
        row.push(Cell::vocab("reason", registration_due(r)));
    }
    row
}

/// Days from `today` to `date` (negative when past), empty without one.
pub fn days_left(today: chrono::NaiveDate, date: Option<&str>) -> Cell {
    date.and_then(crate::clock::parse_date)
        .map_or(Cell::Null, |d| Cell::Int((d - today).num_days()))
}

/// One value of a column as an output cell (free text guarded in CSV).
pub fn field_cell(field: Field, value: Option<String>) -> Cell {
    match field {
        f if f.is_free_text() => Cell::text(value),
        Field::Gender => Cell::vocab("gender", value),
        Field::PermitType => Cell::vocab("permit", value),
        Field::Status => Cell::vocab("resident-status", value),
        Field::ConsentContact | Field::ConsentShare => Cell::vocab("yes-no", value),
        Field::Nationality => Cell::country(value),
        _ => Cell::code(value),
    }
}

/// The whole record, export columns first, sensitive numbers masked
/// unless `reveal`.
pub fn record(r: &Resident, reveal: bool) -> Rows {
    let mut columns = vec!["id", "registered_at", "updated_at"];
    columns.extend(Field::ALL.iter().map(|f| f.name()));
    columns.push("registration_due");
    let mut rows = Rows::new(&columns);
    let mut row = vec![
        Cell::Int(r.id),
        Cell::Time(r.registered_at.clone()),
        Cell::Time(r.updated_at.clone()),
    ];
    for field in Field::ALL {
        let mut value = r.data.get(field);
        if field.is_sensitive() && !reveal {
            value = value.map(|v| mask(&v));
        }
        row.push(match field {
            Field::Community => Cell::Named(r.data.community.clone(), r.community_zh.clone()),
            _ => field_cell(field, value),
        });
    }
    row.push(Cell::vocab("reason", registration_due(r)));
    rows.push(row);
    rows
}
