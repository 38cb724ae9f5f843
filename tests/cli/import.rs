//! `resident import` on the row-by-row path (SPEC §3 import): the error
//! report, dry runs, communities, `--on-conflict`, duplicates inside the
//! file, `--skip-invalid --rejects`, stdin.
use rstest::rstest;
use serde_json::Value;

use crate::common::{read, stderr, TestEnv};

const HEAD: &str = "external_id,family_name,given_name,nationality,community";

fn show(env: &TestEnv, id: i64) -> Value {
    env.json(&["resident", "show", &id.to_string()])
}

/// Anna Müller (DE, born 1980-05-01, passport C01234567) as resident 1,
/// with a phone and notes and no e-mail.
fn with_anna() -> TestEnv {
    let env = TestEnv::with_community();
    let id = env.add(&[
        "--external-id",
        "A-1",
        "--family-name",
        "Müller",
        "--given-name",
        "Anna",
        "--nationality",
        "DE",
        "--community",
        "Green Court",
        "--birth-date",
        "1980-05-01",
        "--passport-number",
        "C01234567",
        "--phone",
        "+86 138 0000 0001",
        "--notes",
        "likes tea",
    ]);
    assert_eq!(id, 1);
    env
}

#[test]
fn the_first_50_problems_are_listed_then_counted() {
    let env = TestEnv::with_community();
    let mut file = String::from("family_name,nationality,community\n");
    for i in 0..60 {
        file.push_str(&format!("Name{i},XX,Green Court\n"));
    }
    env.write("many.csv", file);
    let err = env.import_refused(&["many.csv"], 5);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 52, "{err}");
    for (i, line) in lines[..50].iter().enumerate() {
        assert_eq!(
            *line,
            format!(
                "error: many.csv:{}: nationality: is not a known country (XX)",
                i + 2
            )
        );
    }
    assert_eq!(lines[50], "error: … and 10 more");
    assert_eq!(lines[51], "hint: nothing was imported");
}

#[test]
fn a_dry_run_reports_the_counts_and_writes_nothing() {
    let env = with_anna();
    env.write(
        "dry.csv",
        format!(
            "{HEAD},birth_date\n\
             A-1,Müller,Anna,DE,Green Court,1980-05-01\n\
             B-1,Brown,Bob,GB,Green Court,\n\
             B-2,Bad,Date,GB,Green Court,1990-13-01\n\
             B-3,Chen,Li,SG,Jade Terrace,\n"
        ),
    );
    let before = env.state();
    let err = env.imports(&[
        "dry.csv",
        "--dry-run",
        "--on-conflict",
        "update",
        "--create-communities",
        "--skip-invalid",
        "--rejects",
        "rejects.csv",
    ]);
    assert_eq!(
        err,
        "dry run, nothing written: would have dry.csv: \
         2 inserted, 0 updated, 1 skipped, 1 rejected; batch none\n"
    );
    assert_eq!(env.state(), before);
    assert!(
        !env.path("rejects.csv").exists(),
        "a dry run writes no file"
    );
    assert_eq!(env.csv(&["batch", "list"]).lines().count(), 1);
}

#[test]
fn unknown_communities_are_refused_naming_the_known_ones() {
    let env = TestEnv::with_community();
    env.write(
        "new.csv",
        format!("{HEAD}\nN-1,Novak,Jan,CZ,Jade Terrace\nN-2,Horak,Eva,CZ,jade terrace\n"),
    );
    let err = env.import_refused(&["new.csv"], 5);
    assert_eq!(
        err,
        "error: new.csv:2: community: is not a known community (Jade Terrace)\n\
         error: new.csv:3: community: is not a known community (jade terrace)\n\
         hint: nothing was imported\n\
         hint: known communities: Green Court (绿庭); add one with `expatdesk community add NAME`, \
         or import with --create-communities\n"
    );
    env.imports(&["new.csv", "--create-communities"]);
    // One community, spelt as first seen, holding both residents.
    assert_eq!(
        env.csv(&["community", "list"]),
        "id,name,name_zh,active_residents\n1,Green Court,绿庭,0\n2,Jade Terrace,,2\n"
    );
    assert_eq!(show(&env, 2)["community"], "Jade Terrace");
}

