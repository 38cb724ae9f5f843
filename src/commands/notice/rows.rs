//! The columns of `notice list` and of the one-notice record (`show`, `add`).
use crate::notices::Notice;
use crate::output::{Cell, Rows};

pub const LIST: [&str; 7] = [
    "id",
    "title_en",
    "title_zh",
    "category",
    "effective_on",
    "audience",
    "languages",
];

pub fn list_row(n: &Notice) -> Vec<Cell> {
    let d = &n.data;
    vec![
        Cell::Int(n.id),
        Cell::Text(d.title_en.clone()),
        Cell::Text(d.title_zh.clone()),
        Cell::text(d.category.clone()),
        Cell::code(d.effective_on.clone()),
        Cell::Named(
            d.audience.describe(),
            Some(d.audience.describe_for_people()),
        ),
        Cell::Code(d.languages()),
    ]
}

pub fn record(n: &Notice) -> Rows {
    let d = &n.data;
    let (title_ja, body_ja) = d.ja.clone().unzip();
    let mut rows = Rows::new(&[
        "id",
        "title_en",
        "title_zh",
        "title_ja",
        "category",
        "effective_on",
        "audience",
        "languages",
        "body_en",
        "body_zh",
        "body_ja",
        "created_at",
    ]);
    rows.push(vec![
        Cell::Int(n.id),
        Cell::Text(d.title_en.clone()),
        Cell::Text(d.title_zh.clone()),
        Cell::text(title_ja),
        Cell::text(d.category.clone()),
        Cell::code(d.effective_on.clone()),
        Cell::Named(
            d.audience.describe(),
            Some(d.audience.describe_for_people()),
        ),
        Cell::Code(d.languages()),
        Cell::Text(d.body_en.clone()),
        Cell::Text(d.body_zh.clone()),
        Cell::text(body_ja),
        Cell::Code(n.created_at.clone()),
    ]);
    rows
}
