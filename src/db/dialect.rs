//! The SQL the stores write is SQLite's. PostgreSQL reads most of it as it
//! is; this module rewrites the rest, once per statement text (the
//! connection caches the result with the prepared statement):
//!
//! - `?N` and `?` placeholders become `$1`, `$2`… in order of first use
//!   (PostgreSQL cannot type a parameter the statement never uses, and
//!   SQLite's statements may skip numbers); a placeholder tested with
//!   `IS [NOT] NULL` (the stores' optional filters, `?1 IS NULL OR x = ?1`)
//!   becomes a text parameter of its own, `CAST($M AS TEXT) IS NULL`, bound
//!   to the same value: PostgreSQL types a parameter at its first use and
//!   cannot type one that is only tested for NULL;
//! - `ORDER BY` items get SQLite's NULL order spelled out (`NULLS FIRST`
//!   ascending, `NULLS LAST` descending), so both engines list rows alike;
//!   not a column that is NOT NULL wherever it occurs (`NOT_NULL`): there it
//!   changes nothing, and would keep the server from reading an index in
//!   order (the primary keys are `ASC NULLS LAST`);
//! - `LIKE` becomes `ILIKE` (SQLite's LIKE ignores ASCII case);
//! - `a IS b` / `a IS NOT b` with a value on the right become
//!   `IS NOT DISTINCT FROM` / `IS DISTINCT FROM`;
//! - `temp.x` names the session's temporary table, `pg_temp.x`;
//! - `name COLLATE NOCASE` becomes `lower(name)` (SQLite's NOCASE folds
//!   ASCII letters only, as `lower` does under the "C" collation);
//! - a unary `+` (SQLite's way to keep an index out of a term) and
//!   `INDEXED BY name` (its way to name one) are dropped;
//! - a 0/1 column used as a condition (`OR r.address_changed`) is
//!   compared with 1;
//! - `json_each(list)` over a JSON array of ids becomes our own
//!   `expatdesk_json_ids(list)` (PostgreSQL's `json_each` reads objects).
//!
//! Functions SQLite has and PostgreSQL lacks (`instr`, `julianday`,
//! `group_concat`, `typeof`, and our `median`, `median_days`) are created in
//! the PostgreSQL schema instead (migrations/pg/), so the statements name
//! them unchanged. Whatever neither approach covers is written portably in
//! the stores themselves (`ON CONFLICT`, `RETURNING`, `CASE` in sums).

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Word(String),
    /// `?N`, or `?` (None).
    Param(Option<u32>),
    /// Text passed through as it is: literals, quoted names, spaces,
    /// numbers, comments.
    Raw(String),
    Punct(char),
}

impl Token {
    fn is_word(&self, word: &str) -> bool {
        matches!(self, Token::Word(w) if w.eq_ignore_ascii_case(word))
    }

    fn is_space(&self) -> bool {
        matches!(self, Token::Raw(r) if r.chars().all(char::is_whitespace))
    }
}

fn tokenize(sql: &str) -> Vec<Token> {
    let chars: Vec<char> = sql.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if c == '\'' || c == '"' {
            i += 1;
            while i < chars.len() {
                if chars[i] == c {
                    if chars.get(i + 1) == Some(&c) {
                        i += 2;
                        continue;
                    }
                    i += 1;
                    break;
                }
                i += 1;
            }
            tokens.push(Token::Raw(chars[start..i].iter().collect()));
        } else if c == '-' && chars.get(i + 1) == Some(&'-') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            tokens.push(Token::Raw(" ".into()));
        } else if c.is_whitespace() {
            while i < chars.len() && chars[i].is_whitespace() {
                i += 1;
            }
            tokens.push(Token::Raw(chars[start..i].iter().collect()));
        } else if c.is_ascii_alphabetic() || c == '_' {
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            tokens.push(Token::Word(chars[start..i].iter().collect()));
        } else if c.is_ascii_digit() {
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '.') {
                i += 1;
            }
            tokens.push(Token::Raw(chars[start..i].iter().collect()));
        } else if c == '?' {
            i += 1;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let digits: String = chars[start + 1..i].iter().collect();
            tokens.push(Token::Param(digits.parse().ok()));
        } else {
            i += 1;
            tokens.push(Token::Punct(c));
        }
    }
    tokens
}

