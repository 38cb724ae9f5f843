//! Residents as output rows: the list columns and the full record.
use crate::output::{Cell, Rows};
use crate::residents::model::{mask, registration_due};
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

/// The list/find columns, plus `reason` when registrations are listed.
pub fn list(residents: &[Resident], with_reason: bool) -> Rows {
    let mut columns = LIST_COLUMNS.to_vec();
    if with_reason {
        columns.push("reason");
    }
    let mut rows = Rows::new(&columns);
    for r in residents {
        let d = &r.data;
        let mut row = vec![
            Cell::Int(r.id),
            Cell::text(d.family_name.clone()),
            Cell::text(d.given_name.clone()),
            Cell::text(d.chinese_name.clone()),
            Cell::Code(d.nationality.clone()),
            Cell::Text(d.community.clone()),
            Cell::code(d.phone.clone()),
            Cell::code(d.email.clone()),
            Cell::code(d.languages.clone()),
            Cell::code(d.permit_expiry.clone()),
            Cell::Code(d.status.clone()),
        ];
        if with_reason {
            row.push(Cell::code(registration_due(r)));
        }
        rows.push(row);
    }
    rows
}

/// One value of a column as an output cell (free text guarded in CSV).
pub fn field_cell(field: Field, value: Option<String>) -> Cell {
    if field.is_free_text() {
        Cell::text(value)
    } else {
        Cell::code(value)
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
        Cell::Code(r.registered_at.clone()),
        Cell::Code(r.updated_at.clone()),
    ];
    for field in Field::ALL {
        let mut value = r.data.get(field);
        if field.is_sensitive() && !reveal {
            value = value.map(|v| mask(&v));
        }
        row.push(field_cell(field, value));
    }
    row.push(Cell::code(registration_due(r)));
    rows.push(row);
    rows
}