#[test]
fn a_match_with_a_stored_resident_is_refused_by_default() {
    let env = with_anna();
    env.write(
        "match.csv",
        format!(
            "{HEAD},birth_date,passport_number\n\
             Z-1,Zeta,Zed,FR,Green Court,,\n\
             A-1,Other,Name,FR,Green Court,,\n\
             P-9,Mueller,Anne,DE,Green Court,,c0123 4567\n\
             L-9,MÜLLER,anna,DE,Green Court,1980-05-01,\n"
        ),
    );
    let err = env.import_refused(&["match.csv"], 4);
    assert_eq!(
        err,
        "error: match.csv:3: matches resident 1: has the same external_id\n\
         error: match.csv:4: matches resident 1: has the same passport number and nationality\n\
         error: match.csv:5: matches resident 1: is likely the same person (same name and \
         nationality, and the same birth date or, without one, the same community)\n\
         hint: nothing was imported\n\
         hint: choose what to do with matching residents: --on-conflict skip|update|fill\n"
    );
    // --allow-duplicate lets the likely one in; the hard ones stay matches.
    let err = env.import_refused(&["match.csv", "--allow-duplicate"], 4);
    assert_eq!(err.lines().filter(|l| l.starts_with("error:")).count(), 2);
}

#[test]
fn on_conflict_skip_leaves_the_stored_resident_alone() {
    let env = with_anna();
    let before = env.export();
    env.write(
        "skip.csv",
        format!("{HEAD},phone\nA-1,Müller,Anna,DE,Green Court,+49 30 1234567\nS-2,Smith,Sam,US,Green Court,\n"),
    );
    let err = env.imports(&["skip.csv", "--on-conflict", "skip"]);
    assert_eq!(
        err,
        "imported skip.csv: 1 inserted, 0 updated, 1 skipped, 0 rejected; batch 1\n"
    );
    let after = env.export();
    assert_eq!(after.lines().nth(1), before.lines().nth(1));
    assert_eq!(after.lines().count(), 3);
}

#[test]
fn on_conflict_update_replaces_present_columns_and_blanks_empty_cells() {
    let env = with_anna();
    env.stdout(&["resident", "edit", "1", "--email", "anna@example.com"]);
    env.write(
        "update.csv",
        format!("{HEAD},phone,email\nA-1,Müller,Annette,DE,Green Court,+86 139 1111 2222,\n"),
    );
    let err = env.imports(&["update.csv", "--on-conflict", "update"]);
    assert_eq!(
        err,
        "imported update.csv: 0 inserted, 1 updated, 0 skipped, 0 rejected; batch 1\n"
    );
    let anna = show(&env, 1);
    assert_eq!(anna["given_name"], "Annette");
    assert_eq!(anna["phone"], "+8613911112222");
    assert_eq!(anna["email"], Value::Null, "an empty cell blanks");
    // Columns not in the file are untouched.
    assert_eq!(anna["notes"], "likes tea");
    assert_eq!(anna["birth_date"], "1980-05-01");
    assert_eq!(anna["passport_number"], "C01****67");
    // The same file again changes nothing: skipped.
    let err = env.imports(&["update.csv", "--on-conflict", "update"]);
    assert_eq!(
        err,
        "imported update.csv: 0 inserted, 0 updated, 1 skipped, 0 rejected; batch 2\n"
    );
}

#[test]
fn on_conflict_fill_only_fills_empty_fields() {
    let env = with_anna();
    env.write(
        "fill.csv",
        format!(
            "{HEAD},phone,email,notes,languages\n\
             A-1,Müller,,DE,Green Court,+86 139 1111 2222,anna@example.com,,de;en\n"
        ),
    );
    let err = env.imports(&["fill.csv", "--on-conflict", "fill"]);
    assert_eq!(
        err,
        "imported fill.csv: 0 inserted, 1 updated, 0 skipped, 0 rejected; batch 1\n"
    );
    let anna = show(&env, 1);
    assert_eq!(anna["phone"], "+8613800000001", "a stored value stays");
    assert_eq!(anna["email"], "anna@example.com", "an empty one is filled");
    assert_eq!(anna["languages"], "de;en");
    assert_eq!(anna["given_name"], "Anna", "an empty cell never blanks");
    assert_eq!(anna["notes"], "likes tea");
}

