//! Integration tests: the real binary on temporary databases, with a
//! cleared environment and a fixed clock.
mod common;

mod batch;
mod check_values;
mod clock_operator;
mod completions;
mod course_add;
mod course_data;
mod course_roster;
mod database;
mod duplicates;
mod export;
mod faults;
mod feedback;
mod formula_guard;
mod generate;
mod global;
mod hostile;
mod import;
mod import_bulk;
mod import_fixtures;
mod interrupt;
mod masking;
mod notice;
mod output;
mod privacy;
mod refdata_ics;
mod reference;
mod report_courses;
mod report_feedback;
mod report_residents;
mod resident;
mod search;
mod today;
mod validation;
