//! Departments feedback is forwarded to: a short code, English and Chinese
//! names, and a short Chinese name (住房, 税务 …). Referred to by any of
//! them, any case (`find`, one resolver for flags, filters and imports);
//! an unknown one gets "did you mean" (`unknown`).
use crate::db::{params, Connection};
use crate::output::Cell;

use crate::error::{AppError, Result};
use crate::text::fold;

#[derive(Debug, Clone)]
pub struct Department {
    pub id: i64,
    pub code: String,
    pub name_en: String,
    pub name_zh: String,
    pub short_name_zh: Option<String>,
}

impl Department {
    /// The folded names it answers to.
    fn keys(&self) -> impl Iterator<Item = String> + '_ {
        [&self.code, &self.name_en, &self.name_zh]
            .into_iter()
            .chain(self.short_name_zh.as_ref())
            .map(|name| fold(name))
    }

    /// `housing (住房)`: how hints name it.
    fn label(&self) -> String {
        let zh = self.short_name_zh.as_deref().unwrap_or(&self.name_zh);
        format!("{} ({zh})", self.code)
    }
}

/// Department codes as table cells: a Chinese table shows the short
/// Chinese name (else the full one), CSV and JSON the code.
pub struct Names(std::collections::HashMap<String, String>);

impl Names {
    pub fn load(conn: &Connection) -> Result<Names> {
        Ok(Names(
            list(conn)?
                .into_iter()
                .map(|d| (d.code, d.short_name_zh.unwrap_or(d.name_zh)))
                .collect(),
        ))
    }

    pub fn cell(&self, code: Option<String>) -> Cell {
        code.map_or(Cell::Null, |code| {
            let zh = self.0.get(&code).cloned();
            Cell::Named(code, zh)
        })
    }
}

pub fn list(conn: &Connection) -> Result<Vec<Department>> {
    let mut stmt = conn.prepare(
        "SELECT id, code, name_en, name_zh, short_name_zh FROM departments ORDER BY code",
    )?;
    let rows = stmt.query_map([], |row| {
        Ok(Department {
            id: row.get(0)?,
            code: row.get(1)?,
            name_en: row.get(2)?,
            name_zh: row.get(3)?,
            short_name_zh: row.get(4)?,
        })
    })?;
    Ok(rows.collect::<crate::db::SqlResult<_>>()?)
}

/// The department named by `input` (code, English name, Chinese name or
/// short Chinese name, any case), else exit 5 with "did you mean".
pub fn lookup(conn: &Connection, input: &str) -> Result<Department> {
    let all = list(conn)?;
    match find(&all, input) {
        Some(d) => Ok(d.clone()),
        None => Err(unknown(&all, input)),
    }
}

/// The department of `all` that `input` names.
pub fn find<'a>(all: &'a [Department], input: &str) -> Option<&'a Department> {
    let wanted = fold(input);
    all.iter().find(|d| d.keys().any(|key| key == wanted))
}

/// Up to three departments with a name close to `input` (a prefix, a few
/// typing slips), closest first, as `code (简称)`.
pub fn suggest(all: &[Department], input: &str) -> Vec<String> {
    let wanted = fold(input);
    if wanted.chars().count() > 64 {
        return Vec::new();
    }
    let mut scored: Vec<(f64, &Department)> = all
        .iter()
        .filter_map(|d| {
            d.keys()
                .filter_map(|key| crate::refdata::closeness(&wanted, &key))
                .max_by(f64::total_cmp)
                .map(|score| (score, d))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.code.cmp(&b.1.code)));
    let best = scored.first().map_or(0.0, |s| s.0);
    scored
        .into_iter()
        .take_while(|s| s.0 >= best - 0.05)
        .take(3)
        .map(|(_, d)| d.label())
        .collect()
}

/// `did you mean housing (住房)?`, when something is close.
pub fn did_you_mean(all: &[Department], input: &str) -> Option<String> {
    let guesses = suggest(all, input);
    (!guesses.is_empty()).then(|| crate::t!("sys-did-you-mean", list = guesses.join(", ")))
}

/// Exit 5 for a department `input` does not name: what it might have
/// meant, and the known ones.
pub fn unknown(all: &[Department], input: &str) -> AppError {
    let err = AppError::invalid(crate::t!(
        "sys-department-unknown",
        value = crate::text::visible(input)
    ));
    let err = match did_you_mean(all, input) {
        Some(hint) => err.hint(hint),
        None => err,
    };
    let known: Vec<String> = all.iter().map(Department::label).collect();
    err.hint(crate::t!("sys-known-departments", list = known.join(", ")))
}

/// Codes are short, lower case: letters, digits and hyphens.
pub fn valid_code(code: &str) -> bool {
    (2..=32).contains(&code.len())
        && code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !code.starts_with('-')
}

pub fn insert(
    conn: &Connection,
    code: &str,
    name_en: &str,
    name_zh: &str,
    short_name_zh: Option<&str>,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO departments (code, name_en, name_zh, short_name_zh) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![code, name_en, name_zh, short_name_zh])?;
    Ok(conn.last_insert_rowid()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_by_code_or_name_any_case() {
        let db = crate::db::Db::in_memory().expect("db");
        assert_eq!(
            lookup(&db.conn, "EXIT-ENTRY").expect("code").code,
            "exit-entry"
        );
        assert_eq!(lookup(&db.conn, "customs").expect("name").code, "customs");
        assert_eq!(lookup(&db.conn, "海关").expect("zh").code, "customs");
        assert_eq!(
            lookup(&db.conn, "nowhere")
                .expect_err("unknown")
                .kind
                .exit_code(),
            5
        );
    }

    #[test]
    fn lookup_by_short_chinese_name() {
        let db = crate::db::Db::in_memory().expect("db");
        for (short, code) in [
            ("住房", "housing"),
            ("税务", "tax"),
            ("公安", "public-security"),
            ("出入境", "exit-entry"),
            ("人社", "hrss"),
            ("民政", "civil-affairs"),
        ] {
            assert_eq!(lookup(&db.conn, short).expect(short).code, code);
        }
    }

    #[test]
    fn unknown_departments_get_did_you_mean() {
        let db = crate::db::Db::in_memory().expect("db");
        let all = list(&db.conn).expect("list");
        assert_eq!(
            did_you_mean(&all, "housng").as_deref(),
            Some("did you mean housing (住房)?")
        );
        assert_eq!(
            did_you_mean(&all, "税").as_deref(),
            Some("did you mean tax (税务)?")
        );
        assert_eq!(
            did_you_mean(&all, "Public Security").as_deref(),
            Some("did you mean public-security (公安)?")
        );
        assert_eq!(did_you_mean(&all, "zzzzzzzz"), None);
        let err = unknown(&all, "housng");
        assert_eq!(err.hints[0], "did you mean housing (住房)?");
        assert!(err.hints[1].starts_with("known departments: civil-affairs (民政), customs (海关)"));
    }

    #[test]
    fn codes_are_short_lower_case() {
        assert!(valid_code("tax"));
        assert!(valid_code("exit-entry"));
        assert!(!valid_code("Tax"));
        assert!(!valid_code("x"));
        assert!(!valid_code("a b"));
    }
}