#[test]
fn a_file_of_external_ids_and_phones_updates_the_phones() {
    let env = with_anna();
    env.add(&[
        "--external-id",
        "B-2",
        "--family-name",
        "Brown",
        "--nationality",
        "GB",
        "--community",
        "Green Court",
    ]);
    env.write(
        "phones.csv",
        "external_id,phone\nA-1,+86 139 0000 0001\nB-2,+86 139 0000 0002\n",
    );
    let err = env.import_refused(&["phones.csv"], 5);
    assert_eq!(
        err,
        "error: phones.csv:1: missing required columns: family_name, nationality, community\n\
         hint: a file without them can only update stored residents: --on-conflict update|fill\n"
    );
    let err = env.imports(&["phones.csv", "--on-conflict", "update"]);
    assert_eq!(
        err,
        "imported phones.csv: 0 inserted, 2 updated, 0 skipped, 0 rejected; batch 1\n"
    );
    assert_eq!(show(&env, 1)["phone"], "+8613900000001");
    assert_eq!(show(&env, 1)["notes"], "likes tea");
    assert_eq!(show(&env, 2)["phone"], "+8613900000002");
    assert_eq!(show(&env, 2)["family_name"], "Brown");
    // A row that matches nobody cannot become a new resident.
    env.write("stranger.csv", "external_id,phone\nX-9,+86 139 0000 0009\n");
    let err = env.import_refused(&["stranger.csv", "--on-conflict", "update"], 5);
    assert!(
        err.starts_with(
            "error: stranger.csv:2: no stored resident matches this row, and adding one needs \
             family_name, nationality and community\n\
             hint: nothing was imported\n"
        ),
        "{err}"
    );
}

#[rstest]
#[case::external_id(
    "E-1,Alpha,Ann,DE,Green Court,,\nE-1,Beta,Ben,FR,Green Court,,\n",
    "error: twins.csv:4: external_id: the same external_id as line 3"
)]
#[case::passport(
    "P-1,Alpha,Ann,DE,Green Court,,X1234567\nP-2,Beta,Ben,DE,Green Court,,x123 4567\n",
    "error: twins.csv:4: passport_number: the same passport number and nationality as line 3"
)]
#[case::likely_by_birth_date(
    "L-1,Kovač,Ana,HR,Green Court,1990-02-03,\nL-2,KOVAC,ana,HR,Green Court,1990-02-03,\n",
    "error: twins.csv:4: likely the same person (name, nationality, birth date or community) \
     as line 3"
)]
#[case::likely_by_community(
    "L-1,van der Berg,Jan,NL,Green Court,,\nL-2,Vanderberg,Jan,NL,Green Court,,\n",
    "error: twins.csv:4: likely the same person (name, nationality, birth date or community) \
     as line 3"
)]
fn rows_that_duplicate_each_other_name_both_lines(#[case] rows: &str, #[case] expected: &str) {
    let env = TestEnv::with_community();
    let file = format!("{HEAD},birth_date,passport_number\nOK-1,Fine,Fay,IT,Green Court,,\n{rows}");
    env.write("twins.csv", file);
    let err = env.import_refused(&["twins.csv"], 5);
    let mut lines = err.lines();
    assert_eq!(lines.next(), Some(expected), "{err}");
    assert_eq!(lines.next(), Some("hint: nothing was imported"), "{err}");
    let likely = expected.contains("likely");
    let out = env.output(&["resident", "import", "twins.csv", "--allow-duplicate"]);
    if likely {
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert_eq!(env.export().lines().count(), 4);
    } else {
        assert_eq!(out.status.code(), Some(5), "hard duplicates stay refused");
        assert_eq!(stderr(&out).lines().next(), Some(expected));
    }
}

#[test]
fn external_id_and_passport_of_two_different_residents_is_a_conflict() {
    let env = with_anna();
    env.add(&[
        "--external-id",
        "B-2",
        "--family-name",
        "Brown",
        "--nationality",
        "DE",
        "--community",
        "Green Court",
        "--passport-number",
        "D7654321",
    ]);
    env.write(
        "split.csv",
        format!("{HEAD},passport_number\nA-1,Müller,Anna,DE,Green Court,D7654321\n"),
    );
    for policy in ["error", "update", "skip"] {
        let err = env.import_refused(&["split.csv", "--on-conflict", policy], 4);
        assert_eq!(
            err.lines().next(),
            Some(
                "error: split.csv:2: external_id matches resident 1 \
                 but passport_number matches resident 2"
            ),
            "{policy}: {err}"
        );
    }
}

