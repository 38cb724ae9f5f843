//! Generated resident CSV for the tests of large imports: deterministic,
//! valid, every row a different person (unique external_id, passport and
//! folded name), with the awkward bits real files have — commas, quotes,
//! accents, CJK, and a multi-line note every 50 rows.
#![allow(dead_code)]

use std::fmt::Write;

/// The columns of `rows`.
pub const HEADER: &str = "external_id,family_name,given_name,chinese_name,nationality,gender,\
birth_date,phone,email,community,address,languages,arrival_date,passport_number,notes\n";

const NATIONS: [&str; 10] = ["DE", "FR", "US", "JP", "KR", "GB", "IT", "ES", "RU", "BR"];
const GIVEN: [&str; 8] = [
    "Anna", "Zoë", "José", "Łukasz", "Anaïs", "Søren", "Mei", "Jürgen",
];
const GENDERS: [&str; 4] = ["female", "male", "other", "unspecified"];

/// `i` in base 26 with letters: a unique, pronounceable-enough name part.
fn letters(mut i: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'a' + (i % 26) as u8);
        i /= 26;
        if i == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("ascii")
}

/// The family name of row `i`: unique after folding.
pub fn family(i: usize) -> String {
    format!("Fam{}", letters(i))
}

/// The external_id of row `i`.
pub fn external_id(i: usize) -> String {
    format!("G{i:07}")
}

/// Rows `range` (0-based row numbers), CSV without the header; every
/// row lives in "Green Court".
pub fn rows(range: std::ops::Range<usize>) -> String {
    let mut out = String::with_capacity(range.len() * 240);
    for i in range {
        let nation = NATIONS[i % NATIONS.len()];
        let chinese = if i % 3 == 0 { "王小明" } else { "" };
        let notes = if i % 50 == 7 {
            format!("\"first line of {i}\nsecond, \"\"quoted\"\" line\"")
        } else {
            format!("note {i}")
        };
        writeln!(
            out,
            "{},{},{},{chinese},{nation},{},{}-{:02}-{:02},+86 138 {:08},user{i}@example.com,\
             Green Court,\"Room {}, Building 3, \"\"Lane\"\" 5\",en;zh,2024-{:02}-{:02},P{i:08},{notes}",
            external_id(i),
            family(i),
            GIVEN[i % GIVEN.len()],
            GENDERS[i % GENDERS.len()],
            1950 + i % 50,
            1 + i % 12,
            1 + i % 28,
            i,
            i % 1000,
            1 + (i / 7) % 12,
            1 + (i / 3) % 28,
        )
        .expect("writes to a string");
    }
    out
}

/// A whole file of `n` rows.
pub fn file(n: usize) -> String {
    let mut text = String::from(HEADER);
    text.push_str(&rows(0..n));
    text
}

/// The physical line on which the next record starts, after `text`.
pub fn next_line(text: &str) -> usize {
    text.bytes().filter(|&b| b == b'\n').count() + 1
}