/// The next token that is not space, from `i` on.
fn next_solid(tokens: &[Token], mut i: usize) -> Option<usize> {
    while i < tokens.len() && tokens[i].is_space() {
        i += 1;
    }
    (i < tokens.len()).then_some(i)
}

/// A statement as PostgreSQL reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct Rewritten {
    pub sql: String,
    /// For each parameter `$j`, the number (1-based) of the statement's
    /// own parameter whose value it takes.
    pub order: Vec<usize>,
}

/// Columns that are NOT NULL in every table that has them (the schema
/// test in `db::migrate` holds this list to the schema).
pub(crate) const NOT_NULL: &[&str] = &[
    "id",
    "name",
    "name_key",
    "created_at",
    "name_en",
    "at",
    "operator",
    "action",
    "entity",
    "detail",
    "key",
    "value",
    "kind",
    "source",
    "started_at",
    "title_en",
    "body_en",
    "body_zh",
    "nationality",
    "gender",
    "community_id",
    "registered_at",
    "updated_at",
    "title",
    "start",
    "course_id",
    "starts_at",
    "ends_at",
    "sequence",
    "status",
    "enrolled_at",
    "session_id",
    "marked_at",
    "received_at",
    "channel",
    "subject",
    "due_on",
    "feedback_id",
    "to_status",
    "notice_id",
];

/// The 0/1 columns the stores use as conditions.
const TRUTH_COLUMNS: &[&str] = &["address_changed", "permit_changed"];

/// Is the placeholder at `i` followed by `IS NULL` or `IS NOT NULL`?
fn tested_for_null(tokens: &[Token], i: usize) -> bool {
    let Some(is) = next_solid(tokens, i + 1).filter(|&j| tokens[j].is_word("is")) else {
        return false;
    };
    let Some(mut k) = next_solid(tokens, is + 1) else {
        return false;
    };
    if tokens[k].is_word("not") {
        match next_solid(tokens, k + 1) {
            Some(j) => k = j,
            None => return false,
        }
    }
    tokens[k].is_word("null")
}

/// `sql` as PostgreSQL reads it (see the module's documentation).
pub fn to_postgres(sql: &str) -> String {
    rewrite(sql).sql
}

/// `sql` as PostgreSQL reads it, with the parameters it adds.
pub fn rewrite(sql: &str) -> Rewritten {
    let mut tokens = tokenize(sql);
    let mut order: Vec<usize> = Vec::new();
    // Own parameter number → its plain `$j`, reused where it comes again.
    let mut plain: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut highest = 0u32;
    let mut i = 0;
    while i < tokens.len() {
        let token = std::mem::replace(&mut tokens[i], Token::Raw(String::new()));
        match token {
            Token::Param(n) => {
                let n = n.unwrap_or(highest + 1);
                highest = highest.max(n);
                let n = n as usize;
                if tested_for_null(&tokens, i) {
                    order.push(n);
                    out.push(Token::Raw(format!("CAST(${} AS TEXT)", order.len())));
                } else {
                    let j = *plain.entry(n).or_insert_with(|| {
                        order.push(n);
                        order.len()
                    });
                    out.push(Token::Raw(format!("${j}")));
                }
            }
            Token::Word(w)
                if TRUTH_COLUMNS.iter().any(|c| w.eq_ignore_ascii_case(c))
                    && is_condition(&out, &tokens, i) =>
            {
                out.push(Token::Word(format!("{w} = 1")));
            }
            Token::Word(w)
                if w.eq_ignore_ascii_case("collate")
                    && next_solid(&tokens, i + 1).is_some_and(|j| tokens[j].is_word("nocase")) =>
            {
                wrap_in_lower(&mut out);
                i = next_solid(&tokens, i + 1).map_or(i, |j| j) + 1;
                continue;
            }
            Token::Punct('+') if follows_operator(&out) => {}
            Token::Word(w)
                if w.eq_ignore_ascii_case("indexed")
                    && next_solid(&tokens, i + 1).is_some_and(|j| tokens[j].is_word("by")) =>
            {
                // Skip INDEXED BY and the index's name.
                let by = next_solid(&tokens, i + 1).unwrap_or(i);
                i = next_solid(&tokens, by + 1).map_or(tokens.len(), |name| name + 1);
                continue;
            }
            Token::Word(w) if w.eq_ignore_ascii_case("like") => {
                out.push(Token::Word("ILIKE".into()));
            }
            Token::Word(w)
                if w.eq_ignore_ascii_case("temp")
                    && matches!(tokens.get(i + 1), Some(Token::Punct('.'))) =>
            {
                out.push(Token::Word("pg_temp".into()));
            }
            Token::Word(w)
                if w.eq_ignore_ascii_case("json_each")
                    && next_solid(&tokens, i + 1)
                        .is_some_and(|j| tokens[j] == Token::Punct('(')) =>
            {
                out.push(Token::Word("expatdesk_json_ids".into()));
            }
            Token::Word(w) if w.eq_ignore_ascii_case("is") => {
                let Some(j) = next_solid(&tokens, i + 1) else {
                    out.push(Token::Word(w));
                    i += 1;
                    continue;
                };
                let negated = tokens[j].is_word("not");
                let operand = if negated {
                    next_solid(&tokens, j + 1)
                } else {
                    Some(j)
                };
                let plain = operand.is_some_and(|k| {
                    ["null", "true", "false", "distinct"]
                        .iter()
                        .any(|w| tokens[k].is_word(w))
                });
                if plain {
                    out.push(Token::Word(w));
                } else if negated {
                    out.push(Token::Word("IS DISTINCT FROM".into()));
                    i = j + 1;
                    continue;
                } else {
                    out.push(Token::Word("IS NOT DISTINCT FROM".into()));
                }
            }
            other => out.push(other),
        }
        i += 1;
    }
    order_nulls(&mut out);
    let mut text = String::with_capacity(sql.len() + 16);
    for token in &out {
        match token {
            Token::Word(w) | Token::Raw(w) => text.push_str(w),
            Token::Punct(c) => text.push(*c),
            Token::Param(n) => text.push_str(&format!("${}", n.unwrap_or(0))),
        }
    }
    Rewritten { sql: text, order }
}