#[test]
fn skip_invalid_imports_the_rest_and_writes_fixable_rejects() {
    let env = TestEnv::with_community();
    env.write(
        "mixed.csv",
        "external_id,family_name,nationality,community,birth_date,notes\n\
         M-1,Good,DE,Green Court,1980-01-01,fine\n\
         M-2,'=Bad,DE,Green Court,1980-02-30,\"two\nlines, \"\"quoted\"\"\"\n\
         M-3,Fine,FR,Green Court,,\n\
         M-4,Worse,Atlantis,Nowhere,,'@x\n",
    );
    let err = env.imports(&["mixed.csv", "--skip-invalid", "--rejects", "rejects.csv"]);
    assert_eq!(
        err,
        "imported mixed.csv: 2 inserted, 0 updated, 0 skipped, 2 rejected; batch 1\n"
    );
    let rejects = read(&env.path("rejects.csv"));
    assert_eq!(
        rejects,
        "external_id,family_name,nationality,community,birth_date,notes,error\n\
         M-2,'=Bad,DE,Green Court,1980-02-30,\"two\nlines, \"\"quoted\"\"\",\
         mixed.csv:3: birth_date: is not a real date; write dates as YYYY-MM-DD (1980-02-30)\n\
         M-4,Worse,Atlantis,Nowhere,,'@x,\
         mixed.csv:6: nationality: is not a known country; did you mean Albania? (Atlantis); \
         mixed.csv:6: community: is not a known community (Nowhere)\n"
    );
    assert_eq!(
        env.csv(&["batch", "list"]).lines().nth(1),
        Some("1,resident,mixed.csv,2026-11-27T09:30:00+08:00,tester,2,0,0,2,")
    );
    // Fixed in a spreadsheet and imported as it is, `error` column and all.
    let fixed = rejects
        .replace("1980-02-30,", "1980-02-28,")
        .replace("Atlantis,Nowhere", "Italy,Green Court");
    env.write("rejects.csv", fixed);
    let err = env.imports(&["rejects.csv"]);
    assert_eq!(
        err,
        "imported rejects.csv: 2 inserted, 0 updated, 0 skipped, 0 rejected; batch 2\n"
    );
    let bad = show(&env, 3);
    assert_eq!(bad["family_name"], "=Bad");
    assert_eq!(bad["notes"], "two\nlines, \"quoted\"");
    assert_eq!(show(&env, 4)["notes"], "@x");
}

#[test]
fn skip_invalid_needs_a_rejects_file() {
    let env = TestEnv::with_community();
    env.write("a.csv", format!("{HEAD}\n"));
    let out = env.output(&["resident", "import", "a.csv", "--skip-invalid"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn status_erased_cannot_be_imported() {
    let env = TestEnv::with_community();
    env.write(
        "erased.csv",
        format!("{HEAD},status\nE-1,Gone,Ghost,DE,Green Court,erased\n"),
    );
    let err = env.import_refused(&["erased.csv"], 5);
    assert_eq!(
        err,
        "error: erased.csv:2: status: cannot be set to erased; \
         use `expatdesk resident erase ID` (erased)\n\
         hint: nothing was imported\n"
    );
}

#[test]
fn stdin_is_read_with_a_dash() {
    let env = TestEnv::with_community();
    let file = format!("{HEAD}\nS-1,Stdin,Sue,AU,Green Court\n");
    let out = env.output_with_stdin(&["resident", "import", "-"], file.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "imported stdin: 1 inserted, 0 updated, 0 skipped, 0 rejected; batch 1\n"
    );
    assert_eq!(show(&env, 1)["family_name"], "Stdin");
    // Errors name it `stdin`.
    let bad = format!("{HEAD}\nS-2,Bad,Bea,XX,Green Court\n");
    let out = env.output_with_stdin(&["resident", "import", "-"], bad.as_bytes());
    assert_eq!(out.status.code(), Some(5));
    assert_eq!(
        stderr(&out),
        "error: stdin:2: nationality: is not a known country (XX)\nhint: nothing was imported\n"
    );
}

#[test]
fn export_only_columns_are_ignored() {
    let env = TestEnv::with_community();
    env.write(
        "ids.csv",
        format!("id,registered_at,updated_at,{HEAD}\n99,2020-01-01,x,I-1,Ids,Ivy,DE,Green Court\n"),
    );
    env.imports(&["ids.csv"]);
    let ivy = show(&env, 1);
    assert_eq!(ivy["external_id"], "I-1");
    assert_eq!(ivy["registered_at"], "2026-11-27T09:30:00+08:00");
}

#[test]
fn two_rows_matching_the_same_stored_resident_duplicate_each_other() {
    let env = with_anna();
    env.write(
        "twice.csv",
        "external_id,phone\nA-1,+86 139 0000 0002\nA-1,+86 139 0000 0003\n",
    );
    let err = env.import_refused(&["twice.csv", "--on-conflict", "update"], 5);
    assert_eq!(
        err.lines().next(),
        Some("error: twice.csv:3: external_id: the same external_id as line 2"),
        "{err}"
    );
    env.write(
        "twice.csv",
        format!("{HEAD}\nA-1,Müller,Anna,DE,Green Court\nA-1,Müller,Anna,DE,Green Court\n"),
    );
    let err = env.import_refused(&["twice.csv", "--on-conflict", "skip"], 5);
    assert_eq!(
        err.lines().next(),
        Some("error: twice.csv:3: external_id: the same external_id as line 2"),
        "{err}"
    );
}
