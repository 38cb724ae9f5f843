//! Large imports: an invalid row deep in a big file, and the bulk path
//! (more than 20,000 valid rows into an empty table: rows first, indexes
//! after, duplicates inside the file found from the indexes).
use crate::common::{stderr, TestEnv};
use crate::generate::{self, external_id, family, next_line, HEADER};

/// Rows in the bulk-path files: above the importer's 20,000.
const BULK: usize = 20_100;

/// The physical line of generated row `i` in a file of `generate::file`.
fn line_of_row(i: usize) -> usize {
    next_line(&format!("{HEADER}{}", generate::rows(0..i)))
}

/// Three rows that duplicate rows 5, 10 and 20 of the generated file:
/// by external_id, by passport and nationality, and likely (same folded
/// name, nationality and birth date).
fn duplicates() -> String {
    let by_external_id = format!(
        "{},Dupext,Dora,,DE,female,1990-01-01,,,Green Court,,,,PX0000001,\n",
        external_id(5)
    );
    // Row 10 is German with passport P00000010.
    let by_passport =
        "NEW0000002,Duppass,Paul,,DE,male,1991-01-01,,,Green Court,,,,p0000 0010,\n".to_string();
    // Row 20: German, given name "Anaïs", born 1970-09-21.
    let likely = format!(
        "NEW0000003,{},ANAIS,,DE,female,1970-09-21,,,Green Court,,,,PX0000003,\n",
        family(20).to_uppercase()
    );
    [by_external_id, by_passport, likely].concat()
}

/// The lines of the three duplicates when appended to `BULK` rows.
fn duplicate_lines() -> [usize; 3] {
    let first = next_line(&generate::file(BULK));
    [first, first + 1, first + 2]
}

#[test]
fn an_invalid_row_deep_in_a_large_file_is_named_and_nothing_is_written() {
    let env = TestEnv::with_community();
    let bad = 15_000;
    let before_bad = format!("{HEADER}{}", generate::rows(0..bad));
    let line = next_line(&before_bad);
    let row = "BAD0000001,Badrow,Bert,,DE,male,2023-02-29,,,Green Court,,,,,\n";
    let file = format!("{before_bad}{row}{}", generate::rows(bad + 1..20_000));
    // Multi-line notes every 50 rows: lines and records differ by now.
    assert!(line > bad + 2 + 200, "{line}");
    env.write("big.csv", file);
    let err = env.import_refused(&["big.csv"], 5);
    assert_eq!(
        err,
        format!(
            "error: big.csv:{line}: birth_date: is not a real date; \
             write dates as YYYY-MM-DD (2023-02-29)\n\
             hint: nothing was imported\n"
        )
    );
}

#[test]
fn bulk_duplicates_inside_the_file_name_both_lines_and_nothing_is_written() {
    let env = TestEnv::with_community();
    env.write(
        "bulk.csv",
        format!("{}{}", generate::file(BULK), duplicates()),
    );
    let [ext, pass, likely] = duplicate_lines();
    let err = env.import_refused(&["bulk.csv"], 5);
    assert_eq!(
        err,
        format!(
            "error: bulk.csv:{ext}: external_id: the same external_id as line {}\n\
             error: bulk.csv:{pass}: passport_number: the same passport number and nationality \
             as line {}\n\
             error: bulk.csv:{likely}: likely the same person (name, nationality, birth date or \
             community) as line {}\n\
             hint: nothing was imported\n\
             hint: pass --allow-duplicate if rows that look alike are different people\n",
            line_of_row(5),
            line_of_row(10),
            line_of_row(20),
        )
    );
    assert_eq!(env.export().lines().count(), 1, "only the header");
    let out = env.output(&["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn bulk_allow_duplicate_lets_the_likely_one_in_and_builds_the_indexes() {
    let env = TestEnv::with_community();
    let likely = duplicates().lines().nth(2).expect("third").to_string();
    env.write("bulk.csv", format!("{}{likely}\n", generate::file(BULK)));
    let out = env
        .cmd()
        .args(["resident", "import", "bulk.csv", "--allow-duplicate"])
        .env("EXPATDESK_TRACE", "1")
        .write_stdin("")
        .output()
        .expect("runs");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    // The bulk path, not row by row: its indexes were built after the rows.
    assert!(err.contains("trace: indexes built"), "{err}");
    assert!(
        err.ends_with(
            "imported bulk.csv: 20101 inserted, 0 updated, 0 skipped, 0 rejected; batch 1\n"
        ),
        "{err}"
    );
    let out = env.output(&["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // The indexes work: the hard duplicates are refused again.
    let again = format!(
        "{HEADER}{}",
        duplicates().lines().take(2).collect::<Vec<_>>().join("\n")
    );
    env.write("again.csv", again);
    let err = env.import_refused(&["again.csv"], 4);
    assert_eq!(
        err.lines().take(2).collect::<Vec<_>>(),
        [
            "error: again.csv:2: matches resident 6: has the same external_id",
            "error: again.csv:3: matches resident 11: has the same passport number and nationality",
        ]
    );
    let row = env.json(&["resident", "show", "20101"]);
    assert_eq!(row["external_id"], "NEW0000003");
    assert_eq!(row["passport_number"], "PX0****03");
}

#[test]
fn bulk_skip_invalid_rejects_the_duplicates_and_keeps_the_rest() {
    let env = TestEnv::with_community();
    env.write(
        "bulk.csv",
        format!("{}{}", generate::file(BULK), duplicates()),
    );
    let [ext, pass, likely] = duplicate_lines();
    let err = env.imports(&["bulk.csv", "--skip-invalid", "--rejects", "rejects.csv"]);
    assert_eq!(
        err,
        "imported bulk.csv: 20100 inserted, 0 updated, 0 skipped, 3 rejected; batch 1\n"
    );
    let mut rejects = csv::Reader::from_path(env.path("rejects.csv")).expect("rejects");
    let header: Vec<String> = rejects
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    assert_eq!(header.join(","), format!("{},error", HEADER.trim_end()));
    let errors: Vec<String> = rejects
        .records()
        .map(|r| r.expect("a row")[15].to_string())
        .collect();
    assert_eq!(
        errors,
        [
            format!(
                "bulk.csv:{ext}: external_id: the same external_id as line {}",
                line_of_row(5)
            ),
            format!(
                "bulk.csv:{pass}: passport_number: the same passport number and nationality \
                 as line {}",
                line_of_row(10)
            ),
            format!(
                "bulk.csv:{likely}: likely the same person (name, nationality, birth date or \
                 community) as line {}",
                line_of_row(20)
            ),
        ]
    );
    let count: usize = env
        .sql()
        .query_row("SELECT count(*) FROM residents", [], |r| r.get(0))
        .expect("counts");
    assert_eq!(count, BULK);
    let out = env.output(&["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // The rebuilt unique indexes hold.
    env.write(
        "again.csv",
        format!("{HEADER}{}", duplicates().lines().next().expect("first")),
    );
    env.import_refused(&["again.csv"], 4);
}