/// Is the column name at `i` (maybe qualified, `r.`) a whole condition:
/// after WHERE/AND/OR/NOT/( and before AND/OR/)/the end?
fn is_condition(out: &[Token], tokens: &[Token], i: usize) -> bool {
    let mut back = out.iter().rev().filter(|t| !t.is_space());
    let before = match (back.next(), back.next(), back.next()) {
        (Some(Token::Punct('.')), Some(Token::Word(_)), before) => before,
        (before, _, _) => before,
    };
    let opens = match before {
        Some(Token::Punct('(')) => true,
        Some(t) => ["where", "and", "or", "not", "when"]
            .iter()
            .any(|w| t.is_word(w)),
        None => false,
    };
    let closes = match next_solid(tokens, i + 1) {
        None => true,
        Some(j) => {
            matches!(tokens[j], Token::Punct(')'))
                || ["and", "or", "then", "order", "group", "limit"]
                    .iter()
                    .any(|w| tokens[j].is_word(w))
        }
    };
    opens && closes
}

/// Is this ORDER BY item a plain column (`c`, `t.c`, with ASC/DESC) that
/// is never NULL?
fn not_null_column(item: &[Token]) -> bool {
    let solid: Vec<&Token> = item
        .iter()
        .filter(|t| !t.is_space() && !t.is_word("asc") && !t.is_word("desc"))
        .collect();
    let column = match solid.as_slice() {
        [Token::Word(c)] => c,
        [Token::Word(_), Token::Punct('.'), Token::Word(c)] => c,
        _ => return false,
    };
    NOT_NULL.iter().any(|n| column.eq_ignore_ascii_case(n))
}

/// Wraps the name just written (`c.name`, `name`) in `lower(…)`.
fn wrap_in_lower(out: &mut Vec<Token>) {
    while out.last().is_some_and(Token::is_space) {
        out.pop();
    }
    let mut start = out.len();
    while start > 0 {
        let t = &out[start - 1];
        let part = matches!(t, Token::Word(_) | Token::Punct('.'))
            || matches!(t, Token::Raw(r) if r.starts_with('"'));
        if !part {
            break;
        }
        start -= 1;
    }
    out.insert(start, Token::Punct('('));
    out.insert(start, Token::Word("lower".into()));
    out.push(Token::Punct(')'));
}

