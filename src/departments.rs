//! Departments feedback is forwarded to: a short code, English and Chinese
//! names. Referred to by code or name, any case.
use rusqlite::{params, Connection};

use crate::error::{AppError, Result};
use crate::text::fold;

#[derive(Debug, Clone)]
pub struct Department {
    pub id: i64,
    pub code: String,
    pub name_en: String,
    pub name_zh: String,
}

pub fn list(conn: &Connection) -> Result<Vec<Department>> {
    let mut stmt =
        conn.prepare("SELECT id, code, name_en, name_zh FROM departments ORDER BY code")?;
    let rows = stmt.query_map([], |row| {
        Ok(Department {
            id: row.get(0)?,
            code: row.get(1)?,
            name_en: row.get(2)?,
            name_zh: row.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The department named by `input` (code, English or Chinese name), else exit 5.
pub fn lookup(conn: &Connection, input: &str) -> Result<Department> {
    let wanted = fold(input);
    let all = list(conn)?;
    if let Some(d) = all.iter().find(|d| {
        fold(&d.code) == wanted || fold(&d.name_en) == wanted || fold(&d.name_zh) == wanted
    }) {
        return Ok(d.clone());
    }
    let codes: Vec<&str> = all.iter().map(|d| d.code.as_str()).collect();
    Err(AppError::invalid(format!(
        "unknown department ({})",
        crate::text::visible(input)
    ))
    .hint(format!("known departments: {}", codes.join(", "))))
}

/// Codes are short, lower case: letters, digits and hyphens.
pub fn valid_code(code: &str) -> bool {
    (2..=32).contains(&code.len())
        && code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !code.starts_with('-')
}

pub fn insert(conn: &Connection, code: &str, name_en: &str, name_zh: &str) -> Result<i64> {
    conn.prepare_cached("INSERT INTO departments (code, name_en, name_zh) VALUES (?1, ?2, ?3)")?
        .execute(params![code, name_en, name_zh])?;
    Ok(conn.last_insert_rowid())
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
    fn codes_are_short_lower_case() {
        assert!(valid_code("tax"));
        assert!(valid_code("exit-entry"));
        assert!(!valid_code("Tax"));
        assert!(!valid_code("x"));
        assert!(!valid_code("a b"));
    }
}