/// Is the last token written one after which a `+` can only be unary?
fn follows_operator(out: &[Token]) -> bool {
    let last = out.iter().rev().find(|t| !t.is_space());
    match last {
        None => true,
        Some(Token::Punct(c)) => matches!(c, '(' | ',' | '=' | '<' | '>'),
        Some(t) => [
            "where", "and", "or", "not", "on", "by", "when", "then", "else", "select",
        ]
        .iter()
        .any(|w| t.is_word(w)),
    }
}

/// Adds SQLite's NULL order to every item of every `ORDER BY`.
fn order_nulls(tokens: &mut Vec<Token>) {
    let mut i = 0;
    while i < tokens.len() {
        let starts_order = tokens[i].is_word("order")
            && next_solid(tokens, i + 1).is_some_and(|j| tokens[j].is_word("by"));
        if !starts_order {
            i += 1;
            continue;
        }
        let mut j = next_solid(tokens, i + 1).map_or(tokens.len(), |b| b + 1);
        let mut depth = 0i32;
        let mut item_end: Option<usize> = None; // last solid token of the item
        let mut item_has_nulls = false;
        let mut item_desc = false;
        let mut item_start = j;
        loop {
            let at_end = j >= tokens.len();
            let ends_item = at_end
                || (depth == 0
                    && (matches!(tokens[j], Token::Punct(',' | ')' | ';'))
                        || ["limit", "offset", "rows", "range", "union", "window"]
                            .iter()
                            .any(|w| tokens[j].is_word(w))));
            if ends_item {
                let never_null =
                    item_end.is_some_and(|last| not_null_column(&tokens[item_start..=last]));
                if let (Some(last), false) = (item_end, item_has_nulls || never_null) {
                    let nulls = if item_desc {
                        " NULLS LAST"
                    } else {
                        " NULLS FIRST"
                    };
                    tokens.insert(last + 1, Token::Raw(nulls.into()));
                    j += 1;
                }
                item_end = None;
                item_has_nulls = false;
                item_desc = false;
                if at_end || !matches!(tokens[j], Token::Punct(',')) {
                    break;
                }
                j += 1;
                item_start = j;
                continue;
            }
            match &tokens[j] {
                Token::Punct('(') => depth += 1,
                Token::Punct(')') => depth -= 1,
                _ => {}
            }
            if !tokens[j].is_space() {
                item_end = Some(j);
                if depth == 0 {
                    item_has_nulls |= tokens[j].is_word("nulls");
                    item_desc = tokens[j].is_word("desc")
                        || (item_desc && !matches!(tokens[j], Token::Word(_)));
                }
            }
            j += 1;
        }
        i = j.max(i + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::to_postgres;

    #[test]
    fn a_placeholder_tested_for_null_gets_a_text_twin() {
        let r = super::rewrite("WHERE (?1 IS NULL OR at >= ?1) AND (?2 IS NOT NULL OR id = ?2)");
        assert_eq!(
            r.sql,
            "WHERE (CAST($1 AS TEXT) IS NULL OR at >= $2) AND (CAST($3 AS TEXT) IS NOT NULL OR id = $4)"
        );
        assert_eq!(r.order, vec![1, 1, 2, 2]);
    }

    #[test]
    fn parameters_are_numbered_by_first_use_and_unused_ones_dropped() {
        let r = super::rewrite("SELECT ?3, ?5 FROM t WHERE a = ?3");
        assert_eq!(r.sql, "SELECT $1, $2 FROM t WHERE a = $1");
        assert_eq!(r.order, vec![3, 5]);
    }

    #[test]
    fn a_truth_column_used_as_a_condition_is_compared_with_one() {
        assert_eq!(
            to_postgres("WHERE (a IS NULL OR r.address_changed OR permit_changed) AND x.permit_changed = 0"),
            "WHERE (a IS NULL OR r.address_changed = 1 OR permit_changed = 1) AND x.permit_changed = 0"
        );
    }

    /// `NOT_NULL` names only columns that are NOT NULL (or the primary
    /// key) in every table of the schema that has them.
    #[test]
    fn not_null_columns_are_not_null_in_every_table() {
        let db = crate::db::Db::in_memory().expect("schema");
        let tables: Vec<String> = db
            .conn
            .prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            )
            .expect("tables")
            .query_map([], |r| r.get(0))
            .expect("rows")
            .collect::<crate::db::SqlResult<_>>()
            .expect("names");
        for table in tables {
            let mut stmt = db
                .conn
                .prepare("SELECT name, \"notnull\", pk FROM pragma_table_info(?1)")
                .expect("info");
            let columns = stmt
                .query_map([&table], |r| {
                    Ok((r.get::<String>(0)?, r.get::<i64>(1)?, r.get::<i64>(2)?))
                })
                .expect("rows");
            for column in columns {
                let (name, not_null, pk) = column.expect("column");
                if super::NOT_NULL.contains(&name.as_str()) {
                    assert!(not_null == 1 || pk > 0, "{table}.{name} may be NULL");
                }
            }
        }
    }

    #[test]
    fn placeholders_become_numbered() {
        assert_eq!(
            to_postgres("SELECT a FROM t WHERE a = ?1 AND b = ?2 OR c = ?1"),
            "SELECT a FROM t WHERE a = $1 AND b = $2 OR c = $1"
        );
        assert_eq!(
            to_postgres("SELECT a FROM t WHERE a = ?2 AND b = ?1"),
            "SELECT a FROM t WHERE a = $1 AND b = $2"
        );
        assert_eq!(
            to_postgres("SELECT ? , ?, '?' FROM t LIMIT ?"),
            "SELECT $1 , $2, '?' FROM t LIMIT $3"
        );
    }

    #[test]
    fn order_by_spells_out_sqlites_null_order() {
        assert_eq!(
            to_postgres("SELECT a FROM t ORDER BY a, b DESC, lower(c) ASC LIMIT 3"),
            "SELECT a FROM t ORDER BY a NULLS FIRST, b DESC NULLS LAST, lower(c) ASC NULLS FIRST LIMIT 3"
        );
        // A column never NULL keeps its plain order (and its index).
        assert_eq!(
            to_postgres("SELECT a FROM t ORDER BY t.received_at, id DESC, r.permit_expiry"),
            "SELECT a FROM t ORDER BY t.received_at, id DESC, r.permit_expiry NULLS FIRST"
        );
        assert_eq!(
            to_postgres("SELECT (SELECT x FROM u ORDER BY x DESC) FROM t ORDER BY coalesce(a, b)"),
            "SELECT (SELECT x FROM u ORDER BY x DESC NULLS LAST) FROM t ORDER BY coalesce(a, b) NULLS FIRST"
        );
        assert_eq!(
            to_postgres("SELECT a FROM t ORDER BY a NULLS LAST"),
            "SELECT a FROM t ORDER BY a NULLS LAST"
        );
        assert_eq!(
            to_postgres("SELECT row_number() OVER (ORDER BY a) FROM t"),
            "SELECT row_number() OVER (ORDER BY a NULLS FIRST) FROM t"
        );
    }

    #[test]
    fn nocase_and_unary_plus_read_as_in_sqlite() {
        assert_eq!(
            to_postgres("SELECT 1 ORDER BY c.name COLLATE NOCASE, a.value"),
            "SELECT 1 ORDER BY lower(c.name) NULLS FIRST, a.value"
        );
        assert_eq!(
            to_postgres("SELECT a FROM residents INDEXED BY residents_name_key WHERE a != ''"),
            "SELECT a FROM residents  WHERE a != ''"
        );
        assert_eq!(
            to_postgres("WHERE +f.at >= ?1 AND +f.at < ?2 AND a + b > 1"),
            "WHERE f.at >= $1 AND f.at < $2 AND a + b > 1"
        );
    }

    #[test]
    fn is_with_a_value_compares_nulls_as_sqlite_does() {
        assert_eq!(
            to_postgres("WHERE a IS ?1 AND b IS NOT c AND d IS NULL AND e IS NOT NULL"),
            "WHERE a IS NOT DISTINCT FROM $1 AND b IS DISTINCT FROM c AND d IS NULL AND e IS NOT NULL"
        );
    }

    #[test]
    fn sqlite_only_names_are_renamed_outside_literals() {
        assert_eq!(
            to_postgres("SELECT value FROM json_each(?2) WHERE n LIKE 'temp.x' OR x IN (SELECT r FROM temp.rejects)"),
            "SELECT value FROM expatdesk_json_ids($1) WHERE n ILIKE 'temp.x' OR x IN (SELECT r FROM pg_temp.rejects)"
        );
        assert_eq!(
            to_postgres("SELECT 'it''s ?1' -- a ?2 comment\n, ?1"),
            "SELECT 'it''s ?1'  \n, $1"
        );
    }
}
